#!/usr/bin/env python3
"""Build and validate the fifth held-out de-identification set (heldout5.jsonl).

Same markup, checks and output as build_heldout3.py, whose code it reuses. The
texts live in ``heldout5_chat.py`` (chat + clean) and ``heldout5_intl.py``
(notes + international), each defining ``TEXTS = [(id, kind, marked_text), ...]``
with inline markup ``[[TYPE|value]]``. Run ``python3 build_heldout5.py
--require-all``.

Both halves were written blind. The chat half was scored first; the notes and
international half arrived later and was scored blind on its own turn.

Licence of the corpus: CC0-1.0. Everything is invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_heldout3 as build  # noqa: E402

build.OUT = os.path.join(build.HERE, "heldout5.jsonl")
build.MODULES = ["heldout5_chat", "heldout5_intl"]

if __name__ == "__main__":
    sys.exit(build.main(sys.argv))

#!/usr/bin/env python3
"""Build and validate the fourth held-out de-identification set (heldout4.jsonl).

Same markup, checks and output as build_heldout3.py, whose code it reuses. The
texts live in ``heldout4_chat.py`` (chat + clean) and ``heldout4_intl.py`` (notes
+ international), each defining ``TEXTS = [(id, kind, marked_text), ...]`` with
inline markup ``[[TYPE|value]]``. Run ``python3 build_heldout4.py --require-all``.

Licence of the corpus: CC0-1.0. Everything is invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_heldout3 as build  # noqa: E402

build.OUT = os.path.join(build.HERE, "heldout4.jsonl")
build.MODULES = ["heldout4_chat", "heldout4_intl"]

if __name__ == "__main__":
    sys.exit(build.main(sys.argv))

#!/usr/bin/env python3
"""Build and validate the fifth held-out de-identification set (heldout5.jsonl).

Same markup, checks and output as build_heldout3.py, whose code it reuses. The
texts live in ``heldout5_chat.py`` (chat + clean), defining ``TEXTS = [(id, kind,
marked_text), ...]`` with inline markup ``[[TYPE|value]]``. Run ``python3
build_heldout5.py --require-all``.

The notes and international half (``heldout5_intl.py``, 60 texts, 1,235 spans,
written blind) arrived after the chat half was scored and is not built in yet:
nobody has scored or read it. To score it blind, add it to MODULES below and run
the benchmark before reading any miss.

Licence of the corpus: CC0-1.0. Everything is invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_heldout3 as build  # noqa: E402

build.OUT = os.path.join(build.HERE, "heldout5.jsonl")
build.MODULES = ["heldout5_chat"]  # heldout5_intl: not yet scored, see above

if __name__ == "__main__":
    sys.exit(build.main(sys.argv))

"""Rebuild src/phigate/deid/data/common_words.txt.gz: lower-case English words from SCOWL's
american-english list (Debian package wamerican; SCOWL's licence permits redistribution).

phigate uses it to tell a capitalised common word ("Will", "Rose", "Brown" at a sentence start) from a
name, and to decide when a capitalised token is unknown enough to ask the NER model.

    apt-get install wamerican && python scripts/build_wordlists.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

SOURCE = Path("/usr/share/dict/american-english")
TARGET = Path(__file__).resolve().parents[1] / "src/phigate/deid/data/common_words.txt.gz"


def main() -> None:
    words = sorted({w.strip() for w in SOURCE.read_text(encoding="utf-8").splitlines() if w.strip().islower()
                    and "'" not in w})
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# lower-case words of SCOWL american-english (wamerican 2020.12.07); see scripts/build_wordlists.py\n")
        out.write("\n".join(words) + "\n")
    print(f"{len(words)} words -> {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

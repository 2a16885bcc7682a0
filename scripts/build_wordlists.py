"""Rebuild the word lists in src/phigate/deid/data/ (run by hand; the results are committed).

- common_words.txt.gz: lower-case English words from SCOWL's american-english list (Debian package
  wamerican; SCOWL's licence permits redistribution, see data/COPYING.scowl).
- medical_words.txt.gz: the words of every ICD-10-CM code description (CDC/NCHS, public domain; read from
  the PyPI package simple-icd-10-cm), so that "Kidney Stones" or "Acromegaly" in a title-cased question is
  known vocabulary, not a name.

phigate uses both to tell a capitalised word from a name, and to decide when a capitalised token is
unknown enough to ask the NER model.

    apt-get install wamerican && pip install simple-icd-10-cm && python scripts/build_wordlists.py
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/phigate/deid/data"


def _write(name: str, header: str, words: set[str]) -> None:
    target = DATA / name
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"# {header}; see scripts/build_wordlists.py\n")
        out.write("\n".join(sorted(words)) + "\n")
    print(f"{len(words)} words -> {target} ({target.stat().st_size} bytes)")


def main() -> None:
    scowl = Path("/usr/share/dict/american-english").read_text(encoding="utf-8").splitlines()
    _write(
        "common_words.txt.gz",
        "lower-case words of SCOWL american-english (wamerican 2020.12.07)",
        {w.strip() for w in scowl if w.strip().islower() and "'" not in w},
    )

    import simple_icd_10_cm as cm

    medical: set[str] = set()
    for code in cm.get_all_codes(with_dots=False):
        medical.update(w.lower() for w in re.findall(r"[A-Za-z][a-z]+(?:-[a-z]+)*", cm.get_description(code)))
    _write("medical_words.txt.gz", "words of ICD-10-CM code descriptions (simple-icd-10-cm 1.5.0)", medical)


if __name__ == "__main__":
    main()

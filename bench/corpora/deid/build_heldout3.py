#!/usr/bin/env python3
"""Build and validate a held-out de-identification set from heldout3 on.

Stdlib only. ``python3 build_heldout3.py [--set NAME] [--require-all]`` builds
``NAME.jsonl`` (default ``heldout3``) from two sibling modules, each defining
``TEXTS = [(id, kind, marked_text), ...]`` with inline markup ``[[TYPE|value]]``:

- ``NAME_chat.py``  (chat + clean texts)
- ``NAME_intl.py``  (notes + international texts)

If one module is missing, a warning is printed and the build continues with
what exists, unless ``--require-all`` is given (then it exits non-zero).

The script strips the markup, computes character offsets (Python str indices,
end exclusive), validates everything, writes ``NAME.jsonl`` next to itself
and prints counts per kind and per type. Any violation -> exit status 1.

Licence of the corpus: CC0-1.0. Everything is invented.
"""

import importlib
import json
import os
import re
import sys
from collections import Counter, OrderedDict

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SET_RE = re.compile(r"^heldout[0-9]+$")

ALLOWED_TYPES = {
    "PERSON", "STREET_ADDRESS", "LOCATION", "ZIP", "DATE", "AGE",
    "PHONE", "FAX", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN",
    "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID",
    "DEVICE_ID", "OTHER_ID", "CREDIT_CARD", "IBAN",
}

MARK_RE = re.compile(r"\[\[([^\[\]|]*)\|(.*?)\]\]", re.S)
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def luhn_ok(value):
    digits = re.sub(r"[ \-]", "", value)
    if not digits.isdigit() or not (12 <= len(digits) <= 19):
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(value):
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def parse(marked):
    """Return (plain_text, [(start, end, type, value)], [errors])."""
    out = []
    spans = []
    errors = []
    pos = 0
    cur = 0  # length of plain text so far
    for m in MARK_RE.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        cur += len(before)
        typ, value = m.group(1), m.group(2)
        if "[[" in value or "]]" in value or "|" in typ:
            errors.append(f"nested or malformed markup in {m.group(0)!r}")
        start = cur
        out.append(value)
        cur += len(value)
        spans.append((start, cur, typ, value))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    return text, spans, errors


def validate_entry(entry, seen_ids):
    errors = []
    warnings = []
    if not (isinstance(entry, tuple) and len(entry) == 3
            and all(isinstance(x, str) for x in entry)):
        return None, [f"entry is not a (id, kind, text) tuple of str: {entry!r}"], []
    tid, kind, marked = entry
    where = tid or "<no id>"
    if not ID_RE.match(tid):
        errors.append(f"{where}: bad id format")
    if tid in seen_ids:
        errors.append(f"{where}: duplicate id")
    seen_ids.add(tid)
    if not re.fullmatch(r"[a-z]+", kind):
        errors.append(f"{where}: bad kind {kind!r}")

    text, spans, perr = parse(marked)
    errors.extend(f"{where}: {e}" for e in perr)

    if "[[" in text or "]]" in text:
        errors.append(f"{where}: stray '[[' or ']]' left after stripping markup")
    if not text.strip():
        errors.append(f"{where}: empty text")

    prev_end = -1
    for start, end, typ, value in spans:
        label = f"{where}: {typ} {value!r}"
        if typ not in ALLOWED_TYPES:
            errors.append(f"{label}: type not allowed")
        if end <= start or not value:
            errors.append(f"{label}: empty span")
        if value != value.strip():
            errors.append(f"{label}: leading/trailing whitespace")
        if text[start:end] != value:
            errors.append(f"{label}: offset text mismatch ({text[start:end]!r})")
        if start < prev_end:
            errors.append(f"{label}: overlaps previous span")
        prev_end = max(prev_end, end)
        if value and value[-1] in ",;:!?":
            warnings.append(f"{label}: ends with punctuation")
        if typ == "CREDIT_CARD" and not luhn_ok(value):
            errors.append(f"{label}: fails Luhn")
        if typ == "IBAN" and not iban_ok(value):
            errors.append(f"{label}: fails mod-97")
        if typ == "AGE":
            if not (value.isascii() and value.isdigit() and int(value) > 89):
                errors.append(f"{label}: AGE must be an integer > 89")

    if kind == "clean" and spans:
        errors.append(f"{where}: clean text has {len(spans)} span(s)")
    if kind != "clean" and not spans:
        errors.append(f"{where}: non-clean text has no spans")

    record = OrderedDict()
    record["id"] = tid
    record["kind"] = kind
    record["text"] = text
    record["spans"] = [OrderedDict([("start", s), ("end", e), ("type", t)])
                       for s, e, t, _ in spans]
    return record, errors, warnings


def load_modules(modules, require_all):
    if HERE not in sys.path:
        sys.path.insert(0, HERE)
    entries = []
    missing = []
    errors = []
    for name in modules:
        path = os.path.join(HERE, name + ".py")
        if not os.path.exists(path):
            missing.append(name)
            continue
        try:
            mod = importlib.import_module(name)
        except Exception as exc:  # a present but broken module is an error
            errors.append(f"cannot import {name}: {type(exc).__name__}: {exc}")
            continue
        texts = getattr(mod, "TEXTS", None)
        if not isinstance(texts, list) or not texts:
            errors.append(f"{name}: TEXTS missing, not a list, or empty")
            continue
        entries.extend(texts)
    for name in missing:
        msg = f"{name}.py not found"
        if require_all:
            errors.append(msg + " (--require-all)")
        else:
            print(f"WARNING: {msg}; continuing with what exists", file=sys.stderr)
    return entries, errors


def parse_args(args):
    """(set name, require_all), or None when the arguments are not understood."""
    name, require_all = "heldout3", False
    while args:
        arg, args = args[0], args[1:]
        if arg == "--require-all":
            require_all = True
        elif arg == "--set" and args and SET_RE.match(args[0]):
            name, args = args[0], args[1:]
        else:
            return None
    return name, require_all


def main(argv):
    parsed = parse_args(argv[1:])
    if parsed is None:
        print("usage: build_heldout3.py [--set heldoutN] [--require-all]", file=sys.stderr)
        return 2
    name, require_all = parsed
    out = os.path.join(HERE, name + ".jsonl")

    entries, errors = load_modules([name + "_chat", name + "_intl"], require_all)
    warnings = []
    records = []
    seen = set()
    for entry in entries:
        rec, errs, warns = validate_entry(entry, seen)
        errors.extend(errs)
        warnings.extend(warns)
        if rec is not None:
            records.append(rec)

    for w in warnings:
        print("WARNING: " + w, file=sys.stderr)
    if errors:
        for e in errors:
            print("ERROR: " + e, file=sys.stderr)
        print(f"{len(errors)} error(s); {os.path.basename(out)} not written",
              file=sys.stderr)
        return 1
    if not records:
        print("ERROR: no texts", file=sys.stderr)
        return 1

    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    kinds = OrderedDict()
    types = Counter()
    kind_types = {}
    for rec in records:
        k = kinds.setdefault(rec["kind"], [0, 0])
        k[0] += 1
        k[1] += len(rec["spans"])
        for s in rec["spans"]:
            types[s["type"]] += 1
            kind_types.setdefault(rec["kind"], Counter())[s["type"]] += 1

    total_spans = sum(v[1] for v in kinds.values())
    print(f"wrote {os.path.basename(out)}: {len(records)} texts, {total_spans} spans")
    print()
    print("| kind | texts | spans |")
    print("|---|---:|---:|")
    for k, (n, s) in kinds.items():
        print(f"| {k} | {n} | {s} |")
    print()
    print("| type | spans |")
    print("|---|---:|")
    for t, n in sorted(types.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {t} | {n} |")
    print()
    for k, c in kind_types.items():
        print("{}: {}".format(k, ", ".join(f"{t}={n}" for t, n in
                                        sorted(c.items(), key=lambda x: (-x[1], x[0])))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

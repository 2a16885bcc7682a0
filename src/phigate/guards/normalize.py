"""Undo the obfuscations attackers use to slip instructions past a detector, before any signal looks.

``canonical`` folds one text to a comparable form: NFKC, zero-width, bidi and tag characters removed, Cyrillic
and Greek look-alikes mapped to Latin, case folded, spaced-out letters ("i g n o r e") joined and leetspeak
("1gn0r3") folded. ``variants`` adds what hides inside: base64, hex, URL-encoded, rot13 and reversed payloads,
and ASCII hidden in invisible tag characters or variation selectors, are decoded and folded too, so that
guards scan them as extra texts. Decoding is bounded in count, size and depth
so that a crafted message cannot make the guard slow.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from urllib.parse import unquote

MAX_VARIANTS = 8
MAX_DEPTH = 2
MAX_DECODED_CHARS = 8192
MIN_PAYLOAD = 16

# Format characters that render as nothing (zero-width, joiners, soft hyphen, BOM) or reorder text (bidi).
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + list(range(0xFE00, 0xFE10))
    + list(range(0xE0000, 0xE0080))  # Unicode tag characters: invisible ASCII ("ASCII smuggling")
    + list(range(0xE0100, 0xE01F0)),  # variation selectors 17-256: invisible, can carry bytes
    None,
)
# Lower-case Cyrillic and Greek letters that look like Latin ones (input is case-folded first).
_CONFUSABLES = str.maketrans(
    "аввгдеёзіїјкмнорсѕтуўхһԁԛԝӏɑοορτυνιίκεέαάχμηωѵɡɩ",
    "abbrdeeзiijkmhopcstyyxhdqwlaoopтuviikeeaaxunwvgi",
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# Tokens first, then the letter-digit test on each: one regex for both backtracks quadratically on long words.
_LEET_TOKEN = re.compile(r"[\w@$]+")
_LEET_MIX = re.compile(r"[a-z][0-9@$]|[0-9@$][a-z]")
_SPACED = re.compile(r"\b(?:[a-z][ ._\-*]){3,}[a-z]\b")
_SPACE_RUN = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")

_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?:\\x|0x)?(?:[0-9a-fA-F]{2}(?:[\s:,]|\\x|0x)?){8,}")
_URLENC = re.compile(r"(?:%[0-9a-fA-F]{2}[^%\s]{0,3}){4,}")
_ROT13_HINT = re.compile(r"\b(?:rot-?13|caesar|rotate)\b")
_TAGS = re.compile("[\U000e0020-\U000e007e]{4,}")
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]{8,}")
_ENGLISH = re.compile(r"\b(?:the|you|and|ignore|instructions?|previous|prompt|system|your|all|now|are|to)\b")


def canonical(text: str) -> str:
    """Fold ``text`` to the form every signal compares against (idempotent, length roughly kept)."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    if not text.isascii():
        text = text.translate(_CONFUSABLES)
        # Combining marks stacked on letters ("i̇gnore") are dropped after decomposition.
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = _SPACED.sub(lambda m: re.sub(r"[ ._\-*]", "", m.group()), text)
    text = _LEET_TOKEN.sub(lambda m: m.group().translate(_LEET) if _LEET_MIX.search(m.group()) else m.group(), text)
    return _NEWLINES.sub("\n", _SPACE_RUN.sub(" ", text)).strip()


def _printable(data: bytes) -> str | None:
    """Decoded bytes as text when they look like language, else None (random bytes, images, hashes)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 8:
        return None
    letters = sum(c.isalpha() or c == " " for c in text)
    return text if letters >= 0.7 * len(text) and " " in text else None


def _decode_base64(token: str) -> str | None:
    token = token.rstrip("=")
    padded = token + "=" * (-len(token) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _printable(raw)


def _decode_hex(token: str) -> str | None:
    digits = re.sub(r"\\x|0x|[\s:,]", "", token)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _printable(bytes.fromhex(digits))
    except ValueError:
        return None


def _invisible_payloads(text: str) -> list[str]:
    """ASCII written in Unicode tag characters, and bytes written as variation selectors after an emoji: both
    render as nothing, so a reader sees a harmless message while the model reads an instruction."""
    found = ["".join(chr(ord(c) - 0xE0000) for c in m.group()) for m in _TAGS.finditer(text)]
    for m in _SELECTORS.finditer(text):
        raw = bytes(ord(c) - 0xFE00 if ord(c) < 0x10000 else ord(c) - 0xE0100 + 16 for c in m.group())
        decoded = _printable(raw)
        if decoded:
            found.append(decoded)
    return found


def decoded_payloads(text: str) -> list[str]:
    """Texts hidden in ``text`` as base64, hex, URL-encoding, rot13, reversal or invisible characters (one
    level; ``variants`` recurses)."""
    found: list[str] = []
    if not text.isascii():
        found.extend(p[:MAX_DECODED_CHARS] for p in _invisible_payloads(text[: 4 * MAX_DECODED_CHARS]))
    budget = MAX_DECODED_CHARS
    for regex, decode in ((_BASE64, _decode_base64), (_HEX, _decode_hex)):
        for m in regex.finditer(text):
            if budget <= 0:
                return found
            decoded = decode(m.group()[: budget * 2])
            if decoded:
                found.append(decoded[:budget])
                budget -= len(decoded)
    if "%" in text and _URLENC.search(text):
        decoded = unquote(text[:MAX_DECODED_CHARS])
        if decoded != text[:MAX_DECODED_CHARS]:
            found.append(decoded)
    lower = text[:MAX_DECODED_CHARS].lower()
    rotated = codecs.encode(lower, "rot13")
    plain = len(_ENGLISH.findall(lower))
    if _ROT13_HINT.search(lower) or len(_ENGLISH.findall(rotated)) >= plain + 3:
        found.append(rotated)
    reversed_text = lower[::-1]
    if len(_ENGLISH.findall(reversed_text)) >= plain + 3:
        found.append(reversed_text)
    return found


def variants(text: str) -> list[str]:
    """``text`` in canonical form first, then each decoded payload in canonical form, distinct, bounded."""
    out = [canonical(text)]
    frontier = [text]
    for _ in range(MAX_DEPTH):
        nxt: list[str] = []
        for item in frontier:
            for payload in decoded_payloads(item):
                folded = canonical(payload)
                if folded and folded not in out and len(out) < MAX_VARIANTS:
                    out.append(folded)
                    nxt.append(payload)
        frontier = nxt
    return out

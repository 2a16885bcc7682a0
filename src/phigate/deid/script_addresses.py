"""The towns, districts and wards of Vietnamese, Thai and Chinese addresses, named by the unit word that leads
or ends them, and a Chinese street with its number: scripts and orders the Latin-script address rules do not
read."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set

from phigate.deid.recognizer import PatternRecognizer
from phigate.taxonomy import Finding

# the units of an address in Vietnamese, Thai and Chinese, with the name they give: "phường Mai Dịch", "quận
# Cầu Giấy", "แขวงบางนาเหนือ", "台北市大安區", and a Chinese street with its number ("復興南路一段390號5樓之2")
_VIET_UNIT = re.compile(r"\b(?:phường|quận|huyện|xã|thị trấn|thị xã|tỉnh|thành phố|tp\.)[ \t]+", re.IGNORECASE)
_VIET_WORD = re.compile(r"[^\W\d_][^\W\d_]*")
_THAI_UNIT = re.compile(r"(?:แขวง|เขต|อำเภอ|ตำบล|จังหวัด)[\u0E01-\u0E7F]{2,24}|กรุงเทพฯ|กรุงเทพมหานคร")
_CJK_TOWN = re.compile(r"(?<=[\d：:\s在])[\u4e00-\u9fff]{2,3}[市縣县](?:[\u4e00-\u9fff]{1,3}[區区鎮镇鄉乡])?")
_CJK_STREET = re.compile(
    r"(?:(?![市區区縣县鎮镇鄉乡省])[\u4e00-\u9fff]){1,6}(?:路|街|大道|道)(?:[一二三四五六七八九十]段)?(?:\d+巷)?(?:\d+弄)?\d+[號号]"
    r"(?:\d+[樓楼](?:之\d+)?|\d+室)?"
)


class ScriptAddressUnits(PatternRecognizer):
    """The towns, districts and wards of Vietnamese, Thai and Chinese addresses, named by the unit word that
    leads or ends them, and a Chinese street with its number."""

    name, type = "address-units", "LOCATION"
    SCORE = 0.75

    def find(
        self, text: str, lower: str, numbers: Sequence[int] | None = None, hits: Set[str] | None = None
    ) -> Iterator[Finding]:
        if text.isascii():
            return
        for m in _VIET_UNIT.finditer(text):
            start = end = m.end()
            for _ in range(4):  # the capitalised words of the name, up to a comma or a lower-case word
                word = _VIET_WORD.match(text, end)
                if word is None or not word.group()[0].isupper():
                    break
                end = word.end()
                if not text.startswith(" ", end):
                    break
                end += 1
            end = start + len(text[start:end].rstrip())
            if end > start:
                yield Finding(self.type, m.start(), end, self.SCORE, self.name, text[m.start() : end])
        for m in _THAI_UNIT.finditer(text):
            yield Finding(self.type, m.start(), m.end(), self.SCORE, self.name, m.group())
        for m in _CJK_TOWN.finditer(text):
            yield Finding(self.type, m.start(), m.end(), self.SCORE, self.name, m.group())
        for m in _CJK_STREET.finditer(text):
            yield Finding("STREET_ADDRESS", m.start(), m.end(), self.SCORE, self.name, m.group())

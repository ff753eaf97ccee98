"""Parse numerals as Chinese news writes them: Arabic, Chinese or mixed.

    parse_numeral("廿八") == 28        parse_numeral("三千五百") == 3500
    parse_numeral("两") == 2           parse_numeral("1.11万") == 11100
    parse_numeral("二〇二二") == 2022  parse_numeral("350.19亿") == 35019000000
    parse_numeral("一点二亿") == 120000000

Units, 余/多 and 百分之 are the caller's business (builder.extract.numbers).
"""

from __future__ import annotations

import re
from decimal import Decimal

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
# 廿 and 卅 are single characters for 20 and 30 (廿八 = 28).
TENS = {"廿": 20, "卅": 30}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(TENS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_ARABIC = re.compile(r"\d+(?:\.\d+)?")


def _parse_section(text: str) -> int:
    """A numeral below 10 000: 三千五百, 十二, 廿八, 二十."""
    total = pending = 0
    for ch in text:
        if ch in DIGITS:
            pending = DIGITS[ch]
        elif ch in TENS:
            total += TENS[ch]
            pending = 0
        elif ch in SMALL_UNITS:
            total += (pending or 1) * SMALL_UNITS[ch]  # 十二: a bare 十 means 一十
            pending = 0
    return total + pending


def _parse_chinese(text: str) -> int:
    if not any(ch in SMALL_UNITS or ch in BIG_UNITS or ch in TENS for ch in text) and len(text) > 1:
        # Digit by digit, as years are written: 二〇二二
        return int("".join(str(DIGITS[ch]) for ch in text))
    total = 0
    section = ""
    for ch in text:
        if ch in BIG_UNITS:
            # an empty section means 一 (万 = 一万) unless it scales what came before (一万亿)
            count = _parse_section(section) if section else (0 if total else 1)
            if ch == "亿":
                total = (total + count) * BIG_UNITS[ch]
            else:
                total += count * BIG_UNITS[ch]
            section = ""
        else:
            section += ch
    return total + _parse_section(section)


def parse_numeral(text: str) -> float | None:
    """Value of an Arabic, Chinese or mixed numeral ("1.11万"), None if not one."""
    text = text.translate(_FULL_WIDTH_DIGITS).replace(",", "")
    if not text:
        return None
    m = _ARABIC.match(text)
    if m:
        value = Decimal(m.group())  # exact: 1.11万 is 11100, not 11100.000000000002
        for ch in text[m.end() :]:
            if ch in BIG_UNITS:
                value *= BIG_UNITS[ch]
            elif ch in SMALL_UNITS:
                value *= SMALL_UNITS[ch]
            else:
                return None
        return float(value)
    if "点" in text:  # 五十五点一, 一点二亿: a decimal written out
        return _parse_decimal(text)
    if any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        return None
    try:
        return float(_parse_chinese(text))
    except (OverflowError, ValueError):  # thousands of digits: not a number anyone wrote
        return None


_DECIMAL = re.compile(r"(?P<whole>[^点]+)点(?P<digits>[零〇○一二三四五六七八九]+)(?P<mult>[万亿]*)")


def _parse_decimal(text: str) -> float | None:
    m = _DECIMAL.fullmatch(text)
    whole = parse_numeral(m["whole"]) if m and not set(m["whole"]) & set(BIG_UNITS) else None
    if whole is None:
        return None
    value = Decimal(int(whole)) + Decimal("0." + "".join(str(DIGITS[ch]) for ch in m["digits"]))
    for ch in m["mult"]:
        value *= BIG_UNITS[ch]
    return float(value)

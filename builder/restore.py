"""Restore characters a scraper lost, where their surviving pinyin makes it unambiguous.

"團?jié)": the character was lost, its pinyin annotation survived. The
characters whose main reading that is (pypinyin's table) are the candidates;
one is taken only when exactly one of them (by its Simplified form) makes a
common word of jieba's dictionary with the character before or after it, and
that neighbour is not lost too (the word would then likely span both, as in
新?lián)?dāng). Otherwise the character stays lost, and the cleaner warns.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from builder import dictionary
from builder.text import HAN, is_traditional, to_simplified

MIN_WORD_FREQ = 100  # rarer dictionary words are too weak to decide


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    """Simplified → Traditional, loaded only for a Traditional text with a character to restore."""
    return opencc.OpenCC("s2t")


@lru_cache(maxsize=1)
def _readings() -> dict[str, tuple[str, ...]]:
    """Toned pinyin → characters whose main reading it is (CJK unified ideographs).
    Rare readings are left out: 杀 is also read shì, but a lost shì is not 杀."""
    from pypinyin.pinyin_dict import pinyin_dict

    index: dict[str, list[str]] = {}
    for code, readings in pinyin_dict.items():
        if 0x4E00 <= code <= 0x9FFF:
            index.setdefault(readings.split(",")[0], []).append(chr(code))
    return {k: tuple(v) for k, v in index.items()}


def candidate(reading: str, before: str, after: str) -> str | None:
    """The one Simplified character read `reading` that forms a word with a neighbour."""
    left, right = to_simplified(before), to_simplified(after)
    fits = {to_simplified(c) for c in _readings().get(reading, ())}
    fits = {
        c
        for c in fits
        if (left and dictionary.freq(left + c) >= MIN_WORD_FREQ)
        or (right and dictionary.freq(c + right) >= MIN_WORD_FREQ)
    }
    return fits.pop() if len(fits) == 1 else None


def restore_lost(text: str, lost: re.Pattern, syllable_of) -> tuple[str, list[tuple[int, str]]]:
    """text with the unambiguous lost characters put back, and (offset, character) of each."""
    traditional = is_traditional(text)
    restored: list[tuple[int, str]] = []
    out, last = [], 0
    spans = [m.span() for m in lost.finditer(text)]
    for m in lost.finditer(text):
        if any(end == m.start() or start == m.end() for start, end in spans):
            continue  # next to another lost character: the word likely spans both
        before = text[m.start() - 1] if m.start() and HAN.match(text[m.start() - 1]) else ""
        after = text[m.end()] if m.end() < len(text) and HAN.match(text[m.end()]) else ""
        found = candidate(syllable_of(m), before, after)
        if found is None:
            continue
        if traditional:
            found = _s2t().convert(found)
        out.append(text[last : m.start()] + found)
        last = m.end()
        restored.append((m.start(), found))
    out.append(text[last:])
    return "".join(out), restored

"""Small text utilities shared by the clean and extract stages.

Extraction runs on a *normalised* form of each sentence: Simplified characters
and full-width punctuation, of exactly the same length as the original, so an
offset found in the normalised text slices the original text too (box items
are reported in the article's own characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

# Half-width punctuation that Chinese text writes full-width. Only applied
# next to CJK characters so that 350.19, 24% and URLs stay intact.
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# The mark first, then what stands before (lookbehind over the mark) or after it:
# a pattern that opens with a character class lets the engine skip to the marks.
_NEAR_CJK = rf"(?:(?<=[{_CJK}”’」』）].)|(?=[{_CJK}“‘「『（]))"
# One pattern per mark, so that each is replaced by a plain string, not by a
# Python call per mark (text scraped with ASCII commas has hundreds). Replacing
# one mark never changes another's surroundings: no mark, half- or full-width,
# is in the classes above.
_HALF_NEAR_CJK = [(mark, re.compile(re.escape(mark) + _NEAR_CJK), _FULL_WIDTH[mark]) for mark in ",:;!?"]
_PAREN_NEAR_CJK = re.compile(rf"\(([^()\n]*[{_CJK}][^()\n]*)\)")
HAN = re.compile(rf"[{_CJK}]")
_NOT_HAN = re.compile(rf"[^{_CJK}]+")


def full_width_punctuation(text: str) -> str:
    """Turn half-width punctuation inside Chinese text into full-width."""
    # brackets first: the punctuation rule looks at them ("(…)," → "（…），")
    while "(" in text:  # inside out, for nested brackets: ((甲)) → （（甲））
        converted = _PAREN_NEAR_CJK.sub(r"（\1）", text)
        if converted == text:
            break
        text = converted
    for mark, pattern, full in _HALF_NEAR_CJK:
        if mark in text:
            text = pattern.sub(full, text)
    return text


@lru_cache(maxsize=4096)
def _char_to_simplified(ch: str) -> str:
    out = _T2S.convert(ch)
    return out if len(out) == 1 else ch


_SURROGATE = re.compile("[\ud800-\udfff]")


def to_simplified(text: str) -> str:
    """Simplified form of text, same length as text (phrase rules that change
    the length are replaced by a character-by-character conversion)."""
    text = _SURROGATE.sub("\ufffd", text)  # OpenCC needs encodable text; same length
    out = _T2S.convert(text)
    if out == text:
        return text  # the same object: most text is Simplified already, and it is kept twice
    if len(out) == len(text):
        return out
    return "".join(_char_to_simplified(ch) for ch in text)


_MIDDLE_DOTS = str.maketrans("∙•‧・･", "·····")  # 法丽达∙沙希德: one middle dot joins a name's parts
_OTHER_DOTS = re.compile("[∙•‧・･]")


def normalise(text: str) -> str:
    """The form extraction works on: Simplified, full-width punctuation, one middle dot, 致辞 for 致词;
    same length."""
    norm = to_simplified(full_width_punctuation(text))
    if _OTHER_DOTS.search(norm):  # rare: translate() looks at every character
        norm = norm.translate(_MIDDLE_DOTS)
    return norm.replace("致词", "致辞") if "致词" in norm else norm  # one spelling of a greeting speech


def is_traditional(text: str, threshold: float = 0.05) -> bool:
    """True when a noticeable share of the Han characters change under t2s."""
    sample = _NOT_HAN.sub("", text[:4000])  # the Han characters, without a list of them
    if not sample:
        return False
    simplified = to_simplified(sample)
    changed = 0 if simplified == sample else sum(a != b for a, b in zip(sample, simplified))
    return changed / len(sample) >= threshold


def language_tag(text: str) -> str:
    return "zh-Hant" if is_traditional(text) else "zh-Hans"


# A sentence ends after 。！？ (plus any closing quotes); quote marks change the depth.
_MARKS = re.compile(r"[“「『]|[”」』]|[。！？!?…]+")
_TRAILING = re.compile(r"[”’」』\"')）]*")
_OPEN, _CLOSE = "“「『", "”」』"


@dataclass(frozen=True, slots=True)  # slots: a site holds hundreds of thousands
class Sentence:
    index: int  # position in the story, the anchor is f"s{index}"
    block: int  # index of the block that holds it
    start: int  # offset of the sentence inside the block's text
    text: str  # as written
    norm: str  # normalise(text): Simplified, full-width, same length

    @property
    def anchor(self) -> str:
        return f"s{self.index}"

    def __reduce__(self):
        # frozen slotted dataclasses pickle through a generic fields() loop: 3x slower
        return Sentence, (self.index, self.block, self.start, self.text, self.norm)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering text; closing quotes stay with their sentence.

    A sentence-final mark inside an open quotation does not end the sentence,
    so quoted speech of several sentences stays one evidence sentence. Only
    the marks are visited (a regex), not every character."""
    pieces: list[tuple[int, str]] = []
    start = depth = 0
    for m in _MARKS.finditer(text):
        mark = m.group()
        if mark in _OPEN:
            depth += 1
        elif mark in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            end = _TRAILING.match(text, m.end()).end()
            if end <= start:
                continue  # a mark already taken with the sentence before
            if text[start:end].strip():
                pieces.append((start, text[start:end]))
            start = end
    if text[start:].strip():
        pieces.append((start, text[start:]))
    return pieces


def sentences_of(blocks: list[str]) -> list[Sentence]:
    """Number the sentences of a story's blocks in reading order."""
    out: list[Sentence] = []
    for b, block in enumerate(blocks):
        for start, piece in split_sentences(block):
            out.append(Sentence(len(out), b, start, piece, normalise(piece)))
    return out

"""Property tests for the numbers and slogans extractors: never raise on any
text, every item points at a sentence that holds it, values are finite."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from builder.extract.numbers import find_numbers
from builder.extract.slogans import find_slogans
from builder.text import sentences_of
from tests.conftest import PROPERTY

# Text biased towards what the extractors look at: numerals, units, quote marks.
PIECES = st.sampled_from(
    [
        "一",
        "二",
        "两",
        "十",
        "廿",
        "卅",
        "百",
        "千",
        "万",
        "亿",
        "余",
        "多",
        "第",
        "每",
        "数",
        "0",
        "1",
        "24",
        "350.19",
        "1,000",
        "２４",
        ".",
        "%",
        "％",
        "个",
        "个月",
        "元",
        "项",
        "天",
        "次",
        "半",
        "“",
        "”",
        "‘",
        "’",
        "「",
        "」",
        "『",
        "』",
        '"',
        "《",
        "》",
        "、",
        "，",
        ",",
        "·",
        "+",
        "。",
        "！",
        "……",
        "开展",
        "战略",
        "工作",
        "我们",
        "说：",
        "强调，",
        "行动",
        "建设",
        "最后",
        "公里",
        "盘",
        "\n",
        " ",
    ]
)
TEXT = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=40).map("".join))


def test_huge_digit_strings_give_no_infinite_values():
    sentences = sentences_of(["投资" + "9" * 400 + "亿元，" + "9" * 400 + "个，百分之" + "九" * 5000])
    assert find_numbers(sentences) == []


def _sentences(blocks):
    return sentences_of([b for b in blocks if b.strip()])


@PROPERTY
@given(st.lists(TEXT, max_size=4))
def test_numbers_never_raise_and_point_at_their_sentence(blocks):
    sentences = _sentences(blocks)
    for number in find_numbers(sentences):
        assert number.text in sentences[number.sentence].text
        assert math.isfinite(number.value) and (number.value >= 0 or number.text[0] in "-－−")
        assert number.unit


@PROPERTY
@given(st.lists(TEXT, max_size=4))
def test_slogans_never_raise_and_point_at_their_sentence(blocks):
    sentences = _sentences(blocks)
    keys = set()
    for slogan in find_slogans(sentences):
        assert slogan.text and slogan.text in sentences[slogan.sentence].text
        assert slogan.count >= 1
        assert slogan.key not in keys
        keys.add(slogan.key)

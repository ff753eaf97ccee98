"""Sentence splitting and the normalised form extraction works on."""

from hypothesis import given
from hypothesis import strategies as st

from builder.text import full_width_punctuation, language_tag, normalise, sentences_of, split_sentences, to_simplified
from tests.conftest import PROPERTY


def test_sentences_end_at_full_stops_and_keep_closing_quotes():
    text = "会议强调。他说：“要抓落实。”大家表示赞同！还有吗？"
    assert [s for _, s in split_sentences(text)] == ["会议强调。", "他说：“要抓落实。”大家表示赞同！", "还有吗？"]


def test_quoted_speech_of_several_sentences_stays_one_sentence():
    text = "他指出，“第一句。第二句。”会议结束。"
    assert [s for _, s in split_sentences(text)] == ["他指出，“第一句。第二句。”会议结束。"]


def test_sentence_offsets_slice_the_block():
    blocks = ["甲。乙！", "丙"]
    for s in sentences_of(blocks):
        assert blocks[s.block][s.start : s.start + len(s.text)] == s.text
    assert [s.anchor for s in sentences_of(blocks)] == ["s0", "s1", "s2"]


def test_traditional_is_normalised_to_simplified_with_the_same_length():
    assert to_simplified("臨汾新聞網") == "临汾新闻网"
    assert language_tag("臨汾新聞網訊 近日，我市解放思想大討論正如火如荼地開展。") == "zh-Hant"
    assert language_tag("临汾新闻网讯 近日，我市解放思想大讨论正如火如荼地开展。") == "zh-Hans"


def test_half_width_punctuation_in_chinese_becomes_full_width_but_numbers_stay():
    assert full_width_punctuation("收入350.19亿元,增长24%:好") == "收入350.19亿元，增长24%：好"
    assert full_width_punctuation("潍柴(潍坊)材料") == "潍柴（潍坊）材料"
    assert full_width_punctuation("version 1.2, ok") == "version 1.2, ok"


@PROPERTY
@given(st.text())
def test_normalised_text_has_the_same_length(text):
    assert len(normalise(text)) == len(text)


@PROPERTY
@given(st.text(alphabet=st.sampled_from("甲乙丙。！？“”「」，、 \n.!?ab1"), max_size=80))
def test_sentences_cover_the_text_without_loss(text):
    pieces = split_sentences(text)
    rebuilt = "".join(p for _, p in pieces)
    assert rebuilt.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    for start, piece in pieces:
        assert text[start : start + len(piece)] == piece


@PROPERTY
@given(st.text(alphabet=st.sampled_from("甲乙(),:;!?“”（）1. a"), max_size=40))
def test_full_width_punctuation_is_idempotent(text):
    once = full_width_punctuation(text)
    assert full_width_punctuation(once) == once

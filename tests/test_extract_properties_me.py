"""Property tests for the meeting and entity finders: never raise on any text,
every item points at a valid sentence, names are found where they say."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from builder.extract import entities, names, ner
from builder.extract.meetings import find_meetings, mask_quotes
from builder.text import sentences_of
from tests.conftest import PROPERTY

# Text biased towards what the finders look at: meeting words, verbs, titles,
# surnames, administrative suffixes, dates, quotes and punctuation.
PIECES = st.sampled_from(
    [
        "召开",
        "举行",
        "在",
        "上",
        "会",
        "会议",
        "大会",
        "座谈会",
        "常委会",
        "党代会",
        "主持",
        "讲话",
        "指出",
        "强调",
        "要求",
        "出席并",
        "由",
        "将",
        "先后",
        "4次",
        "12场",
        "精神",
        "考察",
        "活动",
        "暨",
        "第",
        "十二次",
        "县委书记",
        "区长",
        "市委",
        "我区",
        "全县",
        "王",
        "张",
        "刘",
        "立新",
        "国强",
        "县",
        "市",
        "区",
        "镇",
        "平川",
        "云溪",
        "山西",
        "集团",
        "有限公司",
        "局",
        "办公室",
        "委员会",
        "中共",
        "去年",
        "今年",
        "2021年",
        "到2026年",
        "过去的",
        "3月",
        "8日",
        "十一月",
        "八日",
        "“",
        "”",
        "「",
        "」",
        "、",
        "，",
        ",",
        "。",
        "！",
        "：",
        "(",
        ")",
        "（",
        "）",
        "\n",
        " ",
        "#",
        "縣",
        "會議",
        "書記",
    ]
)
TEXT = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=40).map("".join))
BLOCKS = st.lists(TEXT, max_size=4)
DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _sentences(blocks):
    return sentences_of([b for b in blocks if b.strip()])


@PROPERTY
@given(BLOCKS, DATES)
def test_meetings_never_raise_and_point_at_a_sentence(blocks, publication_date):
    sentences = _sentences(blocks)
    for meeting in find_meetings(sentences, publication_date=publication_date):
        assert 0 <= meeting.sentence < len(sentences)
        assert meeting.name and "会" in meeting.name or "會" in meeting.name
        assert (
            meeting.date is None
            or ISO.match(meeting.date)
            or re.fullmatch(r"(?:\d{1,2}月)?\d{1,2}日|.*月.*", meeting.date)
        )
        assert len(set(meeting.chair)) == len(meeting.chair)
        assert len(set(meeting.speakers)) == len(meeting.speakers)


@PROPERTY
@given(BLOCKS)
def test_names_never_raise_and_are_found_where_they_say(blocks):
    sentences = _sentences(blocks)
    people, places, orgs = names.find_names(sentences, ner.mentions([s.norm for s in sentences]))
    for person in people:
        assert 0 <= person.sentence < len(sentences)
        assert person.key in sentences[person.sentence].norm
        assert 2 <= len(person.key) <= 12 and person.count >= 1
    for found in (places, orgs):
        assert len({e.name for e in found}) == len(found)  # one item per spelling
        for entity in found:
            assert 0 <= entity.sentence < len(sentences)
            assert entity.count >= 1 and entity.name in sentences[entity.sentence].text


@PROPERTY
@given(BLOCKS)
def test_terms_never_raise_and_are_ranked(blocks):
    terms = entities.find_terms(_sentences(blocks))
    assert len(terms) <= entities.TOP_TERMS
    assert [t.count for t in terms] == sorted((t.count for t in terms), reverse=True)
    assert all(len(t.key) >= 2 for t in terms)


@PROPERTY
@given(TEXT)
def test_mask_quotes_keeps_length(text):
    assert len(mask_quotes(text)) == len(text)

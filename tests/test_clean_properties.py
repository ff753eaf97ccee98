"""Properties of the raw-text cleaner on generated articles (hypothesis)."""

from __future__ import annotations

from collections import Counter

from hypothesis import assume, given
from hypothesis import strategies as st

from builder.clean import clean_raw_text, story_text
from builder.clean_rules import HAN
from tests.conftest import PROPERTY

# Common characters; none of them can spell a furniture or marker word
# (讯, 记者, 编辑, 网, 摄, 全文 … are impossible with this alphabet).
HAN_ALPHABET = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因"
    "由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解"
)
# CLEAN_EXAMPLES=5000 for a longer hunt; the default keeps the suite fast
FEW = PROPERTY

clause = st.text(alphabet=HAN_ALPHABET, min_size=2, max_size=14)
sentence = st.lists(clause, min_size=1, max_size=3).map(lambda parts: "，".join(parts) + "。")
paragraph = st.lists(sentence, min_size=1, max_size=4).map("".join)
heading = st.text(alphabet=HAN_ALPHABET, min_size=4, max_size=14)
title = st.text(alphabet=HAN_ALPHABET, min_size=6, max_size=24)
block = st.one_of(paragraph, paragraph, paragraph, heading)

# Raw material for arbitrary pages: real furniture, markers and artefacts among random text.
PIECES = [
    "本报讯 ",
    "臨汾新聞網(wǎng)訊 ",
    "新华社北京4月25日电",
    "（记者 张三）",
    "记者 张三",
    "通讯员 李四",
    "编辑：王五",
    "(责编:雷昊、张临山)",
    "来源:某某日报",
    "2022年04月27日15:14 |",
    "人民网>>山西频道",
    "小字号",
    "返回顶部",
    "# ",
    "## ",
    "### ",
    "**",
    "(",
    ")",
    "（",
    "）",
    "?",
    "新?lián)",
    "(zhēng)",
    "。",
    "，",
    ",",
    "!",
    "……",
    "——",
    "“",
    "”",
    "\n",
    "\n\n",
    "\n\n\n",
    " ",
    "\u3000",
    "\ufffd",
    "350.19",
    "24%",
    "召开",
    "4月25日，",
    "□",
]
page = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12), clause), max_size=40).map("".join)


def han(text: str) -> Counter:
    return Counter(HAN.findall(text))


def story_chars(stories) -> Counter:
    out = Counter()
    for s in stories:
        out += han(" ".join(filter(None, [s.kicker, s.title, s.subtitle])) + "".join(b.text for b in s.blocks))
    return out


@FEW
@given(page)
def test_clean_never_raises_and_always_gives_a_titled_story(text):
    stories = clean_raw_text(text, "page.txt")
    assert stories and [s.index for s in stories] == list(range(len(stories)))
    for story in stories:
        assert isinstance(story.title, str) and story.title
        assert all(b.text for b in story.blocks)


@FEW
@given(title, st.lists(block, min_size=1, max_size=8))
def test_cleaning_is_idempotent(head, blocks):
    text = "\n\n".join([head, *blocks]) + "\n"
    for story in clean_raw_text(text, "gen.txt"):
        (again,) = clean_raw_text(story_text(story), "again.txt")
        assert again.title == story.title
        assert (again.kicker, again.subtitle) == (story.kicker, story.subtitle)
        # a caption is known by where it stood on the page; written back it reads as a paragraph
        assert [(b.kind, b.text) for b in again.blocks] == [
            ("p" if b.kind == "caption" else b.kind, b.text) for b in story.blocks
        ]


@FEW
@given(title, st.lists(block, min_size=1, max_size=8))
def test_no_chinese_character_is_lost(head, blocks):
    assume(len({head, *blocks}) == 1 + len(blocks))  # a line repeating the headline is dropped as furniture
    text = "\n\n".join([head, *blocks]) + "\n"
    assert story_chars(clean_raw_text(text, "gen.txt")) == han(text)


@FEW
@given(st.lists(paragraph, min_size=1, max_size=6))
def test_plain_paragraphs_come_back_unchanged(paragraphs):
    text = "\n\n".join(paragraphs)
    (story,) = clean_raw_text(text, "plain.txt")
    assert [b.text for b in story.blocks] == paragraphs
    assert all(b.kind == "p" for b in story.blocks)
    assert story.title  # derived from the first sentence


def wrap(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


long_paragraph = st.lists(sentence, min_size=3, max_size=6).map("".join).filter(lambda p: len(p) >= 40)


@FEW
@given(title, st.lists(long_paragraph, min_size=2, max_size=5), st.integers(15, 28), st.booleans())
def test_hard_wrapped_paragraphs_are_rejoined(head, paragraphs, width, indent):
    # paragraphs wrapped at a fixed width, separated by a blank line or an indent
    sep = "\u3000\u3000" if indent else "\n"
    text = head + "\n\n" + sep.join(wrap(p, width) + "\n" for p in paragraphs)
    (story,) = clean_raw_text(text, "wrapped.txt")
    texts = [b.text for b in story.blocks]
    assert "".join(texts) == "".join(paragraphs)
    # a line that happens to end after 。 cannot be told from a paragraph end: blocks may
    # split there, but never inside a sentence
    assert all(t.endswith("。") for t in texts)

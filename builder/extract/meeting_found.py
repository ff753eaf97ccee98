"""A meeting being assembled from its mentions: when two mentions are one meeting (the same
name written shorter, its standard short form, the same edition), which of two values a
later mention makes fuller, and when a round-up's heading only sums up the meetings below it."""

from __future__ import annotations

import re
from functools import lru_cache

from builder.extract import Meeting
from builder.extract import lexicon as lx
from builder.extract.meeting_roles import MASK as _MASK
from builder.text import Sentence

# 本次会议, and a preposition glued on (对会议召开表示祝贺, 为大会审议做好准备): the meeting referred to
_THIS = re.compile(r"^(?:本次|此次|这次|这个|本届|该|此|上述|对|为|向|在|给|把|将|从)")


_GENERIC = {
    "会",
    "会议",
    "大会",
    "全会",
    "全体会议",
    "扩大会议",
    "工作会",
    "专题会",
    "例会",
    "重要会议",
    "有关会议",
    "相关会议",
}


def is_bare(key: str) -> bool:
    """会议, 本次会议: a generic word names no meeting, it refers to one
    (座谈会, 新闻发布会 and other kinds do name one)."""
    return _THIS.sub("", key) in _GENERIC


# The meeting types by last character, longest first as in lx.MEETING_TYPES.
_TYPES_BY_LAST: dict[str, list[str]] = {}
for _t in lx.MEETING_TYPES:
    _TYPES_BY_LAST.setdefault(_t[-1], []).append(_t)


def type_of(name: str) -> str:
    return next((t for t in _TYPES_BY_LAST.get(name[-1:], ()) if name.endswith(t)), name[-2:])


_SESSION_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]{1,5}[次届]")
_YEAR_EDITION = re.compile(r"^(?:19|20)\d\d年?度?")
_EDITION = re.compile(rf"{_YEAR_EDITION.pattern}|^第[\d一二三四五六七八九十百]{{1,5}}届")


class Found:
    """A meeting being assembled from its mentions."""

    def __init__(self, meeting: Meeting, key: str, held: bool):
        self.meeting, self.key, self.held = meeting, key, held
        self.type = type_of(key)
        self.reports: list[int] = [meeting.sentence] if held else []  # sentences reporting it held
        # known only by what it adopted, past the lead (…，党的二十届二中全会审议通过了《…方案》):
        # a background meeting, which does not end the passage of the one being reported
        self.recalled = False
        self.trip_dated = False  # its date is the span of a trip (11月28日至29日，…访问…，并主持…)
        self.unnamed = False  # known by its kind only until the headline names it (…、中央军委…举行大会)

    def same_as(self, key: str) -> bool:
        if key == self.key or canonical(key) == canonical(self.key):
            return True
        shorter, longer = sorted((key, self.key), key=len)
        kind = type_of(key)  # 发布会 of 新闻发布会: one kind written shorter
        same_kind = kind == self.type or kind.endswith(self.type) or self.type.endswith(kind)
        if not same_kind:
            return False
        shorter, longer = shorter.replace(_MASK, ""), longer.replace(_MASK, "")
        # 元首理事会会议 of 上海合作组织成员国元首理事会第二十四次会议: the same, its session's ordinal left out
        if shorter in longer or (len(shorter) >= 5 and shorter in _SESSION_ORDINAL.sub("", longer)):
            return True
        # 2024世界航商大会 (a headline) and 第四届世界航商大会: one edition, named by its year or its number
        bare = {_EDITION.sub("", k) for k in (key, self.key)}
        return len(bare) == 1 and {bool(_YEAR_EDITION.match(k)) for k in (key, self.key)} == {True, False}


# The standard short forms of party and state meetings' names (二十届中央纪委五次全会 is
# 中国共产党第二十届中央纪律检查委员会第五次全体会议; 二十届四中全会 is …中央委员会第四次全体会议)
_NUMERAL = "[一二三四五六七八九十百\\d]+"
_SHORT_FORMS = (
    (re.compile("^(?:中国共产党|中共)"), ""),
    (re.compile(f"中央委员会第({_NUMERAL})次全体会议"), r"\1中全会"),
    (re.compile("中央纪律检查委员会"), "中央纪委"),
    (re.compile(f"第({_NUMERAL}[届次])"), r"\1"),
    (re.compile("全体会议$"), "全会"),
)


@lru_cache(maxsize=4096)
def canonical(key: str) -> str:
    for pattern, short in _SHORT_FORMS:
        key = pattern.sub(short, key)
    return key


def summed_up(f: Found, found: list[Found], sentences: list[Sentence], headings: frozenset[int]) -> bool:
    """Named only in a section's heading, which sums up the meetings of that kind that its body
    reports: the body's own are the ones to show."""
    blocks = {sentences[i].block for i in f.reports or [f.meeting.sentence]}
    if not blocks <= headings:
        return False
    heading, stem = min(blocks), f.key.removesuffix(f.type)
    section_end = min((h for h in headings if h > heading), default=len(sentences) and sentences[-1].block + 1)
    return any(
        other is not f
        and (
            other.type.endswith(f.type)
            or f.type.endswith(other.type)  # 大会 over 党代表大会
            or (len(stem) >= 2 and stem in other.key)  # 巴以问题高级别会议 over …高级别公开辩论会
            or (f.meeting.organizer is not None and other.meeting.organizer == f.meeting.organizer)
        )
        and heading < sentences[other.meeting.sentence].block < section_end
        for other in found
    )


def in_span(span: str, day: str) -> str:
    """The day a later sentence gives within a trip's span, written as fully as the span
    (11月28日至29日 and 29日 -> 11月29日); the span when the day is not in it."""
    m = re.match(
        r"(?:(?P<year>\d{4})年)?(?:(?P<month>\d{1,2})月)?(?P<first>\d{1,2})日至(?:\d{1,2}月)?(?P<last>\d{1,2})日$", span
    )
    d = re.fullmatch(r"(?:\d{4}-\d{2}-)?(?P<day>\d{1,2})日?", day)  # 29日, or 2023-11-29 when the year is known
    if not m or not d or not int(m["first"]) <= int(d["day"]) <= int(m["last"]):
        return span
    if "-" in day:  # the year known: the span's month, not the one the day was resolved in
        return f"{day[:4]}-{int(m['month'] or day[5:7]):02d}-{int(d['day']):02d}"
    return f"{m['year'] + '年' if m['year'] else ''}{m['month'] + '月' if m['month'] else ''}{d['day']}日"


_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


def another_day(old: str | None, new: str | None) -> bool:
    """Two days, each with its month, and not a span: two sittings of one body."""
    if not old or not new or "至" in old + new:
        return False
    days = [_MONTH_DAY.search(d.replace("-", "月", 2) + ("日" if "-" in d else "")) for d in (old, new)]
    return all(days) and [int(x) for x in days[0].groups()] != [int(x) for x in days[1].groups()]


def fuller(old: str | None, new: str | None, part: re.Pattern | None = None) -> str | None:
    """What a later mention adds to a field: 9日 → 1月9日, 沙特 → 沙特西部城市吉达; else the first."""
    if not old or not new:
        return old or new
    if part is not None:
        before, after = part.findall(old), part.findall(new)
        return new if len(after) > len(before) and after[-len(before) :] == before else old
    return new if len(new) > len(old) and old in new else old


# 赵乐际9日下午同列席…的全国人大代表座谈交流。…李鸿忠主持座谈会: the 座谈会, held by who talked


# 举行第一次、第二次全体会议, 主持召开第52次、第53次委员长会议: one name for several sittings
_ORDINAL_LIST = re.compile(r"^((?:第[\d一二三四五六七八九十百]+次、)+)(第[\d一二三四五六七八九十百]+次)(.+)$")


def split_ordinal_lists(found: list[Found], sentences: list[Sentence]) -> list[Found]:
    """Each sitting of a list of ordinals its own meeting, sharing the day, place, organiser and
    the report that named them together; a later report names one of them (下午，举行第二次全体会议)."""
    out: list[Found] = []
    for f in found:
        m = _ORDINAL_LIST.match(f.key)
        if not m:
            if f not in out:
                out.append(f)
            continue
        for ordinal in m.group(1).rstrip("、").split("、") + [m.group(2)]:
            key = ordinal + m.group(3)
            own = next((g for g in found if g is not f and g.key == key), None)
            if own is None:
                own = Found(Meeting(key, f.meeting.sentence, None, None, None), key, f.held)
            if own not in out:
                out.append(own)  # here, in the list's order
            meeting = own.meeting
            meeting.date, meeting.place = meeting.date or f.meeting.date, meeting.place or f.meeting.place
            meeting.organizer = meeting.organizer or f.meeting.organizer
            meeting.sentence = min(meeting.sentence, f.meeting.sentence)
            own.reports = sorted(
                set(own.reports) | {r for r in f.reports if r == f.meeting.sentence or key in sentences[r].norm}
            )
    return out

"""Dates of meetings.

A meeting date is written as month and day (2月8日, 十一月八日), sometimes with
a year or a relative year (去年11月8日). It becomes ISO YYYY-MM-DD when the
year is known: from the date itself or from the publication date; never
guessed from the other years an article mentions (a later "到2025年底").
"""

from __future__ import annotations

import re

from builder.extract.chinese_numerals import parse_numeral
from builder.text import Sentence

CN_NUM = "〇零一二三四五六七八九十"
# Each pattern opens with a lookahead on the characters a match can start with:
# it changes no match, and lets the engine pass over other characters quickly.
DATE = re.compile(
    rf"(?=[去今前上本\d{CN_NUM}])"
    rf"(?:(?P<y>(?:19|20)\d\d)年|(?P<rel>去年|今年|前年|上年|本年))?(?P<m>\d{{1,2}}|[{CN_NUM}]{{1,3}})月"
    rf"(?P<d>\d{{1,2}}|[{CN_NUM}]{{1,3}})[日号]"
)
# '18日在京召开', '25日上午': a day written alone, in the month of the article's dateline
_RANGE_START = re.compile(rf"(?<![\d{CN_NUM}月])(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})日(?:至|到|—|-)")
_RANGE_END = re.compile(rf"(?:至|到|—|-)(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})日")
DAY = re.compile(rf"(?<![\d{CN_NUM}月])(?P<d>\d{{1,2}}|[{CN_NUM}]{{1,3}})日(?![\d电])")


def _cn_int(text: str) -> int:
    """11 or 十一 → 11 (0 when unreadable, which no date validates)."""
    value = parse_numeral(text)
    return int(value) if value is not None else 0


def meeting_date(
    sentence: Sentence,
    verb_at: int,
    current_year: int | None,
    publication_date: str | None,
    earlier: tuple[Sentence, ...] = (),
) -> str | None:
    """The date of the meeting reported around verb_at: ISO when the year is
    known (去年 and 今年 resolved against the publication year), else as written.
    earlier: the sentences before it, nearest first, for 当天."""
    dates = list(DATE.finditer(sentence.norm))
    if not dates:
        return (
            _day_in_month(sentence, verb_at, publication_date)
            or _same_day(sentence, verb_at, current_year, publication_date, earlier)
            or _month_only(sentence, verb_at)
        )
    before = [m for m in dates if m.start() < verb_at]
    if not before and DAY.search(sentence.norm, 0, verb_at):
        # 国务院新闻办公室20日举行新闻发布会，…峰会将于9月4日至6日…: the day at the verb, not a later date
        return _day_in_month(sentence, verb_at, publication_date)
    m = before[-1] if before else dates[0]
    day = next(reversed([d for d in DAY.finditer(sentence.norm, m.end(), verb_at)]), None)
    if day and before and not _RANGE_END.match(sentence.norm, m.end()):
        # 中新网5月22日电 …座谈会21日在北京召开: the day at the verb, in the dateline's month
        month, year = _cn_int(m["m"]), int(m["y"]) if m["y"] else current_year
        if year:
            return _day_in_month(sentence, verb_at, f"{year:04d}-{month:02d}-01")
        day_written = _day_in_month(sentence, verb_at, None)  # the sentence names the month: say it
        return f"{month}月{day_written}" if day_written and day_written[0].isdigit() else day_written
    month, day = _cn_int(m["m"]), _cn_int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    until = _RANGE_END.match(sentence.norm, m.end())
    if until:  # 2023年2月26日至28日, 10月25日至26日: a meeting of several days, as written
        start = m.start() if m["y"] or m["rel"] in ("去年", "前年", "上年") else m.start("m")
        return sentence.text[start : until.end()]
    year = int(m["y"]) if m["y"] else None
    if year is None and current_year:
        year = current_year - {"去年": 1, "上年": 1, "前年": 2}.get(m["rel"] or "", 0)
        pub = publication_date
        if (
            not m["rel"]
            and pub
            and len(pub) >= 10
            and pub[4:5] == "-"
            and (month, day) > (int(pub[5:7]), int(pub[8:10]))
        ):
            year -= 1  # published in January about a December meeting
    if year is None:
        start = m.start("m") if not m["rel"] or m["rel"] in ("今年", "本年") else m.start()  # 今年6月2日 → 6月2日
        return sentence.text[start : m.end()]
    return f"{year:04d}-{month:02d}-{day:02d}"


def _day_in_month(sentence: Sentence, verb_at: int, publication_date: str | None) -> str | None:
    """'…会议18日在京召开' in an article dated 2021-07-18: that month's day, ISO; '18日' as
    written when the article's year is not known (GUIDE: as written, ISO when the year is known)."""
    month = _month_of(publication_date)
    days = list(DAY.finditer(sentence.norm, 0, verb_at))
    if not days:
        return _today(sentence, verb_at, publication_date)
    day = _cn_int(days[-1]["d"])
    if not 1 <= day <= 31:
        return None
    first = _RANGE_START.search(sentence.norm, 0, days[-1].start())
    if first and first.end() == days[-1].start():  # 13日至14日: a meeting of several days, as written
        return sentence.text[first.start() : days[-1].end()]
    if not month:
        return f"{day}日"  # as written: the text names no month
    if publication_date[:1].isdigit() and publication_date[4:5] == "-":
        return f"{publication_date[:4]}-{month:02d}-{day:02d}"
    return f"{day}日"  # as written: with no year known, the month would be the article's guess


# 2020年11月，中央全面依法治国工作会议在北京召开; 今年6月，…座谈会在京召开: the month, as written
_MONTH = re.compile(
    rf"(?:(?P<y>(?:19|20)\d\d)年|今年|本年)?(?P<m>\d{{1,2}}|[{CN_NUM}]{{1,3}})月(?:份)?(?![\d{CN_NUM}])"
)


def _month_only(sentence: Sentence, verb_at: int) -> str | None:
    """The month its own clause gives a meeting that has no day (not one of a span: 3月至5月)."""
    clause_start = max(sentence.norm.rfind(p, 0, verb_at) for p in "。；！？") + 1
    months = list(_MONTH.finditer(sentence.norm, clause_start, verb_at))
    if len(months) != 1 or re.match("[至到—-]", sentence.norm[months[0].end() : months[0].end() + 1]):
        return None
    m = months[0]
    if not 1 <= _cn_int(m["m"]) <= 12:
        return None
    return f"{m['y']}年{_cn_int(m['m'])}月" if m["y"] else f"{_cn_int(m['m'])}月"


_SAME_DAY = re.compile("当天|当日|同日|同一天|当晚")


def _same_day(sentence, verb_at, current_year, publication_date, earlier) -> str | None:
    """'以色列军方当天在战时内阁会议上表示': the day last written before."""
    clause_start = max(sentence.norm.rfind(p, 0, verb_at) for p in "。；！？") + 1
    if not _SAME_DAY.search(sentence.norm, clause_start, verb_at):
        return None
    for before in earlier:
        if DATE.search(before.norm) or DAY.search(before.norm):
            return meeting_date(before, len(before.norm), current_year, publication_date)
    return None


_TODAY = re.compile("(?:今天|今日|今晚)")
_FULL_DAY = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}月\d{1,2}日)$")


def _today(sentence: Sentence, verb_at: int, publication_date: str | None) -> str | None:
    """'今天晚上，…召开新闻发布会': the day the article is dated, when its dateline gives one."""
    if not publication_date or not _FULL_DAY.match(publication_date):
        return None
    clause_start = max(sentence.norm.rfind(p, 0, verb_at) for p in "。；！？") + 1
    return publication_date if _TODAY.search(sentence.norm, clause_start, verb_at) else None


def _month_of(publication_date: str | None) -> int | None:
    """The month of an ISO date or of 'M月D日'."""
    if not publication_date:
        return None
    if publication_date[4:5] == "-":
        return int(publication_date[5:7])
    m = re.match(r"(\d{1,2})月", publication_date)
    return int(m.group(1)) if m else None

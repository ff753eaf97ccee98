"""What the rest of an article adds to the meetings its sentences report: a host named later
(本次对话会由…主办), a sitting's session (…闭幕。王沪宁主持闭幕会), the headline's full name for
one named by its kind, a meeting the headline announces for later, and one name per person
(习主席 is 习近平)."""

from __future__ import annotations

import re

from builder.extract import Meeting
from builder.extract import lexicon as lx
from builder.extract.jurisdiction import ArticleContext
from builder.extract.meeting_bodies import NOT_A_VENUE, NOT_A_VENUE_END, unquote
from builder.extract.meeting_dates import meeting_date
from builder.extract.meeting_mentions import held_mentions
from builder.extract.meeting_names import LEADING, NAME
from builder.extract.meeting_roles import STOP as _STOP
from builder.extract.meeting_roles import add_names, mask_quotes
from builder.text import Sentence

_HOSTED_LATER = re.compile(
    rf"^(?:本次|此次|这次|本届|该)?(?P<kind>[^{_STOP}由]{{0,16}}?(?:{'|'.join(lx.MEETING_TYPES)}))由(?P<host>[^{_STOP}]{{2,30}}?)(?:共同|联合)?(?:主办|举办|召开|发起)"
)


def hosted_later(sentences: list[Sentence], found: list, ctx: ArticleContext) -> None:
    """本次对话会由中国国际交流协会主办, 世界议长大会由各国议会联盟主办: the host a later sentence
    names, for a meeting of that kind or name that has no organiser yet."""
    for s in sentences:
        m = _HOSTED_LATER.match(s.norm) if "由" in s.norm else None
        host = m and ctx.organizer_of(m["host"])
        if not host:
            continue
        for f in found:
            if f.meeting.organizer is None and f.meeting.sentence < s.index and m["kind"] in f.key:
                f.meeting.organizer = ctx.as_written(host)


_SURNAME_AND_TITLE = re.compile("^.(?:主席|总理|总统|总书记|书记|委员长|首相)$")  # 习主席


def without_short_forms(names: list[str]) -> list[str]:
    """One person once: 赫亚里 is 哈立德·赫亚里 named again, 习主席 is 习近平."""
    return [
        n
        for n in names
        if not any(
            other != n
            and (other.endswith("·" + n) or (_SURNAME_AND_TITLE.match(n) and other[0] == n[0] and len(other) <= 4))
            for other in names
        )
    ]


def named_in_title(found: list, title: str) -> None:
    """A meeting the text names by its kind alone (李克强13日主持召开座谈会，听取…) takes the
    full name its headline gives (李克强主持召开各民主党派中央、…代表座谈会)."""
    from builder.text import to_simplified

    norm = to_simplified(title)
    masked = mask_quotes(norm)
    named = []
    for _verb, start, end, _first in held_mentions(None, masked):
        lead = LEADING.match(norm, start)
        start = lead.end() if lead and lead.end() < end else start
        named.append((title[start:end], unquote(norm[start:end])))
    for f in found:
        if f.key != f.type:
            continue  # the text gives more than the kind: its own name stands
        fuller = [(written, key) for written, key in named if key.endswith(f.key) and len(key) > len(f.key)]
        if len(fuller) == 1:
            f.meeting.name, f.key = fuller[0]


def first_mention(sentences: list[Sentence], name: str, first: int) -> tuple[int, int]:
    return next(((s.index, s.text.index(name)) for s in sentences[first:] if name in s.text), (len(sentences), 0))


# A sitting of a session (its opening, its closing, a restricted round): named by the kind alone.
SITTING = re.compile("^(?:开幕会|闭幕会|开幕大会|闭幕大会|全体会议|小范围会议|大范围会议)$")
_OPENING_OR_CLOSING = re.compile("^(?:开幕会|闭幕会|开幕大会|闭幕大会)$")
_SESSION = re.compile(r"(?:在(?P<place>[^，。；在]{1,12}?))?(?:举行|召开|开幕|闭幕)")


def from_session(meeting: Meeting, sentences: list[Sentence], found: list, ctx: ArticleContext) -> None:
    """A sitting reported after its session (…第五次会议3月2日下午在北京闭幕。王沪宁主持闭幕会;
    金砖…会晤在喀山会展中心举行。…习近平出席大范围会议): the session's day, venue and
    organiser, from the nearest sentence before it in its paragraph that reports the
    session, else from the article's title or lead."""
    own = sentences[meeting.sentence]
    earlier = [t for t in reversed(sentences[: own.index]) if t.block == own.block]
    lead = [t for t in sentences[: min(3, own.index)] if t not in earlier]  # the title, the lead
    reports = [(t, held) for t in earlier + lead if (held := _SESSION.search(t.norm))]
    sessions = {f.meeting.sentence for f in found if f.meeting is not meeting}
    # first one that reports a session found (…应邀列席开幕会 in a later paragraph: the lead's),
    # else the nearest in the paragraph, else the title
    reports = [r for r in reports if r[0].index in sessions] or [r for r in reports if r[0] in earlier]
    reports = reports or [(t, held) for t in sentences[:1] if (held := _SESSION.search(t.norm))]
    if not reports:
        return
    before, held = reports[0]
    if meeting.date is None:
        meeting.date = meeting_date(before, held.start(), ctx.year, ctx.publication_date)
    if (
        meeting.place is None
        and held["place"]
        and not NOT_A_VENUE.search(held["place"])
        and not held["place"].endswith(NOT_A_VENUE_END)
    ):
        meeting.place = before.text[held.start("place") : held.end("place")]
    session = next((f.meeting for f in found if f.meeting.sentence == before.index and f.meeting is not meeting), None)
    if session is None:
        return
    meeting.organizer = meeting.organizer or session.organizer
    if _OPENING_OR_CLOSING.match(meeting.name):  # 王沪宁主持开幕会。…何立峰应邀出席会议并作报告: one sitting
        for one, other in ((meeting, session), (session, meeting)):
            add_names(one.chair, other.chair)
            add_names(one.speakers, other.speakers)


# …胜利80周年大会和文艺晚会将于9月3日在京举行: the headline announces it, the text tells what is planned
_ANNOUNCED = re.compile(
    rf"(?P<name>{NAME})(?:和[^，。；\s]{{1,12}})?(?:将于|将在|定于|即将)[^，。；\s]{{0,16}}?(?:举行|召开|开幕)"
)


def announced_in_title(found: list, title: str) -> list:
    """The meetings found, without those the headline says are still to come."""
    from builder.text import to_simplified

    masked = mask_quotes(to_simplified(title))
    later = [unquote(re.sub(r"^(?:\[[^\]]*\]|【[^】]*】)", "", m["name"])) for m in _ANNOUNCED.finditer(masked)]
    return [f for f in found if not any(f.same_as(key) or _shortened(f, key) for key in later)]


def _shortened(f, key: str) -> bool:
    """纪念大会 of 纪念…胜利80周年大会: the name's opening and its kind."""
    stem = f.key.removesuffix(f.type)
    return key.endswith(f.type) and len(stem) >= 2 and key.startswith(stem)

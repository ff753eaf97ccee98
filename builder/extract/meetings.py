"""Meetings held: name, date, place, organiser, chair, speakers (GUIDE.md).

Each sentence's reports of a meeting held (meeting_mentions.py: 高青县召开…誓师大会,
全区…座谈会在山亭宾馆召开, 刘学圣在誓师大会上要求) become meetings here: the name
trimmed (meeting_names.py), the organiser, place and date read around it
(meeting_bodies.py, meeting_dates.py), and mentions of one gathering merged (meeting_found.py).
Chair and speakers come from the meeting's passages (meeting_roles.py): the
people reported there as presiding (主持) or speaking (讲话, 指出, 强调, 要求 …).
"""

from __future__ import annotations

import re

from builder.extract import Entity, Meeting, Person
from builder.extract import lexicon as lx
from builder.extract.jurisdiction import ArticleContext
from builder.extract.meeting_bodies import (
    HOST_BODY,
    body_name,
    convener,
    each_host,
    organizer_in_name,
    spokesperson_body,
    subject_of,
    unquote,
)
from builder.extract.meeting_dates import meeting_date
from builder.extract.meeting_found import (
    Found,
    another_day,
    canonical,
    fuller,
    in_span,
    is_bare,
    split_ordinal_lists,
    summed_up,
)
from builder.extract.meeting_later import (
    SITTING,
    announced_in_title,
    first_mention,
    from_session,
    hosted_later,
    named_in_title,
    without_short_forms,
)
from builder.extract.meeting_mentions import (
    ACTS,
    DURING_TALKS,
    LETTER_TO,
    NOT_HELD_AFTER,
    SPEECH_AT,
    held_mentions,
    is_reported_as_held,
)
from builder.extract.meeting_names import (
    BODY_LEVEL,
    mid_words,
    name_span,
)
from builder.extract.meeting_roles import (
    BRIEFING,
    RECALLED_IN_SPEECH,
    REPORTED,
    add_names,
    assign_roles,
    clause_bounds,
    mask_quotes,
    speaker_of,
)
from builder.extract.meeting_roles import STOP as _STOP
from builder.text import Sentence

_INNER_VERB = re.compile(  # …会谈并共同主持召开|…会议, 出席并与…共同主持|会议
    ".*(?:并在|并出席|并参加|并(?:共同)?主持召开|并(?:共同)?主持|并(?:与|同)[^，。]{1,24}?共同主持|并)"
)


_NAMED_YEAR = re.compile(r"^((?:19|20)\d\d)(?:年|\D)")
_CENTRAL = re.compile(
    r"^(?:[一二三四五六七八九十]+届)?中央(?!和国家机关|和地方)"
)  # 中央政法工作会议, 二十届中央第四轮巡视…部署会
# --- mentions -------------------------------------------------------------------------


_OPENING_PLACE = re.compile(r"^在(?P<place>[^，。；在]{1,12}?(?:镇|乡|村|县|市|区|州|省|园区|新区))，")
_VISITED = re.compile(
    r"(?:来到|走进|深入)(?P<place>[^，。；、]{2,16}?)(?:调研|考察|视察|检查|，)|在(?P<in>[^，。；、在]{2,12}?)(?:调研|考察|视察)(?:时)?，"
)
_VISIT_FILLER = re.compile("^了?(?:.*的)?")
_MET_AT = re.compile(rf"在(?P<place>[^，。；、在]{{2,12}}?)(?:{lx.TALKS})")
_DURING_TRIP = re.compile("^(?:在)?(?:调研|考察|视察)期间，")
_TRIP_TO = re.compile(r"(?:到|赴|在)(?P<place>[^，。；、在到赴]{2,8}?)(?:调研|考察|视察)")
_HELD_IN = re.compile(r"在(?P<place>[^，。；、在的]{2,16}?)(?:召开|举行|举办)的")


_CLAUSE_OPENING = re.compile("通过了?关于|授权|具有")  # 具有里程碑意义的历史性会议: a description
_PROCEDURE = re.compile("研究并报|研究后报")
_ANNIVERSARY_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)周年")
_BODY_TYPE_END = re.compile("(?:常委会|委员会|党组)$")
_NUMBERED_EVENT = re.compile(rf"第[\d一二三四五六七八九十]+次(?!会议|全体会议|全会)[^{_STOP}]")
_STOP_OR_END = re.compile(rf"[{_STOP}]|$")


def find_meetings(
    sentences: list[Sentence],
    year: int | None = None,
    publication_date: str | None = None,
    people: list[Person] | None = None,
    places: list[Entity] | None = None,
    title: str | None = None,
    headings: frozenset[int] = frozenset(),
) -> list[Meeting]:
    """Meetings reported as held, once each, in order of first report. `headings` are the
    blocks that head a section of a round-up (德两党大会举行 over two parties' congresses)."""
    if people is None or places is None:
        from builder.extract import names, ner

        found_people, found_places, _orgs = names.find_names(sentences, ner.mentions([s.norm for s in sentences]))
        people = found_people if people is None else people
        places = found_places if places is None else places
    ctx = ArticleContext(sentences, people, places, year, publication_date)
    found: list[Found] = []
    for s in sentences:
        if "会" not in s.norm:  # every meeting type word (会议, 大会, 座谈会 …) and 会上 has it
            continue
        masked = mask_quotes(s.norm)
        _take_talk_with(s, sentences, ctx, found, title or "")
        for verb_at, start, end, name_first in held_mentions(s, masked):
            _take_held(s, masked, verb_at, start, end, name_first, ctx, found)
        for m in SPEECH_AT.finditer(masked):
            _take_speech_at(s, masked, m, ctx, found)
    found = split_ordinal_lists(found, sentences)
    assign_roles(sentences, ctx, found)
    for f in found:
        if SITTING.match(f.meeting.name) and f.meeting.sentence > 0:
            from_session(f.meeting, sentences, found, ctx)
    hosted_later(sentences, found, ctx)
    for f in found:
        f.meeting.speakers = without_short_forms(f.meeting.speakers)
        f.meeting.chair = without_short_forms(f.meeting.chair)
    for f in found:  # in the order the article names them
        f.meeting.speakers.sort(key=lambda name: first_mention(sentences, name, f.meeting.sentence))
    if title and "会" in title:
        named_in_title(found, title)
        found = announced_in_title(found, title)
    if headings:
        found = [f for f in found if not summed_up(f, found, sentences, headings)]
    return [f.meeting for f in found if f.meeting.name and not (f.unnamed and f.key == f.type)]


def box_items(sentences: list[Sentence], context: dict) -> list[Meeting]:
    """The meetings box (builder/boxes.py)."""
    return find_meetings(
        sentences,
        year=context["year"],
        publication_date=context["publication_date"],
        people=context["people"],
        places=context["places"],
        title=context["title"],
        headings=context.get("headings", frozenset()),
    )


# 孟祥锋紧紧围绕全会…, 张国清从深刻认识全会…, 阿拉布表示全球妇女峰会…: a person and their act
_PERSON_ACTS = re.compile("(?:紧紧|重点|主要|首先)?(?:围绕|从|就|对|向|结合|通过|表示|指出|强调|说)")


def _opens_with_person(key: str, ctx: ArticleContext) -> bool:
    """A name does not open with a person of the article and their act."""
    return any(
        key.startswith(person) and _PERSON_ACTS.match(key, len(person))
        for person in ctx.people.values()
        if len(person) >= 2
    )


def _through(norm: str, clause_start: int, start: int) -> bool:
    """经|委员长会议审议通过: passed through a meeting, a procedure (not 经济工作会议)."""
    from builder.extract.segment import spans

    return norm[clause_start:start].endswith("经") or (norm[start] == "经" and spans(norm[start:])[0][2] == "经")


def _take_held(s, masked, verb_at, start, end, name_first, ctx, found) -> None:
    clause_start, _ = clause_bounds(masked, verb_at)
    inner = _INNER_VERB.match(masked, start, end)
    if inner and not name_first:  # 参加接见并在|2023年度驻外使节工作会议上讲话: the name is after the verbs
        start = inner.end()
    if name_first and _ANNIVERSARY_AFTER.match(masked, start) and start > clause_start:
        start = clause_start  # 纪念遵义会议召开|90周年大会: the anniversary's name opens the clause
    raw_start = start
    start, end, name_place, level = name_span(s.norm, masked, start, end, ctx)
    if not is_reported_as_held(masked, clause_start, start, end, verb_at, name_first):
        return
    if _SIDE_EVENT.match(masked, end):
        return  # 出席…领导人非正式会议欢迎宴会: a banquet of the meeting, on another day
    if not name_first and masked[verb_at : verb_at + 2] in ("参加", "出席") and _ATTENDEES.match(masked, end):
        return  # 看望参加政协会议的委员, 会见出席…峰会台湾嘉宾: who attended, not a meeting reported
    written, key = s.text[start:end], unquote(s.norm[start:end])
    if _CLAUSE_OPENING.match(key) or _PROCEDURE.search(key):
        return  # 通过了关于授权主席会议审议…, 经…常委会会议研究并报…会议: a clause, no name
    if _opens_with_person(key, ctx):
        return  # 孟祥锋紧紧围绕全会|召开的重大意义…: no name
    if name_first and _ANNIVERSARY_AFTER.match(masked, verb_at + 2):
        return  # 明年是万隆会议召开70周年: an anniversary of it
    if name_first and _BODY_TYPE_END.search(key) and not _STOP_OR_END.match(masked, verb_at + 2):
        return  # 十四届全国人大常委会举行宪法宣誓仪式: the body acts; it holds no meeting of that name
    if not name_first and _BODY_TYPE_END.search(key) and _NUMBERED_EVENT.match(masked, end):
        return  # 举行全国政协十四届常委会|第六次学习讲座: the body's lecture, not a meeting of it
    bare = is_bare(key)
    acts = name_first and re.match(ACTS, masked[verb_at:]) is not None
    if acts:
        opens = not mid_words(s.norm[clause_start:start])
        relative = masked[verb_at + 2 : verb_at + 3] == "的" or _through(s.norm, clause_start, start)
        if bare or not opens or relative or not key.endswith(("会议", "全会", "大会")):
            return  # 会议审议通过了…: the meeting already reported; 决定将草案提请…常委会审议, …列入本次会议
            # 审议的议案, 经委员长会议审议通过: no meeting reported
    talks = not name_first and DURING_TALKS.match(masked, end) is not None
    organizer, place = subject_of(
        s.norm, masked, start if name_first else clause_start, start if name_first else verb_at, ctx
    )
    if not name_first and LETTER_TO.match(masked, verb_at):
        organizer = place = None  # 习近平向…会议致贺信: who writes neither holds it nor is where it is
    ordinal = key.startswith(("第", "首次"))  # 市政府召开第12次常务会议 -> 市政府第12次常务会议
    convened = masked[verb_at : verb_at + 2] in ("召开", "举行", "召集")  # a body that chairs one meets not as itself
    body = body_name(s, clause_start, verb_at) if (bare or ordinal) and not name_first and convened else None
    hosts_listed = bool(body) and bare and s.norm[body[0] - 1 : body[0]] == "、"
    if hosts_listed:  # 中共中央、…、中央军委17日…举行大会: the last of the hosts names nothing; the headline may
        body = None
    if body:
        at, body_text = body
        written, key, bare = s.text[at : at + len(body_text)] + written, unquote(body_text) + key, False
        owner = re.sub(
            r"(?<!人大)(?:常委会|党组|常务会|中心组|党委|党工委|领导班子)$", "", body_text
        )  # a 委员会 is its own organiser
        organizer = ctx.organizer_of(owner) or organizer or owner  # 欧盟外长 meet as themselves
    if name_first:
        place = place or subject_of(s.norm, masked, end, verb_at, ctx)[1]
    if not place and not name_first and masked.startswith(("并", "专门", "随后"), clause_start):
        # 赵乐际来到省人大常委会机关调研，…，并主持召开座谈会; 丁薛祥7日在天津会见…，并共同主持…会议
        visit = _VISITED.search(s.norm, 0, clause_start) or _MET_AT.search(s.norm, 0, clause_start)
        place = next((g for g in visit.groupdict().values() if g), None) if visit else None
        place = _VISIT_FILLER.sub("", place) if place else None  # 来到了黄河穿城而过的|甘肃兰州
    if not place and not name_first and _DURING_TRIP.match(s.norm):
        # 李希14日至17日到湖南调研。…调研期间，李希主持召开座谈会: where the trip went
        trip = next((m for t in reversed(ctx.sentences[: s.index]) if (m := _TRIP_TO.search(t.norm))), None)
        place = trip["place"] if trip else None
    if not place and not name_first:
        held_in = _HELD_IN.search(s.norm, raw_start, start)  # 出席在老挝万象举行的…领导人会议
        place = held_in["place"] if held_in else None
    if not place and not name_first and clause_start > 0:
        opening = _OPENING_PLACE.match(s.norm)  # 在白鹿镇，李强主持召开…会议
        place = opening["place"] if opening and opening.end() <= clause_start else None
    written_body = BODY_LEVEL.match(s.norm, start)  # 市委…会议 with no 市 named: the body as written
    # never the place named most elsewhere in the article: a level is resolved,
    # a body in the name is the organiser, else nobody is named
    in_name = organizer_in_name(key, ctx)
    if in_name and masked[end : end + 1] == "上":
        organizer = None  # 在…举行的亚奥理事会全体大会上，…哈尔滨市获得…: the clause's subject only attended
    if name_place and organizer and not name_first and not HOST_BODY.search(name_place):
        name_place = None  # 中共中央召开瓦窑堡会议: named for where it met; who convened it says
    organizer = (
        name_place
        or organizer
        or in_name
        or (ctx.home(level) if level else None)
        or (written_body.group(0) if written_body else None)
        or ("中央" if _CENTRAL.match(key) else None)
        or spokesperson_body(s.norm, clause_start, start, key)
        or convener(s.norm, clause_start, start if name_first else verb_at, ctx)
        or (place if place and HOST_BODY.search(place) else None)  # 在国务院新闻办公室举行的新闻发布会
    )
    if organizer and BRIEFING.search(key) and not name_first:
        session = _SESSION_OF.match(s.norm, clause_start + s.norm[clause_start:verb_at].find(organizer))
        if session and session.group(0).startswith(organizer):  # 十四届全国人大三次会议…举行记者会: the session's
            organizer = session.group(0)
    if place and organizer == place:  # one answer for both: a body held it, or a place hosts nothing
        if HOST_BODY.search(place):
            place = None  # 在国务院新闻办公室举行的新闻发布会: the office held it
        else:
            organizer = None  # 在联合国总部闭幕: a venue
    if masked[verb_at + 2 : verb_at + 3] == "的" and organizer in ctx.people.values():
        organizer = None  # 菲永近日在法国国民议会举行的听证会上说: who spoke there, not who held it
    date = meeting_date(s, verb_at, ctx.year, ctx.publication_date, ctx.earlier(s))  # the summit's day too
    named_year = _NAMED_YEAR.match(key.lstrip("《"))  # 2023年…推介会, 2024世界中文大会: the meeting's own year
    # (not in December: a meeting then is named for the year it prepares, 2025年全国春运…会议 of 12月31日)
    if (
        date
        and named_year
        and "月" in date
        and "日" in date
        and "-" not in date
        and "至" not in date
        and not date.startswith("12月")
    ):
        month, day = (int(x) for x in re.findall(r"\d+", date)[:2])
        date = f"{int(named_year[1]):04d}-{month:02d}-{day:02d}"
    hosts = None if name_first else each_host(s.norm, clause_start, verb_at, ctx)
    if hosts:  # 内蒙古、山东分别举行…专题新闻发布会: one meeting of each
        for host in hosts:
            found.append(Found(Meeting(written, s.index, date, place, ctx.as_written(host)), key, True))
        return
    match = next((f for f in reversed(found) if f.same_as(key)), None)
    if match and another_day(match.meeting.date, date):
        match = None  # 7月30日…召开会议, 在9月29日召开的中共中央政治局会议上: one body meeting twice
    if match is None and bare and found:
        match = found[-1]
    if match is None and key.endswith("会议") and 2 <= len(key) - 2 <= 4:  # 主席团会议听取了…: the
        body = key[:-2]  # 主席团 that held 第三次会议 above
        match = next((f for f in reversed(found) if (f.meeting.organizer or "").endswith(body)), None)
    organizer, place = ctx.as_written(organizer), ctx.as_written(place)
    if match is None:
        # "召开会议" with nothing to tell it apart names no meeting a reader can use; a session's
        # sitting does (政协…常务委员会第四次会议1日下午举行全体会议: its body is the organiser)
        if not bare or (SITTING.match(key) and organizer) or (hosts_listed and organizer):
            found.append(Found(Meeting(written, s.index, date, place, organizer), key, True))
            found[-1].unnamed = hosts_listed
            found[-1].trip_dated = bool(date and "至" in date and _TRIP.search(s.norm, 0, verb_at))
            # named inside what a report is about (审议了…出席第六次世界议长大会情况的报告): not reported now
            in_report = _IN_A_REPORT.match(masked, end) is not None
            found[-1].recalled = (acts and s.block > 0 and len(found) > 1) or talks or in_report
        return
    meeting = match.meeting
    if talks:
        return  # a talk on its side: no report of the meeting itself, nor a passage for it
    match.reports.append(s.index)
    match.recalled = match.recalled and acts  # reported held after all
    if not match.held:
        match.held, meeting.sentence = True, min(meeting.sentence, s.index)
    if match.trip_dated and date and "至" not in date:
        meeting.date, match.trip_dated = in_span(meeting.date, date), False  # 29日，…共同主持…第六次会议
    meeting.date = fuller(meeting.date, date, _DIGITS)
    meeting.place = fuller(meeting.place, place)
    meeting.organizer = meeting.organizer or organizer
    if len(key) > len(match.key):  # the fuller name wins
        match.key, meeting.name = key, written


_DIGITS = re.compile(r"\d+")
_ATTENDEES = re.compile("的|[^，。；]{0,4}?(?:嘉宾|贵宾|客人|代表团?|人士|委员|记者|一行)")
_SESSION_OF = re.compile(r"[^，。；]{2,20}?[一二三四五六七八九十\d]{1,3}次会议")
_SIDE_EVENT = re.compile("(?:欢迎|答谢)?(?:宴会|晚宴|午宴|早餐会|招待会|酒会|文艺晚会)")
_IN_A_REPORT = re.compile(r"[^。；，]{0,12}?情况的(?:书面)?(?:报告|汇报|说明)")
_TRIP = re.compile("访问|出访|考察|视察|调研")


_TALKED_WITH = re.compile(rf"(?:同|与)[^{_STOP}]{{2,50}}?座谈(?:交流)?(?=[{_STOP}]|$)")


def _take_talk_with(s: Sentence, sentences: list[Sentence], ctx: ArticleContext, found: list, title: str) -> None:
    """A 座谈会 reported by its verb only (X同…座谈交流), when the article or its headline names it."""
    if "座谈" not in s.norm or not ("座谈会" in title or any("座谈会" in t.norm for t in sentences[s.index + 1 :])):
        return
    talk = _TALKED_WITH.search(s.norm)
    if talk is None or "座谈会" in s.norm or ctx.person_in(s.norm[: talk.start()]) is None:
        return
    if any(f.key == "座谈会" for f in found):
        return
    date = meeting_date(s, talk.start(), ctx.year, ctx.publication_date, ctx.earlier(s))
    venue = _TALKED_IN.search(s.norm, 0, talk.start() + 1)  # 在人民大会堂与…外国专家代表座谈交流
    place = venue["place"] if venue and venue.end() == talk.start() + 1 else None
    found.append(Found(Meeting(_TALK_NAME, s.index, date, place, None), _TALK_NAME, True))


_TALK_NAME = "座谈会"
_TALKED_IN = re.compile(r"在(?P<place>[^，。；在]{2,12}?)(?:同|与)")


def _take_speech_at(s, masked, m, ctx, found) -> None:
    start, end, name_place, level = name_span(s.norm, masked, m.start("name"), m.end("name"), ctx)
    if NOT_HELD_AFTER.match(masked[m.end() :]) or RECALLED_IN_SPEECH.search(masked, 0, m.start()):
        return  # …讲话精神; 王沪宁在致辞中说，习近平主席在峰会开幕式上发表主旨讲话: a speech recalled in another
    if found and REPORTED.search(masked, 0, m.start()):
        return  # 会议指出，习近平总书记在全会上作的工作报告…: a speech recalled in what the meeting said
    key = unquote(s.norm[start:end])
    match = next((f for f in reversed(found) if f.same_as(key)), None)
    if match is None and is_bare(key):
        match = found[-1] if found else None
        if match is None:
            return
    speaker = speaker_of(s, m, ctx)
    if match is None:
        organizer = ctx.as_written(
            name_place
            or (ctx.home(level) if level else None)
            or organizer_in_name(key, ctx)
            or ("中央" if _CENTRAL.match(key) else None)  # 在中央经济工作会议上
            or spokesperson_body(s.norm, clause_bounds(masked, start)[0], start, key)
        )  # 习近平在中国共产党第二十届中央纪律检查委员会第二次全体会议上发表重要讲话; 外交部发言人…在例行记者会上
        date = meeting_date(s, m.start(), ctx.year, ctx.publication_date, ctx.earlier(s))  # 纽兰13日在新闻发布会上说
        meeting = Meeting(s.text[start:end], s.index, date, None, organizer)
        match = Found(meeting, key, False)
        if BRIEFING.search(key):
            match.reports.append(s.index)  # 在会谈后的记者会上，普京表示…。特朗普表示…: all who answer speak
        found.append(match)
    elif canonical(key) == canonical(match.key) and len(key) > len(match.key):
        match.key, match.meeting.name = key, s.text[start:end]  # the full name of one named short before
    add_names(match.meeting.speakers, speaker)

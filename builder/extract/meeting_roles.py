"""Who presided and who spoke at a meeting, read from its passages.

A passage runs from a sentence that reports the meeting held to the next
report of another meeting. Past the reporting paragraph, a paragraph speaks of
the meeting when it opens with a leader's speech (毕志伟指出，…; and then its
later sentences too), names a leader already reported there, or has the
meeting as its subject (会议听取了…作的报告). Names listed together share
their role (米锋、…焦雅辉、…贺青华介绍; …托济克，…韩春那洛等…发言). A headline or
photo caption (a block of one short sentence without a date) is a passage of
its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from builder.extract import lexicon as lx
from builder.extract.meeting_asides import (
    AT_A_TALK,
    ELSEWHERE,
    RELAYED,
    REPLIES,
    in_the_past,
    instructs,
    own_day_statement,
    talk_blocks,
)
from builder.extract.meeting_dates import DATE, DAY
from builder.extract.meeting_people import STOP, TITLE_BEFORE, listed_names
from builder.text import Sentence

MASK = "Ｑ"
_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"'}
# an opening mark up to its first closing mark (not nested: the outer quote wins)
_QUOTED = re.compile("|".join(f"{re.escape(o)}[^{re.escape(c)}]*{re.escape(c)}" for o, c in _QUOTES.items()))
_STOP = STOP

# 赵乐际和卢旺达总统卡加梅共同主持; 丁薛祥15日在北京同俄罗斯副总理诺瓦克共同主持
_LOCAL_TITLE = "书记|省长|市长|县长|区长|州长|镇长|乡长|部长|厅长|局长|主任"  # 李明省长强调: the title after the name
_SHARED = rf"(?:(?:\d{{1,2}}日)?(?:在[^{_STOP}同与和]{{1,10}})?[和与、同][^{_STOP}]{{2,14}}?(?:共同|分别))?"
_SPEAKS = re.compile(
    rf"^(?:同志|常委|委员|代表|总书记|副?主席|副?总理|委员长|{_LOCAL_TITLE})?{_SHARED}(?:(?:先后|分别|相继)?代表[^{_STOP}]{{1,100}}?(?:向[^{_STOP}]{{1,8}}?)?(?=发言|讲话|致辞|致贺|致欢迎|作了?(?:题为|工作|关于)))?(?:(?:[0-9０-９]{{1,2}}月)?[0-9０-９]{{1,2}}日|当天|当日|随后)?(?:上午|下午|晚上|晚间)?(?:(?:在|主持)[^{_STOP}]{{0,40}}?(?:上|中|时)|主持(?:会议|座谈会|大会)(?=，))?(?:的讲话中|讲话中|讲话时|到会|到场)?(?:，)?(?:先后|分别|相继|随后|也|还|应邀)?(?:受[^{_STOP}]{{2,20}}?委托)?"
    rf"(?:指出|强调|要求|表示|提出|讲话|致辞|致(?:贺|欢迎|开幕|闭幕|答)[辞词]|介绍|通报|宣布(?![^{_STOP}]{{0,6}}(?:开幕|闭幕|开始|结束))|透露|建议|认为|呼吁|希望|谈到|分享了?(?!会)|敦促|说(?![明服法])|称(?![赞为号作之])|(?:发表|作|出席|主持)[^{_STOP}]{{0,14}}?(?:讲话|致辞|致贺[词辞]|演讲|报告|(?<!表态)发言)|答记者问|回答记者提问"
    rf"|(?:作|进行)?了?(?<!表态)发言"
    r"|(?:发表|作)了?题为《[^》]{1,80}》的(?:重要|主旨|工作)?(?:讲话|致辞|致词|演讲|报告)"  # a titled speech
    # (会议听取了)…刘奇作的关于…的汇报; 受国务院委托，…邓励作了关于…的议案的说明
    r"|作[了的]?[^。；，]{0,12}?关于[^。；]{0,160}?的(?:工作)?(?:报告|汇报|说明)"  # 作的大会秘书处关于…的汇报
    # 汪洋代表政协…常务委员会，向大会报告工作; 习近平代表第十九届中央委员会向大会作报告
    r"|代表[^。；]{2,30}?向(?:大会|会议|全会)作?[^。；，]{0,8}?报告"
    r"|(?:重点)?就[^。；]{2,120}?作了?(?:介绍|说明|解读)"  # 唐方裕就全会概况…作了介绍
    r"|代表[^。；，]{2,30}?所?作的[^。；]{0,80}?(?:工作)?报告"  # 审议通过了李希同志代表…常委会所作的《…》工作报告
    r"|(?:主持[^。；，]{0,10}?并|出席[^。；，]{0,10}?并|对[^。；，]{1,20}?)?(?:作了?|作出|进行了?)(?:具体|全面|工作|动员)?部署"
    # 李干杰主持会议并作工作部署; 王大伟出席会议，并就做好…工作提出要求
    r"|(?:出席[^。；，]{0,10}?，?并)?(?:就|对)[^。；]{1,40}?提出了?(?:明确|具体|殷切|几点)?(?:要求|希望))"
)
# 郑建邦副委员长主持会议: a title may follow the name
_CHAIRS = re.compile(
    rf"^(?:同志|副?(?:委员长|主席|总理|部长|省长|市长|县长|书记))?(?:倡议并|提议并)?{_SHARED}(?:在[^{_STOP}在]{{0,12}}?(?=主持))?"  # 在陕西省西安市主持
    rf"(?:[^{_STOP}]{{0,3}}?|(?:出席|参加)[^{_STOP}]{{0,8}}?并(?:[与同][^{_STOP}]{{1,20}}?共同)?)主持(?!召开|人)"
    # 姜信治参加接见并主持大会, 王沪宁出席并与…拉马福萨共同主持会议
)
_ON_BEHALF = re.compile(r"受[^，。]{2,20}委托，")
# inside someone's speech (王沪宁在致辞中说，习近平主席在峰会上…), not a report's (报道说，…): a speech recalled
RECALLED_IN_SPEECH = re.compile("在[^，。]{0,6}?(?:致辞|讲话|发言|报告|演讲)中(?:说|表示|指出|强调|提到)[，：]")
_AT_ANOTHER_EVENT = re.compile(rf"^(?:主席|总书记|总理|委员长|同志)?在[^{_STOP}]{{1,20}}?(?:上|时)")
# At a press conference every official who answers speaks at it, in paragraphs of their own:
# 在回答…问题时，中国人民银行行长潘功胜表示; 中央政策研究室副主任唐方裕就全会概况…作了介绍
BRIEFING = re.compile("(?:发布会|记者会|招待会|吹风会)$")  # a press conference's name
_ANSWERING = re.compile(r"(?:在(?:回答|谈到|谈及|介绍)[^，。]{0,40}时|对于[^，。]{0,30}|关于[^，。]{0,30})，")
_AT_A_BRIEFING = re.compile(
    r"(?:在[^，。]{0,30}时)?(?:表示|介绍|说|指出|称|回答)|(?:重点)?就[^。；]{0,80}?作了?(?:介绍|说明|解读)"
)
_AT_AN_EVENT = re.compile(
    rf"[^{_STOP}]{{0,16}}?(?:作[^{_STOP}]{{0,6}}?(?:报告|说明)|(?<!表态)发言|致辞|致贺[词辞]|讲话|宣读)"
)
_TITLES_OPENING = 30  # how long a run of titles may open a sentence before its speaker's name
_VERB_IN = re.compile("在|对|将|为|是|有|说|指出|表示|强调|会见|出席|参加|主持|宣布|通过|听取|审议")
_LIST_TITLE = 8  # how long a title before a sentence-opening list may be (常委会委员)
_OPENING = 20  # how far into a paragraph its opening speaker may be named (针对当前工作，毕志伟要求)
_CHAIRS_LATER = re.compile(
    r"，(?:并|专门|随后)?(?:在[^，。；]{1,12}?)?(?:主持召开|共同主持)"
)  # …举行会谈，并共同主持…第八次会议; 来到…甘肃兰州，并在这里主持召开
_TIME_LEAD = re.compile(
    r"^(?:[^，。；]{1,4}后|(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:份|上旬|中旬|下旬|底|初)?)?(?:\d{1,2}日)?|当天|当日|随后|此前)，"
)  # 三天后，习近平…; 7月，习近平…
_CHAIRS_THIS = re.compile(
    rf"^[^{_STOP}]{{0,24}}?(?:在[^{_STOP}]{{1,30}}?(?:考察|调研|视察)并)?主持召开"
)  # 习近平2月28日下午主持召开, …在…考察并主持召开


# a quoted meeting name (第三届“世界航商大会”在香港举行) stays readable: one clause, ending in a type word
_QUOTED_MEETING = re.compile(rf"[^{STOP}、]+(?:{'|'.join(lx.MEETING_TYPES)})")


def _mask(m: re.Match) -> str:
    if _QUOTED_MEETING.fullmatch(m[0], 1, len(m[0]) - 1):
        return m[0]
    return m[0][0] + MASK * (len(m[0]) - 2) + m[0][-1]


@lru_cache(maxsize=4096)
def mask_quotes(text: str) -> str:
    """text with the inside of quotation marks replaced by a placeholder (same length),
    but for a quoted meeting name. Cached: several finders mask the same sentence."""
    return _QUOTED.sub(_mask, text)


def clause_bounds(masked: str, at: int) -> tuple[int, int]:
    """(start, end) of the clause of masked that holds offset at."""
    start = max(masked.rfind(ch, 0, at) for ch in _STOP) + 1
    ends = [i for i in (masked.find(ch, at) for ch in _STOP) if i >= 0]
    return start, min(ends) if ends else len(masked)


_MET = re.compile(f"{lx.TALKS}|[同与和]")


def _co_chair(masked: str, subject_at: int, at: int, chained: re.Match) -> bool:
    """丁薛祥在天津会见…黄循财，并共同主持…: the one met in the clause before co-chairs."""
    return (
        "共同" in chained.group(0)
        and 0 <= subject_at < at < chained.start()
        and "，" not in masked[at : chained.start()]
        and _MET.search(masked, subject_at, at) is not None
    )


def _lead_end(masked: str) -> int:
    lead = _TIME_LEAD.match(masked)
    return lead.end() if lead else 0


def _chairs_this(after: str, key: str, ctx) -> bool:
    """习近平2月28日下午主持召开: the name right before, no other person's between
    ((记者 张晓松）国务院总理温家宝22日主持召开: the reporter chairs nothing)."""
    m = _CHAIRS_THIS.match(after)
    return m is not None and not any(k and k != key and k in after[: m.end()] for k in ctx.people)


def _people_roles(s: Sentence, masked: str, ctx, own_sentence: bool):
    """(chairs, speakers) named in a sentence of a meeting's passage: (offset, name as written)."""
    chairs, speakers = [], []
    norm = s.norm
    if "等" not in norm and not any(key and key in norm for key in ctx.people):
        return chairs, speakers  # no one named, no list that spoke
    spoke = _SPOKE_ANYWHERE.search(masked) is not None  # the clause-end test is worth trying
    # 赵乐际来到…调研，看望…，并主持召开座谈会: the sentence's subject chairs
    chained = _CHAIRS_LATER.search(masked) if own_sentence else None
    subject_at = (  # only such a sentence needs its first person
        min((at for at in (norm.find(k) for k in ctx.people if k) if at >= 0), default=-1) if chained else -1
    )
    # what someone said (丁薛祥指出，习近平总书记发表重要讲话…; 会议指出，…在全会上作的报告) names
    # no speaker at this meeting, nor does a past event (十年前，…视察北京并发表重要讲话)
    # (but the sentence reporting the meeting may itself be what someone said: 总理办公室12日表示，…)
    content = None if own_sentence else REPORTED.search(masked)
    content_at = (
        0 if in_the_past(masked, ctx.year) or AT_A_TALK.match(masked) else content.end() if content else len(masked)
    )
    people = ctx.people
    if "、" in norm:  # names a list holds that the name finder missed speak like the others
        known = [(norm.find(k), w) for k, w in people.items() if k and k in norm]
        people = people | {name: name for _, name in listed_names(norm, known) if name not in people}
    for key, written in people.items():
        at = norm.find(key) if key else -1
        while at >= 0:  # each mention, left to right, not overlapping
            if _owned_by_name_before(norm, at, ctx):
                at = norm.find(key, at + len(key))
                continue  # 习近平主席|贺信: what follows a name and its title is no one
            after = masked[at + len(key) : at + len(key) + 160]  # 作了关于…《…》…的议案的说明 runs long
            if (
                _CHAIRS.match(after)
                or (own_sentence and _chairs_this(after, key, ctx))
                or (
                    chained
                    and at == subject_at
                    and at <= _OPENING
                    and "，" not in masked[_lead_end(masked) : at]
                    and at < chained.start()
                )
                or (chained and _co_chair(masked, subject_at, at, chained))
            ):
                chairs.append((at, written))
            recalled = _AT_ANOTHER_EVENT.match(after) and RECALLED_IN_SPEECH.search(masked, 0, at)
            if (
                not recalled
                and not ELSEWHERE.match(after)
                and at < content_at
                and (
                    _SPEAKS.match(after)
                    or (spoke and _speaks_at_clause_end(masked, at, at + len(key)))
                    or _speaks_as_the_sentence_ends(masked, at + len(key), ctx)
                )
            ):
                speakers.append((at, written))
            at = norm.find(key, at + len(key))
    listed = _LIST_SPOKE.search(masked)
    if listed:  # most sentences name no one in a list
        mentions = _mentions(norm, ctx)
        speakers = sorted(set(speakers) | set(_listed(mentions, masked, listed.start())))
    return chairs, speakers


REPORTED = re.compile("(?:指出|强调|表示|认为|说)[，：]|推举|推选")  # 会议推举汪洋在…会议上作报告: to come


# 何立峰出席会议，现场听取…意见建议并讲话; 李书磊参加会见，出席报告会并讲话; 蒋作君出席会议，并代表…作工作报告:
# the sentence's one person spoke
_ENDS_SPEAKING = re.compile(
    r"[^。；！？]{0,60}?，[^。；！？，]{0,30}?并(?:代表[^。；！？，]{1,40}?作了?(?=工作报告))?(?:发表)?(?:题为《[^》]{1,60}》的)?(?:重要|主旨|工作)?(?:讲话|致辞|报告|发言|演讲)(?=[。；！？]|$)"
)


def _speaks_as_the_sentence_ends(masked: str, end: int, ctx) -> bool:
    m = _ENDS_SPEAKING.match(masked, end)
    # 丁薛祥出席会议，传达习近平致信和李强批示并讲话: those whose words were relayed did not speak
    rest = RELAYED.sub("", m.group(0)) if m else ""
    return m is not None and not any(key and key in rest for key in ctx.people)


def _lists(s: Sentence, masked: str, ctx, *found: list) -> list[list[list]]:
    """For each list of found (offset, name): each with the names listed with it (see _with_partners)."""
    mentions = _mentions(s.norm, ctx)
    return [[_with_partners([one], mentions, masked) for one in role] for role in found]


# 主席、前副总理托济克，…部长韩春那洛等中外代表在大会上发言: a list of titled names that spoke
_LIST_SPOKE = re.compile(
    rf"等[^{_STOP}]{{0,12}}?(?:，?(?:围绕|就|结合)[^。；]{{0,100}}?)?(?:在[^{_STOP}]{{0,24}}?(?:上|中))?(?:先后|分别|相继|也)?(?:作了?|进行了?|发表了?)?"
    r"(?:重要|主旨|专题)?(?:讲话|发言|致辞)"
    rf"|等[^{_STOP}]{{0,12}}?(?:作了?|进行了?)(?:说明|报告|汇报|[^{_STOP}]{{1,4}}?和(?:说明|报告|汇报))"  # 王东峰等就有关议题作了说明和报告
    r"|等[^。；]{0,80}?(?:提出询问|进行询问|提问)"  # 委员庞丽娟、…和张淑萍等与会同志围绕…等问题提出询问
    rf"|等[^{_STOP}]{{0,16}}?，?(?:先后|分别|相继)?(?:分享|讲述)了?"  # 王振常、…等5位代表，分享了他们的故事
    # 哈萨克斯坦总统托卡耶夫等中亚五国领导人一致表示: the leaders named speak for the group
    rf"|等[^{_STOP}]{{0,12}}?(?:领导人|元首)(?:一致|纷纷|均|都|也)?(?:表示|指出|认为|强调)"
)


_MISSED_NAME = re.compile(r"、([\u4e00-\u9fff]{2,3})、")


def _listed(mentions: list, masked: str, end: int) -> list:
    """The names of a list that ends right before `end` (its 等), each after a title or a
    list mark, the first at its clause's start: the subject of a clause that spoke."""
    before = [(at, name) for at, name in mentions if 0 <= at and at + len(name) <= end]
    if not before or before[-1][0] + len(before[-1][1]) != end:
        return []
    out = [before[-1]]
    for at, name in reversed(before[:-1]):
        between = masked[at + len(name) : out[-1][0]].replace(" ", "")  # 刘春、 梅学谦: a stray space
        missed = _MISSED_NAME.fullmatch(between)
        if missed:  # 丛斌、许为钢、王刚: a name the tagger missed, between two it read
            out.append((at + len(name) + 1, missed[1]))
        elif not (between[:1] in ("，", "、", "和") and (len(between) == 1 or TITLE_BEFORE.search(between))):
            break
        out.append((at, name))
    first_at = out[-1][0]
    opening = masked[clause_bounds(masked, first_at)[0] : first_at]
    return out if not opening or TITLE_BEFORE.search(opening) else []


# The subject of a clause that ends in speaking: 吴为山应邀作报告, 陈文清在会上传达…并讲话,
# 巴特尔、陈武…围绕…作了发言. The name must be the subject: nothing but a title before it.
_SPOKE_AT_END = re.compile(
    r"(?:(?:作|进行|发表)了?(?:重要|主旨|专题|视频)?(?:讲话|发言|报告|汇报|说明|致辞|演讲)|并(?:发表)?(?:重要)?(?:讲话|致辞)"
    r"|(?:回答了?|答)(?:中外)?(?:记者|媒体)?的?(?:提问|问)"  # 出席发布会并回答记者提问
    r"|(?<!表态)发言|致辞)$"  # …苏辉围绕…精神发言, …拉马福萨也在开幕式致辞
)
_SPOKE_ANYWHERE = re.compile(_SPOKE_AT_END.pattern.removesuffix("$"))


def _mentions(norm: str, ctx) -> list[tuple[int, str]]:
    """(offset, name as written) of the people a sentence names, with the names of a list of
    titled people that the name finder missed (…主席高云龙、无党派人士代表包信和先后发言)."""
    found = sorted((norm.find(k), w) for k, w in ctx.people.items() if k and k in norm)
    if "、" in norm and found:
        known = {w for _, w in found}
        found = sorted(found + [(at, name) for at, name in listed_names(norm, found) if name not in known])
    return found


def _speaks_at_clause_end(masked: str, start: int, end: int) -> bool:
    clause_start, clause_end = clause_bounds(masked, start)
    before = masked[clause_start:start]
    if before and not TITLE_BEFORE.search(before) and not before.endswith("、"):
        return False
    return _SPOKE_AT_END.search(masked, end, clause_end) is not None


_PARTNERS = re.compile(rf"^[^{_STOP}]{{0,24}}$")  # 、中国社会科学院中国边疆研究所所长
_JOINED = re.compile("[和与、同及]")
# 委员李四、王五，以及专家学者赵六: a list that a comma continues, a title before the next name
_COMMA_PARTNER = re.compile(rf"^，(?:以及|和|及)?[^{_STOP}]{{0,30}}$")  # ，深圳市…有限公司董事长、党委书记|左丁


def _with_partners(found: list, mentions: list, masked: str) -> list:
    """A role shared by a list of names: 赵乐际和卢旺达总统卡加梅共同主持 gives both."""
    out = set(found)
    todo = list(found)
    while todo:  # a name reached through the list's next one: 米锋、…局长焦雅辉、…巡视员贺青华介绍
        at, _ = todo.pop()
        for other_at, other in mentions:
            between = masked[other_at + len(other) : at] if 0 <= other_at < at else ""
            joined = _PARTNERS.match(between) and _JOINED.search(between[:3])
            joined = joined or (_COMMA_PARTNER.match(between) and TITLE_BEFORE.search(between))
            if between and joined and (other_at, other) not in out:
                out.add((other_at, other))
                todo.append((other_at, other))
    return sorted(out)


def _owned_by_name_before(norm: str, at: int, ctx) -> bool:
    title = TITLE_BEFORE.search(norm, max(0, at - 6), at)
    if not title:
        return False
    before = norm[max(0, title.start() - 4) : title.start()]
    return any(before.endswith(k) for k in ctx.people if k)


def add_names(names: list[str], more: list[str]) -> None:
    names.extend(n for n in more if n not in names)


def speaker_of(s: Sentence, m: re.Match, ctx) -> list[str]:
    """The person who speaks at the meeting: the clause's subject before it (刘学圣在誓师大会上要求;
    陈希在会上传达习近平重要指示并讲话: not the one whose words were relayed), else one named
    after it (在…会上，县委书记刘洋指出)."""
    clause_start, _ = clause_bounds(mask_quotes(s.norm), m.start())
    before = [(s.norm.rfind(k, clause_start, m.start()), w) for k, w in ctx.people.items()]
    before = [(at, w) for at, w in before if at >= 0]
    if before:
        return [max(before)[1]]
    after = m["after"] or ""
    return next(([written] for key, written in ctx.people.items() if key in after), [])


# A paragraph whose subject is the meeting itself speaks of it throughout (会议由…胡春华主持).
_ABOUT_THE_MEETING = re.compile(
    "(?:会议|大会|全会|会上|会议上|大会上|座谈会上)(?:还|并|先后|听取|审议|指出|强调|认为|由|，)"
)


def _of_meeting(
    names: list, known: set, opening: bool, zero_ok: bool, lead: int = 0, masked: str = "", briefing: bool = False
) -> bool:
    """A list of names in a role, past the reporting paragraph, speaks of the meeting when
    one of them is already reported there, or the list opens its paragraph (after a lead
    such as 受国务院委托，, lead characters long), or its sentence with nothing but titles
    before it (全国人大常委会副委员长、欧美同学会会长丁仲礼作报告; 常委会委员庞丽娟、…提出询问);
    at a press conference, titles and a name that answer (…行长潘功胜表示) do too."""
    if any(w in known for _, w in names):
        return True
    if own_day_statement(names, known, masked):
        return False  # 南非总统拉马福萨6日表示，…: a statement of its own day, in a paragraph of its own
    first = min(at for at, _ in names)
    first_at = first - lead
    end = max(at + len(w) for at, w in names)
    # only a speech made at an event (作报告, 发言, 致辞), not a statement (表示) that may be anywhere
    at_event = bool(_AT_AN_EVENT.match(masked, end) or (briefing and _AT_A_BRIEFING.match(masked, end)))
    titles_only = first_at <= _TITLES_OPENING and _titles_only(masked[lead:first], briefing) and at_event
    opens = first_at == 0 or (len(names) >= 2 and first_at <= _LIST_TITLE) or titles_only
    return any(w in known for _, w in names) or (opening and first_at <= _OPENING) or (zero_ok and opens)


def _titles_only(text: str, commas: bool = False) -> bool:
    """A run of titles and the bodies they belong to: no clause mark, no verb before the name
    (an official's titles at a press conference may hold a comma: 全国政协副主席，中央改革办副主任穆虹)."""
    if "，" in text and not commas:
        return False
    return all(p and TITLE_BEFORE.search(p) is not None and not _VERB_IN.search(p) for p in text.split("，"))


_PROGRAMME = re.compile("^(?:上午|下午|晚上|晚间|随后)，")


def assign_roles(sentences, ctx, found) -> None:
    """Chairs and speakers of each held meeting, from its passages (see above).
    found: objects with .meeting, .reports (the sentences reporting it held) and .recalled
    (a background meeting, whose reports end no other meeting's passage)."""
    reports = sorted((i, n) for n, f in enumerate(found) for i in set(f.reports))
    block_start = {}
    block_size: dict[int, int] = {}
    for s in sentences:
        block_start.setdefault(s.block, s.index)
        block_size[s.block] = block_size.get(s.block, 0) + 1
    roles_in = {}
    reported_in: dict[int, set[int]] = {}
    for i, n in reports + [(f.meeting.sentence, n) for n, f in enumerate(found) if not f.reports]:
        reported_in.setdefault(i, set()).add(n)  # (a meeting known only by a speech there: its sentence)
    talks = talk_blocks(sentences, block_start, {sentences[i].block for i, _ in reports}, ctx, _OPENING)
    for k, (first, n) in enumerate(reports):
        last = next(  # the next sentence that reports another meeting (not this one's: 主持…会议、…会议)
            (i for i, other in reports[k + 1 :] if other != n and i > first and not found[other].recalled),
            len(sentences),
        )
        if found[n].recalled:
            last = first + 1  # a background meeting: its own sentence only
        alone = sentences[first]  # when it is its block's only sentence
        if (
            block_size[alone.block] == 1
            and len(alone.norm) <= 30
            and not (DATE.search(alone.norm) or DAY.search(alone.norm))
            and not _PROGRAMME.match(alone.norm)  # 下午，举行第二次全体会议。: the session's day, no caption
        ):
            last = first + 1
        # a later headline starts another item of a round-up (…紧急会议。|俄总统表示…|普京…表示)
        last = next(
            (
                t.index
                for t in sentences[first + 1 : last - 1]
                if t.block != alone.block and _headline(t, block_size) and _dated(sentences[t.index + 1])
            ),
            last,
        )
        meeting = found[n].meeting
        briefing = BRIEFING.search(meeting.name) is not None
        speaking_blocks = set()  # paragraphs past the report that open with a leader speaking
        instructing = set()  # 习近平对…作出重要指示。习近平指出，…: the instruction's words, not a speech there
        for s in sentences[first:last]:
            if "指示" in s.norm or "批示" in s.norm or "贺" in s.norm or "致信" in s.norm:
                instructing |= {w for k, w in ctx.people.items() if k and instructs(s.norm, k)}
            if s.block in talks and s.block != sentences[first].block:
                if talks[s.block] or s.index == block_start[s.block] or REPLIES.match(s.norm):
                    continue  # 会见时，丁薛祥表示…。|黄循财表示，…: what was said at the talk
            key = (s.index, s.index == first)  # passages overlap (a meeting reported twice): read each once
            if key not in roles_in:
                masked = mask_quotes(s.norm).replace("书面发言", "书面材料")  # 提交了书面发言: nothing said
                roles_in[key] = masked, *_people_roles(s, masked, ctx, s.index == first)
            masked, chairs, speakers = roles_in[key]
            if not chairs and not speakers:
                continue  # most sentences of a passage name no one
            chair_lists, speaker_lists = _lists(s, masked, ctx, chairs, speakers)
            if s.block != sentences[first].block:
                known = set(meeting.chair) | set(meeting.speakers)
                # a paragraph, or a sentence, that opens with a leader speaking (宁吉喆委员发言说，…;
                # 座谈会上，民革中央主席万鄂湘、…先后发言), and the sentences after it in that
                # paragraph (…王东峰等分别就有关议题作了说明)
                opening = block_start[s.block] == s.index or s.block in speaking_blocks
                if _ABOUT_THE_MEETING.match(sentences[block_start[s.block]].norm):
                    opening, known = True, known | {w for _, w in chairs + speakers}  # 会议听取了…许宏才作的…报告
                behalf = _ON_BEHALF.match(s.norm) or (briefing and _ANSWERING.match(s.norm))
                lead = behalf.end() if behalf else 0  # 受全国人大常委会委托，…副委员长李鸿忠作关于…的说明
                chair_lists = [g for g in chair_lists if _of_meeting(g, known, opening, False, lead, masked)]
                accepted = [g for g in speaker_lists if _of_meeting(g, known, opening, True, lead, masked, briefing)]
                # a sentence that opens with a speaker goes on with speakers: …杨万明…致贺词，…潘建伟…发言
                speaker_lists = speaker_lists if accepted and accepted[0] is speaker_lists[0] else accepted
                if opening and (chair_lists or speaker_lists):
                    speaking_blocks.add(s.block)
            if s.index != first and any(other != n for other in reported_in.get(s.index, ())):
                speaker_lists = []  # 习近平总书记在庆祝…75周年大会上发表重要讲话: a speech at the other one
            if s.index != first:  # …国防部长卡茨4月30日称: a statement of its own day, not said at the meeting
                known = set(meeting.chair) | set(meeting.speakers)
                speaker_lists = [g for g in speaker_lists if not own_day_statement(g, known, masked)]
            chairs = sorted({c for g in chair_lists for c in g})
            speakers = sorted({c for g in speaker_lists for c in g if c[1] not in instructing})
            add_names(meeting.chair, [w for _, w in chairs])
            add_names(meeting.speakers, [w for _, w in speakers])
        _pronoun_speaker(sentences, first, last, ctx, meeting)


def _dated(s: Sentence) -> bool:
    """An item's lead: a day within its first words (13日，…; 俄罗斯总统普京13日…)."""
    return bool(DAY.search(s.norm, 0, 20) or DATE.search(s.norm, 0, 20))


def _headline(s: Sentence, block_size: dict[int, int]) -> bool:
    """A block of one short sentence with no closing mark: a headline or a caption."""
    return block_size[s.block] == 1 and len(s.norm) <= 40 and not s.norm.rstrip().endswith(("。", "！", "？", "”", "…"))


_PRONOUN_SPEAKS = re.compile(
    r"^(?:他|她|总书记|总理|委员长)(?:在[^，。]{0,12}(?:上|中))?(?:指出|强调|表示|说|要求|介绍)"
)


def _pronoun_speaker(sentences, first: int, last: int, ctx, meeting) -> None:
    """…并主持召开座谈会。他强调，… / 茶话会由…王沪宁主持。他指出，…: 他 is the one person of the
    sentence before, its subject or the meeting's chair, who spoke."""
    for k in range(first + 1, min(last, len(sentences))):
        before, after = sentences[k - 1], sentences[k]
        if after.block != before.block or not _PRONOUN_SPEAKS.match(after.norm):
            continue
        mentions = sorted(
            {(at, w) for key, w in ctx.people.items() if key for at in [before.norm.find(key)] if at >= 0}
        )
        if len({w for _, w in mentions}) != 1:
            continue  # 他 could be anyone of several
        at, person = mentions[0]
        subject = k - 1 == first and at <= _OPENING and "，" not in before.norm[:at]
        if subject or person in meeting.chair:
            add_names(meeting.speakers, [person])

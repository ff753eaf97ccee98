"""Where a meeting's name starts and ends, and what its opening says of the organiser.

A raw mention runs from the verb or the clause start to a type word (会议, 大会,
座谈会 …); here it is trimmed to the meeting's own name: leading times and
fillers, relative clauses (由…共同举办的), a place that opens it (临汾市|…会议, its
organiser), and extended where a lazy match stopped early (常委会|会议, …会议|暨…大会,
…一次会议|解放军和武警部队代表团全体会议时).
"""

from __future__ import annotations

import re

from builder.extract import divisions, segment
from builder.extract import lexicon as lx
from builder.extract.jurisdiction import ArticleContext
from builder.extract.meeting_bodies import ENDS_AS_MEETING, FILLER
from builder.extract.meeting_dates import DATE, DAY
from builder.extract.meeting_roles import STOP as _STOP
from builder.extract.meeting_roles import clause_bounds

TYPES = "|".join(lx.MEETING_TYPES)
# The lookahead on the types' first characters only saves time: without it the
# engine tries all ~80 type words at every character of a lazily grown name.
_TYPE_START = "".join(sorted({t[0] for t in lx.MEETING_TYPES}))
NAME = rf"[^{_STOP}、\s]{{0,40}}?(?=[{_TYPE_START}])(?:{TYPES})(?![战堂展长制]|中心)"  # not 大会战, 人民大会堂, 人民代表大会制度
# a name that may hold list marks (中国曲艺家协会…、…代表大会 stays one clause's name)
LONG_NAME = rf"[^{_STOP}\s]{{0,60}}?(?=[{_TYPE_START}])(?:{TYPES})(?![战堂展长制]|中心)"
TYPE_WORD = re.compile(rf"(?:{TYPES})(?![战堂展长制]|中心)")
BODY_LEVEL = re.compile(r"(?:中共)?(?P<level>[省市县区州镇乡])(?:委|政府|人大|政协)")

# a place or a date: the name has ended (not a session's ordinal: …常委会|第29次委员长会议,
# nor a yearly session: 两岸企业家峰会|2024年年会)
MID_BREAK = re.compile(
    r"在|于|(?<![第\d])\d+(?![\d]*(?:[次届]|年度?第|年度?年会|周年))|[一二三四五六七八九十]+日"
)  # not 常委会|2023年第30次会议

_RANGE_JOIN = re.compile(r"^[至到—\-~]")  # 13日至14日: the range's joint, once its days are gone

_EXTEND = re.compile(r"(?:[（(]扩大[）)])?(?:议|会议|大会)(?![战长展])")  # 常委会|（扩大）会议, 县委工作会|议

# a meeting's anniversary inside a longer name: …十一届三中全会|召开20周年、…图书出版工作会议
_ANNIVERSARY_IN_NAME = re.compile(
    rf"(?:召开|举行|成立)(?:\d+|[一二三四五六七八九十百]+)周年[^{_STOP}\s]{{0,40}}?(?:{TYPES})(?![战堂展长制]|中心)"
)
_JOINT = re.compile(rf"暨[^{_STOP}、\s]{{1,30}}?(?:{TYPES})")

LEADING = re.compile(  # used with match(text, pos): no ^, which would only match at 0
    r"(?:本报讯|近日|日前|昨天|昨日|今天|今日|上午|下午|晚上|当天|随后|此前|了|过|一次|一场|于|这是|的|为期[^，。]{1,4}的|\s|"
    r"这次|此次|本次|这场|该|会后|会前|根据|按照|依据|依照|结合|对照|"  # 结合本次常委会会议审议…: the one reported
    r"(?:新华社|中新社|本报)[^，。；\s]{0,12}?[日月]电|"  # 新华社北京１月５日电|全国宣传部长会议: a dateline
    + DATE.pattern
    + r")+"  # 这次座谈会: the meeting already reported
)

# 乌克兰问题会议: the place is the topic; 俄罗斯和白俄罗斯…会议, 中国—中亚峰会: one of several
_TOPIC_OPENING = re.compile("问题|局势|危机|冲突|议题|国家|合作组织|[和与及、—－-]")  # 阿拉伯国家外长…会议: a group
# or a brand the place opens: 博鳌|亚洲论坛…年会, 上海|国际…大会 (a venue's name, not its host)
_TOPIC_OPENING = re.compile(_TOPIC_OPENING.pattern + "|亚洲|世界|国际|全球|地区")  # 非洲|地区…反恐会议

_EVENT_AND = re.compile("[^，。；]{2,40}?(?:活动|仪式|阅兵|庆典|展览|博览会)(?:和|及|暨)")
_HOSTED_BY = re.compile(r"由(?P<host>[^，。；的]{2,40}?)(?:共同|联合)?(?:主办|举办|承办|召开|举行)的")

_RELATIVE = re.compile(
    r".*(?:(?:为主题|为题|主办|举办|承办|召开|举行|开幕|闭幕|(?<=[谈见晤])后)的|祝贺)"
)  # …热烈祝贺|中国共产党第二十次全国代表大会, 刚刚闭幕的|十四届全国人大二次会议, 会谈后的|记者会
# the meeting as the object of someone's act: 阿东宣布|大会开幕, 蔡奇向|大会召开表示祝贺,
# 国际社会高度关注|中国共产党二十届四中全会召开
_ADDRESSED = re.compile("(?:.*[，、])?[^，、]*?(?:宣布|(?<![面走导方])向|祝贺|关注|热议|点赞|见证)")

_SCOPE = re.compile(r"全(?:国|省|市|县|区|州|盟|旗|镇|乡|街道)")

_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年")

_LEVEL_ORDINAL = re.compile(r"(?P<level>[省市县区州])(?=第)")  # 省第十二次党代会


def name_span(norm: str, masked: str, start: int, end: int, ctx: ArticleContext):
    """Trim a raw name to the meeting's own name; also return what the trimmed
    prefix says about the organiser (a place, or a level to resolve)."""
    end = extend(masked, end)
    lead = LEADING.match(norm, start)
    if lead and lead.end() < end:
        start = lead.end()
    addressed = _ADDRESSED.match(norm, start, end)
    if addressed and addressed.end() < end:
        start = addressed.end()  # what remains may be a bare 大会: the meeting already reported
    relative = _RELATIVE.match(norm, start, end)
    host = None
    if relative and end - relative.end() >= 3:
        clause_start = max(norm.rfind(mark, 0, start) for mark in "，。；") + 1  # (a list's 、 ends the name)
        host = _HOSTED_BY.search(norm, clause_start, relative.end())  # 由教育部、…共同举办的: the organisers
        start = relative.end()  # 由教育部…共同举办的|首届世界数字教育大会, 以“…”为主题的|…大会
    event = _EVENT_AND.match(norm, start, end)
    if event and end - event.end() >= 3:
        start = event.end()  # 纪念…80周年活动和|上海合作组织天津峰会: an event, then the meeting
    if norm[start] == "《" and "》" not in norm[start:end]:
        start += 1  # 《２０１２年度…新闻发布会》在京举行: the title mark is no part of the name
    if norm.startswith("中共", start) and end - start > 4:
        start += 2  # 中共龙山县委十四届五次全会: the party is implied
    place = level = None
    if host:
        place = ctx.organizer_of(host["host"])
    scope = _SCOPE.match(norm, start)
    if scope:  # 全国|脱贫攻坚总结表彰大会, 全省|经济工作会议: kept in the name
        level = scope.group(0)[1:2] if scope.group(0) != "全国" else None  # national: no jurisdiction
        return start, end, place, level
    year = _YEAR_OPENING.match(norm, start)
    if year:  # 2023年江西省对接…推介会: the place is the organiser, the name stays whole
        at = year.end()
        place = next(
            (key for key, stem in ctx.place_openings if norm.startswith(stem, at) and end - at > len(key)), None
        )
        if place and _is_country(place):
            place = None  # 2023年中国网络文明大会: a country hosts nothing by itself
        return start, end, place, level
    for key, stem in ctx.place_openings:
        if not norm.startswith(stem, start):
            continue  # nor the key, which the stem begins
        for written in (key, stem):
            if (
                norm.startswith(written, start)
                and end - start - len(written) >= 2
                and norm[start + len(written) : end] not in ("会议", "大会")  # 瓦窑堡|会议: the place names it
                and divisions.known(key)  # 慕尼黑安全会议: a city the table does not hold opens a brand
                and not _TOPIC_OPENING.match(norm, start + len(written))
                and not _longer_place(norm, start + len(written), ctx)
                and not _body_word_over(norm[start:end], len(written))
                and not _event_after(norm[start + len(written) : end])
                and key not in _OWN_COUNTRY
            ):
                place = key
                start += len(written)
                if norm[start] in "委" or norm.startswith("政府", start):
                    start -= 1  # keep 县 of 县委工作会议
                break
        if place:
            break
    ordinal = _LEVEL_ORDINAL.match(norm, start) or BODY_LEVEL.match(norm, start)
    if ordinal and not place:
        level = ordinal["level"]
        if norm[start + 1] == "第":
            start += 1
    return start, end, place, level


def _longer_place(norm: str, at: int, ctx: ArticleContext) -> bool:
    """天津|生态城…理事会: another place the article names, no division, goes on from the first:
    together they are one place's name (a division after it, 北京市|海淀区, is a level below)."""
    return norm[at] in "城港岛湾" or any(
        len(key) >= 2 and key.endswith(_PLACE_ENDS) and norm.startswith(key, at) and not divisions.known(key)
        for key, _stem in ctx.place_openings
    )


_PLACE_ENDS = ("城", "港", "岛", "湾", "园区", "新区")


def _body_word_over(name: str, place_end: int) -> bool:
    """The segmenter reads a body's name across the place's end: 中国共产党|与…对话会."""
    _start, end, _word, flag = segment.spans(name)[0]
    return end > place_end and flag == "nt"


_OWN_COUNTRY = ("中国", "中华人民共和国")  # 中国工会…, 中国交通…发布会: China opens names, it convenes none


def _event_after(rest: str) -> bool:
    """杭州|亚运会…成立大会: the place names an event (亚运会, 博览会) that the name is about."""
    word = segment.spans(rest)[0][2] if rest else ""
    return len(word) >= 3 and word.endswith("会") and not ENDS_AS_MEETING.search(word)


def _is_country(key: str) -> bool:
    place = divisions.resolve(key)
    return place is not None and place.level in ("country", "foreign")


_OPENING_OF = {"”": "“", "」": "「", "』": "『"}


def extend(masked: str, end: int, joint: bool = True) -> int:
    """End of a name whose lazy match stopped early: 常委会|会议, 工作会|议, …会议|暨…大会,
    纪念…三中全会|召开20周年…工作会议."""
    close = masked[end : end + 1]
    if close in _OPENING_OF and masked.rfind(_OPENING_OF[close], 0, end) > masked.rfind(close, 0, end):
        end += 1  # 第三届“世界航商大会|”: the quoted name's closing mark
    m = _EXTEND.match(masked, end)
    if m and (not m.group(0).endswith("议") or m.group(0).endswith("会议") or masked[end - 1] == "会"):
        end = m.end()
    anniversary = _ANNIVERSARY_IN_NAME.match(masked, end)
    if anniversary:
        return extend(masked, anniversary.end(), joint)
    second = _JOINT.match(masked, end) if joint else None
    return extend(masked, second.end(), joint=False) if second else end


_NOT_NAME_WORDS = re.compile(
    "听取|研究|部署|审议|学习|传达|讨论|通报|分析|总结|推进|落实|围绕|就|对|在|于|并|召开|举行|列席|的"
)


def run_on(masked: str, end: int) -> int:
    """End of a name that runs on to a last type word at its clause's end: 召开联邦安全会议|常务委员会会议。"""
    _, clause_end = clause_bounds(masked, end)
    last = next(reversed(list(TYPE_WORD.finditer(masked, end, clause_end))), None)
    if last is None:
        return end
    # …常委会|种子法执法检查组第一次全体会议。: a longer run when it ends on a session's ordinal
    limit = 24 if _SESSION_BEFORE.search(masked, end, last.start()) else 12
    at_end = last.end() == clause_end and clause_end - end <= limit
    # 出席十四届全国人大一次会议|解放军和武警部队代表团全体会议时: a sitting of the session named first
    sitting = _AT_SITTING.match(masked, last.end()) is not None and last.end() - end <= 20
    if not (at_end or sitting):
        return end
    between = masked[end : last.start()]
    return end if MID_BREAK.search(between) or _NOT_NAME_WORDS.search(between) else last.end()


_AT_SITTING = re.compile("时|上(?![午])|期间|并")
_SESSION_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}次(?:全体)?$")


_JOINT_EVENT = re.compile("^暨[^在于，。]{1,20}?(?:论坛|博览会|交易会|展览会|活动)")


def mid_words(text: str) -> str:
    """What stands between a name and its verb once dates, times and fillers are gone."""
    mid = _RANGE_JOIN.sub("", FILLER.sub("", DAY.sub("", DATE.sub("", text))))  # 于|12月11日|至|12日
    mid = re.sub(r"^(?:开幕式|闭幕式)", "", mid)  # …大会|开幕式在北京举行: the meeting, held as it opened
    mid = _JOINT_EVENT.sub("", mid)  # …研讨会|暨人文交流论坛在扬州开幕: held with another event
    mid = re.sub("^(?:也|亦|还|同时|同步|起|分别|均|都)+", "", mid)  # …对接会也于今天同步举行, …大会25日起在杭州举行
    mid = re.sub(r"(?:就|围绕)[^，。；在]{1,24}$", "", mid)  # …第53届会议20日就…年度报告|举行互动对话: a topic
    return re.sub(r"(?:隆重|顺利|胜利|正式|圆满)$", "", mid).lstrip("》」")


def only_place(mid: str) -> bool:
    """Nothing, or one place (在京), between a name and its verb."""
    return not mid or (mid.startswith("在") and "在" not in mid[1:])

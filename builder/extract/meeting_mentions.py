"""Where a sentence reports a meeting held, and whether the report is of one held.

Three shapes, found on the Simplified text with quoted passages masked:
verb first (高青县召开…誓师大会), name first (全区…座谈会在山亭宾馆召开) and
held at (在当晚召开的紧急会议上); speeches at a meeting (刘学圣在誓师大会上要求) are
SPEECH_AT. A report is of no meeting held when it counts meetings (先后召开4次座谈会),
looks ahead (将召开, 赴…出席) or names one for its 精神.
"""

from __future__ import annotations

import re

from builder.extract import lexicon as lx
from builder.extract.meeting_bodies import EACH_HOSTS, ENDS_AS_MEETING, FILLER
from builder.extract.meeting_dates import DATE
from builder.extract.meeting_names import LONG_NAME, MID_BREAK, NAME, TYPE_WORD, extend, mid_words, only_place, run_on
from builder.extract.meeting_roles import STOP as _STOP
from builder.extract.meeting_roles import clause_bounds
from builder.text import Sentence

# 召开的…会议, 召开前, 召开以来: the verb qualifies something else
_VERB_FIRST = re.compile(
    rf"(?P<verb>召开|举行|举办|召集|出席|参加|主持(?!召开|人))(?!的|前|后|时|以来|之际|期间)(?:了|过)?"
    rf"(?P<name>(?:[^{_STOP}、\s]{{1,24}}、){{0,3}}{NAME})"  # 各民主党派中央、全国工商联负责人…座谈会
)
# 中共中央政治局会议审议并通过…: a named meeting that acts was held (a bare 会议审议 refers to one)
ACTS = (
    "审议|听取|研究部署|讨论通过|(?:以[^，。；]{1,8}?)?通过了?(?:一项)?(?:决议|宣言|公报)"  # …会议以压倒性多数通过决议
)
_NAME_FIRST_VERBS = (
    "召开",
    "举行",
    "举办(?!的)",
    "开幕(?!式|会)",
    "闭幕(?!式|会)",
    "落下帷幕|落幕|拉开帷幕|启幕",
    "达成了?(?:协议|共识|一致)",  # 欧盟特别峰会1日达成协议: it met
    ACTS,
)
_NAME_FIRST = re.compile(
    rf"(?P<name>{NAME})(?P<mid>[^{_STOP}]{{0,30}}?)(?:隆重|顺利|胜利|正式|圆满)?"
    rf"(?P<verb>{'|'.join(_NAME_FIRST_VERBS)})"
    r"(?!前|之前|以前|之际|在即)"  # 大会召开之际: not yet held
)
_NAME_FIRST_VERB = re.compile("|".join(_NAME_FIRST_VERBS))
# A name whose verb follows a comma and a date: a communiqué's opening (…第三次全体会议，于2024年
# 7月15日至18日在北京举行), a closing (…第五次会议在完成各项议程后，11日上午在人民大会堂闭幕)
_NAME_THEN_DATED = re.compile(
    rf"(?:^|(?<=[{_STOP}]))(?P<name>{LONG_NAME})(?:在完成[^{_STOP}]{{1,8}}后)?，(?=于|在|今天|今日|\d|[一二三四五六七八九十]+日)"
    rf"(?P<mid>[^{_STOP}]{{0,30}}?)(?P<verb>召开|举行|开幕|闭幕)(?=[{_STOP}]|$)"
)
# 在…召开的紧急会议上, 今天在北京结束的…工作会议上: a meeting held, named after the verb that modifies it
_HELD_AT = re.compile(
    rf"(?P<verb>召开|举行|举办|结束|闭幕|开幕)的(?P<name>{NAME})(?=上|期间|中|称|表示|指出|强调|认为|呼吁|决定|通过|指责|谴责|敦促|重申|宣布|同意)"
)  # 在布鲁塞尔举行的欧盟峰会称: the meeting, held, speaks
_SPEECH = r"(?:的讲话中|讲话中|讲话时)?(?:，)?(?:指出|强调|要求|表示|提出|讲话|发言|说|介绍|称|宣布|透露|作[^{_STOP}]{0,6}报告)"
SPEECH_AT = re.compile(
    rf"在(?P<name>{NAME}|会|会议|大会)(?:开幕式|闭幕式)?(?:上|期间)(?:，?(?P<after>[^{_STOP}的]{{0,14}}?))?" + _SPEECH
)  # 在当天上午的大会开幕式上讲话

_AGGREGATE_BEFORE = re.compile(
    r"多次|先后|累计|共计|分别|陆续|经常|定期|每[年月周季]|各类|各种|^各|[多数]场|历次|历届|每次|每届"
    # a count of meetings, not a session (十四届二次会议, 第二次)
    r"|(?<![届第\d一二三四五六七八九十])(?:\d+|[一二三四五六七八九十两几多数]+)次(?!会议|全会|全体会议|常委会|代表大会)"
)
# A count in the name (4次座谈会) is an aggregate; a session ordinal (十三届…一次会议, 第五次党代会) is not.
_AGGREGATE_IN_NAME = re.compile(
    # not “中国经济高质量发展成效”系列新闻发布会, 形势政策系列报告会第四场报告会: one of a named series
    r"各类|各种|历次|历届|(?<![”」])系列(?!主题|[^，。]{0,8}第)|^[^第届]*?(?<![第\d一二三四五六七八九十])(?:\d+多?|[一二三四五六七八九十两几多数]+)[次场个]"
)
_AGGREGATE_AFTER = re.compile(
    r"^(?:\d+(?![\d.]*[日号月时点:：年])|[一二三四五六七八九十两几多数百千万]+(?:次|场|期)|等(?!相关|活动)|共|累计)"
)
# Not yet held, or held by rule rather than reported: 将召开, 各镇街要召开
_FUTURE = re.compile(
    r"将|即将|拟|计划|准备|筹备|迎接|定于|预计|待|要在|争取|下一步|同意|决定|批准|支持|欢迎|期待|预祝|明年|下月|下周|提议|建议|呼吁|倡议(?!并)|申请|要求|推举|推选"
    r"|适时|择期|尽快|早日|可能|或将|有望"  # 可能于明天（2月17日）在巴黎举行
    r"|(?:要|必须|应|应当|需|需要|务必|可|以|为)$|希望"  # 以举办第十届部长会为契机, 为召开…做好准备
    r"|(?:研究|讨论)了?$"  # 会议研究了召开…的有关事项: a meeting being planned
    r"|商定|约定|商议"  # 双方商定今天在阿布扎比举行…首次会议: agreed on, not reported held
    r"|赴[^，。；]{1,12}$"  # 离开北京，赴印度出席…峰会: the purpose of a trip
)
_DECIDED = re.compile(
    r"(?:^|[。；！？])[^，。；！？]{0,8}(?:决定|同意|建议|批准|提议|商定|确定|规定)[，：]$"
)  # 会议决定，, 议事规则规定，
_FUTURE_IN_NAME = re.compile(
    r"迎接|喜迎|即将|筹备|期待|新一届(?![^第]{1,12}第)|下一届|下届|将|提请|提交|同意|把|按程序|确保|^保证"
)  # 以优异成绩迎接党代会胜利召开, 确保大会顺利召开 (a goal); not 新一届国务院第一次常务会议, the new government's first
NOT_HELD_AFTER = re.compile(
    r"^(?:时|上)?(?:的)?(?:重要)?(?:讲话)?精神|^的?(?:决议|决定|通知)"
    r"|^的?(?:第[^，。；]{1,3}次)?(?:综合|全要素|全流程)?(?:演练|彩排|预演|筹备)"
)  # …座谈会时的重要讲话精神, 关于召开…会议的决定, 举行了…大会第三次综合演练 (a rehearsal)
_FUTURE_RELATIVE = re.compile("将|拟|计划|定于|预计|筹备")


def _name_first_mentions(masked: str):
    """_NAME_FIRST.finditer(masked), scanning only the clauses that hold one of its
    verbs: a match lies inside a clause (no stop mark in the name, the words
    before the verb or the verb), and trying every start position is costly."""
    clause_end = -1
    for verb in _NAME_FIRST_VERB.finditer(masked):
        if verb.start() < clause_end:
            continue  # that clause is done
        clause_start, clause_end = clause_bounds(masked, verb.start())
        yield from _NAME_FIRST.finditer(masked, clause_start, clause_end)


def held_mentions(s: Sentence, masked: str):
    """(verb offset, name start, name end, name first?) of meetings the sentence reports as held."""
    verbs = set()
    for m in _VERB_FIRST.finditer(masked):
        verbs.add(m.start("verb"))
        start = m.start("name")
        parts = masked[start : m.end("name")].split("、")
        if len(parts) > 1 and _AGGREGATE_IN_NAME.search(parts[0]):
            continue  # 举办20多场专题会议、平行会议: the count covers the list
        if len(parts) > 1 and any(ENDS_AS_MEETING.search(part) for part in parts[:-1]):
            for part in parts[:-1]:  # 召开县委常委会、政府常务会议: a list of meetings
                if ENDS_AS_MEETING.search(part):
                    yield m.start("verb"), start, start + len(part), False
                start += len(part) + 1
        end = run_on(masked, m.end("name"))
        yield m.start("verb"), start, end, False
        joined = _JOINED_NAME.match(masked, end)  # …第十五次会议和中新（重庆）…第七次会议: one more
        if joined and ENDS_AS_MEETING.search(joined["name"]):
            yield m.start("verb"), joined.start("name"), joined.end("name"), False
    for m in _name_first_mentions(masked):
        if m.start("verb") in verbs or _VERB_FIRST.search(masked, m.start("name"), m.end("name")):
            continue  # 市委常委会召开会议, 出席…大会开幕式: the verb-first mention has it
        end = extend(masked, m.end("name"))  # 全省经济工作会|议在济南召开
        listed = _LISTED_NAMES.match(masked, end, m.start("verb"))
        if masked[m.start("name") - 1 : m.start("name")] == "、":  # a list too long for one match: its head
            head = _LIST_HEAD.search(masked, clause_bounds(masked, m.start())[0], m.start("name"))
            for earlier in _LISTED_HEAD_NAME.finditer(masked, head.start(), head.end()) if head else ():
                yield m.start("verb"), earlier.start("name"), earlier.end("name"), True
        if listed:  # 中国曲艺家协会第九次全国代表大会、中国摄影家协会第十次全国代表大会在北京召开
            yield m.start("verb"), m.start("name"), end, True
            for other in _LISTED_NAME.finditer(masked, end, listed.end()):
                yield m.start("verb"), other.start("name"), other.end("name"), True
            continue
        # …论坛北京峰会|治国理政高级别会议, …常委会|第三十二次委员长会议: the name runs on to its last type word
        more = [t.end() for t in TYPE_WORD.finditer(masked, end, m.start("verb"))]
        if more and not MID_BREAK.search(masked, end, more[-1]):
            end = more[-1]
        if only_place(mid_words(masked[end : m.start("verb")])):
            yield m.start("verb"), m.start("name"), end, True
    if "，" in masked:
        for m in _NAME_THEN_DATED.finditer(masked):
            if only_place(mid_words(m.group("mid"))):
                yield m.start("verb"), m.start("name"), extend(masked, m.end("name")), True
    for m in LETTER_TO.finditer(masked):  # 向中非合作论坛…部长级会议致贺信: it meets now
        yield m.start(), m.start("name"), m.end("name"), False
    for m in _HELD_AT.finditer(masked):  # 在当晚召开的紧急会议上决定, 从20日召开的…动员大会上获悉
        if m.start("verb") not in verbs:
            yield m.start("verb"), m.start("name"), m.end("name"), False


LETTER_TO = re.compile(rf"向(?P<name>{NAME})(?:致|发来)(?:贺信|贺电)")  # (a 贺词 is read out there)
_JOINED_NAME = re.compile(rf"(?:和|及|以及)(?P<name>{NAME})(?=[{_STOP}]|$)")
_LISTED_NAME = re.compile(rf"、(?P<name>{NAME})")
_LISTED_NAMES = re.compile(rf"(?:、{NAME})+(?=[^{_STOP}、]{{0,20}}$)")
_LIST_HEAD = re.compile(rf"(?:(?<=[{_STOP}])|^)(?:{NAME}、)+$")  # …代表大会、…代表大会、|…代表大会分别在北京闭幕
_LISTED_HEAD_NAME = re.compile(rf"(?P<name>{NAME})、")


def is_reported_as_held(masked: str, clause_start: int, start: int, end: int, verb_at: int, name_first: bool) -> bool:
    """Not an aggregate (先后召开4次座谈会), a future meeting or one named for its 精神."""
    before = masked[clause_start : start if name_first else verb_at]
    hosts_listed = name_first and before.endswith("、")  # 各民主党派中央、|无党派人士…座谈会: no aggregate
    each = not name_first and EACH_HOSTS.search(before)  # 天津、江西分别|举行: one each, named
    each = each or _ORDINALS_LISTED.match(masked, start)  # 分别主持召开第52次、第53次委员长会议: each named
    if (_AGGREGATE_BEFORE.search(before) and not (hosts_listed or each)) or _AGGREGATE_IN_NAME.search(
        masked[start:end]
    ):
        return False
    if _AGGREGATE_AFTER.match(masked[end : end + 4]) or NOT_HELD_AFTER.match(masked[end:]):
        return False
    if _FUTURE.search(FILLER.sub("", DATE.sub("", before))):
        return False
    if not name_first and masked[clause_start:verb_at].endswith("通过"):
        return False  # 湖南通过召开专项工作会议、举办读书班…等方式: a means, no meeting reported
    if not name_first and _FUTURE_RELATIVE.search(masked, verb_at, start):
        return False  # 出席即将召开的|…大会: the name's relative clause says not yet
    if _DECIDED.search(masked, 0, clause_start):
        return False  # 会议决定，…第十二次会议11月4日至8日在京举行: decided, not yet held
    if not name_first and (
        before.endswith(("来华", "来京")) or (_ON_THE_EVE.match(masked, end) and "结束" not in before)
    ):
        return False  # 同来华出席…峰会…的总统会谈, 出席…峰会前会见: a visit's purpose, not yet held
    return not _FUTURE_IN_NAME.search(masked[start:end])


_ORDINALS_LISTED = re.compile("第[\\d一二三四五六七八九十百]+次、")

_ON_THE_EVE = re.compile(
    rf"(?:并[^{_STOP}]{{0,20}}?)?(?:前夕|之际|前(?![往进来去]))"
    rf"|并对[^{_STOP}]{{1,12}}?进行(?:国事|正式|工作)?访问(?=[{_STOP}]|$)"  # 抵达…，出席…峰会并对巴西进行国事访问
)
# 在里约热内卢出席…峰会期间会见…: held, but the sentence reports a talk on its side
DURING_TALKS = re.compile(rf"期间，?[^{_STOP}]{{0,12}}?(?:{lx.TALKS}|同|与)")

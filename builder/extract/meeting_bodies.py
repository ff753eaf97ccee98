"""Who convened a meeting and where: read from the words before its verb (高青县召开,
在山亭宾馆召开, 为此，市委…召开) and from its name (国务院常务会议 → 国务院)."""

from __future__ import annotations

import re

from builder.extract import lexicon as lx
from builder.extract.jurisdiction import ArticleContext
from builder.extract.meeting_dates import DATE, DAY
from builder.extract.meeting_roles import BRIEFING
from builder.extract.meeting_roles import STOP as _STOP
from builder.text import Sentence

_TYPES = "|".join(lx.MEETING_TYPES)

_TOPIC_TAIL = re.compile(r"(?:就|围绕|针对|专门就)[^，。；：]{1,24}$")
_HEARD_FROM = re.compile(r"^(?:记者)?(?:从|据|由)")  # 记者从|国务院新闻办公室…举行的新闻发布会上了解到
_TIME_TAIL = re.compile(r"(?:今天|今日|昨天|昨日|当天|上午|下午|晚上|[（(][）)])+$")
HOST_BODY = re.compile("(?:办公室|新闻办|国新办|政府|委员会|(?<!总)部|委|局)$")  # a body's own hall hosts its meeting

_LISTED = re.compile("[、和与及]")
_GROUP_MEETS = re.compile(  # (not 习近平主席同…领导人: a host and his guests; 共同体 is one body)
    rf"(?:[^同{_STOP}]|(?<=共)同){{1,24}}?(?:外长|防长|财长|领导人|元首|首脑)"
)
_UNION_SHORT = re.compile("[\u4e00-\u9fff]盟")  # a union's short name: 阿盟, 非盟, 欧盟
_CO_HOSTS = re.compile(rf"(?<=[^{_STOP}])(?:同|与)[^{_STOP}在]{{1,30}}?共同$")
_PLACE = re.compile(rf"在(?P<place>[^{_STOP}在]{{1,20}}?)(?:隆重|顺利|胜利|正式|圆满|成功|专门|再次|首次|开始)?$")

# A body that meets as itself: 市委常委会召开会议 is the 市委常委会会议.
_MEETING_BODY = re.compile(
    r"(?:(?:(?:中共)?[省市县区州镇乡](?:委|政府|人大)?)?(?:常委会|党组|常务会|中心组|党委|党工委|领导班子|委员会)"
    r"|(?:中共)?[省市县区州]委|[省市县区州镇乡](?:政府|政协)"
    r"|(?:中共)?中央政治局(?:常委会)?|中共中央|国务院|中央军委|全国人大常委会|全国政协常委会"
    r"|[\u4e00-\u9fff]{2,16}?(?:内阁|理事会|安理会|董事会|委员会|领导小组|指挥部|组织|联盟|代表大会|代表团)"
    r"|[\u4e00-\u9fff、\d]{1,24}?(?:外长|防长|财长|领导人))$"  # 欧盟外长…, 伊拉克、叙利亚、伊朗三国外长…举行会议
)

# A body that a meeting's name opens with: 国务院|常务会议, 中央全面深化改革委员会|第十八次会议,
# 市政府|常务会议; the rest of the name is only a session or a kind of meeting.
_BODY_IN_NAME = re.compile(
    r"^(?P<body>(?:中共)?[^、]{1,16}?(?:委员会|常委会|政治局|国务院|政府|政协|人大|人民代表大会|党组|党委|党工委|纪委|部|局|厅|办公室|院|理事会|联盟|联谊会|促进会|论坛)"
    r"|(?:联合国)?(?:联合国大会|安理会))"
    r"(?=(?:第[^会]{1,6}次|[^会]{0,4}届[^会]{0,6}次|[一二三四五六七八九十\d]{1,3}次)?(?:常务|全体|专题|扩大|主任|党组|办公|常委|委员长|主席|执委|理事|紧急特别|紧急|特别|首脑|领导人|[局部厅院署]务)?"
    r"(?:会议|全会|全体会议|大会))"
)

_ORDINAL_OPENING = re.compile(r"^(?:第[\d０-９一二三四五六七八九十百]{1,4}[届次]|首届|首次)")

ENDS_AS_MEETING = re.compile(f"(?:{_TYPES})$")

NOT_A_VENUE_END = ("上", "中", "期间", "之际", "时", "后", "前")  # 在…之际召开: a time, not a place

NOT_A_VENUE = re.compile(
    r"^(?:当晚|当天|当日|今天|今日|昨天|昨日|今晚|上午|下午|晚上|近日|日前|此间|同日|随后|去年|今年|前不久|不久前|近期|此前"
    r"|第二天|次日|翌日|一起|线$|结束|(?:19|20)\d\d年$|(?:(?:19|20)\d\d年)?\d{1,2}月(?:份|底|初|上旬|中旬|下旬)?$)"
    # 聚集在一起召开, 在线参加, 在结束主持…, 在2022年举行的, 在2023年6月召开的
    r"|年底|年初|月底|月初|上旬|中旬|下旬|赴|出访"  # 在去年底召开的…, 在…赴利马出席…之际
)

_POINTING = {"这里", "那里", "这儿", "那儿", "此", "此地", "该地", "当地", "其间"}

_PLACE_TAIL = re.compile(
    r"(?:(?<=.)(?:同|与)[^，。]{1,16}|(?:和)[^，。]{1,16}共同|共同|联合|(?:集体)?(?:会见|接见|看望|继续|陪同)|以视频(?:连线)?(?:方式|形式)|通过视频(?:连线)?(?:方式)?|(?:就|围绕|针对)[^，。]{1,16}|(?:调研|考察|视察|检查)(?:工作)?并?)$"  # 在湖南|调研并主持召开
)
# a dateline opening the sentence, its date already gone: 本报北京|5月14日|讯, 新华社北京|5月7日|电
# (People's Daily sentences carry them mid-article); not 南方电网|电力
_DATELINE = re.compile(
    r"^(?:本报|[\u4e00-\u9fff]{1,6}?[社网报])[\u4e00-\u9fff]{0,6}?[讯电](?![力视台子信影网气池话厂器])"
)
_CONNECTIVE = re.compile(r"^(?:为此|同时|此外|另外|据悉|据了解|近日|日前|本报讯|\s)+")


def unquote(name: str) -> str:
    return "".join(ch for ch in name if ch not in '“”‘’「」『』"')


# Words between a subject and its verb that are neither: 县委|于3月5日上午|专门|组织|召开
FILLER = re.compile(
    r"上午|下午|晚上|近日|日前|今天|今日|昨天|昨日|当天|当日|同一天|同日|次日|今晚|昨晚|当晚|[（(][）)]|于|正式|隆重|专门|再次|主持|本报讯|\s"
    r"|(?<=[委局府部办厅院会门])(?:组织|联合|共同)(?![\u4e00-\u9fff])"  # 县委组织|召开, but 世界贸易组织,
    # 联合国安理会, 海湾合作委员会联合防务理事会 are bodies
    r"|以视频(?:连线)?(?:方式|形式)|通过视频(?:连线)?(?:方式)?|以线上线下相结合的方式"
    r"|\d{1,2}[时点:：](?:\d{1,2}分?)?|[一二三四五六七八九十]+时"
)


_JOINTLY = re.compile("等(?:部门|单位|机构)(?:联合|共同)$|(?<=[委局府部办厅院行])联合$")
_RANGE_LEFT = re.compile("[至到—－]$")


def subject_of(norm: str, masked: str, clause_start: int, verb_at: int, ctx: ArticleContext):
    """Organiser and place from the words before the verb (高青县召开, 在山亭宾馆召开)."""
    before = re.sub("(?:主持|组织)$", "", norm[clause_start:verb_at])  # 在人民大会堂主持召开, 江苏组织召开
    before = _CO_HOSTS.sub("", before)  # 在人民大会堂|同法国国民议会议长布朗-皮韦共同: a long partner
    place = None
    m = _PLACE.search(before)
    if m and NOT_A_VENUE.match(m["place"]):  # 在今天（3月21日）|国务院新闻办举行的: 在 governs a time
        before = before[: m.start()] + before[m.start() + 1 :]
    elif m and _JOINTLY.search(m["place"]):  # 在中国人民银行、全国工商联等部门联合|召开的: the hosts
        before = before[: m.start()] + _JOINTLY.sub("", m["place"])
    elif (
        m
        and not ENDS_AS_MEETING.search(m["place"])
        and not m["place"].endswith(NOT_A_VENUE_END)
        and not NOT_A_VENUE.search(m["place"])
    ):
        # 在国务院新闻办公室今天（4月19日）举行; 在北京|同…副总理…共同主持, 在紫光阁|以视频方式, 在阿布贾|就…局势
        place = _PLACE_TAIL.sub("", _TIME_TAIL.sub("", DAY.sub("", DATE.sub("", m["place"])))) or None
        place = None if place in _POINTING else place  # 并在这里主持召开: the place named before
        before = before[: m.start()]
    # "# 高青县", "2021年全国两会新闻中心"; 联合国安理会|就此事举行: the topic is no part of the subject
    # twice: 税务总局今天（8月4日）联合 — 联合 follows a body only once the time is gone
    subject = re.sub(r"^[^\u4e00-\u9fff]+年?", "", FILLER.sub("", FILLER.sub("", DAY.sub("", DATE.sub("", before)))))
    subject = _TOPIC_TAIL.sub("", _HEARD_FROM.sub("", _DATELINE.sub("", subject)))
    subject = _RANGE_LEFT.sub("", subject)  # 中共中央政治局于12月26日至27日: the range's joint
    # 全国政协十四届二次会议…举行第二次全体会议: the session's body convened it
    organizer = ctx.organizer_of(subject) or organizer_in_name(unquote(DAY.sub("", subject)), ctx)
    if organizer is None and subject.endswith("》") and "《" in subject:  # 中央广播电视总台《…春节联欢晚会》举行
        organizer = ctx.organizer_of(subject[: subject.index("《")])
    if organizer is None and re.search("[、和与]", subject):  # 共青团中央、全国青联…召开座谈会; 英国和法国…召开: all
        organizer = subject if all(ctx.organizer_of(part) for part in _LISTED.split(subject)) else None
    if organizer is None and _GROUP_MEETS.fullmatch(subject) and ctx.person_in(subject) is None:
        organizer = subject  # 法国、德国…等国领导人17日在巴黎举行紧急会议: the group meets as itself
    if organizer is None and not subject and clause_start > 0:
        organizer = _sentence_subject(norm[:clause_start], ctx)
    return organizer, place


def _sentence_subject(text: str, ctx: ArticleContext) -> str | None:
    """The body a sentence opens with (为此，市委高起点谋划…，于…召开 -> 市委)."""
    for clause in re.split(f"[{_STOP}]", text):
        clause = _CONNECTIVE.sub("", clause)
        if not clause:
            continue
        for size in range(min(10, len(clause)), 1, -1):
            organizer = ctx.organizer_of(clause[:size], strict=True)
            if organizer:
                return organizer
        return None
    return None


_NOT_ONE_BODY = re.compile("^各|的各")


def body_name(s: Sentence, clause_start: int, verb_at: int) -> tuple[int, str] | None:
    """(start, body) when a body meets as itself right before the verb: the name of
    "市委常委会召开会议" is 市委常委会会议, its organiser 市委."""
    before = s.norm[clause_start:verb_at]
    before = re.sub(rf"在[^{_STOP}在]{{1,20}}$", "", DAY.sub("", DATE.sub("", before)))  # …在布鲁塞尔|举行会议
    before = re.sub(rf"(?:就|围绕|针对)[^{_STOP}]{{1,30}}$", "", before)  # 联合国安理会|就…问题举行会议
    body = _MEETING_BODY.search(re.sub(r"(?:专题|于|上午|下午|中午|晚上|晚间|晚|当天|全天|\s)+$", "", before))
    if not body or _NOT_ONE_BODY.search(body.group(0)):
        return None  # 出席…会议的各代表团召开会议: each of them, no one body
    at = s.norm.rfind(body.group(0), clause_start, verb_at)
    return (at, body.group(0)) if at >= 0 else None


# 白宫发言人麦柯里…在…举行的新闻发布会上说: a spokesperson's briefing is held by the body they speak for
_SPOKESPERSON = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{1,12}?(?:部|委|院|府|办|办公室|局|厅|宫|署|处|馆|组织|中心|政府|联合会))(?:新闻)?发言人"
)


def spokesperson_body(norm: str, clause_start: int, name_at: int, key: str) -> str | None:
    if not BRIEFING.search(key):
        return None
    m = _SPOKESPERSON.search(norm, clause_start, name_at)
    return m["body"] if m else None


_ACKNOWLEDGES = re.compile("祝贺|感谢|赞赏|赞扬|欢迎|肯定|支持")
_SUBJECT_END = re.compile(r"[\d０-９]|今天|今日|昨天|当天|日前|近日|在|于|，")


# 天津、江西分别|举行: a list of hosts that held one each
EACH_HOSTS = re.compile(rf"(?P<hosts>[^{_STOP}、]{{2,12}}(?:、[^{_STOP}、]{{2,12}})+)分别$")


def each_host(norm: str, clause_start: int, verb_at: int, ctx: ArticleContext) -> list[str] | None:
    """天津、江西分别举行…: the places or bodies that each held one, when every one is one."""
    before = FILLER.sub("", DAY.sub("", DATE.sub("", norm[clause_start:verb_at])))
    m = EACH_HOSTS.search(before)
    if not m:
        return None
    hosts = [ctx.organizer_of(part) for part in _LISTED.split(m["hosts"])]
    return hosts if all(hosts) else None


def convener(norm: str, clause_start: int, verb_at: int, ctx: ArticleContext) -> str | None:
    """李强召开座谈会: the person who convened, when no body is named."""
    if norm[verb_at : verb_at + 2] not in ("召开", "召集", "举行"):
        return None  # 出席, 参加: who came, not who convened (普京…举行工作会议 convened)
    subject = norm[clause_start:verb_at]
    if _ACKNOWLEDGES.search(subject):
        return None  # 梁强热烈祝贺中国成功举行…峰会: who congratulates convened nothing
    person = ctx.person_in(subject)
    if person and re.search(f"[与同和][^{_STOP}与同和]*{re.escape(person)}", subject):
        # 柬埔寨首相洪玛奈和泰国代理总理普坦今天…举行, 海合会成员国外长与美国国务卿鲁比奥…: both sides
        both = _SUBJECT_END.split(subject, maxsplit=1)[0]
        return both if both.endswith(person) and len(both) > len(person) + 2 else None
    if person is None and norm.startswith(("并", "专门", "随后"), clause_start):  # 习近平…考察，并主持召开: its subject
        before = norm[:clause_start]
        found = [(before.find(k), w) for k, w in ctx.people.items() if k and k in before]
        person = min(found)[1] if found else None  # the first: the subject, not a place misread as a name
    return person


_EVENT_BRIEFING = re.compile(
    r"^(?P<event>[^、]{0,8}?(?:亚运会|奥运会|冬奥会|残奥会|亚残运会|运动会|博览会|进博会|服贸会|广交会|世博会|大运会))"
    r"[^、]{0,8}?(?:新闻发布会|发布会|记者会|吹风会)$"
)
# a body before a session's ordinal: 中国曲艺家协会|第九次全国代表大会 (not 中国妇女|第十三次…: people)
_BEFORE_ORDINAL = re.compile(
    r"^(?!全)(?P<body>[^第\d年]{2,16}?)(?<!妇女|青年|儿童|人士|群众|职工|人民|农民|工人)第[\d０-９一二三四五六七八九十百]{1,4}[届次]"
)
# 博鳌亚洲论坛2023年年会: a body's yearly session
_BEFORE_YEAR = re.compile(r"^(?!全)(?P<body>[^第\d年]{2,16}?(?:论坛|协会|学会|联合会))(?:19|20)\d\d年度?年会")
# 2025中关村论坛年会, 2025年世界互联网大会乌镇峰会: the year's session of a standing forum
_YEAR_OF_FORUM = re.compile(
    r"^(?:19|20)\d\d年?(?P<body>[^第\d年]{2,16}?(?:论坛|大会))"
    r"(?:[\u4e00-\u9fff]{0,4}(?:年会|峰会)|[\u4e00-\u9fff]{2,10}座谈会)$"
)  # 2026年夏季达沃斯论坛|工商界代表座谈会: a meeting the forum holds
# 国会听证会, 德国联邦议院全体会议: a parliament's sitting
_PARLIAMENT = re.compile("^(?P<body>[^、]{0,8}?(?:国会|议会|议院))(?=听证会|全体会议|会议)")
# 第28次中国—东盟领导人会议, 中国—中亚峰会: the partners whose leaders meet
_PARTNERS = re.compile(
    "^(?P<body>[^、第届暨会]{2,12}?[—－-][^、第届暨会与和及]{2,6}?)(?:领导人|首脑|外长|部长)?(?:会议|峰会|会晤)$"
)


_UNION_OPENING = re.compile("^(?:联合国|欧盟|东盟|非盟|阿盟)(?=[\u4e00-\u9fff]{2,6}$)")


def organizer_in_name(key: str, ctx: ArticleContext) -> str | None:
    """国务院常务会议 → 国务院; 市政府常务会议 → 临汾市政府 (the level resolved);
    中国曲艺家协会第九次全国代表大会 → 中国曲艺家协会 (a body before the session's ordinal)."""
    event = _EVENT_BRIEFING.match(key)
    if event:  # 杭州亚运会例行新闻发布会: the event briefs the press
        return event["event"]
    rest = _ORDINAL_OPENING.sub("", key)
    m = _BODY_IN_NAME.match(rest)  # 第42届亚奥理事会全体大会 → 亚奥理事会
    if not m:
        forum = _YEAR_OF_FORUM.match(key) or _PARLIAMENT.match(key) or _PARTNERS.match(_ORDINAL_OPENING.sub("", key))
        if forum:
            return forum["body"]
        before = _BEFORE_ORDINAL.match(key) or _BEFORE_YEAR.match(key)
        if before and not ENDS_AS_MEETING.search(before["body"]):
            return re.sub("(?<=..)(?:领导人|元首|首脑)$", "", before["body"])  # 二十国集团|领导人第十九次峰会
        kind = ENDS_AS_MEETING.search(rest)  # 第42届东盟峰会, 欧盟峰会 → the body named, then only the kind
        owner = rest[: kind.start()] if kind else ""
        union = _UNION_OPENING.match(owner)
        if union and rest != key:
            return union.group(0)  # 第六届联合国环境大会: the union's numbered assembly on a topic
        if not 2 <= len(owner) <= 8 or owner.startswith("全"):
            return None
        if kind and kind.group(0) in ("会议", "大会") and ctx.full_place(owner):
            return None  # 遵义会议, 瓦窑堡会议: named for where it met
        body = ctx.organizer_of(owner) or (owner if _UNION_SHORT.fullmatch(owner) else None)  # 阿盟, 非盟
        return body if rest != key or body == owner else None
    body = m["body"].removeprefix("中共") if len(m["body"]) > 4 else m["body"]
    return ctx.organizer_of(body) or body

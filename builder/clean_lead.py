"""The top of a story: its headline, its dateline and the date its lead states.

Wire and broadcast items open with a dateline (新华社北京3月21日电, 中新网5月22日电,
中新社北京六月二十五日电) or a lead that states the date (李克强3月21日主持召开,
今天（10月20日）); scrapers often glue the headline to it on one line
("民政部：…764亿元中新网5月22日电 …"), and video pages put a marker before the
headline ([视频]…). These are general shapes of Chinese news, matched on the
Simplified form of the text (same length) and sliced from the original.
"""

from __future__ import annotations

import re

from builder.clean_rules import LEAD_TIME, OWN_OUTLET, H, han_count, parse_reporters
from builder.text import to_simplified

_CN_MD = "[〇一二三四五六七八九十]"  # months and days in Chinese numerals: 六月二十五日
# '本报讯', '臨汾新聞網訊 ', '新华社北京4月25日电': the dateline marker opening a story
STORY_MARKER = re.compile(
    f"^(?:(?P<own>本(?:报|報|刊|台|网|網)(?:{H}|\\d|\\s){{0,12}}?(?:讯|訊))"
    f"|(?P<named>{H}{{1,12}}?(?:网|網|报|報|台|社|刊|客户端|客戶端|融媒|新闻|新聞))(?:讯|訊)"
    f"|(?P<agency>{H}{{1,8}}?(?:社|网|網|报|報|台))(?:{H}{{0,8}}?)(?:(?:19|20)\\d\\d年)?(?:\\d{{1,2}}|{_CN_MD}{{1,3}})月"
    f"(?:\\d{{1,2}}|{_CN_MD}{{1,3}})日(?:\\d{{1,2}}时|[上下]午|晚)?(?:电|電|讯|訊)"
    f"|(?P<news>{H}{{1,12}}?(?:网|網|台|社|报|報|客户端|客戶端))消息(?:[（(][^（）()]{{1,12}}[）)])?(?=[：:\\s])"
    f"|(?P<short>{H}{{2,4}}?)(?:讯|訊)(?=\\s*(?:[（(]|记者|記者|本报|本報|通讯员|通訊員))"  # 南都讯　记者…
    "|【(?P<bracket>[^【】]{2,40}?(?:报道|報道|讯|訊|电|電)[^【】]{0,30})】)"
    "\\s*"
)
_BRACKET_MARKER = re.compile(
    f"^(?P<outlet>{H}{{2,12}}?)(?:记者|記者|报道|報道|讯|訊|(?:{H}|\\d){{0,10}}?电|電)\\s*(?P<rest>.*)$"
)
_MARKER_BYLINE = re.compile(r"^[（(【]([^（）()【】]{2,60})[）)】]\s*[:：，,]?\s*")
# '记者刘凡　周昌和　任笑一　继推出…': names after the role, each followed by a space
_OPEN_BYLINE = re.compile(f"^((?:本报)?记者(?:\\s*{H}{{2,3}}[\\s　]+)+)(?={H}{{4}})")
LEADING_DATE = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def strip_story_marker(text: str) -> tuple[str, dict]:
    """First paragraph without its '本报讯 (记者 …)' marker, and what the marker said."""
    m = STORY_MARKER.match(text)
    if not m:
        return text, {}
    meta: dict = {}
    name = m["named"] or m["agency"] or m["news"] or m["short"]
    if m["bracket"]:  # '【环球时报报道 记者 张三】'
        inside = _BRACKET_MARKER.match(m["bracket"])
        name = inside["outlet"] if inside else None
        found = parse_reporters(inside["rest"]) if inside and inside["rest"] else None
        meta.update(found or {})
    if name and not OWN_OUTLET.match(name):
        meta["source_name"] = name
    rest = text[m.end() :].lstrip(" ：:，,")
    byline = _MARKER_BYLINE.match(rest) or _OPEN_BYLINE.match(rest)
    if byline:
        found = parse_reporters(byline.group(1), glued_ok=True)
        if found:
            meta["reporters"] = found["reporters"]
            rest = rest[byline.end() :]
    meta["stripped"] = True
    return rest.lstrip(" ：:，,"), meta


_CN_DIGITS = "〇零一二两三四五六七八九"
_CN = _CN_DIGITS + "十"
_MONTH_DAY = (
    rf"(?:(?P<y>(?:19|20)\d\d|[{_CN_DIGITS}]{{4}})\s*年\s*)?"
    rf"(?P<m>\d{{1,2}}|[{_CN}]{{1,3}})\s*月\s*(?P<d>\d{{1,2}}|[{_CN}]{{1,3}})\s*[日号]"
)
MONTH_DAY = re.compile(_MONTH_DAY)

# National agencies and outlets whose name opens a dateline: a data table, so
# that a dateline glued to a headline is found without guessing where a name starts.
OUTLETS = (
    "新华社 新华网 中新社 中新网 中国新闻网 人民网 人民日报 人民日报海外版 央视网 央视新闻 中央电视台 中央人民广播电台 "
    "中广网 中国广播网 央广网 国际在线 光明网 光明日报 经济日报 中国日报 中国日报网 环球网 环球时报 澎湃新闻 中青网 中国青年网 "
    "中国青年报 中国网 法制日报 法治日报 法制网 新京报 北京青年报 北京日报 解放日报 文汇报 新民晚报 南方日报 南方都市报 "
    "工人日报 农民日报 科技日报 中国经济网 求是网 大公网 东方网 千龙网 北方网 红网 大众网 荆楚网 四川在线 华龙网 "
    "齐鲁网 浙江在线 新浪网 新浪 网易 搜狐 腾讯网 凤凰网 "
    # metropolitan dailies, whose 讯 a scraper glues to the headline
    "新快报 南都 信息时报 京华时报 广州日报 羊城晚报 深圳商报 深圳特区报 深圳晚报 北京晨报 北京晚报 "
    "法制晚报 华西都市报 扬子晚报 钱江晚报 齐鲁晚报 楚天都市报 大河报 今晚报 东方早报 重庆晚报 重庆商报 成都商报 "
    "现代快报 半岛都市报 燕赵都市报 三湘都市报 海峡都市报 华商报 辽沈晚报 新文化报 长江日报 武汉晚报 潇湘晨报 "
    "都市快报 新闻晨报 新民网 东南快报 生活报 春城晚报 郑州晚报 西安晚报 兰州晨报 南国都市报"
).split()
_OUTLET_ALT = "|".join(sorted(OUTLETS, key=len, reverse=True))
# A generic outlet name (…日报, …电视台) only where a name may begin: the line's
# start or after a space or a bracket.
_GENERIC_OUTLET = (
    rf"(?:(?<=^)|(?<=[\s）】]))(?:本[报台刊网社]|{H}{{2,10}}?(?:日报|晚报|电视台|广播电视台|新闻网|融媒体中心|通讯社))"
)
# 新华社北京3月21日电, 中新社北京六月二十五日电, 本报北京3月1日讯, 中新网5月22日电
DATELINE = re.compile(
    rf"(?P<outlet>{_OUTLET_ALT}|{_GENERIC_OUTLET})(?P<place>{H}{{0,10}}?)\s*{_MONTH_DAY}"
    rf"(?:\s*(?:\d{{1,2}}时|[上下]午|晚|早))?\s*(?:电|讯|消息)"
)
# 央视网消息（新闻联播）：, 新华网消息: an outlet's own item
NEWS_FROM = re.compile(rf"(?P<outlet>{_OUTLET_ALT}|{_GENERIC_OUTLET})消息(?:[（(][^（）()]{{1,12}}[）)])?\s*[：:]")
# 新快报讯, 南方日报讯: a newspaper's own item (the outlet from the table: glued, its start is unknown)
NEWS_FLASH = re.compile(rf"(?P<outlet>{_OUTLET_ALT})讯")
# 据公安部网站报道，据民政部网站消息：the outlet a wire item credits
REPORTED_BY = re.compile(
    rf"据(?P<outlet>(?:{_OUTLET_ALT})|{H}{{2,16}}?(?:网站|网|报|社|台|客户端|微信公众号|官方微博))"
    r"(?:\d{1,2}月\d{1,2}日)?(?:报道|消息|披露)[，,：:\s]"
)
# 记者傅亚雨沈阳报道, 本报记者 张三 报道: a byline run into the headline
REPORTER_LEAD = re.compile(rf"(?:本报|本台)?(?:特约)?记者\s*{H}{{2,4}}(?:[\s、]{H}{{2,4}})*\s*(?:{H}{{0,6}})?报道\s")
# How a lead opens: '近日，', '5月21日上午，', '记者从…获悉'
LEAD_OPENER = re.compile(
    rf"(?:近日|日前|近期|昨天|昨日|今天|今日|本周|上周|(?:\d{{1,2}}|[{_CN}]{{1,3}})月(?:\d{{1,2}}|[{_CN}]{{1,3}})日"
    rf"(?:上午|下午|晚上|晚间|晚)?)[，,]|记者(?:近日|日前|昨天|昨日|今天|今日)?从"
)
# '今天（10月20日）', '25日上午': a date written relative to the dateline's
_TODAY = re.compile(rf"(?:今天|今日)[（(]{_MONTH_DAY}[）)]")
# '2024年1月1日起', '3月1日前': a date the lead looks ahead or back to, not its own
# ('22日至24日' starts on its day; '1日至今' looks back)
_NOT_ITS_DAY = re.compile(
    r"\s*(?:起|以来|前|之前|以前|后|之后|以后|(?:至|到|—|-|~)(?![\d〇一二三四五六七八九十]{1,3}\s*[日号月]))"
)
_DAY_ALONE = re.compile(rf"(?<![\d{_CN}月年])(?P<d>\d{{1,2}}|[{_CN}]{{1,3}})\s*日(?![\d电])")
_MEDIA_PREFIX = re.compile(
    r"^\s*(?:[\[【〔(（]\s*(?:视频|图|组图|图文|高清|直播|快讯|独家|最新|现场|原创|音频|多图|实拍)\s*[\]】〕)）]"
    r"|(?:组图|图文|视频|快讯)\s*[：:|｜])\s*"
)
_MEDIA_SUFFIX = re.compile(r"\s*[\[【〔(（](?:视频|图|组图|图文|附视频|附图|多图|高清组图)[\]】〕)）]\s*$")
_KICKER = re.compile(r"^\s*【(?P<kicker>[^【】]{2,20})】\s*(?=\S)")
_DANGLING = "——-—，,、：:；;（(《“‘ "
_HEADLINE_STOPS = re.compile("[。！？!?]")
_FIRST_CLAUSE_MARK = re.compile("[，,。；;！？!?]")


def cn_small_number(text: str) -> int:
    """'25' or '二十五' → 25; 0 when unreadable (no date validates it)."""
    if text.isdigit():
        return int(text)
    digits = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
    if "十" in text:
        tens, _, units = text.partition("十")
        if len(tens) > 1 or len(units) > 1:
            return 0
        return digits.get(tens, 1 if not tens else -100) * 10 + (digits.get(units, -100) if units else 0)
    if len(text) == 4:  # a year written digit by digit: 二〇二一
        return int("".join(str(digits.get(ch, 0)) for ch in text))
    return digits.get(text, 0) if len(text) == 1 else 0


def date_of(m: re.Match) -> tuple[str | None, str | None]:
    """(ISO date, None) when the match gives a year, else (None, 'M月D日'); (None, None) if invalid."""
    month, day = cn_small_number(m["m"]), cn_small_number(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None, None
    if m["y"]:
        year = cn_small_number(m["y"])
        if 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}-{day:02d}", None
    return None, f"{month}月{day}日"


def tidy_title(title: str) -> tuple[str, str | None]:
    """(headline, kicker): media markers ([视频], （组图）) stripped, a leading
    【series】 name taken as the kicker, no dangling punctuation at either end."""
    kicker = None
    for _ in range(3):  # '【视频】【新思想引领新征程】…'
        before = title
        title = _MEDIA_PREFIX.sub("", title)
        m = _KICKER.match(title)
        if m and kicker is None:
            kicker, title = m["kicker"].strip(), title[m.end() :]
        if title == before:
            break
    title = _MEDIA_SUFFIX.sub("", title)
    title = title.strip().rstrip(_DANGLING).lstrip("——-—，,、：:；; ").strip()  # noqa: B005  (a set of marks)
    return title or before.strip(), kicker


def _headline_shaped(text: str) -> bool:
    text = text.strip()
    return 4 <= len(text) <= 100 and not _HEADLINE_STOPS.search(text)  # broadcast headlines run long


def split_glued_headline(text: str) -> tuple[str, str] | None:
    """(headline, rest) of a first line that runs a headline into its dateline or
    body: '民政部：2008年接收各界捐款764亿元中新网5月22日电 据…' is cut at the dateline,
    '孟建柱：…知错就改据公安部网站报道，…' at 据, '标题 副题 国务院总理…，…' at the
    last space before the first clause. None when the line does not look like that."""
    head = to_simplified(text[:140])
    markers = (DATELINE, NEWS_FROM, NEWS_FLASH, REPORTED_BY, REPORTER_LEAD)
    if STORY_MARKER.match(head) or any(p.match(head) for p in markers):
        return None  # it opens with its dateline: no headline here
    cuts = [m.start() for m in (p.search(head) for p in markers) if m]
    cuts = [c for c in cuts if c >= 4]
    if cuts:
        cut = min(cuts)
        if _headline_shaped(text[:cut]):
            return text[:cut].strip(), text[cut:].lstrip()
        return None
    clause = _FIRST_CLAUSE_MARK.search(text)
    space = text.rfind(" ", 0, clause.start()) if clause else -1
    if (
        4 <= space <= 100
        and _headline_shaped(text[:space])
        and han_count(text[:space]) >= 6
        and not LEAD_TIME.match(text)
        and not MONTH_DAY.match(head)
        and clause.start() - space >= 6
    ):
        return text[:space].strip(), text[space + 1 :].lstrip()
    lead = LEAD_OPENER.search(head, 6)  # '…部署稳就业工作近日，国务院…': the lead's opening words
    if (
        lead
        and _headline_shaped(text[: lead.start()])
        and han_count(text[: lead.start()]) >= 6
        and not _FIRST_CLAUSE_MARK.search(text, 0, lead.start())
    ):
        return text[: lead.start()].strip(), text[lead.start() :].lstrip()
    return None


def lead_meta(text: str) -> dict:
    """What the opening of a first paragraph says: the outlet and date of its
    dateline, the outlet it reports from (据…报道), else the first date its first
    sentence names. Keys: source_name, date (ISO), date_text (M月D日, year unknown)."""
    norm = to_simplified(text[:200])
    meta: dict = {}
    line = DATELINE.match(norm) or NEWS_FROM.match(norm)
    if line:
        outlet = line["outlet"]
        if not outlet.startswith("本"):
            meta["source_name"] = text[line.start("outlet") : line.end("outlet")]
        if "m" in line.groupdict():
            _put_date(meta, line)
    else:
        reported = REPORTED_BY.match(norm)
        if reported:
            meta["source_name"] = text[reported.start("outlet") : reported.end("outlet")]
    if "date" not in meta and "date_text" not in meta:
        sentence = "。".join(_HEADLINE_STOPS.split(norm, 2)[:2])  # the lead's first two sentences
        # '今天（7月25日）' dates the item wherever the lead says it
        today = _TODAY.search(to_simplified(text[:600])) if "今" in text[:600] else None
        first = today or next(
            (m for m in MONTH_DAY.finditer(sentence) if not _NOT_ITS_DAY.match(sentence, m.end())), None
        )
        if first:
            _put_date(meta, first)
        else:
            day = next((m for m in _DAY_ALONE.finditer(sentence) if not _NOT_ITS_DAY.match(sentence, m.end())), None)
            if day and 1 <= cn_small_number(day["d"]) <= 31:  # '…10日在北京…': the day, month unknown
                meta["date_text"] = f"{cn_small_number(day['d'])}日"
    return meta


def stated_today(paragraphs: list[str]) -> dict:
    """'今天（5月9日）' in one of the first paragraphs dates an item whose lead names no day."""
    for text in paragraphs[:3]:
        if "今" in text:
            today = _TODAY.search(to_simplified(text))
            if today:
                meta: dict = {}
                _put_date(meta, today)
                return meta
    return {}


_OPENING_WINDOW = 12  # how far into the second paragraph its day may be named (记者从２０日召开的…)


def second_paragraph_date(paragraphs: list[str]) -> dict:
    """A lead that names no day is often followed by the story's day, opening the second
    paragraph ('７月１８日晚１０时，魏先生…'): that day dates the item."""
    if len(paragraphs) < 2:
        return {}
    norm = to_simplified(paragraphs[1][:60])
    meta: dict = {}
    m = MONTH_DAY.search(norm, 0, _OPENING_WINDOW + 6)
    if m and m.start() <= _OPENING_WINDOW and not _NOT_ITS_DAY.match(norm, m.end()):
        _put_date(meta, m)
        return meta
    day = _DAY_ALONE.search(norm, 0, _OPENING_WINDOW + 3)
    if day and not _NOT_ITS_DAY.match(norm, day.end()) and 1 <= cn_small_number(day["d"]) <= 31:
        meta["date_text"] = f"{cn_small_number(day['d'])}日"
    return meta


def looks_away(text: str, end: int) -> bool:
    """The date ending at `end` is one the text looks ahead or back to (…起, …以来)."""
    return _NOT_ITS_DAY.match(text, end) is not None


def _put_date(meta: dict, m: re.Match) -> None:
    iso, written = date_of(m)
    if iso:
        meta["date"] = iso
    elif written:
        meta["date_text"] = written

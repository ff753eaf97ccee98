"""Patterns of Chinese news pages that the raw-text cleaner recognises.

Everything here is a general shape of scraped news text (page furniture,
credit lines, bylines, datelines, headline and caption shapes), never a string
of one particular article. Regexes are compiled once at import.
"""

from __future__ import annotations

import re

_HAN_RANGE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
H = f"[{_HAN_RANGE}]"
HAN = re.compile(H)
LOST_CHAR = "\ufffd"  # the replacement character stands for one the scraper lost

# --- encoding artefacts -------------------------------------------------------

_TONES = "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = f"[a-zü{_TONES}]{{1,6}}"
TONED = re.compile(f"[{_TONES}]")
# "網(wǎng)": pinyin in brackets right after a Han character (annotation widgets),
# or opening a line that a page break cut from its character
PINYIN_NOTE = re.compile(f"(?<![^\\n{_HAN_RANGE}])(?:[(（]({_SYLLABLE})[)）])+")
# "新?lián)": the character and the opening bracket were lost, the pinyin survived
LOST_BEFORE_PINYIN = re.compile(f"[?？]({_SYLLABLE})[)）]")

PRIVATE_USE = re.compile("[\ue000-\uf8ff]+")  # no character of any text: what a lossy conversion left
HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")

# --- line shapes ------------------------------------------------------------------

CLOSERS = "”’」』）)\"'》】]"
# A paragraph may end after these; a page break cuts a paragraph anywhere else.
PARAGRAPH_END = re.compile(f"(?:[。！？!?…；;：:]|——)[{re.escape(CLOSERS)}]*$")
SENTENCE_MARK = _SENTENCE_MARK = re.compile("[。！？!?；;…]")
COMMA = re.compile("[，,]")
_INNER_PUNCT = re.compile("[，,、；;：:。！？!?]")
_CLAUSE_PUNCT = re.compile("[，。；！？]")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.+)$")
BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*$")
INLINE_BOLD = re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*")  # '**央视网消息**（新闻联播）：…' in a scraped .txt
HALF_WIDTH = re.compile("[,:;!?()]")
SPACES = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u200b]+")


def han_count(text: str) -> int:
    return len(HAN.findall(text))


def ends_paragraph(text: str) -> bool:
    return PARAGRAPH_END.search(text, max(0, len(text) - 12)) is not None  # only the tail matters


def title_like(text: str) -> bool:
    """A headline or kicker: short, no sentence punctuation, a comma at most in a short one."""
    if not 2 <= len(text) <= 64 or _SENTENCE_MARK.search(text) or text.endswith(("，", ",", "、", "：", ":", "——")):
        return False
    commas = len(COMMA.findall(_IN_QUOTES.sub("", text)))  # 围绕“…积极性，夯实…根基”协商议政: a quoted phrase's comma
    return commas == 0 or (commas == 1 and len(text) <= 32)


_IN_QUOTES = re.compile("“[^“”]*”|「[^「」]*」")


def heading_like(text: str) -> bool:
    """A subheading inside the body: a title-like line without commas."""
    return len(text) <= 34 and title_like(text) and not COMMA.search(text) and han_count(text) >= 2


def caption_shaped(text: str) -> bool:
    """One short sentence with no inner punctuation: how photo captions look."""
    if not (4 <= len(text) <= 26 and text.endswith(("。", "."))):
        return False
    return not _INNER_PUNCT.search(text, 0, len(text) - 1)


PHOTO_CREDIT = re.compile(
    r"(?:^(?:[▲△↑]|图为|圖為|图：|圖：|图/|圖/)|[（(][^()（）]{0,20}(?:摄|攝)[)）]$|\s(?:摄|攝)$|(?:供图|供圖)[)）]?$)"
)
_CREDIT_FIRST, _CREDIT_LAST = set("▲△↑图圖"), set("摄攝图圖)）\n")  # where PHOTO_CREDIT can match


def has_photo_credit(text: str) -> bool:
    """PHOTO_CREDIT.search(text), skipped when neither end can hold a credit (most paragraphs)."""
    return (text[:1] in _CREDIT_FIRST or text[-1:] in _CREDIT_LAST) and PHOTO_CREDIT.search(text) is not None


def paragraph_like(text: str) -> bool:
    return not title_like(text) and not caption_shaped(text)


# --- page furniture -----------------------------------------------------------

_NAV = re.compile(
    r"(?:>>|》》|&gt;|»|›|＞＞|\s>\s)|^(?:当前位置|當前位置|您的位置|你的位置|所在位置)[：:]"
    r"|^(?:首页|首頁|网站首页|網站首頁)\s*[>＞]|[>＞][^>＞]{1,12}[>＞]"
)
_SITE_NAME = re.compile(f"^{H}{{2,8}}(?:网|網|频道|頻道|客户端|客戶端|APP|App|首页|首頁)$")
_UI_WHOLE = re.compile(
    r"^[【\[]?(?:[小中大]字号|字号|字體|字体|默认|打印|打印本页|关闭|关闭窗口|收藏|纠错|举报|评论|点赞|分享|复制链接|"
    r"微信|微博|QQ空间|返回|顶部|手机看|手机版|全文|更多|收起|展开全文|[小中大]字號|字號|列印|關閉|關閉窗口|收藏|糾錯|"
    r"分享|返回|頂部|手機看|手機版|展開全文)(?:\s*[:：]?\s*[大中小TＴ|｜\s]*)?[】\]]?$"
)
_UI_PREFIX = re.compile(
    r"^[【\[]?(?:返回顶部|回到顶部|返回首页|返回列表|分享到|分享至|分享让|扫码|扫一扫|扫描二维码|长按识别|长按二维码|"
    r"下载客户端|找记者|相关新闻|相关阅读|相关推荐|推荐阅读|延伸阅读|更多精彩|阅读原文|点击查看|点击进入|点击阅读|"
    r"我要评论|我要纠错|我要投稿|版权声明|版权所有|原标题|上一篇|下一篇|免责声明|本文来自|欢迎关注|关注我们|"
    r"图片来源|圖片來源|图片由|视频来源|"
    r"返回頂部|回到頂部|分享讓|掃碼|掃一掃|掃描二維碼|長按識別|下載客戶端|相關新聞|相關閱讀|推薦閱讀|延伸閱讀|"
    r"閱讀原文|點擊查看|版權聲明|原標題|免責聲明|圖片來源)"
)
_UI_TOKEN = re.compile(r"[^\s【】\[\]]+")
_PAGE_LABEL = re.compile(
    r"^(?:第\s*[0-9一二三四五六七八九十]+\s*版|[A-Z]?\d{1,2}\s*版|版次|第\s*\d+\s*页|共\s*\d+\s*页)(?:$|\s|[:：])"
)
_END_MARK = re.compile(r"^[（(【\[]?(?:完|全文完|待续|待續|END|end)[)）】\]]?$")


LIST_MARK_ALONE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[．.、]$|^[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]$"
)

# Link labels a portal prints after a teaser: "…［详细］", "［我来说两句］［谈及…］", "［ 更多消息 ］"
_LABEL = r"[［\[【][^［］\[\]【】。！？]{1,20}[］\]】]"
_LINK_LABELS = re.compile(rf"\s*{_LABEL}(?:[\s…]*{_LABEL})*\s*$")
_LINK_WORD = re.compile(
    r"[［\[【]\s*(?:详细|详情|全文|更多|更多消息|更多内容|更多新闻|图集|组图|我来说两句|发表评论|评论|查看原文|原文|进入专题|专题)\s*[］\]】]"
)


def strip_link_labels(line: str) -> str:
    """The line without the link labels that close it, when one of them is a portal's link word."""
    if line[-1:] not in "］]】":
        return line
    m = _LINK_LABELS.search(line)
    return line[: m.start()].rstrip() if m and _LINK_WORD.search(m.group(0)) else line


def is_furniture(line: str, in_header: bool) -> bool:
    """Navigation trails, UI strings, end marks; site-name lines only above the body."""
    if len(line) > 60 or _SENTENCE_MARK.search(line):
        return False
    if _NAV.search(line) or _END_MARK.match(line) or _PAGE_LABEL.match(line):
        return True
    if _UI_WHOLE.match(line) or _UI_PREFIX.match(line):
        return True
    if all(_UI_WHOLE.match(t) or _UI_PREFIX.match(t) for t in _UI_TOKEN.findall(line)):
        return True  # '打印本页 关闭窗口', '【打印本页】【关闭窗口】'
    return in_header and _SITE_NAME.match(line) is not None


# --- metadata lines -----------------------------------------------------------

_EDITOR_ROLES = (
    "责任编辑|責任編輯|值班编辑|值班編輯|责编|責編|编辑|編輯|组版|組版|校对|校對|审核|審核|审校|審校|终审|終審|"
    "初审|初審|二审|二審|三审|三審|复审|複審|美编|美編|主编|主編|编审|編審|监制|監製|统筹|統籌|排版|签发|簽發|"
    "视觉|視覺|设计|設計|制图|製圖"
)
_AUTHOR_ROLES = "作者|撰稿|撰文|文字|文"
_WORDS_AND_PICTURES = re.compile(
    r"^(?:(?:文|图|圖)\s*[/／]\s*(?:图|圖|文)\s*[:：]?\s*|(?:文图|图文|圖文)(?:\s*[:：]\s*|\s+))(?=\S)"
)
_WORDS_AND_PICTURES_FIRST = ("文", "图", "圖")  # the pattern's first characters
_OTHER_ROLES = "摄影|攝影|图片|圖片|图|圖|视频|視頻|通讯员|通訊員|记者|記者"
_EDITOR_ROLE = re.compile(_EDITOR_ROLES)
_AUTHOR_ROLE = re.compile(f"{_AUTHOR_ROLES}|通讯员|通訊員|记者|記者")
_CREDIT_ROLE = re.compile(f"({_EDITOR_ROLES}|{_AUTHOR_ROLES}|{_OTHER_ROLES})\\s*[:：/／]\\s*")
_LOOSE_CREDIT_ROLE = re.compile(f"({_EDITOR_ROLES}|{_AUTHOR_ROLES}|{_OTHER_ROLES})(?:\\s*[:：/／]\\s*|\\s+)")
_NAME_SPLIT = re.compile(r"[\s、，,;；/／|｜]+")
_NAME = re.compile(f"^(?:{H}|·){{2,6}}$")


def _names(value: str) -> list[str]:
    return [n for n in _NAME_SPLIT.split(value) if _NAME.match(n)]


def parse_credit(line: str, loose: bool = False) -> dict | None:
    """'编辑:武俊 组版:颜莉', '(责编:雷昊、张临山)' → editors / reporters.
    `loose` also accepts a space after the role ('编辑 张三'), safe only inside brackets."""
    inner = line.strip("（()）【】[] ")
    if inner[:1] in _WORDS_AND_PICTURES_FIRST:
        inner = _WORDS_AND_PICTURES.sub("作者：", inner)
    role_pattern = _LOOSE_CREDIT_ROLE if loose else _CREDIT_ROLE
    # the cheap tests first: a credit opens with a role and is short (paragraphs are not)
    if len(inner) > 80 or not role_pattern.match(inner) or _SENTENCE_MARK.search(inner):
        return None
    roles = list(role_pattern.finditer(inner))
    out: dict = {"editors": [], "reporters": []}
    for k, role in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(inner)
        value = inner[role.end() : end]
        tokens = [t for t in _NAME_SPLIT.split(value) if t]
        if not tokens or len(value) > 30 or not all(_NAME.match(t) for t in tokens):
            return None  # '图：平阴召开县委工作会议' is a caption, not a credit
        kind = role.group(1)
        if _EDITOR_ROLE.fullmatch(kind):
            out["editors"] += _names(value)
        elif _AUTHOR_ROLE.fullmatch(kind):
            out["reporters"] += _names(value)
    return out


DATE_TIME = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})(?:[:：]\d{2})?)?"
)
# the labelled fields of a page's info bar: '发布时间：… 来源：… 作者：… 浏览次数：…'
_SOURCE_LABEL = "来源|來源|稿源|本文来源|本文來源|文章来源|文章來源|新闻来源|新聞來源|信息来源|信息來源|出处|出處"
_TIME_LABEL = "发布时间|發佈時間|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期"
_PERSON_LABEL = f"作者|记者|記者|撰稿|{_EDITOR_ROLES}"
_IGNORED_LABEL = (
    "浏览次数|瀏覽次數|浏览|瀏覽|阅读量|閱讀量|阅读|閱讀|点击数|點擊數|点击|點擊|访问量|字号|字號|字体|字體"
)
_WEEKDAY = re.compile(r"^(?:\s*(?:星期|週|周)[一二三四五六日天]|\s*(?:农历|農曆)\S*)+")
_SOURCE_LABEL_RE, _TIME_LABEL_RE, _PERSON_LABEL_RE = (
    re.compile(x) for x in (_SOURCE_LABEL, _TIME_LABEL, _PERSON_LABEL)
)
_INFO_LABEL = re.compile(
    f"(?:^|(?<=[\\s|｜（(]))(?P<label>{_SOURCE_LABEL}|{_TIME_LABEL}|{_PERSON_LABEL}|{_IGNORED_LABEL})\\s*[:：]\\s*"
)


def date_fields(m: re.Match) -> dict:
    out = {"date": f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"}
    if m["H"]:
        out["time"] = f"{int(m['H']):02d}:{m['M']}"
    return out


def parse_source_or_dateline(line: str) -> dict | None:
    """A page's info bar: '来源:临汾日报', '2022年04月27日15:14 |',
    '发布时间：2022-03-01 10:20  来源：县应急管理局  作者：张三  浏览次数：123'
    → source_name, date, time, reporters, editors. Every part must be such a field."""
    rest = line.strip("（()）【】[] ")
    if len(rest) > 100 or _CLAUSE_PUNCT.search(rest):
        return None
    out: dict = {}
    date = DATE_TIME.match(rest)  # a bare date may open the bar, with its weekday
    if date:
        out.update(date_fields(date))
        rest = _WEEKDAY.sub("", rest[date.end() :])
    labels = list(_INFO_LABEL.finditer(rest))
    if rest.strip(" |｜") and (not labels or rest[: labels[0].start()].strip(" |｜")):
        return None  # text that is not a labelled field
    for k, label in enumerate(labels):
        value = rest[label.end() : labels[k + 1].start() if k + 1 < len(labels) else len(rest)].strip(" |｜")
        if not _info_field(out, label["label"], value):
            return None
    return out or None


def _info_field(out: dict, label: str, value: str) -> bool:
    """Store one labelled field; False when the value does not fit the label."""
    if _SOURCE_LABEL_RE.fullmatch(label):
        source = value.split(" ")[0]
        if not 2 <= len(source) <= 30:
            return False
        out.setdefault("source_name", source)
    elif _TIME_LABEL_RE.fullmatch(label):
        date = DATE_TIME.match(value)
        if not date:
            return False
        for key, field in date_fields(date).items():
            out.setdefault(key, field)
    elif _PERSON_LABEL_RE.fullmatch(label):
        names = _names(value)
        if not names:
            return False
        out.setdefault("editors" if _EDITOR_ROLE.fullmatch(label) else "reporters", []).extend(names)
    return True


_REPORTER_ROLE = "本报记者|本報記者|本台记者|本刊记者|特约记者|特約記者|见习记者|見習記者|实习记者|實習記者|融媒记者|记者|記者|通讯员|通訊員|实习生|實習生"
# the outlet is tried last: 实习记者 is a role, not the outlet 实习 and 记者
_ROLE_TOKEN = re.compile(f"^(?P<outlet>{H}{{2,20}}?)??(?P<role>{_REPORTER_ROLE})(?P<glued>{H}{{2,3}})?$")
_BYLINE_TAIL = {"报道", "報道", "报导", "文", "整理"}
_ROLE_INSIDE = re.compile(_REPORTER_ROLE)


def _glued_names(token: str) -> list[str]:
    """'王雷危玮', '黄晓南马晓澄': names a byline runs together, split where each part
    opens with a surname (2+2, 3+3); any other token is one name."""
    from builder.extract.lexicon import SURNAMES_1, SURNAMES_2

    if token[:2] in SURNAMES_2:
        return [token]  # 欧阳明日: one name with a two-character surname
    for size in {4: (2,), 6: (3,)}.get(len(token), ()):
        parts = [token[:size], token[size:]]
        if all(p[0] in SURNAMES_1 for p in parts):
            return parts
    return [token]


_OUTLET = re.compile(
    f"^({H}+?(?:日报|日報|晚报|晚報|早报|早報|都市报|都市報|时报|時報|商报|商報|新闻网|新聞網|电视台|電視台|"
    "电台|電台|通讯社|通訊社|融媒体中心|融媒體中心|客户端|客戶端|报|報|网|網|社|台))"
)
OWN_OUTLET = re.compile("^本(?:报|報|台|刊|网|網|社)")


def outlet_name(prefix: str | None) -> str | None:
    """'大众日报淄博融媒体中心' → '大众日报'; '本报' is a marker, not a name."""
    if not prefix or OWN_OUTLET.match(prefix):
        return None
    m = _OUTLET.match(prefix)
    return m.group(1) if m else prefix


def parse_reporters(text: str, glued_ok: bool = False) -> dict | None:
    """'齐鲁晚报记者 程凌润', '记者 张三 通讯员 李四' → reporters (+ source_name).
    glued_ok: '记者张云飞' with no space is a byline too (inside a dateline's brackets)."""
    if len(text) > 60 or _CLAUSE_PUNCT.search(text) or any(c in text for c in "：:摄攝"):
        return None
    if glued_ok:  # '记者李莉通讯员刘清华': each role its own token
        text = _ROLE_INSIDE.sub(lambda m: " " + m[0] + " ", text)
    tokens = [t for t in _NAME_SPLIT.split(text.strip()) if t]
    names: list[str] = []
    outlet = None
    role_seen = False
    for k, tok in enumerate(tokens):
        role = _ROLE_TOKEN.match(tok)
        if role:
            if role["glued"] and not role["outlet"] and not glued_ok:
                return None  # '记者手记' is a heading, not a byline
            outlet = outlet or role["outlet"]
            role_seen = True
            if role["glued"]:
                names.append(role["glued"])
        elif k == 0 and glued_ok and len(tokens) > 1 and _ROLE_TOKEN.match(tokens[1]) and _OUTLET.match(tok):
            outlet = tok  # '齐鲁晚报 记者 …' once the role is split off
        elif role_seen and tok in _BYLINE_TAIL:
            continue
        elif role_seen and _NAME.match(tok):
            names.extend(_glued_names(tok))
        else:
            return None
    if not names:
        return None
    out: dict = {"reporters": names}
    name = outlet_name(outlet)
    if name:
        out["source_name"] = name
    return out


_BULLET_CHARS = "□■●◆◇○◎•"
_BULLET = re.compile(f"^[{_BULLET_CHARS}]+\\s*")  # '□本报记者 张三' in newspaper layouts


def parse_meta_line(line: str) -> dict | None:
    """The metadata a whole line carries, or None when it is not a metadata line."""
    if line[:1] in _BULLET_CHARS:
        line = _BULLET.sub("", line)
    return parse_credit(line) or parse_source_or_dateline(line) or parse_reporters(line)


# '……信心。(宋伟)': a byline in brackets closing the last paragraph of a story
TRAILING_BYLINE = re.compile("(?<=[。！？!?…”」』])\\s*[（(]\\s*([^（）()]{1,40}?)\\s*[）)]\\s*$")
# '……信心。【责任编辑：张三】' or '……信心。责任编辑：张三' on the paragraph's own line
TRAILING_CREDIT = re.compile(
    f"(?<=[。！？!?…”」』])\\s*[（(【\\[]?\\s*((?:{_EDITOR_ROLES})\\s*[:：][^。！？（）()【】]{{2,40}}?)\\s*[）)】\\]]?\\s*$"
)
# '……加工。作者：刘俊　（来源：广州日报）': the credit and source closing a story's last paragraph
TRAILING_SOURCE = re.compile(
    f"(?:^|(?<=[。！？!?…”」』]))\\s*((?:(?:作者|记者|文)[:：]\\s*{H}{{2,4}}\\s*)?[（(](?:来源|來源|稿源)[:：]\\s*[^（）()]{{2,20}}[）)])\\s*$"
)
# '……４．３万余间。据新华社': the outlet a paragraph closes by citing
TRAILING_CITED = re.compile(f"(?<=[。！？!?…”」』])\\s*[（(]?(据{H}{{1,10}}?(?:社|报|報|网|網|台))[）)]?\\s*$")


def parse_trailing_cited(inner: str) -> dict:
    return {"source_name": inner[1:]}


_SOURCE_PARTS = re.compile(
    f"^(?:(?:作者|记者|文)[:：]\\s*(?P<who>{H}{{2,4}})\\s*)?[（(](?:来源|來源|稿源)[:：]\\s*(?P<src>[^（）()]+)[）)]$"
)


def parse_trailing_source(inner: str) -> dict | None:
    m = _SOURCE_PARTS.match(inner.strip())
    if not m:
        return None
    out: dict = {"source_name": m["src"].strip()}
    if m["who"]:
        out["reporters"] = [m["who"]]
    return out


_OUTLET_TOKEN = re.compile(f"{H}+(?:社|报|報|网|網|台|中心)$")


def parse_trailing_byline(inner: str) -> dict | None:
    if _END_MARK.match(inner):
        return {"reporters": []}
    as_roles = parse_reporters(inner) or parse_credit(inner, loose=True)
    if as_roles:
        return as_roles
    tokens = [t for t in _NAME_SPLIT.split(inner) if t]
    if not tokens or len(tokens) > 8 or not all(_NAME.match(t) and len(t) <= 4 for t in tokens):
        return None
    if any(_OUTLET_TOKEN.match(t) for t in tokens):
        return None
    return {"reporters": tokens}


# --- story boundaries and titles -----------------------------------------------------

EVENT_HEADLINE = re.compile(
    "(?:召开|召開|举行|舉行|启动|啟動|开幕|開幕|闭幕|閉幕|举办|舉辦|揭牌|成立|开班|開班|落幕|签约|簽約|"
    "开工|開工|启幕|啟幕|发布|發布|通过|通過|结业|結業|圆满结束|圓滿結束|开营|開營)$"
)
DATELINE_START = re.compile(r"^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d\s*年|近日|日前|近期|昨日|昨天|今天|今日)")
LEAD_TIME = re.compile(
    r"^(?:近日|日前|近期|目前|当前|當前|今年以来|今年以來|昨日|昨天|今天|今日|"
    r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|晚间|晚間|晚)?)[，,]\s*"
)
_TITLE_PARTS = re.compile(r"\s*[_｜|]\s*|\s+-\s+|(?<=\S)-(?=\S+$)")
_SITE_WORD = re.compile("(?:网|網|频道|頻道|新闻|新聞|首页|首頁|客户端|客戶端|报|報|在线|在線|APP|App)$")


_MEDIA_NOTE = re.compile(r"\s*[（(](?:图|圖|组图|組圖|附图|附圖|图文|圖文|视频|視頻|附视频|附視頻)[)）]$")


def strip_site_suffix(title: str) -> str:
    """'石家庄多措并举稳就业_河北频道_人民网' → '石家庄多措并举稳就业' (a browser title);
    '…会议（组图）' → '…会议'."""
    title = _MEDIA_NOTE.sub("", title) or title
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2 or not _SITE_WORD.search(parts[-1]) or any(len(p) > 16 for p in parts[1:]):
        return title
    return parts[0] if len(parts[0]) >= 4 else title


_CLAUSE_END = re.compile("[，,、；;]")
_SENTENCE_END = re.compile("[。！？!?]")


def title_from_paragraph(text: str, limit: int = 30) -> str:
    """A headline derived from a paragraph: its first sentence without a leading
    time phrase, cut at a clause boundary when longer than `limit`."""
    body = LEAD_TIME.sub("", text, count=1) or text
    end = _SENTENCE_END.search(body)
    sentence = body[: end.start()] if end else body
    sentence = sentence.strip().rstrip("，,、；;：:")
    if len(sentence) <= limit:
        return sentence or text[:limit].strip()
    cuts = [m.start() for m in _CLAUSE_END.finditer(sentence, 0, limit + 1) if m.start() >= 6]
    return (sentence[: cuts[-1]] if cuts else sentence[:limit]).strip()

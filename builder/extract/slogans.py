"""Slogans: quoted campaign names, mottos and programme labels (GUIDE.md).

Every quotation (“”, 「」, 『』, ‘’ and ASCII "") is a candidate. A candidate is
a slogan when it is short, not quoted speech and not a metaphor, and either
has the shape of a slogan (a list of parallel phrases, a numeric formula, a
numeral label such as 六个跨越, a programme name such as 干部大讲堂) or sits in
a slogan's context (开展“…”, “…”战略, “…”工作). Plain words without such a
context, and ordinary dictionary words (jieba's, via builder.extract.segment),
are scare quotes (“破冰”, “镜子”, “链长”, “一盘棋”) and are left out.

Every rule looks only at the shape of the quoted text and the few characters
around it, never at particular names, so it carries over to unseen articles.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from builder.extract import Slogan
from builder.text import HAN, Sentence

QUOTE_PATTERNS = [
    re.compile(p) for p in (r"“([^“”]*)”", r"「([^「」]*)」", r"『([^『』]*)』", r"‘([^‘’]*)’", r'"([^"\n]*)"')
]
_START = operator.attrgetter("start")
_BY_OPENING_MARK = [(p.pattern[0], p) for p in QUOTE_PATTERNS]  # a pattern is tried only when its mark is there
_OPENING_MARK = re.compile(r"[“「『‘\"]")  # one quick test before the five patterns: most sentences quote nothing

MAX_LIST_LENGTH = 24  # 加强清廉曲沃建设、开展干部作风大整顿 is 18
MAX_PLAIN_LENGTH = 14  # a label without separators; longer is a sentence
CONTEXT = 16  # characters either side of a quotation that the cues look at

_NUMERAL = "一二两三四五六七八九十百千万双廿"
_SEPARATORS = re.compile(r"[、，,·•]")
_LIST = re.compile(r"^[^、，,·•]+(?:[、，,·•][^、，,·•]+)+$")
# 1+684, 承诺制+标准地+全代办, 互联网+, 521
_FORMULA = re.compile(r"^[^+＋]+(?:[+＋][^+＋]+)+$|^[^+＋]{2,}[+＋]$|^\d{2,}$")
# 六个跨越, 十二大攻坚行动, 3550上下联动 (but not a year: 2022中国…)
_NUMERAL_LABEL = re.compile(rf"^[{_NUMERAL}]|[{_NUMERAL}]大|^(?!(?:19|20)\d\d)\d{{2,}}[\u4e00-\u9fff]")
_PROGRAMME_SUFFIX = re.compile(
    r"(?:行动|工程|战略|计划|活动|建设|讲堂|论坛|课堂|工作法|机制|体系|模式|竞赛|大赛|攻坚战|会战|运动|征集|大讨论|革命|制度)$"
    r"|^..+制$"  # 河长制, 承诺制: an institution named after its rule
    r"|^....+年$"  # 项目建设年: a year given over to a campaign
    r"|^..+(?:经验|精神)$"
)  # 枫桥经验, 工匠精神: a named model or ethos

# Quoted speech: a sentence end inside, spoken function words, a speech verb.
_SENTENCE_END = re.compile(r"[。！？!?…]")
_SPOKEN_WORDS = re.compile(r"我们|你们|咱们|既然|如果|因为|所以|但是|不怕|[吗呢吧啊]")
_SPEECH_BEFORE = re.compile(
    r"(?:说|说道|指出|强调|表示|认为|提出|要求|介绍|坦言|直言|感叹|告诉记者|写道|称)[：，:,]\s*$"
)
_SPEECH_AFTER = re.compile(r"^[，,]?[^，。“”]{0,6}?(?:说|表示|指出|强调|介绍|坦言)[，。：:,]")
_CLAUSE_COMMA = re.compile(r"[，,]")
_PREDICATE_START = re.compile(r"(?:是|就是|才是|也是|都是|要|就要|必须|才能|将|能)")
_SPACES = re.compile(r"\s+")
_QUOTES_AND_PUNCTUATION = re.compile(r"[\s“”「」『』‘’\"，。、；：！？…—,.;:!?]+")

# Metaphors: a numeral with a physical measure (最后一公里, 一亩三分地) or an
# object counted by a classifier (一池春水, 一盘棋, 两张皮).
_PHYSICAL_MEASURE = re.compile(rf"[{_NUMERAL}\d](?:公里|纳米|厘米|米|里|亩|寸|尺|斤|丈)")
_CLASSIFIER_OBJECT = re.compile(
    r"^[一两][池面把根张块盘杆刀缕股条颗片道口碗锅桶番座尾头只匹棵株朵粒滴枝扇盏堆团杯壶瓶袋箱]"
)

# Context cues: the verb right before the quote, or the head noun right after it.
# Verbs that launch or follow a programme vouch for a quoted phrase of three
# characters or more (开展“回头看”); verbs that also take metaphors (聚焦“卡脖子”
# 技术, 坚持“一盘棋”) only for four or more.
_LAUNCH_VERBS = "开展|实施|推行|围绕|按照|践行|启动|倡导|唱响|叫响|提出|掀起|部署"
_OTHER_VERBS = "推进|聚焦|坚持|打造|建设|锚定|深化|落实|创建|争创|弘扬|发扬|擦亮|紧扣|贯彻|开启|树立|树牢"
_CUE_BEFORE_STRONG = re.compile(rf"(?:{_LAUNCH_VERBS})(?:了|好|起)?$")
# a short modifier may stand between the verb and the quote: 建设新时代“名县美城”
_CUE_BEFORE = re.compile(rf"(?:{_LAUNCH_VERBS}|{_OTHER_VERBS})(?:了|好|起)?[^，。、；：“”‘’「」的\s]{{0,3}}$")
_CUE_AFTER = re.compile(  # 参与“手拉手”等各种公益活动: 等 and a few words before the head
    r"^(?:的|等[\u4e00-\u9fff]{0,4}?|大|这一|这个)?(?:战略|行动|活动|工程|计划|体系|机制|理念|要求|目标|精神|竞赛|模式|品牌|改革|"
    r"工作法|工作|建设|经济|会战|攻坚战|突破战|战役|攻坚|座谈会|大会|讲堂|论坛|课堂|制度|原则|定位|思路|方针|"
    r"口号|主题|征集|专项|示范|创建|运动|格局|总要求|号召|部署|任务|政策|服务|管理|规划|布局|系列|构想|学说|方略)"
)
# A word of the dictionary is a motto only before the head of a programme (“一国两制”方针),
# not before any noun (“立委”服务处, “在野党”要求: scare quotes).
_PROGRAMME_AFTER = re.compile(
    r"^(?:的|等|这一)?(?:战略|行动|活动|工程|计划|理念|精神|竞赛|模式|改革|工作法|会战|攻坚战|战役|讲堂|论坛|制度|原则|"
    r"方针|口号|主题|运动|总要求|号召|系列|规划|构想|学说|方略)"
)
# A list that names a problem or a trend (“门难进、脸难看”的现象, “平稳增长、
# 趋势向好”的态势) describes, it does not rally.
_DESCRIPTION_AFTER = re.compile(r"^(?:的|等)?(?:突出|现实|良好)?(?:问题|现象|难题|顽疾|弊端|态势|势头)")
# A numeral label followed by people names a body ("“两委”班子", "“四大家”领导").
_BODY_AFTER = re.compile(r"^(?:领导|班子|成员|负责人|主要负责|干部)")
# Quoted numbers that are dates (“3·15”) or phone lines (“12345”热线), not formulas.
_DATE_LABEL = re.compile(
    r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[·.•・](?:\d{1,2}|[一二三四五六七八九十]{1,3})$"
)  # 3·15, 六·二六
_PHONE_AFTER = re.compile(
    r"^(?:政务服务|便民服务|服务)?(?:热线|电话|专线|短信|号码)|^(?:路|号线|号|线|次|路公交)"
)  # or a bus route


@dataclass(slots=True)  # thousands per site, each asked about by every rule
class _Quote:
    sentence: Sentence
    start: int  # offset of the text inside the quote marks
    end: int
    nested: bool
    before: str  # norm text before the chain of adjacent quotes this one belongs to
    after: str  # norm text after that chain
    among_remarks: bool  # the sentence is nothing but quotations strung together
    key: str  # the quoted norm text without spaces: every rule asks for it

    @property
    def text(self) -> str:
        return self.sentence.text[self.start : self.end].strip()


def _quote_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of the quote marks of every quotation, by start, outer first."""
    spans = {m.span() for mark, pattern in _BY_OPENING_MARK if mark in norm for m in pattern.finditer(norm)}
    return sorted(spans, key=lambda span: (span[0], -span[1]))


def _split_nested(spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Top-level quotations and quotations inside another one (‘…’ in “…”)."""
    outer, nested = [], []
    reach = -1  # furthest end of the quotations seen so far
    for span in spans:
        (nested if span[1] <= reach else outer).append(span)
        reach = max(reach, span[1])
    return outer, nested


def _chains(spans: list[tuple[int, int]], norm: str) -> list[list[tuple[int, int]]]:
    """Runs of quotations written back to back (“线索库”“签约库”“开工库”)."""
    chains: list[list[tuple[int, int]]] = []
    for span in spans:
        if chains and norm[chains[-1][-1][1] : span[0]] in ("", "、"):
            chains[-1].append(span)
        else:
            chains.append([span])
    return chains


def _strung_remarks(norm: str, outer: list[tuple[int, int]]) -> bool:
    """Several quotations and nothing else: “…”“…”…… quotes remarks, not labels."""
    if len(outer) < 2:
        return False
    between = [norm[: outer[0][0]], norm[outer[-1][1] :]]
    between += [norm[a[1] : b[0]] for a, b in zip(outer, outer[1:])]
    return not _QUOTES_AND_PUNCTUATION.sub("", "".join(between))


def _quotes_in(sentence: Sentence) -> list[_Quote]:
    norm = sentence.norm
    if not _OPENING_MARK.search(norm):
        return []
    outer, nested = _split_nested(_quote_spans(norm))
    remarks = _strung_remarks(norm, outer)
    quotes = []
    for is_nested, spans in ((False, outer), (True, nested)):
        for chain in _chains(spans, norm):
            first, last = chain[0][0], chain[-1][1]
            before, after = norm[max(0, first - CONTEXT) : first], norm[last : last + CONTEXT]
            for start, end in chain:
                key = _SPACES.sub("", norm[start + 1 : end - 1])
                quotes.append(_Quote(sentence, start + 1, end - 1, is_nested, before, after, remarks, key))
    quotes.sort(key=_START)
    return quotes


def _is_speech(q: _Quote) -> bool:
    key = q.key
    if _SENTENCE_END.search(key) or _SPOKEN_WORDS.search(key):
        return True
    if _SPEECH_BEFORE.search(q.before) or _SPEECH_AFTER.match(q.after):
        return True
    if any(_PREDICATE_START.match(part) for part in _CLAUSE_COMMA.split(key)[1:]):
        return True  # “抓项目、促发展，是当前的首要任务”: a clause with a predicate
    return bool(_CLAUSE_COMMA.search(key)) and not q.nested and q.among_remarks


def _is_metaphor(key: str) -> bool:
    if _PHYSICAL_MEASURE.search(key):
        return True
    return len(key) <= 4 and bool(_CLASSIFIER_OBJECT.match(key))


def _is_dictionary_word(key: str) -> bool:
    """Ordinary vocabulary (镜子, 一盘棋, 一言堂, 万众一心): slogans are coined, so a
    quoted dictionary word is a scare quote unless its context says otherwise."""
    from builder.extract.segment import word_tag  # loads jieba only when needed

    return word_tag(key) is not None


def _is_idiom(key: str) -> bool:
    from builder.extract.segment import word_tag  # loads jieba only when needed

    return word_tag(key) in ("i", "l")


def _is_list_or_formula(key: str) -> bool:
    if _LIST.match(key):
        return all(len(part) <= 12 for part in _SEPARATORS.split(key))
    return len(key) <= MAX_PLAIN_LENGTH and bool(_FORMULA.match(key))


# 六稳, 三农, 双碳: a numeral and one character is a formula, unless the character
# makes an institution, a count or a place (两会, 两岸, 三个, 五年)
_NOT_A_FORMULA_END = set("会委院部局厅办届次个年月日号点位名岸国地方面种类强佳")  # 十强: a rank


def _is_label(key: str) -> bool:
    """A numeral label (六个跨越, 三会一课) or a programme name (干部大讲堂, 河长制)."""
    if len(key) > MAX_PLAIN_LENGTH:
        return False
    if len(key) >= 3 and _NUMERAL_LABEL.search(key):
        # 双 also means "two-way" (“双向车道”): a label only when paired (双招双引, 双十镇)
        return not key.startswith("双") or any(ch in _NUMERAL for ch in key[1:])
    return bool(_PROGRAMME_SUFFIX.search(key)) and len(key) >= (3 if key.endswith("制") else 4)


def _has_cue(q: _Quote) -> bool:
    """A head noun right after (“…”战略) or, for phrases of three or more
    characters, a programme verb right before (开展“…”)."""
    if _CUE_AFTER.match(q.after):
        return True
    if len(q.key) >= 4:
        return bool(_CUE_BEFORE.search(q.before))
    return len(q.key) == 3 and bool(_CUE_BEFORE_STRONG.search(q.before))


def _never_a_slogan(q: _Quote) -> bool:
    key = q.key
    if len(key) < 2 or len(key) > MAX_LIST_LENGTH or _DATE_LABEL.match(key):
        return True
    if key.isdigit() and _PHONE_AFTER.match(q.after):
        return True
    if _BODY_AFTER.match(q.after) and not _SEPARATORS.search(key):
        return True
    if _DESCRIPTION_AFTER.match(q.after) and _SEPARATORS.search(key):
        return True
    return _is_speech(q) or _is_metaphor(key)


# 主题为“…”, 以“…”为主题: an event's motto, however long
_THEME_BEFORE = re.compile(r"(?:主题为|主题是|主题：|主题:|口号为|口号是)$")
_THEME_AFTER = re.compile(r"^为(?:主题|口号)")
MAX_THEME_LENGTH = 40


def _is_theme(q: _Quote) -> bool:
    if not (_THEME_AFTER.match(q.after) or _THEME_BEFORE.search(q.before)):
        return False
    return 4 <= len(q.key) <= MAX_THEME_LENGTH and not _SENTENCE_END.search(q.key)


def _is_slogan(q: _Quote) -> bool:
    if _is_theme(q):
        return True
    if _never_a_slogan(q):
        return False
    key = q.key
    if _is_list_or_formula(key):
        return True
    if not q.nested and (
        _is_numeral_pair(key) or (_NUMERAL_LABEL.search(key) and _is_label(key) and not _is_idiom(key))
    ):
        return True  # 六稳, 十四五, 三个代表: formulas, even where the dictionary knows them (not 万众一心)
    if _is_dictionary_word(key):  # a motto only in context: 坚持“实事求是”, “一国两制”方针
        return bool(_PROGRAMME_AFTER.match(q.after)) or (
            len(key) >= 3 and _has_cue(q) and not _CUE_AFTER.match(q.after)
        )
    return _is_label(key) or (len(key) <= MAX_PLAIN_LENGTH and _has_cue(q))


def _is_numeral_pair(key: str) -> bool:
    """六稳, 三农, 双碳: a formula of a numeral and one character."""
    return (
        len(key) == 2
        and key[0] in _NUMERAL
        and key[0] not in "百千万"
        and HAN.match(key[1]) is not None
        and key[1] not in _NOT_A_FORMULA_END
        and key[1] not in _NUMERAL
    )


def _is_repeated_label(q: _Quote) -> bool:
    key = q.key
    return (
        3 <= len(key) <= 8
        and not _SEPARATORS.search(key)
        and not _never_a_slogan(q)
        and not _is_dictionary_word(key)
        and HAN.match(key[0]) is not None
    )


def box_items(sentences: list[Sentence], context: dict) -> list[Slogan]:
    """The slogans box (builder/boxes.py)."""
    return find_slogans(sentences)


def find_slogans(sentences: list[Sentence]) -> list[Slogan]:
    first: dict[str, _Quote] = {}  # first quoted occurrence of each key
    counts: dict[str, int] = {}
    accepted: set[str] = set()
    for sentence in sentences:
        for q in _quotes_in(sentence):
            key = q.key
            if not key:
                continue
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, q)
            if key not in accepted and _is_slogan(q):
                accepted.add(key)
    for key, count in counts.items():  # a coined phrase quoted again and again is a label: “湾企入赣”
        if count >= 2 and key not in accepted and _is_repeated_label(first[key]):
            accepted.add(key)
    ordered = sorted(accepted, key=lambda k: (first[k].sentence.index, first[k].start))
    return [Slogan(text=first[k].text, count=counts[k], sentence=first[k].sentence.index, key=k) for k in ordered]

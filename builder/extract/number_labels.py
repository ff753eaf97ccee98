"""What a key number measures: its label, read from whole words around it.

Amounts, rates and durations name their metric before the number ("利润总额30.49亿元");
counts name what they count after the measure word ("12个指挥部"). A label that is
a piece of a clause (我追了该男子, "2%和") is trimmed or given up: the caller flags
such a number unsure and keeps it off the page.
"""

from __future__ import annotations

import re

from builder.text import HAN, Sentence

MAX_METRIC_LENGTH = 20

CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?（）()“”‘’「」《》\s]")
# Verbs and adverbs between a metric and its number ("营业收入达到350亿元").
_LINKING_TAIL = re.compile(
    r"(?:同比|累计|总计|合计|共计|共|达到|达|突破|超过|超|约|将近|近|将|为|是|实现|完成|有|了|新增|增加到|下降到|提高到)+$"
)
GROWTH = re.compile(r"^(?:年均|同比|比上年|较上年)?(?:增长|下降|提高|增加|减少|提升|降低)$")
_JURISDICTION = re.compile(r"^(?:全|本)?[\u4e00-\u9fff]{2,4}?[省市县区](?=[\u4e00-\u9fff]{4})|^(?:全|本)[省市县区镇乡]")
# Amounts, rates and durations name their metric before the number; counts
# (12个指挥部) name what they count after the measure word.
_MEASURED_BEFORE = {
    "元",
    "美元",
    "欧元",
    "港元",
    "日元",
    "英镑",
    "人民币",
    "%",
    "‰",
    "倍",
    "个百分点",
    "天",
    "小时",
    "个小时",
    "分钟",
    "个月",
    "年",
    "度",
}
_LEADING_FILLER = re.compile(
    r"^(?:\d+[.、]|[（(]?[一二三四五六七八九十]+[）)、]|其中|全年|目前|截至目前|今年以来|今年|去年|同时|此外|另外|总之|和|及|与|并|且|其"
    r"|[比较](?:(?:19|20)\d\d年|上年|去年|上年同期|去年同期))+"
)


def is_noun_tag(flag: str) -> bool:
    return flag[0] in "nbj" or flag in ("vn", "an", "a")


def _words_before(norm: str, start: int) -> tuple[int, str]:
    """The words before the number in its clause, without the verb that links
    them to it: (offset, words)."""
    window = max(0, start - 2 * MAX_METRIC_LENGTH)
    start = window + len(norm[window:start].rstrip())  # "投资 20359 万元": the space is not a break
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(norm, window, start)), default=window)
    words = _LINKING_TAIL.sub("", norm[clause_start:start])
    head = _LEADING_FILLER.match(words)
    offset = clause_start + (head.end() if head else 0)
    words = words[head.end() :] if head else words
    if "的" in words[:-2]:  # "党代会提出的地区生产总值": keep the head noun phrase
        cut = words.rindex("的", 0, len(words) - 2) + 1
        offset, words = offset + cut, words[cut:]
    jurisdiction = _JURISDICTION.match(words)
    if jurisdiction:  # "平阴县规模以上工业营业收入"
        offset, words = offset + jurisdiction.end(), words[jurisdiction.end() :]
    return offset, words


def head_noun(label: str) -> str:
    """The unit a count with no measure word counts in: the last word of its label (人口)."""
    from builder.extract.segment import tag  # jieba, loaded on first use

    words = tag(label.rsplit(" ", 1)[-1])
    return words[-1][0] if words else label


def first_tag(text: str) -> str:
    from builder.extract.segment import tag  # jieba, loaded on first use

    return tag(text)[0][1]


_QUANTIFIERS = {"全部", "全体", "所有", "均", "都", "已", "共", "分别", "以上", "以下", "左右"}


def counted_noun(norm: str, end: int) -> str:
    """The noun phrase a measure word counts: 12个|指挥部, 1.11万余个|基层党支部."""
    clause = CLAUSE_BREAK.split(norm[end : end + 20], 1)[0]  # words past 12 characters are read whole, not kept
    if not clause:
        return ""
    from builder.extract.segment import tag  # jieba, loaded on first use

    length = 0
    seen_noun = False
    for word, flag in tag(clause):
        if word in _QUANTIFIERS or length + len(word) > 12:
            break  # 9899万农村贫困人口|全部脱贫; 全国人大代表|肩负, never a cut word
        is_noun = is_noun_tag(flag)
        if seen_noun and not is_noun:
            break
        if not is_noun and flag[0] not in "v":
            break
        seen_noun = seen_noun or is_noun
        length += len(word)
    return clause[:length] if seen_noun else ""


def metric(sentence: Sentence, norm: str, start: int, end: int, unit: str, previous: str | None) -> str | None:
    """What the number measures: the counted noun after a measure word
    ("12个指挥部"), else the words before it ("利润总额30.49亿元"); a bare
    "增长24%" continues the previous number's metric."""
    if unit not in _MEASURED_BEFORE:
        noun = counted_noun(norm, end)
        if noun:
            return sentence.text[end : end + len(noun)]
    offset, words = _words_before(norm, start)
    # 增长24%, 分别增长12%和15%: a rate continues the figure before it; a count in a clause of its own does not
    if previous and (GROWTH.match(words) or (not words and unit in _RATES)):
        return previous + sentence.text[offset : offset + len(words)]
    if _DIGIT.search(_STATED_YEAR.sub("", words)):  # 分别增长12%和|15%: another figure's words, not a label
        return previous
    if len(words) > MAX_METRIC_LENGTH:  # keep the end, nearest the number
        offset, words = offset + len(words) - MAX_METRIC_LENGTH, words[-MAX_METRIC_LENGTH:]
    return sentence.text[offset : offset + len(words)] if words else None


_RATES = {"%", "‰", "倍", "个百分点", "成"}
_DIGIT = re.compile(r"[\d%]")
_BASE_YEAR = set("比较从与同")  # 比2011年增长: a base of comparison, not the figure's year
_STATED_YEAR = re.compile(r"((?:19|20)\d\d)年(?![\d度]*月)")


def with_year(metric: str | None, norm: str, start: int, numbers_before: list[tuple[str, int]]) -> str | None:
    """The metric with the year the sentence ties to the number ("2021年，…营业收入
    350.19亿元" → "2021年 营业收入"): the last year before it, unless another figure
    stands between them ("从2011年的7.1%降至6.5%": 2011 is the 7.1%'s)."""
    years = [y for y in _STATED_YEAR.finditer(norm, 0, start) if norm[y.start() - 1 : y.start()] not in _BASE_YEAR]
    if not metric or not years or years[-1][1] in metric:
        return metric
    if any(years[-1].end() <= at < start for _, at in numbers_before):
        return metric
    return f"{years[-1][1]}年 {metric}"


# A label that opens with a figure or ends on a function word is a fragment
# ("2%和", "04%和", "分支机构就"): trimmed, and a number left without a whole
# label is flagged unsure.
_LEADING_YEAR = re.compile(r"^((?:19|20)\d\d)年\s*")
_FRAGMENT_START = re.compile(r"^[\d.%％０-９，、]+")
_FRAGMENT_END = re.compile("[和及与或就的较比把被将为是在对从]+$")


# Words that make a label a piece of a clause: pronouns, prepositions, particles
# (我追了该男子, 服务有望在地铁, …自出口之日起); a label is a noun phrase.
_CLAUSE_FLAGS = {"r", "p", "ul", "uj", "uz", "ug", "uv", "zg", "y", "e", "o", "c"}
_LEADING_FLAGS = _CLAUSE_FLAGS | {"d"}


def clean_metric(metric: str | None) -> str | None:
    """The label without fragments at its ends, or None when what is left is no noun phrase."""
    if not metric:
        return None
    year_at = _LEADING_YEAR.match(metric)  # "2021年 营业收入", "2012年全市生产总值"
    year = f"{year_at[1]}年 " if year_at else ""
    words = _FRAGMENT_END.sub("", _FRAGMENT_START.sub("", metric[year_at.end() :] if year_at else metric))
    if len(words) < 2 or not HAN.search(words):
        return None
    from builder.extract.segment import tag  # jieba, loaded on first use

    tagged = tag(words)
    while tagged and tagged[0][1] in _LEADING_FLAGS:  # 于是|夫妻, 其|营业收入
        words = words[len(tagged[0][0]) :]
        tagged = tagged[1:]
    while tagged and tagged[-1][1] == "d":  # 油气井|已经, 经济|已连续: the adverb belongs to the verb
        words = words[: -len(tagged[-1][0])]
        tagged = tagged[:-1]
    if len(words) < 2 or any(flag in _CLAUSE_FLAGS for _, flag in tagged) or words.endswith(("起", "时", "后", "前")):
        return None
    return year + words

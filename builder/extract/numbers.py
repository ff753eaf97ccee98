"""Key numbers: statistics, counts, amounts, rates and targets (GUIDE.md).

A key number is a numeral (Arabic, Chinese or mixed, with 万/亿 multipliers and
余/多 approximations) followed directly by a unit or measure word. Matching runs
on Sentence.norm (Simplified, same length as the text) and the reported text
is sliced from the original, so Traditional articles keep their characters.

What is left out, and why:
- dates and times: 年/月/日/时 are not units here, so "2022年", "2月8日" never match;
- ordinals: a numeral right after 第 ("第十五次"), sessions of a term ("十七届人大五次会议");
- labels: numbers inside a short quotation ("“六个跨越”") or a 《title》, a Chinese
  count followed by a verb and no noun ("两个维护") or making a dictionary term
  ("三个代表"), a campaign ("100天攻坚行动");
- articles and idioms: a bare 一 ("一批", "一天都不能拖延", "一个一个"), a bare 二
  (counting says 两, so "二次创业", "二季度" are not counts), numerals that start
  with 百/千/万 unless approximate ("千家万户", but "百余家"), digit runs ("三四个");
- estimates, cadences and deictic times: "数十个", "每3天", "两周一汇报", "这两天"
  (上百个, 上万亩 and 逾百家 are approximations, as 近千名 is: counted);
- measure words that with Chinese numerals make set phrases ("四套班子", "三位一体").
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path

from builder.extract import Number
from builder.extract.chinese_numerals import parse_numeral
from builder.text import HAN, Sentence, sentences_of

# Units and measure words, longest first so that 个月 wins over 个. The value
# is the unit as reported (人民币 is 元).
_COUNT_UNITS = (
    "个百分点 个多月 个季度 个工作日 个月 工作日 场次 种次 人次 家次 户次 剂次 平方公里 平方米 立方米 千瓦时 千瓦 兆瓦 公里 千米 毫米 厘米 "
    "公顷 公斤 千克 人民币 美元 欧元 港元 日元 英镑 元 % ‰ 个 项 条 名 人 例 次 场 处 件 家 户 所 栋 幢 辆 艘 吨 亩 米 "
    "倍 天 小时 分钟 类 种 批次 批 支 笔 宗 份 款 棵 株 剂 斤 度 尾 部门 个小时 年 个基点 基点 周岁 岁 秒 桶 具 枚 起 成 周 列 班 趟 升 毫克 克 册 首 幅 集 卢布 澳元 韩元 吉瓦 千伏安 兆伏安 兆瓦时 千伏 标箱 人份 分贝 载重吨 级 点 架次 艘次 车次 班次 航次 件次 "
    "微克 摄氏度 铢 卢比 美分 "
    "地市"  # 七地市
).split()
# Measure words that with a Chinese numeral mostly make set phrases or names
# ("四套班子", "三位一体", "三篇文章", "两张皮", "七台河"): counted only with
# Arabic digits.
# 覆盖4市6县1镇, but 三天三市五地, 三区三州 are formulas
_ARABIC_ONLY_UNITS = (
    "套 位 张 座 台 篇 头 架 只 本 部 轮 期 间 国 地 方面 节 州 门 市 县 镇 乡 区 村 口 对 毛 字 段 股 双".split()
)
_TIME_UNITS = {"天", "小时", "个小时", "分钟", "个月", "年"}
_HALVED_UNITS = _TIME_UNITS | {"个", "周", "倍", "岁"}
_MORE_AFTER = _TIME_UNITS | {"岁", "米", "公里", "千米", "厘米", "毫米", "吨", "公斤", "斤", "亩", "公顷", "平方米"}
_SEVERAL = re.compile("多[次名种项个家人位处条件批年]")
# The upper end of a range whose lower end is a bare numeral (2-8亿元, 二十至三十人) has no value of
# its own; after a whole figure (80％—85％, １万－３万元) it is a figure too.
_RANGE_BEFORE = re.compile(r"(?:\d|[一二两三四五六七八九十百千])[-—~～至到－]$")
# A number that names a campaign ("100天攻坚行动", "三年行动") is a label.
_TRAIN_AFTER = re.compile(r"(?:国际)?(?:旅客)?(?:列车|动车|航班)")
_CAMPAIGN_AFTER = re.compile(r"(?:大)?(?:攻坚|行动|会战|专项行动)")
_UNIT_ALIASES = {"人民币": "元", "个多月": "个月", "个基点": "基点", "周岁": "岁"}
# A span of years is a fact when the text says it is one (5000多年, 10年来, 历时3年);
# a bare "十年", "30年" is as often a slogan, a tenor or a decade (九十年代).
_YEARS_AFTER = re.compile(r"(?:来|间|内|以来|之久|多|期间|左右)")
# 从4年缩短到2年, 不得超过五年, 用十年左右时间, 由一年调整为三个月: a length of time
_YEARS_BEFORE = re.compile(
    r"(?:距今|了|近|长达|历时|用了|经过|过去|过去的|整整|已有|达|达到|未来|今后|连续|从|由|缩短到|缩短至|延长到|延长至|超过|用|逾期)$"
)
# 百万人, 千亿元: a magnitude written out is a count when a measure follows
_MAGNITUDE = re.compile(r"^(?:[百千][万亿]|万亿)$")
_MEASURES = {"元", "美元", "欧元", "人民币", "人", "人次", "吨", "斤", "公斤", "亩", "公里", "千瓦", "平方米", "户"}
_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}
MAX_METRIC_LENGTH = 20

_CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿廿卅"
_POINT = "(?:点[零〇一二三四五六七八九]+[万亿]?)"  # 五十五点一, 一点二亿: a decimal written out
_NUMERAL_OR_UNIT = set("0123456789%万亿千百十") | set(_CHINESE_DIGITS)  # 2万－10万元 is a range, not −10万元
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(set(_COUNT_UNITS + _ARABIC_ONLY_UNITS), key=len, reverse=True))

NUMBER = re.compile(
    rf"(?=[\d{_CHINESE_DIGITS}])"  # a numeral's first character: only lets the engine skip the rest fast
    rf"(?<![\d.,{_CHINESE_DIGITS}])"
    # scraped text may put a space after Arabic digits: "20359 万元", "２，０００　平方米"
    rf"(?:(?P<arabic>{_ARABIC})[ \u00a0\u3000]?(?P<mult>万亿|千万|百万|[万亿]|千(?![克米瓦伏]))?"  # 500千克 is no 500千|克
    rf"(?:(?<=亿)(?P<wan>\d+(?:\.\d+)?)万)?"  # 52亿6260万元
    rf"|(?P<chinese>[{_CHINESE_DIGITS}]+{_POINT}?))"
    rf"(?P<approx>[余多])?(?P<mult2>[万亿])?"
    rf"(?P<unit>{_UNIT_ALT})"
)
_BARE_MAGNITUDE = re.compile(
    rf"(?<![\d.,{_CHINESE_DIGITS}])(?P<arabic>{_ARABIC})[余多]?(?P<mult>万|亿)(?:[余多](?=[\u4e00-\u9fff]))?"
)
FRACTION = re.compile(rf"(?P<whole>[{_CHINESE_DIGITS}]+)分之(?P<part>[{_CHINESE_DIGITS}]+)")
PERCENT_WORDS = re.compile(rf"百分之(?P<chinese>[{_CHINESE_DIGITS}]+{_POINT}?|{_ARABIC})")

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_ANY_FULL_WIDTH = re.compile("[０-９．％]")  # str.translate is slow on Chinese text: only when needed
# ５２０，９２４．５元: full-width text separates thousands with a full-width comma
_FULL_WIDTH_THOUSANDS = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
_YEAR_THEN_SPACE = re.compile(r"(?:19|20)\d\d[ \u00a0\u3000]")
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d)")  # 41·4％: older newspapers' decimal point
# Spans that make a number part of a name: short quotations without clause
# punctuation (“六个跨越”, but not a quoted remark “今年投资100亿元。”) and 《titles》.
_QUOTED = re.compile(
    r"“[^“”，。！？；]{1,20}”|「[^「」，。！？；]{1,20}」|‘[^‘’，。！？；]{1,20}’"
    r"|\"[^\"，。！？；]{1,20}\"|《[^《》]*》"
)
_CLAUSE_BREAK = re.compile(r"[，。；：、！？,;:!?（）()“”‘’「」《》\s]")
# Verbs and adverbs between a metric and its number ("营业收入达到350亿元").
_LINKING_TAIL = re.compile(
    r"(?:同比|累计|总计|合计|共计|共|达到|达|突破|超过|超|约|将近|近|将|为|是|实现|完成|有|了|新增|增加到|下降到|提高到)+$"
)
_GROWTH = re.compile(r"^(?:年均|同比|比上年|较上年)?(?:增长|下降|提高|增加|减少|提升|降低)$")
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


def _formulas() -> re.Pattern:
    text = (Path(__file__).resolve().parent.parent / "data" / "formulas.txt").read_text(encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


_FORMULAS = _formulas()
_NEAR = re.compile(r"(?<![最接附])近|(?<![马以之])上(?=[百千万])|逾")


def _is_set_phrase(chinese: str, approx: str | None, unit: str, near: bool = False) -> bool:
    """A Chinese numeral that makes an article, idiom or set phrase, not a count."""
    if chinese in ("一", "二", "壹") or (unit in _ARABIC_ONLY_UNITS and not approx):
        return True  # 四套班子, 三位一体; but 二十多部, 三十余位 are counts
    if "点" in chinese:
        return False  # a decimal written out (三点五公里) is a measurement
    if chinese[0] in "百千万亿" and not approx and not near and not (_MAGNITUDE.match(chinese) and unit in _MEASURES):
        return True  # 千家万户, 百县千企; but 百余家, 千余人, 百万人, 千亿元 are counts
    # Digits without 十/百/千 are an estimate ("三四个", "一两天"), not a fact.
    return len(chinese) > 1 and not any(ch in "十百千万亿廿卅" for ch in chinese)


def _is_span_of_years(norm: str, start: int, end: int, m: re.Match) -> bool:
    if norm[end : end + 1] == "代" or (m.group("arabic") and len(m.group("arabic")) > 3 and not m.group("approx")):
        return False
    return bool(
        m.group("approx") or _YEARS_AFTER.match(norm, end) or _YEARS_BEFORE.search(norm, max(0, start - 4), start)
    )


def _is_label_count(norm: str, start: int, end: int, unit: str) -> bool:
    """A Chinese count that names a formula, not a quantity: a dictionary term
    ("三个代表", "四套班子"), or 个 followed by a verb and no noun before the
    clause ends ("六个跨越", "两个维护", "五个必须统筹")."""
    from builder.extract.segment import tag, word_tag  # jieba, loaded on first use

    for k in range(1, 4):  # a noun, idiom or abbreviation that starts with the count
        flag = word_tag(norm[start : end + k])
        if flag and flag[0] in "nlij":
            return True
    clause = _CLAUSE_BREAK.split(norm[end : end + 8], 1)[0]
    if unit != "个" or not clause or not HAN.match(clause):
        return False
    return not any(_is_noun_tag(flag) for _, flag in tag(clause))


def _is_noun_tag(flag: str) -> bool:
    return flag[0] in "nbj" or flag in ("vn", "an", "a")


def _is_vague_or_relative(norm: str, start: int, unit: str) -> bool:
    """数十个, 几十人, 每3天, 这两天, 前两个月, 6-10万元: estimates, cadences,
    deictic times and the upper end of a range (no single value to report)."""
    before = norm[max(0, start - 1) : start]
    if before == "每" or (before and before in "数几" and not norm[start : start + 1].isdigit()):
        return True  # 数十个, but 认购倍数|3.06倍
    if _RANGE_BEFORE.search(norm, max(0, start - 12), start):
        return True
    # 这两天, 前两个月; but 出售后180天内 counts days
    return unit in _TIME_UNITS and before in ("这", "那", "前", "后") and not norm[start : start + 1].isdigit()


def _is_ordinal(norm: str, start: int, unit: str) -> bool:
    """第十五次, 第 3 位; and sessions counted within a term: 十七届人大五次会议."""
    if norm[max(0, start - 3) : start].rstrip().endswith("第"):
        return True
    return unit == "次" and "届" in norm[max(0, start - 8) : start]


def _value(m: re.Match) -> float | None:
    numeral = m.group("arabic") or m.group("chinese")
    value = parse_numeral(numeral + (m.group("mult") or ""))
    if value is None:
        return None
    if m.group("wan"):
        value += parse_numeral(m.group("wan") + "万")
    if m.group("mult2"):  # 10余万人
        value *= _MULTIPLIERS[m.group("mult2")]
    return value


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < start and end < b for a, b in spans)


def _words_before(norm: str, start: int) -> tuple[int, str]:
    """The words before the number in its clause, without the verb that links
    them to it: (offset, words)."""
    window = max(0, start - 2 * MAX_METRIC_LENGTH)
    start = window + len(norm[window:start].rstrip())  # "投资 20359 万元": the space is not a break
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(norm, window, start)), default=window)
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


def _head_noun(label: str) -> str:
    """The unit a count with no measure word counts in: the last word of its label (人口)."""
    from builder.extract.segment import tag  # jieba, loaded on first use

    words = tag(label.rsplit(" ", 1)[-1])
    return words[-1][0] if words else label


def _first_tag(text: str) -> str:
    from builder.extract.segment import tag  # jieba, loaded on first use

    return tag(text)[0][1]


_QUANTIFIERS = {"全部", "全体", "所有", "均", "都", "已", "共", "分别", "以上", "以下", "左右"}


def _counted_noun(norm: str, end: int) -> str:
    """The noun phrase a measure word counts: 12个|指挥部, 1.11万余个|基层党支部."""
    clause = _CLAUSE_BREAK.split(norm[end : end + 20], 1)[0]  # words past 12 characters are read whole, not kept
    if not clause:
        return ""
    from builder.extract.segment import tag  # jieba, loaded on first use

    length = 0
    seen_noun = False
    for word, flag in tag(clause):
        if word in _QUANTIFIERS or length + len(word) > 12:
            break  # 9899万农村贫困人口|全部脱贫; 全国人大代表|肩负, never a cut word
        is_noun = _is_noun_tag(flag)
        if seen_noun and not is_noun:
            break
        if not is_noun and flag[0] not in "v":
            break
        seen_noun = seen_noun or is_noun
        length += len(word)
    return clause[:length] if seen_noun else ""


def _metric(sentence: Sentence, norm: str, start: int, end: int, unit: str, previous: str | None) -> str | None:
    """What the number measures: the counted noun after a measure word
    ("12个指挥部"), else the words before it ("利润总额30.49亿元"); a bare
    "增长24%" continues the previous number's metric."""
    if unit not in _MEASURED_BEFORE:
        noun = _counted_noun(norm, end)
        if noun:
            return sentence.text[end : end + len(noun)]
    offset, words = _words_before(norm, start)
    # 增长24%, 分别增长12%和15%: a rate continues the figure before it; a count in a clause of its own does not
    if previous and (_GROWTH.match(words) or (not words and unit in _RATES)):
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


def _with_year(metric: str | None, norm: str, start: int, numbers_before: list[tuple[str, int]]) -> str | None:
    """The metric with the year the sentence ties to the number ("2021年，…营业收入
    350.19亿元" → "2021年 营业收入"): the last year before it, unless another figure
    stands between them ("从2011年的7.1%降至6.5%": 2011 is the 7.1%'s)."""
    years = [y for y in _STATED_YEAR.finditer(norm, 0, start) if norm[y.start() - 1 : y.start()] not in _BASE_YEAR]
    if not metric or not years or years[-1][1] in metric:
        return metric
    if any(years[-1].end() <= at < start for _, at in numbers_before):
        return metric
    return f"{years[-1][1]}年 {metric}"


def _numbers_in(sentence: Sentence) -> list[tuple[str, float, str, str | None]]:
    norm = sentence.norm
    if _ANY_FULL_WIDTH.search(norm):
        norm = _FULL_WIDTH_THOUSANDS.sub(",", norm).translate(_FULL_WIDTH)
    if "·" in norm:
        norm = _MIDDLE_DOT_DECIMAL.sub(".", norm)
    labels = None  # spans of quotations and titles, found when a number gets that far
    found: list[tuple[str, float, str, str | None]] = []
    spans: list[tuple[str, int]] = []  # (text, offset) of the numbers found, so a second pattern skips them
    previous_metric: str | None = None
    for m in NUMBER.finditer(norm):
        start, end = m.span()
        unit = m.group("unit")
        if _is_ordinal(norm, start, unit):
            continue
        if _YEAR_THEN_SPACE.match(m.group(0)):
            continue  # "２０１２ 张…": a year, then a name
        if (
            unit == "周"
            and norm[end : end + 1] == "年"
            or unit == "国"
            and norm[end : end + 1] == "道"
            or norm[end : end + 1] == "级"
        ):
            continue  # 75周年 is an anniversary, 108国道 a road, 千万千瓦级 a scale: labels
        if unit in ("级", "点") and "." not in (m.group("arabic") or ""):
            continue  # 6.9级, 178.8点 are readings; 3级, 10点 a grade or a time
        if unit == "年" and not _is_span_of_years(norm, start, end, m):
            continue  # 2022年 is a date, 九十年代 a decade; 5000多年, 10年来 are spans
        # 近千次, 上万亩, 逾百家: an approximation, as 千余次 is (not 最近3天, 马上3天)
        near = _NEAR.match(norm, start - 1) is not None if start else False
        if m.group("chinese") and _is_set_phrase(m.group("chinese"), m.group("approx"), unit, near):
            continue
        if m.group("chinese") and norm[start - 1 : start] == "个" and not set(m.group("chinese")) - set("百千万亿"):
            continue  # 3个|万亿元台阶: a magnitude counted by 个 is a scale, not an amount
        if _is_vague_or_relative(norm, start, unit):
            continue
        if m.group("chinese") and (_is_label_count(norm, start, end, unit) or _FORMULAS.match(norm, start)):
            continue  # 中央八项规定精神, 两个确立: a numbered formula, no count
        if unit == "次" and _TRAIN_AFTER.match(norm, end):
            continue  # 686次国际旅客列车: a train's number
        if norm[end : end + 1] == "一" or _CAMPAIGN_AFTER.match(norm, end):
            continue  # cadence or label: 两周一汇报, 五个一工程, 100天攻坚行动
        if labels is None:
            labels = [m.span() for m in _QUOTED.finditer(norm)]
        if _inside(labels, start, end):
            continue
        value = _value(m)
        if value is None or not math.isfinite(value) or (value == 0 and unit != "摄氏度"):
            continue  # None: not a numeral; 0: "共有 0 条评论" is page furniture, not a fact (0摄氏度 is)
        if norm[end : end + 1] == "半" and unit in _HALVED_UNITS:
            end, value = end + 1, value + 0.5  # 会期7天半, 3年半
        elif norm[end : end + 1] == "多" and unit in _MORE_AFTER and not _SEVERAL.match(norm, end):
            end += 1  # 8年多, 5米多: the approximation is part of the figure as written (not 3年|多次)
        below_zero = norm[max(0, start - 2) : start] == "零下"  # 零下236摄氏度
        metric = _metric(sentence, norm, start - near - 2 * below_zero, end, unit, previous_metric)
        if metric and not _GROWTH.match(metric):
            previous_metric = metric
        if start and norm[start - 1] in "-－−" and (start < 2 or norm[start - 2] not in _NUMERAL_OR_UNIT):
            start, value = start - 1, -value  # －０．８％, but not the end of a range 2-8
        elif below_zero:
            start, value = start - 2, -value
        elif near:
            start -= 1  # 近200位: the approximation is part of the figure as written
        found.append(
            (sentence.text[start:end], value, _UNIT_ALIASES.get(unit, unit), _with_year(metric, norm, start, spans))
        )
        spans.append((sentence.text[start:end], start))
    for m in _BARE_MAGNITUDE.finditer(norm) if "万" in norm or "亿" in norm else ():
        taken = any(a <= m.start() < a + len(t) for t, a in spans)
        noun = "" if taken else _counted_noun(norm, m.end())
        if noun and not _is_noun_tag(_first_tag(noun)):
            noun = ""  # 1万|当作目标: a verb follows, not what is counted
        label = sentence.text[m.end() : m.end() + len(noun)] if noun else None
        # 人口达1400万，/ 人口约9.2万的红鹿市: the label is before it
        if not taken and not noun and (_CLAUSE_BREAK.match(norm, m.end()) or norm[m.end() : m.end() + 1] == "的"):
            label = _clean_metric(_metric(sentence, norm, m.start(), m.end(), "元", None))
        value = parse_numeral(m.group("arabic") + m.group("mult")) if label else None
        if value and math.isfinite(value):  # 9899万农村贫困人口: a magnitude with no measure word
            found.append((sentence.text[m.start() : m.end()], value, _head_noun(label), label))
    for m in FRACTION.finditer(norm) if "分之" in norm else ():
        whole, part = parse_numeral(m.group("whole")), parse_numeral(m.group("part"))
        if whole and part and "百分之" not in m.group(0):  # 五分之一 (百分之 is a percentage, below)
            found.append(
                (
                    sentence.text[m.start() : m.end()],
                    round(part / whole, 4),  # 三分之二 = 0.6667, as the corpus writes it
                    "",
                    _metric(sentence, norm, m.start(), m.end(), "%", None),
                )
            )  # cleaned in find_numbers
    for m in PERCENT_WORDS.finditer(norm) if "百分之" in norm else ():
        value = parse_numeral(m.group("chinese"))
        if value and math.isfinite(value):
            found.append(
                (sentence.text[m.start() : m.end()], value, "%", _metric(sentence, norm, m.start(), m.end(), "%", None))
            )
    return found


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


def _clean_metric(metric: str | None) -> str | None:
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


def box_items(sentences: list[Sentence], context: dict) -> list[Number]:
    """The numbers box (builder/boxes.py): the body's numbers, then those only the headline
    states (…矿难被困１３人遇难). A headline has no sentence to link to, so these stay in
    digest.json flagged unsure, off the page; they point at the lead."""
    numbers = find_numbers(sentences)
    if context.get("title") and sentences:
        (headline,) = sentences_of([context["title"]])
        seen = {n.text for n in numbers}
        for n in find_numbers([headline]):
            if n.text not in seen and not any(n.text in t for t in seen):
                numbers.append(replace(n, sentence=0, unsure=True))
    return numbers


def find_numbers(sentences: list[Sentence]) -> list[Number]:
    numbers: dict[str, Number] = {}
    for sentence in sentences:
        for text, value, unit, metric in _numbers_in(sentence):
            if text not in numbers:
                label = _clean_metric(metric)
                numbers[text] = Number(
                    text=text, value=value, unit=unit, sentence=sentence.index, metric=label, unsure=label is None
                )
    return list(numbers.values())

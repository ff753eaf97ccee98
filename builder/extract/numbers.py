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
from builder.extract import number_labels as labels
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
    clause = labels.CLAUSE_BREAK.split(norm[end : end + 8], 1)[0]
    if unit != "个" or not clause or not HAN.match(clause):
        return False
    return not any(labels.is_noun_tag(flag) for _, flag in tag(clause))


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


def _numbers_in(sentence: Sentence) -> list[tuple[str, float, str, str | None]]:
    norm = sentence.norm
    if _ANY_FULL_WIDTH.search(norm):
        norm = _FULL_WIDTH_THOUSANDS.sub(",", norm).translate(_FULL_WIDTH)
    if "·" in norm:
        norm = _MIDDLE_DOT_DECIMAL.sub(".", norm)
    quoted = None  # spans of quotations and titles, found when a number gets that far
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
        if quoted is None:
            quoted = [m.span() for m in _QUOTED.finditer(norm)]
        if _inside(quoted, start, end):
            continue
        value = _value(m)
        if value is None or not math.isfinite(value) or (value == 0 and unit != "摄氏度"):
            continue  # None: not a numeral; 0: "共有 0 条评论" is page furniture, not a fact (0摄氏度 is)
        if norm[end : end + 1] == "半" and unit in _HALVED_UNITS:
            end, value = end + 1, value + 0.5  # 会期7天半, 3年半
        elif norm[end : end + 1] == "多" and unit in _MORE_AFTER and not _SEVERAL.match(norm, end):
            end += 1  # 8年多, 5米多: the approximation is part of the figure as written (not 3年|多次)
        below_zero = norm[max(0, start - 2) : start] == "零下"  # 零下236摄氏度
        metric = labels.metric(sentence, norm, start - near - 2 * below_zero, end, unit, previous_metric)
        if metric and not labels.GROWTH.match(metric):
            previous_metric = metric
        if start and norm[start - 1] in "-－−" and (start < 2 or norm[start - 2] not in _NUMERAL_OR_UNIT):
            start, value = start - 1, -value  # －０．８％, but not the end of a range 2-8
        elif below_zero:
            start, value = start - 2, -value
        elif near:
            start -= 1  # 近200位: the approximation is part of the figure as written
        found.append(
            (
                sentence.text[start:end],
                value,
                _UNIT_ALIASES.get(unit, unit),
                labels.with_year(metric, norm, start, spans),
            )
        )
        spans.append((sentence.text[start:end], start))
    for m in _BARE_MAGNITUDE.finditer(norm) if "万" in norm or "亿" in norm else ():
        taken = any(a <= m.start() < a + len(t) for t, a in spans)
        noun = "" if taken else labels.counted_noun(norm, m.end())
        if noun and not labels.is_noun_tag(labels.first_tag(noun)):
            noun = ""  # 1万|当作目标: a verb follows, not what is counted
        label = sentence.text[m.end() : m.end() + len(noun)] if noun else None
        # 人口达1400万，/ 人口约9.2万的红鹿市: the label is before it
        if not taken and not noun and (labels.CLAUSE_BREAK.match(norm, m.end()) or norm[m.end() : m.end() + 1] == "的"):
            label = labels.clean_metric(labels.metric(sentence, norm, m.start(), m.end(), "元", None))
        value = parse_numeral(m.group("arabic") + m.group("mult")) if label else None
        if value and math.isfinite(value):  # 9899万农村贫困人口: a magnitude with no measure word
            found.append((sentence.text[m.start() : m.end()], value, labels.head_noun(label), label))
    for m in FRACTION.finditer(norm) if "分之" in norm else ():
        whole, part = parse_numeral(m.group("whole")), parse_numeral(m.group("part"))
        if whole and part and "百分之" not in m.group(0):  # 五分之一 (百分之 is a percentage, below)
            found.append(
                (
                    sentence.text[m.start() : m.end()],
                    round(part / whole, 4),  # 三分之二 = 0.6667, as the corpus writes it
                    "",
                    labels.metric(sentence, norm, m.start(), m.end(), "%", None),
                )
            )  # cleaned in find_numbers
    for m in PERCENT_WORDS.finditer(norm) if "百分之" in norm else ():
        value = parse_numeral(m.group("chinese"))
        if value and math.isfinite(value):
            found.append(
                (
                    sentence.text[m.start() : m.end()],
                    value,
                    "%",
                    labels.metric(sentence, norm, m.start(), m.end(), "%", None),
                )
            )
    return found


def box_items(sentences: list[Sentence], context: dict) -> list[Number]:
    """The numbers box (builder/boxes.py): the body's numbers, then those only the headline
    states (…矿难被困１３人遇难). A headline has no sentence to link to, so these stay in
    digest.json flagged unsure, off the page; they point at the lead."""
    numbers = find_numbers(sentences)
    if context.get("title") and sentences:
        seen = {n.text for n in numbers}
        for n in find_numbers(sentences_of([context["title"]])):  # a headline may hold two sentences
            if n.text not in seen and not any(n.text in t for t in seen):
                numbers.append(replace(n, sentence=0, unsure=True))
    return numbers


def find_numbers(sentences: list[Sentence]) -> list[Number]:
    numbers: dict[str, Number] = {}
    for sentence in sentences:
        for text, value, unit, metric in _numbers_in(sentence):
            if text not in numbers:
                label = labels.clean_metric(metric)
                numbers[text] = Number(
                    text=text, value=value, unit=unit, sentence=sentence.index, metric=label, unsure=label is None
                )
    return list(numbers.values())

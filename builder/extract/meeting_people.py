"""People a meeting's sentences name that the name finder may miss.

Two shapes: a leader named at the start of a clause and doing what leaders do
at meetings (李强主持大会, 宁吉喆委员发言说: speaking_names), and the names of a
list of titled people that holds a known one (…主席高云龙、无党派人士代表包信和先后发言:
listed_names). The name finder (names.py) is the entity stage's business; these
serve the meeting fields only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from builder.extract import lexicon as lx
from builder.extract.names import SPEAKING_TEXTS

STOP = "，。；：！？"  # clause marks: no name, role or clause runs across one

# Titles that stand right before a name (全国政协副秘书长、中国美术馆馆长吴为山)
TITLES_BEFORE = (
    "书记",
    "主席",
    "委员",
    "部长",
    "馆长",
    "院长",
    "主任",
    "总理",
    "秘书长",
    "常委",
    "局长",
    "厅长",
    "行长",
    "会长",
    "董事长",
    "总经理",
    "总裁",
    "执行官",  # 首席执行官
    "创始人",
    "代表",
    "学者",
    "专家",
    "教授",
    "研究员",
    "院士",
    "负责人",
    "总统",
    "首相",
    "委员长",
    "省长",
    "市长",
    "县长",
    "区长",
    "组长",
    "师",  # 总设计师, 工程师
    "夫人",
)
TITLE_BEFORE = re.compile(f"(?:{'|'.join(TITLES_BEFORE)}|长)$")


_ITEM_TITLES = tuple(
    {*TITLES_BEFORE, "总干事", "首相", "大臣"}
)  # for str.endswith: a $-anchored pattern tries every start
_AFTER_LIST = ("先后", "分别", "相继", "等", "出席", "在", "发言", "致辞", "讲话", "作", "也", "参加", "共同")
_NOT_IN_NAME = re.compile("[的了与及在是等会部委局厅省市县区团组长员人方国党院校司处室发并]")


def listed_names(norm: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Names after a title in a list of 、-separated titled people that holds a known one
    (格鲁吉亚第一副总理达维塔什维利、…总干事邓鸿森出席峰会并致辞): each item is titles and a name."""
    out = []
    if not found:
        return out  # a list without a known name in it is no list of people
    start = 0
    known = [name for _, name in found]
    for clause in re.split(f"[{STOP}]", norm):
        items = clause.split("、")
        inside = sum(start <= at < start + len(clause) for at, _ in found)
        if len(items) >= 2 and inside:
            at = start
            for k, item in enumerate(items):
                name = _name_after_title(item, last=k == len(items) - 1)
                if not name and inside >= 2:  # 明明、贺佳、闫俊杰…、信长星先后发言: bare names the tagger missed
                    bare = _before_what_they_did(item) if k == len(items) - 1 else item
                    name = bare if _name_shaped(bare) else None
                if name and not any(name in n or n in name for n in known):
                    out.append((at + item.rindex(name), name))
                at += len(item) + 1
        start += len(clause) + 1
    return out


def _name_after_title(item: str, last: bool) -> str | None:
    """The name an item ends with after its last title; the last item's runs up to what
    the people did (…代表包信和|先后发言)."""
    for cut in range(len(item) - 2, 0, -1):
        if item.endswith(_ITEM_TITLES, 0, cut):
            rest = item[cut:]
            if last:
                rest = _before_what_they_did(rest)
            return rest if _name_shaped(rest) and rest[0] not in "和与及" else None  # 负责人|和师生代表
    return None


def _before_what_they_did(item: str) -> str:
    ends = [i for i in (item.find(w) for w in _AFTER_LIST) if i > 0]
    return item[: min(ends)] if ends else ""


def _name_shaped(text: str) -> bool:
    """A Chinese name (a surname and one or two characters, no dictionary word of another kind)
    or a transliterated one (three characters or more, all of the sounds foreign names use)."""
    if 3 <= len(text) <= 10 and all(ch in _sounds() for ch in text):
        return True
    surname = 2 if text[:2] in lx.SURNAMES_2 else 1 if text[:1] in lx.SURNAMES_1 else 0
    if not surname or not 1 <= len(text) - surname <= 2 or _NOT_IN_NAME.search(text):
        return False
    from builder.extract.segment import word_tag

    tag = word_tag(text)
    return tag is None or tag.startswith("nr")  # not 重要, 近期


@lru_cache(maxsize=1)
def _sounds() -> frozenset[str]:
    from builder.extract import divisions

    return divisions.transliteration_characters() | frozenset("斯什·-－")


_NOT_NAME_END = set("在和与及等的也就对向从是将已还会议上中时后前要都又并")  # 贺信|并致辞
# A leader named at the start of a clause and doing what leaders do at meetings:
# 李强主持大会, 宁吉喆委员发言说. Only a name so placed is taken (a real name
# finder is the entity stage's business; this one serves the meeting fields).
_SURNAME = f"[{''.join(sorted(lx.SURNAMES_1 - set('和与及')))}]"  # 负责人|和师生代表: 和 joins, it names no one
_SPEAKER_SHAPE = re.compile(
    rf"(?={_SURNAME})"  # cheap first test: most positions hold no surname
    rf"(?:^|(?<=[{STOP}、\s])|{'|'.join(f'(?<={t})' for t in TITLES_BEFORE)})(?P<name>{_SURNAME}[\u4e00-\u9fff]{{1,2}}?)"
    rf"(?:同志|代表|委员长|国务委员|总统|首相|议长|发言人|{'|'.join(lx.TITLE_CORES)})?"
    rf"(?=(?:[和与、][^{STOP}]{{2,14}}?(?:共同|分别)?)?(?:代表[^{STOP}]{{1,10}}?(?=发言))?"
    r"(?:主持(?!召开)|指出|强调|表示|发言(?!人)|讲话|致辞|作报告|宣布|介绍)"  # not 白宫|发言人
    # or ends its clause speaking; what follows the name must not be more of a name (蒋作|君)
    rf"|(?=、|应邀|随后|也|还|并|在|围绕|就|对|作|进行|发表)[^{STOP}]{{0,30}}?(?:作|进行|发表)了?(?:重要|主旨|专题)?"
    rf"(?:讲话|发言|报告|汇报|说明)(?=[{STOP}]|$))"
)


_ROLE_VERB = re.compile("主持|指出|强调|表示|发言|讲话|致辞|报告|汇报|说明|宣布|介绍")  # every verb the shape ends on


def _segmented_as_other_word(norm: str, at: int, key: str) -> bool:
    """The segmenter reads the text at `at` as a longer word, or as this word with a
    tag that is no name (宣读…贺信并致辞: 贺信 is a letter, not Mr 贺)."""
    from builder.extract.segment import spans

    token = next((t for t in spans(norm) if t[0] == at), None)
    if token is None:
        return False  # a token boundary inside: the segmenter split it, fine
    _, end, word, flag = token
    return end - at > len(key) or (word == key and not flag.startswith("nr") and flag not in ("x", "eng"))


def _word_after_function_word(key: str) -> bool:
    from builder.extract.segment import spans

    parts = spans(key)
    return (
        len(parts) == 2
        and len(parts[0][2]) == 1
        and parts[0][3] in ("c", "p", "u")
        and len(parts[1][2]) >= 2
        and not parts[1][3].startswith("nr")
    )


def speaking_names(sentences) -> dict[str, str]:
    """{Simplified name: as written} of leaders shaped as above, not dictionary words (全会指出)."""
    from builder.extract.segment import word_tag  # jieba, loaded on first use

    found: dict[str, str] = {}
    for s in sentences:
        if not _ROLE_VERB.search(s.norm):
            continue  # no leader does anything here: spare the name pattern
        for m in _SPEAKER_SHAPE.finditer(s.norm):
            key = m["name"]
            if key in found or key[-1] in _NOT_NAME_END or key in SPEAKING_TEXTS:
                continue  # 贺词指出: a message read out, not Mr 贺
            if _segmented_as_other_word(s.norm, m.start("name"), key):
                continue
            if _word_after_function_word(key):
                continue  # 委员|和|专家发言: a conjunction and a noun, no one's name
            tag = word_tag(key)
            if tag is not None and not tag.startswith("nr"):
                continue  # a word of the dictionary that is no name: 全会, 大会
            found[key] = s.text[m.start("name") : m.end("name")]
    return found

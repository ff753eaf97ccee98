"""Names written after an official title, and topic terms, found with jieba plus patterns.

The tagger (ner.py, names.py) finds people, places and organisations; what
it misses are names that are also words (县长高原, 书记江海) and lists under
one title, which the title makes plain. Topic terms are the nouns an
article is about. Everything works on the Simplified `norm` text; the same
offsets slice the original text.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from functools import lru_cache

from builder.extract import Entity, Person, Term, segment
from builder.extract import lexicon as lx
from builder.text import Sentence

# The lookahead on a title's possible first characters only saves time: it spares
# trying every body and core word at every character of the sentence.
_TITLE_START = "".join(sorted({w[0] for w in (*lx.TITLE_BODIES, *lx.TITLE_CORES, "常务", "副")}))
_TITLE = re.compile(
    "(?=[{}])(?:{})?(?:常务)?副?(?:{})".format(_TITLE_START, "|".join(lx.TITLE_BODIES), "|".join(lx.TITLE_CORES))
)
_TITLE_CORE_END = re.compile("[{}]".format("".join(sorted({w[-1] for w in lx.TITLE_CORES}))))  # every title ends so
_SPEECH_AFTER = ("说", "指出", "强调", "表示", "看来", "介绍", "认为", "要求", "讲话", "提出", "主持")
_NR_FLAGS = frozenset({"nr", "nrfg", "nrt"})  # jieba's personal-name tags
_NR_OR_UNKNOWN = _NR_FLAGS | {None}  # dictionary tags a name may have
_STEM_SUFFIXES = frozenset("省市县区镇乡村")  # after a name's stem: 高青县 (a set: "" is no member)
# What follows a leader's name in reports: 县长高原在主持…, 张涛讲话, 刘宗国主持.
_ROLE_AFTER = (
    "在",
    "主持",
    "讲话",
    "指出",
    "强调",
    "表示",
    "要求",
    "出席",
    "同志",
    "率",
    "带领",
    "一行",
    "参加",
    "介绍",
    "作",
    "代表",
    "说",
)
_TITLES_AFTER = ("总书记", "同志", "主席", "总理")  # 习近平总书记
_FUNCTION_FLAGS = segment.FUNCTION_FLAGS
# Titles that name a group unless a level stands before them (区领导张奇 is fine).
_BARE_GROUP_TITLES = {"领导", "委员", "常委", "副领导"}
# Words that follow a surname but are no given name: 张/主持, 王/同志.
_NOT_GIVEN = set(
    "在 和 与 及 也 就 是 为 的 了 到 对 向 从 说 讲 要 将 等 一行 同志 主持 出席 参加 讲话 指出 强调 表示 要求 带领 率队 率领 提出 介绍 认为".split()
)
_MANNER_FLAGS = {"a", "ad", "d", "v", "vd"}  # how something is done: 成功, 顺利, 共同
_GLUE_FLAGS = {"c", "p", "u", "uj", "ul", "y", "e", "o", "x"}  # 和, 在, 的: never a surname here
_ADMIN_END = tuple(lx.ADMIN_SUFFIXES)
# Last characters of common nouns that follow a title but are no given name (秘书长周例会制度).
_NOT_NAME_END = set("会制度化性式型类等们")
# jieba calls some frequent words nr (杜绝): a dictionary nr this frequent is no name.
_MAX_NR_FREQ = 50


# --- people --------------------------------------------------------------------


def _starts_with_surname(text: str) -> bool:
    return text[:1] in lx.SURNAMES_1 or text[:2] in lx.SURNAMES_2


def _plausible_name(name: str) -> bool:
    if not (2 <= len(name) <= 4) or not _starts_with_surname(name):
        return False
    if name[-1] in _NOT_NAME_END or (len(name) == 3 and name[1:] in lx.TITLE_CORES):
        return False  # 秘书长周例会制度, 由书记任组长
    if len(name) == 4 and name[:2] not in lx.SURNAMES_2:
        return False
    if name.endswith(_ADMIN_END) or any(not ("\u4e00" <= ch <= "\u9fff") for ch in name):
        return False
    return True


def _token_at(spans: list[tuple[int, int, str, str]], pos: int) -> int | None:
    for i, (start, _end, _w, _f) in enumerate(spans):
        if start == pos:
            return i
        if start > pos:
            return None
    return None


def _common_word(word: str, min_freq: int = 50) -> bool:
    """A dictionary word used often enough that, after a title, it is no name (全面,
    方面, 文明); names the dictionary knows are tagged nr and rarer."""
    tag = segment.word_tag(word)
    if tag is None:
        return False
    return segment.word_freq(word) > (max(min_freq, 1000) if tag in _NR_FLAGS else min_freq)


def _given_name_part(token) -> bool:
    """A token that can end a name jieba split (立新 of 王/立新, 强 of 郑国/强)."""
    return token[3] not in _FUNCTION_FLAGS and token[2] not in _NOT_GIVEN and segment.is_han(token[2])


def _name_after(norm: str, pos: int, spans) -> str | None:
    """The personal name starting at pos (just after a title), or None; where the tagger
    cut a made-up name (崔斌/雨作, 付强/丽), the name its characters give up to what the
    person did (崔斌雨|作的…报告, 付强丽|参加)."""
    by_words = _name_by_words(norm, pos, spans)
    m = _NAME_BEFORE_ROLE.match(norm, pos)
    by_chars = m.group(1) if m and _unknown_name(m.group(1)) else None
    if by_chars and (by_words is None or (len(by_chars) > len(by_words) and by_chars.startswith(by_words))):
        return by_chars
    return by_words


_COMMON_PREFIX = re.compile("(?!nr)[nadmqtfs]")
_NOT_IN_A_GIVEN_NAME = re.compile("[都也就还又曾已过将并才均亦晚早一二三四五六七八九十]")


def _unknown_name(chars: str) -> bool:
    """Characters a name may be that no dictionary word is (not 明确, 和特邀)."""
    return (
        chars[0] in lx.SURNAMES_1
        and chars[0] not in "和与及"
        and not _NOT_IN_A_GIVEN_NAME.search(chars, 1)  # 王晨都|在, 周二晚, 商量过
        and _plausible_name(chars)
        and segment.word_tag(chars) in _NR_OR_UNKNOWN
        and not _COMMON_PREFIX.match(segment.word_tag(chars[:2]) or "nr")  # 任务|重: a noun, then a character
    )


_NAME_BEFORE_ROLE = re.compile("([\u4e00-\u9fff]{2,3}?)(?=" + "|".join(_ROLE_AFTER) + "|[，、。])")


def _name_by_words(norm: str, pos: int, spans) -> str | None:
    i = _token_at(spans, pos)
    if i is None:  # jieba ran the title into the name (镇/长江/海波): cut by characters
        ends = {e for _s, e, _w, _f in spans}
        cuts = (norm[pos : pos + n] for n in (3, 2) if pos + n in ends)
        return next((c for c in cuts if _plausible_name(c) and c[-1] not in _NOT_GIVEN), None)
    _s, _e, word, flag = spans[i]
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if 2 <= len(word) <= 4 and flag not in _FUNCTION_FLAGS and _plausible_name(word):
        ends_phrase = _ROLE_AFTER if _common_word(word) else _ROLE_AFTER + tuple("、，。")  # not 书记任务/重。
        if (
            len(word) == 2
            and nxt
            and len(nxt[2]) == 1
            and _given_name_part(nxt)
            and _plausible_name(word + nxt[2])
            and norm.startswith(ends_phrase, nxt[1])
        ):
            return word + nxt[2]  # 郑国/强 主持
        if _common_word(word) and (
            not norm.startswith(_ROLE_AFTER, spans[i][1]) or segment.word_tag(word) in _MANNER_FLAGS
        ):
            return None  # 书记高度重视, 市长江南考察, 副主席成功主持; but 县长高原在主持…
        return word
    if len(word) == 1 and word in lx.SURNAMES_1 and nxt and len(nxt[2]) <= 2 and flag not in _GLUE_FLAGS:
        # the surname alone, whatever jieba tags it (何 is r): 王/立新, 何/立新
        given = (_given_name_part(nxt) or nxt[3] in ("d", "v", "r")) and nxt[2] not in lx.TITLE_CORES
        if given and nxt[2] not in _NOT_GIVEN and not _common_word(nxt[2], 1000) and _plausible_name(word + nxt[2]):
            return word + nxt[2]
    return None


def titled_names(sentence: Sentence):
    """(start, name, title) for every name written right after an official title,
    and for lists of names that follow it (区领导张奇、赵海涛、…)."""
    norm = sentence.norm
    if not _TITLE_CORE_END.search(norm):
        return  # no title can end here: most sentences spare the costlier scan
    spans = segment.spans(norm)
    for m in _TITLE.finditer(norm):
        if m.group(0) in _BARE_GROUP_TITLES:
            continue  # 主要领导, 县级领导和…: a group, not a post
        name = _name_after(norm, m.end(), spans)
        if not name:
            continue
        yield m.end(), name, m.group(0)
        pos = m.end() + len(name)
        while pos < len(norm) and norm[pos] == "、":  # a list of names under one title
            nxt = _name_after(norm, pos + 1, spans)
            if not nxt:
                break
            yield pos + 1, nxt, m.group(0)
            pos += 1 + len(nxt)
    for m in _NAME_THEN_TITLE.finditer(norm):  # 郑建国副委员长主持会议: the title after the name
        name = m["name"]
        if _plausible_name(name) and segment.word_tag(name) in (None, *_NR_FLAGS):
            yield m.start("name"), name, m["title"]


# A name at a clause's start with the title after it, then what an official does (万建民常委提出,
# 王芳代表说: how 政协 and 人大 write their members)
_NAME_THEN_TITLE = re.compile(
    r"(?:^|(?<=[，。；、：]))(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?P<title>副?(?:委员长|主席|总理|总书记|书记|部长|省长|市长|县长|区长)|常委|委员|代表|院士)"
    r"(?=主持|出席|讲话|指出|强调|表示|说|在|向|建议|认为|提出|发言|，|、)"
)


# --- topic terms -------------------------------------------------------------------

_TERM_FLAGS = frozenset({"n", "nz", "vn", "nt"})
_WORD = operator.itemgetter(2)  # of a span
_WORD_OF_PAIR, _COUNT_OF_PAIR = operator.itemgetter(0), operator.itemgetter(1)
# Titles, meeting words, body names and number fragments say who or how, not what about.
_NOT_A_TOPIC = re.compile(
    "(?:{}|{}|局|办|委|厅|开发区|中心)$|^[余多第]".format("|".join(lx.TITLE_CORES), "|".join(lx.MEETING_TYPES))
)
TOP_TERMS = 30


@lru_cache(maxsize=65536)
def _topic_shaped(word: str) -> bool:
    """Han, two characters or more, and no boilerplate, title, meeting or body word.
    Cached: it depends on the word alone, and words recur across sentences and articles."""
    return len(word) >= 2 and word not in lx.STOP_TERMS and segment.is_han(word) and not _NOT_A_TOPIC.search(word)


def find_terms(
    sentences: list[Sentence],
    people: list[Person] | None = None,
    places: list[Entity] | None = None,
    orgs: list[Entity] | None = None,
) -> list[Term]:
    """Topic candidates: nouns and verbal nouns of two characters or more, minus
    boilerplate, people and places; the most frequent first."""
    # people's names joined, so that one substring test tells a part of a name (文华 of 苏文华;
    # a topic-shaped word is all Han and never spans a newline); places only as written
    names = "\n".join(p.key for p in people or [])
    place_names = {e.key for e in [*(places or []), *(orgs or [])]} | {e.name for e in [*(places or []), *(orgs or [])]}
    # count the nouns first, then judge each distinct word once
    counts = Counter(
        map(_WORD, itertools.chain.from_iterable(segment.spans_tagged(s.norm, _TERM_FLAGS) for s in sentences))
    )
    # words jieba made up (fragments of slogans) make unstable tags: dictionary words only
    known = segment.dictionary_words()
    topics = [
        (w, c) for w, c in counts.items() if _topic_shaped(w) and w not in names and w not in place_names and w in known
    ]
    topics.sort(key=_WORD_OF_PAIR)  # then by count, most first: the sort is stable
    topics.sort(key=_COUNT_OF_PAIR, reverse=True)
    ranked = topics[:TOP_TERMS]
    if all(s.text == s.norm for s in sentences):  # Simplified as written: each word is its spelling
        return [Term(k, k, c) for k, c in ranked]
    return [Term(_first_spelling(sentences, k), k, c) for k, c in ranked]


def _first_spelling(sentences: list[Sentence], word: str) -> str:
    """word as written where it is first a topic candidate (臺灣 for 台湾)."""
    for s in sentences:
        if word in s.norm:  # a cheap test before visiting the words
            for start, end, w, _flag in segment.spans_tagged(s.norm, _TERM_FLAGS):
                if w == word:
                    return s.text[start:end]
    return word  # not reached: every counted word is a candidate somewhere

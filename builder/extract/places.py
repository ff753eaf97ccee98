"""Places (administrative units) and organisations, found with jieba plus patterns.

jieba tags many common words ns (美丽, 太阳, 深度), so a place is either written
with an administrative suffix after a stem that is a name (平阴县, 北庄镇; not
示范县 or 工业强区), a province, the short form of a suffixed place of the same
article, or a well-known name that recurs or stands next to another place
(山西临汾). Organisations are government bodies opened by a level word or a
place (市发改委, 区纪委监委, 中共山亭区委…委员会) and companies closed by a
company suffix (福胶集团, …有限公司).
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from builder.extract import Entity
from builder.extract import lexicon as lx
from builder.extract import segment
from builder.text import Sentence

_FUNCTION_FLAGS = segment.FUNCTION_FLAGS
_ADMIN_END = tuple(lx.ADMIN_SUFFIXES)
# Last characters of the suffixes: a set lookup that rules out most words before
# the slower endswith over the whole tuple (these loops visit every word).
_ADMIN_LAST = frozenset(x[-1] for x in _ADMIN_END)
# The suffixes by their last character, longest first like _ADMIN_END.
_ADMIN_BY_LAST = {ch: tuple(x for x in _ADMIN_END if x[-1] == ch) for ch in _ADMIN_LAST}
_ADMIN_LAST_CHAR = re.compile("[{}]".format("".join(sorted(_ADMIN_LAST))))  # finds them in a sentence
_PUNCT = set("，。、；：！？“”‘’《》「」—… \t")


# --- places --------------------------------------------------------------------

def _valid_stem(stem: str, flag: str) -> bool:
    """A place name's stem (平阴 of 平阴县) is a name, not a common word (示范县, 强区)."""
    if len(stem) < 2 or not segment.is_han(stem) or flag in _FUNCTION_FLAGS:
        return False
    if stem[0] in lx.SCOPE_PREFIX_CHARS and segment.word_tag(stem) is None and len(stem) == 2:
        return False  # 全市域, 我区县
    return segment.word_tag(stem) in (None, "ns", "nr", "nrt", "nz", "j") or stem in lx.PROVINCES


def _open_left(spans, i: int, places_before: set[int]) -> bool:
    """The word before token i ends a phrase (punctuation, a verb, a place), so a
    place name may start at i: 生活宜居区 is a slogan, 到冯南垣村 a village."""
    if i == 0:
        return True
    start, _end, word, flag = spans[i - 1]
    return word[0] in _PUNCT or flag in _FUNCTION_FLAGS or start in places_before or _org_suffix(word)


def _single_char(token) -> bool:
    return len(token[2]) == 1 and segment.is_han(token[2])


def _admin_suffix(word: str) -> str | None:
    """The administrative suffix word ends with (the longest), or None."""
    for suffix in _ADMIN_BY_LAST.get(word[-1], ()):
        if word.endswith(suffix):
            return suffix
    return None


def _place_ending_at(spans, i: int, starts: set[int]) -> tuple[int, int] | None:
    """(start, end) of a place whose administrative suffix ends token i, or None."""
    start, end, word, flag = spans[i]
    suffix = _admin_suffix(word)
    if suffix is None:
        return None
    prev = spans[i - 1] if i > 0 else None
    if word == suffix:  # the suffix alone: 北庄/镇
        if prev and 2 <= len(prev[2]) <= 4 and _valid_stem(prev[2], prev[3]) and _open_left(spans, i - 1, starts):
            return prev[0], end
        return None
    stem = word[: -len(suffix)]
    if len(stem) >= 2:
        known = segment.word_tag(word) == "ns"  # 日照市: the dictionary knows the full name
        named = _valid_stem(stem, "nz" if flag == "ns" else flag)  # an ns word's stem is checked as a name
        if known or (named and (flag == "ns" or _open_left(spans, i, starts))):
            return start, end
        return None
    if len(word) == 2 and suffix == "县" and segment.word_tag(word) == "ns":  # 蒲县, 吉县
        if prev and _single_char(prev) and prev[3] not in _FUNCTION_FLAGS and _open_left(spans, i - 1, starts):
            return prev[0], end  # 禾/丰县: a longer name that ends like a known county
        return start, end
    if prev and _single_char(prev) and prev[3] in ("nr", "ns", "ng") and _open_left(spans, i - 1, starts):
        return prev[0], end  # 冯/卯镇, 桑/村镇
    return None


_GENERIC_LEVELS = ("（市", "(市", "（区", "(区", "（县", "(县")  # 县（市、区）: counties, cities and districts


def _suffixed_places(spans, text: str):
    """(start, end) of names written with an administrative suffix."""
    starts: set[int] = set()  # starts of the places found so far (日照市|东港区)
    out = []
    ends = segment.token_ends(text)
    for m in _ADMIN_LAST_CHAR.finditer(text):  # the few words that may end a place
        i = ends.get(m.end())
        if i is None:
            continue
        token = spans[i]
        found = _place_ending_at(spans, i, starts)
        if found and not text.startswith(_GENERIC_LEVELS, token[1]):
            out.append(found)
            starts.update((found[0], token[0]))
    return out


_NATURE_END = ("河", "江", "湖", "海", "山", "岭", "峰", "岛", "港", "湾", "路", "街", "桥", "流域")
_MAX_BARE_FREQ = 3000  # more frequent "ns" words are common words (太阳, 美丽, 长安)
_NOT_PLACES = {"中国", "中华", "华夏", "神州", "全国", "国家"}


_LIST_LINKS = {"、", "和", "与", "及", "对", "以及", "到", "至"}  # 对山东、对济南; 从日照到潍坊


def _neighbour(spans, i: int, step: int):
    """The nearest token before (step -1) or after (step 1) token i, across list links."""
    j = i + step
    while 0 <= j < len(spans) and spans[j][2] in _LIST_LINKS and abs(j - i) <= 2:
        j += step
    return spans[j] if 0 <= j < len(spans) and spans[j][2] not in _LIST_LINKS else None


def _bare_places(sentences: list[Sentence], suffixed: set[str]):
    """(sentence, start, end) of names written without a suffix: provinces, short
    forms of a suffixed name of the article, and well-known names (jieba ns) that
    stand next to another place or recur (临汾 eight times)."""
    hits = []
    counts: Counter[str] = Counter()
    for s in sentences:
        spans = segment.spans(s.norm)
        for i in segment.words_tagged(s.norm).get("ns", ()):
            start, end, word, flag = spans[i]
            if not 2 <= len(word) <= 4 or word in _NOT_PLACES or word.endswith(_ADMIN_END):
                continue
            if word.endswith(_NATURE_END) and word not in lx.PROVINCES:
                continue  # rivers and mountains: 黄河, 泰山
            near = [t for t in (_neighbour(spans, i, -1), _neighbour(spans, i, 1)) if t]
            next_to_place = segment.word_freq(word) < _MAX_BARE_FREQ and any(
                w in lx.PROVINCES or w in suffixed or (f == "ns" and w.endswith(_ADMIN_END)) for _s, _e, w, f in near)
            hits.append((s, start, end, word, next_to_place))
            counts[word] += 1
    suffixed_stems = {k[:-1] for k in suffixed}
    for s, start, end, word, next_to_place in hits:
        if word in lx.PROVINCES or word in suffixed_stems or next_to_place or counts[word] >= 3:
            yield s, start, end


def _short_to_full(keys: set[str]) -> dict[str, str]:
    """Map a short form to the one full form the article writes (平阴 -> 平阴县)."""
    out = {}
    for key in keys:
        fulls = [k for k in keys if k != key and k.startswith(key) and k[len(key):] in lx.ADMIN_SUFFIXES]
        if len(fulls) == 1:
            out[key] = fulls[0]
    return out


def find_places(sentences: list[Sentence]) -> list[Entity]:
    """Administrative places, one per Simplified key.

    Rule: the full form (临汾市) is the key when the article writes it; a short
    form (临汾) then counts as a mention of it. When only the short form is
    written, the short form is the key. Traditional and Simplified spellings
    share a key; `name` is the first spelling as written."""
    mentions: list[tuple[str, str, int]] = []  # key, as written, sentence
    for s in sentences:
        for start, end in _suffixed_places(segment.spans(s.norm), s.norm):
            mentions.append((s.norm[start:end], s.text[start:end], s.index))
    suffixed = {k for k, _, _ in mentions}
    for s, start, end in _bare_places(sentences, suffixed):
        mentions.append((s.norm[start:end], s.text[start:end], s.index))
    full = _short_to_full({k for k, _, _ in mentions})
    places: dict[str, Entity] = {}
    for key, written, index in mentions:
        key = full.get(key, key)
        if key in places:
            places[key].count += 1
        else:
            places[key] = Entity(written if len(written) == len(key) else key, key, index)
    whole = "\n".join(s.norm for s in sentences)
    offsets = list(itertools.accumulate((len(s.norm) + 1 for s in sentences[:-1]), initial=0))  # of each in whole
    for key, place in places.items():  # the name as written in full where it is: its first mention
        at = whole.find(key)  # a key is made of words, never holds the newline of the join
        if at >= 0:
            j = bisect.bisect_right(offsets, at) - 1
            at -= offsets[j]
            place.name = sentences[j].text[at:at + len(key)]
        place.count = max(place.count, _stem_mentions(key, whole))
    return sorted(places.values(), key=lambda p: (-p.count, p.sentence))


def _stem_mentions(key: str, whole: str) -> int:
    """How often the article names a place by its stem (山亭 of 山亭区, also in 山亭宾馆):
    jieba does not always tag the short form as a place. whole: the sentences
    joined by newlines (a stem is made of words, never holds one, so the count
    is the sum over sentences)."""
    suffix = next((x for x in _ADMIN_END if key.endswith(x)), "")
    stem = key[: len(key) - len(suffix)]
    return whole.count(stem) if len(stem) >= 2 else 0


# --- organisations ---------------------------------------------------------------

_ORG_SUFFIXES = (
    "纪委监委", "委员会", "办公室", "管理局", "中心组", "领导小组", "指挥部", "政府", "人大常委会", "政协",
    "法院", "检察院", "委", "办", "局", "厅", "部", "中心", "工委", "党组",
)
_COMPANY_SUFFIXES = (
    "开发区", "高新区", "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "银行", "研究院",
    "研究所", "大学", "学院", "医院", "报社", "电视台", "合作社", "协会", "商会",
)
_COMPANY_LAST = frozenset(x[-1] for x in _COMPANY_SUFFIXES)  # see _ADMIN_LAST
_LEVEL_TOKENS = {"省", "市", "县", "区", "州", "镇", "乡", "省委", "市委", "县委", "区委", "州委",
                 "省政府", "市政府", "县政府", "区政府", "中共"}
# Common words that end like an organisation (布局 ends with 局, 干部 with 部).
_NOT_ORG_WORDS = set(
    "布局 格局 大局 全局 开局 结局 当局 布局 局部 内部 全部 外部 干部 部分 东部 西部 南部 北部 中部 "
    "俱乐部 创办 承办 主办 举办 督办 包办 帮办 申办 协办 兴办 交办 领办 代办 专办 通办 快办 "
    "中心 核心 重心 信心 决心 初心 民心 人心 同心 用心 关心 耐心 细心 中心组".split()
) - {"中心", "中心组"}
_BARE_BODIES = {"省委", "市委", "县委", "区委", "州委", "镇委", "乡委", "省政府", "市政府", "县政府", "区政府"}
_NOUNISH = {"n", "vn", "nz", "j", "nt", "ng", "l", "nr", "ns", "zg", "b"}
_STOP_FLAGS = {"p", "c", "u", "uj", "ul", "r", "d", "m", "q", "t", "y", "e", "o", "ad", "f"}
_LISTED_BODY = re.compile(
    r"(?=[省市县区])"  # only lets the engine skip other characters fast
    r"(?:(?<=[、，；：])|^)[省市县区][\u4e00-\u9fff]{1,4}?(?:局|办|委)(?=[、，；。和与及就要将在]|$)"
)
# Last characters of every word that find_orgs looks at: a level word, a place
# with its suffix or a company suffix.
_ORG_CANDIDATE_END = re.compile(
    "[{}]".format("".join(sorted(frozenset(w[-1] for w in _LEVEL_TOKENS) | _ADMIN_LAST | _COMPANY_LAST))))
_NO_PLACES: frozenset[int] = frozenset()
_SCOPE_PREFIX_CHARS = lx.SCOPE_PREFIX_CHARS
_GLUED = set("对向在到与把被给从为将")
_GENERIC_OWNERS = {"国企", "企业", "民企", "央企", "龙头", "骨干", "重点", "相关", "有关", "各类", "区属", "市属", "县属"}
_PREDICATE_VERBS = {"深入", "走进", "参观", "鼓励", "支持", "引进", "考察", "包括", "依托", "推动", "帮助",
                    "成立", "组建", "对接", "走访", "调研", "到", "赴", "来到", "表彰", "实地", "了解", "培育"}


def _org_suffix(word: str) -> bool:
    return word.endswith(_ORG_SUFFIXES) and word not in _NOT_ORG_WORDS


def _gov_org_at(spans, i: int, anchor_is_place: bool) -> int | None:
    """End offset of a government body that starts at token i (市发改委, 区纪委监委), or None."""
    start, end = spans[i][0], spans[i][1]
    last = end if _org_suffix(spans[i][2]) and spans[i][2] not in _LEVEL_TOKENS else None
    last_token = i
    if anchor_is_place and i + 1 < len(spans) and spans[i + 1][3] not in _NOUNISH:
        return last  # 汾西县组织…: the place is the subject, not part of a name
    for j in range(i + 1, min(i + 8, len(spans))):
        s, e, word, flag = spans[j]
        if word[0] in _PUNCT or e - start > 18:
            break
        if last is not None and (flag not in _NOUNISH - {"b", "zg"} or word in _LEVEL_TOKENS or j - last_token > 3):
            break  # 区纪委|监委, 区委|全面|深化改革|委员会 go on; 市委办公室|主动(b)|对标|中办 does not
        if last is None and flag in {"u", "uj", "ul", "r", "d", "m", "y", "e", "p"}:
            break
        if _org_suffix(word):
            last, last_token = e, j
        elif last is None and len(word) >= 2 and word[1:2] in "要将在也" and word[0] in "办局委部":
            return s + 1  # jieba glued the suffix to the next word: 考核/办要
    return last


def _company_ending_at(spans, j: int) -> int | None:
    """Start offset of a company-like name ending with token j (福胶集团), or None."""
    first_nameish = None
    for k in range(j - 1, max(-1, j - 9), -1):
        s, _e, word, flag = spans[k]
        if (word[0] in _PUNCT) or flag in _STOP_FLAGS or word in _PREDICATE_VERBS or spans[j][1] - s > 22:
            break
        if flag in {"ns", "nr", "nz", "nt", "j"} or segment.word_tag(word) is None:
            first_nameish = s
    return first_nameish


def _listed_bodies(norm: str) -> list[tuple[int, int]]:
    """(start, end) of short bodies in a list, which jieba often cuts badly
    (区工|信局, 区商|投局): a level, 1-4 characters, 局/办/委, between list marks."""
    if "局" not in norm and "办" not in norm and "委" not in norm:
        return []  # the pattern's last character: most sentences spare its scan
    return [m.span() for m in _LISTED_BODY.finditer(norm)]


def find_orgs(sentences: list[Sentence]) -> list[Entity]:
    """Organisations: government bodies by level word + suffix, companies by suffix."""
    orgs: dict[str, Entity] = {}
    for s in sentences:
        spans = segment.spans(s.norm)
        found = _listed_bodies(s.norm)
        ends = segment.token_ends(s.norm)
        for m in _ORG_CANDIDATE_END.finditer(s.norm):  # the few words (about 5%) that may open or close a body
            i = ends.get(m.end())
            if i is None:
                continue
            start, _end, word, flag = spans[i]
            is_place = flag == "ns" and word.endswith(_ADMIN_END)
            if (word in _LEVEL_TOKENS or is_place) and s.norm[start - 1:start] not in _SCOPE_PREFIX_CHARS \
                    and _open_left(spans, i, _NO_PLACES):
                end = _gov_org_at(spans, i, is_place)
                if end and s.norm[start:end] not in _BARE_BODIES and end - start >= 3:
                    found.append((start, end))
            if word[-1] in _COMPANY_LAST and word.endswith(_COMPANY_SUFFIXES) and len(word) <= 6:
                begin = _company_ending_at(spans, i)
                if begin is not None and s.norm[begin] in _GLUED and not segment.is_dictionary_word(
                        next(w for b, _e, w, _f in spans if b == begin)):
                    begin += 1  # 对瑞阳|制药…: a preposition glued to the name
                if begin is not None and spans[i][1] - begin >= 4 and s.norm[begin] not in "（(" \
                        and s.norm[begin:start] not in _GENERIC_OWNERS:
                    found.append((begin, spans[i][1]))
        if not found:
            continue
        for start, end in sorted(set(found)):
            key = s.norm[start:end]
            if any(key != k and key in k for k in (s.norm[a:b] for a, b in found)):
                continue  # part of a longer name found in the same sentence
            if key in orgs:
                orgs[key].count += 1
            else:
                orgs[key] = Entity(s.text[start:end], key, s.index)
    return sorted(orgs.values(), key=lambda o: (-o.count, o.sentence))

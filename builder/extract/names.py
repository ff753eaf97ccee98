"""People, places and organisations: the tagger's mentions, corrected where rules are right.

The neural tagger (ner.py) finds names in any shape of news, lists and
transliterations included; rules of the genre then fix what it gets wrong
the same way every time:
  - a name keeps no title or honorific (费舍尔议长 -> 费舍尔; 李先生, 郑某 are
    left out: a surname alone names nobody across articles);
  - a transliterated name split at its middle dot is joined (差猜·春哈旺);
  - a place glued to a smaller one is split (德国罗滕堡, 沂源县南麻街道), a pair of
    one-character countries too (中美 -> 中, 美), and a place keeps no
    direction or area word (内蒙古西部, 东北地区);
  - a country's government (美国政府) and a country's team (墨西哥队) name the
    country and the body as the text writes them;
  - a place must resolve in the division and country tables, or end like a
    place with a stem that is a name, and not be made of common words
    (美丽乡村, 样板区); a person needs a second sign besides the tagger
    (a title, a speech verb, a list, a repeat: _person_evidence).
Each item keeps the name as written; its key is the canonical form (北京 and
北京市 share the key 北京市), which is what merges tags across articles.
"""

from __future__ import annotations

import re

from builder.extract import Entity, Person, divisions, segment
from builder.extract import lexicon as lx
from builder.extract.entities import titled_names
from builder.extract.ner import Mention
from builder.text import Sentence

_HONORIFICS = (
    "先生",
    "女士",
    "小姐",
    "老师",
    "师傅",
    "大娘",
    "大爷",
    "大妈",
    "同志",
    "老",
    "某",
    "氏",
    "教授",
    "博士",
    "院士",
    "医生",
    "大夫",
    "律师",
)
_FOREIGN_TITLES = (
    "领导人",
    "总统",
    "总理",
    "首相",
    "议长",
    "主席",
    "国王",
    "天皇",
    "埃米尔",
    "王储",
    "亲王",
    "王子",
    "部长",
    "大使",
    "外长",
    "国务卿",
    "大臣",  # 外交大臣, 内阁办公厅大臣
    "秘书长",
    "总书记",
    "委员长",
)
_PERSON_TAIL = re.compile(
    "(?:{})$".format(
        "|".join(sorted(set(_HONORIFICS + _FOREIGN_TITLES + tuple(lx.TITLE_CORES)), key=len, reverse=True))
    )
)
_TITLES_BEFORE = sorted(set(lx.TITLE_CORES) | set(_FOREIGN_TITLES), key=len, reverse=True)  # 俄罗斯总统|普京
_NOT_NAME_END = set("会制度化性式型类们党")
# Letters and cables that "say" in news (贺信说，…): the tagger reads some as names.
SPEAKING_TEXTS = frozenset("贺信 贺电 贺词 贺辞 回信 复信 唁电 来信 慰问信 感谢信 白皮书 蓝皮书 绿皮书".split())
_AREA_TAIL = re.compile("(?:东南部|东北部|西南部|西北部|东部|西部|南部|北部|中部|地区|一带|境内|沿岸|全境)$")
_PLACE_END = re.compile(
    "(?:省|市|县|区|州|盟|旗|镇|乡|村|街道|社区|山|河|江|湖|海|岛|湾|港|峡|峰|岭|原|川|洲|"
    "路|街|桥|馆|园|宫|殿|寺|楼|堂|广场|机场|车站|站|口|关|城|堡|坝|湿地)$"
)
_ADMIN_SUFFIX = re.compile("(?:{})$".format("|".join(lx.ADMIN_SUFFIXES)))
_TEAM = re.compile("(?:男子|女子)?(?:[男女]?队)")
_GOVERNMENT = "政府"
_PLACE_TAGS = frozenset({"ns", "nz", "nr", "nrt", "nt", "j", None})  # dictionary tags a place name may carry
# Common words the dictionary tags as places (ns): generic nouns and a few adjectives.
_GENERIC_NS = frozenset(
    "城市 城镇 平原 高原 山区 海洋 湖泊 大桥 大街 外国 京城 王国 共和国 自治州 自治县 太阳 英雄 美丽 "
    "爱国 江湖 哥哥 阿哥 东西 上市 建国 开国 朝廷 南北 东南 湖 河".split()
)
_ORG_END = re.compile(
    "(?:公司|集团|银行|委|部|局|办|厅|署|院|会|中心|所|站|队|社|台|报|校|学|馆|组|处|科|室|党|军|"
    "协会|联盟|组织|政府|法院|机构|基金|俱乐部|工厂|厂|店|合作社|医院|团|盟|庭)$"
)
_OFFICE = re.compile(
    "(?:办公室|办公厅|组织部|宣传部|统战部|政法委|党组|党委|机关)"
)  # after a body the tagger ends early
_ORG_FLAGS = frozenset({"nt", "j", "nz"})  # the segmenter's tags of bodies and abbreviations
# What follows a person's name in news: speech verbs, titles after, list marks, honorifics.
_SPEECH_AFTER = re.compile(
    "(?:还|也|又|则|再|曾|已|随后|同时|当天|今天|昨天|日前|近日|\\d{1,2}日)?"  # 桥本还表示, 纽兰13日说
    "(?:说|指出|强调|表示|介绍|认为|要求|讲话|提出|主持|出席|会见|会谈|同志|总书记|主席|总理|等|（|\\(|先生|女士)"
)
_JOINERS = ("、", "和", "与")  # a name listed with another name (田管|和春耕 lists no one)
_NAME_FLAGS = frozenset({"nr", "nrfg", "nrt"})  # the segmenter's tags of personal names
_HAN = re.compile("[\u4e00-\u9fff·]+")
_TRANSLITERATED = re.compile("[\u4e00-\u9fff·]+(?:-[\u4e00-\u9fff·]+)?")  # 布朗-皮韦: a hyphen joins the parts too
HAN_CHAR = re.compile("[\u4e00-\u9fff]")


def find_names(sentences: list[Sentence], mentions: list[tuple[Mention, ...]]):
    """(people, places, orgs) of a text, each sorted by first mention."""
    people: dict[str, Person] = {}
    places: dict[str, Entity] = {}
    orgs: dict[str, Entity] = {}
    seen_places: list[divisions.Place] = []
    last_place: tuple[int, int, divisions.Place | None] = (-1, -1, None)  # sentence, end, place
    # the article's own full forms: 平川 is its 平川县 before any 平川区 of the table
    local = {
        m.text[: suffix.start()]: m.text
        for ms in mentions
        for m in ms
        if m.kind == "LOC"
        for suffix in [_ADMIN_SUFFIX.search(m.text)]
        if suffix and suffix.start() >= 2
    }
    whole = "\n".join(s.norm for s in sentences)
    for s, found in zip(sentences, mentions):
        norm = s.norm
        titled = []
        longer = {m.start: m.end for m in found if m.kind == "PER"}  # 部长韩春|那洛: the tagger's whole name wins
        for start, name, title in titled_names(s):  # 县长高原: read as a word by the tagger
            tagged_end = longer.get(start, 0)
            into_title = (name + title).startswith(norm[start:tagged_end])  # 郑建国副|委员长: ran into a title after it
            # 李明|和副省长…, 魏怡航|代表…作工作报告: the tagger ran on into what follows the name
            conjoined = norm.startswith(_RAN_INTO, start + len(name)) and tagged_end <= start + len(name) + 2
            if (tagged_end > start + len(name) and not into_title and not conjoined) or _person(name) is None:
                continue  # the tagger's longer name wins; 主席|贺信 is a letter
            if any(m.kind == "ORG" and m.start < start + len(name) and start < m.end for m in found):
                continue  # 主席丁仲礼、农工党|中央主席陈竺: the tagger reads a body there
            name = _name_run_on(norm, start, _verb_shed(name))
            titled.append((start, start + len(name)))
            _add(people, Person, s, start, start + len(name), name, title=title)
        for m in _after_titles(norm, _joined(norm, found)):
            if any(a < m.end and m.start < b for a, b in titled):
                continue  # the rule read the title the tagger ran into the name (…县长高原)
            if m.kind == "LOC" and len(m.text) >= 3 and _A_BODY_END.search(m.text):
                m = Mention(m.start, m.end, m.text, "ORG")  # 俄国防部: a country's ministry, no place
            if m.kind == "PER" and not _inside_a_place(norm, m.start, m.end):
                name = _person(m.text)
                start = m.start + max(0, m.text.find(name)) if name else m.start  # 埃米尔|米沙勒
                name = name and _name_run_on(norm, start, _verb_shed(name))
                if name and not _place_stem(name, whole):
                    title = _title_before(norm, start)
                    listed = _listed_with_a_name(norm, m, found)
                    if title or listed or _person_evidence(norm, start, start + len(name), name, whole):
                        _add(people, Person, s, start, start + len(name), name, title=title)
            elif m.kind == "LOC":
                tail = _TEAM.match(norm, m.end)
                if tail:  # 墨西哥队: a team, named by its country
                    _add(orgs, Entity, s, m.start, tail.end(), norm[m.start : tail.end()])
                    continue
                above = last_place[2] if last_place[:2] == (s.index, m.start) else None
                for start, end, place in _places(m, seen_places, local, above):
                    seen_places.append(place)
                    last_place = (s.index, end, place)
                    _add(places, Entity, s, start, end, place.name, place=place)
            elif _titled_after(norm, m):  # 万建民常委提出: the tagger read a body, the title says a person
                _add(people, Person, s, m.start, m.end, m.text, title=None)
            else:
                country = m.text[: -len(_GOVERNMENT)] if m.text.endswith(_GOVERNMENT) else ""
                place = divisions.resolve(country) if len(country) >= 2 else None
                if place and place.level in ("foreign", "country"):  # 美国政府 names the country
                    _add(places, Entity, s, m.start, m.start + len(country), place.name, place=place)
                    continue
                tail = _OFFICE.match(norm, m.end)
                if tail:  # 市委|办公室: the tagger stops at the body
                    m = Mention(m.start, tail.end(), norm[m.start : tail.end()], "ORG")
                if (
                    _organisation(m.text)
                    and not _place_stem(m.text, whole)
                    and (_ORG_END.search(m.text) or _org_shaped(m.text))
                ):
                    _add(orgs, Entity, s, m.start, m.end, m.text)
    _merge_abbreviations(orgs, whole)
    return (sorted(people.values(), key=_first), sorted(places.values(), key=_first), sorted(orgs.values(), key=_first))


_ABBREVIATED = re.compile('[（(](?:以下)?简称[：:]?[“"]?([\u4e00-\u9fff]{2,8})[”"]?[）)]')


def _merge_abbreviations(orgs: dict, whole: str) -> None:
    """A body the text abbreviates itself (国家发展和改革委员会（以下简称国家发改委）): the
    short name is the same tag as the full one; it is added where the tagger missed it."""
    for full in [o for o in orgs.values() if o.key in whole]:
        at = whole.find(full.key)
        m = _ABBREVIATED.match(whole, at + len(full.key))
        if not m:
            continue
        short = m.group(1)
        if short in orgs:
            orgs[short].key = full.key
        elif whole.count(short) > 1:  # used again after it is defined
            orgs[short] = Entity(short, full.key, full.sentence, count=whole.count(short) - 1)


def _first(item) -> tuple[int, int]:
    return item.sentence, -item.count


def _add(
    found: dict,
    kind,
    s: Sentence,
    start: int,
    end: int,
    key: str,
    title: str | None = None,
    place: divisions.Place | None = None,
) -> None:
    written = s.text[start:end]
    item = found.get(s.norm[start:end])  # one item per spelling, whatever the script
    if item is not None:
        item.count += 1
        if kind is Person and title and not item.title:
            item.title = title
        return
    if kind is Person:
        found[s.norm[start:end]] = Person(written, key, s.index, title)
    else:
        found[s.norm[start:end]] = Entity(
            written, key, s.index, level=place and place.level, within=divisions.lineage(place)[:-1] if place else []
        )


def _joined(norm: str, found: tuple[Mention, ...]):
    """The mentions, with a transliterated name split at its middle dot joined again."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev and prev.kind == "PER" and norm[prev.end : m.start] in ("·", "•", "-") and m.kind in ("PER", "LOC"):
            out[-1] = Mention(prev.start, m.end, norm[prev.start : m.end], "PER")
        elif (
            m.kind == "PER"
            and norm[m.start - 1 : m.start] == "·"
            and (start := _given_part(norm, m.start - 1)) is not None
        ):
            out.append(Mention(start, m.end, norm[start : m.end], "PER"))  # 法丽达·|沙希德: the tagger read one part
        else:
            out.append(m)
    return out


def _given_part(norm: str, dot: int) -> int | None:
    """Start of the transliterated part before a middle dot (法丽达·沙希德): two to four characters
    of the sounds foreign names use, one other inside at most (丽), opening on a sound."""
    sounds = divisions.transliteration_characters()
    start, others = dot, 0
    while start > 0 and dot - start < 4 and HAN_CHAR.match(norm[start - 1]):
        others += norm[start - 1] not in sounds
        if others > 1:
            break
        start -= 1
    while start < dot and norm[start] not in sounds:
        start += 1  # (员)|法丽达: a part opens on a sound
    return start if dot - start >= 2 else None


_TITLE_END = re.compile("(?:{})$".format("|".join(sorted(set(_FOREIGN_TITLES + tuple(lx.TITLE_CORES)), key=len))))


def _after_titles(norm: str, found: list[Mention]) -> list[Mention]:
    """A transliterated name the tagger cuts one character after its title (总统扎|帕罗夫,
    总理内|塔尼亚胡, which it even reads as a place): the name takes that character back
    when it is a person's (a person the tagger saw, or a place that speaks)."""
    out = []
    for m in found:
        at = m.start - 1
        if (
            m.kind in ("PER", "LOC")
            and at >= 2
            and HAN_CHAR.match(norm[at])
            and norm[at] not in _NOT_GIVEN
            and _TITLE_END.search(norm, max(0, at - 4), at)
            and not _TITLE_END.search(norm, max(0, at - 4), m.start)  # 委员|长赵乐际: the title ends at the name
            and (m.kind == "PER" or _SPEECH_AFTER.match(norm, m.end))
            and len(m.text) >= 3
        ):
            m = Mention(at, m.end, norm[at : m.end], "PER")
        out.append(m)
    return out


_ROLE_VERB_END = re.compile("(?:就座|出席|主持|讲话|发言|表示|指出|强调|会见|参加|致辞|陪同)$")


_CITY_WORDS = ("首都", "首府", "城市", "港口", "港城")


def _inside_a_place(norm: str, start: int, end: int) -> bool:
    """几内|亚比绍: the tagger read part of a place's name as a person's; 首都|阿布贾 is a city."""
    if norm[max(0, start - 2) : start] in _CITY_WORDS:
        return True
    return any(
        divisions.known(norm[start - before : end + after])
        for before in range(0, 4)
        for after in range(0, 4)
        if (before or after) and start - before >= 0 and end + after <= len(norm)
    )


_RAN_INTO = ("和", "与", "及", "代表", "作", "在")
_A_BODY_END = re.compile("(?:(?<![东南西北中内外腹])部|局|委|署|厅)$")  # not 西部, 中部

# a person's title right after their name, as 政协 writes its members (万建民常委提出, 王勇委员发言)
_TITLE_AFTER = re.compile("(?:常委|委员|代表|院士)(?![会长])")


def _titled_after(norm: str, m: Mention) -> bool:
    surname = m.text[:1] in lx.SURNAMES_1 or m.text[:2] in lx.SURNAMES_2
    return (
        m.kind == "ORG" and 2 <= len(m.text) <= 3 and surname and bool(_TITLE_AFTER.match(norm, m.end))
    ) and _person(m.text) == m.text


def _person(text: str) -> str | None:
    """The name without a title or honorific after it, or None when nothing
    that names one person is left (a surname alone: 李先生)."""
    name = _PERSON_TAIL.sub("", text) if len(text) > 2 else text
    if len(name) >= 3 and name.endswith("等"):
        name = name[:-1]  # 习近平等: a list's end
    lead = next((t for t in _FOREIGN_TITLES if name.startswith(t) and len(name) - len(t) >= 2), None)
    if lead:
        name = name[len(lead) :]  # 王储|米沙勒, 埃米尔|纳瓦夫: a title before the name
    if not (2 <= len(name) <= 12) or not _TRANSLITERATED.fullmatch(name) or name.endswith("·"):
        return None
    if len(name) == 2 and name[1] in "某老" or name[0] in lx.SURNAMES_1 and name[-1] in _NOT_NAME_END:
        return None  # 郑某; 周例会, 王制度: a surname, then a common noun
    if len(name) == 2 and name[1] in "方军" and divisions.known(name[0]):
        return None  # 巴方, 乌军: a country's side or army
    if name in SPEAKING_TEXTS or divisions.known(name):
        return None  # 贺信; 几内亚比绍, 塞内加尔: a letter, a country
    if len(name) >= 4 and not set(name) & set("·-") and not set(name) & divisions.transliteration_characters():
        return None  # 正风肃纪: four characters and no sound of a foreign name, a phrase
    if _ROLE_VERB_END.search(name):
        return None  # 主|席就座: the tagger ran into what the person did
    return name


# Verbs and prepositions that no given name ends in, glued to a name by the tagger
# (院长周强|作的报告, 李强|在会上): the name is the two characters before.
_GLUED_VERB = frozenset("作在对向把被将")


def _verb_shed(name: str) -> str:
    return name[:2] if len(name) == 3 and name[-1] in _GLUED_VERB else name


# 副总理刘国|中出席: the tagger stops a name before a given name's last character
# when that character is also a common word; a role verb right after it says it is the name's.
_ROLE_AFTER = re.compile(
    "出席|主持|讲话|指出|强调|表示|会见|会谈|考察|调研|参加|发表|致辞|宣布|说|作[了的]?(?:关于|报告|说明)"
)
_NOT_GIVEN = set("在和与及等的也就对向从是将已还又都则曾再亦并同今昨近首先")


def _name_run_on(norm: str, start: int, name: str) -> str:
    end = start + len(name)
    if len(name) == 2 and end < len(norm) and HAN_CHAR.match(norm[end]) and norm[end] not in _NOT_GIVEN:
        if _ROLE_AFTER.match(norm, end + 1):
            return norm[start : end + 1]
    return name


def _title_before(norm: str, start: int) -> str | None:
    """The official title written right before a name (县委书记张三)."""
    before = norm[max(0, start - 12) : start]
    for title in _TITLES_BEFORE:  # longest first
        if before.endswith(title):
            at = len(before) - len(title)
            body = next((b for b in lx.TITLE_BODIES if before[:at].endswith(b)), "")
            return body + title if title not in ("同志", "领导", "委员") or body else None
    return None


def _places(m: Mention, context: list[divisions.Place], local: dict[str, str], above: divisions.Place | None):
    """(start, end, place) for a place mention: split into its parts, trimmed, resolved
    (a short form as the full form the article writes: local). above: the place
    written right before the mention (沂源县|南麻街道)."""
    text = _AREA_TAIL.sub("", m.text) if len(m.text) > 3 else m.text
    at = m.start
    for part in _split(text) or [text]:
        place = _resolved(local.get(part, part), tuple(context), above)
        if place:
            context, above = context + [place], place
            yield at, at + len(part), place
        at += len(part)


def _split(text: str) -> list[str] | None:
    """A mention made of places written one after the other (德国罗滕堡, 中美), or None."""
    if divisions.resolve(text):
        return None  # 凉山彝族自治州 is one place
    if len(text) in (2, 3) and all(divisions.resolve(ch) for ch in text):
        return list(text)  # 中美, 日韩, 京津冀
    for cut in range(len(text) - 2, 1, -1):
        head, tail = text[:cut], text[cut:]
        if divisions.resolve(head) and (divisions.resolve(tail) or len(tail) >= 2 and _PLACE_END.search(tail)):
            rest = _split(tail)
            return [head] + (rest or [tail])
    return None


def _resolved(text: str, context: tuple, above: divisions.Place | None = None) -> divisions.Place | None:
    if not divisions.known(text) and _common_words(text):
        return None  # 美丽乡村, 经济开发区, 宾馆
    place = divisions.resolve(text, context, above)
    if place:
        return place
    if len(text) < 2 or not _HAN.fullmatch(text):
        return None
    suffix = _ADMIN_SUFFIX.search(text)
    if suffix and segment.word_tag(text[: suffix.start()]) not in _PLACE_TAGS:
        return None  # 样板区, 先行区: a common word made a zone, not a place's name
    if _PLACE_END.search(text) or segment.word_tag(text) in _PLACE_TAGS:
        return divisions.Place(text, "other")
    return None  # a common word the tagger took for a place (经济, 国际)


def _common(word: str) -> bool:
    tag = segment.word_tag(word)
    return tag is not None and (tag not in _PLACE_TAGS or word in _GENERIC_NS)


def _common_words(text: str) -> bool:
    """Made of common words only (核心竞争力, 美丽乡村, 宾馆): a phrase, not a name.
    The segmenter may keep an unknown whole (美丽乡村), so two halves are tried too."""
    if all(len(w) >= 2 and _common(w) for _s, _e, w, _f in segment.spans(text)):
        return True
    return any(_common(text[:cut]) and _common(text[cut:]) for cut in range(2, len(text) - 1))


def _person_evidence(norm: str, start: int, end: int, name: str, whole: str) -> bool:
    """Besides a title: the segmenter also reads a name here, or a speech verb, a list
    or an honorific follows, or the text names the person again. The tagger alone
    takes slogans' words for names (奋楫, 常践)."""
    if _SPEECH_AFTER.match(norm, end) or whole.count(name) >= 2:
        return True
    if len(name) >= 4 or set(name) & set("·-"):
        return True  # a transliteration (差猜·春哈旺, 基里延科)
    if len(name) == 3 and segment.word_tag(name) is None:
        return True  # surname and a given name of two: no dictionary word (张增军, 李铁辰)
    first = segment.spans(name)[0]
    return first[3] in _NAME_FLAGS and (first[2] == name or len(first[2]) == 1)  # 李军/nr, or 李/nr + 铁辰


def _listed_with_a_name(norm: str, m: Mention, found) -> bool:
    """张三、李四 / 张三和李四: a name joined by a list mark to another name the tagger read."""
    people = [o for o in found if o.kind == "PER" and o is not m]
    before = norm[m.start - 1 : m.start] in _JOINERS and any(o.end == m.start - 1 for o in people)
    after = norm[m.end : m.end + 1] in _JOINERS and any(o.start == m.end + 1 for o in people)
    return before or after


def _place_stem(name: str, whole: str) -> bool:
    """The text writes name with an administrative suffix somewhere (高青 of 高青县)."""
    at = whole.find(name)
    while at >= 0:  # one pass over the text, not one per suffix
        after = at + len(name)
        if after < len(whole) and whole[after] in "省市县区州镇乡村":
            return True
        at = whole.find(name, at + 1)
    return False


def _org_shaped(text: str) -> bool:
    """A name without an organisation word at its end (潍柴, 嘉实科技, 欧佩克): the
    segmenter's own reading of it as a body or abbreviation, or no common word in
    it; never a numbered phrase (三要, 一网) or a slogan's words (新时代, 聚力)."""
    if text[0] in "一二三四五六七八九十两":
        return False
    words = segment.spans(text)
    if len(words) == 1:
        return segment.word_tag(text) in _ORG_FLAGS or segment.word_tag(text) is None and words[0][3] in _ORG_FLAGS
    return not any(len(w) >= 2 and _common(w) for _s, _e, w, _f in words)


def _organisation(text: str) -> bool:
    """Two characters or more, Han (brackets inside allowed: 捷安特（中国）有限公司)."""
    return len(text) >= 2 and bool(_HAN.fullmatch(text.replace("（", "").replace("）", "")))

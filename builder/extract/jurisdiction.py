"""What the meeting finder needs to know about an article as a whole: its
year, its people and places, and the jurisdiction it is about.

Organisers are often written as a bare level (市委, 我区, 县委) or a short form
(平阴); they are resolved to the place of that level the article names most
(临汾 + 市委 -> 临汾市委, 我区 -> 山亭区, 平阴 -> 平阴县).
"""

from __future__ import annotations

import re

from builder.extract import divisions
from builder.extract import lexicon as lx
from builder.extract.meeting_people import speaking_names

_SUBJECT_LEVEL = re.compile(r"^(?:我|本|全)?(?P<level>[省市县区州镇乡])(?:委|政府|人大常委会|人大|政协)?$")
_BODY_END = re.compile(
    r"(?:[省市县区州镇乡]委?|政府|政协|人大|委员会|常委会|党组|党委|局|厅|办|部|中心|中心组|集团|公司"
    r"|办公室|新闻办|理事会|指挥部|领导小组|内阁|署|总局|银行|央行|组织|协会|学会|联合会|基金会|联谊会|促进会|委|院"
    r"|安理会|联合国大会|联合国|欧盟|东盟|非盟|北约|联防联控机制|工作组|工商联|总工会|妇联|侨联|科协|文联|作协|残联|主席团|共同体|联盟|大学|电视台|总台)$"
)
_NATIONAL_BODY = re.compile(
    r"^(?:全国|中央)(?:政协|人大|人大常委会|总工会|妇联|工商联|青联|学联|少工委|侨联|台联|文联|科协|残联"
    r"|[\u4e00-\u9fff]{1,10}(?:委员会|领导小组|办公室|总台|部|研究院))$"  # the national people's organisations
)
_NATIONAL = {"中共中央", "国务院", "中央军委", "全国人大常委会", "全国政协", "中央", "共青团中央"}


# Rivers, lakes, seas and mountains: places a meeting may be about, never its host
_NATURAL = re.compile("(?:江|河|湖|海|山|流域|湾|海峡|高原|盆地|平原)$")


_SOME_OF = ("部分", "有关", "相关", "若干", "多个", "一些")
_ALIAS_TITLES = ("总书记", "总理", "委员长")


class ArticleContext:
    """What the finders need to know about the article as a whole."""

    def __init__(self, sentences, people, places, year, publication_date):
        self.sentences = sentences
        self.people = {p.key: p.name for p in people}
        for key, name in speaking_names(sentences).items():  # 李强主持大会: a leader the tagger missed
            if not any(key in k or k in key for k in self.people):
                self.people[key] = name
        self.whole = "\n".join(s.norm for s in sentences)
        self._title_aliases()
        self.places = places
        self._place_initials = {p.key[0] for p in places}
        # (key, stem) of each place, longest first: how a meeting's name may open (临汾市…, 临汾…)
        self.place_openings = [
            (p.key, p.key[:-1] if p.key.endswith(lx.ADMIN_SUFFIXES) and len(p.key) > 2 else p.key)
            for p in sorted(places, key=lambda p: -len(p.key))
            if not (_NATURAL.search(p.key) and not divisions.known(p.key))  # 长江|…座谈会: a river hosts nothing
        ]
        iso = (
            publication_date
            if publication_date and publication_date[:1].isdigit() and len(publication_date) == 10
            else None
        )
        self.year = year or (int(iso[:4]) if iso else None)  # never guessed from years the text mentions
        self.publication_date = publication_date
        self._written = {}  # Simplified character -> the article's own (臨 for 临)
        for sentence in sentences:
            if sentence.norm == sentence.text:
                continue  # the common case: nothing to learn, no need to walk the characters
            for simple, own in zip(sentence.norm, sentence.text):
                if simple != own:
                    self._written.setdefault(simple, own)

    def earlier(self, sentence) -> tuple:
        """The three sentences before sentence, nearest first: where 当天 finds its day."""
        return tuple(reversed(self.sentences[max(0, sentence.index - 3) : sentence.index]))

    def as_written(self, text: str | None) -> str | None:
        """text (Simplified) in the article's own script: 临汾市委 -> 臨汾市委."""
        if not text:
            return text
        return "".join(self._written.get(ch, ch) for ch in text)

    def home(self, level: str) -> str | None:
        """The jurisdiction of a level the article is about: the place of that
        level (or of no written level) named most, its own party committee
        (山亭区委) counting extra."""
        best, best_score = None, 0
        for place in self.places:
            key = place.key
            if key.endswith(level):
                stem, full = key[: -len(level)], key
            elif key.endswith(lx.ADMIN_SUFFIXES) or (key in lx.PROVINCES) != (level == "省"):
                continue
            elif level not in "省市县区":
                continue  # a bare name (临汾) is a city, county or district, never a town
            else:
                stem, full = key, key + level
            if len(stem) < 2:
                stem = full  # 吉县: count the full name, 吉 alone is in 吉林, 吉祥
            score = self.whole.count(stem) + 5 * len(re.findall(re.escape(stem) + "[省市县区]?委", self.whole))
            if score > best_score:
                best, best_score = full, score
        return best

    def full_place(self, name: str) -> str | None:
        """The article's place written as name or with name as its short form."""
        for place in self.places:
            if place.key == name or (place.key.startswith(name) and place.key[len(name) :] in lx.ADMIN_SUFFIXES):
                return place.key
        known = divisions.resolve(name) if len(name) >= 2 and name[0] in self._place_initials else None
        if known and any(place.key == known.name for place in self.places):
            return known.name  # 广西 of 广西壮族自治区, 新疆 of 新疆维吾尔自治区: the table's short form
        return None

    def _title_aliases(self) -> None:
        """总书记强调, 总理指出: a title alone names the one person the article gives it to
        (习近平总书记, 国务院总理李强), when it gives it to one only."""
        text = self.whole
        for title in _ALIAS_TITLES:
            if title not in text or title in self.people or "副" + title in text:
                continue  # (副委员长 holds 委员长: a second holder the search could not tell apart)
            holders = {n for k, n in self.people.items() if k and (k + title in text or title + k in text)}
            if len(holders) == 1:
                self.people[title] = holders.pop()

    def organizer_of(self, subject: str, strict: bool = False) -> str | None:
        """An organiser from a subject as written: a place, a body, or 市委/我区
        resolved. strict: places and their committees only, no other body."""
        subject = subject.strip()
        if not subject or subject.startswith(_SOME_OF):
            return None  # 部分省区市: some of them, no one body
        if subject in _NATIONAL:  # 中共中央, 国务院
            return subject
        if (
            subject.startswith(("全国", "我国", "中央")) and "、" not in subject
        ):  # a national scope is no jurisdiction of the article's,
            return subject if subject in _NATIONAL or _NATIONAL_BODY.search(subject) else None  # a national body is
        m = _SUBJECT_LEVEL.match(subject)
        if m:
            home = self.home(m["level"])
            body = subject[subject.index(m["level"]) + 1 :]
            if home:
                return home + body
            return subject if body and subject[0] not in "我本全" else None  # 市委, unresolved
        place = self.full_place(subject)
        if place:
            return place
        names_a_person = any(k in subject for k in self.people)
        for p in self.places:  # 高青县委 -> place + body (not 俄罗斯总统普京: a person convened)
            if (
                subject.startswith(p.key)
                and len(subject) - len(p.key) <= 4
                and not names_a_person
                and _BODY_END.search(subject)
            ):
                return subject
        if not strict and _BODY_END.search(subject) and len(subject) <= 16 and not names_a_person:
            return subject
        parts = re.split("[、与和及]", subject)  # 中共中央、国务院; 总台与韩国延世大学: bodies together
        if not strict and len(parts) > 1 and all(_BODY_END.search(p) or p in _NATIONAL for p in parts):
            return subject
        return None

    def person_in(self, subject: str) -> str | None:
        """The person a subject names (李强 of 国务院总理李强): who convened, when no body did."""
        found = [(subject.rfind(k), w) for k, w in self.people.items() if k and k in subject]
        return max(found)[1] if found else None

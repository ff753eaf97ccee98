"""Extract stage: a cleaned Story becomes a Digest (summary boxes and tags).

Each extractor is a pure function of the story's sentences (plus the year the
story was published, for dates). Every item records the index of the sentence
it came from, which the article page turns into a link to that sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from builder.boxes import BOXES
from builder.clean import Story
from builder.text import Sentence, sentences_of


@dataclass(slots=True)  # slots: many thousands per site, kept in memory
class Meeting:
    name: str
    sentence: int
    date: str | None = None  # as written, or ISO YYYY-MM-DD when the year is known
    place: str | None = None
    organizer: str | None = None
    chair: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Slogan:
    text: str  # as written, without quote marks
    count: int
    sentence: int  # first quoted occurrence
    key: str = ""  # Simplified form: one tag across scripts


@dataclass(slots=True)
class Number:
    text: str  # shortest span with number and unit, as written
    value: float
    unit: str
    sentence: int
    metric: str | None = None  # what it measures, e.g. 规模以上工业营业收入
    unsure: bool = False  # no label a reader can trust: kept in digest.json, left off the page


@dataclass(slots=True)
class Person:
    name: str  # as written
    key: str  # Simplified
    sentence: int
    title: str | None = None  # 区委书记, 县长 …
    count: int = 1


@dataclass(slots=True)
class Entity:
    """A place or an organisation."""

    name: str  # as written
    key: str  # canonical: 北京 and 北京市 are both 北京市
    sentence: int
    count: int = 1
    level: str | None = None  # of a place: country, province, city, county, township, foreign, other
    within: list[str] = field(default_factory=list)  # of a place: the divisions it lies in, from the province down


@dataclass(slots=True)
class Term:
    """A topic candidate; the site model ranks them across all articles."""

    name: str
    key: str
    count: int


@dataclass
class Digest:
    sentences: list[Sentence]
    meetings: list[Meeting] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)

    def boxes(self) -> dict:
        """The summary boxes (with the fields each declares) and entities as plain JSON-ready data."""
        out = {box.name: [_plain(item, box.fields) for item in getattr(self, box.name)] for box in BOXES}
        out.update((kind, [_plain(item, item.__slots__) for item in getattr(self, kind)]) for kind in ENTITY_KINDS)
        return out


ENTITY_KINDS = ("people", "places", "orgs")


def _plain(item, fields) -> dict:
    """dataclasses.asdict for our flat items, without its deep copies (10 times faster)."""
    return {name: list(v) if isinstance(v := getattr(item, name), list) else v for name in fields}


def story_year(story: Story) -> int | None:
    return int(story.date[:4]) if story.date else None


def extract(story: Story) -> Digest:
    # Imported here so that a build served entirely from cache never loads jieba or the tagger.
    from builder.extract import entities, names, ner

    sentences = sentences_of([b.text for b in story.blocks])
    people, places, orgs = names.find_names(sentences, ner.mentions([s.norm for s in sentences]))
    context = {  # what a box's extractor may read besides the sentences
        "year": story_year(story),
        "publication_date": story.date or story.date_text,
        "people": people,
        "places": places,
        "title": story.title,
        "headings": frozenset(i for i, b in enumerate(story.blocks) if b.kind == "h"),
    }
    return Digest(
        sentences=sentences,
        **{box.name: box.extract(sentences, context) for box in BOXES},
        people=people,
        places=places,
        orgs=orgs,
        terms=entities.find_terms(sentences, people=people, places=places, orgs=orgs),
    )

"""Site model stage: processed stories become pages, tags and links.

Everything a template needs is decided here (slugs, URLs, tag membership,
related articles); templates only present it.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from dataclasses import dataclass, field

from builder.boxes import BOX_NAMES
from builder.clean import Story
from builder.config import Config
from builder.extract import ENTITY_KINDS, Digest
from builder.slugs import slugify, unique_slugs
from builder.text import to_simplified


@dataclass
class Processed:
    """One story after clean + extract: what the cache stores."""

    story: Story
    digest: Digest
    source_hash: str = ""  # sha256 of the source file: identifies the content
    anchors: list[str] = field(init=False)  # anchor id of each sentence's evidence link
    content_signature: str = field(init=False)  # hash of story, digest and anchors: what a page can show of it
    shape_key: str = field(init=False)  # hash of what the site model takes from it, topics aside

    def __post_init__(self):
        # made here, in the worker that extracted the story, and cached with it
        self.anchors = _anchors(self.story, self.digest)
        self.content_signature = hashlib.sha256(repr((self.story, self.digest, self.anchors)).encode()).hexdigest()
        self.shape_key = _shape_key(self.story, self.digest)


def _shape_key(story: Story, d: Digest) -> str:
    """Everything build_model reads of a story except its topic terms (ranked site-wide)."""
    shape = (
        story.source,
        story.index,
        story.draft,
        story.slug,
        story.title,
        story.date,
        story.tags,
        [(p.key, p.name, p.title) for p in d.people],
        [(p.key, p.name, p.within) for p in d.places],
        [(o.key, o.name) for o in d.orgs],
        [(s.key, s.text) for s in d.slogans],
    )
    return hashlib.sha256(repr(shape).encode()).hexdigest()


def _topics(digest: Digest, limit: int = 5) -> list[str]:
    return [t.name for t in digest.terms[:limit]]


def story_json(story: Story, digest: Digest) -> dict:
    return {
        "title": story.title,
        "date": story.date or story.date_text,
        "source": story.source_name,
        "reporters": story.reporters,
        "lang": story.lang,
        **digest.boxes(),
        "topics": _topics(digest),
    }


def digest_json(items: list[Processed]) -> dict:
    """The digest of a whole file: its first story's header, the union of all boxes,
    and a `stories` list when the file holds more than one story."""
    lists = (*BOX_NAMES, *ENTITY_KINDS, "topics")
    if not items:
        return {"title": None, "date": None, "source": None, **{key: [] for key in lists}}
    stories = [story_json(item.story, item.digest) for item in items]
    if len(stories) == 1:
        return stories[0]
    union = dict(stories[0])
    for key in lists:
        union[key] = [x for s in stories for x in s[key]]
    union["slogans"] = _merge_slogans(union["slogans"])
    union["stories"] = stories
    return union


def _merge_slogans(slogans: list[dict]) -> list[dict]:
    merged: dict[str, dict] = {}
    for s in slogans:
        if s["text"] in merged:
            merged[s["text"]]["count"] += s["count"]
        else:
            merged[s["text"]] = dict(s)
    return list(merged.values())


# --- The site model -------------------------------------------------------------

TAG_KINDS = ("people", "places", "orgs", "topics", "slogans")
TAG_KIND_NAMES = {"people": "人物", "places": "地点", "orgs": "机构", "topics": "主题", "slogans": "口号"}
# How much a shared tag of each kind says about two articles being related.
RELATED_WEIGHT = {"slogans": 3.0, "people": 2.0, "orgs": 1.5, "places": 1.0, "topics": 1.0}


@dataclass(eq=False)  # identity: two tags are the same tag only if they are one object
class Tag:
    kind: str
    key: str  # Simplified form: one tag across scripts
    name: str  # display form
    slug: str = ""
    url: str = ""
    note: str | None = None  # e.g. a person's title
    within: tuple[str, ...] = ()  # a place's divisions, from the province down (the places index groups by them)
    level: str | None = None  # a place's level (see extract.divisions.LEVELS)
    articles: list[Article] = field(default_factory=list, repr=False)  # links back: a repr would never end


@dataclass(eq=False)
class Article:
    story: Story
    digest: Digest
    slug: str
    url: str
    content_signature: str = ""  # see Processed
    tags: dict[str, list[Tag]] = field(default_factory=dict, repr=False)  # (links: see Tag.articles)
    related: list[Article] = field(default_factory=list, repr=False)
    siblings: list[Article] = field(default_factory=list, repr=False)
    anchors: list[str] = field(default_factory=list)  # anchor id of each sentence
    updated: str = ""  # Atom date: the story's date, else its file's modification time (never a made-up date)

    @property
    def identity(self) -> str:
        return f"{self.story.source}#{self.story.index}"


@dataclass
class Site:
    config: Config
    articles: list[Article]  # newest first
    tags: dict[str, list[Tag]]  # by kind, most used first
    warnings: list[str] = field(default_factory=list)
    shape: str = ""  # equal shapes: same slugs, tags and links (see build_model)

    def url(self, path: str = "") -> str:
        return self.config.base_path + path


def build_model(
    config: Config, processed: list[Processed], previous: Site | None = None, modified: dict[str, float] | None = None
) -> Site:
    """Decide slugs, URLs, tags, related articles and siblings.

    A pure function of config and processed. Given the previous model of the same
    site (`serve`), when only the articles' contents changed, not their titles,
    dates, tags or topics, that model is reused with the new contents put in.
    modified: each source file's modification time (seconds), which dates the
    feed entry of a story whose text gives no full date."""
    processed = [p for p in processed if not p.story.draft]
    base = config.base_path
    wanted = [(_identity(p), p.story.slug or slugify(p.story.title)) for p in processed]
    slugs = unique_slugs(wanted)
    warnings = [
        f"{identity.split('#')[0]}: slug {slug!r} is taken by another article; using {slugs[identity]!r}"
        for identity, slug in sorted(wanted)
        if slugs[identity] != slug
    ]
    articles = []
    for p in processed:
        slug = slugs[_identity(p)]
        url = f"{base}articles/{slug}/"
        updated = _updated(p.story, (modified or {}).get(p.story.source))
        articles.append(Article(p.story, p.digest, slug, url, p.content_signature, anchors=p.anchors, updated=updated))
    articles.sort(key=lambda a: (a.story.date or "", a.identity), reverse=True)
    topics = rank_topics(articles, config.extract.topics_per_article, set(config.extract.stopwords))
    shape = _model_shape(config, processed, topics)
    if previous is not None and previous.shape == shape:
        return _with_contents(previous, articles)
    tags = _collect_tags(articles, topics, base)
    _link_related(articles, config.related_articles)
    _link_siblings(articles)
    return Site(config, articles, tags, warnings, shape)


def warm(items: list[Processed]) -> None:
    """What build_model does with one story alone (slugs of its title and tags, each
    cached by slugify), done while the other stories are still being extracted."""
    for p in items:
        if not p.story.slug:
            slugify(p.story.title)
        for entries in _story_tags(p.digest).values():
            for key, _name, _note in entries:
                slugify(key)


def _story_tags(d: Digest) -> dict[str, list[tuple[str, str, str | None]]]:
    """(key, name, note) of the tags a story's own boxes give it, by kind; topics are
    ranked across the site (rank_topics)."""
    return {
        "people": [(p.key, p.name, p.title) for p in d.people],
        "places": [(p.key, p.key, None) for p in d.places],  # the full name: 北京 and 北京市 are one tag
        "orgs": [(o.key, o.name, None) for o in d.orgs],
        "slogans": [(s.key or to_simplified(s.text), s.text, None) for s in d.slogans],
    }


def _model_shape(config: Config, processed: list[Processed], topics: dict) -> str:
    h = hashlib.sha256(repr((config.base_path, config.related_articles)).encode())
    for p in processed:
        h.update(f"{p.shape_key}{topics[_identity(p)]}".encode())
    return h.hexdigest()


def _with_contents(previous: Site, articles: list[Article]) -> Site:
    """The previous model, each article's content replaced by its new version."""
    new = {a.identity: a for a in articles}
    for old in previous.articles:
        a = new[old.identity]
        old.story, old.digest, old.content_signature, old.anchors = a.story, a.digest, a.content_signature, a.anchors
        old.updated = a.updated
    return previous


def _updated(story: Story, mtime: float | None) -> str:
    if story.date:
        return f"{story.date}T00:00:00Z"
    if mtime is None:
        return ""
    return datetime.datetime.fromtimestamp(mtime, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _identity(p: Processed) -> str:
    return f"{p.story.source}#{p.story.index}"


def _anchors(story: Story, digest: Digest) -> list[str]:
    """Anchor of each sentence: its own span for plain text; for a Markdown block
    with inline markup, the block's first sentence (the block carries that id)."""
    first_of_block: dict[int, str] = {}
    anchors = []
    for s in digest.sentences:
        first_of_block.setdefault(s.block, s.anchor)
        rich = story.blocks[s.block].html is not None if s.block < len(story.blocks) else False
        anchors.append(first_of_block[s.block] if rich else s.anchor)
    return anchors


TOPIC_MIN_SITE = 20  # from this many articles on, a topic must be shared: a tag used once links nothing


def rank_topics(articles: list[Article], per_article: int, stopwords: set[str]) -> dict[str, list[tuple[str, str]]]:
    """Topic tags by tf-idf over the whole site: (key, name) pairs per article identity.
    On a site of TOPIC_MIN_SITE articles or more, a topic is a term of at least two
    articles and of at most half of them (发展, 工作: said of everything, about nothing)."""
    df: dict[str, int] = {}
    for a in articles:
        for key in {t.key for t in a.digest.terms}:
            df[key] = df.get(key, 0) + 1
    n = len(articles)
    lowest, highest = (2, n // 2) if n >= TOPIC_MIN_SITE else (1, n)
    out = {}
    for a in articles:
        # (-score, key): highest first, ties by key; an article's term keys are distinct
        scored = sorted(
            (-t.count * math.log((n + 1) / (df[t.key] + 0.5)), t.key, t.name)
            for t in a.digest.terms
            if t.key not in stopwords and lowest <= df[t.key] <= highest
        )
        chosen = [(key, name) for _, key, name in scored[:per_article]]
        chosen += [(to_simplified(t), t) for t in a.story.tags if to_simplified(t) not in {k for k, _ in chosen}]
        out[a.identity] = chosen
    return out


def _collect_tags(articles: list[Article], topics: dict, base: str) -> dict[str, list[Tag]]:
    by_kind: dict[str, dict[str, Tag]] = {kind: {} for kind in TAG_KINDS}
    for a in articles:
        for place in a.digest.places:
            if place.key not in by_kind["places"]:
                by_kind["places"][place.key] = Tag(
                    "places", place.key, place.key, within=tuple(place.within), level=place.level
                )
        entries = _story_tags(a.digest)
        entries["topics"] = [(key, name, None) for key, name in topics[a.identity]]
        for kind, items in entries.items():
            a.tags[kind] = []
            for key, name, note in items:
                tag = by_kind[kind].setdefault(key, Tag(kind, key, name, note=note))
                if not tag.articles or tag.articles[-1] is not a:  # articles arrive one at a time
                    tag.articles.append(a)
                    a.tags[kind].append(tag)
    result = {}
    for kind, tags in by_kind.items():
        slugs = unique_slugs([(key, slugify(key)) for key in tags])
        for key, tag in tags.items():
            tag.slug = slugs[key]
            tag.url = f"{base}tags/{kind}/{tag.slug}/"
        result[kind] = sorted(tags.values(), key=lambda t: (-len(t.articles), t.slug))
    return result


# A tag on more articles than this says little about two of them being related,
# and scanning its articles for every article would make the site model quadratic.
RELATED_MAX_TAG_ARTICLES = 100
RELATED_TAGS_PER_ARTICLE = 12  # the rarest tags of an article carry the evidence


def _link_related(articles: list[Article], limit: int) -> None:
    """Related articles by shared tags, each weighted by kind and rarity (idf)."""
    n = len(articles)
    order = {id(a): i for i, a in enumerate(articles)}  # ties: newest first
    for a in articles:
        tags = [(kind, t) for kind, ts in a.tags.items() for t in ts if 1 < len(t.articles) <= RELATED_MAX_TAG_ARTICLES]
        tags.sort(key=lambda kt: len(kt[1].articles))
        scores: dict[int, float] = {}
        by_id: dict[int, Article] = {}
        for kind, tag in tags[:RELATED_TAGS_PER_ARTICLE]:
            weight = RELATED_WEIGHT[kind] * math.log((n + 1) / len(tag.articles))
            for other in tag.articles:
                if other is not a:
                    scores[id(other)] = scores.get(id(other), 0.0) + weight
                    by_id[id(other)] = other
        best = sorted((k for k, v in scores.items() if v > 0), key=lambda k: (-scores[k], order[k]))[:limit]
        a.related = [by_id[k] for k in best]


def _link_siblings(articles: list[Article]) -> None:
    by_source: dict[str, list[Article]] = {}
    for a in articles:
        by_source.setdefault(a.story.source, []).append(a)
    for group in by_source.values():
        group.sort(key=lambda a: a.story.index)
        for a in group:
            a.siblings = [o for o in group if o is not a]

"""Page views: the data built for one output page alone, and all its template receives.

Planning makes one view per page (render.plan_site); the page's signature is a hash
of its view, its template (with everything that extends, includes or imports) and
the settings, so a page is rendered again exactly when something it can show
changed. There is no list of "what a page depends on" to keep in step with the
templates: a template reads its view, and the view is hashed whole.

Views are plain data: strings, numbers, tuples, and an article's own records
(`Content`: its Story and Digest as clean and extract made them, hashed once where
they are made). Cards and feed entries are views of their own, rendered once per
build however many pages show them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from functools import cached_property

from builder.clean import Story
from builder.extract import Digest
from builder.overviews import Overviews, PlaceNode, place_tree, sparkline
from builder.site import TAG_KINDS, Article, Site, Tag


@dataclass(frozen=True, eq=False)
class Content:
    """An article's own data: its story, digest and sentence anchors. `signature` is
    the hash of all three, made with them (site.Processed), so views holding it are
    hashed without walking the text again."""

    story: Story
    digest: Digest
    anchors: tuple[str, ...]
    signature: str


@dataclass(frozen=True)
class Link:
    url: str
    title: str
    date: str | None = None


@dataclass(frozen=True)
class TagLink:
    kind: str
    key: str
    name: str
    url: str
    note: str | None
    count: int  # articles with this tag


@dataclass(frozen=True)
class CardView:
    """An article in a list (home, tag pages) or a feed."""

    url: str
    updated: str  # Atom date (site.Article.updated)
    content: Content

    @property
    def story(self) -> Story:
        return self.content.story

    @property
    def digest(self) -> Digest:
        return self.content.digest


@dataclass(frozen=True)
class ArticleView(CardView):
    tag_lists: tuple[tuple[str, tuple[TagLink, ...]], ...] = ()  # (kind, tags) in TAG_KINDS order
    related: tuple[Link, ...] = ()
    siblings: tuple[Link, ...] = ()

    @property
    def anchors(self) -> tuple[str, ...]:
        return self.content.anchors

    @cached_property
    def tags(self) -> dict[str, tuple[TagLink, ...]]:
        return dict(self.tag_lists)


@dataclass(frozen=True)
class TimelineRow:
    date: str
    name: str
    url: str  # the article's
    anchor: str  # the sentence's
    title: str  # the article's
    place: str | None


@dataclass(frozen=True)
class NumberRowView:
    metric: str
    place: str
    items: tuple[tuple[str, str, str], ...]  # (text, article url, anchor)


@dataclass(frozen=True)
class PlaceNodeView:
    name: str
    tag: TagLink | None
    articles: int
    children: tuple[PlaceNodeView, ...]


def signature(view) -> str:
    """Hash of a view: every field, an article's content by its own signature."""
    h = hashlib.sha256()
    _feed(h, view)
    return h.hexdigest()


def _feed(h, value) -> None:
    if isinstance(value, Content):
        h.update(b"C" + value.signature.encode())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        h.update(type(value).__name__.encode() + b"(")
        for f in dataclasses.fields(value):
            _feed(h, getattr(value, f.name))
        h.update(b")")
    elif isinstance(value, (list, tuple)):
        h.update(b"[")
        for item in value:
            _feed(h, item)
        h.update(b"]")
    elif isinstance(value, dict):
        h.update(b"{")
        for key in sorted(value, key=repr):
            _feed(h, key)
            _feed(h, value[key])
        h.update(b"}")
    else:
        h.update(repr(value).encode() + b"\0")


class Views:
    """Builds the views of one site model; each article's card and page once."""

    def __init__(self, site: Site):
        self.site = site
        self._cards: dict[int, CardView] = {}
        self._tags: dict[int, TagLink] = {}

    # --- articles ------------------------------------------------------------

    def content(self, a: Article) -> Content:
        return Content(a.story, a.digest, tuple(a.anchors), a.content_signature)

    def card(self, a: Article) -> CardView:
        card = self._cards.get(id(a))
        if card is None:
            card = self._cards[id(a)] = CardView(a.url, a.updated, self.content(a))
        return card

    def cards(self, articles: list[Article]) -> tuple[CardView, ...]:
        return tuple(self.card(a) for a in articles)

    def article(self, a: Article) -> ArticleView:
        return ArticleView(
            a.url,
            a.updated,
            self.content(a),
            tag_lists=tuple((kind, tuple(self.tag(t) for t in a.tags.get(kind, []))) for kind in TAG_KINDS),
            related=tuple(Link(r.url, r.story.title, r.story.date) for r in a.related),
            siblings=tuple(Link(s.url, s.story.title, s.story.date) for s in a.siblings),
        )

    # --- tags ----------------------------------------------------------------

    def tag(self, t: Tag) -> TagLink:
        link = self._tags.get(id(t))
        if link is None:
            link = self._tags[id(t)] = TagLink(t.kind, t.key, t.name, t.url, t.note, len(t.articles))
        return link

    def tags(self, tags: list[Tag]) -> tuple[TagLink, ...]:
        return tuple(self.tag(t) for t in tags)

    def tag_overview(self) -> dict[str, tuple[int, tuple[TagLink, ...]]]:
        """kind -> (how many tags, the 12 most used)."""
        return {kind: (len(tags), self.tags(tags[:12])) for kind, tags in self.site.tags.items()}

    def place_tree(self, tags: list[Tag]) -> tuple[PlaceNodeView, ...]:
        return tuple(self._node(n) for n in place_tree(tags))

    def _node(self, node: PlaceNode) -> PlaceNodeView:
        return PlaceNodeView(
            node.name,
            self.tag(node.tag) if node.tag else None,
            node.articles,
            tuple(self._node(c) for c in node.children),
        )

    @staticmethod
    def sparklines(tags: list[Tag]) -> dict[str, str]:
        return {t.url: sparkline(t.articles) for t in tags}

    # --- the site-wide pages of the boxes ------------------------------------

    def box_page(self, box: str) -> dict:
        """What the page of one box (builder/boxes.py) shows, as plain rows."""
        overviews = Overviews(self.site)
        if box == "meetings":
            rows = lambda entries: tuple(  # noqa: E731
                TimelineRow(
                    e.date,
                    e.meeting.name,
                    e.article.url,
                    e.article.anchors[e.meeting.sentence] if e.meeting.sentence < len(e.article.anchors) else "",
                    e.article.story.title,
                    e.place,
                )
                for e in entries
            )
            return {
                "timeline": rows(overviews.timeline),
                "undated": rows(overviews.undated),
                "timeline_points": tuple(
                    {"x": p["x"], "date": p["entry"].date, "name": p["entry"].meeting.name}
                    for p in overviews.timeline_points
                ),
            }
        if box == "slogans":
            return {
                "slogans": tuple(
                    {"tag": self.tag(row["tag"]), "places": tuple(row["places"]), "count": row["count"]}
                    for row in overviews.slogans
                )
            }
        if box == "numbers":
            return {
                "numbers": tuple(
                    NumberRowView(r.metric, r.place, tuple((text, a.url, anchor) for text, a, anchor in r.items))
                    for r in overviews.numbers
                ),
                "charts": tuple(overviews.charts),
            }
        raise ValueError(f"no site-wide page for the box {box!r}")

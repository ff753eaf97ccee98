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
from builder.overviews import Overviews, PlaceNode, main_place, place_tree, sparkline
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


@dataclass(frozen=True, eq=False)
class Links:
    """An article's links to the rest of the site."""

    tag_lists: tuple[tuple[str, tuple[TagLink, ...]], ...]  # (kind, tags) in TAG_KINDS order
    related: tuple[Link, ...]
    siblings: tuple[Link, ...]


@dataclass(frozen=True)
class ArticleView(CardView):
    links: Links | None = None

    @property
    def anchors(self) -> tuple[str, ...]:
        return self.content.anchors

    @cached_property
    def tags(self) -> dict[str, tuple[TagLink, ...]]:
        return dict(self.links.tag_lists)

    @property
    def related(self) -> tuple[Link, ...]:
        return self.links.related

    @property
    def siblings(self) -> tuple[Link, ...]:
        return self.links.siblings


@dataclass(frozen=True, eq=False)
class BoxPage:
    """The rows of a box's site-wide page (timeline, slogans, numbers), by name."""

    rows: dict

    def __getattr__(self, name: str):
        try:
            return self.__dict__["rows"][name]
        except KeyError:
            raise AttributeError(name) from None


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


def signature(view, lasting: dict[int, bytes] | None = None, plan: dict[int, bytes] | None = None) -> str:
    """Hash of a view: every field, an article's content by its own signature. The memos
    (id → hash) spare hashing again what many pages show: `plan` for cards (built anew
    by every plan), `lasting` for links kept with the model; each must not outlive
    the objects it names."""
    h = hashlib.sha256()
    _feed(h, view, {} if lasting is None else lasting, {} if plan is None else plan)
    return h.hexdigest()


def _feed_all(h, values, lasting: dict[int, bytes], plan: dict[int, bytes]) -> None:
    for value in values:
        if type(value) is str:  # most of what views hold: spare the call
            h.update(value.encode() + b"\0")
        else:
            _feed(h, value, lasting, plan)


def _card_hash(card: CardView, plan: dict[int, bytes]) -> bytes:
    """A card is its URL, its date and its content (whose signature covers all of it)."""
    digest = plan.get(id(card))
    if digest is None:
        text = f"Card\0{card.url}\0{card.updated}\0{card.content.signature}"
        digest = plan[id(card)] = hashlib.sha256(text.encode()).digest()
    return digest


_FIELDS: dict[type, tuple[str, ...]] = {}  # field names of each view type, looked up once
_LASTING = (Link, TagLink, Links, BoxPage)  # kept with the model (Views), hashed once while it lives


def _feed(h, value, lasting: dict[int, bytes], plan: dict[int, bytes]) -> None:
    kind = type(value)
    if kind is str:
        h.update(value.encode() + b"\0")
        return
    if kind is Content:
        h.update(b"C" + value.signature.encode())
        return
    if kind is tuple or kind is list:
        h.update(b"[")
        if value and type(value[0]) is CardView:  # a list page's cards: the common case, made short
            for card in value:
                h.update(_card_hash(card, plan))
        else:
            _feed_all(h, value, lasting, plan)
        h.update(b"]")
        return
    names = _FIELDS.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        if kind is CardView:
            h.update(_card_hash(value, plan))
            return
        memo = lasting if kind in _LASTING else None
        if memo is None:
            h.update(kind.__name__.encode() + b"(")
            _feed_all(h, (getattr(value, name) for name in names), lasting, plan)
            h.update(b")")
            return
        digest = memo.get(id(value))
        if digest is None:
            inner = hashlib.sha256(kind.__name__.encode())
            for name in names:
                _feed(inner, getattr(value, name), lasting, plan)
            digest = memo[id(value)] = inner.digest()
        h.update(digest)
    elif kind is dict:
        h.update(b"{")
        keys = sorted(value) if all(type(k) is str for k in value) else sorted(value, key=repr)
        for key in keys:
            item = value[key]
            if type(key) is str and type(item) is str:
                h.update(f"{key}\0{item}\0".encode())
            else:
                _feed(h, key, lasting, plan)
                _feed(h, item, lasting, plan)
        h.update(b"}")
    else:
        h.update(repr(value).encode() + b"\0")


class Views:
    """Builds the views of one site model; each article's card and page once.

    Links and tag links depend on the model's links only, and `serve` reuses a model
    only while they are the same (site.build_model), so they and their hashes are
    kept with the model: a save rebuilds the views of the changed contents alone."""

    def __init__(self, site: Site):
        self.site = site
        self._cards: dict[int, CardView] = {}
        lasting = site.__dict__.setdefault("_views", {"tags": {}, "links": {}, "memo": {}, "boxes": {}, "items": {}})
        self._boxes: dict[str, tuple[str, BoxPage]] = lasting["boxes"]  # box → (what its rows are made of, rows)
        self._items: dict[tuple[str, str], str] = lasting["items"]  # (box, content signature) → its items' hash
        self._tags: dict[int, TagLink] = lasting["tags"]  # id(Tag) → link; the model keeps its tags alive
        self._links: dict[int, Links] = lasting["links"]  # id(Article) → its links
        self._lasting_memo: dict[int, bytes] = lasting["memo"]  # of those links (see signature())
        self._plan_memo: dict[int, bytes] = {}  # of this plan's cards

    def signature(self, view) -> str:
        return signature(view, self._lasting_memo, self._plan_memo)

    # --- articles ------------------------------------------------------------

    def content(self, a: Article) -> Content:
        return Content(a.story, a.digest, tuple(a.anchors), a.content_signature)

    def card(self, a: Article) -> CardView:
        card = self._cards.get(id(a))
        if card is None:
            card = self._cards[id(a)] = CardView(a.url, a.updated, self.content(a))
        return card

    def cards(self, articles: list[Article]) -> tuple[CardView, ...]:
        made = self._cards
        return tuple(made[id(a)] if id(a) in made else self.card(a) for a in articles)

    def article(self, a: Article) -> ArticleView:
        links = self._links.get(id(a))
        if links is None:
            links = self._links[id(a)] = Links(
                tuple((kind, tuple(self.tag(t) for t in a.tags.get(kind, []))) for kind in TAG_KINDS),
                tuple(Link(r.url, r.story.title, r.story.date) for r in a.related),
                tuple(Link(s.url, s.story.title, s.story.date) for s in a.siblings),
            )
        return ArticleView(a.url, a.updated, self.content(a), links)

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

    def box_page(self, box: str) -> BoxPage:
        """What the page of one box (builder/boxes.py) shows, as plain rows; made again
        only when what they are made of changed (a save under `serve` that leaves every
        article's items of the box alone reuses them)."""
        made_of = self._box_inputs(box)
        cached = self._boxes.get(box)
        if cached is None or cached[0] != made_of:
            if cached is not None:  # its hash goes with it: a new page may take its id
                self._lasting_memo.pop(id(cached[1]), None)
            cached = self._boxes[box] = (made_of, BoxPage(self._box_rows(box)))
        return cached[1]

    def _box_inputs(self, box: str) -> str:
        """Hash of each article's items of the box with their anchors, URL, title and main place."""
        h = hashlib.sha256()
        for a in self.site.articles:
            items = getattr(a.digest, box)
            if not items:
                continue
            key = (box, a.content_signature)
            if key not in self._items:
                anchors = [a.anchors[i.sentence] if i.sentence < len(a.anchors) else "" for i in items]
                self._items[key] = hashlib.sha256(repr((items, anchors)).encode()).hexdigest()
            h.update(f"{a.url}\0{a.story.title}\0{main_place(a)}\0{self._items[key]}\0".encode())
        return h.hexdigest()

    def _box_rows(self, box: str) -> dict:
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

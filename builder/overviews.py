"""Site-wide views of the boxes: meeting timeline, slogan index, numbers table.

Also the geometry of the small SVG pictures (timeline strip, bar charts,
sparklines): computed here as plain numbers, drawn by the templates, so the
browser needs no chart library and no JavaScript.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from builder.site import Article, Site

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PLACE_SECTIONS = {"foreign": "国外", "country": "全国"}  # places outside the division tree; the rest: 其他
_SECTION_RANK = {"全国": 1, "国外": 2, "其他": 3}  # after the provinces, in this order


@dataclass
class PlaceNode:
    """One row of the places index: a division, the tag of that name if any, the rows below."""

    name: str
    tag: object | None = None  # site.Tag
    children: list[PlaceNode] = field(default_factory=list)
    articles: int = 0  # on the tag and every tag below (ordering)


def place_tree(tags: list) -> list[PlaceNode]:
    """Place tags grouped by province, then city, then county (their `within`);
    places outside China's divisions go under 国外, 全国 or 其他."""
    root = PlaceNode("")
    index: dict[tuple[str, ...], PlaceNode] = {}
    for tag in tags:
        path = (*tag.within, tag.key) if tag.within else (_section(tag), tag.key)
        if tag.within == () and _level(tag) == "province":
            path = (tag.key,)
        node = root
        for depth in range(1, len(path) + 1):
            key = path[:depth]
            if key not in index:
                index[key] = PlaceNode(path[depth - 1])
                node.children.append(index[key])
            node = index[key]
            node.articles += len(tag.articles)
        node.tag = tag
    _order(root)
    return root.children


def _level(tag) -> str | None:
    return getattr(tag, "level", None)


def _section(tag) -> str:
    return PLACE_SECTIONS.get(_level(tag) or "", "其他")


def _order(node: PlaceNode) -> None:
    node.children.sort(key=lambda n: (_SECTION_RANK.get(n.name, 0), -n.articles, n.name))
    for child in node.children:
        _order(child)


@dataclass
class TimelineEntry:
    date: str  # ISO, or as written when the year is unknown
    meeting: object  # extract.Meeting
    article: Article
    place: str | None


@dataclass
class Bar:
    label: str
    value: float
    text: str
    url: str
    width: float  # 0..100, share of the longest bar


@dataclass
class NumberRow:
    metric: str
    unit: str
    place: str
    items: list[tuple[str, Article, str]]  # (text, article, anchor)


@dataclass
class Chart:
    metric: str
    unit: str
    bars: list[Bar]


class Overviews:
    """The site-wide views, each computed when a page first asks for it: a rebuild
    that re-renders none of their pages (most saves under `serve`) computes none."""

    def __init__(self, site: Site):
        self.site = site

    @cached_property
    def _meetings(self) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
        dated, undated = [], []
        for a in self.site.articles:
            for m in a.digest.meetings:
                entry = TimelineEntry(m.date or "", m, a, m.place or m.organizer or main_place(a))
                (dated if m.date and ISO_DATE.match(m.date) else undated).append(entry)
        dated.sort(key=lambda e: (e.date, e.meeting.name))
        return dated, undated

    @property
    def timeline(self) -> list[TimelineEntry]:
        return self._meetings[0]

    @property
    def undated(self) -> list[TimelineEntry]:
        return self._meetings[1]

    @cached_property
    def timeline_points(self) -> list[dict]:  # x in 0..100 for the SVG strip
        return _timeline_points(self.timeline)

    @cached_property
    def slogans(self) -> list[dict]:  # tag, places, count
        rows = []
        for tag in self.site.tags.get("slogans", []):
            places = Counter(p for a in tag.articles for p in [main_place(a)] if p)
            uses = sum(s.count for a in tag.articles for s in a.digest.slogans if (s.key or s.text) == tag.key)
            rows.append({"tag": tag, "places": [p for p, _ in places.most_common(5)], "count": uses})
        return rows

    @cached_property
    def _numbers(self) -> tuple[list[NumberRow], list[Chart]]:
        return _numbers(self.site)

    @property
    def numbers(self) -> list[NumberRow]:
        return self._numbers[0]

    @property
    def charts(self) -> list[Chart]:
        return self._numbers[1]


def main_place(article: Article) -> str | None:
    places = article.tags.get("places") or []
    return places[0].name if places else None


def _timeline_points(entries: list[TimelineEntry]) -> list[dict]:
    if not entries:
        return []
    days = [dt.date.fromisoformat(e.date).toordinal() for e in entries]
    first, span = min(days), max(max(days) - min(days), 1)
    return [{"x": round(4 + 92 * (d - first) / span, 2), "entry": e} for d, e in zip(days, entries)]


def _numbers(site: Site) -> tuple[list[NumberRow], list[Chart]]:
    rows: dict[tuple[str, str, str], NumberRow] = {}
    for a in site.articles:
        place = main_place(a) or "—"
        for n in a.digest.numbers:
            if not n.metric or n.unsure:  # unsure: off every page
                continue
            key = (n.metric, n.unit, place)
            row = rows.setdefault(key, NumberRow(n.metric, n.unit, place, []))
            row.items.append((n.text, a, a.anchors[n.sentence] if n.sentence < len(a.anchors) else ""))
    table = sorted(rows.values(), key=lambda r: (r.metric, r.place))
    # a chart where one metric and unit is reported for two or more places or articles
    by_metric: dict[tuple[str, str], list[Bar]] = {}
    for a in site.articles:
        for n in a.digest.numbers:
            if n.metric and not n.unsure:
                by_metric.setdefault((n.metric, n.unit), []).append(
                    Bar(main_place(a) or a.story.title[:8], float(n.value), n.text, a.url, 0.0)
                )
    charts = []
    for (metric, unit), bars in sorted(by_metric.items()):
        if len(bars) < 2:
            continue
        top = max((b.value for b in bars), default=0) or 1
        for b in bars:
            b.width = round(100 * b.value / top, 2)
        charts.append(Chart(metric, unit, sorted(bars, key=lambda b: -b.value)[:12]))
    return table, charts


def sparkline(articles: list[Article]) -> str:
    """Points of an SVG polyline: articles per month over the tag's life."""
    months = Counter(a.story.date[:7] for a in articles if a.story.date)
    return _polyline(tuple(sorted(months.items()))) if months else ""


@lru_cache(maxsize=8192)  # tags keep their shape from one build to the next
def _polyline(month_counts: tuple[tuple[str, int], ...], width: int = 100, height: int = 20) -> str:
    months = dict(month_counts)
    first, last = min(months), max(months)
    keys = _month_range(first, last)
    top = max(months.values())
    step = width / max(len(keys) - 1, 1)
    return " ".join(
        f"{round(i * step, 1)},{round(height - 2 - (height - 4) * months.get(k, 0) / top, 1)}"
        for i, k in enumerate(keys)
    )


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out

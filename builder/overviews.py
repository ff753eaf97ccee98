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

from builder.site import Article, Site

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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


@dataclass
class Overviews:
    timeline: list[TimelineEntry] = field(default_factory=list)
    timeline_points: list[dict] = field(default_factory=list)  # x in 0..100 for the SVG strip
    undated: list[TimelineEntry] = field(default_factory=list)
    slogans: list[dict] = field(default_factory=list)  # tag, places, count
    numbers: list[NumberRow] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    sparklines: dict[str, str] = field(default_factory=dict)  # tag url -> SVG polyline points


def main_place(article: Article) -> str | None:
    places = article.tags.get("places") or []
    return places[0].name if places else None


def build_overviews(site: Site) -> Overviews:
    view = Overviews()
    for a in site.articles:
        for m in a.digest.meetings:
            entry = TimelineEntry(m.date or "", m, a, m.place or m.organizer or main_place(a))
            (view.timeline if m.date and ISO_DATE.match(m.date) else view.undated).append(entry)
    view.timeline.sort(key=lambda e: (e.date, e.meeting.name))
    view.timeline_points = _timeline_points(view.timeline)
    for tag in site.tags.get("slogans", []):
        places = Counter(p for a in tag.articles for p in [main_place(a)] if p)
        uses = sum(s.count for a in tag.articles for s in a.digest.slogans if (s.key or s.text) == tag.key)
        view.slogans.append({"tag": tag, "places": [p for p, _ in places.most_common(5)], "count": uses})
    view.numbers, view.charts = _numbers(site)
    view.sparklines = {t.url: sparkline(t.articles) for tags in site.tags.values() for t in tags}
    return view


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
            if not n.metric:
                continue
            key = (n.metric, n.unit, place)
            row = rows.setdefault(key, NumberRow(n.metric, n.unit, place, []))
            row.items.append((n.text, a, a.anchors[n.sentence] if n.sentence < len(a.anchors) else ""))
    table = sorted(rows.values(), key=lambda r: (r.metric, r.place))
    # a chart where one metric and unit is reported for two or more places or articles
    by_metric: dict[tuple[str, str], list[Bar]] = {}
    for a in site.articles:
        for n in a.digest.numbers:
            if n.metric:
                by_metric.setdefault((n.metric, n.unit), []).append(
                    Bar(main_place(a) or a.story.title[:8], float(n.value), n.text, a.url, 0.0))
    charts = []
    for (metric, unit), bars in sorted(by_metric.items()):
        if len(bars) < 2:
            continue
        top = max((b.value for b in bars), default=0) or 1
        for b in bars:
            b.width = round(100 * b.value / top, 2)
        charts.append(Chart(metric, unit, sorted(bars, key=lambda b: -b.value)[:12]))
    return table, charts


def sparkline(articles: list[Article], width: int = 100, height: int = 20) -> str:
    """Points of an SVG polyline: articles per month over the tag's life."""
    months = Counter(a.story.date[:7] for a in articles if a.story.date)
    if not months:
        return ""
    first, last = min(months), max(months)
    keys = _month_range(first, last)
    top = max(months.values())
    step = width / max(len(keys) - 1, 1)
    return " ".join(f"{round(i * step, 1)},{round(height - 2 - (height - 4) * months.get(k, 0) / top, 1)}"
                    for i, k in enumerate(keys))


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out

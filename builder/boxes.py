"""The summary boxes, declared once.

Each box (meetings, slogans, numbers) is one entry here: the digest attribute
and JSON key it lives under, the extractor that finds its items, the fields
an item has in digest.json, the partial template that draws its items, its
site-wide page, and its labels. The extract stage, digest.json, the site
model, the page plan, the templates (`boxes`, a template global) and the search
filters all read this list; adding a box means adding an entry, a partial and
a page template.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    name: str  # the Digest attribute and digest.json key
    extractor: str  # "module:function", called as function(sentences, context) by the extract stage
    fields: tuple[str, ...]  # an item's fields in digest.json, in order
    heading: str  # the box's heading, its search filter value and its nav link
    label: str  # the box's accessible name
    partial: str  # template that draws the items inside the box
    page: str  # template of the site-wide page of this box
    url: str  # that page's folder
    brief_items: int  # how many items an article's one-line summary names
    brief_joiner: str  # between them
    brief_quotes: bool = False  # slogans are shown in quotation marks
    shows_unsure: bool = True  # items flagged unsure stay in digest.json but off the page

    def shown(self, items: list) -> list:
        """The items a page shows."""
        return list(items) if self.shows_unsure else [i for i in items if not getattr(i, "unsure", False)]

    def brief(self, items: list, limit: int | None = None) -> str:
        """Plain text naming the first items (brief_items, or limit): a card's line, a page's summary."""
        texts = [_text(item) for item in self.shown(items)[: limit or self.brief_items]]
        return "".join(f"“{t}”" for t in texts) if self.brief_quotes else self.brief_joiner.join(texts)

    def extract(self, sentences, context: dict) -> list:
        module, _, function = self.extractor.partition(":")
        return getattr(importlib.import_module(module), function)(sentences, context)


def _text(item) -> str:
    return getattr(item, "name", None) or item.text


BOXES = (
    Box(
        name="meetings",
        extractor="builder.extract.meetings:box_items",
        fields=("name", "sentence", "date", "place", "organizer", "chair", "speakers"),
        heading="会议",
        label="会议",
        partial="_box_meetings.html",
        page="timeline.html",
        url="timeline/",
        brief_items=1,
        brief_joiner="",
    ),
    Box(
        name="slogans",
        extractor="builder.extract.slogans:box_items",
        fields=("text", "count", "sentence", "key"),
        heading="口号",
        label="口号与提法",
        partial="_box_slogans.html",
        page="slogans.html",
        url="slogans/",
        brief_items=3,
        brief_joiner="",
        brief_quotes=True,
    ),
    Box(
        name="numbers",
        extractor="builder.extract.numbers:box_items",
        fields=("text", "value", "unit", "sentence", "metric", "unsure"),
        heading="数字",
        label="关键数字",
        partial="_box_numbers.html",
        page="numbers.html",
        url="numbers/",
        brief_items=3,
        brief_joiner="、",
        shows_unsure=False,
    ),
)
BOX_NAMES = tuple(box.name for box in BOXES)

"""Site model stage: processed stories become pages, tags and links.

Everything a template needs is decided here (slugs, URLs, tag membership,
related articles); templates only present it.
"""
from __future__ import annotations

from dataclasses import dataclass

from builder.clean import Story
from builder.extract import Digest


@dataclass
class Processed:
    """One story after clean + extract: what the cache stores."""

    story: Story
    digest: Digest


def _topics(digest: Digest, limit: int = 5) -> list[str]:
    return [t.name for t in digest.terms[:limit]]


def story_json(item: Processed) -> dict:
    story, digest = item.story, item.digest
    return {
        "title": story.title,
        "date": story.date,
        "source": story.source_name,
        "reporters": story.reporters,
        "lang": story.lang,
        **digest.boxes(),
        "topics": _topics(digest),
    }


def digest_json(items: list[Processed]) -> dict:
    """The digest of a whole file: its first story's header, the union of all boxes,
    and a `stories` list when the file holds more than one story."""
    if not items:
        return {"title": None, "date": None, "source": None, "meetings": [], "slogans": [], "numbers": [],
                "people": [], "places": [], "orgs": [], "topics": []}
    stories = [story_json(item) for item in items]
    if len(stories) == 1:
        return stories[0]
    union = dict(stories[0])
    for key in ("meetings", "slogans", "numbers", "people", "places", "orgs", "topics"):
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

"""Meetings held: name, date, place, organiser, chair, speakers (GUIDE.md)."""
from __future__ import annotations

from builder.extract import Meeting
from builder.text import Sentence


def find_meetings(sentences: list[Sentence], year: int | None = None, publication_date: str | None = None) -> list[Meeting]:
    return []

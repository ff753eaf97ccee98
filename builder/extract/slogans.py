"""Slogans: quoted campaign names, mottos and programme labels (GUIDE.md)."""
from __future__ import annotations

from builder.extract import Slogan
from builder.text import Sentence


def find_slogans(sentences: list[Sentence]) -> list[Slogan]:
    return []

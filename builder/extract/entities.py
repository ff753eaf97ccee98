"""People, places, organisations and topic terms, found with jieba."""
from __future__ import annotations

from builder.extract import Entity, Person, Term
from builder.text import Sentence


def find_people(sentences: list[Sentence]) -> list[Person]:
    return []


def find_places(sentences: list[Sentence]) -> list[Entity]:
    return []


def find_orgs(sentences: list[Sentence]) -> list[Entity]:
    return []


def find_terms(sentences: list[Sentence]) -> list[Term]:
    return []

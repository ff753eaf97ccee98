"""Key numbers: statistics, counts, amounts, rates and targets (GUIDE.md)."""
from __future__ import annotations

from builder.extract import Number
from builder.text import Sentence


def find_numbers(sentences: list[Sentence]) -> list[Number]:
    return []

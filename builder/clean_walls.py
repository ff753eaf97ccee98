"""Paragraphs for a source that lost its line breaks.

Some scrapers deliver a whole article as one line of 1–3 k characters. Such a
wall is split at sentence ends only (never inside a sentence or a quotation),
before inline headings (一、…, （二）…, 以下是…全文), and wherever the scraper
left a space after a sentence end (the trace of a lost break). A source that
had its breaks keeps its paragraphs as written.
"""

from __future__ import annotations

import re

from builder.text import split_sentences

WALL = 400  # a paragraph this long, in a story of one or two, lost its breaks
HUGE = 1200  # no paragraph of a source that had breaks is this long
PARAGRAPH = 160  # a paragraph closes at the first sentence end past this length

_INLINE_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节)"
    r"|以下(?:是|为)[^。，]{0,24}?(?:全文|原文|实录|摘要|要点))"
)
# '一、总体思路 深入贯彻…': a short heading, then a space, then its text
_HEADING_THEN_TEXT = re.compile(r"^(?P<head>\s*\S{2,30}?)[ \u3000]+(?=\S)")
_BROKEN_AT = re.compile(r"(?<=[。！？!?”」』])[ \u3000\t]+")
_FULL_TEXT = re.compile(r"(以下(?:是|为)[^。，：:]{0,24}?(?:全文|原文|实录)[：:。]?)")
_CLAUSE = re.compile("[，。；：！？,;:!?]")


def is_wall(text: str, paragraphs_in_story: int) -> bool:
    return len(text) >= HUGE or (len(text) >= WALL and paragraphs_in_story <= 2)


def split_wall(text: str) -> list[tuple[str, str]]:
    """(kind, text) blocks of a wall: 'h' for an inline heading, else 'p'.
    Joined back (without the spaces at the cuts) they give the text."""
    blocks: list[tuple[str, str]] = []
    for piece in _BROKEN_AT.split(text.strip()):
        for k, part in enumerate(_FULL_TEXT.split(piece)):
            if k % 2:
                blocks.append(("p", part))  # '以下是报告全文：' stands alone
            elif part.strip():
                blocks += _group(part)
    return blocks


def _group(text: str) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    current = ""
    for _, sentence in split_sentences(text):
        heading = _INLINE_HEADING.match(sentence)
        if heading and current:
            blocks.append(("p", current))
            current = ""
        if heading:
            split = _HEADING_THEN_TEXT.match(sentence)
            if split and not _CLAUSE.search(split["head"]):
                blocks.append(("h", split["head"].strip()))
                sentence = sentence[split.end() :]
        current += sentence
        if len(current) >= PARAGRAPH or (heading and sentence.rstrip().endswith(("：", ":"))):
            blocks.append(("p", current.strip()))
            current = ""
    if current.strip():
        blocks.append(("p", current.strip()))
    return blocks

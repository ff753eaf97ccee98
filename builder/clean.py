"""Clean stage: a loaded Source becomes one or more Story objects.

Raw scraped text (.txt) loses its page furniture, gets its paragraphs rejoined
across page breaks and its metadata pulled out; Markdown (.md) is taken as
already clean and only turned into blocks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from builder.load import Source
from builder.text import language_tag

BLOCK_KINDS = ("p", "h", "caption", "quote")


@dataclass(frozen=True)
class Block:
    kind: str  # one of BLOCK_KINDS: paragraph, subheading, photo caption, pull quote
    text: str  # plain text as written (extraction and sentence anchors work on it)
    html: str | None = None  # inline HTML from Markdown; None for plain text


@dataclass
class Story:
    source: str  # Source.rel of the file it came from
    index: int  # position of the story in its file (0 for most files)
    title: str
    blocks: list[Block]
    date: str | None = None  # ISO YYYY-MM-DD
    time: str | None = None  # HH:MM
    kicker: str | None = None  # column / special-report line above the title
    subtitle: str | None = None
    source_name: str | None = None  # the outlet: 临汾日报, 本报讯 resolved where possible
    reporters: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    lang: str = "zh-Hans"  # zh-Hans or zh-Hant, from the characters used
    tags: list[str] = field(default_factory=list)  # from front matter
    slug: str | None = None  # from front matter
    summary: str | None = None
    draft: bool = False
    warnings: list[str] = field(default_factory=list)


def clean(source: Source) -> list[Story]:
    """All stories in a source file, in file order."""
    if source.format == "md":
        return [clean_markdown(source)]
    return clean_raw_text(source.text, source.rel)


# --- Markdown ----------------------------------------------------------------

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def clean_markdown(source: Source) -> Story:
    meta = source.meta
    tokens = _MD.parse(source.text)
    blocks: list[Block] = []
    title = meta.get("title")
    for i, tok in enumerate(tokens):
        if tok.type != "inline":
            continue
        opener = tokens[i - 1]
        plain = "".join(c.content for c in (tok.children or []) if c.type in ("text", "code_inline")) or tok.content
        html = _MD.renderer.render(tok.children or [], _MD.options, {})
        if opener.type == "heading_open":
            if title is None and opener.tag == "h1" and not blocks:
                title = plain
                continue
            blocks.append(Block("h", plain, html))
        else:
            blocks.append(Block("p", plain, html))
    text = "\n".join(b.text for b in blocks)
    return Story(
        source=source.rel,
        index=0,
        title=title or source.path.stem,
        blocks=blocks,
        date=meta.get("date"),
        source_name=meta.get("source"),
        reporters=list(meta.get("authors", [])),
        lang=meta.get("lang") or language_tag(title or "" + text),
        tags=list(meta.get("tags", [])),
        slug=meta.get("slug"),
        summary=meta.get("summary"),
        draft=bool(meta.get("draft", False)),
    )


# --- Raw scraped text ------------------------------------------------------------

_PINYIN = re.compile(r"\([a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹ]+\)")
_DATE = re.compile(r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def clean_raw_text(text: str, name: str) -> list[Story]:
    """First version: title is the first line, paragraphs are the other lines."""
    text = _PINYIN.sub("", text)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return [Story(source=name, index=0, title=name, blocks=[])]
    date = _DATE.search(text)
    return [
        Story(
            source=name,
            index=0,
            title=lines[0],
            blocks=[Block("p", line) for line in lines[1:]],
            date=f"{date[1]}-{int(date[2]):02d}-{int(date[3]):02d}" if date else None,
            lang=language_tag(text),
        )
    ]

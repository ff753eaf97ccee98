"""Clean stage: a loaded Source becomes one or more Story objects.

Raw scraped text (.txt) loses its page furniture, gets its paragraphs rejoined
across page breaks and its metadata pulled out; Markdown (.md) is taken as
already clean and only turned into blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from builder import clean_lead as L
from builder import clean_rules as R
from builder import clean_split as S
from builder import clean_walls as W
from builder.text import language_tag

if TYPE_CHECKING:  # only a type here; load's own imports stay out of the clean stage
    from builder.load import Source

BLOCK_KINDS = ("p", "h", "caption", "quote")


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # one of BLOCK_KINDS: paragraph, subheading, photo caption, pull quote
    text: str  # plain text as written (extraction and sentence anchors work on it)
    html: str | None = None  # inline HTML from Markdown; None for plain text

    def __reduce__(self):  # as Sentence's (builder/text.py): faster than the dataclass default
        return Block, (self.kind, self.text, self.html)


@dataclass
class Story:
    source: str  # Source.rel of the file it came from
    index: int  # position of the story in its file (0 for most files)
    title: str
    blocks: list[Block]
    date: str | None = None  # ISO YYYY-MM-DD
    date_text: str | None = None  # 'M月D日' when the text names the day but not the year (never guessed)
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


@lru_cache(maxsize=1)
def _markdown():
    """The Markdown parser, made on first use: a site of .txt files never imports it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def clean_markdown(source: Source) -> Story:
    meta = source.meta
    md = _markdown()
    tokens = md.parse(source.text)
    blocks: list[Block] = []
    title = meta.get("title")
    for i, tok in enumerate(tokens):
        if tok.type != "inline":
            continue
        opener = tokens[i - 1]
        plain = "".join(c.content for c in (tok.children or []) if c.type in ("text", "code_inline")) or tok.content
        html = md.renderer.render(tok.children or [], md.options, {})
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
        lang=meta.get("lang") or language_tag((title or "") + text),
        tags=list(meta.get("tags", [])),
        slug=meta.get("slug"),
        summary=meta.get("summary"),
        draft=bool(meta.get("draft", False)),
    )


# --- Raw scraped text ------------------------------------------------------------
# The rules live in clean_rules (what lines look like) and clean_split (lines →
# stories → header and body); this part assembles Story objects.


def clean_raw_text(text: str, name: str) -> list[Story]:
    """All stories of a scraped .txt file: furniture dropped, metadata filled in,
    page breaks repaired, one Story per headline."""
    text, lost, restored = S.prepare(text)
    units = S.repair_page_breaks(S.read_units(text))
    stories: list[Story] = []
    bold: list[tuple[int, int, str]] = []  # (story, block position, text) of **bold** lines
    block_lines: dict[int, int] = {}  # id(block) → line in the file, for warnings
    for index, units_of_story in enumerate(S.split_stories(units)):
        story, story_bold = _build_story(units_of_story, name, index, block_lines)
        stories.append(story)
        bold += [(index, pos, text) for pos, text in story_bold]
    if not stories:
        return [Story(source=name, index=0, title=_stem(name), blocks=[])]
    _place_bold(stories, bold)
    _share_page_meta(stories)
    stories[0].warnings += [
        f"line {text.count(chr(10), 0, at) + 1}: a lost character was restored as “{ch}” from its pinyin"
        for at, ch in restored
    ]
    for story in stories:
        story.lang = language_tag(_script_sample(story))
        if lost:
            story.warnings += _lost_character_warnings(story, block_lines)
    return stories


def _build_story(
    units: list[S.Unit], name: str, index: int, block_lines: dict[int, int]
) -> tuple[Story, list[tuple[int, str]]]:
    head = S.split_header(units)
    story = Story(source=name, index=index, title=head.title or "", blocks=[Block("caption", c) for c in head.captions])
    story.kicker = " ".join(head.kicker) or None
    story.subtitle = " ".join(head.subtitle) or None
    for meta in head.meta:
        _merge_meta(story, meta)
    bold: list[tuple[int, str]] = []
    any_paragraph = False
    body = units[head.body_start :]
    paragraphs = sum(1 for u in body if u.kind == S.TEXT)
    for unit in body:
        _merge_meta(story, unit.meta)
        if unit.kind == S.META or not unit.text:
            continue
        if unit.kind == S.BOLD and not R.heading_like(unit.text):
            bold.append((len(story.blocks), unit.text))
            continue
        block = _body_block(unit)
        if block.kind == "p" and not any_paragraph:
            glued = None if story.title else L.split_glued_headline(block.text)
            if glued:  # '民政部：…764亿元中新网5月22日电 据…' on one line
                story.title, block = glued[0], Block("p", glued[1])
            block = _lead_paragraph(story, block.text)
            if not block.text:
                continue  # the line held only '本报讯（记者 …）'
            any_paragraph = True
        if block.kind == "p" and W.is_wall(block.text, paragraphs):
            walls = [Block(kind, text) for kind, text in W.split_wall(block.text)]
            story.blocks += walls
            block_lines.update((id(b), unit.line) for b in walls)
            continue
        story.blocks.append(block)
        block_lines[id(block)] = unit.line
    if story.date is None and story.date_text is None:
        paragraphs = [b.text for b in story.blocks if b.kind == "p"]
        _merge_meta(story, L.stated_today(paragraphs) or L.second_paragraph_date(paragraphs))
    if not story.title:
        story.title = _derived_title(story.blocks) or _stem(name)
    story.title, kicker = L.tidy_title(story.title)
    story.kicker = story.kicker or kicker
    _drop_repeated_headline(story)
    return story, bold


def _drop_repeated_headline(story: Story) -> None:
    """A headline printed again as the first paragraph is not body text."""
    first = next((k for k, b in enumerate(story.blocks) if b.kind == "p"), None)
    if first is not None and L.tidy_title(story.blocks[first].text)[0] == story.title and len(story.blocks) > 1:
        del story.blocks[first]


def _body_block(unit: S.Unit) -> Block:
    text = unit.text
    if unit.kind == S.CAPTION or (unit.kind == S.TEXT and R.has_photo_credit(text)):
        return Block("caption", text)
    if unit.kind != S.TEXT or (R.heading_like(text) and not L.STORY_MARKER.match(text)):
        return Block("h", text)
    return Block("p", text)


def _lead_paragraph(story: Story, text: str) -> Block:
    """The first paragraph loses its '本报讯 (记者 …)' marker; its dateline, or
    else the first date its first sentence names, dates the story when nothing
    above it did."""
    if story.source_name is None or (story.date is None and story.date_text is None):
        _merge_meta(story, L.lead_meta(text))  # most local pages gave both in their info bar
    while text:  # a marker repeated by the scraper goes too: cleaning twice changes nothing
        text, marker_meta = L.strip_story_marker(text)
        if not marker_meta.get("stripped"):
            break
        _merge_meta(story, marker_meta)
    date = L.LEADING_DATE.match(text) and R.DATE_TIME.match(text)
    if date and story.date is None and not L.looks_away(text, date.end()):  # '2023年1月30日起': not its day
        story.date = R.date_fields(date)["date"]
    return Block("p", text)


def _merge_meta(story: Story, meta: dict) -> None:
    """Metadata found anywhere in a story; the first value of a single field wins."""
    if not meta:
        return  # most units carry none
    for key in ("source_name", "date", "date_text", "time"):
        if meta.get(key) and getattr(story, key) is None:
            setattr(story, key, meta[key])
    for key in ("reporters", "editors"):
        names = getattr(story, key)
        names += [n for n in meta.get(key, ()) if n not in names]


def _share_page_meta(stories: list[Story]) -> None:
    """Date, source and page editors printed once on a page hold for all its stories."""
    for key in ("date", "date_text", "time", "source_name"):
        value = next((getattr(s, key) for s in stories if getattr(s, key)), None)
        for story in stories:
            if getattr(story, key) is None:
                setattr(story, key, value)
    editors = [e for s in stories for e in s.editors]
    for story in stories:
        if not story.editors:
            story.editors = list(dict.fromkeys(editors))


def _place_bold(stories: list[Story], bold: list[tuple[int, int, str]]) -> None:
    """A bold line that repeats body text is a pull quote: it goes after the
    paragraph it quotes, in whichever story that is; other bold lines are paragraphs."""
    inserts: dict[int, list[tuple[int, Block]]] = {}
    for index, position, text in bold:
        where = _quoted_paragraph(stories, text)
        if where is None:
            inserts.setdefault(index, []).append((position, Block("p", text)))
        else:
            inserts.setdefault(where[0], []).append((where[1] + 1, Block("quote", text)))
    for index, items in inserts.items():
        blocks = stories[index].blocks
        for position, block in sorted(items, key=lambda item: item[0], reverse=True):
            blocks.insert(position, block)


def _quoted_paragraph(stories: list[Story], text: str) -> tuple[int, int] | None:
    needle = R.SPACES.sub("", text)
    for s, story in enumerate(stories):
        for b, block in enumerate(story.blocks):
            if block.kind == "p" and needle in R.SPACES.sub("", block.text):
                return s, b
    return None


def _derived_title(blocks: list[Block]) -> str | None:
    first = next((b for b in blocks if b.kind == "p"), None) or (blocks[0] if blocks else None)
    return R.title_from_paragraph(first.text) if first else None


def _lost_character_warnings(story: Story, block_lines: dict[int, int]) -> list[str]:
    """One warning per character the scraper lost: where it is in the file and in the story."""
    warnings = []
    for b, block in enumerate(story.blocks):
        start = block.text.find(R.LOST_CHAR)
        while start != -1:
            where = f"story {story.index}, block {b}, offset {start}"
            if block_lines.get(id(block)):
                where = f"line {block_lines[id(block)]} ({where})"
            context = block.text[max(0, start - 8) : start + 8]
            warnings.append(f"{where}: a character was lost (shown as U+FFFD) in “{context}”")
            start = block.text.find(R.LOST_CHAR, start + 1)
    return warnings


def _script_sample(story: Story, size: int = 800) -> str:
    """Enough of the story to tell Simplified from Traditional (the test is per character)."""
    parts, length = [story.title], len(story.title)
    for block in story.blocks:
        if length >= size:
            break
        parts.append(block.text)
        length += len(block.text)
    return "\n".join(parts)[:size]


def _stem(name: str) -> str:
    return PurePosixPath(name).stem


def story_text(story: Story) -> str:
    """The story written back as raw text that clean_raw_text reads as the same
    title and blocks: '# ' title, '## ' subheadings, '**…**' pull quotes."""
    parts = [f"## {story.kicker}"] if story.kicker else []
    parts.append(f"# {story.title}")
    if story.subtitle:
        parts.append(story.subtitle)
    for block in story.blocks:
        parts.append({"h": "## {}", "quote": "**{}**"}.get(block.kind, "{}").format(block.text))
    return "\n\n".join(parts) + "\n"

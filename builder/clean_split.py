"""Raw text → lines with a role → page breaks repaired → stories → header and body.

A `Unit` is one non-empty line of the scraped file (or several lines rejoined
across a page break). Units are classified once, then grouped into stories;
each story's units are split into a header (kicker, title, subtitle, byline)
and a body.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from builder import clean_lead as L
from builder import clean_rules as R
from builder import dictionary
from builder.text import full_width_punctuation

# Unit kinds
TEXT, MD_TITLE, MD_HEAD, BOLD, META, CAPTION = "text", "md_title", "md_head", "bold", "meta", "caption"


@dataclass(slots=True)
class Unit:
    kind: str
    text: str
    meta: dict = field(default_factory=dict)  # metadata the line carries (a META line, or a trailing byline)
    closes: bool = False  # ends with a byline: the story it belongs to ends here
    line: int = 0  # line number (1-based) in the file where the unit starts
    fresh: bool = True  # after a blank line or indented: where a paragraph may begin


def prepare(text: str) -> tuple[str, int, list[tuple[int, str]]]:
    """Text without HTML entities and pinyin annotations; lost characters restored
    where their pinyin makes it unambiguous (listed as (offset, character)), the
    others replaced by LOST_CHAR (and counted)."""
    if "&" in text and R.HTML_ENTITY.search(text):
        text = html.unescape(text)
    if R.PRIVATE_USE.search(text):  # a converter's stand-in for a lost paragraph break (Sogou's U+E40C)
        text = R.PRIVATE_USE.sub("\n", text)
    if R.TONED.search(text):
        toned = any(R.TONED.search(m.group(0)) for m in R.PINYIN_NOTE.finditer(text))
        if toned:
            text = R.PINYIN_NOTE.sub("", text)
    restored: list[tuple[int, str]] = []
    if R.LOST_BEFORE_PINYIN.search(text):
        from builder.restore import restore_lost  # rare: its tables load only when needed

        text, restored = restore_lost(text, R.LOST_BEFORE_PINYIN, lambda m: m.group(1))
        text = R.LOST_BEFORE_PINYIN.sub(R.LOST_CHAR, text)
    return text, text.count(R.LOST_CHAR), restored


def read_units(text: str) -> list[Unit]:
    """Classify every non-empty line; page furniture is dropped here."""
    units: list[Unit] = []
    in_header = True  # no paragraph seen yet: site-name lines are furniture
    after_blank = True
    for number, raw in enumerate(text.split("\n"), 1):
        line = R.SPACES.sub(" ", raw).strip() if raw else raw  # half the lines are blank
        if not line:
            after_blank = True
            continue
        indented = raw[:1] in (" ", "\t", "\u3000")
        line = R.strip_link_labels(_full_width(line))
        unit = classify_line(line, in_header) if line else None
        if unit is None:
            continue
        unit.line, unit.fresh = number, after_blank or indented
        after_blank = False
        if unit.kind == TEXT and R.paragraph_like(unit.text):
            in_header = False
        units.append(unit)
    return units


def _full_width(line: str) -> str:
    if not R.HALF_WIDTH.search(line):  # the marks full_width_punctuation converts
        return line
    return full_width_punctuation(line)


# A byline or credit closing a paragraph, with a cheap test of whether its pattern
# can match at all: a byline ends with a bracket, a credit has a colon.
_SIGNATURES = (
    (R.TRAILING_SOURCE, R.parse_trailing_source, lambda line: line.rstrip()[-1:] in ("）", ")") and "源" in line[-24:]),
    (R.TRAILING_BYLINE, R.parse_trailing_byline, lambda line: line.rstrip()[-1:] in ("）", ")")),
    (R.TRAILING_CREDIT, R.parse_credit, lambda line: "：" in line or ":" in line),
    (R.TRAILING_CITED, R.parse_trailing_cited, lambda line: "据" in line[-16:]),
)


def classify_line(line: str, in_header: bool) -> Unit | None:
    md = R.MD_HEADING.match(line)
    if md:
        return Unit(MD_TITLE if len(md.group(1)) == 1 else MD_HEAD, md.group(2))
    bold = R.BOLD_LINE.match(line)
    if bold:
        return Unit(BOLD, bold.group(1).strip())
    if "**" in line:
        line = R.INLINE_BOLD.sub(r"\1", line)
    if R.is_furniture(line, in_header):
        return None
    meta = R.parse_meta_line(line)
    if meta is not None:
        return Unit(META, line, meta)
    unit = Unit(TEXT, line)
    for pattern, parse, can_match in _SIGNATURES:
        signed = pattern.search(line) if can_match(line) else None
        found = parse(signed.group(1)) if signed else None
        if found is not None:  # '……之路。(宋伟)': the byline closes the story
            unit.text = line[: signed.start()].rstrip()
            unit.meta = found
            unit.closes = True
            break
    return unit


# --- page breaks ---------------------------------------------------------------


MIN_PAIR_FREQ = 50  # a two-character word of jieba's dictionary this common is a word


def _common_pair(text: str) -> bool:
    """text is a common two-character word (asked of the dictionary itself: no set of them to build)."""
    return len(text) == 2 and dictionary.freq(text) >= MIN_PAIR_FREQ


def splits_word(left: str, right: str) -> bool:
    """'…党代会确' + '定的目标…': the two sides make a word that the line end cut."""
    if not left or not right or not R.HAN.match(left[-1]) or not R.HAN.match(right[0]):
        return False
    return _common_pair(left[-1] + right[0]) and not _common_pair(left[-2:])


def _is_open(unit: Unit) -> bool:
    return unit.kind == TEXT and not unit.closes and not R.ends_paragraph(unit.text)


def _continues(left: str, right: str) -> bool:
    """Can `right` be the rest of the paragraph `left` that a page break cut?"""
    if L.STORY_MARKER.match(right):
        return False
    if R.LIST_MARK_ALONE.match(left):
        return True  # '一．' on a line of its own: the item's text follows
    if R.title_like(left) and not R.COMMA.search(left):
        # a short unpunctuated line is a heading unless it ends inside a word
        return splits_word(left, right)
    if R.heading_like(right):
        return splits_word(left, right)
    return True


def _is_running_head(unit: Unit) -> bool:
    return unit.kind == META and bool(unit.meta) and set(unit.meta) <= {"date", "time"}


def _lines_lack_end_punctuation(units: list[Unit]) -> bool:
    paragraphs = [u for u in units if u.kind == TEXT and R.paragraph_like(u.text)]
    open_ = sum(1 for u in paragraphs if _is_open(u))
    return len(paragraphs) >= 4 and open_ * 2 > len(paragraphs)


def repair_page_breaks(units: list[Unit]) -> list[Unit]:
    """Join a paragraph cut mid-sentence with its continuation; a photo caption
    printed in the gap ('…学习讨论的' / '平阴召开县委工作会议。' / '成效…') is kept
    as a caption after the joined paragraph.

    A join can make the next join possible (the joined text no longer looks like
    a heading), so passes repeat until nothing changes: cleaning twice then
    gives the same paragraphs."""
    width = _wrap_width(units)
    if width:
        units = _join_wrapped_lines(units, width)
    if _lines_lack_end_punctuation(units):
        return units  # every line would look cut: the source just drops final 。
    for _ in range(4):
        joined = _join_pass(units)
        if len(joined) == len(units):
            return joined
        units = joined
    return units


def _wrap_width(units: list[Unit]) -> int | None:
    """The line width of a hard-wrapped text (a paragraph runs over several lines
    of one length; a blank line or an indent starts the next), else None."""
    widths = Counter(
        len(prev.text)
        for prev, unit in zip(units, units[1:])
        if prev.kind == TEXT and unit.kind == TEXT and not unit.fresh and len(prev.text) >= 15
    )
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    # no line of a wrapped text runs past its width: two headlines of one length over
    # longer items in a roundup of news (…快讯) make no wrap width
    longer = sum(1 for u in units if u.kind == TEXT and len(u.text) > width + 2 and R.paragraph_like(u.text))
    return width if count >= 2 and longer * 10 <= len(units) else None


def _join_wrapped_lines(units: list[Unit], width: int) -> list[Unit]:
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        wrapped = prev is not None and unit.kind == TEXT and not unit.fresh and _is_open(prev)
        if wrapped and len(prev.text) >= width - 2:  # later lines of a joined paragraph are longer
            out[-1] = Unit(
                TEXT, full_width_punctuation(prev.text + unit.text), unit.meta, unit.closes, prev.line, prev.fresh
            )
        else:
            out.append(unit)
    return out


def _caption_in_break(cut: Unit, line: Unit, after: Unit | None) -> bool:
    """A short lone sentence, blank lines around it, between a cut paragraph and its continuation."""
    if after is None or not (line.fresh and after.fresh) or not R.caption_shaped(line.text):
        return False
    return R.paragraph_like(cut.text) and _continues(cut.text, after.text)


def _join_pass(units: list[Unit]) -> list[Unit]:
    out: list[Unit] = []
    body_seen = False
    i, n = 0, len(units)
    while i < n:
        unit = units[i]
        i += 1
        if unit.kind != TEXT:
            out.append(unit)
            continue
        body_seen = body_seen or R.paragraph_like(unit.text)
        held: list[Unit] = []
        while body_seen and _is_open(unit) and i < n:
            if _is_running_head(units[i]) and i + 1 < n and units[i + 1].kind == TEXT:
                held.append(units[i])  # a page's date line printed inside the break
                i += 1
            if units[i].kind != TEXT:
                break
            nxt = units[i]
            after = units[i + 1] if i + 1 < n and units[i + 1].kind == TEXT else None
            if _caption_in_break(unit, nxt, after):
                held.append(Unit(CAPTION, nxt.text, line=nxt.line))
                nxt, i = after, i + 1
            elif not _continues(unit.text, nxt.text):
                break
            # punctuation at the cut had no Chinese neighbour to be made full-width by
            unit = Unit(TEXT, full_width_punctuation(unit.text + nxt.text), nxt.meta, nxt.closes, unit.line, unit.fresh)
            i += 1
        out.append(unit)
        out.extend(held)
    return out


# --- stories ---------------------------------------------------------------------


def _next_text(units: list[Unit], i: int) -> Unit | None:
    """The next text line after units[i], looking past metadata lines only."""
    for j in range(i + 1, len(units)):
        if units[j].kind in (TEXT, CAPTION):
            return units[j]
        if units[j].kind != META:
            return None
    return None


def _starts_story(unit: Unit, nxt: Unit | None, after_byline: bool) -> bool:
    """A headline line that opens a new story in the middle of a file."""
    if nxt is None or not R.title_like(unit.text) or R.COMMA.search(unit.text):
        return False
    if L.STORY_MARKER.match(nxt.text):  # headline + '本报讯 …'
        return True
    if R.EVENT_HEADLINE.search(unit.text) and R.DATELINE_START.match(nxt.text):  # '…座谈会召开' + '4月25日，…'
        return True
    # the previous story signed off; a short line after a byline may still be a subheading
    return after_byline and R.han_count(unit.text) >= 12 and R.paragraph_like(nxt.text)


_CLAUSE_MARK = re.compile("[。！？!?；;…，,：:]")


def _body_line(text: str) -> bool:
    """A paragraph, not a headline too long to look like one: a video page may print its
    headline whole (…发表重要讲话强调 以更高标准… 为实现…), then line by line, then its
    dateline; none of that is a story's body."""
    headline_shaped = 64 < len(text) <= 120 and not _CLAUSE_MARK.search(text)
    return R.paragraph_like(text) and not headline_shaped


def split_stories(units: list[Unit]) -> list[list[Unit]]:
    stories: list[list[Unit]] = [[]]
    has_body = after_byline = False
    for i, unit in enumerate(units):
        starts = has_body and (
            unit.kind == MD_TITLE or (unit.kind == TEXT and _starts_story(unit, _next_text(units, i), after_byline))
        )
        if starts:
            stories.append([])
            has_body = after_byline = False
        stories[-1].append(unit)
        if unit.kind == TEXT:
            has_body = has_body or _body_line(unit.text)
            after_byline = unit.closes
        elif unit.kind == META and has_body and unit.meta.get("reporters"):
            after_byline = True  # a byline printed under the body ends the story
    return [s for s in stories if s]


# --- header ----------------------------------------------------------------------


@dataclass
class Header:
    title: str | None = None
    kicker: list[str] = field(default_factory=list)
    subtitle: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    meta: list[dict] = field(default_factory=list)
    body_start: int = 0  # index of the first body unit


def split_header(units: list[Unit]) -> Header:
    """Lines above the first paragraph: kicker, title, subtitle, captions, byline.

    The title is the explicit '# ' line, else the longest headline-like line;
    short lines after it are kickers ('区县提速'), longer ones the subtitle. A
    metadata line (byline, source, dateline) after a headline closes the header.
    """
    head = Header()
    lines: list[tuple[str, str, int]] = []  # (role, text, unit index)
    explicit = None
    meta_after_lines = False
    end = len(units)
    for i, unit in enumerate(units):
        if unit.kind == META:
            meta_after_lines = meta_after_lines or bool(lines)
            continue
        if unit.kind == MD_TITLE and explicit is None and not meta_after_lines:
            explicit = len(lines)
            lines.append(("title", unit.text, i))
            continue
        if unit.kind == MD_HEAD and explicit is None and not meta_after_lines:
            lines.append(("kicker", unit.text, i))
            continue
        if unit.kind == TEXT and L.STORY_MARKER.match(unit.text):
            end = i  # '本报讯 …' always opens the body
            break
        # under an explicit '# ' title only comma-free lines can be a subtitle or kicker
        headline_shape = R.heading_like if explicit is not None else R.title_like
        if unit.kind == TEXT and not meta_after_lines and headline_shape(unit.text):
            # '——记全国劳动模范张三' is a subtitle however long
            lines.append(("dash" if unit.text.startswith("—") else "candidate", unit.text, i))
            continue
        if (
            unit.kind == TEXT
            and lines
            and not meta_after_lines
            and len(unit.text) <= 40
            and i + 1 < len(units)
            and not R.ends_paragraph(unit.text)
            and L.STORY_MARKER.match(units[i + 1].text)
        ):
            lines.append(("dash", unit.text, i))  # '天啊！…１６岁' over '信息时报讯（…）': a deck, not the lead
            continue
        if unit.kind == TEXT and not lines and explicit is None and _long_headline(unit.text, units[i + 1 : i + 6]):
            lines.append(("candidate", unit.text, i))  # a two-part broadcast headline over its dateline
            continue
        if unit.kind == TEXT and not meta_after_lines and explicit is None and R.caption_shaped(unit.text):
            lines.append(("caption", unit.text, i))
            continue
        end = i
        break
    captions = [line for line in lines if line[0] == "caption"]
    if captions and not meta_after_lines:
        # only a byline or dateline below proves a short sentence up here is a
        # caption; without one it is the lead paragraph and the body starts there
        end = captions[0][2]
        lines = lines[: lines.index(captions[0])]
    _assign_header_roles(head, lines, explicit, units, end)
    head.meta = [u.meta for u in units[: head.body_start] if u.kind == META]
    return head


def _long_headline(text: str, following: list[Unit]) -> bool:
    """A headline too long for title_like (习近平…发表重要讲话强调 坚定…自信 继续…运行好), proved one by
    the dateline ('央视网消息（新闻联播）：…') opening the next line, or the line after the
    headline printed again line by line."""
    if not (64 < len(text) <= 120) or R.SENTENCE_MARK.search(text):
        return False
    for unit in following:
        if unit.kind != TEXT:
            return False
        if L.STORY_MARKER.match(unit.text):
            return True
        if not R.title_like(unit.text):
            return False
    return False


def _assign_header_roles(
    head: Header, lines: list[tuple[str, str, int]], explicit: int | None, units: list[Unit], end: int
) -> None:
    candidates = [k for k, line in enumerate(lines) if line[0] in ("candidate", "title")]
    if explicit is not None:
        t = explicit
    elif candidates:
        t = max(candidates, key=lambda k: (R.han_count(lines[k][1]), -k))
    elif lines and lines[-1][0] == "kicker" and units[lines[-1][2]].kind == MD_HEAD:
        t = len(lines) - 1  # '### 标题' over the body, no '# ' line: that heading is the headline
    else:
        # no headline: everything up there is body (captions included)
        head.body_start = _first_non_meta(units, 0, end) if lines else end
        return
    head.title = R.strip_site_suffix(lines[t][1])
    pieces = L.tidy_title(head.title)[0].split()  # a headline of parts, printed again line by line
    for k, (role, text, index) in enumerate(lines):
        if k == t or R.strip_site_suffix(text) == head.title or (k > t and len(pieces) > 1 and text in pieces):
            continue  # the headline itself, printed twice (browser title and page heading) or in pieces
        if k > t and role != "dash" and (role in ("caption", "kicker") or not R.heading_like(text)):
            end = index  # under the headline: a short sentence is the lead, a '## ' line a heading
            break
        if role == "caption":
            head.captions.append(text)
        elif role != "dash" and (k < t or R.han_count(text) < 8):
            head.kicker.append(text)
        elif not head.subtitle:
            head.subtitle.append(text)
        else:  # one subtitle at most: a second long line is the body's first heading
            end = index
            break
    head.body_start = end


def _first_non_meta(units: list[Unit], start: int, end: int) -> int:
    for i in range(start, end):
        if units[i].kind != META:
            return i
    return end

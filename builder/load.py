"""Load stage: find article files under content/ and decode them.

Gives one `Source` per file: its text and, for Markdown, the parsed YAML
front matter. Nothing here interprets the article; that is the cleaner's job.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.errors import UserError

ARTICLE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}
FRONT_MATTER_KEYS = {"title", "date", "tags", "source", "authors", "draft", "slug", "summary", "lang"}


@dataclass(frozen=True)
class Source:
    path: Path  # absolute
    rel: str  # relative to the content folder, with forward slashes
    format: str  # "txt" or "md"
    text: str  # the body (front matter removed), decoded, newlines normalised
    meta: dict = field(default_factory=dict)  # validated front matter (md only)
    body_line: int = 1  # line number of the body's first line in the file
    digest: str = ""  # sha256 of the file's bytes: the cache key of later stages


def find_articles(content_dir: Path) -> list[Path]:
    """Article files in content_dir, sorted; hidden files and editor temp files skipped."""
    found = []
    for path in content_dir.rglob("*"):
        parts = path.relative_to(content_dir).parts
        if any(p.startswith((".", "_")) for p in parts) or path.name.endswith("~"):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            found.append(path)
    return sorted(found)


def decode(data: bytes, path: Path) -> str:
    """UTF-8 with or without BOM; anything else is a user error naming the byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(f"not valid UTF-8 at byte {exc.start}", path, line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, path: Path) -> tuple[dict, str, int]:
    """(front matter, body, body's first line) of a Markdown file."""
    if not text.startswith("---\n"):
        return {}, text, 1
    end = text.find("\n---", 3)
    while end != -1 and text[end + 4 : end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 4)
    if end == -1:
        raise UserError("front matter opened with --- is never closed", path, 1)
    raw = text[4 : end + 1]
    try:
        meta = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for 0-based, +1 for the opening ---
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        column = f", column {mark.column + 1}" if mark else ""
        raise UserError(f"invalid YAML front matter{column}: {problem}", path, line) from None
    if not isinstance(meta, dict):
        raise UserError("front matter must be a mapping of keys to values", path, 2)
    body_start = end + 4
    body_line = text.count("\n", 0, body_start) + 2
    return check_front_matter(meta, path), text[body_start:].lstrip("\n"), body_line


def check_front_matter(meta: dict, path: Path) -> dict:
    unknown = sorted(set(map(str, meta)) - FRONT_MATTER_KEYS)
    if unknown:
        raise UserError(f"unknown front matter key {unknown[0]!r} (known: {', '.join(sorted(FRONT_MATTER_KEYS))})", path, 2)
    out = dict(meta)
    if "date" in out and out["date"] is not None:
        value = out["date"]
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value[:10])
            except ValueError:
                raise UserError(f"front matter 'date' must be a date like 2022-04-27, not {value!r}", path, 2) from None
        if not isinstance(value, dt.date):
            raise UserError("front matter 'date' must be a date like 2022-04-27", path, 2)
        out["date"] = value.isoformat()
    for key in ("tags", "authors"):
        if key in out:
            value = out[key]
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
                raise UserError(f"front matter {key!r} must be a list of strings", path, 2)
            out[key] = [str(v) for v in value]
    for key in ("title", "source", "slug", "summary", "lang"):
        if key in out and not isinstance(out[key], (str, int, float)):
            raise UserError(f"front matter {key!r} must be a string", path, 2)
        if key in out:
            out[key] = str(out[key])
    if "draft" in out and not isinstance(out["draft"], bool):
        raise UserError("front matter 'draft' must be true or false", path, 2)
    return out


def load_source(path: Path, content_dir: Path) -> Source:
    data = path.read_bytes()
    text = decode(data, path)
    rel = path.relative_to(content_dir).as_posix()
    fmt = ARTICLE_SUFFIXES[path.suffix.lower()]
    meta, body, body_line = ({}, text, 1)
    if fmt == "md":
        meta, body, body_line = split_front_matter(text, path)
    return Source(path, rel, fmt, body, meta, body_line, hashlib.sha256(data).hexdigest())

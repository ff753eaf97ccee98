"""Load stage: find article files under content/ and decode them.

Gives one `Source` per file: its text and, for Markdown, the parsed YAML
front matter. Nothing here interprets the article; that is the cleaner's job.
Every problem with a file is a UserError naming it, so the build can report
the file and go on with the others.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.decode import decode_article, is_inside, read_article_bytes
from builder.errors import UserError

ARTICLE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}
FRONT_MATTER_KEYS = {"title", "date", "tags", "source", "authors", "draft", "slug", "summary", "lang"}
# Hidden files, _drafts, and what editors leave behind: .#a.md, #a.md#, a.md~, a.md.swp.
IGNORED_PREFIXES = (".", "_", "#", "~$")
IGNORED_SUFFIXES = ("~", "#", ".swp", ".swo", ".tmp")
_OPENING = re.compile(r"---[ \t]*\n")  # front matter: YAML between two lines of ---
_CLOSING = re.compile(r"^---[ \t]*$", re.MULTILINE)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG_LENGTH = 100
# A value a browser would run or load if it ever became an href/src. Browsers
# strip C0 controls and spaces around a URL and drop tabs and newlines in it.
UNSAFE_URL = re.compile(r"(?:javascript|vbscript):|data:(?:[a-z]+/[a-z0-9.+-]+)?(?:;[^,]*)?,", re.IGNORECASE)
_URL_TABS = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
# Controls (but tab and newline), lone surrogates, non-characters: "\ud800" is valid YAML.
_BAD_VALUE_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Source:
    path: Path  # absolute
    rel: str  # relative to the content folder, with forward slashes
    format: str  # "txt" or "md"
    text: str  # the body (front matter removed), decoded, newlines normalised
    meta: dict = field(default_factory=dict)  # validated front matter (md only)
    body_line: int = 1  # line number of the body's first line in the file
    digest: str = ""  # sha256 of the file's bytes: the cache key of later stages
    warnings: tuple[str, ...] = ()  # problems that did not stop the file, each naming it
    encoding: str = "utf-8"  # the codec the bytes were decoded with


def is_ignored(name: str) -> bool:
    return name.startswith(IGNORED_PREFIXES) or name.endswith(IGNORED_SUFFIXES)


def find_articles(content_dir: Path) -> list[Path]:
    """Article files in content_dir, sorted; hidden and editor temp files skipped.

    Symbolic links are not followed into folders. A link that leads out of
    content_dir is still returned, so that load_source reports it."""
    root = os.path.realpath(content_dir)
    found = []
    for folder, subfolders, files in os.walk(content_dir):
        here = Path(folder)
        subfolders[:] = [d for d in subfolders if not is_ignored(d)]
        for name in subfolders:
            if (here / name).is_symlink() and not is_inside(here / name, root):
                found.append(here / name)
        for name in files:
            if not is_ignored(name) and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                found.append(here / name)
    return sorted(found)


def load_source(path: Path, content_dir: Path) -> Source:
    data = read_article_bytes(path, content_dir)
    decoded = decode_article(data, path)
    rel = path.relative_to(content_dir).as_posix()
    fmt = ARTICLE_SUFFIXES[path.suffix.lower()]
    meta, body, body_line, warnings = {}, decoded.text, 1, []
    if fmt == "md":
        meta, body, body_line, warnings = split_front_matter(decoded.text, path)
    if not body.strip():
        where = "after the front matter" if fmt == "md" and body_line > 1 else "in the file"
        raise UserError(f"empty article: no text {where}", path)
    digest = hashlib.sha256(data).hexdigest()
    return Source(path, rel, fmt, body, meta, body_line, digest, decoded.warnings + tuple(warnings), decoded.encoding)


# --- Markdown front matter ---------------------------------------------------------


def split_front_matter(text: str, path: Path) -> tuple[dict, str, int, list[str]]:
    """(front matter, body, body's first line, warnings) of a Markdown file."""
    if text.startswith("+++\n"):  # Hugo's other format: say so rather than show it as text
        raise UserError("TOML front matter (between +++ lines) is not supported; write YAML between --- lines", path, 1)
    opening = _OPENING.match(text)
    if not opening:
        return {}, text, 1, []
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        raise UserError("front matter opened with --- is never closed", path, 1)
    meta, key_lines, warnings = parse_yaml(text[opening.end() : closing.start()], path)
    rest = text[closing.end() :].removeprefix("\n")
    body = rest.lstrip("\n")
    body_line = text.count("\n", 0, closing.end()) + 2 + (len(rest) - len(body))
    meta, more_warnings = check_front_matter(meta, path, key_lines)
    return meta, body, body_line, warnings + more_warnings


def parse_yaml(raw: str, path: Path) -> tuple[dict, dict[str, int], list[str]]:
    """(mapping, file line of each key, warnings); raw starts on the file's line 2."""
    loader, node = None, None
    try:
        loader = yaml.SafeLoader(raw)  # already checks for characters YAML forbids
        node = loader.get_single_node()
        meta = loader.construct_document(node) if node is not None else {}
    except yaml.reader.ReaderError as exc:
        line = raw.count("\n", 0, exc.position) + 2
        raise UserError(f"character U+{exc.character:04X} is not allowed in YAML front matter", path, line) from None
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, path) from None
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. date: 2022-13-45
        raise UserError(f"invalid value in YAML front matter: {exc}", path, _line_of_bad_value(node)) from None
    finally:
        if loader is not None:
            loader.dispose()
    if not isinstance(meta, dict):
        raise UserError("front matter must be a mapping of keys to values", path, 2)
    key_lines, warnings = {}, []
    for key_node, _ in node.value if node is not None else ():
        key, line = str(key_node.value), key_node.start_mark.line + 2
        if key in key_lines:
            warnings.append(str(UserError(f"front matter key {key!r} appears twice; the last one is used", path, line)))
        key_lines[key] = line
    return meta, key_lines, warnings


def _yaml_error(exc: yaml.YAMLError, path: Path) -> UserError:
    """PyYAML's problem and place, in file lines (+1 for 0-based, +1 for the opening ---)."""
    mark, context_mark = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    problem = problem.replace("'<stream end>'", "the end of the front matter").replace(
        "end of stream", "end of the front matter"
    )
    if getattr(exc, "context", None) and context_mark:  # where the unfinished thing began
        problem += f" ({exc.context} that starts on line {context_mark.line + 2}, column {context_mark.column + 1})"
    column = f", column {mark.column + 1}" if mark else ""
    return UserError(f"invalid YAML front matter{column}: {problem}", path, mark.line + 2 if mark else 2)


def _line_of_bad_value(node) -> int:
    """File line of the first top-level value that cannot be built, else the first line."""
    if isinstance(node, yaml.MappingNode):
        for _, value in node.value:
            try:
                yaml.SafeLoader("").construct_object(value, deep=True)
            except Exception:  # only locating the value whose error is being reported
                return value.start_mark.line + 2
    return 2


def check_front_matter(meta: dict, path: Path, key_lines: dict[str, int] | None = None) -> tuple[dict, list[str]]:
    """Validated, normalised front matter and warnings; a wrong value is a UserError naming the key."""
    key_lines = key_lines or {}

    def problem(message: str, key: str) -> UserError:
        return UserError(message, path, key_lines.get(key, 2))

    warnings = []
    out = {}
    for key, value in meta.items():
        key = str(key)
        if key not in FRONT_MATTER_KEYS:
            warnings.append(str(problem(f"unknown front matter key {key!r} ignored{_did_you_mean(key)}", key)))
        else:
            out[key] = value
    if out.get("date") is not None:
        out["date"] = _check_date(out["date"], lambda m: problem(m, "date"))
    for key in ("tags", "authors"):
        if key in out:
            value = [out[key]] if isinstance(out[key], str) else out[key]
            if not isinstance(value, list) or not all(
                isinstance(v, (str, int)) and not isinstance(v, bool) for v in value
            ):
                raise problem(f"front matter {key!r} must be a list of strings", key)
            out[key] = [str(v) for v in value]
    for key in ("title", "source", "slug", "summary", "lang"):
        if key in out:
            if not isinstance(out[key], (str, int, float)) or isinstance(out[key], bool):
                raise problem(f"front matter {key!r} must be a string", key)
            out[key] = str(out[key])
    if "draft" in out and not isinstance(out["draft"], bool):
        raise problem("front matter 'draft' must be true or false", "draft")
    if "slug" in out:
        _check_slug(out["slug"], lambda m: problem(m, "slug"))
    for key, value in out.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                _check_text_value(item, lambda m, key=key: problem(f"front matter {key!r} {m}", key))
    return out, warnings


def _check_text_value(value: str, problem) -> None:
    """No character a page cannot hold (YAML escapes can make any), no script URL."""
    bad = _BAD_VALUE_CHAR.search(value)
    if bad:
        raise problem(f"holds the character U+{ord(bad.group()):04X}, which web pages cannot hold; remove it")
    scheme = unsafe_url_scheme(value)
    if scheme:
        raise problem(f"holds a {scheme}: URL, which a browser could run; refused")


def unsafe_url_scheme(value: str) -> str | None:
    """'javascript', 'vbscript' or 'data' when value would be such a URL in an href."""
    found = UNSAFE_URL.match(_URL_TABS.sub("", value).strip(_C0_AND_SPACE))
    return found.group().split(":")[0].lower() if found else None


def _did_you_mean(key: str) -> str:
    close = difflib.get_close_matches(key.lower(), sorted(FRONT_MATTER_KEYS), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(sorted(FRONT_MATTER_KEYS))})"


def _short(value, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_date(value, problem) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise problem(f"front matter 'date' must be a date like 2022-04-27, not {_short(value)}") from None
    if not isinstance(value, dt.date):
        raise problem(f"front matter 'date' must be a date like 2022-04-27, not {_short(value)}")
    return value.isoformat()


def _check_slug(slug: str, problem) -> None:
    """A slug becomes a folder name and part of every link to the article."""
    if not SLUG.fullmatch(slug) or len(slug) > MAX_SLUG_LENGTH:
        raise problem(
            f"front matter 'slug' must be lowercase ASCII letters, digits and single '-' "
            f"(at most {MAX_SLUG_LENGTH}), like 'lin-fen-jing-ji', not {_short(slug)}"
        )

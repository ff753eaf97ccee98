"""site.toml: read with tomllib into a typed, validated Config.

Validation reports every problem at once (unknown keys, wrong types, a bad
base_url), each naming the key, before any work starts.
"""

from __future__ import annotations

import dataclasses
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from builder.errors import UserError


@dataclass(frozen=True)
class ExtractConfig:
    topics_per_article: int = 5  # topic tags kept per article
    user_dict: str = ""  # extra jieba dictionary (one "word [freq] [tag]" a line), relative to site.toml
    stopwords: list[str] = field(default_factory=list)  # more words never used as topics


@dataclass(frozen=True)
class Config:
    title: str = "摘要 Zhaiyao"
    description: str = ""
    base_url: str = "/"
    language: str = "zh-Hans"
    content_dir: str = "content"
    output_dir: str = "public"
    layouts_dir: str = "layouts"
    related_articles: int = 5
    paginate: int = 20  # articles per home page
    search: bool = True  # build the Pagefind search index (builder/search.py)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    root: Path = field(default=Path("."), compare=False)  # folder of site.toml

    @property
    def content_path(self) -> Path:
        return self.root / self.content_dir

    @property
    def output_path(self) -> Path:
        return self.root / self.output_dir

    @property
    def layouts_path(self) -> Path:
        return self.root / self.layouts_dir

    def absolute(self, path: str) -> str:
        """A site path ('/repo/x/') as an absolute URL when base_url has a host."""
        url = urlsplit(self.base_url)
        return f"{url.scheme}://{url.netloc}{path}" if url.scheme and url.netloc else path

    @property
    def base_path(self) -> str:
        """The path part of base_url, always ending in '/': '/' or '/repo/'."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"


def _type_name(tp) -> str:
    return {str: "a string", int: "a whole number", bool: "true or false"}.get(tp, "a list of strings")


def _check_section(cls, data: dict, prefix: str, errors: list[str]) -> dict:
    """Values of data that fit cls's fields; problems are appended to errors."""
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls) if f.name != "root"}
    values = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in known:
            errors.append(f"unknown key '{name}' (known: {', '.join(sorted(known))})")
            continue
        tp = hints[key]
        if dataclasses.is_dataclass(tp):
            if not isinstance(value, dict):
                errors.append(f"'{name}' must be a table [{name}]")
            else:
                values[key] = tp(**_check_section(tp, value, f"{name}.", errors))
            continue
        if tp is bool and not isinstance(value, bool):
            errors.append(f"'{name}' must be {_type_name(bool)}, not {value!r}")
        elif tp is int and (not isinstance(value, int) or isinstance(value, bool)):
            errors.append(f"'{name}' must be {_type_name(int)}, not {value!r}")
        elif tp is str and not isinstance(value, str):
            errors.append(f"'{name}' must be {_type_name(str)}, not {value!r}")
        elif typing.get_origin(tp) is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            errors.append(f"'{name}' must be a list of strings")
        else:
            values[key] = value
    return values


def _check_values(config: Config, errors: list[str]) -> None:
    url = urlsplit(config.base_url)
    if not (config.base_url.startswith("/") or (url.scheme in ("http", "https") and url.netloc)):
        errors.append(f"'base_url' must be an http(s) URL or a path starting with '/', not {config.base_url!r}")
    if config.language not in ("zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh"):
        errors.append(f"'language' must be zh-Hans or zh-Hant, not {config.language!r}")
    if config.paginate < 1:
        errors.append("'paginate' must be 1 or more")
    if config.related_articles < 0:
        errors.append("'related_articles' must be 0 or more")
    if config.extract.topics_per_article < 0:
        errors.append("'extract.topics_per_article' must be 0 or more")


def load_config(path: Path, base_url: str | None = None) -> Config:
    """Read and validate site.toml (base_url, when given, overrides its value);
    a UserError lists every problem found."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError("no such config file (run in the site's folder or pass --config)", path) from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UserError(f"not valid UTF-8 at byte {exc.start}", path) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line L, column C)"
        message = str(exc)
        line = None
        if "(at line " in message:
            line = int(message.rsplit("(at line ", 1)[1].split(",")[0])
        raise UserError(f"invalid TOML: {message}", path, line) from None
    if base_url is not None:
        data["base_url"] = base_url
    errors: list[str] = []
    config = Config(**_check_section(Config, data, "", errors), root=path.resolve().parent)
    _check_values(config, errors)
    if errors:
        raise UserError(
            "; ".join(errors) if len(errors) == 1 else f"{len(errors)} problems: " + "; ".join(errors), path
        )
    return config

"""Render stage: the site model becomes output files (path, bytes).

All HTML comes from the Jinja templates in layouts/; this module only picks
the template and the data for each page. Files in layouts/static/ are copied.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import jinja2

from builder import __version__
from builder.config import Config
from builder.errors import UserError
from builder.site import TAG_KIND_NAMES, TAG_KINDS, Article, Site, story_json


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to the output folder, forward slashes
    data: bytes


@dataclass(frozen=True)
class BlockView:
    kind: str
    anchor: str | None  # id of the block element (Markdown blocks with markup)
    html: str | None
    sentences: list[tuple[str, str]]  # (anchor, text) for plain-text blocks


def environment(layouts: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(layouts),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(kind_names=TAG_KIND_NAMES, tag_kinds=TAG_KINDS, version=__version__)
    return env


def body_view(article: Article) -> list[BlockView]:
    """The article's blocks with each sentence and its anchor id."""
    by_block: dict[int, list[tuple[str, str]]] = {}
    for s in article.digest.sentences:
        by_block.setdefault(s.block, []).append((s.anchor, s.text))
    views = []
    for i, block in enumerate(article.story.blocks):
        sentences = by_block.get(i, [])
        if block.html is not None:
            anchor = sentences[0][0] if sentences else None
            views.append(BlockView(block.kind, anchor, block.html, []))
        else:
            views.append(BlockView(block.kind, None, None, sentences or [("", block.text)]))
    return views


def article_json(site: Site, article: Article) -> dict:
    data = story_json(article.story, article.digest)
    data["url"] = article.url
    data["source_file"] = article.story.source
    data["siblings"] = [a.url for a in article.siblings]
    data["related"] = [a.url for a in article.related]
    data["sentences"] = [{"id": s.anchor, "text": s.text} for s in article.digest.sentences]
    data["topics"] = [t.name for t in article.tags.get("topics", [])]
    return data


def render_site(config: Config, site: Site) -> list[OutputFile]:
    env = environment(config.layouts_path)
    common = {"site": site, "config": config, "base": config.base_path}

    def page(template: str, path: str, **data) -> OutputFile:
        try:
            html = env.get_template(template).render(**common, **data)
        except jinja2.TemplateSyntaxError as exc:
            raise UserError(f"template error: {exc.message}", exc.filename or template, exc.lineno) from None
        except jinja2.TemplateError as exc:
            raise UserError(f"template error while rendering {path}: {exc}", config.layouts_path / template) from None
        return OutputFile(path, html.encode("utf-8"))

    files = [page("index.html", "index.html", articles=site.articles)]
    for article in site.articles:
        files.append(page("article.html", f"articles/{article.slug}/index.html", article=article, body=body_view(article)))
        digest = json.dumps(article_json(site, article), ensure_ascii=False, indent=1)
        files.append(OutputFile(f"articles/{article.slug}/digest.json", digest.encode("utf-8")))
    files.append(page("tags.html", "tags/index.html"))
    for kind, tags in site.tags.items():
        files.append(page("tag_list.html", f"tags/{kind}/index.html", kind=kind, tags=tags))
        for tag in tags:
            files.append(page("tag.html", f"tags/{kind}/{tag.slug}/index.html", tag=tag))
    files.append(page("404.html", "404.html"))
    files.extend(static_files(config.layouts_path / "static"))
    return files


def static_files(folder: Path) -> list[OutputFile]:
    if not folder.is_dir():
        return []
    return [
        OutputFile("static/" + p.relative_to(folder).as_posix(), p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    ]

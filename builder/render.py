"""Render stage: the site model becomes output files (path, bytes).

All HTML comes from the Jinja templates in layouts/; this module only picks
the template and the data for each page. Every page is first *planned* with a
signature: a hash of everything its bytes depend on (its data, the templates
it uses, the config, the builder's code). A page whose signature is the one
recorded by the last build is not rendered again (Lektor's idea, made small).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import jinja2
import jinja2.meta
from markupsafe import Markup

from builder import THEME, __version__
from builder.boxes import BOXES
from builder.cache import code_fingerprint
from builder.config import Config
from builder.errors import UserError
from builder.site import TAG_KIND_NAMES, TAG_KINDS, Article, Site, story_json
from builder.views import ArticleView, CardView, Views

T = TypeVar("T")


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


@dataclass
class PagePlan:
    path: str
    signature: str
    template: str | None = None  # None: `data` holds the bytes (JSON, static files)
    context: dict = field(default_factory=dict)
    data: bytes | None = None


CARD_TEMPLATE = "_card.html"
ENTRY_TEMPLATE = "_entry.xml"
# Pieces rendered once per article and process, however many pages show them:
# the function a template calls -> the template that renders the piece.
PIECES = {"card": CARD_TEMPLATE, "feed_entry": ENTRY_TEMPLATE}


def environment(layouts: Path) -> jinja2.Environment:
    """Templates from the site's layouts/, each one it lacks from the built-in theme
    (as Zola's built-in templates or MkDocs' custom_dir: override file by file)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([layouts, THEME]),
        bytecode_cache=_bytecode_cache(),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(kind_names=TAG_KIND_NAMES, tag_kinds=TAG_KINDS, boxes=BOXES, version=__version__)
    return env


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, never trusted: an entry that does not load is compiled
    again, one that cannot be written is skipped (a cache only ever costs speed)."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # e.g. a damaged file that still opens with Jinja's header
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in the user's temp folder (Jinja's own cache, which
    checks each template's source), so a build compiles only the templates that
    changed (0.15 s a build otherwise). Jinja keys an entry by the template's path
    only, so the builder's code hash is in the name: other code, other options."""
    try:
        return _BytecodeCache(pattern=f"zhaiyao-{code_fingerprint()[:12]}-%s.cache")
    except (OSError, RuntimeError):  # no safe temp folder (Jinja checks its owner): compile every time
        return None


def template_hashes(env: jinja2.Environment) -> dict[str, str]:
    """Hash of each template together with every template it extends, imports or includes."""
    sources: dict[str, str] = {}
    refs: dict[str, frozenset[str]] = {}
    for name in _page_templates(env):
        sources[name] = env.loader.get_source(env, name)[0]
        try:
            refs[name] = _references(env, sources[name])
        except jinja2.TemplateSyntaxError as exc:
            raise UserError(
                f"template error: {exc.message}", env.loader.searchpath[0] + "/" + name, exc.lineno
            ) from None

    def closure(name: str, seen: set[str]) -> set[str]:
        for ref in refs.get(name, ()):
            if ref not in seen:
                seen.add(ref)
                closure(ref, seen)
        return seen

    return {name: _hash(*(sources.get(n, "") for n in sorted(closure(name, {name})))) for name in sources}


def _page_templates(env: jinja2.Environment) -> list[str]:
    return env.list_templates(
        filter_func=lambda n: n.endswith((".html", ".xml", ".txt")) and not n.startswith("static/")
    )


@lru_cache(maxsize=256)  # parsed once per template text, not once per build
def _references(env: jinja2.Environment, source: str) -> frozenset[str]:
    referenced = set(jinja2.meta.find_referenced_templates(env.parse(source)))
    found = {r for r in referenced if r}
    if None in referenced:  # {% include box.partial %}: a name known only when rendering, so every partial
        found.update(n for n in _page_templates(env) if n.startswith("_"))
    for function, template in PIECES.items():  # pieces come through a function, not an import
        if f"{function}(" in source:
            found.add(template)
    return frozenset(found)


def _hash(*parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, str):
            part = part.encode()
        elif not isinstance(part, bytes):
            part = json.dumps(part, ensure_ascii=False, sort_keys=True, default=str).encode()
        h.update(part)
        h.update(b"\0")
    return h.hexdigest()


# --- Page views -------------------------------------------------------------------


def body_view(article: ArticleView) -> list[BlockView]:
    """The article's blocks with each sentence and its anchor id (a function of its content)."""
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


def article_json(article: ArticleView) -> bytes:
    data = story_json(article.story, article.digest)
    data["url"] = article.url
    data["source_file"] = article.story.source
    data["siblings"] = [a.url for a in article.siblings]
    data["related"] = [a.url for a in article.related]
    data["sentences"] = [{"id": s.anchor, "text": s.text} for s in article.digest.sentences]
    data["topics"] = [t.name for t in article.tags.get("topics", ())]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # the same data, but no markup if the JSON is ever inlined in a page
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


# --- Planning and rendering ---------------------------------------------------------


def plan_site(config: Config, site: Site, env: jinja2.Environment) -> list[PagePlan]:
    """Every output file with its view and signature; nothing is rendered yet.
    A page's signature hashes its view (builder/views.py), its template with all it
    extends, includes or imports, the settings and the builder's code: the page is
    rendered again exactly when something it can show changed."""
    templates = template_hashes(env)
    salt = _hash(code_fingerprint(), repr(config))
    views = Views(site)

    def page(template: str, path: str, **view) -> PagePlan:
        if template not in templates:
            raise UserError(f"template {template} not found", config.layouts_path / template)
        view.setdefault("path", path)
        return PagePlan(path, _hash(salt, templates[template], path, views.signature(view)), template, view)

    plans = [
        page("index.html", path, article_count=len(site.articles), articles=views.cards(chunk), pager=pager)
        for path, chunk, pager in _paginated(config, "", site.articles)
    ]
    for a in site.articles:
        article = views.article(a)
        plans.append(page("article.html", f"articles/{a.slug}/index.html", article=article))
        plans.append(
            PagePlan(
                f"articles/{a.slug}/digest.json",
                _hash(salt, "json", views.signature(article)),
                context={"article": article},
            )
        )
    plans.append(page("tags.html", "tags/index.html", overview=views.tag_overview()))
    for kind, tags in site.tags.items():
        sparklines = views.sparklines(tags)
        plans.append(
            page(
                "tag_list.html",
                f"tags/{kind}/index.html",
                kind=kind,
                tags=views.tags(tags),
                sparklines=sparklines,
                tree=views.place_tree(tags) if kind == "places" else None,
            )
        )
        for tag in tags:
            folder = f"tags/{kind}/{tag.slug}/"
            link = views.tag(tag)
            for path, chunk, pager in _paginated(config, folder, tag.articles):
                plans.append(
                    page(
                        "tag.html",
                        path,
                        tag=link,
                        articles=views.cards(chunk),
                        pager=pager,
                        sparkline=sparklines[tag.url],
                    )
                )
            plans.append(
                page(
                    "feed.xml",
                    f"{folder}feed.xml",
                    feed_title=tag.name,
                    feed_path=folder,
                    entries=views.cards(tag.articles[:20]),
                )
            )
    for box in BOXES:  # the site-wide page of each box: its rows of every article
        plans.append(page(box.page, f"{box.url}index.html", views=views.box_page(box.name)))
    plans.append(
        page("feed.xml", "feed.xml", feed_title=config.title, feed_path="", entries=views.cards(site.articles[:20]))
    )
    plans.append(
        page(
            "about.html",
            "about/index.html",
            article_count=len(site.articles),
            tag_counts={kind: len(tags) for kind, tags in site.tags.items()},
        )
    )
    plans.append(page("404.html", "404.html"))
    plans.append(page("search.html", "search/index.html"))  # results come from Pagefind (builder/search.py)
    plans.append(page("robots.txt", "robots.txt"))
    urls = [p.path for p in plans if p.path.endswith("index.html")]
    plans.append(
        page("sitemap.xml", "sitemap.xml", urls=tuple(config.base_path + u[: -len("index.html")] for u in urls))
    )
    plans.extend(static_plans(config.layouts_path / "static", THEME / "static"))
    return plans


def _paginated(config: Config, folder: str, articles: list[Article]) -> list[tuple[str, list[Article], dict]]:
    """(path, articles, pager) of each page of a list, `paginate` articles a page:
    folder/index.html, folder/page/2/index.html, … (folder "" is the home page)."""
    size = config.paginate
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        pager = {
            "number": number,
            "total": len(chunks),
            "prev": None if number == 1 else (folder if number == 2 else f"{folder}page/{number - 1}/"),
            "next": f"{folder}page/{number + 1}/" if number < len(chunks) else None,
        }
        path = f"{folder}index.html" if number == 1 else f"{folder}page/{number}/index.html"
        pages.append((path, chunk, pager))
    return pages


def compile_templates(env: jinja2.Environment) -> None:
    """Compile every page template now (Jinja caches them in env)."""
    for name in _page_templates(env):
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            pass  # a missing or broken template is reported where a page uses it


PARALLEL_MIN_PAGES = 400  # below this, forking workers costs more than it saves


def render_pages(
    config: Config,
    env: jinja2.Environment,
    plans: list[PagePlan],
    store: Callable[[OutputFile], T],
    jobs: int = 1,
) -> Iterator[T]:
    """Render the planned files and hand each to `store` as it is made, so the whole
    site is never held in memory; yields what `store` returns (in no set order when
    jobs > 1). Forked workers call `store` themselves: only its answers come back."""
    global _forked
    renderer = _Renderer(config, env)
    compile_templates(env)  # once here, not once in every worker: each template is now fresh
    env.auto_reload = False  # so no page asks the disk again whether its templates changed
    try:
        if jobs < 2 or len(plans) < PARALLEL_MIN_PAGES or "fork" not in multiprocessing.get_all_start_methods():
            for plan in plans:
                yield store(renderer.render(plan))
            return
        # Forked workers inherit the model, templates, plans and `store` as they are:
        # nothing is pickled on the way in.
        _forked = (renderer, plans, store)
        batch = max(8, min(64, len(plans) // (jobs * 8)))
        with multiprocessing.get_context("fork").Pool(jobs, initializer=_start_worker) as pool:
            slices = [(start, start + batch) for start in range(0, len(plans), batch)]
            for answers in pool.imap_unordered(_render_slice, slices):
                yield from answers
    finally:
        _forked = None
        env.auto_reload = True  # serve's next build sees edited templates


_forked: tuple[_Renderer, list[PagePlan], Callable] | None = None  # set in the parent just before the fork


def _start_worker() -> None:
    """Jinja makes reference cycles as it renders (contexts, imported macros), so the
    cycle collector runs in a worker (the build pauses it in the parent), but on new
    objects only: the inherited site model is frozen out of its walks."""
    gc.freeze()
    gc.enable()


def _render_slice(bounds: tuple[int, int]) -> list:
    renderer, plans, store = _forked
    return [store(renderer.render(plan)) for plan in plans[bounds[0] : bounds[1]]]


class _Renderer:
    def __init__(self, config: Config, env: jinja2.Environment):
        self.config, self.env = config, env
        self.common = {"config": config, "base": config.base_path}  # and each page's own view, never the site
        self.pieces: dict[tuple[str, int], Markup] = {}
        for function, template in PIECES.items():
            self.common[function] = functools.partial(self.piece, template)

    def piece(self, template: str, article: CardView) -> Markup:
        """An article's card or feed entry, rendered once however many pages show it."""
        key = (template, id(article))
        if key not in self.pieces:
            self.pieces[key] = Markup(self.env.get_template(template).render(article=article, **self.common))
        return self.pieces[key]

    def render(self, plan: PagePlan) -> OutputFile:
        if plan.data is not None:
            return OutputFile(plan.path, plan.data)
        if plan.template is None:
            return OutputFile(plan.path, article_json(plan.context["article"]))
        context = dict(plan.context)
        if plan.template == "article.html":
            context["body"] = body_view(context["article"])
        try:
            return OutputFile(
                plan.path, self.env.get_template(plan.template).render(**self.common, **context).encode("utf-8")
            )
        except jinja2.TemplateSyntaxError as exc:
            raise UserError(f"template error: {exc.message}", exc.filename or plan.template, exc.lineno) from None
        except jinja2.TemplateError as exc:
            raise UserError(
                f"template error while rendering {plan.path}: {exc}", self.config.layouts_path / plan.template
            ) from None


@lru_cache(maxsize=1024)
def _static_file(path: Path, mtime_ns: int, size: int) -> tuple[bytes, str]:
    data = path.read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def static_plans(*folders: Path) -> list[PagePlan]:
    """The static files of the folders, the first folder's file winning over a
    later one's of the same path (the site's own over the theme's)."""
    files: dict[str, Path] = {}
    for folder in reversed(folders):
        if folder.is_dir():
            files.update(
                (p.relative_to(folder).as_posix(), p)
                for p in folder.rglob("*")
                if p.is_file() and not p.name.startswith(".")
            )
    plans = []
    for rel, p in sorted(files.items()):
        stat = p.stat()
        data, digest = _static_file(p, stat.st_mtime_ns, stat.st_size)
        plans.append(PagePlan("static/" + rel, digest, data=data))
    return plans

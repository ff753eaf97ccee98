"""Search: a Pagefind index of the article pages, made after the write stage.

Where the index lives. Pagefind's bundle goes to `<output>/pagefind/`. It is
not in the build manifest: the write stage knows nothing about it, so a build
that swaps in a new output folder leaves it behind, and this module makes it
again after every build that changed something (a no-op build returns before
the write stage and keeps it). The bundle is written to a staging folder beside
the output and renamed into place, so a failed or killed index run never leaves
half a bundle, and an index run with nothing new to say (same pages, same code)
is skipped.

Chinese recall. Pagefind segments Chinese at index time with its own
dictionary and in the browser with `Intl.Segmenter`; the two disagree (in
Chromium 招商引资 becomes 招|商|引|资), so a word search misses pages that contain
the query. Every article is therefore indexed with one extra, index-only meta
field `zi`: its cleaned text in Simplified characters, one character per word,
sentences kept apart. `static/search.js` turns a Chinese query into the exact
phrase "招 商 引 资" over that field, which finds exactly the articles that
contain the query (a substring search), and uses Pagefind's own ranking to
order them. `zhaiyao-t2s.json` (Traditional→Simplified for the characters this
site uses) lets a Traditional query find Simplified articles and back. The
field is added to the HTML handed to Pagefind, not to the pages on disk, so
readers never download it.
"""
from __future__ import annotations

import asyncio
import hashlib
import html
import json
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import opencc

from builder.config import Config
from builder.site import Article, Site
from builder.text import normalise, to_simplified

BUNDLE = "pagefind"  # folder in the output; search.js finds it at ../pagefind/ from static/
T2S_FILE = "zhaiyao-t2s.json"
STAMP_FILE = "zhaiyao-search.json"
SENTENCE_BREAK = "zz"  # a two-letter word: never equal to a one-character query word
_S2T = opencc.OpenCC("s2t")


def index_site(config: Config, output: Path, site: Site) -> list[str]:
    """(Re)make output/pagefind/ for the site's articles; returns warnings, never raises,
    because a site without search is still a site."""
    try:
        from pagefind.index import IndexConfig, PagefindIndex  # noqa: F401
    except ImportError:
        return ["search index not built: pagefind is not installed (pip install 'pagefind[extended]')"]
    output = Path(output)
    try:
        # URLs from the site root: search.js sets Pagefind's baseUrl from where it is served
        pages = [(a.url[len(config.base_path) - 1:], indexed_html(a, (output / "articles" / a.slug / "index.html").read_text(encoding="utf-8")))
                 for a in site.articles]
        key = _key(pages)
        bundle = output / BUNDLE
        if _stamp(bundle) == key:
            return []
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.zhaiyao-search-", dir=output.parent))
        try:
            _in_thread(_write_index(pages, staging))
            (staging / T2S_FILE).write_text(json.dumps(t2s_map(site), ensure_ascii=False, sort_keys=True), encoding="utf-8")
            (staging / STAMP_FILE).write_text(json.dumps({"key": key}), encoding="utf-8")
            _replace(bundle, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except Exception as exc:  # pagefind failing must not fail the build
        return [f"search index not built: {exc!r}"]
    return []


def char_field(article: Article) -> str:
    """Title and sentences in Simplified, one letter or digit per word, sentences apart."""
    texts = [normalise(article.story.title)] + [s.norm for s in article.digest.sentences]
    return f" {SENTENCE_BREAK} ".join(" ".join(c.lower() for c in t if c.isalnum()) for t in texts if t.strip())


def indexed_html(article: Article, page: str) -> str:
    """The page as Pagefind should see it: with the index-only `zi` field."""
    field = (f'<div hidden data-pagefind-ignore><span data-pagefind-meta="zi">'
             f'{html.escape(char_field(article))}</span></div>')
    at = page.rfind("</body>")
    return page[:at] + field + page[at:] if at >= 0 else page + field


def t2s_map(site: Site) -> dict[str, str]:
    """Traditional → Simplified for every character of the site that differs between
    the scripts, so a query in either script finds articles in both. Whole sentences
    are converted, as OpenCC's phrase rules pick the right character (关系 → 關係)."""
    mapping: dict[str, str] = {}
    for a in site.articles:
        for raw in [a.story.title] + [s.text for s in a.digest.sentences]:
            simple = to_simplified(raw)
            pairs = list(zip(raw, simple))
            traditional = _S2T.convert(simple)
            if len(traditional) == len(simple):
                pairs += zip(traditional, simple)
            for ch, to in pairs:
                if ch != to:
                    mapping.setdefault(ch, to)
    return mapping


# --- Running Pagefind ---------------------------------------------------------------

async def _write_index(pages: list[tuple[str, str]], folder: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    # One index for zh-Hans and zh-Hant pages: by default Pagefind makes one per
    # <html lang> and a search page would only ever search its own language.
    config = IndexConfig(force_language="zh", output_path=str(folder))
    async with PagefindIndex(config=config) as index:
        for url, page in pages:
            await index.add_html_file(content=page, url=url)


def _in_thread(coroutine) -> None:
    """Run a coroutine to completion even when called from inside an event loop
    (`serve` rebuilds from livereload's loop)."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coroutine).result()


def _key(pages: list[tuple[str, str]]) -> str:
    h = hashlib.sha256(Path(__file__).read_bytes())
    for url, page in pages:
        h.update(url.encode() + b"\0" + page.encode() + b"\0")
    return h.hexdigest()


def _stamp(bundle: Path) -> str | None:
    try:
        return json.loads((bundle / STAMP_FILE).read_text(encoding="utf-8"))["key"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _replace(bundle: Path, new: Path) -> None:
    """Put the new bundle in place; remove the old one only if Pagefind made it."""
    old = None
    if bundle.exists():
        if not (bundle / "pagefind-entry.json").exists():
            raise RuntimeError(f"{bundle} exists and is not a Pagefind bundle; not replacing it")
        old = new.with_name(new.name + "-old")
        os.rename(bundle, old)
    os.rename(new, bundle)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)

"""Search: a Pagefind index of the article pages, made after the write stage.

Where the index lives. Pagefind's bundle is `<output>/pagefind/`, outside the
build manifest. After every build that changed something (a no-op build
returns before the write stage and keeps the bundle) the article pages are
indexed again as a whole, since Pagefind cannot update an index: the bundle
is made in a staging folder beside the output and renamed into place, so a
failed or killed run never leaves half a bundle. A stamp (hash of the article
pages' signatures from the build manifest, which fix their bytes, of this
code and of Pagefind's version) skips runs with nothing new to index;
Pagefind's output differs from run to run on the same pages, so this also
keeps the bundle's bytes stable. The write stage hard-links the bundle into
each new output folder it swaps in (write.CARRIED), so the site always has
an index, and a stamp that still matches leaves it untouched.

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

import hashlib
import html
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
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


def index_site(config: Config, output: Path, site: Site, signatures: dict[str, str]) -> list[str]:
    """(Re)make output/pagefind/ for the site's articles; returns warnings, never raises,
    because a site without search is still a site. `signatures` (output path →
    page signature, from the build manifest) decide whether anything changed,
    so an unchanged index costs no read of the pages."""
    if not pagefind_installed():
        return ["search index not built: pagefind is not installed (pip install 'pagefind[extended]')"]
    output = Path(output)
    try:
        paths = [f"articles/{a.slug}/index.html" for a in site.articles]
        key = _key({path: signatures.get(path, "") for path in paths})  # a signature fixes the page's bytes
        bundle = output / BUNDLE
        if _stamp(bundle) == key:
            return []
        pages = {path: indexed_html(a, (output / path).read_text(encoding="utf-8")) for path, a in zip(paths, site.articles)}
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.zhaiyao-search-", dir=output.parent))
        try:
            _run_pagefind(pages, staging)
            new = staging / BUNDLE
            (new / T2S_FILE).write_text(json.dumps(t2s_map(site), ensure_ascii=False, sort_keys=True), encoding="utf-8")
            (new / STAMP_FILE).write_text(json.dumps({"key": key}), encoding="utf-8")
            _replace(bundle, new)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except Exception as exc:  # pagefind failing must not fail the build
        return [f"search index not built: {exc}"]
    return []


def pagefind_installed() -> bool:
    return importlib.util.find_spec("pagefind") is not None


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

def _run_pagefind(pages: dict[str, str], staging: Path) -> None:
    """Index the pages (path -> HTML) with the Pagefind CLI into staging/pagefind/.

    The CLI indexes in parallel; its Python service API took ten times as long
    (120 s for 1,000 articles). Result URLs are the paths from the site root;
    search.js prefixes the base path."""
    site = staging / "pages"
    for path, page in pages.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    # --force-language: one index for zh-Hans and zh-Hant pages; by default Pagefind
    # makes one per <html lang>, and a search page only ever searches its own.
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(staging / BUNDLE),
               "--force-language", "zh", "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0 or not (staging / BUNDLE / "pagefind.js").is_file():
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"pagefind exited with {done.returncode}: {last[0]}")


def _key(signatures: dict[str, str]) -> str:
    h = hashlib.sha256(Path(__file__).read_bytes() + importlib.metadata.version("pagefind").encode())
    for path, signature in sorted(signatures.items()):
        h.update(path.encode() + b"\0" + signature.encode() + b"\0")
    return h.hexdigest()


def _stamp(bundle: Path) -> str | None:
    try:
        return json.loads((bundle / STAMP_FILE).read_text(encoding="utf-8"))["key"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _replace(bundle: Path, new: Path) -> None:
    """Put the new bundle in place; remove the old one only if Pagefind made it.
    Files that did not change keep their old inode and time (Pagefind names most
    of them by content), so syncing the output only uploads what changed."""
    old = None
    if bundle.exists():
        if not (bundle / "pagefind-entry.json").exists():
            raise RuntimeError(f"{bundle} exists and is not a Pagefind bundle; not replacing it")
        _keep_unchanged(bundle, new)
        old = new.with_name(new.name + "-old")
        os.rename(bundle, old)
    os.rename(new, bundle)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _keep_unchanged(current: Path, new: Path) -> None:
    for path in new.rglob("*"):
        before = current / path.relative_to(new)
        if path.is_file() and before.is_file() and before.stat().st_size == path.stat().st_size \
                and before.read_bytes() == path.read_bytes():
            link = path.with_name(path.name + ".zhaiyao-link")
            os.link(before, link)
            os.replace(link, path)

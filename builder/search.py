"""Search: a Pagefind index of the article pages, made after the write stage.

Where the index lives. The bundle is `<output>/pagefind/`, outside the build
manifest, in shards: `pagefind/0/`, `1/`, … are each a Pagefind bundle of up to
about SHARD_ARTICLES articles (by a hash of the slug), which search.js merges
in the browser. Pagefind holds a whole index in memory and cannot update one,
so shards bound both the memory of a run and what an edit costs: a shard
whose articles' page signatures (from the build manifest, which fix the
pages' bytes) did not change is linked across, not indexed again. Each shard
records which article each of its results is (SHARD_FILE), so the top
`zhaiyao-search.json` can list all results newest first, which search.js
uses for date order (Pagefind's own sort only orders within one shard). The
new bundle is made in a staging folder beside the output and renamed into
place, so a failed or killed run never leaves half a bundle; a build whose
key (all shards' keys) is unchanged skips the stage. The write stage
hard-links the bundle into each new output folder it swaps in
(write.CARRIED), so the site always has an index.

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
readers of an article never download it.
"""

from __future__ import annotations

import gzip
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
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import opencc

from builder.cache import code_fingerprint
from builder.config import Config
from builder.site import Article, Site
from builder.text import normalise, to_simplified

BUNDLE = "pagefind"  # folder in the output; search.js finds it at ../pagefind/ from static/
T2S_FILE = "zhaiyao-t2s.json"
STAMP_FILE = "zhaiyao-search.json"  # the key of the whole index, its shards, results newest first
SHARD_FILE = "zhaiyao-shard.json"  # in each shard: its key, salt, result names → URLs, t2s pairs
# Pagefind holds a whole index in memory, about 1.3 MB an article here (11.5 GB at
# 10,000 articles in one run): shards of about this many articles at most stay under 0.8 GB.
SHARD_ARTICLES = 512
FRAGMENT_SIGNATURE = b"pagefind_dcd"  # opens every decompressed fragment file
SENTENCE_BREAK = "zz"  # a two-letter word: never equal to a one-character query word
_S2T = opencc.OpenCC("s2t")


def index_site(config: Config, output: Path, site: Site, signatures: dict[str, str], jobs: int = 1) -> list[str]:
    """(Re)make output/pagefind/ for the site's articles; returns warnings, never raises,
    because a site without search is still a site. `signatures` (output path →
    page signature, from the build manifest) decide which shards changed, so an
    unchanged index costs no read of the pages."""
    if not pagefind_installed():
        return ["search index not built: pagefind is not installed (pip install 'pagefind[extended]')"]
    output = Path(output)
    bundle = output / BUNDLE
    try:
        shards = [[(f"articles/{a.slug}/index.html", a) for a in group] for group in shard_articles(site.articles)]
        keys = [_key({path: signatures.get(path, "") for path, _ in shard}) for shard in shards]
        key = _key(dict(enumerate(keys)))
        if _stamp(bundle) == key:
            return []
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.zhaiyao-search-", dir=output.parent))
        try:
            new = staging / BUNDLE
            new.mkdir()
            made = _make_shards(shards, keys, bundle, new, staging, output, jobs)
            urls = {f"/articles/{a.slug}/": rank for rank, a in enumerate(site.articles)}  # newest first
            ids = {id_: url for shard in made.values() for id_, url in shard["ids"].items()}
            t2s: dict[str, str] = {}
            for shard in made.values():
                t2s.update(shard["t2s"])
            (new / T2S_FILE).write_text(json.dumps(t2s, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            order = sorted(ids, key=lambda id_: (urls.get(ids[id_], len(urls)), id_))
            (new / STAMP_FILE).write_text(
                json.dumps({"key": key, "shards": list(made), "order": order}), encoding="utf-8"
            )
            _replace(bundle, new)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except Exception as exc:  # pagefind failing must not fail the build
        return [f"search index not built: {exc}"]
    return []


def shard_articles(articles: list[Article]) -> list[list[Article]]:
    """The articles in shards of at most about SHARD_ARTICLES, by a hash of the slug: a
    power of two of them, so the count (and with it every shard) changes only when
    the site doubles, and an edit changes one shard. Empty shards are left out."""
    count = 1
    while len(articles) > count * SHARD_ARTICLES:
        count *= 2
    shards: list[list[Article]] = [[] for _ in range(count)]
    for a in articles:
        shards[int(hashlib.sha256(a.slug.encode()).hexdigest()[:8], 16) % count].append(a)
    return [shard for shard in shards if shard]


def _make_shards(
    shards: list[list[tuple[str, Article]]],
    keys: list[str],
    bundle: Path,
    new: Path,
    staging: Path,
    output: Path,
    jobs: int,
) -> dict[str, dict]:
    """Each shard's Pagefind bundle in new/<n>/: linked from the current bundle when its key
    (its pages' signatures) is unchanged, else indexed, `jobs` shards at a time (each
    Pagefind run takes the memory of its shard). Returns {folder name: shard record}."""
    previous = {}
    for folder in bundle.iterdir() if bundle.is_dir() else []:
        record = _shard_record(folder)
        if record is not None:
            previous[record["key"]] = (folder, record)
    records: dict[int, dict] = {}
    for n, key in enumerate(keys):
        if key in previous:
            folder, records[n] = previous[key]
            shutil.copytree(folder, new / str(n), copy_function=os.link)
    fresh = [n for n in range(len(shards)) if n not in records]

    def index(n: int, salt: int = 0) -> dict:
        shutil.rmtree(new / str(n), ignore_errors=True)
        return _index_shard(shards[n], keys[n], new / str(n), staging / f"pages-{n}", output, salt=salt)

    with ThreadPoolExecutor(max(1, jobs)) as pool:
        records.update(zip(fresh, pool.map(index, fresh)))
    # Pagefind names a result by a short hash of its page, unique within one shard only:
    # a shard whose names meet another's is indexed again with a salt until none do.
    for n in fresh:
        for salt in range(1, 10):
            others = {id_ for other, record in records.items() if other != n for id_ in record["ids"]}
            if others.isdisjoint(records[n]["ids"]):
                break
            records[n] = index(n, salt)
        if (bundle / str(n)).is_dir():
            _keep_unchanged(bundle / str(n), new / str(n))
    return {str(n): records[n] for n in range(len(shards))}


def _index_shard(
    shard: list[tuple[str, Article]], key: str, target: Path, pages: Path, output: Path, salt: int
) -> dict:
    html_of = {path: indexed_html(a, (output / path).read_text(encoding="utf-8"), salt) for path, a in shard}
    _run_pagefind(html_of, pages, target)
    ids = {}
    for fragment in (target / "fragment").iterdir():
        data = gzip.decompress(fragment.read_bytes())
        ids[fragment.name.removesuffix(".pf_fragment")] = json.loads(data[len(FRAGMENT_SIGNATURE) :])["url"]
    record = {"key": key, "salt": salt, "ids": ids, "t2s": t2s_map([a for _, a in shard])}
    (target / SHARD_FILE).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return record


def _shard_record(folder: Path) -> dict | None:
    """A shard's record, or None when it is missing or not whole (the shard is then made again)."""
    try:
        record = json.loads((folder / SHARD_FILE).read_text(encoding="utf-8"))
        whole = isinstance(record.get("key"), str) and all(isinstance(record.get(k), dict) for k in ("ids", "t2s"))
        return record if whole else None
    except (OSError, ValueError, AttributeError):
        return None


def pagefind_installed() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def char_field(article: Article) -> str:
    """Title and sentences in Simplified, one letter or digit per word, sentences apart."""
    texts = [normalise(article.story.title)] + [s.norm for s in article.digest.sentences]
    return f" {SENTENCE_BREAK} ".join(" ".join(c.lower() for c in t if c.isalnum()) for t in texts if t.strip())


def indexed_html(article: Article, page: str, salt: int = 0) -> str:
    """The page as Pagefind should see it: with the index-only `zi` field (and a salt
    that changes the result's name, see _make_shards)."""
    field = (
        f'<div hidden data-pagefind-ignore><span data-pagefind-meta="zi">'
        f"{html.escape(char_field(article))}</span>"
        + (f'<span data-pagefind-meta="salt:{salt}"></span>' if salt else "")
        + "</div>"
    )
    at = page.rfind("</body>")
    return page[:at] + field + page[at:] if at >= 0 else page + field


def t2s_map(articles: list[Article]) -> dict[str, str]:
    """Traditional → Simplified for every character of the articles that differs between
    the scripts, so a query in either script finds articles in both. Whole sentences
    are converted, as OpenCC's phrase rules pick the right character (关系 → 關係)."""
    mapping: dict[str, str] = {}
    for a in articles:
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


def _run_pagefind(pages: dict[str, str], site: Path, target: Path) -> None:
    """Index the pages (path -> HTML, written under site/) with the Pagefind CLI into target.

    The CLI indexes in parallel; its Python service API took ten times as long
    (120 s for 1,000 articles). Result URLs are the paths from the site root;
    search.js prefixes the base path."""
    for path, page in pages.items():
        file = site / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(page, encoding="utf-8")
    # --force-language: one index for zh-Hans and zh-Hant pages; by default Pagefind
    # makes one per <html lang>, and a search page only ever searches its own.
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-path",
        str(target),
        "--force-language",
        "zh",
        "--quiet",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    finally:
        shutil.rmtree(site, ignore_errors=True)
    if done.returncode != 0 or not (target / "pagefind.js").is_file():
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"pagefind exited with {done.returncode}: {last[0]}")


@lru_cache(maxsize=1)
def _maker() -> str:
    """What else an index depends on: the builder's code (this module, the `zi` field's
    normalisation) and Pagefind's version. Once per process, not once per shard."""
    return code_fingerprint() + importlib.metadata.version("pagefind")


def _key(signatures: dict) -> str:
    h = hashlib.sha256(_maker().encode())
    for path, signature in sorted(signatures.items()):
        h.update(f"{path}\0{signature}\0".encode())
    return h.hexdigest()


def _stamp(bundle: Path) -> str | None:
    try:
        return json.loads((bundle / STAMP_FILE).read_text(encoding="utf-8"))["key"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _replace(bundle: Path, new: Path) -> None:
    """Put the new bundle in place; remove the old one only if this module made it."""
    old = None
    if bundle.exists():
        ours = [STAMP_FILE, f"*/{SHARD_FILE}", "pagefind-entry.json"]  # the last: an index from before shards
        if not any(next(bundle.glob(pattern), None) for pattern in ours):
            raise RuntimeError(f"{bundle} exists and is not a search index; not replacing it")
        old = new.with_name(new.name + "-old")
        os.rename(bundle, old)
    os.rename(new, bundle)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _keep_unchanged(current: Path, new: Path) -> None:
    """Files of a re-indexed shard that did not change keep their old inode and time
    (Pagefind names most of them by content), so syncing the output only uploads
    what changed."""
    for path in new.rglob("*"):
        before = current / path.relative_to(new)
        if (
            path.is_file()
            and before.is_file()
            and before.stat().st_size == path.stat().st_size
            and before.read_bytes() == path.read_bytes()
        ):
            link = path.with_name(path.name + ".zhaiyao-link")
            os.link(before, link)
            os.replace(link, path)

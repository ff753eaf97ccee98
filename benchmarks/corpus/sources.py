"""Where the development corpus comes from: the pinned snapshots, how an
article is read out of them, and the shapes it is recorded with.

Shared by build.py (rebuild and verify) and selection.py, selection_figures.py (choose articles).
Only the standard library and git are used."""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
MANIFEST = HERE / "manifest.json"

MIN_CHARS, MAX_CHARS = 150, 4000
SPLIT_SALT = "zhaiyao-corpus-v1"

SOURCES = {
    "cctv_news": {
        "repo": "yuekcc/cctv_news",
        "commit": "f3f077685dd5be6c1dbfe4a65b69d3045d36594f",
        "kind": "broadcast",
        "allowed_years": ("2023", "2024"),
    },
    # SogouCA sample (news sites, June 2012): wire items with a 中新网/中新社/新华网/新华社 dateline.
    "sogouca_sample": {
        "repo": "YeKc1M/InformationRetrieval",
        "commit": "32dbe9775cd5d5798c05b31b7c5b500274d78010",
        "kind": "wire",
        "path": "news_tensite_xml.smarty.dat",
        "encoding": "gb18030",
        "blob_sha256": "b4cef13ade6456642eb4ecac73fd263ad2c2ee901648bbb1246d69cd81f7114d",
    },
    # SogouCS sample (sohu.com channels, 2012): metropolitan-newspaper items carrying a “…报讯” dateline.
    "sogoucs_sample": {
        "repo": "NICE-FUTURE/tfidf-cosine-text-recommendation",
        "commit": "c4ae9d10ea9720b938eefe94f538d797465a1abd",
        "kind": "newspaper",
        "path": "news_sohusite_xml.smarty.dat",
        "encoding": "utf-8",
        "blob_sha256": "82365deb7a34cd42bd910ec3811b0b5c3e7448cab00cd907a6a54070cd450319",
    },
    # People's Daily 1998, the *dev* split of the NER set (char-per-line BIO; its sentences are
    # shuffled). benchmarks/ner.py scores people on the same file; no test split is ever opened.
    "pd1998_dev": {
        "repo": "jiangnanboy/albert_ner",
        "commit": "2c012ccc80e26e97cb60f76bf43912e0e4b028b3",
        "kind": "newspaper",
        "path": "data/example.dev",
        "encoding": "utf-8",
        "blob_sha256": "7d8e6fcd1745e6adcb99d90307d84c3a0f9f8ff5ee6fe62ca27646cb765fc38a",
    },
}

MEETING_RE = re.compile(r"会议|大会|座谈会|常务会|常委会|全会|例会|推进会|调度会|部署会|联席会|论坛|峰会|研讨会|发布会")
BYLINE_RE = re.compile(r"[（(]\s*(?:总台|央视)?(?:记者|通讯员)[^（）()\n]{1,40}[）)]")
SERIES_RE = re.compile(r"【[^】]{1,20}】")
WIRE_DATELINE_RE = re.compile(r"^(?:中新网|中新社|新华网|新华社|新华０８网)[^，。\s]{0,16}?电")
PAPER_DATELINE_RE = re.compile(r"(?:本报|南都|晨报|[\u4e00-\u9fff]{1,4}报)[^，。；\s　]{0,10}?讯")
FULLWIDTH_RE = re.compile(r"[０-９Ａ-Ｚａ-ｚ]")
MOJIBAKE_RE = re.compile(r"\?")  # Sogou dumps have mis-decoded stretches starting with '?'


# --------------------------------------------------------------------------- git


def git_dir(mirror: Path, repo: str) -> Path:
    owner, name = repo.split("/", 1)
    d = mirror / f"{owner}+{name}" / "repo"
    # some snapshots are bare (repo/ is the git dir), others keep it in repo/.git
    return d / ".git" if (d / ".git").is_dir() else d


def git(gd: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(gd), *args], check=True, capture_output=True).stdout


def git_show(gd: Path, commit: str, path: str, encoding: str = "utf-8") -> str:
    return git(gd, "show", f"{commit}:{path}").decode(encoding)


def source_blob(mirror: Path, src: dict) -> str:
    """The whole data file of a single-file source, sha256-checked against the pin."""
    raw = git(git_dir(mirror, src["repo"]), "show", f"{src['commit']}:{src['path']}")
    want = src.get("blob_sha256")
    got = hashlib.sha256(raw).hexdigest()
    if want and got != want:
        raise SystemExit(f"blob sha256 mismatch for {src['repo']}:{src['path']}: {got}")
    return raw.decode(src["encoding"])


def git_ls(gd: Path, commit: str, under: str) -> list[str]:
    out = git(gd, "ls-tree", "-r", "--name-only", commit, "--", under).decode("utf-8")
    return [line for line in out.splitlines() if line]


# ---------------------------------------------------------------- extraction


def _strip_tags(s: str) -> str:
    s = re.sub(r"<br\s*/?>", "", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).replace("\xa0", " ").strip()


def parse_video_page(page: str) -> tuple[str, list[str]]:
    """Title (``<title>``, keeps the "[视频]" prefix) and the <p> paragraphs of #content_area."""
    m = re.search(r"<title>(.*?)</title>", page, re.S)
    title = html.unescape(m.group(1)).strip() if m else ""
    m = re.search(r'<div class="content_area" id="content_area">(.*?)</div>', page, re.S)
    body = m.group(1) if m else ""
    paras = [_strip_tags(p) for p in re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)]
    return title, [p for p in paras if p]


def render(method: str, raw: str, locator: dict) -> str:
    """Turn one source blob into one article text, the way a scraper would."""
    if method == "video_page_paragraphs":
        # <title> line, then one line per <p> of #content_area ("\n".join(p.get_text())).
        title, paras = parse_video_page(raw)
        return title + "\n" + "\n".join(paras) + "\n"
    if method == "video_page_gettext":
        # title + content_area.get_text("") : no separators at all -> a single line.
        title, paras = parse_video_page(raw)
        return title + "".join(paras)
    if method == "md_section":
        # n-th "### " story section of the daily markdown transcript, verbatim.
        lines = raw.split("\n")
        starts = [i for i, line in enumerate(lines) if line.startswith("### ")]
        n = locator["section"]
        a = starts[n]
        b = starts[n + 1] if n + 1 < len(starts) else len(lines)
        sec = lines[a:b]
        if n + 1 >= len(starts):  # last section: drop the file footer ("---", 更新时间)
            while sec and not sec[-1].startswith("[查看原文]"):
                sec.pop()
        return "\n".join(sec).rstrip("\n") + "\n"
    if method == "sogou_doc":
        # n-th <doc> of a Sogou *.smarty.dat: <contenttitle> line, then <content> verbatim (one line).
        docs = parse_sogou(raw)
        url, title, content = docs[locator["doc_index"]]
        if url != locator["url"]:
            raise ValueError(f"doc #{locator['doc_index']} is {url}, expected {locator['url']}")
        return title + "\n" + content + "\n"
    if method == "bio_sentences":
        # sentences [first, first + count) of a char-per-line BIO file, one per line.
        sents = bio_sentences(raw)[locator["first"] : locator["first"] + locator["count"]]
        return "\n".join(sents) + "\n"
    raise ValueError(method)


def bio_sentences(raw: str) -> list[str]:
    """The sentences of a char-per-line BIO file (blank line between sentences), as text."""
    out, cur = [], []
    for line in raw.splitlines():
        parts = line.split()
        if len(parts) == 2:
            cur.append(parts[0])
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def parse_sogou(raw: str) -> list[tuple[str, str, str]]:
    out = []
    for d in re.findall(r"<doc>(.*?)</doc>", raw, re.S):

        def f(tag, d=d):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", d, re.S)
            return m.group(1) if m else ""

        out.append((f("url").strip(), f("contenttitle").strip(), f("content").strip()))
    return out


def detect_shapes(text: str, method: str) -> list[str]:
    first = text.split("\n", 1)[0]
    shapes = []
    if first.startswith("[视频]"):
        shapes.append("video_title")
    if SERIES_RE.search(first):
        shapes.append("series_tag")
    if BYLINE_RE.search(text):
        shapes.append("byline_brackets")
    if method == "video_page_gettext":
        shapes.append("glued_headline")
        if "\n" not in text and 1000 <= len(text) <= 3000:
            shapes.append("no_linebreaks")
    if method == "md_section":
        shapes.append("markdown")
    if method == "sogou_doc":
        body = text.split("\n", 1)[1] if "\n" in text else text
        m = PAPER_DATELINE_RE.search(body[:80])
        if m and m.start() > 0 and not body.startswith(("【", "（", "(")):
            # a (sub)headline is run into the body before the “…报讯” dateline
            shapes.append("glued_headline")
        if FULLWIDTH_RE.search(text):
            shapes.append("fullwidth_ascii")
        if MOJIBAKE_RE.search(text):
            # SogouCA dump damage: each paragraph break became '?' + 2-5 mis-decoded chars + '?'
            shapes.append("mojibake")
    return shapes


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hrank(*parts: str) -> str:
    return hashlib.sha256(("\x1f".join(parts)).encode("utf-8")).hexdigest()


def make_entry(aid, src, path, method, locator, how, text):
    return {
        "id": aid,
        "kind": src["kind"],
        "repository": src["repo"],
        "commit": src["commit"],
        "path": path,
        "method": method,
        "locator": locator,
        "selection": how,
        "sha256": sha256(text),
        "chars": len(text),
        "shapes": detect_shapes(text, method),
        "has_meeting": bool(MEETING_RE.search(text)),
    }


def assign_splits(entries: list[dict]) -> None:
    by_kind = defaultdict(list)
    for e in entries:
        by_kind[e["kind"]].append(e)
    for es in by_kind.values():
        es.sort(key=lambda e: hrank(SPLIT_SALT, e["id"]))
        k = round(len(es) / 3)
        for i, e in enumerate(es):
            e["split"] = "heldout" if i < k else "dev"

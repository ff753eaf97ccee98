#!/usr/bin/env python3
"""Rebuild the Zhaiyao development corpus from fetched repository snapshots.

Usage
-----
    python3 benchmarks/corpus/build.py [--mirror /work/.mirror]          # rebuild + verify
    python3 benchmarks/corpus/build.py [--mirror /work/.mirror] --select # re-run selection,
                                                                         # rewrite manifest.json

The default mode reads ``manifest.json``, regenerates every article from
``<mirror>/<owner>+<name>/repo`` (a bare git dir) at the pinned commit, writes
``articles/<id>.txt`` and checks its sha256 against the manifest.  Exit status is
non-zero if any article is missing or differs.

Only the standard library and ``git`` are used.  Article texts are not to be
committed (``articles/`` is meant to be git-ignored); only this script, the
manifest and annotations are.

Sources (see SOURCES below).  Selection never reads forbidden material:
  * 新闻联播 transcripts: only 2023 and 2024 dates are ever opened (the filter is
    applied to path names *before* any blob is read; 2021/2022 files in the
    same repository are never read).
  * Sogou news samples (wire / newspaper): only the one named ``*.smarty.dat``
    file of each repository is read; its blob sha256 is pinned and checked.
    No validation/test split of any data set is opened.

``--select-extra`` re-runs selection for the non-broadcast kinds only and keeps
the existing broadcast entries of ``manifest.json`` untouched.

``--select-meetings`` (re)selects the meeting-bearing extension only (45 articles that
each report a meeting held: ids ``xwlbm-``/``xwlbmdm-`` broadcast, ``wirem-``, ``paperm-``)
and keeps every other entry byte-identical.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
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
    return subprocess.run(["git", "--git-dir", str(gd), *args], check=True,
                          capture_output=True).stdout


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
    return [l for l in out.splitlines() if l]


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
        starts = [i for i, l in enumerate(lines) if l.startswith("### ")]
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
    raise ValueError(method)


def parse_sogou(raw: str) -> list[tuple[str, str, str]]:
    out = []
    for d in re.findall(r"<doc>(.*?)</doc>", raw, re.S):
        def f(tag):
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


# ------------------------------------------------------------------ selection

def day_stories(gd: Path, commit: str, years) -> list[tuple[str, int, str, str]]:
    """(day, position, page path, list title) of every story of the day lists whose
    names are dates of the allowed years: only those day lists are ever opened."""
    day_lists = sorted(p for p in git_ls(gd, commit, "dump_htmls")
                       if re.fullmatch(r"dump_htmls/(\d{8})\.shtml", p) and p[11:15] in years)
    tree = set(git_ls(gd, commit, "dump_htmls"))
    out = []
    for dl in day_lists:
        day = dl[11:19]
        page = git_show(gd, commit, dl)
        ids = []
        for vid, alt in re.findall(r'href="https://tv\.cctv\.com/\d{4}/\d\d/\d\d/(VIDE\w+)\.shtml"[^>]*alt="([^"]*)"', page):
            if not ids or ids[-1][0] != vid:
                ids.append((vid, alt))
        stories = [(v, a) for v, a in ids if not a.startswith("《新闻联播》")]  # drop 完整版
        for idx, (vid, alt) in enumerate(stories, 1):
            path = f"dump_htmls/{vid}.shtml"
            if vid[-6:-4] == day[2:4] and path in tree:
                out.append((day, idx, path, alt))
    return out


def select_cctv(mirror: Path, n_video: int, n_oneline: int, n_md: int, n_series: int) -> list[dict]:
    src = SOURCES["cctv_news"]
    gd, commit = git_dir(mirror, src["repo"]), src["commit"]
    years = src["allowed_years"]
    video_cands = sorted((hrank("video", path), day, idx, path, alt)
                         for day, idx, path, alt in day_stories(gd, commit, years))

    md_files = sorted(p for p in git_ls(gd, commit, "news")
                      if re.fullmatch(r"news/(\d{8})\.md", p) and p[5:9] in years)
    md_cands = []
    for p in md_files:
        day = p[5:13]
        md_cands.append((hrank("md", p), day, p))
    md_cands.sort()

    entries, used_days = [], set()

    def take(cands, method, want, prefix, series_only=False):
        got = 0
        for rank, day, idx, path, alt in cands:
            if got >= want:
                break
            if series_only and not SERIES_RE.search(alt):
                continue
            if (day, idx) in used_days:
                continue
            raw = git_show(gd, commit, path)
            text = render(method, raw, {})
            if not (MIN_CHARS <= len(text) <= MAX_CHARS):
                continue
            if method == "video_page_gettext" and not (1000 <= len(text) <= 3000):
                continue
            used_days.add((day, idx))
            aid = f"{prefix}-{day[:4]}-{day[4:]}-{idx:02d}"
            entries.append(make_entry(aid, src, path, method, {"day_list": f"dump_htmls/{day}.shtml", "story_index": idx},
                                      f"story #{idx} (1-based, 完整版 excluded) of the day list dump_htmls/{day}.shtml; "
                                      f"page picked by sha256 rank of its path" + ("; stratum: list title has 【栏目】" if series_only else ""), text))
            got += 1
        return got

    take(video_cands, "video_page_gettext", n_oneline, "xwlb")
    take(video_cands, "video_page_paragraphs", n_video, "xwlb")
    # extra stratum: pages whose list title carries a 【栏目】 series name
    take(video_cands, "video_page_paragraphs", n_series, "xwlb", series_only=True)

    got = 0
    for rank, day, p in md_cands:
        if got >= n_md:
            break
        raw = git_show(gd, commit, p)
        starts = [i for i, l in enumerate(raw.split("\n")) if l.startswith("### ")]
        if not starts:
            continue
        sec = int(hrank("mdsec", p)[:8], 16) % len(starts)
        if (day, sec + 1) in used_days:
            continue
        text = render("md_section", raw, {"section": sec})
        if not (MIN_CHARS <= len(text) <= MAX_CHARS):
            continue
        used_days.add((day, sec + 1))
        aid = f"xwlbmd-{day[:4]}-{day[4:]}-{sec + 1:02d}"
        entries.append(make_entry(aid, src, p, "md_section", {"section": sec},
                                  f"'### ' section #{sec + 1} of the day's markdown (section = sha256('mdsec',path) mod count); "
                                  f"file picked by sha256 rank of its path", text))
        got += 1
    return entries


def select_sogou(mirror: Path, key: str, prefix: str, want: int) -> list[dict]:
    src = SOURCES[key]
    docs = parse_sogou(source_blob(mirror, src))
    cands, seen = [], set()
    for i, (url, title, content) in enumerate(docs):
        if not title or (title, content[:50]) in seen:
            continue
        if MOJIBAKE_RE.search(title + content) and src["kind"] != "wire":
            continue  # (nearly every multi-paragraph SogouCA item has them: kept for wire, flagged as a shape)
        if src["kind"] == "wire":
            if not WIRE_DATELINE_RE.match(content):
                continue
        else:
            m = PAPER_DATELINE_RE.search(content[:80])
            if not m or WIRE_DATELINE_RE.match(content):
                continue
        text = title + "\n" + content + "\n"
        if not (MIN_CHARS <= len(text) <= MAX_CHARS):
            continue
        seen.add((title, content[:50]))
        cands.append((hrank(key, url, str(i)), i, url, text))
    cands.sort()
    entries = []
    for n, (rank, i, url, text) in enumerate(cands[:want], 1):
        entries.append(make_entry(f"{prefix}-{n:04d}", src, src["path"], "sogou_doc", {"doc_index": i, "url": url},
                                  f"<doc> #{i} (0-based) of {src['path']}; eligible = "
                                  + ("content opens with a 中新网/中新社/新华网/新华社 dateline" if src["kind"] == "wire"
                                     else "a “…报讯” newspaper dateline in the first 80 chars of content")
                                  + (", '?' mojibake allowed (flagged)" if src["kind"] == "wire" else ", no '?' mojibake") + f", {MIN_CHARS}-{MAX_CHARS} chars; first {want} by sha256 rank of (source, url, index)",
                                  text))
    return entries


EXTRA_KINDS = ("wire", "newspaper")


def select_extra(mirror: Path) -> list[dict]:
    return select_sogou(mirror, "sogouca_sample", "wire", 20) + select_sogou(mirror, "sogoucs_sample", "paper", 15)


# ----------------------------------------------------- meeting-bearing extension
#
# ``--select-meetings`` adds articles that report at least one meeting *held*
# (a gathering named …会议/大会/座谈会/… reported with 召开/举行/主持/出席/在…会上讲话).
# Candidates are ranked by sha256 of their locator exactly as above and the first N
# whose text matches HELD_MEETING_RE are taken; texts are never read to choose.
# Existing entries are kept byte-identical; already used stories/docs are excluded.

MEETING_NAME = (r"(?:常务会议|全体会议|工作会议|电视电话会议|视频会议|会议|表彰大会|代表大会|大会|座谈会|全会|"
                r"新闻发布会|发布会|推进会|调度会|部署会|联席会|研讨会|交流会|报告会|动员会|茶话会|"
                r"见面会|恳谈会|通报会|通气会|说明会|协调会|听证会|沟通会|茶话会|茶会|团拜会|峰会|例会)"
                r"(?!堂|中心|厅|室|场馆)")  # 人民大会堂, 会议中心 … are venues, not meetings
HELD_MEETING_RE = re.compile(
    rf"(?:召开|举行|主持|出席)[^。；！？\n]{{0,30}}?{MEETING_NAME}"
    rf"|{MEETING_NAME}[^。；！？\n]{{0,15}}?(?:召开|举行|开幕|闭幕)"
    rf"|在[^。；！？\n]{{0,40}}?{MEETING_NAME}上(?:讲话|发表|指出|强调|表示|作)")
NATIONAL_MEETING_RE = re.compile(r"国务院常务会议|中央政治局(?:常务委员会)?会议|全国人民代表大会|全国人大|全国政协|"
                                 r"表彰大会|新闻发布会|中央[^。]{0,10}工作会议")
GARBLE_RE = re.compile(r"\?[^？?\n]{0,6}\?")   # SogouCA '?xx?' paragraph-break damage
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


# a meeting only proposed, refused, planned or announced is not one held
NOT_HELD_RE = re.compile(r"提出|拒绝|建议|要求|呼吁|将于|将|拟|准备|计划|即将|定于")


def held_meeting(text: str) -> bool:
    return any(not NOT_HELD_RE.search(text[max(0, m.start() - 8):m.start() + 2])
               for m in HELD_MEETING_RE.finditer(text))


def mostly_garbled(text: str) -> bool:
    bad = sum(len(m) for m in GARBLE_RE.findall(text))
    return bad > 0.05 * len(text) or len(CJK_RE.findall(text)) < 0.6 * len(text)


def _used_broadcast(existing: list[dict]) -> tuple[set, set]:
    used, paths = set(), set()
    for e in existing:
        if e["kind"] != "broadcast":
            continue
        paths.add(e["path"])
        if e["method"] == "md_section":
            used.add((e["path"][5:13], e["locator"]["section"] + 1))
        else:
            used.add((e["locator"]["day_list"][11:19], e["locator"]["story_index"]))
    return used, paths


def select_cctv_meetings(mirror: Path, existing: list[dict], n_video: int, n_oneline: int, n_md: int,
                         n_national_video: int) -> list[dict]:
    src = SOURCES["cctv_news"]
    gd, commit = git_dir(mirror, src["repo"]), src["commit"]
    years = src["allowed_years"]
    used, used_paths = _used_broadcast(existing)
    cands = sorted((hrank("meeting-video", path), day, idx, path) for day, idx, path, _ in day_stories(gd, commit, years))

    entries = []
    how_tail = "; page picked by sha256 rank of ('meeting-video', path) among pages whose text matches HELD_MEETING_RE"

    def take(method, want, national_only=False):
        got = 0
        for rank, day, idx, path in cands:
            if got >= want:
                break
            if (day, idx) in used or path in used_paths:
                continue
            text = render(method, git_show(gd, commit, path), {})
            if not (MIN_CHARS <= len(text) <= MAX_CHARS):
                continue
            if method == "video_page_gettext" and not (1000 <= len(text) <= 3000):
                continue
            if not held_meeting(text):
                continue
            if national_only and not NATIONAL_MEETING_RE.search(text):
                continue
            used.add((day, idx))
            used_paths.add(path)
            aid = f"xwlbm-{day[:4]}-{day[4:]}-{idx:02d}"
            entries.append(make_entry(aid, src, path, method, {"day_list": f"dump_htmls/{day}.shtml", "story_index": idx},
                                      f"story #{idx} (1-based, 完整版 excluded) of the day list dump_htmls/{day}.shtml"
                                      + how_tail + ("; stratum: national meeting (NATIONAL_MEETING_RE)" if national_only else ""),
                                      text))
            got += 1
        return got

    take("video_page_gettext", n_oneline)
    take("video_page_paragraphs", n_national_video, national_only=True)
    take("video_page_paragraphs", n_video - n_national_video)

    md_files = sorted(p for p in git_ls(gd, commit, "news")
                      if re.fullmatch(r"news/(\d{8})\.md", p) and p[5:9] in years)
    md_cands = sorted((hrank("meeting-md", p), p[5:13], p) for p in md_files)
    got = 0
    for rank, day, p in md_cands:
        if got >= n_md:
            break
        raw = git_show(gd, commit, p)
        nsec = sum(1 for l in raw.split("\n") if l.startswith("### "))
        for sec in sorted(range(nsec), key=lambda k: hrank("meeting-mdsec", p, str(k))):
            if (day, sec + 1) in used:
                continue
            text = render("md_section", raw, {"section": sec})
            if not (MIN_CHARS <= len(text) <= MAX_CHARS) or not held_meeting(text):
                continue
            used.add((day, sec + 1))
            aid = f"xwlbmdm-{day[:4]}-{day[4:]}-{sec + 1:02d}"
            entries.append(make_entry(aid, src, p, "md_section", {"section": sec},
                                      f"'### ' section #{sec + 1} of the day's markdown: first section, in sha256 order of "
                                      f"('meeting-mdsec', path, k), whose text matches HELD_MEETING_RE; file picked by "
                                      f"sha256 rank of ('meeting-md', path)", text))
            got += 1
            break
    return entries


def select_sogou_meetings(mirror: Path, key: str, prefix: str, want: int, existing: list[dict]) -> list[dict]:
    src = SOURCES[key]
    docs = parse_sogou(source_blob(mirror, src))
    used_idx = {e["locator"]["doc_index"] for e in existing if e["path"] == src["path"]}
    used_text = {e["sha256"] for e in existing}
    cands, seen = [], set()
    for i, (url, title, content) in enumerate(docs):
        if i in used_idx or not title or (title, content[:50]) in seen:
            continue
        text = title + "\n" + content + "\n"
        if sha256(text) in used_text or not (MIN_CHARS <= len(text) <= MAX_CHARS):
            continue
        # (no dateline requirement here: every datelined item of the samples is already in the corpus)
        if src["kind"] != "wire" and MOJIBAKE_RE.search(text):
            continue
        if mostly_garbled(text):
            continue
        seen.add((title, content[:50]))
        cands.append((hrank("meeting", key, url, str(i)), i, url, text))
    cands.sort()
    entries = []
    for rank, i, url, text in cands:
        if len(entries) >= want:
            break
        if not held_meeting(text):
            continue
        n = len(entries) + 1
        entries.append(make_entry(f"{prefix}-{n:04d}", src, src["path"], "sogou_doc", {"doc_index": i, "url": url},
                                  f"<doc> #{i} (0-based) of {src['path']}; eligible = "
                                  + ("any item, '?' mojibake allowed (flagged)" if src["kind"] == "wire"
                                     else "any item, no '?' mojibake")
                                  + f", not mostly garbled, {MIN_CHARS}-{MAX_CHARS} chars, not already in the corpus, "
                                  f"text matches HELD_MEETING_RE; first {want} by sha256 rank of ('meeting', source, url, index)",
                                  text))
    return entries


MEETING_PREFIXES = ("xwlbm-", "xwlbmdm-", "wirem-", "paperm-")


N_MEETINGS = 45


def select_meetings(mirror: Path, existing: list[dict]) -> list[dict]:
    # Target 30 broadcast + 15 Sogou (8 wire, 7 newspaper).  The two 200-doc Sogou samples hold
    # fewer eligible meeting reports than that; whatever they lack is made up with broadcast
    # video pages (one-paragraph-per-line rendering) so that the extension stays N_MEETINGS long.
    sogou = (select_sogou_meetings(mirror, "sogouca_sample", "wirem", 8, existing)
             + select_sogou_meetings(mirror, "sogoucs_sample", "paperm", 7, existing))
    n_oneline, n_md = 6, 6
    n_video = N_MEETINGS - len(sogou) - n_oneline - n_md
    return select_cctv_meetings(mirror, existing, n_video=n_video, n_oneline=n_oneline, n_md=n_md,
                                n_national_video=n_video // 2) + sogou


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
    for kind, es in by_kind.items():
        es.sort(key=lambda e: hrank(SPLIT_SALT, e["id"]))
        k = round(len(es) / 3)
        for i, e in enumerate(es):
            e["split"] = "heldout" if i < k else "dev"


# -------------------------------------------------------------------- rebuild

def rebuild(mirror: Path, entries: list[dict]) -> int:
    ARTICLES.mkdir(parents=True, exist_ok=True)
    bad = 0
    cache: dict[tuple[str, str, str], str] = {}
    for e in entries:
        gd = git_dir(mirror, e["repository"])
        key = (e["repository"], e["commit"], e["path"])
        if key not in cache:
            src = next((v for v in SOURCES.values() if v["repo"] == e["repository"] and v.get("path") == e["path"]), None)
            cache[key] = source_blob(mirror, src) if src else git_show(gd, e["commit"], e["path"])
        text = render(e["method"], cache[key], e["locator"])
        (ARTICLES / f"{e['id']}.txt").write_text(text, encoding="utf-8")
        if sha256(text) != e["sha256"]:
            print(f"SHA MISMATCH {e['id']}", file=sys.stderr)
            bad += 1
    return bad


def summary(entries: list[dict]) -> str:
    rows = Counter()
    for e in entries:
        for s in (e["shapes"] or ["plain"]):
            rows[(e["kind"], e["split"], s)] += 1
    out = ["kind       split    shape              count", "-" * 46]
    for (k, sp, sh), n in sorted(rows.items()):
        out.append(f"{k:<10} {sp:<8} {sh:<18} {n:>5}")
    tot = Counter((e["kind"], e["split"]) for e in entries)
    out.append("-" * 46)
    for (k, sp), n in sorted(tot.items()):
        out.append(f"{k:<10} {sp:<8} {'(articles)':<18} {n:>5}")
    out.append(f"total articles: {len(entries)}; has_meeting: {sum(e['has_meeting'] for e in entries)}")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mirror", nargs="?", default="/work/.mirror", help="folder holding owner+name/repo snapshots")
    ap.add_argument("--select", action="store_true", help="re-run selection and rewrite manifest.json")
    ap.add_argument("--select-extra", action="store_true",
                    help="re-run selection of the wire/newspaper kinds only; keep broadcast entries as they are")
    ap.add_argument("--select-meetings", action="store_true",
                    help="(re)select the meeting-bearing extension (ids xwlbm-/xwlbmdm-/wirem-/paperm-); "
                         "all other entries are kept byte-identical")
    a = ap.parse_args()
    mirror = Path(a.mirror)
    if a.select_meetings:
        old = json.loads(MANIFEST.read_text(encoding="utf-8"))
        kept = [e for e in old["articles"] if not e["id"].startswith(MEETING_PREFIXES)]
        new = select_meetings(mirror, kept)
        assign_splits(new)  # a third heldout per kind, by sha256(salt, id), among the new entries only
        for e in new:
            e["has_meeting"] = True
        entries = kept + sorted(new, key=lambda e: e["id"])
        MANIFEST.write_text(json.dumps({"version": 1, "sources": SOURCES, "articles": entries},
                                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if a.select_extra:
        old = json.loads(MANIFEST.read_text(encoding="utf-8"))
        kept = [e for e in old["articles"] if e["kind"] not in EXTRA_KINDS]
        new = select_extra(mirror)
        assign_splits(new)
        entries = kept + sorted(new, key=lambda e: e["id"])
        MANIFEST.write_text(json.dumps({"version": 1, "sources": SOURCES, "articles": entries},
                                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if a.select:  # the first broadcast selection; the other entries are kept as they are
        old = json.loads(MANIFEST.read_text(encoding="utf-8"))
        first = select_cctv(mirror, n_video=30, n_oneline=15, n_md=15, n_series=8)
        assign_splits(first)
        ids = {e["id"] for e in first}
        kept = [e for e in old["articles"] if e["kind"] != "broadcast" or e["id"].startswith(MEETING_PREFIXES)]
        entries = sorted(first, key=lambda e: e["id"]) + [e for e in kept if e["id"] not in ids]
        # the manifest's order: first selection, then the other kinds, then the meeting extension, each by id
        entries.sort(key=lambda e: (e["id"].startswith(MEETING_PREFIXES),
                                    not e["id"].startswith(MEETING_PREFIXES) and e["kind"] != "broadcast", e["id"]))
        MANIFEST.write_text(json.dumps({"version": 1, "sources": SOURCES, "articles": entries},
                                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    entries = json.loads(MANIFEST.read_text(encoding="utf-8"))["articles"]
    bad = rebuild(mirror, entries)
    print(summary(entries))
    print(f"written to {ARTICLES}; sha256 mismatches: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

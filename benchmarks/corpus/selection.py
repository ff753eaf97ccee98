"""Choosing the corpus articles: deterministic, by a hash of where each article
is, never by reading it to decide; forbidden material is never opened (see
build.py). Run through build.py --select and --select-extra; the meeting extensions are chosen in
selection_meetings.py."""

from __future__ import annotations

import re
from pathlib import Path

from sources import (
    MAX_CHARS,
    MIN_CHARS,
    MOJIBAKE_RE,
    PAPER_DATELINE_RE,
    SERIES_RE,
    SOURCES,
    WIRE_DATELINE_RE,
    git_dir,
    git_ls,
    git_show,
    hrank,
    make_entry,
    parse_sogou,
    render,
    sha256,
    source_blob,
)

# ------------------------------------------------------------------ selection


def day_stories(gd: Path, commit: str, years) -> list[tuple[str, int, str, str]]:
    """(day, position, page path, list title) of every story of the day lists whose
    names are dates of the allowed years: only those day lists are ever opened."""
    day_lists = sorted(
        p
        for p in git_ls(gd, commit, "dump_htmls")
        if re.fullmatch(r"dump_htmls/(\d{8})\.shtml", p) and p[11:15] in years
    )
    tree = set(git_ls(gd, commit, "dump_htmls"))
    out = []
    for dl in day_lists:
        day = dl[11:19]
        page = git_show(gd, commit, dl)
        ids = []
        for vid, alt in re.findall(
            r'href="https://tv\.cctv\.com/\d{4}/\d\d/\d\d/(VIDE\w+)\.shtml"[^>]*alt="([^"]*)"', page
        ):
            if not ids or ids[-1][0] != vid:
                ids.append((vid, alt))
        stories = [(v, a) for v, a in ids if not a.startswith("《新闻联播》")]  # drop 完整版
        for idx, (vid, alt) in enumerate(stories, 1):
            path = f"dump_htmls/{vid}.shtml"
            if vid[-6:-4] == day[2:4] and path in tree:
                out.append((day, idx, path, alt))
    return out


def story_text(gd: Path, commit: str, path: str, method: str) -> str | None:
    """A video page rendered the scraper's way, when its length is one the corpus takes
    (a one-line page 1,000–3,000 characters: longer walls are not how such pages come)."""
    text = render(method, git_show(gd, commit, path), {})
    if not (MIN_CHARS <= len(text) <= MAX_CHARS):
        return None
    if method == "video_page_gettext" and not (1000 <= len(text) <= 3000):
        return None
    return text


def select_cctv(mirror: Path, n_video: int, n_oneline: int, n_md: int, n_series: int) -> list[dict]:
    src = SOURCES["cctv_news"]
    gd, commit = git_dir(mirror, src["repo"]), src["commit"]
    years = src["allowed_years"]
    video_cands = sorted(
        (hrank("video", path), day, idx, path, alt) for day, idx, path, alt in day_stories(gd, commit, years)
    )

    md_files = sorted(p for p in git_ls(gd, commit, "news") if re.fullmatch(r"news/(\d{8})\.md", p) and p[5:9] in years)
    md_cands = []
    for p in md_files:
        day = p[5:13]
        md_cands.append((hrank("md", p), day, p))
    md_cands.sort()

    entries, used_days = [], set()

    def take(cands, method, want, prefix, series_only=False):
        got = 0
        for _rank, day, idx, path, alt in cands:
            if got >= want:
                break
            if series_only and not SERIES_RE.search(alt):
                continue
            if (day, idx) in used_days:
                continue
            text = story_text(gd, commit, path, method)
            if text is None:
                continue
            used_days.add((day, idx))
            entries.append(
                story_entry(
                    prefix,
                    src,
                    path,
                    method,
                    day,
                    idx,
                    "; page picked by sha256 rank of its path"
                    + ("; stratum: list title has 【栏目】" if series_only else ""),
                    text,
                )
            )
            got += 1
        return got

    take(video_cands, "video_page_gettext", n_oneline, "xwlb")
    take(video_cands, "video_page_paragraphs", n_video, "xwlb")
    # extra stratum: pages whose list title carries a 【栏目】 series name
    take(video_cands, "video_page_paragraphs", n_series, "xwlb", series_only=True)

    got = 0
    for _rank, day, p in md_cands:
        if got >= n_md:
            break
        raw = git_show(gd, commit, p)
        starts = [i for i, line in enumerate(raw.split("\n")) if line.startswith("### ")]
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
        entries.append(
            section_entry(
                aid,
                src,
                p,
                sec,
                " (section = sha256('mdsec',path) mod count); file picked by sha256 rank of its path",
                text,
            )
        )
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
    for n, (_rank, i, url, text) in enumerate(cands[:want], 1):
        entries.append(
            sogou_entry(
                f"{prefix}-{n:04d}",
                src,
                i,
                url,
                f"<doc> #{i} (0-based) of {src['path']}; eligible = "
                + (
                    "content opens with a 中新网/中新社/新华网/新华社 dateline"
                    if src["kind"] == "wire"
                    else "a “…报讯” newspaper dateline in the first 80 chars of content"
                )
                + (", '?' mojibake allowed (flagged)" if src["kind"] == "wire" else ", no '?' mojibake")
                + f", {MIN_CHARS}-{MAX_CHARS} chars; first {want} by sha256 rank of (source, url, index)",
                text,
            )
        )
    return entries


EXTRA_KINDS = ("wire", "newspaper")


def select_extra(mirror: Path) -> list[dict]:
    return select_sogou(mirror, "sogouca_sample", "wire", 20) + select_sogou(mirror, "sogoucs_sample", "paper", 15)


GARBLE_RE = re.compile(r"\?[^？?\n]{0,6}\?")  # SogouCA '?xx?' paragraph-break damage
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def mostly_garbled(text: str) -> bool:
    bad = sum(len(m) for m in GARBLE_RE.findall(text))
    return bad > 0.05 * len(text) or len(CJK_RE.findall(text)) < 0.6 * len(text)


def used_broadcast(existing: list[dict]) -> tuple[set, set]:
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


def story_entry(prefix: str, src: dict, path: str, method: str, day: str, idx: int, how: str, text: str) -> dict:
    """The manifest entry of story #idx of a day's list of broadcast video pages (id prefix-yyyy-mmdd-nn)."""
    aid = f"{prefix}-{day[:4]}-{day[4:]}-{idx:02d}"
    how = f"story #{idx} (1-based, 完整版 excluded) of the day list dump_htmls/{day}.shtml" + how
    return make_entry(aid, src, path, method, {"day_list": f"dump_htmls/{day}.shtml", "story_index": idx}, how, text)


def section_entry(aid: str, src: dict, path: str, sec: int, how: str, text: str) -> dict:
    """The manifest entry of the sec-th '### ' section of a day's broadcast Markdown."""
    how = f"'### ' section #{sec + 1} of the day's markdown" + how
    return make_entry(aid, src, path, "md_section", {"section": sec}, how, text)


def sogou_entry(aid: str, src: dict, i: int, url: str, how: str, text: str) -> dict:
    """The manifest entry of the i-th <doc> of a Sogou sample."""
    return make_entry(aid, src, src["path"], "sogou_doc", {"doc_index": i, "url": url}, how, text)


def eligible_sogou(mirror: Path, key: str, existing: list[dict]):
    """(index, url, text) of the items of a Sogou sample not yet in the corpus, of a usable length,
    not garbled (and for newspapers, free of '?' mojibake), each text once."""
    src = SOURCES[key]
    docs = parse_sogou(source_blob(mirror, src))
    used_idx = {e["locator"]["doc_index"] for e in existing if e["path"] == src["path"]}
    used_text = {e["sha256"] for e in existing}
    seen = set()
    for i, (url, title, content) in enumerate(docs):
        if i in used_idx or not title or (title, content[:50]) in seen:
            continue
        text = title + "\n" + content + "\n"
        if sha256(text) in used_text or not (MIN_CHARS <= len(text) <= MAX_CHARS):
            continue
        if src["kind"] != "wire" and MOJIBAKE_RE.search(text):
            continue
        if mostly_garbled(text):
            continue
        seen.add((title, content[:50]))
        yield i, url, text

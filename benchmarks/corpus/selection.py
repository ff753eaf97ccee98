"""Choosing the corpus articles: deterministic, by a hash of where each article
is, never by reading it to decide; forbidden material is never opened (see
build.py). Run through build.py --select, --select-extra, --select-meetings."""

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
            raw = git_show(gd, commit, path)
            text = render(method, raw, {})
            if not (MIN_CHARS <= len(text) <= MAX_CHARS):
                continue
            if method == "video_page_gettext" and not (1000 <= len(text) <= 3000):
                continue
            used_days.add((day, idx))
            aid = f"{prefix}-{day[:4]}-{day[4:]}-{idx:02d}"
            entries.append(
                make_entry(
                    aid,
                    src,
                    path,
                    method,
                    {"day_list": f"dump_htmls/{day}.shtml", "story_index": idx},
                    f"story #{idx} (1-based, 完整版 excluded) of the day list dump_htmls/{day}.shtml; "
                    f"page picked by sha256 rank of its path"
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
            make_entry(
                aid,
                src,
                p,
                "md_section",
                {"section": sec},
                f"'### ' section #{sec + 1} of the day's markdown (section = sha256('mdsec',path) mod count); "
                f"file picked by sha256 rank of its path",
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


# ----------------------------------------------------- meeting-bearing extension
#
# ``--select-meetings`` adds articles that report at least one meeting *held*
# (a gathering named …会议/大会/座谈会/… reported with 召开/举行/主持/出席/在…会上讲话).
# Candidates are ranked by sha256 of their locator exactly as above and the first N
# whose text matches HELD_MEETING_RE are taken; texts are never read to choose.
# Existing entries are kept byte-identical; already used stories/docs are excluded.

MEETING_NAME = (
    r"(?:常务会议|全体会议|工作会议|电视电话会议|视频会议|会议|表彰大会|代表大会|大会|座谈会|全会|"
    r"新闻发布会|发布会|推进会|调度会|部署会|联席会|研讨会|交流会|报告会|动员会|茶话会|"
    r"见面会|恳谈会|通报会|通气会|说明会|协调会|听证会|沟通会|茶话会|茶会|团拜会|峰会|例会)"
    r"(?!堂|中心|厅|室|场馆)"
)  # 人民大会堂, 会议中心 … are venues, not meetings
HELD_MEETING_RE = re.compile(
    rf"(?:召开|举行|主持|出席)[^。；！？\n]{{0,30}}?{MEETING_NAME}"
    rf"|{MEETING_NAME}[^。；！？\n]{{0,15}}?(?:召开|举行|开幕|闭幕)"
    rf"|在[^。；！？\n]{{0,40}}?{MEETING_NAME}上(?:讲话|发表|指出|强调|表示|作)"
)
NATIONAL_MEETING_RE = re.compile(
    r"国务院常务会议|中央政治局(?:常务委员会)?会议|全国人民代表大会|全国人大|全国政协|"
    r"表彰大会|新闻发布会|中央[^。]{0,10}工作会议"
)
GARBLE_RE = re.compile(r"\?[^？?\n]{0,6}\?")  # SogouCA '?xx?' paragraph-break damage
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


# a meeting only proposed, refused, planned or announced is not one held
NOT_HELD_RE = re.compile(r"提出|拒绝|建议|要求|呼吁|将于|将|拟|准备|计划|即将|定于")


def held_meeting(text: str) -> bool:
    return any(
        not NOT_HELD_RE.search(text[max(0, m.start() - 8) : m.start() + 2]) for m in HELD_MEETING_RE.finditer(text)
    )


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


def select_cctv_meetings(
    mirror: Path,
    existing: list[dict],
    n_video: int,
    n_oneline: int,
    n_md: int,
    n_national_video: int,
    prefix: str = "xwlbm",
    speeches: bool = False,
    years: tuple[str, ...] | None = None,
) -> list[dict]:
    src = SOURCES["cctv_news"]
    gd, commit = git_dir(mirror, src["repo"]), src["commit"]
    years = years or src["allowed_years"]
    assert not set(years) & set(FORBIDDEN_YEARS), "新闻联播 of 2021 and 2022 is reserved for evaluation"
    used, used_paths = _used_broadcast(existing)
    cands = sorted(
        (hrank("meeting-video", path), day, idx, path) for day, idx, path, _ in day_stories(gd, commit, years)
    )

    entries = []
    how_tail = "; page picked by sha256 rank of ('meeting-video', path) among pages whose text matches HELD_MEETING_RE"
    if speeches:
        how_tail += f" and has at least {MIN_SPEECHES} SPEECH_RE matches"

    def eligible(text: str) -> bool:
        return held_meeting(text) and (not speeches or len(SPEECH_RE.findall(text)) >= MIN_SPEECHES)

    def take(method, want, national_only=False):
        got = 0
        for _rank, day, idx, path in cands:
            if got >= want:
                break
            if (day, idx) in used or path in used_paths:
                continue
            text = render(method, git_show(gd, commit, path), {})
            if not (MIN_CHARS <= len(text) <= MAX_CHARS):
                continue
            if method == "video_page_gettext" and not (1000 <= len(text) <= 3000):
                continue
            if not eligible(text):
                continue
            if national_only and not NATIONAL_MEETING_RE.search(text):
                continue
            used.add((day, idx))
            used_paths.add(path)
            aid = f"{prefix}-{day[:4]}-{day[4:]}-{idx:02d}"
            entries.append(
                make_entry(
                    aid,
                    src,
                    path,
                    method,
                    {"day_list": f"dump_htmls/{day}.shtml", "story_index": idx},
                    f"story #{idx} (1-based, 完整版 excluded) of the day list dump_htmls/{day}.shtml"
                    + how_tail
                    + ("; stratum: national meeting (NATIONAL_MEETING_RE)" if national_only else ""),
                    text,
                )
            )
            got += 1
        return got

    take("video_page_gettext", n_oneline)
    take("video_page_paragraphs", n_national_video, national_only=True)
    take("video_page_paragraphs", n_video - n_national_video)

    md_files = sorted(p for p in git_ls(gd, commit, "news") if re.fullmatch(r"news/(\d{8})\.md", p) and p[5:9] in years)
    md_cands = sorted((hrank("meeting-md", p), p[5:13], p) for p in md_files)
    got = 0
    for _rank, day, p in md_cands:
        if got >= n_md:
            break
        raw = git_show(gd, commit, p)
        nsec = sum(1 for line in raw.split("\n") if line.startswith("### "))
        for sec in sorted(range(nsec), key=lambda k: hrank("meeting-mdsec", p, str(k))):
            if (day, sec + 1) in used:
                continue
            text = render("md_section", raw, {"section": sec})
            if not (MIN_CHARS <= len(text) <= MAX_CHARS) or not eligible(text):
                continue
            used.add((day, sec + 1))
            aid = f"{prefix}dm-{day[:4]}-{day[4:]}-{sec + 1:02d}"
            entries.append(
                make_entry(
                    aid,
                    src,
                    p,
                    "md_section",
                    {"section": sec},
                    f"'### ' section #{sec + 1} of the day's markdown: first section, in sha256 order of "
                    f"('meeting-mdsec', path, k), whose text matches HELD_MEETING_RE"
                    + (f" and has at least {MIN_SPEECHES} SPEECH_RE matches" if speeches else "")
                    + "; file picked by "
                    "sha256 rank of ('meeting-md', path)",
                    text,
                )
            )
            got += 1
            break
    return entries


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


def select_sogou_meetings(mirror: Path, key: str, prefix: str, want: int, existing: list[dict]) -> list[dict]:
    src = SOURCES[key]
    # (no dateline requirement here: every datelined item of the samples is already in the corpus)
    cands = [
        (hrank("meeting", key, url, str(i)), i, url, text) for i, url, text in eligible_sogou(mirror, key, existing)
    ]
    cands.sort()
    entries = []
    for _rank, i, url, text in cands:
        if len(entries) >= want:
            break
        if not held_meeting(text):
            continue
        n = len(entries) + 1
        entries.append(
            sogou_entry(
                f"{prefix}-{n:04d}",
                src,
                i,
                url,
                f"<doc> #{i} (0-based) of {src['path']}; eligible = "
                + ("any item, '?' mojibake allowed (flagged)" if src["kind"] == "wire" else "any item, no '?' mojibake")
                + f", not mostly garbled, {MIN_CHARS}-{MAX_CHARS} chars, not already in the corpus, "
                f"text matches HELD_MEETING_RE; first {want} by sha256 rank of ('meeting', source, url, index)",
                text,
            )
        )
    return entries


MEETING_PREFIXES = ("xwlbm-", "xwlbmdm-", "wirem-", "paperm-")
# Later broadcast meeting extensions, for meeting fields: flag number → (id prefix, selection
# arguments). xwlbq- has pages without line breaks (n_oneline); xwlbt- (third session) stories
# that report several speeches, for speakers; xwlbu- (fourth session) fresh meetings of any kind;
# xwlbv- (fifth session) fresh meetings of any kind from 2025 and 2026, years no rule had yet seen.
MORE_MEETINGS = {
    2: ("xwlbn", {"n": 30, "n_md": 6, "n_national": 16}),
    3: ("xwlbp", {"n": 40, "n_md": 8, "n_national": 16}),
    4: ("xwlbq", {"n": 45, "n_md": 8, "n_national": 18, "n_oneline": 7}),
    5: ("xwlbr", {"n": 45, "n_md": 8, "n_national": 20, "n_oneline": 6}),
    6: ("xwlbs", {"n": 45, "n_md": 6, "n_national": 28, "n_oneline": 5}),
    7: ("xwlbt", {"n": 45, "n_md": 6, "n_national": 25, "n_oneline": 4, "speeches": True}),
    8: ("xwlbu", {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6}),
    9: ("xwlbv", {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6, "years": ("2025", "2026")}),
}
# The 2021 and 2022 transcripts are reserved for evaluation: no selection may open them.
FORBIDDEN_YEARS = ("2021", "2022")


def meeting_prefixes(prefix: str) -> tuple[str, str]:
    return f"{prefix}-", f"{prefix}dm-"


SPEECH_RE = re.compile("发言|讲话|致辞|作报告|作了报告|介绍|表示|指出")
MIN_SPEECHES = 4


def select_more_meetings(
    mirror: Path,
    existing: list[dict],
    prefix: str,
    n: int,
    n_md: int,
    n_national: int,
    n_oneline: int = 0,
    speeches: bool = False,
    years: tuple[str, ...] | None = None,
):
    chosen = select_cctv_meetings(
        mirror,
        existing,
        n_video=n - n_md - n_oneline,
        n_oneline=n_oneline,
        n_md=n_md,
        n_national_video=n_national,
        prefix=prefix,
        speeches=speeches,
        years=years,
    )
    for e in chosen:
        e["has_meeting"] = True
    return chosen


N_MEETINGS = 45


def select_meetings(mirror: Path, existing: list[dict]) -> list[dict]:
    # Target 30 broadcast + 15 Sogou (8 wire, 7 newspaper).  The two 200-doc Sogou samples hold
    # fewer eligible meeting reports than that; whatever they lack is made up with broadcast
    # video pages (one-paragraph-per-line rendering) so that the extension stays N_MEETINGS long.
    sogou = select_sogou_meetings(mirror, "sogouca_sample", "wirem", 8, existing) + select_sogou_meetings(
        mirror, "sogoucs_sample", "paperm", 7, existing
    )
    n_oneline, n_md = 6, 6
    n_video = N_MEETINGS - len(sogou) - n_oneline - n_md
    chosen = (
        select_cctv_meetings(
            mirror, existing, n_video=n_video, n_oneline=n_oneline, n_md=n_md, n_national_video=n_video // 2
        )
        + sogou
    )
    for e in chosen:
        e["has_meeting"] = True  # chosen for the meeting they report
    return chosen

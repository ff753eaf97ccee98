"""Choosing the meeting-bearing extensions (build.py --select-meetings, --select-meetings2 … 9):
stories that report at least one meeting *held* (a gathering named …会议/大会/座谈会/… reported with
召开/举行/主持/出席/在…会上讲话). Candidates are ranked by sha256 of their locator as in selection.py
and the first N whose text matches HELD_MEETING_RE are taken; texts are never read to choose.
Existing entries are kept byte-identical; already used stories and docs are excluded."""

from __future__ import annotations

import json
import re
from pathlib import Path

from selection import day_stories, eligible_sogou, section_entry, sogou_entry, story_entry, story_text, used_broadcast
from sources import MAX_CHARS, MIN_CHARS, SOURCES, git_dir, git_ls, git_show, hrank, render

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


# a meeting only proposed, refused, planned or announced is not one held
NOT_HELD_RE = re.compile(r"提出|拒绝|建议|要求|呼吁|将于|将|拟|准备|计划|即将|定于")


def held_meeting(text: str) -> bool:
    return any(
        not NOT_HELD_RE.search(text[max(0, m.start() - 8) : m.start() + 2]) for m in HELD_MEETING_RE.finditer(text)
    )


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
    skip: frozenset = frozenset(),
) -> list[dict]:
    src = SOURCES["cctv_news"]
    gd, commit = git_dir(mirror, src["repo"]), src["commit"]
    years = years or src["allowed_years"]
    assert not set(years) & set(FORBIDDEN_YEARS), "新闻联播 of 2021 and 2022 is reserved for evaluation"
    used, used_paths = used_broadcast(existing)
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
            if (day, idx) in used or path in used_paths or (day, idx) in skip:
                continue
            text = story_text(gd, commit, path, method)
            if text is None or not eligible(text):
                continue
            if national_only and not NATIONAL_MEETING_RE.search(text):
                continue
            used.add((day, idx))
            used_paths.add(path)
            entries.append(
                story_entry(
                    prefix,
                    src,
                    path,
                    method,
                    day,
                    idx,
                    how_tail + ("; stratum: national meeting (NATIONAL_MEETING_RE)" if national_only else ""),
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
                section_entry(
                    aid,
                    src,
                    p,
                    sec,
                    ": first section, in sha256 order of ('meeting-mdsec', path, k), whose text matches HELD_MEETING_RE"
                    + (f" and has at least {MIN_SPEECHES} SPEECH_RE matches" if speeches else "")
                    + "; file picked by sha256 rank of ('meeting-md', path)",
                    text,
                )
            )
            got += 1
            break
    return entries


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
# xwlbv- (fifth session) fresh meetings of any kind from 2025 and 2026, years no rule had yet seen,
# and xwlbw- 60 more from those years, drawn later that session; xwlbx- (sixth session) 60 more,
# and xwlby- and xwlbz- 60 more each, drawn later that session (xwlbz- skips the stories
# its review rounds read, listed in reviewed.json).
MORE_MEETINGS = {
    2: ("xwlbn", {"n": 30, "n_md": 6, "n_national": 16}),
    3: ("xwlbp", {"n": 40, "n_md": 8, "n_national": 16}),
    4: ("xwlbq", {"n": 45, "n_md": 8, "n_national": 18, "n_oneline": 7}),
    5: ("xwlbr", {"n": 45, "n_md": 8, "n_national": 20, "n_oneline": 6}),
    6: ("xwlbs", {"n": 45, "n_md": 6, "n_national": 28, "n_oneline": 5}),
    7: ("xwlbt", {"n": 45, "n_md": 6, "n_national": 25, "n_oneline": 4, "speeches": True}),
    8: ("xwlbu", {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6}),
    9: ("xwlbv", {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6, "years": ("2025", "2026")}),
    10: ("xwlbw", {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6, "years": ("2025", "2026")}),
    11: ("xwlbx", {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6, "years": ("2025", "2026")}),
    12: ("xwlby", {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6, "years": ("2025", "2026")}),
    13: (
        "xwlbz",
        {"n": 60, "n_md": 8, "n_national": 24, "n_oneline": 6, "years": ("2025", "2026"), "skip_reviewed": True},
    ),
}
# The 2021 and 2022 transcripts are reserved for evaluation: no selection may open them.
FORBIDDEN_YEARS = ("2021", "2022")


def meeting_prefixes(prefix: str) -> tuple[str, str]:
    return f"{prefix}-", f"{prefix}dm-"


SPEECH_RE = re.compile("发言|讲话|致辞|作报告|作了报告|介绍|表示|指出")
MIN_SPEECHES = 4


def reviewed_stories() -> frozenset:
    """(day, story index) of the unlabeled stories read in review rounds (reviewed.json)."""
    data = json.loads((Path(__file__).parent / "reviewed.json").read_text(encoding="utf-8"))
    return frozenset((s["day"], s["story_index"]) for s in data["stories"])


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
    skip_reviewed: bool = False,
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
        skip=reviewed_stories() if skip_reviewed else frozenset(),
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

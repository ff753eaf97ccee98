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
committed (``articles/`` is git-ignored); only the scripts, the manifest and the
annotations are.  ``sources.py`` says where the articles come from and how they
are read out of a snapshot; ``selection.py``, ``selection_meetings.py`` (the meeting extensions) and
``selection_figures.py`` (the numbers extensions) choose them.

Sources (see SOURCES below).  Selection never reads forbidden material:
  * 新闻联播 transcripts: only 2023 and 2024 dates are ever opened, and 2025 and
    2026 for the ninth and tenth meeting extensions (the filter is applied to path names
    *before* any blob is read; 2021/2022 files in the same repository are never
    read, and selection_meetings.FORBIDDEN_YEARS refuses them).
  * Sogou news samples (wire / newspaper): only the one named ``*.smarty.dat``
    file of each repository is read; its blob sha256 is pinned and checked.
    No validation/test split of any data set is opened.

``--select-extra`` re-runs selection for the non-broadcast kinds only and keeps
the existing broadcast entries of ``manifest.json`` untouched.

``--select-meetings`` (re)selects the meeting-bearing extension only (45 articles that
each report a meeting held: ids ``xwlbm-``/``xwlbmdm-`` broadcast, ``wirem-``, ``paperm-``)
and keeps every other entry byte-identical.

``--select-meetings2`` and ``--select-meetings3`` do the same for two later meeting extensions
(30 broadcast articles, ids ``xwlbn-``/``xwlbndm-``; 40, ids ``xwlbp-``/``xwlbpdm-``), added to
measure meeting fields on more meetings; ``--select-meetings4`` adds 45 more (ids ``xwlbq-``/
``xwlbqdm-``), seven of them pages without line breaks, and ``--select-meetings5`` 45 more
(``xwlbr-``/``xwlbrdm-``), ``--select-meetings6`` 45 more, two in three national (``xwlbs-``/``xwlbsdm-``).

``--select-meetings7`` adds 45 stories that report several speeches (``xwlbt-``/``xwlbtdm-``),
for meeting speakers, ``--select-meetings8`` 60 fresh meeting stories of any kind (``xwlbu-``/
``xwlbudm-``), ``--select-meetings9`` and ``--select-meetings10`` 60 more each from 2025 and 2026
(``xwlbv-``/``xwlbvdm-``, ``xwlbw-``/``xwlbwdm-``). selection_meetings.MORE_MEETINGS holds the
arguments of extensions 2 to 10.

``--select-numbers`` adds a numbers extension: 24 newspaper and 12 wire items of the Sogou samples
dense in figures (``papern-``, ``wiren-``) and 24 stretches of 20 People's Daily 1998 sentences
from the NER *dev* split (``pdn-``), held out exactly when benchmarks/ner.py holds out their group;
``--select-numbers2`` a second one (30 newspaper ``paperp-``, 15 wire ``wirep-``, and 15 second
halves of NER groups ``pdp-``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from selection import EXTRA_KINDS, select_cctv, select_extra
from selection_figures import NUMBERS2_PREFIXES, NUMBERS_PREFIXES, follow_ner_split, select_numbers, select_numbers2
from selection_meetings import MEETING_PREFIXES, MORE_MEETINGS, meeting_prefixes, select_meetings, select_more_meetings
from sources import ARTICLES, MANIFEST, SOURCES, assign_splits, git_dir, git_show, render, sha256, source_blob

EXTENSIONS = (
    MEETING_PREFIXES
    + tuple(p for prefix, _ in MORE_MEETINGS.values() for p in meeting_prefixes(prefix))
    + NUMBERS_PREFIXES
    + NUMBERS2_PREFIXES
)

# -------------------------------------------------------------------- rebuild


def rebuild(mirror: Path, entries: list[dict]) -> int:
    ARTICLES.mkdir(parents=True, exist_ok=True)
    bad = 0
    cache: dict[tuple[str, str, str], str] = {}
    for e in entries:
        gd = git_dir(mirror, e["repository"])
        key = (e["repository"], e["commit"], e["path"])
        if key not in cache:
            src = next(
                (v for v in SOURCES.values() if v["repo"] == e["repository"] and v.get("path") == e["path"]), None
            )
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
        for s in e["shapes"] or ["plain"]:
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


def write_manifest(entries: list[dict]) -> None:
    """In the manifest's order: the first broadcast selection, the other kinds, then the
    meeting extension, each by id."""

    def order(e):
        meeting = e["id"].startswith(EXTENSIONS)
        return meeting, not meeting and e["kind"] != "broadcast", e["id"]

    MANIFEST.write_text(
        json.dumps(
            {"version": 1, "sources": SOURCES, "articles": sorted(entries, key=order)}, ensure_ascii=False, indent=1
        )
        + "\n",
        encoding="utf-8",
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mirror", nargs="?", default="/work/.mirror", help="folder holding owner+name/repo snapshots")
    ap.add_argument("--select", action="store_true", help="re-run selection and rewrite manifest.json")
    ap.add_argument(
        "--select-extra",
        action="store_true",
        help="re-run selection of the wire/newspaper kinds only; keep broadcast entries as they are",
    )
    ap.add_argument(
        "--select-meetings",
        action="store_true",
        help="(re)select the meeting-bearing extension (ids xwlbm-/xwlbmdm-/wirem-/paperm-); "
        "all other entries are kept byte-identical",
    )
    for k, (prefix, _) in MORE_MEETINGS.items():
        ap.add_argument(
            f"--select-meetings{k}",
            action="store_true",
            help=f"(re)select meeting extension {k} (ids {prefix}-/{prefix}dm-); all other entries are kept",
        )
    ap.add_argument(
        "--select-numbers",
        action="store_true",
        help="(re)select the numbers extension (ids papern-/wiren-/pdn-); all other entries are kept",
    )
    ap.add_argument(
        "--select-numbers2",
        action="store_true",
        help="(re)select the second numbers extension (ids paperp-/wirep-/pdp-); all other entries are kept",
    )
    a = ap.parse_args()
    mirror = Path(a.mirror)
    # Each selection replaces its own part of the manifest and keeps the others as they are.
    parts = [
        (
            a.select,
            lambda e: e["kind"] == "broadcast" and not e["id"].startswith(EXTENSIONS),
            lambda kept: select_cctv(mirror, n_video=30, n_oneline=15, n_md=15, n_series=8),
        ),
        (
            a.select_extra,
            lambda e: e["kind"] in EXTRA_KINDS and not e["id"].startswith(EXTENSIONS),
            lambda kept: select_extra(mirror),
        ),
        (a.select_meetings, lambda e: e["id"].startswith(MEETING_PREFIXES), lambda kept: select_meetings(mirror, kept)),
        (a.select_numbers, lambda e: e["id"].startswith(NUMBERS_PREFIXES), lambda kept: select_numbers(mirror, kept)),
        (
            a.select_numbers2,
            lambda e: e["id"].startswith(NUMBERS2_PREFIXES),
            lambda kept: select_numbers2(mirror, kept),
        ),
    ]
    for k, (prefix, args) in MORE_MEETINGS.items():
        parts.append(
            (
                getattr(a, f"select_meetings{k}"),
                lambda e, prefix=prefix: e["id"].startswith(meeting_prefixes(prefix)),
                lambda kept, prefix=prefix, args=args: select_more_meetings(mirror, kept, prefix, **args),
            )
        )
    for wanted, ours, select in parts:
        if not wanted:
            continue
        old = json.loads(MANIFEST.read_text(encoding="utf-8"))["articles"]
        kept = [e for e in old if not ours(e)]
        new = select(kept)
        assign_splits(new)  # a third held out per kind, by sha256(salt, id), among the new entries only
        follow_ner_split(new)
        write_manifest(kept + new)
    entries = json.loads(MANIFEST.read_text(encoding="utf-8"))["articles"]
    bad = rebuild(mirror, entries)
    print(summary(entries))
    print(f"written to {ARTICLES}; sha256 mismatches: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

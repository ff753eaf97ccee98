"""Choosing the numbers extensions of the corpus (December 2026): Sogou items dense in
figures and stretches of People's Daily 1998 sentences. Like selection.py, by pattern
and hash, never by reading; run through build.py --select-numbers, --select-numbers2."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from selection import eligible_sogou, sogou_entry
from sources import SOURCES, bio_sentences, hrank, make_entry, render, source_blob

# A numbers extension (December 2026): items dense in figures, for the numbers box on newspaper
# and wire text. Sogou items not yet in the corpus, and stretches of People's Daily 1998 sentences.
NUMBERS_PREFIXES = ("papern-", "wiren-", "pdn-")
# a figure with a unit, in Arabic or Chinese numerals (selection only: a rough count is enough)
FIGURE_RE = re.compile(
    r"(?:[0-9０-９]+(?:[.．·][0-9０-９]+)?|[一二两三四五六七八九十百千]{2,})(?:多|余)?[万亿]?"
    r"(?:%|％|元|美元|人|名|个|家|吨|公里|千米|米|亩|公顷|项|次|件|辆|户|所|座|台|岁|倍|套|条|场|株|头)"
)
PD_SENTENCES = 20  # one People's Daily "article": 20 consecutive sentences of a 40-sentence NER group
NER_GROUP = 40


def rich_in_figures(text: str, least: int) -> bool:
    return len(FIGURE_RE.findall(text)) >= least


def select_numbers(mirror: Path, existing: list[dict]) -> list[dict]:
    existing = [e for e in existing if not e["id"].startswith(NUMBERS2_PREFIXES)]  # chosen after this one
    plan = (("sogoucs_sample", "papern", 24), ("sogouca_sample", "wiren", 12))
    return select_sogou_figures(mirror, existing, plan) + select_pd(mirror, want=24, half=0, salt="numbers")


# A second numbers extension: the next Sogou items by the same rank, and the second halves of NER groups.
NUMBERS2_PREFIXES = ("paperp-", "wirep-", "pdp-")


def select_numbers2(mirror: Path, existing: list[dict]) -> list[dict]:
    plan = (("sogoucs_sample", "paperp", 30), ("sogouca_sample", "wirep", 15))
    return select_sogou_figures(mirror, existing, plan) + select_pd(
        mirror, want=15, half=1, salt="numbers2", prefix="pdp"
    )


def select_sogou_figures(mirror: Path, existing: list[dict], plan) -> list[dict]:
    chosen = []
    for key, prefix, want in plan:
        src = SOURCES[key]
        cands = [
            (hrank("numbers", key, url, str(i)), i, url, text)
            for i, url, text in eligible_sogou(mirror, key, existing)
            if rich_in_figures(text, 3)
        ]
        for n, (_rank, i, url, text) in enumerate(sorted(cands)[:want], 1):
            chosen.append(
                sogou_entry(
                    f"{prefix}-{n:04d}",
                    src,
                    i,
                    url,
                    f"<doc> #{i} (0-based) of {src['path']}; eligible as for the meeting extension, plus "
                    f"at least 3 FIGURE_RE matches; first {want} by sha256 rank of ('numbers', source, url, index)",
                    text,
                )
            )
    return chosen


def select_pd(mirror: Path, want: int, half: int, salt: str, prefix: str = "pdn") -> list[dict]:
    """One half (20 sentences) of NER groups (benchmarks/ner.py's groups of 40) that holds at least
    four figures. Such an article is held out exactly when ner.py holds its group out."""
    src = SOURCES["pd1998_dev"]
    raw = source_blob(mirror, src)
    sentences = bio_sentences(raw)
    cands = []
    for group in range(len(sentences) // NER_GROUP):
        first = group * NER_GROUP + half * PD_SENTENCES
        text = "\n".join(sentences[first : first + PD_SENTENCES]) + "\n"
        if rich_in_figures(text, 4):
            cands.append((hrank(salt, "pd1998_dev", str(group)), group, first))
    entries = []
    for n, (_rank, group, first) in enumerate(sorted(cands)[:want], 1):
        locator = {"first": first, "count": PD_SENTENCES}
        e = make_entry(
            f"{prefix}-{n:04d}",
            src,
            src["path"],
            "bio_sentences",
            locator,
            f"sentences {first}-{first + PD_SENTENCES - 1} (0-based) of {src['path']}, the "
            f"{('first', 'second')[half]} half of NER group {group}; groups with at least 4 FIGURE_RE matches, "
            f"first {want} by sha256 rank of ('{salt}', 'pd1998_dev', group)",
            render("bio_sentences", raw, locator),
        )
        e["ner_group"] = group
        entries.append(e)
    return entries


def follow_ner_split(entries: list[dict]) -> None:
    """A People's Daily article is held out when benchmarks/ner.py holds out its group
    (sha256("group-N") % 3 == 0), so neither benchmark tunes on the other's held-out text."""
    for e in entries:
        if "ner_group" in e:
            held = int(hashlib.sha256(f"group-{e['ner_group']}".encode()).hexdigest(), 16) % 3 == 0
            e["split"] = "heldout" if held else "dev"

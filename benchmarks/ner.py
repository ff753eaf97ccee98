"""People, places and organisations against a public NER set, as a user's tags see them.

    python benchmarks/ner.py                      # People's Daily 1998 dev, from its snapshot
    python benchmarks/ner.py --part heldout -v    # the third never tuned on, with misses
    python benchmarks/ner.py --file example.dev   # any char-per-line BIO file

Groups of 40 consecutive sentences are joined by blank lines and written to a
.txt file, which goes through `python -m builder extract` (in process: the same
digest_file call); the set of `name`s under people, places and orgs is compared
with the gold PER, LOC and ORG of the group; micro precision, recall and F1
over all groups. A second run swaps every gold person for a made-up name of the
same length (fixed seed), so that a memorised name list scores nothing.

Data: the People's Daily 1998 *dev* split as kept in the public snapshot
jiangnanboy/albert_ner (its repository holds no test split; never use one).
Groups are split by a hash of their number: a third is held out.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SNAPSHOT = {
    "repo": "jiangnanboy/albert_ner",
    "commit": "2c012ccc80e26e97cb60f76bf43912e0e4b028b3",
    "path": "data/example.dev",
    "sha256": "7d8e6fcd1745e6adcb99d90307d84c3a0f9f8ff5ee6fe62ca27646cb765fc38a",
}
GROUP = 40
KINDS = {"PER": "people", "LOC": "places", "ORG": "orgs"}
# Made-up names: common surnames and given-name characters, so no name is a known one.
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
TRANSLITERATION = "阿巴卡德尔斯特里诺拉维克莫尼罗萨塔贝伊奥兰多费加西亚科夫曼"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建文斌宇浩凯健俊帆帅旭宁晨阳欣怡佳琪雨晴雪梅琳颖思远航博海波峰松柏岚"


def read_snapshot(mirror: Path) -> str:
    owner, name = SNAPSHOT["repo"].split("/")
    git_dir = mirror / f"{owner}+{name}" / "repo"
    raw = subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{SNAPSHOT['commit']}:{SNAPSHOT['path']}"], check=True, capture_output=True
    ).stdout
    if hashlib.sha256(raw).hexdigest() != SNAPSHOT["sha256"]:
        raise SystemExit(f"{SNAPSHOT['path']}: sha256 differs from the pinned one")
    return raw.decode("utf-8")


def sentences_of(bio: str) -> list[list[tuple[str, str]]]:
    """[(char, tag), …] per sentence of a char-per-line BIO file."""
    out, cur = [], []
    for line in bio.splitlines():
        parts = line.split()
        if len(parts) == 2:
            cur.append((parts[0], parts[1]))
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def entities(sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    spans, start, kind = [], None, None
    for i, (_ch, tag) in enumerate(sentence + [("", "O")]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.append((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def swap_names(sentence: list[tuple[str, str]], rng: random.Random, names: dict[str, str]):
    """The sentence with each person's name replaced by a made-up one of the same length
    (the same person gets the same new name throughout the group)."""
    chars = [ch for ch, _ in sentence]
    for start, end, kind in entities(sentence):
        if kind != "PER":
            continue
        old = "".join(chars[start:end])
        if old not in names:  # a Chinese name gets a Chinese one, a transliteration a transliteration
            chinese = 2 <= len(old) <= 3 and old[0] in SURNAMES
            names[old] = (
                rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in old[1:])
                if chinese
                else "".join(rng.choice(TRANSLITERATION) if ch != "·" else ch for ch in old)
                if len(old) >= 2
                else old
            )
        chars[start:end] = names[old]
    return [(ch, tag) for ch, (_, tag) in zip(chars, sentence)]


def heldout(group: int) -> bool:
    return int(hashlib.sha256(f"group-{group}".encode()).hexdigest(), 16) % 3 == 0


def score(groups, verbose: bool) -> dict[str, list[int]]:
    from builder.pipeline import digest_file

    tally = {kind: [0, 0, 0] for kind in KINDS}  # true positives, found, gold
    with tempfile.TemporaryDirectory() as tmp:
        for number, group in groups:
            text = "\n\n".join("".join(ch for ch, _ in s) for s in group) + "\n"
            path = Path(tmp) / f"group-{number:03d}.txt"
            path.write_text(text, encoding="utf-8")
            digest = digest_file(path)
            for kind, box in KINDS.items():
                gold = {"".join(ch for ch, _ in s[a:b]) for s in group for a, b, k in entities(s) if k == kind}
                found = {item["name"] for item in digest.get(box, [])}
                t = tally[kind]
                t[0] += len(gold & found)
                t[1] += len(found)
                t[2] += len(gold)
                if verbose and (found - gold or gold - found):
                    print(f"  group {number} {kind}: extra {sorted(found - gold)} missed {sorted(gold - found)}")
    return tally


def prf(t: list[int]) -> str:
    p = t[0] / t[1] if t[1] else 0.0
    r = t[0] / t[2] if t[2] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f} / {r:.2f} / {f:.2f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="where snapshots were fetched")
    ap.add_argument("--file", type=Path, help="a BIO file instead of the snapshot")
    ap.add_argument("--part", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--limit", type=int, help="first N groups only")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    bio = args.file.read_text(encoding="utf-8") if args.file else read_snapshot(args.mirror)
    sents = sentences_of(bio)
    groups = [(n, sents[i : i + GROUP]) for n, i in enumerate(range(0, len(sents), GROUP))][: args.limit]
    parts = {"dev": [g for g in groups if not heldout(g[0])], "heldout": [g for g in groups if heldout(g[0])]}
    parts["all"] = groups
    chosen = ["dev", "heldout"] if args.part == "all" else [args.part]
    print(f"{len(sents)} sentences, groups of {GROUP}")
    print(f"{'part':<18}" + "".join(f"{k + ' P / R / F1':<22}" for k in KINDS))
    for part in chosen:
        for label, gs in ((part, parts[part]), (part + " swapped", _swapped(parts[part]))):
            tally = score(gs, args.verbose)
            print(f"{label:<18}" + "".join(f"{prf(tally[k]):<22}" for k in KINDS), flush=True)
    return 0


def _swapped(groups):
    out = []
    for number, group in groups:
        rng, names = random.Random(number), {}
        out.append((number, [swap_names(s, rng, names) for s in group]))
    return out


if __name__ == "__main__":
    raise SystemExit(main())

"""Extraction quality on the seeds and on the development corpus.

    python benchmarks/quality.py            # seeds, dev part, held-out part
    python benchmarks/quality.py -v         # also every miss and every extra item
    python benchmarks/quality.py --part dev
    python benchmarks/quality.py --prefix xwlbx     # one extension (ids xwlbx-…, xwlbxdm-…)
    python benchmarks/quality.py --swapped  # chairs and speakers renamed with made-up names

Scores what `python -m builder extract` prints against hand-made gold files
(docs/annotation-guide.md): precision, recall and F1 per box (matching as the
seeds' scorer does), meeting fields, and the share of articles whose title,
date, source and paragraphs are right. Boxes are scored twice: everything in
the digest, and only what the page shows (items not flagged `unsure`), so the
cost of leaving unsure items off the page is measured.

The corpus texts are rebuilt by benchmarks/corpus/build.py (they are not
redistributed); the seeds are content/ with the gold files of the shared
folder beside the project, when it is there.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder import clean, load, pipeline  # noqa: E402
from builder.clean_walls import HUGE, WALL  # noqa: E402  the cleaner's own idea of a wall

CORPUS = ROOT / "benchmarks" / "corpus"
SEEDS_GOLD = ROOT.parent / "shared" / "gold"
WIDTH = str.maketrans(
    {
        ",": "，",
        ":": "：",
        "(": "（",
        ")": "）",
        ";": "；",
        "!": "！",
        "?": "？",
        "\u3000": None,
        " ": None,
        "\t": None,
        "\n": None,
    }
)
_QUOTES = "“”\"'‘’「」"
_SENTENCE_END = re.compile(r"[。！？!?…：:；”」』）)]$")


# Corpus items made of unrelated newspaper sentences (benchmarks/corpus: pdn-, pdp-): scored on their
# boxes and paragraphs only.
SENTENCE_SETS = ("pdn-", "pdp-")


def norm(text) -> str:
    return (text or "").translate(WIDTH).strip(_QUOTES)


def _overlap(got: str, want: str) -> float:
    pool, hits = list(got), 0
    for ch in want:
        if ch in pool:
            pool.remove(ch)
            hits += 1
    return hits / len(want) if want else 0.0


def _unquote(text) -> str:
    return "".join(ch for ch in norm(text) if ch not in _QUOTES)


def match_meeting(got, want) -> bool:
    g, w = _unquote(got.get("name")), _unquote(want.get("name"))
    return "会" in g and "会" in w and _overlap(g, w) >= 0.5


def match_slogan(got, want) -> bool:
    return norm(got.get("text")) == norm(want.get("text"))


def match_number(got, want) -> bool:
    try:
        if abs(float(got.get("value")) - float(want.get("value"))) > 1e-9 * max(1.0, abs(float(want["value"]))):
            return False
    except (TypeError, ValueError):
        return False
    return norm(want.get("text")) in norm(got.get("text"))


MATCH = {"meetings": match_meeting, "slogans": match_slogan, "numbers": match_number}


def pair(items, required, optional, match):
    """Greedy one-to-one matching: (hits as (got, want), false positives, missed)."""
    free_req, free_opt = list(required), list(optional)
    hits, extra = [], []
    for got in items:
        want = next((w for w in free_req if match(got, w)), None)
        if want is not None:
            free_req.remove(want)
            hits.append((got, want))
            continue
        opt = next((w for w in free_opt if match(got, w)), None)
        if opt is not None:
            free_opt.remove(opt)
            continue
        extra.append(got)
    return hits, extra, free_req


def same_date(got, want) -> bool:
    if not got or not want:
        return False
    if norm(got) == norm(want):
        return True
    digits = lambda s: [int(x) for x in re.findall(r"\d+", s)]  # noqa: E731
    g, w = digits(got), digits(want)
    return len(g) >= 2 and len(w) >= 2 and g[-2:] == w[-2:]


def contains_either(got, want) -> bool:
    g, w = norm(got), norm(want)
    return bool(g) and bool(w) and (g in w or w in g)


FIELDS = ("date", "place", "organizer", "chair", "speakers")


def meeting_fields(hits) -> dict[str, list[int]]:
    """field → [right, total], as the seeds' scorer counts them (a name of chair or speakers is one field)."""
    out = {key: [0, 0] for key in FIELDS}
    for got, want in hits:
        for key in ("date", "place", "organizer"):
            if want.get(key):
                out[key][1] += 1
                got_value = got.get(key)
                out[key][0] += (
                    same_date(got_value, want[key]) if key == "date" else contains_either(got_value, want[key])
                )
        for key in ("chair", "speakers"):
            for name in want.get(key) or []:
                out[key][1] += 1
                out[key][0] += any(norm(name) == norm(n) for n in got.get(key) or [])
    return out


def paragraphs_right(path: Path) -> bool:
    """Every paragraph ends at a sentence end, and none is a wall: a paragraph of
    more than WALL characters and three sentences in a story of one or two
    paragraphs (a source that lost its breaks), or of more than HUGE anywhere."""
    source = load.load_source(path.resolve(), path.resolve().parent)
    for story in clean.clean(source):
        paragraphs = [b.text.rstrip() for b in story.blocks if b.kind == "p"]
        for text in paragraphs:
            if not _SENTENCE_END.search(text):
                return False
            long = len(text) > (WALL if len(paragraphs) <= 2 else HUGE)
            if long and len(re.findall("[。！？!?]", text)) > 2:
                return False
    return True


class Tally:
    def __init__(self):
        self.boxes = {box: [0, 0, 0] for box in MATCH}  # hits, false positives, required
        self.shown = {box: [0, 0, 0] for box in MATCH}
        self.fields = {key: [0, 0] for key in FIELDS}
        self.article = {key: [0, 0] for key in ("title", "date", "source", "reporters", "paragraphs")}

    def add_boxes(self, digest: dict, gold: dict, name: str, verbose: bool) -> None:
        for box, match in MATCH.items():
            want = gold.get(box) or {}
            items = digest.get(box) or []
            for tally, subset in ((self.boxes, items), (self.shown, [i for i in items if not i.get("unsure")])):
                hits, extra, missed = pair(subset, want.get("required", []), want.get("optional", []), match)
                t = tally[box]
                t[0] += len(hits)
                t[1] += len(extra)
                t[2] += len(want.get("required", []))
                if tally is self.boxes:
                    if box == "meetings":
                        for key, (right, total) in meeting_fields(hits + [({}, w) for w in missed]).items():
                            self.fields[key][0] += right
                            self.fields[key][1] += total
                    if verbose:
                        for item in missed:
                            print(f"  {name} {box} missed: {json.dumps(item, ensure_ascii=False)}")
                        for item in extra:
                            print(f"  {name} {box} extra:  {json.dumps(_short(item), ensure_ascii=False)}")
                        if box == "meetings":
                            for got, wanted in hits:
                                print(
                                    f"  {name} meeting: got {json.dumps(_short(got), ensure_ascii=False)}\n"
                                    f"  {' ' * len(name)}        want {json.dumps(wanted, ensure_ascii=False)}"
                                )

    def add_article(self, digest: dict, gold: dict, path: Path, name: str, verbose: bool) -> None:
        if name.startswith(SENTENCE_SETS):  # unrelated sentences: no headline, dateline or byline to read
            gold = {"title": None, "source": None, "reporters": []}
        checks = {
            "title": norm(digest.get("title")) == norm(gold.get("title")) if gold.get("title") else None,
            "date": (same_date(digest.get("date"), gold["date"]) if gold.get("date") else not digest.get("date"))
            if "date" in gold
            else None,
            "source": contains_either(digest.get("source"), gold["source"]) if gold.get("source") else None,
            "reporters": [norm(n) for n in digest.get("reporters") or []] == [norm(n) for n in gold["reporters"]]
            if gold.get("reporters")
            else None,
            "paragraphs": paragraphs_right(path),
        }
        for key, ok in checks.items():
            if ok is None:
                continue
            self.article[key][0] += bool(ok)
            self.article[key][1] += 1
            if verbose and not ok:
                got = "(paragraphs)" if key == "paragraphs" else digest.get(key)
                print(f"  {name} {key}: got {got!r}, want {gold.get(key)!r}")

    def rows(self) -> list[str]:
        out = [f"{'box':<10}{'P':>6}{'R':>6}{'F1':>6}  hits/found/gold   shown only: P/R/F1"]
        for box in MATCH:
            out.append(f"{box:<10}{_prf(self.boxes[box])}   {_prf(self.shown[box], short=True)}")
        right, total = (sum(counts) for counts in zip(*self.fields.values()))
        each = "  ".join(f"{key} {r}/{n}" for key, (r, n) in self.fields.items())
        out.append(f"meeting fields right: {right}/{total} ({right / total if total else 1:.2f}): {each}")
        out.append("  ".join(f"{key} {r}/{n}" for key, (r, n) in self.article.items() if n))
        return out


def _prf(t, short=False) -> str:
    hits, fp, req = t
    p = hits / (hits + fp) if hits + fp else 1.0
    r = hits / req if req else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f}/{r:.2f}/{f:.2f}" if short else f"{p:>6.2f}{r:>6.2f}{f:>6.2f}  {hits}/{hits + fp}/{req}"


def _short(item: dict) -> dict:
    return {k: v for k, v in item.items() if k not in ("sentence", "key") and v not in (None, [], "")}


def parts() -> dict[str, list[tuple[Path, Path]]]:
    """part → [(article, gold)]."""
    out: dict[str, list[tuple[Path, Path]]] = {}
    if SEEDS_GOLD.is_dir():
        out["seeds"] = [(next((ROOT / "content").glob(g.stem + ".*")), g) for g in sorted(SEEDS_GOLD.glob("*.json"))]
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    split = {a["id"]: a["split"] for a in manifest["articles"]}
    for gold in sorted((CORPUS / "gold").glob("*.json")):
        article = CORPUS / "articles" / f"{gold.stem}.txt"
        if not article.exists():
            sys.exit(f"{article} is missing: run python benchmarks/corpus/build.py first")
        out.setdefault(split.get(gold.stem, "dev"), []).append((article, gold))
    return out


def swapped(text: str, gold: dict, seed: str) -> tuple[str, dict]:
    """The article and its gold with every chair and speaker renamed: a made-up Chinese name
    for a Chinese one, a made-up transliteration for a foreign one (ner.py's letters), so that
    no name is one a table or the tagger already knows. The hidden set has such copies."""
    from ner import GIVEN, SURNAMES, TRANSLITERATION

    rng = random.Random(seed)
    people = {
        name
        for kind in ("required", "optional")
        for meeting in gold["meetings"][kind]
        for key in ("chair", "speakers")
        for name in meeting.get(key) or []
    }
    as_json = json.dumps(gold, ensure_ascii=False)
    for old in sorted(people, key=len, reverse=True):  # 王东明 before 王东
        new = (
            rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in old[1:])
            if 2 <= len(old) <= 3 and "·" not in old
            else "".join(ch if ch in "·-" else rng.choice(TRANSLITERATION) for ch in old)
        )
        text, as_json = text.replace(old, new), as_json.replace(old, new)
    return text, json.loads(as_json)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("seeds", "dev", "heldout"), action="append")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--prefix", help="only the corpus articles whose id starts so (an extension: xwlbx-)")
    ap.add_argument("--swapped", action="store_true", help="score copies with chairs and speakers renamed")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="zhaiyao-swapped-")) if args.swapped else None
    for name, items in parts().items():
        if args.part and name not in args.part:
            continue
        if args.prefix:
            items = [(article, gold) for article, gold in items if gold.stem.startswith(args.prefix)]
            if not items:
                continue
        tally = Tally()
        for article, gold_file in items:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            if scratch:
                text, gold = swapped(article.read_text(encoding="utf-8"), gold, gold_file.stem)
                article = scratch / article.name
                article.write_text(text, encoding="utf-8")
            digest = pipeline.digest_file(article)
            tally.add_boxes(digest, gold, gold_file.stem, args.verbose)
            if name != "seeds":
                tally.add_article(digest, gold, article, gold_file.stem, args.verbose)
        print(f"\n== {name}: {len(items)} articles")
        print("\n".join(tally.rows()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

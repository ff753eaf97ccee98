"""Build-speed benchmark: generated corpora of N articles, timed in fresh processes.

    python benchmarks/bench.py                 # N = 100 1000 5000 10000
    python benchmarks/bench.py --sizes 100 1000 --repeat 3
    python benchmarks/bench.py --no-search      # the pipeline alone, as Hugo & co build

Each corpus recombines the paragraphs of content/*.txt deterministically
(every article distinct, 6-12 KB). For each size it times a cold build (no
cache, no output; all cold builds run first, see main), a no-op rebuild, a
one-article edit and a template edit, each in a new Python process, and
reports articles/s, the share of each stage and peak RSS (main process and
the largest worker). Prints a table and writes
benchmarks/out/results.json. Medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"

# Ends as `python -m builder build` does (builder/__main__.py): os._exit, no heap teardown.
DRIVER = """
import json, os, resource, sys
from builder.pipeline import build
report = build(sys.argv[1], log=lambda *_: None)
print(json.dumps({"seconds": report.seconds, "articles": report.articles, "rendered": report.rendered,
                  "written": report.written, "processed": report.processed,
                  "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}), flush=True)
os._exit(0)
"""


def paragraphs() -> list[str]:
    out = []
    for path in sorted((ROOT / "content").glob("*.txt")):
        for para in path.read_text(encoding="utf-8-sig").split("\n\n"):
            para = para.strip()
            # body paragraphs only: headlines or bylines would start new stories
            if len(para) >= 40 and para.endswith(("。", "！", "？", "”")) and not para.startswith(("#", "*", "(")):
                out.append(para)
    return out


def make_corpus(folder: Path, n: int, search: bool = True) -> None:
    """n distinct raw articles of 6-12 KB made from the seed paragraphs."""
    pool = paragraphs()
    content = folder / "content"
    content.mkdir(parents=True)
    shutil.copytree(ROOT / "layouts", folder / "layouts")
    (folder / "site.toml").write_text(
        f'title = "bench"\nbase_url = "https://example.org/bench/"\nsearch = {str(search).lower()}\n', encoding="utf-8"
    )
    for i in range(n):
        rng = random.Random(i)
        target = rng.randint(6000, 12000)
        body, size = [], 0
        while size < target:
            para = rng.choice(pool)
            body.append(para)
            size += len(para.encode("utf-8")) + 2
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        title = f"第{i}号 {rng.choice(pool)[:18].replace(chr(10), '')}".rstrip("，、：；（“")
        text = (
            f"{title}\n\n来源:基准日报\n20{rng.randint(19, 23)}年{month:02d}月{day:02d}日 10:00\n\n"
            + "\n\n".join(body)
            + "\n"
        )
        (content / f"a{i:05d}.txt").write_text(text, encoding="utf-8")


def run_build(site: Path) -> dict:
    os.sync()  # start from a quiet disk: the writes before (a new corpus, an edit) are not the build's
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER, str(site / "site.toml")], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - start
    return result


SERVE_DRIVER = """
import json, sys, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from builder.config import load_config
from builder.pipeline import Builder
site = Path(sys.argv[1])
indexer = ThreadPoolExecutor(max_workers=1)  # as serve does: pages first, the search index after
builder = Builder(load_config(site / "site.toml"), site / "serve-out", log=lambda *_: None, atomic=False,
                  search_in_background=indexer)
builder.build()
article = site / "content" / "a00001.txt"
times = []
for i in range(5):
    article.write_text(article.read_text(encoding="utf-8") + f"\\n会后又补充一段，第{i}次。\\n", encoding="utf-8")
    start = time.perf_counter()
    report = builder.build()
    times.append(time.perf_counter() - start)
print(json.dumps({"serve_edit_s": sorted(times)[len(times) // 2], "rendered": report.rendered}))
indexer.shutdown(cancel_futures=True)
"""


def serve_edit(site: Path) -> dict:
    """A warm builder as `serve` keeps it: time from save to pages rewritten (median of 5)."""
    proc = subprocess.run(
        [sys.executable, "-c", SERVE_DRIVER, str(site)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def cold_builds(n: int, repeat: int, work: Path, search: bool) -> list[dict]:
    """A cold build of each of `repeat` new corpora of n articles."""
    runs = []
    for r in range(repeat):
        site = work / f"n{n}-r{r}"
        shutil.rmtree(site, ignore_errors=True)  # a leftover of an interrupted run
        make_corpus(site, n, search)
        runs.append(run_build(site))
    return runs


def bench_size(n: int, repeat: int, work: Path, cold: list[dict]) -> dict:
    """The rebuilds of the corpora that `cold_builds` made, and the summary of both."""
    runs: dict[str, list[dict]] = {"cold": cold, "noop": [], "edit_article": [], "edit_template": []}
    serve_runs: list[dict] = []
    for r in range(repeat):
        site = work / f"n{n}-r{r}"
        runs["noop"].append(run_build(site))
        article = site / "content" / "a00000.txt"
        article.write_text(article.read_text(encoding="utf-8") + f"\n新增一段：第{r}次修改。\n", encoding="utf-8")
        runs["edit_article"].append(run_build(site))
        template = site / "layouts" / "article.html"
        template.write_text(template.read_text(encoding="utf-8") + f"\n{{# edit {r} #}}\n", encoding="utf-8")
        runs["edit_template"].append(run_build(site))
        serve_runs.append(serve_edit(site))
    summary = {"articles": n}
    for name, results in runs.items():
        wall = statistics.median(x["wall"] for x in results)
        stages = {}
        for stage in results[0]["seconds"]:
            stages[stage] = statistics.median(x["seconds"].get(stage, 0.0) for x in results)
        summary[name] = {
            "wall_s": round(wall, 3),
            "stages_s": {k: round(v, 3) for k, v in stages.items()},
            "rendered": results[0]["rendered"],
            "processed": results[0]["processed"],
            "rss_self_mb": round(max(x["rss_self_mb"] for x in results), 1),
            "rss_worker_mb": round(max(x["rss_worker_mb"] for x in results), 1),
        }
    summary["cold"]["articles_per_s"] = round(n / summary["cold"]["wall_s"], 1)
    summary["serve_edit"] = {
        "wall_s": round(statistics.median(x["serve_edit_s"] for x in serve_runs), 3),
        "rendered": serve_runs[0]["rendered"],
    }
    return summary


def table(results: list[dict]) -> str:
    lines = [
        "| articles | cold build | articles/s | no-op | edit 1 article | edit template | serve: save → pages | peak RSS main / worker | cold stage shares |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        cold = r["cold"]
        total = sum(cold["stages_s"].values()) or 1
        shares = ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in cold["stages_s"].items())
        lines.append(
            f"| {r['articles']:,} | {cold['wall_s']:.2f} s | {cold['articles_per_s']:.0f} | {r['noop']['wall_s']:.2f} s | "
            f"{r['edit_article']['wall_s']:.2f} s | {r['edit_template']['wall_s']:.2f} s | {r['serve_edit']['wall_s']:.2f} s | "
            f"{cold['rss_self_mb']:.0f} / {cold['rss_worker_mb']:.0f} MB | {shares} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 10000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/zhaiyao-bench"))
    parser.add_argument("--no-search", action="store_true", help="build without the Pagefind index (search = false)")
    parser.add_argument("--out", type=Path, help="JSON file to write (default benchmarks/out/results[-no-search].json)")
    args = parser.parse_args()
    # Every cold build first, every rebuild after, the corpora deleted only at the end: on
    # this VM's disk (ext4 without a journal) a file made within minutes of a mass deletion
    # costs several times the usual, as the allocator skips each recently freed inode
    # (5,000 folders with a file: 0.66 s, 2.18 s just after deleting 10,000 files). A
    # rebuild frees the files it replaces, so a cold build after one would pay for it.
    cold = {n: cold_builds(n, args.repeat, args.work, not args.no_search) for n in args.sizes}
    results = [bench_size(n, args.repeat, args.work, cold[n]) for n in args.sizes]
    for n in args.sizes:
        for r in range(args.repeat):
            shutil.rmtree(args.work / f"n{n}-r{r}", ignore_errors=True)
    machine = (
        f"{platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · search {'off' if args.no_search else 'on'}"
    )
    out = args.out or OUT / ("results-no-search.json" if args.no_search else "results.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machine": machine, "results": results}, indent=1), encoding="utf-8")
    print(f"machine: {machine}")
    print(table(results))


if __name__ == "__main__":
    main()

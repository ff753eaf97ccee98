"""Clean and extract throughput (KB/s) on distinct text, caches cleared each round.

    python benchmarks/throughput.py [--rounds 5]

Uses the articles in content/ (real, distinct text: the generated corpora of
bench.py repeat paragraphs, which the per-sentence segmenter cache would
flatter). Reports the median over rounds, and the share of each stage.
"""
from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from builder import clean, extract, load
from builder.extract import segment

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    content = ROOT / "content"
    sources = [load.load_source(p, content) for p in load.find_articles(content)]
    kb = sum(len(s.text.encode("utf-8")) for s in sources) / 1024
    extract.extract(clean.clean(sources[0])[0])  # load the dictionary and segmenter once, as a worker does
    clean_times, extract_times = [], []
    for _ in range(args.rounds):
        segment.clear_caches()
        start = time.perf_counter()
        stories = [story for s in sources for story in clean.clean(s)]
        middle = time.perf_counter()
        for story in stories:
            extract.extract(story)
        end = time.perf_counter()
        clean_times.append(middle - start)
        extract_times.append(end - middle)
    c, e = statistics.median(clean_times), statistics.median(extract_times)
    print(f"machine: {platform.node()} · {platform.machine()} · Python {platform.python_version()} · segmenter {segment.current_backend()}")
    print(f"{len(sources)} files, {kb:.1f} KB, median of {args.rounds} rounds")
    print(f"clean:   {kb / c:7.0f} KB/s ({c * 1000:.0f} ms)")
    print(f"extract: {kb / e:7.0f} KB/s ({e * 1000:.0f} ms)")
    print(f"both:    {kb / (c + e):7.0f} KB/s, one process")


if __name__ == "__main__":
    main()

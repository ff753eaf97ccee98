"""Clean and extract throughput (KB/s) on distinct text, caches cleared each round.

    python benchmarks/throughput.py [--rounds 5] [--folder benchmarks/corpus/articles]

Uses the articles in content/ (real, distinct text: the generated corpora of
bench.py repeat paragraphs, which the per-sentence segmenter cache and the
name tagger's memo would flatter), or another folder. Reports the median over
rounds, and the name tagger alone in characters per second (one thread).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from builder import clean, extract, load
from builder.extract import ner, segment
from builder.text import sentences_of

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--folder", type=Path, default=ROOT / "content")
    args = parser.parse_args()
    content = args.folder
    sources = [load.load_source(p, content) for p in load.find_articles(content)]
    kb = sum(len(s.text.encode("utf-8")) for s in sources) / 1024
    extract.extract(clean.clean(sources[0])[0])  # load the dictionary and segmenter once, as a worker does
    clean_times, extract_times, tagger_times = [], [], []
    for _ in range(args.rounds):
        segment.clear_caches()
        ner.clear_memo()
        start = time.perf_counter()
        stories = [story for s in sources for story in clean.clean(s)]
        middle = time.perf_counter()
        for story in stories:
            extract.extract(story)
        end = time.perf_counter()
        clean_times.append(middle - start)
        extract_times.append(end - middle)
        ner.clear_memo()
        sentences = [s.norm for story in stories for s in sentences_of([b.text for b in story.blocks])]
        start = time.process_time()
        ner.mentions(sentences)
        tagger_times.append(time.process_time() - start)
    chars = sum(map(len, sentences))
    c, e = statistics.median(clean_times), statistics.median(extract_times)
    print(
        f"machine: {platform.node()} · {platform.machine()} · Python {platform.python_version()} · segmenter {segment.current_backend()}"
    )
    print(f"{len(sources)} files, {kb:.1f} KB, median of {args.rounds} rounds")
    print(f"clean:   {kb / c:7.0f} KB/s ({c * 1000:.0f} ms)")
    print(f"extract: {kb / e:7.0f} KB/s ({e * 1000:.0f} ms)")
    print(f"both:    {kb / (c + e):7.0f} KB/s, one process")
    print(f"tagger:  {chars / statistics.median(tagger_times):7.0f} characters/s CPU, one thread ({chars} characters)")


if __name__ == "__main__":
    main()

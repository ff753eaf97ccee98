"""What makes builds fast must not change what they make: jieba's dictionary read
from a packed copy, clean + extract workers started before the files are read,
and builds that find everything cached (no NLP at all)."""

import json
import os
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from builder import dictionary, pipeline
from builder.pipeline import build
from tests.conftest import PROPERTY, ROOT, make_site
from tests.test_incremental import ARTICLES, hashes, quiet


def jieba_lines(step: int = 997) -> list[tuple[str, int, str]]:
    """Every step-th entry of jieba's dict.txt, parsed the plain way."""
    out = []
    with open(dictionary.dict_path(), encoding="utf-8") as f:
        for i, line in enumerate(f):
            parts = line.split()
            if i % step == 0 and len(parts) >= 2:
                out.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else "x"))
    return out


def fresh_entries(monkeypatch, folder):
    """dictionary.entries() as a new process sees it, with its copy kept in folder."""
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    dictionary.entries.cache_clear()
    try:
        return dictionary.entries()
    finally:
        dictionary.entries.cache_clear()  # later tests read the real temp folder's copy again


def test_the_packed_dictionary_gives_jiebas_frequencies_and_tags(tmp_path, monkeypatch):
    parsed = fresh_entries(monkeypatch, tmp_path)  # no copy yet: dict.txt is parsed
    copies = list(tmp_path.glob("zhaiyao-dict*.marshal"))
    assert len(copies) == 1
    loaded = fresh_entries(monkeypatch, tmp_path)  # from the copy
    assert loaded == parsed
    table, tag_names = loaded
    sample = jieba_lines()
    assert len(sample) > 300
    for word, freq, tag in sample:
        assert dictionary.unpack(table[word], tag_names) == (freq, tag), word


def test_a_broken_dictionary_copy_is_parsed_again(tmp_path, monkeypatch):
    expected = fresh_entries(monkeypatch, tmp_path)
    copy = next(tmp_path.glob("zhaiyao-dict*.marshal"))
    for damage in (b"", b"garbage", copy.read_bytes()[:1000]):
        copy.write_bytes(damage)
        assert fresh_entries(monkeypatch, tmp_path) == expected
        assert fresh_entries(monkeypatch, tmp_path) == expected  # and the copy was written anew


@PROPERTY
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["n", "ns", "nr", "v", "x", "eng"]))
def test_packing_keeps_frequency_and_tag(freq, tag):
    numbers = {"x": 0}
    assert dictionary.unpack(dictionary.pack(freq, tag, numbers), list(numbers)) == (freq, tag)


def test_a_cold_parallel_build_makes_the_same_site_as_one_process(tmp_path, monkeypatch):
    started_early = []
    real = pipeline.Builder._start_workers_early
    monkeypatch.setattr(
        pipeline.Builder,
        "_start_workers_early",
        lambda self, *a: started_early.append(real(self, *a)) or started_early[-1],
    )
    sites, warnings = {}, {}
    for jobs in (1, 2):
        root = tmp_path / f"jobs{jobs}"
        config = make_site(root, articles=ARTICLES, seeds=True)  # 8 files: enough for a pool
        for path in (root / "content").iterdir():  # an undated story's feed entry carries its file's time
            os.utime(path, (1_700_000_000, 1_700_000_000))
        config.write_text('title = "测试站"\nsearch = false\n', encoding="utf-8")
        report = build(config, log=quiet, jobs=jobs)
        assert report.processed == 8
        pages = hashes(root / "public")
        del pages[".zhaiyao-output"]  # the manifest names its own folder
        sites[jobs], warnings[jobs] = pages, report.warnings
    assert started_early[0] is None and started_early[1] is not None  # the cold 2-job build forked first
    assert sites[2] == sites[1] and warnings[2] == warnings[1]


CACHED_BUILD = """
import json, sys
from builder.pipeline import build
report = build(sys.argv[1], log=lambda *_: None)
print(json.dumps({"processed": report.processed, "written": report.written,
                  "modules": sorted(m for m in ("jieba", "rjieba", "jinja2", "builder.extract.segment")
                                    if m in sys.modules)}))
"""


def run_build(config) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CACHED_BUILD, str(config)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_build_with_everything_cached_loads_no_segmenter(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    config.write_text('title = "测试站"\nsearch = false\n', encoding="utf-8")
    assert run_build(config)["processed"] == 3
    article = tmp_path / "content" / "a.md"
    article.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")  # touched, same bytes
    touched = run_build(config)
    assert touched == {"processed": 0, "written": 0, "modules": ["jinja2"]}  # pages planned, no NLP
    assert run_build(config) == {"processed": 0, "written": 0, "modules": []}  # no-op: nothing imported

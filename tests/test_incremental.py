"""Rebuilds redo only what changed; the cache and the output survive anything."""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from builder.config import load_config
from builder.pipeline import Builder, build
from builder.write import forget_manifest
from tests.conftest import ROOT, make_site

ARTICLES = {
    "a.md": "---\ntitle: 甲县召开工作会议\ndate: 2022-01-01\n---\n1月1日，甲县召开经济工作会议。会议提出“项目为王”。\n",
    "b.md": "---\ntitle: 乙县推进项目建设\ndate: 2022-01-02\n---\n乙县坚持“项目为王”，新开工项目12个。\n",
    "c.md": "---\ntitle: 丙县召开座谈会\ndate: 2022-01-03\n---\n丙县召开民营企业座谈会，县长李明讲话。\n",
}


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


def quiet(*_):
    pass


def test_noop_rebuild_writes_no_file(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    before = snapshot(tmp_path / "public")
    report = build(config, log=quiet)
    assert report.written == 0 and report.processed == 0
    assert snapshot(tmp_path / "public") == before


def test_editing_one_article_rewrites_only_its_pages(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    public = tmp_path / "public"
    before = snapshot(public)
    a = tmp_path / "content" / "a.md"
    a.write_text(a.read_text(encoding="utf-8") + "\n会议时间不长。\n", encoding="utf-8")
    report = build(config, log=quiet)
    changed = {p for p, stamp in snapshot(public).items() if before.get(p) != stamp}
    a_page = next(p for p in changed if p.startswith("articles/") and p.endswith("index.html"))
    a_dir = a_page.rsplit("/", 1)[0]
    assert report.processed == 1
    assert {f"{a_dir}/index.html", f"{a_dir}/digest.json"} <= changed
    others = {p for p in before if p.startswith("articles/") and not p.startswith(a_dir)}
    assert not changed & others, "pages of unchanged articles were rewritten"
    for path in changed - {".zhaiyao-output", "index.html", f"{a_dir}/index.html", f"{a_dir}/digest.json"}:
        assert path.startswith(("tags/", "pagefind/")), path  # the search index is remade as a whole


def test_template_edit_rerenders_only_pages_using_it(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    template = tmp_path / "layouts" / "tag_list.html"
    template.write_text(template.read_text(encoding="utf-8") + "{# changed #}\n", encoding="utf-8")
    report = build(config, log=quiet)
    assert report.rendered == 5  # tags/<kind>/index.html for the five kinds
    assert report.written == 0  # a comment changes no byte of the output


def test_corrupt_cache_is_ignored_and_rebuilt(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    expected = hashes(tmp_path / "public")
    entries = list((tmp_path / ".cache").rglob("*.pickle"))
    assert len(entries) == 3
    entries[0].write_bytes(b"garbage")
    entries[1].write_bytes(entries[1].read_bytes()[:-10])  # truncated
    forget_manifest(tmp_path / "public")  # force a full check
    builder = Builder(load_config(config), tmp_path / "public", log=quiet)
    report = builder.build()
    assert report.processed == 2
    assert hashes(tmp_path / "public") | {".zhaiyao-output": ""} == expected | {".zhaiyao-output": ""}


def test_cache_from_other_code_is_not_used(tmp_path, monkeypatch):
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    import builder.cache

    monkeypatch.setattr(builder.cache, "code_fingerprint", lambda: "other version")
    report = Builder(load_config(config), tmp_path / "other", log=quiet).build()
    assert report.processed == 3


KILLER = """
import os, sys, time
from pathlib import Path
import builder.write as w
count = 0
real = w.SiteWriter.store
def slow_store(self, file):
    global count
    count += 1
    if count == 3:
        Path(sys.argv[2]).write_text("ready")
        time.sleep(60)
    return real(self, file)
w.SiteWriter.store = slow_store
from builder.pipeline import build
build(sys.argv[1], log=lambda *_: None)
"""


def test_a_build_killed_while_writing_leaves_the_previous_site_whole(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    before = hashes(tmp_path / "public")
    layout = tmp_path / "layouts" / "base.html"  # every page changes
    layout.write_text(layout.read_text(encoding="utf-8").replace("<main", "<!-- v2 --><main"), encoding="utf-8")
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(config), str(ready)], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not ready.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert ready.exists(), "the build never reached the write stage"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert hashes(tmp_path / "public") == before
    report = build(config, log=quiet)  # the next build recovers and cleans up after the killed one
    assert report.written > 0
    assert "<!-- v2 -->" in (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
    assert not any(p.name.startswith(".public.zhaiyao") for p in tmp_path.iterdir())


def test_pages_rendered_in_worker_processes_equal_pages_rendered_in_one(tmp_path, monkeypatch):
    import builder.render

    config = make_site(tmp_path, articles=ARTICLES, seeds=True)
    build(config, output=tmp_path / "one", log=quiet, jobs=1)
    monkeypatch.setattr(builder.render, "PARALLEL_MIN_PAGES", 1)  # the seed site is small: fork anyway
    build(config, output=tmp_path / "two", log=quiet, jobs=2)
    pages = lambda folder: {p: h for p, h in hashes(folder).items() if not p.startswith("pagefind/")}  # noqa: E731
    assert pages(tmp_path / "two") == pages(tmp_path / "one")


def test_render_workers_rewrite_the_same_files_as_one_process(tmp_path, monkeypatch):
    import builder.render

    written = {}
    for jobs in (1, 2):
        site = tmp_path / f"jobs{jobs}"
        site.mkdir()
        config = make_site(site, articles=ARTICLES)
        monkeypatch.setattr(builder.render, "PARALLEL_MIN_PAGES", 1 if jobs > 1 else 10**9)
        build(config, log=quiet, jobs=jobs)
        before = snapshot(site / "public")
        a = site / "content" / "a.md"
        a.write_text(a.read_text(encoding="utf-8") + "\n会议时间不长。\n", encoding="utf-8")
        report = build(config, log=quiet, jobs=jobs)
        written[jobs] = (
            report.written,
            {
                p
                for p, stamp in snapshot(site / "public").items()
                if before.get(p) != stamp and not p.startswith("pagefind/")
            },
        )
    assert written[2] == written[1]
    assert 0 < written[2][0] < len(before)


def test_a_build_leaves_the_cycle_collector_on(tmp_path):
    import gc

    config = make_site(tmp_path, articles=ARTICLES)
    assert gc.isenabled()
    build(config, log=quiet)
    assert gc.isenabled()  # paused for the build only: serve's process collects between builds


def test_a_template_error_in_a_worker_names_the_template_and_keeps_the_site(tmp_path, monkeypatch):
    import pytest

    import builder.render
    from builder.errors import UserError

    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    before = hashes(tmp_path / "public")
    (tmp_path / "layouts" / "article.html").write_text(
        '{% extends "base.html" %}{% block main %}{{ article.no_such_field }}{% endblock %}', encoding="utf-8"
    )
    monkeypatch.setattr(builder.render, "PARALLEL_MIN_PAGES", 1)
    with pytest.raises(UserError) as caught:
        build(config, log=quiet, jobs=2)
    assert caught.value.path.name == "article.html"
    assert hashes(tmp_path / "public") == before
    assert not any(p.name.startswith(".public.zhaiyao") for p in tmp_path.iterdir())


def test_a_first_build_appears_whole_or_not_at_all(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    (tmp_path / "layouts" / "tag.html").write_text("{{ no_such_variable }}", encoding="utf-8")
    import pytest

    from builder.errors import UserError

    with pytest.raises(UserError):
        build(config, log=quiet)
    assert not (tmp_path / "public").exists()  # no half site that a later build would refuse as foreign


def test_a_warm_builder_after_edits_makes_the_same_site_as_a_fresh_build(tmp_path):
    """serve's Builder reuses its site model when only contents changed: never a stale page."""
    config = make_site(tmp_path, articles=ARTICLES, seeds=True)
    (tmp_path / "site.toml").write_text(
        'title = "测试站"\nbase_url = "/"\nsearch = false\npaginate = 2\n', encoding="utf-8"
    )
    warm = Builder(load_config(config), tmp_path / "warm", log=quiet, atomic=False)
    warm.build()
    a = tmp_path / "content" / "a.md"
    edits = [
        lambda t: t + "\n会后，甲县又召开了一次座谈会。\n",  # content only: the model is reused
        lambda t: t.replace("甲县召开工作会议", "甲县召开全体会议"),  # a new title: a new model
        lambda t: t + "\n会议提出“实干为先”。\n",
    ]  # a new slogan tag
    for edit, reused in zip(edits, [True, False, False]):
        model = warm._model
        a.write_text(edit(a.read_text(encoding="utf-8")), encoding="utf-8")
        warm.build()
        assert (warm._model is model) == reused
        fresh = tmp_path / "fresh"
        Builder(load_config(config), fresh, log=quiet).build()
        pages = lambda folder: {p: h for p, h in hashes(folder).items() if p != ".zhaiyao-output"}  # noqa: E731
        assert pages(tmp_path / "warm") == pages(fresh)


def test_a_text_edit_leaves_the_site_wide_pages_alone(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, log=quiet)
    before = snapshot(tmp_path / "public")
    a = tmp_path / "content" / "a.md"
    a.write_text(a.read_text(encoding="utf-8") + "\n会议时间不长。\n", encoding="utf-8")
    build(config, log=quiet)
    after = snapshot(tmp_path / "public")
    for page in ("timeline/index.html", "slogans/index.html", "numbers/index.html"):
        assert after[page] == before[page], page


def test_long_tag_lists_are_paginated(tmp_path):
    articles = {
        f"x{i}.md": f"---\ntitle: 第{i}篇\ndate: 2022-01-{i + 1:02d}\n---\n会议提出“项目为王”。\n" for i in range(5)
    }
    config = make_site(tmp_path, articles=articles)
    (tmp_path / "site.toml").write_text(
        'title = "测试站"\nbase_url = "/"\nsearch = false\npaginate = 2\n', encoding="utf-8"
    )
    build(config, log=quiet)
    tag = next((tmp_path / "public" / "tags" / "slogans").glob("*/index.html")).parent
    pages = [tag / "index.html", tag / "page" / "2" / "index.html", tag / "page" / "3" / "index.html"]
    assert all(p.exists() for p in pages) and not (tag / "page" / "4").exists()
    assert [p.read_text(encoding="utf-8").count('class="card"') for p in pages] == [2, 2, 1]
    assert 'rel="next"' in pages[0].read_text(encoding="utf-8")


def test_an_empty_output_folder_made_by_the_user_is_used_and_nothing_is_left_beside_it(tmp_path):
    config = make_site(tmp_path, articles=ARTICLES)
    (tmp_path / "public").mkdir()
    build(config, log=quiet)
    assert (tmp_path / "public" / "index.html").exists()
    assert not any(p.name.startswith(".public.zhaiyao") for p in tmp_path.iterdir())


def test_damaged_compiled_templates_are_compiled_again(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # Jinja's cache folder goes in there
    (tmp_path / "tmp").mkdir()
    config = make_site(tmp_path, articles=ARTICLES)
    build(config, output=tmp_path / "one", log=quiet)
    cached = list((tmp_path / "tmp").rglob("zhaiyao-*.cache"))
    assert cached, "no compiled template was cached"
    import jinja2.bccache

    for path in cached:  # Jinja's header, then garbage where its checksum should be
        path.write_bytes(jinja2.bccache.bc_magic + b"not a pickle")
    build(config, output=tmp_path / "two", log=quiet)
    pages = lambda folder: {p: h for p, h in hashes(folder).items() if not p.startswith("pagefind/")}  # noqa: E731
    assert pages(tmp_path / "two") == pages(tmp_path / "one")


def _user_dict_site(tmp_path, words: str):
    from tests.conftest import make_site

    config = make_site(
        tmp_path, articles={"a.md": "---\ntitle: 示例\ndate: 2022-03-01\n---\n区长禾丰汇主持会议并讲话。\n"}
    )
    config.write_text(config.read_text(encoding="utf-8") + '\n[extract]\nuser_dict = "user.dict"\n', encoding="utf-8")
    (tmp_path / "user.dict").write_text(words, encoding="utf-8")
    return config


def _people(output: Path) -> list[str]:
    import json

    digest = json.loads(next(output.glob("articles/*/digest.json")).read_text(encoding="utf-8"))
    return [p["name"] for p in digest["people"]]


def test_an_edited_user_dictionary_is_no_no_op_and_serve_sees_it(tmp_path):
    from builder.extract import segment

    config = _user_dict_site(tmp_path, "禾丰 1000 nr\n")
    try:
        first = build(config, log=lambda *_: None)
        (tmp_path / "user.dict").write_text("禾丰汇 2000 nr\n", encoding="utf-8")
        again = build(config, log=lambda *_: None)
        assert again.processed == 1 and first.processed == 1  # not "nothing changed": re-extracted
        # serve keeps one Builder: an edit between two of its builds takes effect too
        builder = Builder(load_config(config), tmp_path / "served", log=lambda *_: None, atomic=False)
        builder.build()
        (tmp_path / "user.dict").write_text("禾丰汇聚 500 nr\n", encoding="utf-8")  # new words: not cached
        assert builder.build().processed == 1
        assert builder.settings.endswith(hashlib.sha256("禾丰汇聚 500 nr\n".encode()).hexdigest())
    finally:
        segment.use_user_dict(None)

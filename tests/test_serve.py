"""`serve`: builds into a temp folder, rebuilds on save, serves only the site."""

import subprocess
import sys
import time

import pytest

from tests.conftest import fetch, free_port, make_site

ARTICLE = "---\ntitle: 甲县召开会议\ndate: 2022-01-01\nslug: jia\n---\n甲县召开经济工作会议。\n"


def wait_for(predicate, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.2)
    return None


@pytest.fixture
def served(tmp_path):
    make_site(tmp_path, articles={"a.md": ARTICLE})
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "builder", "serve", "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        assert wait_for(lambda: fetch(base)[0] == 200), "serve did not start"
        yield tmp_path, base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_rebuilds_the_page_after_a_save(served):
    root, base = served
    assert "甲县召开经济工作会议" in fetch(base + "articles/jia/")[1]
    (root / "content" / "a.md").write_text(ARTICLE.replace("经济工作会议", "项目推进会"), encoding="utf-8")
    assert wait_for(lambda: "甲县召开项目推进会" in fetch(base + "articles/jia/")[1], 20), "page never updated"
    assert not (root / "public").exists(), "serve must not write the dev build into public/"


def test_serve_shows_a_broken_config_as_a_page_and_recovers(served):
    root, base = served
    config = root / "site.toml"
    good = config.read_text(encoding="utf-8")
    config.write_text(good + "titel = 1\n", encoding="utf-8")
    assert wait_for(lambda: "Build failed" in fetch(base)[1], 20)
    config.write_text(good, encoding="utf-8")
    assert wait_for(lambda: "测试站" in fetch(base)[1], 20)


def test_serve_serves_nothing_outside_the_site(served):
    _, base = served
    for path in ("../site.toml", "%2e%2e/site.toml", "..%2fsite.toml", "static/../../site.toml"):
        status, body = fetch(base + path)
        assert "base_url" not in body, path

"""`serve` in a real browser: a save reloads the open page by itself.

`python -m builder serve` runs in a subprocess on a throwaway site; Chromium opens
a page, the test edits a source file on disk and waits (never sleeps blindly)
until the page has been reloaded by livereload's script and shows the edit.
Save → visible times are printed (run with -s to see them), not asserted.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import fetch, free_port, make_site

TIMEOUT = 30.0  # seconds for any one thing to happen: generous, the site is tiny

ARTICLES = {
    "a.md": "---\ntitle: 甲县召开经济工作会议\ndate: 2022-01-01\n---\n甲县召开经济工作会议。会议强调推动高质量发展。\n",
    "b.md": "---\ntitle: 乙市推进重点项目建设\ndate: 2022-02-01\n---\n乙市召开重点项目推进会。全年计划新开工项目八十个。\n",
}
FIX_ME = "---\ntitle: [没有闭合\n---\n甲县召开经济工作会议。\n"  # invalid YAML front matter


@dataclass
class Live:
    """A running `serve`: its site folder, URL and log."""

    root: Path
    base: str
    proc: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def save(self, path: Path, text: str) -> float:
        """Replace `path` in one step, as most editors save; returns the time of the save."""
        staging = self.root / "staging"  # outside every watched folder, same file system
        staging.mkdir(exist_ok=True)
        tmp = staging / path.name
        tmp.write_text(text, encoding="utf-8")
        saved = time.monotonic()
        os.replace(tmp, path)
        return saved

    def append(self, path: Path, text: str) -> float:
        """Append to `path` in place (one write); returns the time of the save."""
        with open(path, "a", encoding="utf-8") as f:
            saved = time.monotonic()
            f.write(text)
        return saved


@pytest.fixture
def live(tmp_path):
    make_site(tmp_path, articles=ARTICLES)
    log = tmp_path / "serve.log"
    port = free_port()
    with open(log, "w", encoding="utf-8") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "builder", "serve", "--port", str(port)],
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    server = Live(tmp_path, f"http://127.0.0.1:{port}/", proc, log)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, f"serve exited with {proc.returncode}:\n{server.output()}"
            assert time.monotonic() < deadline, f"serve did not answer within 60 s:\n{server.output()}"
            try:
                if fetch(server.base)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    assert not (tmp_path / "public").exists(), "serve must not write into public/"


@pytest.fixture
def tab(browser):
    """A fresh page that records livereload's websocket handshakes."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(TIMEOUT * 1000)
    page = context.new_page()
    page.handshakes = []  # one entry each time a page's livereload client has said who it is
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))

    def on_websocket(ws):
        if ws.url.split("?")[0].endswith("/livereload"):
            ws.on(
                "framesent",
                lambda payload: (
                    page.handshakes.append(ws.url) if '"command":"info"' in str(payload).replace(" ", "") else None
                ),
            )

    page.on("websocket", on_websocket)
    yield page
    context.close()


def open_live(page, live: Live, path: str) -> None:
    """Open a page of the site and wait until its livereload client is connected."""
    seen = len(page.handshakes)
    response = page.goto(live.base + path.lstrip("/"))
    assert response is not None and response.status == 200, f"{path}: {response and response.status}"
    assert "/livereload.js?port=" in response.text(), f"{path}: livereload's script was not injected"
    assert page.locator('script[src*="/livereload.js"]').count() == 1, f"{path}: livereload.js not loaded"
    wait_for_handshake(page, seen, path)


def wait_for_handshake(page, seen: int, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while len(page.handshakes) <= seen:
        assert time.monotonic() < deadline, f"{what}: livereload's websocket never connected"
        page.wait_for_timeout(50)  # lets Playwright deliver the websocket events


def article_paths(page, live: Live) -> list[str]:
    """Article URLs as the home page links them (no slug is hard-coded)."""
    open_live(page, live, "/")
    hrefs = page.eval_on_selector_all("a[href*='/articles/']", "links => links.map(a => a.getAttribute('href'))")
    paths = sorted({h for h in hrefs if re.fullmatch(r"/articles/[^/#?]+/", h)})
    assert len(paths) == len(ARTICLES), hrefs
    return paths


def article_page(page, live: Live, title: str) -> str:
    for path in article_paths(page, live):
        open_live(page, live, path)
        if page.locator("h1").first.inner_text() == title:
            return path
    raise AssertionError(f"no article page titled {title}")


def mark(page) -> None:
    """Tag the current document: a reload replaces it, and the tag with it."""
    page.evaluate("window.__beforeEdit = true")


def wait_for_reload(page, live: Live, what: str) -> float:
    """Wait until the marked document has been replaced by a new, loaded one; returns the time."""
    try:
        page.wait_for_function(
            "() => !window.__beforeEdit && document.readyState === 'complete'", polling=50, timeout=TIMEOUT * 1000
        )
    except Exception as exc:
        raise AssertionError(
            f"{what}: the page did not reload within {TIMEOUT:.0f} s "
            f"(livereload clients connected: {len(page.handshakes)});\nserve said:\n{live.output()}"
        ) from exc
    return time.monotonic()


def body_text(page) -> str:
    return page.evaluate("document.body ? document.body.innerText : ''")


def report(what: str, seconds: float) -> None:
    print(f"\nlive reload: {what}: save → visible {seconds:.2f} s")


def test_editing_an_article_reloads_its_open_page(live, tab):
    path = article_page(tab, live, "甲县召开经济工作会议")
    source = live.root / "content" / "a.md"
    times = {}
    # The second save comes right after the first reload: it must reload the page again
    # (livereload's own watcher used to drop a save within 3 s of a reload).
    for how, sentence in (
        ("appended in place", "会议要求全力以赴抓落实确保各项目标任务如期完成。"),
        ("saved by replacing the file", "会议号召全县上下凝心聚力再创佳绩。"),
    ):
        assert sentence not in body_text(tab)
        mark(tab)
        seen = len(tab.handshakes)
        paragraph = f"\n{sentence}\n"
        saved = (
            live.append(source, paragraph)
            if how.startswith("appended")
            else live.save(source, source.read_text(encoding="utf-8") + paragraph)
        )
        visible = wait_for_reload(tab, live, f"after adding {sentence} to a.md ({how})")
        assert sentence in body_text(tab), f"reloaded, but without the new sentence:\n{body_text(tab)[:500]}"
        assert tab.url == live.base + path.lstrip("/")
        times[how] = visible - saved
        wait_for_handshake(tab, seen, "the reloaded article")  # it listens again, for the next save
    for how, seconds in times.items():
        report(f"article edit, {how}", seconds)
    assert not tab.errors, tab.errors


def test_editing_a_template_reloads_the_open_page(live, tab):
    article_page(tab, live, "乙市推进重点项目建设")
    layout = live.root / "layouts" / "article.html"
    good = layout.read_text(encoding="utf-8")
    probe = "模板修改之后页面自动刷新了。"
    assert '<div class="story-body">' in good
    mark(tab)
    saved = live.save(
        layout, good.replace('<div class="story-body">', f'<div class="story-body">\n<p id="probe">{probe}</p>', 1)
    )
    visible = wait_for_reload(tab, live, "after editing layouts/article.html")
    assert tab.locator("#probe").inner_text() == probe
    report("template edit (layouts/article.html)", visible - saved)
    assert not tab.errors, tab.errors


def test_a_template_error_shows_the_error_page_until_fixed(live, tab):
    open_live(tab, live, "/")
    layout = live.root / "layouts" / "article.html"
    good = layout.read_text(encoding="utf-8")
    mark(tab)
    seen = len(tab.handshakes)
    saved = live.save(layout, good.replace("{% endblock %}", "{% endblok %}", 1))
    visible = wait_for_reload(tab, live, "after breaking layouts/article.html")
    shown = body_text(tab)
    assert "Build failed" in shown and "endblok" in shown and "article.html" in shown, shown[:500]
    report("template error → error page", visible - saved)
    wait_for_handshake(tab, seen, "the error page")  # the error page listens for the fix

    mark(tab)
    seen = len(tab.handshakes)
    saved = live.save(layout, good)
    visible = wait_for_reload(tab, live, "after fixing layouts/article.html")
    shown = body_text(tab)
    assert "Build failed" not in shown and "甲县召开经济工作会议" in shown, shown[:500]
    report("template fixed → real page", visible - saved)


def test_a_template_error_shows_on_an_open_article_page(live, tab):
    path = article_page(tab, live, "甲县召开经济工作会议")
    layout = live.root / "layouts" / "article.html"
    good = layout.read_text(encoding="utf-8")
    mark(tab)
    seen = len(tab.handshakes)
    live.save(layout, good.replace("{% endblock %}", "{% endblok %}", 1))
    wait_for_reload(tab, live, "after breaking layouts/article.html")
    assert "Build failed" in body_text(tab), body_text(tab)[:300]
    wait_for_handshake(tab, seen, "the error page")

    mark(tab)
    live.save(layout, good)
    wait_for_reload(tab, live, "after fixing layouts/article.html")
    assert tab.url == live.base + path.lstrip("/") and "Build failed" not in body_text(tab)


def test_a_broken_article_comes_back_by_itself_when_fixed(live, tab):
    path = article_page(tab, live, "甲县召开经济工作会议")
    source = live.root / "content" / "a.md"
    good = source.read_text(encoding="utf-8")
    mark(tab)
    seen = len(tab.handshakes)
    live.save(source, FIX_ME)
    wait_for_reload(tab, live, "after breaking a.md's front matter")
    assert tab.locator('script[src*="/livereload.js"]').count() == 1, (
        f"the page shown for the broken article cannot reload: {body_text(tab)[:200]!r}"
    )
    wait_for_handshake(tab, seen, "the page shown for the broken article")

    mark(tab)
    seen = len(tab.handshakes)
    live.save(source, good)
    wait_for_reload(tab, live, "after fixing a.md")
    assert tab.url == live.base + path.lstrip("/") and "甲县召开经济工作会议" in body_text(tab)

"""Browser tests: the seed site built under a sub-path, served on 127.0.0.1, driven
by Chromium through Playwright.

Without /usr/bin/chromium, Playwright or Pagefind these tests are skipped, unless
the environment variable CI is set: then a missing tool is a failure, so CI can
never pass by skipping them.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from builder import search
from builder.pipeline import build
from builder.screenshots import CHROMIUM_ARGS  # the same flags as the screenshots command
from builder.text import to_simplified
from tests.conftest import make_site

CHROMIUM = Path(os.environ.get("ZHAIYAO_CHROMIUM", "/usr/bin/chromium"))
BASE = "/repo/"  # served under a sub-path, as on GitHub Pages
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}


def require(what: str, present: bool) -> None:
    if present:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required when CI is set", pytrace=False)
    pytest.skip(f"{what} is not available")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """(server root, output folder): the seed articles built with base_url /repo/, their
    search index in shards of about two articles, so every search merges shards."""
    require("pagefind (pip install 'pagefind[extended]')", importlib.util.find_spec("pagefind") is not None)
    root = tmp_path_factory.mktemp("browser")
    config = make_site(root / "src", base_url=BASE, seeds=True)
    output = root / "www" / BASE.strip("/")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "SHARD_ARTICLES", 2)
        report = build(config, output=output, log=lambda *_: None)
    assert len(json.loads((output / "pagefind" / search.STAMP_FILE).read_text(encoding="utf-8"))["shards"]) > 1
    assert not [w for w in report.warnings if "search index" in w], report.warnings
    return root / "www", output


@pytest.fixture(scope="session")
def server(built_site):
    www, _ = built_site
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(www)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}{BASE}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    require(str(CHROMIUM), CHROMIUM.is_file() or shutil.which(str(CHROMIUM)) is not None)
    require("playwright (pip install playwright)", importlib.util.find_spec("playwright") is not None)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=list(VIEWPORTS), scope="module")
def page(request, browser):
    context = browser.new_context(viewport=VIEWPORTS[request.param])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    yield page
    context.close()


@pytest.fixture(scope="session")
def articles(built_site) -> dict[str, dict]:
    """digest.json of every article, by URL, with `text`: its cleaned text in Simplified."""
    _, output = built_site
    out = {}
    for path in sorted(output.glob("articles/*/digest.json")):
        digest = json.loads(path.read_text(encoding="utf-8"))
        digest["text"] = to_simplified("\n".join([digest["title"]] + [s["text"] for s in digest["sentences"]]))
        out[digest["url"]] = digest
    return out

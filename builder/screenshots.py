"""`screenshots`: build into a temporary folder, serve it on 127.0.0.1 and save
PNGs of the home page, an article, a tag page and a search, at phone and
desktop sizes, to look at the design without a phone at hand.

Chromium is driven through Playwright (`pip install playwright`); it uses the
system Chromium (`/usr/bin/chromium`, or $ZHAIYAO_CHROMIUM) and never downloads one.
"""

from __future__ import annotations

import dataclasses
import functools
import http.server
import json
import os
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from builder.config import load_config
from builder.errors import UserError
from builder.pipeline import Builder

SIZES = ((390, 844), (1280, 800))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def pages_to_shoot(output: Path, query: str) -> dict[str, str]:
    """name -> path below the site root: home, the article with the most box items,
    the most used tag, and a search."""
    pages = {"home": ""}
    digests = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(output.glob("articles/*/digest.json"))]
    if digests:
        best = max(digests, key=lambda d: sum(len(d[k]) for k in ("meetings", "slogans", "numbers")))
        pages["article"] = best["url"].lstrip("/")
    for kind in ("places", "people", "topics", "orgs", "slogans"):
        listing = output / "tags" / kind / "index.html"
        found = (
            re.search(rf'href="/(tags/{kind}/[^"/]+/)"', listing.read_text(encoding="utf-8"))
            if listing.is_file()
            else None
        )
        if found:
            pages["tag"] = found.group(1)
            break
    pages["search"] = "search/?q=" + query
    return pages


def take_screenshots(
    config_path: Path, out: Path, query: str = "高质量发展", full_page: bool = False, log: Callable[[str], None] = print
) -> list[Path]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise UserError("playwright is not installed (pip install playwright)", config_path) from None
    chromium = Path(os.environ.get("ZHAIYAO_CHROMIUM", "/usr/bin/chromium"))
    if not chromium.is_file():
        raise UserError(f"Chromium not found at {chromium} (set ZHAIYAO_CHROMIUM)", config_path)
    config = dataclasses.replace(load_config(config_path), base_url="/")  # served at the root
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory(prefix="zhaiyao-shots-") as tmp:
        output = Path(tmp) / "site"
        report = Builder(config, output, log=log).build()
        for warning in report.warnings:
            if "search index" in warning:
                log(f"warning: {warning}")
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(output)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        root = f"http://127.0.0.1:{server.server_port}/"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
                for width, height in SIZES:
                    page = browser.new_page(viewport={"width": width, "height": height})
                    for name, path in pages_to_shoot(output, query).items():
                        page.goto(root + path, wait_until="networkidle")
                        if name == "search":  # results arrive after the index loads
                            page.wait_for_function(
                                "document.getElementById('search-status').textContent.length > 0"
                                " && !document.getElementById('search-status').textContent.includes('…')",
                                timeout=10_000,
                            )
                        target = out / f"{name}-{width}x{height}.png"
                        page.screenshot(path=str(target), full_page=full_page)
                        saved.append(target)
                        log(f"saved {target}")
                    page.close()
                browser.close()
        finally:
            server.shutdown()
    return saved

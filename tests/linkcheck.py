"""A small crawler for built sites: every internal link must reach a file (and its #anchor)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append(attrs[key])


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_links(output: Path, base_path: str) -> list[str]:
    """(page, link) descriptions of internal links that lead nowhere."""
    pages = {p: parse(p) for p in output.rglob("*.html")}
    broken = []
    for page_path, page in pages.items():
        for link in page.links:
            url = urlsplit(link)
            if url.scheme or url.netloc:
                continue  # external
            if not url.path:  # "#anchor" on the same page
                target = page_path
            elif not url.path.startswith(base_path):
                broken.append(f"{page_path}: {link} is outside {base_path}")
                continue
            else:
                target = output / unquote(url.path[len(base_path) :])
                if link.endswith("/") or target.is_dir():
                    target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page_path}: {link}")
            elif url.fragment and target.suffix == ".html" and url.fragment not in pages[target].ids:
                broken.append(f"{page_path}: {link} (no id {url.fragment})")
    return broken

"""Script in an article renders as inert text: nowhere in the output can it run.

Payloads sit in the title, body, tags, source and authors of Markdown and
plain-text articles; after the build no output file (HTML, JSON, anything)
may hold them in an executable form.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from builder.pipeline import build
from tests.conftest import make_site

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
LINK = "[x](javascript:alert(1))"

MARKDOWN = f"""---
title: '标题{SCRIPT}{IMG}'
tags: ['{SCRIPT}', '{IMG}']
source: '{IMG}'
authors: ['{SCRIPT}']
summary: '{SCRIPT}'
---
第一段{SCRIPT}正文。

第二段{IMG}正文。

第三段{LINK}正文，还有<a href="javascript:alert(1)">链接</a>和<img src=x onerror=alert(1)>。

## 小标题{SCRIPT}

[引用式链接][r]与<javascript:alert(1)>自动链接。

[r]: javascript:alert(1)
"""

MARKDOWN_H1 = f"# 一级标题{SCRIPT}{IMG}\n\n正文{LINK}。\n"

PLAIN_TEXT = f"""纯文本标题{SCRIPT}{IMG}
2022年3月1日 本报记者 张三
第一段{SCRIPT}正文。
第二段{IMG}正文。
第三段{LINK}正文，<a href="javascript:alert(1)">链接</a>。
"""

# The payloads' executable forms, as the brief lists them; none may be in any output file.
EXECUTABLE = ["<script>alert", "<img src=x onerror", 'href="javascript:']
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data", "xlink:href", "srcset"}
UNSAFE_SCHEME = re.compile(r"(javascript|vbscript|data):", re.IGNORECASE)


class _ActiveContent(HTMLParser):
    """Collects what a browser would run: event handlers, script URLs, our payload in <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and value and UNSAFE_SCHEME.match(re.sub(r"[\x00-\x20]+", "", value)):
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert(" in data:
            self.found.append(f"<script>{data[:40]}")


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    root = tmp_path_factory.mktemp("xss-site")
    config = make_site(root, articles={"evil.md": MARKDOWN, "evil-h1.md": MARKDOWN_H1, "evil.txt": PLAIN_TEXT})
    report = build(config, log=lambda *_: None)
    assert report.articles == 3, report.warnings
    return root / "public"


def output_files(output):
    return [p for p in sorted(output.rglob("*")) if p.is_file()]


def test_output_has_html_and_json(output):
    suffixes = {p.suffix for p in output_files(output)}
    assert {".html", ".json"} <= suffixes


def hits(output, suffixes):
    found = []
    for path in output_files(output):
        if path.suffix in suffixes:
            text = path.read_bytes().decode("utf-8", errors="replace")
            found += [f"{path.relative_to(output)}: {form}" for form in EXECUTABLE if form.lower() in text.lower()]
    return found


def test_no_executable_form_in_html_or_xml(output):
    assert hits(output, {".html", ".xml", ".txt", ".css", ".js"}) == []


def test_html_has_no_handlers_script_urls_or_injected_scripts(output):
    for path in output.rglob("*.html"):
        parser = _ActiveContent()
        parser.feed(path.read_text(encoding="utf-8"))
        assert parser.found == [], path.relative_to(output)


def test_feed_html_content_is_inert(output):
    """Atom type="html" text is HTML once unescaped: it must not carry the payload."""
    for element in ET.parse(output / "feed.xml").iter():
        if element.get("type") == "html":
            assert not any(form in (element.text or "") for form in EXECUTABLE), element.tag


def test_no_executable_form_in_json(output):
    assert hits(output, {".json"}) == []


def test_json_still_holds_the_text(output):
    """Escaping < as \\u003c changes the bytes, not the data a reader of the JSON gets."""
    digests = [json.loads(p.read_text(encoding="utf-8")) for p in output.glob("articles/*/digest.json")]
    assert any(d["title"].startswith("标题<script>alert(1)</script>") for d in digests)


def test_payloads_are_shown_as_text(output):
    """Inert is not the same as deleted: the reader still sees what was written."""
    pages = [p.read_text(encoding="utf-8") for p in output.glob("articles/*/index.html")]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in page for page in pages)
    assert any("&lt;img src=x onerror=alert(1)&gt;" in page for page in pages)

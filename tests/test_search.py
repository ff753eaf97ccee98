"""Search: the Pagefind bundle follows the builds, and the index-only character field."""
from __future__ import annotations

import importlib.util
import json

import pytest

from builder import search
from builder.pipeline import build
from tests.conftest import make_site

HAS_PAGEFIND = importlib.util.find_spec("pagefind") is not None
needs_pagefind = pytest.mark.skipif(not HAS_PAGEFIND, reason="pagefind is not installed")

ARTICLE = "---\ntitle: 甲县推动高质量发展\ndate: 2023-05-02\n---\n甲县召开大会。会议提出“解放思想、招商引资”。\n"
TRADITIONAL = "---\ntitle: 乙縣會議\ndate: 2022-01-09\n---\n乙縣推動高質量發展，處理好五個關係。\n"


def quiet_build(config, **kw):
    return build(config, log=lambda *_: None, **kw)


@pytest.fixture
def two_articles(tmp_path):
    return make_site(tmp_path, base_url="/repo/", articles={"a.md": ARTICLE, "b.md": TRADITIONAL})


@needs_pagefind
def test_build_indexes_articles_only_with_urls_from_the_site_root(two_articles):
    report = quiet_build(two_articles)
    bundle = two_articles.parent / "public" / "pagefind"
    assert (bundle / "pagefind.js").is_file() and not [w for w in report.warnings if "search" in w]
    assert "search" in report.seconds
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["zh"]  # one index for zh-Hans and zh-Hant pages
    assert entry["languages"]["zh"]["page_count"] == 2
    t2s = json.loads((bundle / search.T2S_FILE).read_text(encoding="utf-8"))
    assert t2s["縣"] == "县" and t2s["係"] == "系"  # 係 only from the phrase 關係 → 关系


@needs_pagefind
def test_bundle_survives_a_no_op_build_and_follows_a_change(two_articles):
    quiet_build(two_articles)
    bundle = two_articles.parent / "public" / "pagefind"
    stamp = (bundle / search.STAMP_FILE).read_text(encoding="utf-8")
    assert quiet_build(two_articles).written == 0
    assert (bundle / search.STAMP_FILE).read_text(encoding="utf-8") == stamp
    (two_articles.parent / "content" / "c.md").write_text("---\ntitle: 丙\n---\n丙镇新闻。\n", encoding="utf-8")
    quiet_build(two_articles)  # swaps in a new output folder without the bundle: it is made again
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["zh"]["page_count"] == 3
    assert (bundle / search.STAMP_FILE).read_text(encoding="utf-8") != stamp
    assert not list(two_articles.parent.glob(".public.zhaiyao-search-*")), "staging folder left behind"


def test_build_succeeds_with_a_warning_without_pagefind(two_articles, monkeypatch):
    monkeypatch.setattr(search, "pagefind_installed", lambda: False)
    report = quiet_build(two_articles)
    assert report.articles == 2
    assert any("pagefind is not installed" in w for w in report.warnings)
    assert (two_articles.parent / "public" / "search" / "index.html").is_file()


def test_search_page_and_header_form_use_the_base_path(two_articles):
    quiet_build(two_articles)
    public = two_articles.parent / "public"
    home = (public / "index.html").read_text(encoding="utf-8")
    assert 'action="/repo/search/"' in home and 'name="q"' in home and '<label for="site-q">' in home
    page = (public / "search" / "index.html").read_text(encoding="utf-8")
    assert 'src="/repo/static/search.js"' in page and '<label for="q">' in page
    article = next(public.glob("articles/*/index.html")).read_text(encoding="utf-8")
    assert "data-pagefind-body" in article and 'data-pagefind-filter="year:' in article


def test_char_field_is_simplified_one_character_per_word():
    from builder.clean import Block, Story
    from builder.extract import Digest
    from builder.site import Article
    from builder.text import sentences_of

    story = Story("x.md", 0, "乙縣會議", [Block("p", "推動GDP增長6%。處理好關係！")])
    article = Article(story, Digest(sentences_of([b.text for b in story.blocks])), "x", "/x/")
    assert search.char_field(article) == "乙 县 会 议 zz 推 动 g d p 增 长 6 zz 处 理 好 关 系"

"""Pages a reader and a feed reader rely on: pagination, feeds, sitemap, meta."""

import re

import feedparser

from builder.pipeline import build
from tests.conftest import make_site
from tests.linkcheck import broken_links


def articles(n):
    return {
        f"a{i}.md": f"---\ntitle: 第{i}篇 县里召开会议\ndate: 2022-01-{i + 1:02d}\n---\n1月{i + 1}日，某县召开“项目为王”推进会。新开工项目{i + 3}个。\n"
        for i in range(n)
    }


def built(tmp_path, n=5, base="https://user.github.io/repo/", extra=""):
    config = make_site(tmp_path, base_url=base, articles=articles(n))
    config.write_text(config.read_text(encoding="utf-8") + extra, encoding="utf-8")
    build(config, log=lambda *_: None)
    return tmp_path / "public"


def test_home_is_paginated_newest_first(tmp_path):
    public = built(tmp_path, n=5, extra="paginate = 2\n")
    assert (public / "page" / "3" / "index.html").is_file()
    assert not (public / "page" / "4").exists()
    first = (public / "index.html").read_text(encoding="utf-8")
    assert "第4篇" in first and "第3篇" in first and "第2篇" not in first
    assert 'rel="next" href="/repo/page/2/"' in first
    assert broken_links(public, "/repo/") == []


def test_site_feed_parses_with_absolute_links(tmp_path):
    public = built(tmp_path)
    feed = feedparser.parse((public / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 5
    assert feed.entries[0].link.startswith("https://user.github.io/repo/articles/")
    assert feed.entries[0].title == "第4篇 县里召开会议"


def test_every_tag_has_a_feed(tmp_path):
    public = built(tmp_path)
    for tag_page in public.glob("tags/*/*/index.html"):
        feed = feedparser.parse((tag_page.parent / "feed.xml").read_bytes())
        assert not feed.bozo and feed.entries


def test_sitemap_lists_every_page_and_robots_points_to_it(tmp_path):
    public = built(tmp_path)
    sitemap = (public / "sitemap.xml").read_text(encoding="utf-8")
    locs = set(re.findall(r"<loc>(.*?)</loc>", sitemap))
    pages = {
        "https://user.github.io/repo/" + p.relative_to(public).as_posix()[: -len("index.html")]
        for p in public.rglob("index.html")
    }
    assert locs == pages
    assert "Sitemap: https://user.github.io/repo/sitemap.xml" in (public / "robots.txt").read_text(encoding="utf-8")


def test_pages_carry_canonical_open_graph_and_language(tmp_path):
    public = built(tmp_path)
    page = next(public.glob("articles/*/index.html"))
    html = page.read_text(encoding="utf-8")
    slug = page.parent.name
    assert f'<link rel="canonical" href="https://user.github.io/repo/articles/{slug}/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert re.search(r'<html lang="zh-Han[st]">', html)


def test_overview_pages_and_about_exist(tmp_path):
    public = built(tmp_path)
    for path in ("timeline/index.html", "slogans/index.html", "numbers/index.html", "about/index.html", "404.html"):
        assert (public / path).is_file(), path
    assert "5 篇" in (public / "about" / "index.html").read_text(encoding="utf-8")

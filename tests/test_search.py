"""Search: the Pagefind bundle (in shards) follows the builds, and the index-only character field."""

from __future__ import annotations

import importlib.util
import json
import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from builder import search
from builder.config import load_config
from builder.pipeline import Builder, build
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


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


@needs_pagefind
def test_build_indexes_articles_only_with_urls_from_the_site_root(two_articles):
    report = quiet_build(two_articles)
    bundle = two_articles.parent / "public" / "pagefind"
    index = read_json(bundle / search.STAMP_FILE)
    assert index["shards"] == ["0"] and not [w for w in report.warnings if "search" in w]
    assert (bundle / "0" / "pagefind.js").is_file() and "search" in report.seconds
    entry = read_json(bundle / "0" / "pagefind-entry.json")
    assert list(entry["languages"]) == ["zh"]  # one index for zh-Hans and zh-Hant pages
    assert entry["languages"]["zh"]["page_count"] == 2
    t2s = read_json(bundle / search.T2S_FILE)
    assert t2s["縣"] == "县" and t2s["係"] == "系"  # 係 only from the phrase 關係 → 关系
    urls = read_json(bundle / "0" / search.SHARD_FILE)["ids"]
    assert sorted(urls.values()) == sorted(
        f"/{p.parent.relative_to(bundle.parent).as_posix()}/" for p in bundle.parent.glob("articles/*/index.html")
    )
    # newest first: 甲县 (2023) before 乙縣 (2022); slugs are pinyin
    assert [urls[i] for i in index["order"]] == [urls[i] for i in sorted(urls, key=lambda i: "jia-xian" not in urls[i])]


@needs_pagefind
def test_bundle_survives_a_no_op_build_and_follows_a_change(two_articles):
    quiet_build(two_articles)
    bundle = two_articles.parent / "public" / "pagefind"
    stamp = (bundle / search.STAMP_FILE).read_text(encoding="utf-8")
    assert quiet_build(two_articles).written == 0
    assert (bundle / search.STAMP_FILE).read_text(encoding="utf-8") == stamp
    (two_articles.parent / "content" / "c.md").write_text("---\ntitle: 丙\n---\n丙镇新闻。\n", encoding="utf-8")
    quiet_build(two_articles)  # swaps in a new output folder without the bundle: it is made again
    entry = read_json(bundle / "0" / "pagefind-entry.json")
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


def fake_articles(n):
    from types import SimpleNamespace

    return [SimpleNamespace(slug=f"article-{i}") for i in range(n)]


def test_shards_are_a_power_of_two_and_an_added_article_changes_one():
    assert [len(search.shard_articles(fake_articles(n))) for n in (0, 1, search.SHARD_ARTICLES)] == [0, 1, 1]
    articles = fake_articles(10 * search.SHARD_ARTICLES)
    shards = search.shard_articles(articles)
    assert len(shards) == 16 and max(map(len, shards)) < search.SHARD_ARTICLES
    grown = search.shard_articles(articles + fake_articles(10 * search.SHARD_ARTICLES + 1)[-1:])
    assert sum(a != b for a, b in zip(shards, grown)) == 1


THREE = {
    "a.md": ARTICLE,
    "b.md": TRADITIONAL,
    "c.md": "---\ntitle: 丙镇新闻\ndate: 2021-03-04\n---\n丙镇推动高质量发展。\n",
}


@pytest.fixture
def sharded(tmp_path, monkeypatch):
    """A site of three articles in shards of one (or more, where the hash puts two together)."""
    monkeypatch.setattr(search, "SHARD_ARTICLES", 1)
    return make_site(tmp_path, articles=THREE)


@needs_pagefind
def test_an_edit_indexes_only_its_own_shard_again(sharded, monkeypatch):
    quiet_build(sharded)
    bundle = sharded.parent / "public" / "pagefind"
    index = read_json(bundle / search.STAMP_FILE)
    assert len(index["shards"]) > 1 and len(index["order"]) == 3
    urls = {i: u for s in index["shards"] for i, u in read_json(bundle / s / search.SHARD_FILE)["ids"].items()}
    title = lambda url: read_json(sharded.parent / "public" / url.strip("/") / "digest.json")["title"]  # noqa: E731
    assert [title(urls[i])[0] for i in index["order"]] == ["甲", "乙", "丙"]  # newest first
    indexed = []
    real = search._index_shard
    monkeypatch.setattr(search, "_index_shard", lambda shard, *a, **kw: indexed.append(shard) or real(shard, *a, **kw))
    article = sharded.parent / "content" / "c.md"
    article.write_text(article.read_text(encoding="utf-8") + "再次推动。\n", encoding="utf-8")
    quiet_build(sharded)
    assert [[a.story.title for _, a in shard] for shard in indexed] == [["丙镇新闻"]]
    assert read_json(bundle / search.STAMP_FILE)["shards"] == index["shards"]


@needs_pagefind
def test_shards_whose_result_names_meet_are_indexed_again_with_a_salt(sharded, monkeypatch):
    real = search._index_shard
    taken = []

    def colliding(shard, key, target, *args, salt):
        record = real(shard, key, target, *args, salt=salt)
        if not taken:
            taken.extend(record["ids"])  # the first shard's names
        elif salt == 0:
            record["ids"][taken[0]] = "/elsewhere/"  # as if Pagefind had named a page the same
        return record

    monkeypatch.setattr(search, "_index_shard", colliding)
    assert not [w for w in quiet_build(sharded).warnings if "search" in w]
    bundle = sharded.parent / "public" / "pagefind"
    records = [read_json(bundle / s / search.SHARD_FILE) for s in read_json(bundle / search.STAMP_FILE)["shards"]]
    assert any(r["salt"] for r in records) and not any("/elsewhere/" in r["ids"].values() for r in records)
    names = [i for r in records for i in r["ids"]]
    assert len(names) == len(set(names)) == 3


@needs_pagefind
def test_a_damaged_shard_record_is_indexed_again(two_articles):
    quiet_build(two_articles)
    bundle = two_articles.parent / "public" / "pagefind"
    (bundle / "0" / search.SHARD_FILE).write_text('{"key": "x", "ids": []}', encoding="utf-8")
    (bundle / search.STAMP_FILE).unlink()  # as if the build had been stopped before the stamp
    report = quiet_build(two_articles, base_url="/other/")  # a new config: pages change, the index is checked
    assert not [w for w in report.warnings if "search" in w]
    assert len(read_json(bundle / "0" / search.SHARD_FILE)["ids"]) == 2


def test_serve_indexes_in_the_background_below_the_rebuilds_priority(two_articles, monkeypatch):
    before = os.getpriority(os.PRIO_PROCESS, 0)
    seen = []
    monkeypatch.setattr(search, "index_site", lambda *a, **kw: seen.append(os.getpriority(os.PRIO_PROCESS, 0)) or [])
    with ThreadPoolExecutor(1) as indexer:
        Builder(
            load_config(two_articles),
            two_articles.parent / "out",
            log=lambda *_: None,
            atomic=False,
            search_in_background=indexer,
        ).build()
    assert seen == [10] and os.getpriority(os.PRIO_PROCESS, 0) == before  # the indexing thread only

"""What a reader sees, in Chromium at phone and desktop sizes."""

from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def article_with_most_box_items(articles: dict) -> str:
    return max(articles, key=lambda u: sum(len(articles[u][k]) for k in ("meetings", "slogans", "numbers")))


def relative(server: str, url: str) -> str:
    return server + url.split("/repo/", 1)[1]


def test_article_pages_do_not_scroll_sideways(page, server, articles):
    for url in articles:
        page.goto(relative(server, url))
        width, scroll = page.evaluate("[innerWidth, document.scrollingElement.scrollWidth]")
        assert scroll <= width, f"{url}: content {scroll}px wide in a {width}px window"


def test_every_box_item_lands_on_its_highlighted_sentence(page, server, articles):
    url = article_with_most_box_items(articles)
    page.goto(relative(server, url))
    links = page.locator(".boxes a[href^='#']")
    assert links.count() > 0
    plain = page.evaluate("getComputedStyle(document.querySelector('.story-body .s:not(:target)')).backgroundColor")
    for i in range(links.count()):
        link = links.nth(i)
        target = link.get_attribute("href")[1:]
        link.click()
        state = page.evaluate("""() => {
            const t = document.querySelector(':target');
            if (!t) return null;
            const r = t.getBoundingClientRect();
            return {id: t.id, background: getComputedStyle(t).backgroundColor, top: r.top, bottom: r.bottom};
        }""")
        assert state and state["id"] == target, f"link {i} to #{target} did not land"
        assert state["background"] != plain, f"#{target} is not highlighted"
        height = page.viewport_size["height"]
        assert 0 <= state["top"] < height and state["bottom"] > 0, f"#{target} is not scrolled into view"


def test_search_page_lists_articles_for_a_chinese_query(page, server, articles):
    page.goto(server + "search/?q=解放思想")
    page.wait_for_function("document.querySelectorAll('#search-results li').length > 0")
    shown = page.locator("#search-results li h2 a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(shown) >= 3
    assert set(shown) == {u for u, a in articles.items() if "解放思想" in a["text"]}
    assert page.locator("#search-results mark").first.inner_text() == "解放思想"
    assert not page.errors


def test_a_filter_lists_articles_newest_first_across_shards(page, server, articles):
    page.goto(server + "search/")
    dates = page.evaluate(
        """async (script) => {
        const search = await import(script);
        const results = await search.find("", {kind: "会议"});
        return Promise.all(results.map(r => r.data().then(d => d.meta.date || "")));
    }""",
        server + "static/search.js",
    )
    assert len(dates) == sum(1 for a in articles.values() if a["meetings"]) > 2
    assert dates == sorted(dates, reverse=True)
    assert not page.errors


def test_dark_mode_has_a_dark_background(browser, server):
    context = browser.new_context(color_scheme="dark", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server)
    r, g, b = page.evaluate(
        """() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)"""
    )
    context.close()
    assert 0.2126 * r + 0.7152 * g + 0.0722 * b < 60, (r, g, b)


# --- Recall: the search finds every article containing a term (a substring search) ---


def site_terms(articles: dict) -> list[str]:
    """Every tag, slogan and topic of the site, in Simplified, plus the queries readers type."""
    terms = {"解放思想", "招商引资", "高质量发展"}
    for a in articles.values():
        for kind in ("people", "places", "orgs"):
            terms |= {x["name"] for x in a[kind]}
        terms |= {s["text"] for s in a["slogans"]} | set(a["topics"])
    from builder.text import to_simplified

    return sorted({to_simplified(t) for t in terms if len(t) >= 2})


@pytest.fixture(scope="module")
def search_results(browser, server, articles):
    """{query: [urls]} from the search page's own `find`, for every term in both scripts."""
    terms = site_terms(articles)
    queries = sorted(set(terms) | {S2T.convert(t) for t in terms})
    page = browser.new_page()
    page.goto(server + "search/")
    found = page.evaluate(
        """async ([script, queries]) => {
        const search = await import(script);
        const out = {};
        for (const q of queries) out[q] = await Promise.all((await search.find(q, {})).map(r => r.data().then(d => d.url)));
        return out;
    }""",
        [server + "static/search.js", queries],
    )
    page.close()
    return found


def test_search_recall_equals_substring_search(search_results, articles):
    from builder.text import to_simplified

    missed, extra = [], []
    for query, urls in search_results.items():
        truth = {u for u, a in articles.items() if to_simplified(query) in a["text"]}
        missed += [(query, u) for u in truth - set(urls)]
        extra += [(query, u) for u in set(urls) - truth]
    assert not missed, f"{len(missed)} articles missed, e.g. {missed[:5]}"
    assert len(extra) <= len(search_results) // 50, f"too many results without the words: {extra[:5]}"


@pytest.mark.parametrize(
    "query, simplified",
    [("解放思想", "解放思想"), ("招商引资", "招商引资"), ("高质量发展", "高质量发展"), ("高質量發展", "高质量发展")],
)
def test_real_queries_in_both_scripts(search_results, articles, query, simplified):
    truth = {u for u, a in articles.items() if simplified in a["text"]}
    assert truth and set(search_results[query]) == truth


@pytest.mark.parametrize("width", [320, 360, 430])
def test_no_page_scrolls_sideways_at_small_phone_widths(browser, server, articles, width):
    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    pages = ["", "timeline/", "slogans/", "numbers/", "tags/", "tags/places/", "search/", "about/"]
    pages += [relative(server, u)[len(server) :] for u in list(articles)[:3]]
    try:
        for path in pages:
            page.goto(server + path)
            inner, scroll = page.evaluate("[innerWidth, document.scrollingElement.scrollWidth]")
            assert scroll <= inner, f"/{path}: content {scroll}px wide in a {inner}px window"
    finally:
        context.close()

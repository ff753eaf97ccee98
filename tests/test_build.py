"""The whole pipeline on the five seed articles: pages, tags, digests, links."""

import json
import subprocess
import sys

import pytest

from builder.pipeline import build
from tests.conftest import ROOT, make_site
from tests.linkcheck import broken_links, parse


@pytest.fixture(scope="module", params=["/", "https://user.github.io/repo/"], ids=["root", "sub-path"])
def built(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    config = make_site(root, base_url=request.param, seeds=True)
    report = build(config, log=lambda *_: None)
    return root / "public", report, "/" if request.param == "/" else "/repo/"


def test_every_article_gets_a_page_and_a_digest(built):
    output, report, _ = built
    pages = sorted(output.glob("articles/*/index.html"))
    assert len(pages) == report.articles >= 5
    for page in pages:
        digest = json.loads((page.parent / "digest.json").read_text(encoding="utf-8"))
        for key in ("title", "date", "source", "meetings", "slogans", "numbers", "people", "places", "orgs", "topics"):
            assert key in digest


def test_index_lists_articles_newest_first(built):
    output, report, _ = built
    html = (output / "index.html").read_text(encoding="utf-8")
    assert html.count('class="card"') == report.articles
    dates = [d.split('"')[0] for d in html.split('datetime="')[1:]]
    assert dates == sorted(dates, reverse=True)


def test_tag_pages_of_every_kind(built):
    output, _, _ = built
    for kind in ("people", "places", "orgs", "topics", "slogans"):
        assert (output / "tags" / kind / "index.html").is_file()


def test_slugs_are_ascii(built):
    output, _, _ = built
    for path in output.rglob("*"):
        assert path.relative_to(output).as_posix().isascii(), path


def test_no_broken_internal_links(built):
    output, _, base_path = built
    assert broken_links(output, base_path) == []


def test_box_items_link_to_sentences_that_exist(built):
    output, _, _ = built
    for page in output.glob("articles/*/index.html"):
        parsed = parse(page)
        for link in parsed.links:
            if link.startswith("#s"):
                assert link[1:] in parsed.ids


def test_draft_articles_are_not_built(tmp_path):
    config = make_site(
        tmp_path,
        articles={"d.md": "---\ntitle: 草稿\ndraft: true\n---\n内容。\n", "a.md": "---\ntitle: 正式\n---\n内容。\n"},
    )
    report = build(config, log=lambda *_: None)
    assert report.articles == 1


def test_one_bad_article_does_not_stop_the_build(tmp_path):
    config = make_site(
        tmp_path, articles={"bad.md": "---\ntitle: [\n---\n", "good.md": "---\ntitle: 好\n---\n正文。\n"}
    )
    report = build(config, log=lambda *_: None)
    assert report.articles == 1
    assert any("bad.md" in w for w in report.warnings)


def test_rebuild_writes_nothing_when_nothing_changed(tmp_path):
    config = make_site(tmp_path, articles={"a.md": "---\ntitle: 甲\n---\n正文。\n"})
    build(config, log=lambda *_: None)
    assert build(config, log=lambda *_: None).written == 0


def test_refuses_a_foreign_non_empty_output_folder(tmp_path):
    config = make_site(tmp_path, articles={"a.md": "---\ntitle: 甲\n---\n正文。\n"})
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("precious", encoding="utf-8")
    from builder.errors import UserError

    with pytest.raises(UserError, match="not made by zhaiyao"):
        build(config, output=tmp_path / "mine", log=lambda *_: None)
    assert (tmp_path / "mine" / "thesis.docx").read_text(encoding="utf-8") == "precious"


def run_cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "builder", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_cli_build_succeeds(tmp_path):
    make_site(tmp_path, articles={"a.md": "---\ntitle: 甲\n---\n正文。\n"})
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "public" / "index.html").is_file()


def test_cli_user_error_exits_1_with_one_line_and_no_traceback(tmp_path):
    (tmp_path / "site.toml").write_text("titel = 1\n", encoding="utf-8")
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "site.toml" in result.stderr and "titel" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_usage_error_exits_2():
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("build", "--no-such-flag").returncode == 2
    assert run_cli("build", "--jobs", "0").returncode == 2  # not a traceback from the process pool


@pytest.mark.parametrize("command", ["build", "serve", "extract"])
def test_cli_help(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0 and "usage" in result.stdout


def test_cli_extract_prints_the_digest(tmp_path):
    result = run_cli("extract", str(ROOT / "content" / "000_519c9bba6ace0f6f.txt"))
    assert result.returncode == 0, result.stderr
    digest = json.loads(result.stdout)
    assert digest["title"] and isinstance(digest["numbers"], list)


def test_cli_extract_missing_file_exits_1(tmp_path):
    result = run_cli("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 1 and "missing.txt" in result.stderr

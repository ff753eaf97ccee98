"""The built-in theme and `builder new`: a site needs no layouts/ of its own, and
a file it has overrides the theme's, file by file."""

from pathlib import Path

from builder.cli import main
from builder.pipeline import build
from tests.conftest import MARKDOWN_ARTICLE


def _site(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "content" / "a.md").write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    config = root / "site.toml"
    config.write_text('title = "测试站"\nbase_url = "/"\n', encoding="utf-8")
    return config


def test_a_site_without_layouts_builds_with_the_theme(tmp_path):
    config = _site(tmp_path)
    build(config, log=lambda *_: None)
    public = tmp_path / "public"
    assert "测试站" in (public / "index.html").read_text(encoding="utf-8")
    assert (public / "static" / "style.css").is_file() and (public / "about" / "index.html").is_file()


def test_a_sites_own_file_overrides_the_themes_and_only_that_one(tmp_path):
    config = _site(tmp_path)
    layouts = tmp_path / "layouts"
    (layouts / "static").mkdir(parents=True)
    (layouts / "about.html").write_text(
        '{% extends "base.html" %}{% block main %}<p>我们的站</p>{% endblock %}', encoding="utf-8"
    )
    (layouts / "static" / "style.css").write_text("body { color: red }\n", encoding="utf-8")
    build(config, log=lambda *_: None)
    public = tmp_path / "public"
    assert "我们的站" in (public / "about" / "index.html").read_text(encoding="utf-8")
    assert (public / "static" / "style.css").read_text(encoding="utf-8") == "body { color: red }\n"
    assert (public / "static" / "search.js").is_file()  # the theme's, not overridden
    # an edit of the override is seen by the next build (the no-op key covers both folders)
    (layouts / "about.html").write_text(
        '{% extends "base.html" %}{% block main %}<p>改过了</p>{% endblock %}', encoding="utf-8"
    )
    build(config, log=lambda *_: None)
    assert "改过了" in (public / "about" / "index.html").read_text(encoding="utf-8")


def test_new_makes_a_site_that_builds_and_never_overwrites(tmp_path, capsys):
    folder = tmp_path / "site"
    assert main(["new", str(folder)]) == 0
    for name in ("site.toml", "content/example.md", ".gitignore", ".github/workflows/pages.yml"):
        assert (folder / name).is_file(), name
    build(folder / "site.toml", log=lambda *_: None)
    assert "示例县" in (folder / "public" / "index.html").read_text(encoding="utf-8")
    before = (folder / "site.toml").read_text(encoding="utf-8")
    assert main(["new", str(folder)]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert (folder / "site.toml").read_text(encoding="utf-8") == before

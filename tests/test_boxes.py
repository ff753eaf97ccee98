"""The summary boxes are declared once (builder/boxes.py) and everything reads that list."""

from __future__ import annotations

import dataclasses

from builder import cli
from builder.boxes import BOXES
from builder.extract import Meeting, Number, Slogan
from tests.conftest import make_site

ARTICLE = "---\ntitle: 甲县召开工作会议\ndate: 2022-01-01\n---\n1月1日，甲县召开经济工作会议。会议提出“项目为王”，新开工项目12个。\n"


def test_each_box_declares_the_fields_its_items_have():
    items = {"meetings": Meeting, "slogans": Slogan, "numbers": Number}
    for box in BOXES:
        assert box.fields == tuple(f.name for f in dataclasses.fields(items[box.name]))


def test_a_box_is_drawn_on_the_page_and_its_partial_can_be_overridden(tmp_path):
    config = make_site(tmp_path, articles={"a.md": ARTICLE})
    assert cli.main(["build", "-q", "--config", str(config)]) == 0
    page = next((tmp_path / "public" / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    for box in BOXES:
        assert f'data-pagefind-filter="kind:{box.heading}"' in page
        assert f'href="/{box.url}"' in page  # the nav link to its site-wide page
        assert (tmp_path / "public" / box.url / "index.html").is_file()
    partial = tmp_path / "layouts" / "_box_slogans.html"
    partial.write_text("<p class=mine>{{ items|length }}</p>\n", encoding="utf-8")
    assert cli.main(["build", "-q", "--config", str(config)]) == 0  # an incremental build sees the edit
    page = next((tmp_path / "public" / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert "<p class=mine>1</p>" in page


def test_a_template_gets_its_view_not_the_site(tmp_path):
    config = make_site(tmp_path, articles={"a.md": ARTICLE})
    about = tmp_path / "layouts" / "about.html"
    about.write_text(about.read_text(encoding="utf-8").replace("{% endblock %}", "{{ site }}{% endblock %}", 1))
    assert cli.main(["build", "-q", "--config", str(config)]) == 1  # one line naming about.html, 'site' is undefined

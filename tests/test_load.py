from pathlib import Path

import pytest

from builder import clean, load
from builder.errors import UserError
from tests.conftest import MARKDOWN_ARTICLE


def source(tmp_path: Path, name: str, data: bytes) -> load.Source:
    path = tmp_path / name
    path.write_bytes(data)
    return load.load_source(path, tmp_path)


def test_markdown_front_matter_and_body(tmp_path):
    src = source(tmp_path, "a.md", MARKDOWN_ARTICLE.encode())
    assert src.format == "md"
    assert src.meta["title"] == "示例县召开经济工作会议"
    assert src.meta["date"] == "2022-03-01"
    assert src.meta["tags"] == ["经济"]
    story = clean.clean(src)[0]
    assert story.title == "示例县召开经济工作会议"
    assert story.source_name == "示例日报" and story.reporters == ["张三"]
    assert [b.kind for b in story.blocks] == ["p", "h", "p"]
    assert "<strong>6%</strong>" in story.blocks[2].html
    assert story.blocks[2].text == "全年地区生产总值增长6%，新开工项目120个。"


def test_raw_html_in_markdown_is_not_passed_through(tmp_path):
    src = source(tmp_path, "x.md", "---\ntitle: t\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n".encode())
    html = "".join(b.html or "" for b in clean.clean(src)[0].blocks)
    assert "<script>" not in html and "href=\"javascript" not in html


def test_utf8_bom_is_accepted(tmp_path):
    src = source(tmp_path, "a.txt", "\ufeff标题\n\n正文第一段。\n".encode())
    assert src.text.startswith("标题")


def test_crlf_is_normalised(tmp_path):
    assert "\r" not in source(tmp_path, "a.txt", "标题\r\n\r\n正文。\r\n".encode()).text


def test_invalid_utf8_names_file_and_line(tmp_path):
    with pytest.raises(UserError) as err:
        source(tmp_path, "bad.txt", "第一行\n第二行".encode() + b"\xff\xfe broken")
    assert err.value.path.name == "bad.txt" and err.value.line == 2
    assert "byte" in err.value.message


def test_invalid_yaml_names_the_line(tmp_path):
    with pytest.raises(UserError) as err:
        source(tmp_path, "bad.md", "---\ntitle: ok\ntags: [a, b\n---\n正文\n".encode())
    assert err.value.line is not None and err.value.line >= 3
    assert "invalid YAML" in err.value.message


@pytest.mark.parametrize("front, message", [
    ("- just\n- a list\n", "must be a mapping"),
    ("title: t\ndate: tomorrow\n", "'date' must be a date"),
    ("title: t\ntags: 3\n", "'tags' must be a list"),
    ("title: t\ntitel: x\n", "unknown front matter key 'titel'"),
    ("title: t\ndraft: maybe\n", "'draft' must be true or false"),
])
def test_bad_front_matter(tmp_path, front, message):
    with pytest.raises(UserError, match=message):
        source(tmp_path, "bad.md", f"---\n{front}---\n正文\n".encode())


def test_hidden_and_temp_files_are_skipped(tmp_path):
    for name in ("a.txt", "b.md", ".hidden.txt", "c.txt~", "notes.json", "sub/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in load.find_articles(tmp_path)] == ["a.txt", "b.md", "sub/d.txt"]

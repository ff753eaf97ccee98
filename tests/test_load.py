from pathlib import Path

import pytest

from builder import clean, decode, load
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
    src = source(tmp_path, "x.md", b"---\ntitle: t\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
    html = "".join(b.html or "" for b in clean.clean(src)[0].blocks)
    assert "<script>" not in html and 'href="javascript' not in html


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


@pytest.mark.parametrize(
    "front, message",
    [
        ("- just\n- a list\n", "must be a mapping"),
        ("title: t\ndate: tomorrow\n", "'date' must be a date"),
        ("title: t\ntags: 3\n", "'tags' must be a list"),
        ("title: t\ndraft: maybe\n", "'draft' must be true or false"),
    ],
)
def test_bad_front_matter(tmp_path, front, message):
    with pytest.raises(UserError, match=message):
        source(tmp_path, "bad.md", f"---\n{front}---\n正文\n".encode())


def test_hidden_and_temp_files_are_skipped(tmp_path):
    for name in ("a.txt", "b.md", ".hidden.txt", "c.txt~", "notes.json", "sub/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in load.find_articles(tmp_path)] == ["a.txt", "b.md", "sub/d.txt"]


# --- hardening (issue 7): encodings, file checks, front matter -------------------------


def test_unknown_key_is_a_warning_with_a_suggestion(tmp_path):
    src = source(tmp_path, "a.md", "---\ntitle: t\ntitel: x\nslgu: y\nfoo: z\n---\n正文\n".encode())
    assert src.meta == {"title": "t"}
    assert len(src.warnings) == 3
    assert src.warnings[0].endswith("a.md:3: unknown front matter key 'titel' ignored; did you mean 'title'?")
    assert "a.md:4:" in src.warnings[1] and "did you mean 'slug'?" in src.warnings[1]
    assert "a.md:5:" in src.warnings[2] and "(known: authors, date," in src.warnings[2]


def test_yaml_error_deep_in_the_block_names_line_column_and_start(tmp_path):
    text = "---\ntitle: t\ndate: 2022-01-01\ntags:\n  - a\n  - b\nsource: s\nsummary: [unclosed\n---\n正文\n"
    with pytest.raises(UserError) as err:
        source(tmp_path, "bad.md", text.encode())
    assert err.value.line == 9 and "column 1" in err.value.message
    assert "starts on line 8, column 10" in err.value.message


@pytest.mark.parametrize(
    "front, line, message",
    [
        ("title: t\nsource: s\ndate: tomorrow\n", 4, "'date' must be a date like 2022-04-27, not 'tomorrow'"),
        ("title: t\ndate: 2022-02-30\n", 3, "invalid value in YAML front matter: day is out of range"),
        ("title: t\nsource: s\ntags:\n  - a\n  - [b]\n", 4, "'tags' must be a list of strings"),
        ("title: t\nauthors: {a: 1}\n", 3, "'authors' must be a list of strings"),
        ("title: [a]\n", 2, "'title' must be a string"),
        ("title: t\nsummary: \x85\x80\n", 3, "character U+0080 is not allowed in YAML front matter"),
        ("title: t\nslug: 新闻\n", 3, "'slug' must be lowercase ASCII letters, digits and single '-'"),
        ("title: t\nslug: a/../b\n", 3, "'slug' must be lowercase ASCII"),
        ("title: t\nslug: " + "a" * 101 + "\n", 3, "'slug' must be lowercase ASCII"),
        ("title: t\nsource: javascript:alert(1)\n", 3, "'source' holds a javascript: URL"),
        ('title: t\nsource: " java\\nscript:alert(1)"\n', 3, "'source' holds a javascript: URL"),
        ("title: t\nsummary: VBScript:MsgBox(1)\n", 3, "'summary' holds a vbscript: URL"),
        ("title: t\ntags: [ok, 'data:text/html,<script>alert(1)</script>']\n", 3, "'tags' holds a data: URL"),
        ('title: t\nsource: "a\\ud800b"\n', 3, "'source' holds the character U+D800, which web pages cannot hold"),
        ('title: "a\\x1bb"\n', 2, "'title' holds the character U+001B"),
        ('title: t\nauthors: ["\\0"]\n', 3, "'authors' holds the character U+0000"),
    ],
)
def test_bad_front_matter_names_key_and_line(tmp_path, front, line, message):
    with pytest.raises(UserError) as err:
        source(tmp_path, "bad.md", f"---\n{front}---\n正文\n".encode())
    assert err.value.line == line and message in err.value.message, str(err.value)


@pytest.mark.parametrize(
    "value", ["Data: 数据要素市场", "JavaScript 入门", "data: 2022", "http://example.com/a?javascript:x"]
)
def test_text_that_only_mentions_a_scheme_is_fine(tmp_path, value):
    assert source(tmp_path, "a.md", f"---\ntitle: '{value}'\n---\n正文\n".encode()).meta["title"] == value


def test_good_slug_and_duplicate_key(tmp_path):
    src = source(tmp_path, "a.md", "---\ntitle: a\nslug: lin-fen-2022\ntitle: b\n---\n正文\n".encode())
    assert src.meta == {"title": "b", "slug": "lin-fen-2022"}
    assert src.warnings == (f"{tmp_path / 'a.md'}:4: front matter key 'title' appears twice; the last one is used",)


def test_body_line_counts_blank_lines_after_front_matter(tmp_path):
    assert source(tmp_path, "a.md", "---\ntitle: t\n---\n\n\n正文\n".encode()).body_line == 6


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", " \n\u3000\t\r\n".encode(), b"---\ntitle: t\n---\n\n"])
def test_empty_article(tmp_path, data):
    with pytest.raises(UserError, match="empty article"):
        source(tmp_path, "e.md", data)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be-bom", "utf-32", "gbk", "gb18030", "big5", "cp950"])
def test_encodings_are_detected(tmp_path, codec):
    text = (
        "臨汾市召開經濟工作會議。會議提出發展思路，全年地區生產總值增長百分之六。\n"
        if "big5" in codec or codec == "cp950"
        else "临汾市召开经济工作会议。会议提出发展思路，全年地区生产总值增长百分之六。\n"
    )
    data = b"\xfe\xff" + text.encode("utf-16-be") if codec == "utf-16-be-bom" else text.encode(codec)
    src = source(tmp_path, "a.txt", data)
    assert src.text == text
    assert src.encoding == {"gbk": "gb18030", "big5": "cp950", "utf-16-be-bom": "utf-16"}.get(codec, codec)


@pytest.mark.parametrize(
    "text, codec",
    [
        ("대한민국 헌법은 국민의 기본권을 보장하고 국가의 조직과 운영의 원리를 정한다. " * 3, "euc-kr"),
        ("日本国憲法は、国民主権、基本的人権の尊重、平和主義の三つを基本原理としている。" * 3, "shift_jis"),
    ],
)
def test_other_legacy_encodings_are_refused_not_garbled(tmp_path, text, codec):
    with pytest.raises(UserError, match="cannot tell the text encoding"):
        source(tmp_path, "a.txt", text.encode(codec))


def test_damaged_utf8_is_reported_not_read_as_gb18030(tmp_path):
    data = "正常的中文内容。\n".encode() * 5 + b"\xe4\xb8" + "后面也是中文。".encode() * 5
    with pytest.raises(UserError) as err:
        source(tmp_path, "a.txt", data)
    assert err.value.line == 6 and "not valid UTF-8 text at byte 125 (bytes e4 b8" in err.value.message


def test_nul_bytes_dropped_with_a_warning_or_refused_as_binary(tmp_path):
    src = source(tmp_path, "a.txt", "标题\n正\0文\x1b\x1b\f第二页\n".encode())
    assert src.text == "标题\n正文\n第二页\n"
    assert src.warnings == (f"{tmp_path / 'a.txt'}: removed 3 control characters (U+0000, U+001B)",)
    with pytest.raises(UserError, match="not a text file"):
        source(tmp_path, "b.txt", "标题".encode() + b"\0" * 20)
    with pytest.raises(UserError, match="UTF-16 without a byte order mark"):
        source(tmp_path, "c.txt", "plain ASCII text in UTF-16\n".encode("utf-16-le"))


@pytest.mark.parametrize(
    "magic, kind",
    [
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"%PDF-1.4\n", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"\xff\xd8\xff\xe0", "JPEG"),
        (b"{\\rtf1\\ansi", "RTF"),
    ],
)
def test_binary_files_are_not_text(tmp_path, magic, kind):
    with pytest.raises(UserError, match=f"not a text file: it looks like an? {kind}"):
        source(tmp_path, "a.md", magic + b"rest of the file")


def test_large_files_are_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", 100)
    with pytest.raises(UserError, match="files of 20 MB or more are skipped"):
        source(tmp_path, "big.txt", "长".encode() * 40)


def test_temp_files_and_links(tmp_path):
    content, outside = tmp_path / "content", tmp_path / "outside"
    (content / "sub").mkdir(parents=True)
    outside.mkdir()
    for name in ("a.md", "sub/b.txt", ".#a.md", "#a.md#", "a.md~", "a.md.swp", "~$a.md", "_draft.md", ".DS_Store"):
        (content / name).write_text("正文", encoding="utf-8")
    (outside / "o.md").write_text("外面", encoding="utf-8")
    (content / "out.md").symlink_to(outside / "o.md")
    (content / "out-dir").symlink_to(outside, target_is_directory=True)
    (content / "in.md").symlink_to(content / "a.md")
    (content / "in-dir").symlink_to(content / "sub", target_is_directory=True)
    found = [p.relative_to(content).as_posix() for p in load.find_articles(content)]
    assert found == ["a.md", "in.md", "out-dir", "out.md", "sub/b.txt"]
    assert load.load_source(content / "in.md", content).text == "正文"
    for name, kind in (("out.md", "file"), ("out-dir", "folder")):
        with pytest.raises(UserError, match=f"symbolic link to a {kind} outside the content folder"):
            load.load_source(content / name, content)


@pytest.mark.parametrize(
    "value, scheme",
    [
        ("javascript:alert(1)", "javascript"),
        (" \x01JavaScript:alert(1)", "javascript"),
        ("java\tscr\nipt:x", "javascript"),
        ("vbscript:msgbox", "vbscript"),
        ("data:text/html;base64,PHM+", "data"),
        ("data:,hello", "data"),
        ("Data: 数据要素市场", None),
        ("Data: big, small", None),
        ("javascript :x", None),
        ("https://a.b/javascript:", None),
    ],
)
def test_unsafe_url_scheme(value, scheme):
    assert load.unsafe_url_scheme(value) == scheme


def test_gb18030_bom_and_a_second_utf8_bom_are_dropped(tmp_path):
    text = "---\ntitle: 标题\n---\n正文\n"
    assert source(tmp_path, "a.md", ("\ufeff" + text).encode("gb18030")).meta == {"title": "标题"}
    assert source(tmp_path, "b.md", ("\ufeff\ufeff" + text).encode()).meta == {"title": "标题"}


def test_link_loops_are_reported_or_skipped(tmp_path):
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    (tmp_path / "self").symlink_to(tmp_path, target_is_directory=True)
    assert load.find_articles(tmp_path) == [tmp_path / "loop.md"]
    with pytest.raises(UserError, match="cannot read: Too many levels of symbolic links"):
        load.load_source(tmp_path / "loop.md", tmp_path)


@pytest.mark.parametrize(
    "text, meta, body_line",
    [
        ("---\ntitle: t\n---\n正文\n", {"title": "t"}, 4),
        ("--- \ntitle: t\n---\t\n\n正文\n", {"title": "t"}, 5),
        ("---\n---\n正文\n", {}, 3),
        ("---\ntitle: t\n----\nx: 1\n---\n正文\n", None, None),  # ---- does not close: YAML error
    ],
)
def test_front_matter_delimiters(tmp_path, text, meta, body_line):
    if meta is None:
        with pytest.raises(UserError, match="invalid YAML"):
            source(tmp_path, "a.md", text.encode())
        return
    src = source(tmp_path, "a.md", text.encode())
    assert (src.meta, src.text, src.body_line) == (meta, "正文\n", body_line)


def test_toml_front_matter_is_named(tmp_path):
    with pytest.raises(UserError, match=r"TOML front matter \(between \+\+\+ lines\) is not supported"):
        source(tmp_path, "a.md", '+++\ntitle = "t"\n+++\n正文\n'.encode())

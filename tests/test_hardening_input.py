"""Every bad input file gets a clear answer, and the rest of the site still builds.

One site holds all the bad files next to good ones; it is built once (and
through the CLI) and each test checks one file's fate: the warning names the
file (and line or byte), good articles are built, no user file is touched.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builder.decode import MAX_FILE_BYTES
from builder.pipeline import build
from tests.conftest import ROOT, SEEDS, make_site

SEED_000 = SEEDS[0].read_text(encoding="utf-8")  # Simplified
SEED_004 = SEEDS[4].read_text(encoding="utf-8")  # Traditional


def encodable(text: str, codec: str) -> str:
    """text without the characters codec cannot encode (Big5 lacks some)."""
    return "".join(ch for ch in text if ch.encode(codec, errors="ignore"))


def md(title: str, body: str = "正文第一段。", **front: str) -> str:
    lines = [f"title: {title}"] + [f"{k}: {v}" for k, v in front.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body + "\n"


NOISE = bytes(range(256)) * 2  # stands in for the rest of a binary file

# name -> bytes of a file that must build; `marker` text must show on its page.
GOOD = {
    "utf8.md": (md("无BOM文章", "无BOM正文内容。", slug="utf8").encode(), "无BOM正文内容"),
    "utf8-bom.md": (("\ufeff" + md("带BOM文章", "带BOM正文内容。", slug="utf8-bom")).encode(), "带BOM正文内容"),
    "utf16le.md": (md("小端文章", "小端正文内容。", slug="utf16le").encode("utf-16"), "小端正文内容"),
    "utf16be.md": (b"\xfe\xff" + md("大端文章", "大端正文内容。", slug="utf16be").encode("utf-16-be"), "大端正文内容"),
    "gbk.txt": (SEED_000.encode("gbk", errors="ignore"), "头脑风暴激扬发展活力"),
    "gbk.md": (md("国标文章", "国标编码的正文内容。", slug="gbk-md").encode("gbk"), "国标编码的正文内容"),
    "big5.txt": (encodable(SEED_004, "big5").encode("big5"), "解放思想大討論正如火如荼地開展"),
    "big5.md": (md("繁體文章", "繁體編碼的正文內容。", slug="big5-md").encode("big5"), "繁體編碼的正文內容"),
    "crlf.md": (md("回车换行", "回车换行正文。", slug="crlf").replace("\n", "\r\n").encode(), "回车换行正文"),
    "cr.md": (md("旧式回车", "旧式回车正文。", slug="cr").replace("\n", "\r").encode(), "旧式回车正文"),
    "few-nuls.md": (md("空字符", "空字符\0正文。", slug="few-nuls").encode(), "空字符正文"),
    "a/b/c/nested.md": (md("嵌套目录", "嵌套目录正文。", slug="nested").encode(), "嵌套目录正文"),
    "unknown-key.md": (md("未知键", "未知键正文。", slug="unknown-key", titel="x").encode(), "未知键正文"),
    "linked.md": (md("被链接的文章", "被链接的正文。").encode(), "被链接的正文"),
}

# name -> (bytes, pattern the warning about it must match after "<path>").
BAD = {
    "bad-utf8.txt": (
        "一行文字\n".encode() * 30 + "坏字节".encode() + b"\xff" + "尾巴".encode() * 30,
        r":31: not valid UTF-8 text at byte 399 \(bytes ff e5 b0 be\)",
    ),
    "truncated-utf8.md": (
        md("截断", "截断的文件" * 20).encode() + "中".encode()[:2],
        r":5: not valid UTF-8 text at byte 323 \(bytes e4 b8\)",
    ),
    "empty.txt": (b"", r": empty article"),
    "blank.txt": (" \n\t\r\n\u3000\n".encode(), r": empty article"),
    "bom-only.md": (b"\xef\xbb\xbf", r": empty article"),
    "front-only.md": (md("只有标题", "").encode(), r": empty article: no text after the front matter"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + NOISE, r": not a text file: it looks like a PNG image"),
    "paper.md": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + NOISE, r": not a text file: it looks like a PDF document"),
    "archive.txt": (b"PK\x03\x04" + NOISE, r": not a text file: it looks like a ZIP archive"),
    "many-nuls.txt": (
        "正文".encode() + b"\0" * 200,
        r": not a text file: \d+ of its first \d+ bytes are control bytes",
    ),
    "deep-yaml.md": (
        "---\ntitle: t\ndate: 2022-01-01\ntags:\n  - a\n  - b\nsource: s\nsummary: [unclosed\n---\n正文。\n".encode(),
        r":9: invalid YAML front matter, column 1: .* \(while parsing a flow sequence that starts on line 8, column 10\)",
    ),
    "list-front.md": (b"---\n- a\n- b\n---\n\xe6\xad\xa3\n", r":2: front matter must be a mapping"),
    "bad-date.md": (
        md("t", date="2022-13-45").encode(),
        r":3: invalid value in YAML front matter: month must be in 1\.\.12",
    ),
    "text-date.md": (md("t", date="tomorrow").encode(), r":3: front matter 'date' must be a date"),
    "tags-number.md": (md("t", tags="3").encode(), r":3: front matter 'tags' must be a list of strings"),
    "tags-map.md": (md("t", tags="{a: 1}").encode(), r":3: front matter 'tags' must be a list of strings"),
    "slug-chinese.md": (md("t", slug="中文").encode(), r":3: front matter 'slug' must be lowercase ASCII"),
    "slug-path.md": (md("t", slug="../../etc").encode(), r":3: front matter 'slug' must be lowercase ASCII"),
    "slug-upper.md": (md("t", slug="Hello-World").encode(), r":3: front matter 'slug' must be lowercase ASCII"),
    "js-source.md": (
        md("t", source="javascript:alert(1)").encode(),
        r":3: front matter 'source' holds a javascript: URL",
    ),
    "js-spaced.md": (
        md("t", summary="' JaVa\tScRiPt:alert(1)'").encode(),
        r":3: front matter 'summary' holds a javascript: URL",
    ),
    "vb-author.md": (
        md("t", authors="[ok, 'vbscript:msgbox(1)']").encode(),
        r":3: front matter 'authors' holds a vbscript: URL",
    ),
    "data-tag.md": (
        md("t", tags="['data:text/html;base64,PHNjcmlwdD4=']").encode(),
        r":3: front matter 'tags' holds a data: URL",
    ),
}

IGNORED = [
    ".#lock.md",
    ".#link-lock.md",
    "draft.md.swp",
    "draft.md~",
    ".DS_Store",
    "#autosave.md#",
    ".hidden/x.md",
    "_drafts/y.md",
]


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every user file: content/ (through links), layouts/, site.toml, the outside folder."""
    files = {}
    for top in ("content", "layouts", "site.toml", "outside"):
        for path in [root / top, *sorted((root / top).rglob("*"))]:
            if path.is_file():
                files[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def make_bad_site(root: Path) -> Path:
    config = make_site(root)
    content = root / "content"
    for name, (data, _) in [*GOOD.items(), *BAD.items()]:
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_bytes(data)
    with open(content / "huge.txt", "wb") as f:  # sparse: no real disk use
        f.truncate(MAX_FILE_BYTES)
    os.mkfifo(content / "pipe.md")  # reading it would block forever
    with open(os.fsencode(content) + b"/" + "新闻.md".encode("gbk"), "wb") as f:  # unzipped from Windows
        f.write(md("文件名", "文件名是国标编码。").encode())
    for name in IGNORED:
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        if "link" in name:  # how Emacs leaves its lock files: a link to nowhere
            (content / name).symlink_to("user@host.1234")
        else:
            (content / name).write_bytes(b"\0\xff not an article")
    outside = root / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.md").write_text(md("外部文件", "外部正文。", slug="secret"), encoding="utf-8")
    (outside / "folder" / "more.md").write_text(md("外部目录", "外部目录正文。", slug="more"), encoding="utf-8")
    (content / "escape.md").symlink_to(outside / "secret.md")
    (content / "escape-dir").symlink_to(outside / "folder", target_is_directory=True)
    (content / "dangling.md").symlink_to(content / "no-such-file.md")
    (content / "inside-link.md").symlink_to(content / "linked.md")
    (content / "inside-dir").symlink_to(content / "a", target_is_directory=True)
    return config


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-site")
    config = make_bad_site(root)
    before = snapshot(root)
    report = build(config, log=lambda *_: None)
    return root, report, before


def warnings_about(report, name: str) -> list[str]:
    """Warnings of the load stage about content/name: they start with the file's full path."""
    return [w for w in report.warnings if re.search(rf"/content/{re.escape(name)}(:|$)", w.split(" ")[0])]


def pages_with(output: Path, text: str) -> list[Path]:
    return [p for p in output.glob("articles/*/index.html") if text in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("name", list(GOOD))
def test_good_files_are_built(built, name):
    root, report, _ = built
    marker = GOOD[name][1]
    assert pages_with(root / "public", marker), f"{name}: no page shows {marker!r}"


@pytest.mark.parametrize("name", [n for n in GOOD if n not in ("few-nuls.md", "unknown-key.md")])
def test_good_files_have_no_warning(built, name):
    assert warnings_about(built[1], name) == []


@pytest.mark.parametrize("name", list(BAD))
def test_bad_files_are_reported_by_name_and_place(built, name):
    root, report, _ = built
    found = warnings_about(report, name)
    assert len(found) == 1, (name, report.warnings)
    assert re.search(re.escape(name) + BAD[name][1], found[0]), found[0]


@pytest.mark.parametrize(
    "name, pattern",
    [
        ("few-nuls.md", r"few-nuls\.md: removed 1 control character \(U\+0000\)$"),
        ("unknown-key.md", r"unknown-key\.md:4: unknown front matter key 'titel' ignored; did you mean 'title'\?"),
        ("huge.txt", r"huge\.txt: file is 20\.0 MB; files of 20 MB or more are skipped"),
        ("pipe.md", r"pipe\.md: not a regular file"),
        (
            "\ufffd" * 4 + ".md",
            r"\ufffd{4}\.md: file name is not valid UTF-8 \(in GB18030 it reads '新闻\.md'\); rename the file",
        ),
        ("escape.md", r"escape\.md: symbolic link to a file outside the content folder \(.*secret\.md\); refused"),
        ("escape-dir", r"escape-dir: symbolic link to a folder outside the content folder \(.*folder\); refused"),
        ("dangling.md", r"dangling\.md: cannot read: the file \(or the target of its symbolic link\) does not exist"),
    ],
)
def test_other_files_get_one_clear_warning(built, name, pattern):
    found = warnings_about(built[1], name)
    assert len(found) == 1 and re.search(pattern, found[0]), (name, built[1].warnings)


def test_files_outside_content_are_not_built(built):
    root, _, _ = built
    assert not pages_with(root / "public", "外部正文") and not pages_with(root / "public", "外部目录正文")


def test_links_inside_content_are_followed(built):
    root, report, _ = built
    assert warnings_about(report, "inside-link.md") == [] and warnings_about(report, "inside-dir") == []
    assert len(pages_with(root / "public", "被链接的正文")) == 2  # linked.md and the link to it
    assert len(pages_with(root / "public", "嵌套目录正文")) == 1  # the linked folder is not walked twice


def test_hidden_and_temp_files_are_ignored_silently(built):
    report = built[1]
    for name in IGNORED:
        assert not [w for w in report.warnings if f"/{name}" in w], name


def test_no_user_file_changed(built):
    root, _, before = built
    assert snapshot(root) == before


def test_seed_encodings_round_trip(tmp_path):
    """Seeds re-encoded as GBK, GB18030 and Big5 decode to the very same text."""
    from builder.load import load_source

    cases = [(s.read_text(encoding="utf-8"), codec) for s in SEEDS[:4] for codec in ("gbk", "gb18030")]
    cases += [(encodable(SEED_004, codec), codec) for codec in ("big5", "cp950", "gbk", "utf-16")]
    for i, (text, codec) in enumerate(cases):
        text = encodable(text, codec)
        path = tmp_path / f"{i}.txt"
        path.write_bytes(text.encode(codec))
        assert load_source(path, tmp_path).text == text.replace("\r\n", "\n"), codec


# --- the command line ---------------------------------------------------------------


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "builder", "build", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def cli_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-site")
    make_bad_site(root)
    return root, snapshot(root)


def test_cli_warns_by_file_and_exits_0(cli_site):
    root, before = cli_site
    result = run_cli(root)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    for name in [*BAD, "huge.txt", "escape.md", "pipe.md"]:
        assert any(name in line for line in warned), name
    assert (root / "public" / "articles" / "utf8" / "index.html").is_file()
    assert snapshot(root) == before


def test_cli_strict_exits_1(cli_site):
    root, before = cli_site
    result = run_cli(root, "--strict")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "--strict" in result.stderr
    assert snapshot(root) == before


def test_cli_extract_of_a_bad_file_is_one_line(tmp_path):
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    result = subprocess.run(
        [sys.executable, "-m", "builder", "extract", str(tmp_path / "image.md")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "image.md: not a text file" in result.stderr

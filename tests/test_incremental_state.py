"""Incremental builds equal clean builds, whatever the user does between them.

A Hypothesis state machine edits a small site — adds, removes, renames and
edits articles (text, title, date, tags, draft), edits templates (one that
reads more of the site than before too), changes settings, touches a file
without changing it — and after every step compares the output of an
incremental build with that of a clean build of the same inputs, byte for
byte (the output's own manifest aside).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from builder.config import load_config
from builder.pipeline import Builder, build
from tests.conftest import ROOT

EXAMPLES = int(os.environ.get("STATE_EXAMPLES", "25" if os.environ.get("CI") else "6"))
TITLES = ["示例县召开经济工作会议", "全市推进招商引资工作", "区委理论学习中心组集体学习", "县政府常务会议研究民生工作"]
BODIES = [
    "3月1日，示例县召开经济工作会议。县委书记王立新主持会议并讲话，提出“项目为王、创新强县”。",
    "会议指出，全年地区生产总值增长6%，新开工重点项目120个。",
    "区长李国强强调，要抓好“六稳”“六保”工作，推动高质量发展。",
    "全市新增市场主体2.3万户，同比增长12%。",
]
MANIFEST = ".zhaiyao-output"


def article(title: str, date: str | None, tags: list[str], body: str, draft: bool) -> str:
    lines = ["---", f"title: {title}"]
    if date:
        lines.append(f"date: {date}")
    if tags:
        lines.append("tags: [" + ", ".join(tags) + "]")
    if draft:
        lines.append("draft: true")
    return "\n".join(lines + ["---", body, ""])


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST
    }


class SiteEdits(RuleBasedStateMachine):
    @initialize()
    def make_site(self):
        import tempfile

        self.root = Path(tempfile.mkdtemp(prefix="zhaiyao-state-"))
        (self.root / "content").mkdir()
        shutil.copytree(ROOT / "layouts", self.root / "layouts")
        self.paginate = 2
        self.write_config()
        self.names: list[str] = []
        self.made = 0  # articles ever made: each new file gets a new name
        for i in range(3):
            self.add_article(i, 0, i, [], False)
        self.build_and_compare()

    def write_config(self):
        (self.root / "site.toml").write_text(
            f'title = "测试站"\nbase_url = "/"\nsearch = false\npaginate = {self.paginate}\n', encoding="utf-8"
        )
        # as `serve` keeps one Builder (and its site model, reused while only contents change),
        # made anew when site.toml changes
        self.served = Builder(
            load_config(self.root / "site.toml"),
            self.root.parent / (self.root.name + "-served"),
            log=lambda *_: None,
            atomic=False,
        )

    def add_article(self, title: int, day: int, body: int, tags: list[str], draft: bool):
        self.made += 1
        name = f"a{self.made}.md"
        date = f"2024-03-{day + 1:02d}" if day >= 0 else None
        (self.root / "content" / name).write_text(
            article(TITLES[title], date, tags, BODIES[body], draft), encoding="utf-8"
        )
        self.names.append(name)

    @rule(
        title=st.integers(0, 3),
        day=st.integers(-1, 27),
        body=st.integers(0, 3),
        tags=st.lists(st.sampled_from(["经济", "民生", "招商"]), max_size=2, unique=True),
        draft=st.booleans(),
    )
    def add(self, title, day, body, tags, draft):
        self.add_article(title, day, body, tags, draft)

    @precondition(lambda self: len(self.names) > 1)
    @rule(data=st.data())
    def remove(self, data):
        name = data.draw(st.sampled_from(self.names))
        (self.root / "content" / name).unlink()
        self.names.remove(name)

    @precondition(lambda self: self.names)
    @rule(data=st.data())
    def rename(self, data):
        name = data.draw(st.sampled_from(self.names))
        new = "r" + name
        (self.root / "content" / name).rename(self.root / "content" / new)
        self.names[self.names.index(name)] = new

    @precondition(lambda self: self.names)
    @rule(
        data=st.data(),
        title=st.integers(0, 3),
        day=st.integers(-1, 27),
        body=st.integers(0, 3),
        tags=st.lists(st.sampled_from(["经济", "民生", "招商"]), max_size=2, unique=True),
        draft=st.booleans(),
    )
    def edit(self, data, title, day, body, tags, draft):
        name = data.draw(st.sampled_from(self.names))
        date = f"2024-03-{day + 1:02d}" if day >= 0 else None
        (self.root / "content" / name).write_text(
            article(TITLES[title], date, tags, BODIES[body], draft), encoding="utf-8"
        )

    @precondition(lambda self: self.names)
    @rule(data=st.data())
    def touch(self, data):
        path = self.root / "content" / data.draw(st.sampled_from(self.names))
        path.write_bytes(path.read_bytes())
        os.utime(path, None)

    @rule(template=st.sampled_from(["about.html", "index.html", "tag.html", "_card.html"]), reads_more=st.booleans())
    def edit_template(self, template, reads_more):
        path = self.root / "layouts" / template
        text = path.read_text(encoding="utf-8")
        if reads_more and template in ("about.html", "index.html"):  # a template that now reads what it did not
            more = {  # of its own view: the newest title on the home page, every tag count on the about page
                "index.html": "<p>最新：{{ articles[0].story.title if articles }}</p>",
                "about.html": "<p>{{ tag_counts|dictsort }}</p>",
            }[template]
            text = text.replace("{% endblock %}", more + "{% endblock %}", 1)
        else:
            text += "{# " + str(len(text)) + " #}\n"
        path.write_text(text, encoding="utf-8")

    @rule(paginate=st.integers(1, 4))
    def change_paginate(self, paginate):
        self.paginate = paginate
        self.write_config()

    @invariant()
    def incremental_equals_clean(self):
        if hasattr(self, "root"):
            self.build_and_compare()

    def build_and_compare(self):
        build(self.root / "site.toml", log=lambda *_: None)
        clean = self.root.parent / (self.root.name + "-clean")
        shutil.rmtree(clean, ignore_errors=True)
        build(self.root / "site.toml", output=clean, log=lambda *_: None)
        self.served.build()
        fresh = tree(clean)
        for built in (self.root / "public", self.root.parent / (self.root.name + "-served")):
            incremental = tree(built)
            stale = sorted(p for p in fresh if incremental.get(p) != fresh[p])
            extra = sorted(set(incremental) - set(fresh))
            assert not stale and not extra, f"{built.name}: stale: {stale[:5]} left over: {extra[:5]}"
        shutil.rmtree(clean, ignore_errors=True)

    def teardown(self):
        if hasattr(self, "root"):
            shutil.rmtree(self.root, ignore_errors=True)
            shutil.rmtree(self.root.parent / (self.root.name + "-served"), ignore_errors=True)


SiteEdits.TestCase.settings = settings(max_examples=EXAMPLES, stateful_step_count=8, deadline=None)
TestIncrementalEqualsClean = SiteEdits.TestCase


def test_the_stale_home_page_of_issue_18(tmp_path):
    """paginate = 2, three articles, build; a fourth dated earlier, build again: the
    home page must count four, as a clean build does."""
    (tmp_path / "content").mkdir()
    shutil.copytree(ROOT / "layouts", tmp_path / "layouts")
    (tmp_path / "site.toml").write_text(
        'title = "测试站"\nbase_url = "/"\nsearch = false\npaginate = 2\n', encoding="utf-8"
    )
    for i in range(3):
        (tmp_path / "content" / f"a{i}.md").write_text(
            article(TITLES[i], f"2024-03-1{i}", [], BODIES[i], False), encoding="utf-8"
        )
    build(tmp_path / "site.toml", log=lambda *_: None)
    (tmp_path / "content" / "a3.md").write_text(
        article(TITLES[3], "2024-03-01", [], BODIES[3], False), encoding="utf-8"
    )
    build(tmp_path / "site.toml", log=lambda *_: None)
    build(tmp_path / "site.toml", output=tmp_path / "clean", log=lambda *_: None)
    home = (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
    assert home == (tmp_path / "clean" / "index.html").read_text(encoding="utf-8")
    assert "4 篇" in home

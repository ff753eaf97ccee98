"""Shared fixtures: a throwaway site folder with the project's layouts."""

from __future__ import annotations

import os
import shutil
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "content").glob("*.txt"))

MARKDOWN_ARTICLE = """---
title: 示例县召开经济工作会议
date: 2022-03-01
tags: [经济]
source: 示例日报
authors: [张三]
---
3月1日，示例县召开经济工作会议。会议提出“项目为王、创新强县”的发展思路。

## 主要目标

全年地区生产总值增长**6%**，新开工项目120个。
"""


def make_site(root: Path, base_url: str = "/", articles: dict[str, str] | None = None, seeds: bool = False) -> Path:
    """Write site.toml, content/ and layouts/ under root; returns site.toml's path."""
    (root / "content").mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "layouts", root / "layouts", dirs_exist_ok=True)
    if seeds:
        for seed in SEEDS:
            shutil.copy(seed, root / "content" / seed.name)
    for name, text in (articles or {}).items():
        path = root / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = root / "site.toml"
    config.write_text(f'title = "测试站"\nbase_url = "{base_url}"\n', encoding="utf-8")
    return config


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    make_site(tmp_path, articles={"example.md": MARKDOWN_ARTICLE})
    return tmp_path


# Property tests: 200 examples locally, 2,000 in CI (issue 7), or HYPOTHESIS_EXAMPLES.
PROPERTY_EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "2000" if os.environ.get("CI") else "200"))
PROPERTY = settings(max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    """(status, body) of a GET; an HTTP error is a status, not an exception."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")

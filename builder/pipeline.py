"""The one place that runs the stages: load → clean → extract → site → render → write.

Stages never call each other; each takes the previous stage's data object.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from builder import clean, extract, load, render, site, write
from builder.config import Config, load_config
from builder.errors import UserError


@dataclass
class BuildReport:
    articles: int = 0
    pages: int = 0
    written: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage
    warnings: list[str] = field(default_factory=list)


def process(source: load.Source) -> list[site.Processed]:
    """Clean and extract one source file: a pure function of its contents."""
    return [site.Processed(story, extract.extract(story)) for story in clean.clean(source)]


def digest_file(path: Path) -> dict:
    """The JSON digest of one article file (the `extract` command)."""
    path = Path(path)
    if not path.is_file():
        raise UserError("no such article file", path)
    source = load.load_source(path.resolve(), path.resolve().parent)
    return site.digest_json(process(source))


def build(config_path: Path, output: Path | None = None, log: Callable[[str], None] = print) -> BuildReport:
    config = load_config(config_path)
    return build_site(config, output or config.output_path, log)


def build_site(config: Config, output: Path, log: Callable[[str], None] = print) -> BuildReport:
    report = BuildReport()
    clock = _Clock(report.seconds)
    if not config.content_path.is_dir():
        raise UserError("content folder not found", config.content_path)

    with clock("load"):
        sources = []
        for path in load.find_articles(config.content_path):
            try:
                sources.append(load.load_source(path, config.content_path))
            except UserError as exc:  # one bad file never stops the build
                report.warnings.append(str(exc))
    with clock("clean+extract"):
        processed = []
        for source in sources:
            try:
                processed.extend(process(source))
            except UserError as exc:
                report.warnings.append(str(exc))
        for item in processed:
            report.warnings.extend(f"{item.story.source}: {w}" for w in item.story.warnings)
    with clock("model"):
        model = site.build_model(config, processed)
    with clock("render"):
        pages = render.render_site(config, model)
    with clock("write"):
        write.check_output_folder(output, [config.root, config.content_path, config.layouts_path])
        report.written = write.write_site(output, pages)
    report.articles = len(model.articles)
    report.pages = len(pages)
    total = sum(report.seconds.values())
    log(f"built {report.articles} articles, {report.pages} files ({report.written} changed) into {output} in {total:.2f} s")
    return report


class _Clock:
    """Adds the wall time of each `with clock(stage):` block to a dict."""

    def __init__(self, seconds: dict[str, float]):
        self.seconds = seconds

    def __call__(self, stage: str):
        self.stage = stage
        return self

    def __enter__(self):
        self.start = time.perf_counter()

    def __exit__(self, *exc):
        self.seconds[self.stage] = self.seconds.get(self.stage, 0.0) + time.perf_counter() - self.start

"""`serve`: build into a temporary folder, serve it with live reload, rebuild on change.

The preview never touches public/: a dev build there could be deployed by
mistake. A failed rebuild shows its error as the page instead of stopping.
"""
from __future__ import annotations

import dataclasses
import html
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from livereload import Server

from builder.config import load_config
from builder.errors import UserError
from builder.pipeline import Builder
from builder.write import forget_manifest


def serve(config_path: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    output = Path(tempfile.mkdtemp(prefix="zhaiyao-serve-"))
    # One Builder for the session (new only when site.toml changes): processed
    # articles stay in memory and files are replaced in place, so a save
    # re-renders only the pages it affects.
    state: dict = {"builder": None, "broken": False}
    indexer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-index")

    def rebuild() -> None:
        try:
            config = dataclasses.replace(load_config(config_path), base_url="/")  # served at the root
            previous = state["builder"]
            if previous is None or previous.config != config:
                state["builder"] = Builder(config, output, atomic=False, search_in_background=indexer)
                if previous is not None:
                    state["builder"].memory = previous.memory
            if state["broken"]:  # the error page replaced real pages: check them all again
                forget_manifest(output)
            report = state["builder"].build()
            state["broken"] = False
            for warning in report.warnings:
                print(f"warning: {warning}")
        except UserError as exc:
            state["broken"] = True
            page = ERROR_PAGE.format(message=html.escape(str(exc)))
            output.mkdir(parents=True, exist_ok=True)
            for name in ("index.html", "404.html"):
                (output / name).write_text(page, encoding="utf-8")
            print(f"error: {exc}")

    rebuild()
    if state["builder"] is None:
        raise UserError("cannot start: fix the error above first", config_path)
    config = state["builder"].config
    server = Server()
    for path in (config.content_path, config.layouts_path, Path(config_path)):
        server.watch(str(path), rebuild)
    print(f"serving {output} at http://{host}:{port}/ (Ctrl-C to stop)")
    try:
        server.serve(host=host, port=port, root=str(output), open_url_delay=None)
    finally:
        indexer.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(output, ignore_errors=True)


ERROR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
<style>body{{font:16px/1.6 system-ui,sans-serif;margin:2rem;background:#2b0b0b;color:#ffe9e9}}
pre{{white-space:pre-wrap;background:#000;padding:1rem;border-radius:6px}}</style></head>
<body><h1>构建失败 · Build failed</h1><pre>{message}</pre>
<p>Fix the file and save: this page reloads by itself.</p></body></html>
"""

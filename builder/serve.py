"""`serve`: build into a temporary folder, serve it with live reload, rebuild on change.

The preview never touches public/: a dev build there could be deployed by
mistake. A failed rebuild shows its error as the page instead of stopping.
"""
from __future__ import annotations

import dataclasses
import html
import shutil
import tempfile
from pathlib import Path

from livereload import Server

from builder.config import load_config
from builder.errors import UserError
from builder.pipeline import build_site


def serve(config_path: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    config = dataclasses.replace(load_config(config_path), base_url="/")  # served at the root
    output = Path(tempfile.mkdtemp(prefix="zhaiyao-serve-"))

    def rebuild() -> None:
        try:
            build_site(config, output)
        except UserError as exc:
            message = html.escape(str(exc))
            (output / "index.html").write_text(
                f"<!doctype html><meta charset=utf-8><title>构建失败</title><h1>Build failed</h1><pre>{message}</pre>",
                encoding="utf-8",
            )
            print(f"error: {exc}")

    rebuild()
    server = Server()
    for path in (config.content_path, config.layouts_path, Path(config_path)):
        server.watch(str(path), rebuild)
    print(f"serving {output} at http://{host}:{port}/ (Ctrl-C to stop)")
    try:
        server.serve(host=host, port=port, root=str(output), open_url_delay=None)
    finally:
        shutil.rmtree(output, ignore_errors=True)

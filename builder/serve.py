"""`serve`: build into a temporary folder, serve it with live reload, rebuild on change.

The preview never touches public/: a dev build there could be deployed by
mistake. A failed rebuild shows its error as the page instead of stopping.

livereload serves the pages and tells the browser to reload; the watching is
ours. Its own watcher polls the whole tree every 0.8 s and ignores a second
save within 3 s of a reload; `watchfiles` (inotify) reports a save within
~30 ms, and the browser reloads as soon as the rebuild is done.
"""

from __future__ import annotations

import dataclasses
import html
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import watchfiles
from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher

from builder.config import load_config
from builder.errors import UserError
from builder.pipeline import Builder


def serve(config_path: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    output = Path(tempfile.mkdtemp(prefix="zhaiyao-serve-"))
    # One Builder for the session (new only when site.toml changes): processed
    # articles stay in memory and files are replaced in place, so a save
    # re-renders only the pages it affects.
    state: dict = {"builder": None, "error_page": None}  # error_page: set while the last rebuild failed
    indexer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-index")

    def rebuild() -> None:
        try:
            config = dataclasses.replace(load_config(config_path), base_url="/")  # served at the root
            previous = state["builder"]
            if previous is None or previous.config != config:
                state["builder"] = Builder(config, output, atomic=False, search_in_background=indexer)
                if previous is not None and previous.settings == state["builder"].settings:
                    state["builder"].memory = previous.memory  # extracted with the same settings
            report = state["builder"].build()
            state["error_page"] = None
            for warning in report.warnings:
                print(f"warning: {warning}")
        except UserError as exc:
            state["error_page"] = ERROR_PAGE.format(message=html.escape(str(exc)))  # every page shows it
            print(f"error: {exc}")

    rebuild()
    if state["builder"] is None:
        raise UserError("cannot start: fix the error above first", config_path)
    # The first build extracted in worker processes: load the segmenter and the name
    # tagger here too, in the background, so that the first save does not wait for them.
    threading.Thread(target=_warm_extractors, name="warm-extractors", daemon=True).start()
    config = state["builder"].config
    folders = [str(p) for p in (config.content_path, config.layouts_path) if p.is_dir()]
    watcher = _SaveWatcher(folders, Path(config_path).resolve(), rebuild)
    print(f"serving {output} at http://{host}:{port}/ (Ctrl-C to stop)")
    try:
        server = Server(watcher=watcher)
        server.SFH = _site_files(state)
        server.serve(host=host, port=port, root=str(output), open_url_delay=None)
    finally:
        watcher.stop.set()
        indexer.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(output, ignore_errors=True)


def _warm_extractors() -> None:
    from builder.extract import ner, segment

    segment.preload()
    ner.load()


def _site_files(state: dict):
    """livereload's file handler, which adds its reload script to every HTML page, with
    two pages of ours: the build error in place of every page while the last rebuild
    failed, and the site's 404.html for a missing page (Tornado's own has no <head>
    for the script, so a page that comes back would never reload)."""

    class SiteFiles(StaticFileHandler):
        own_page = False  # a page of ours is not a file: no ETag from one

        def get(self, path, include_body=True):
            if state["error_page"] is not None and (path == "" or path.endswith(("/", ".html"))):
                return self._own(state["error_page"])
            return super().get(path, include_body)

        def write_error(self, status_code, **kwargs):
            page = Path(self.root) / "404.html"
            if status_code == 404 and page.is_file():
                return self._own(page.read_bytes())
            return super().write_error(status_code, **kwargs)

        def compute_etag(self):
            return None if self.own_page else super().compute_etag()

        def _own(self, body):
            self.own_page = True
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            return self.finish(body)

    return SiteFiles


class _SaveWatcher(Watcher):
    """Rebuilds on every batch of saves, then reloads the open pages at once."""

    def __init__(self, folders: list[str], config_file: Path, rebuild):
        super().__init__()
        self.folders, self.config_file, self.rebuild = folders, config_file, rebuild
        self.stop, self.lock = threading.Event(), threading.Lock()

    def start(self, callback) -> bool:
        """Called by livereload in its event-loop thread: True means "no polling"."""
        from tornado.ioloop import IOLoop

        loop = IOLoop.current()
        # site.toml is watched through its folder, not recursively (that folder holds .venv,
        # .git…), and by name, since editors often save by replacing the file
        is_config = lambda change, path: Path(path) == self.config_file  # noqa: E731
        skip_swap_files = watchfiles.DefaultFilter()
        for paths, recursive, only in (
            (self.folders, True, skip_swap_files),
            ([str(self.config_file.parent)], False, is_config),
        ):
            if paths:
                threading.Thread(target=self._run, args=(loop, paths, recursive, only), daemon=True).start()
        return True

    def examine(self):
        return None, None  # nothing for livereload's poller: we push reloads ourselves

    def _run(self, loop, paths: list[str], recursive: bool, only) -> None:
        # step: yield 30 ms after the last change of a burst (an editor's save is several events)
        for _ in watchfiles.watch(
            *paths, watch_filter=only, recursive=recursive, step=30, stop_event=self.stop, raise_interrupt=False
        ):
            with self.lock:
                self.rebuild()
            loop.add_callback(LiveReloadHandler.reload_waiters)


ERROR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
<style>body{{font:16px/1.6 system-ui,sans-serif;margin:2rem;background:#2b0b0b;color:#ffe9e9}}
pre{{white-space:pre-wrap;background:#000;padding:1rem;border-radius:6px}}</style></head>
<body><h1>构建失败 · Build failed</h1><pre>{message}</pre>
<p>Fix the file and save: this page reloads by itself.</p></body></html>
"""

"""Command line: build, serve, new, screenshots, extract.

Exit codes: 0 success, 1 a user error (message names file and cause, no
traceback), 2 a usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from builder import __version__
from builder.errors import UserError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m builder", description="Zhaiyao: a static digest site from Chinese news articles."
    )
    parser.add_argument("--version", action="version", version=f"zhaiyao {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build",
        help="build the site into the output folder",
        description="Build the site into the output folder (public/ by default).",
    )
    build.add_argument(
        "--config", type=Path, default=Path("site.toml"), help="path to site.toml (default: ./site.toml)"
    )
    build.add_argument("--output", type=Path, help="output folder (default: output_dir of site.toml)")
    build.add_argument("--base-url", help="override base_url of site.toml (e.g. the URL GitHub Pages gives)")
    build.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        help="worker processes for cleaning, extraction, rendering and search shards (default: number of cores)",
    )
    build.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    build.add_argument("--verbose", "-v", action="store_true", help="also print the time of each stage")
    build.add_argument("--strict", action="store_true", help="fail (exit 1) when there is any warning")
    build.add_argument(
        "--no-wait",
        action="store_true",
        help="exit 1 at once when another build is writing the same output (default: wait for it)",
    )

    serve = commands.add_parser(
        "serve",
        help="preview the site with live reload",
        description="Build into a temporary folder, serve it and rebuild on every change.",
    )
    serve.add_argument(
        "--config", type=Path, default=Path("site.toml"), help="path to site.toml (default: ./site.toml)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")

    new = commands.add_parser(
        "new",
        help="create a new site that builds at once",
        description="Create a site folder: site.toml, content/ with an example article, .gitignore and the GitHub Pages workflow. Templates come from the built-in theme; copy a file into layouts/ to change it.",
    )
    new.add_argument("folder", type=Path, help="a new or empty folder")

    shots = commands.add_parser(
        "screenshots",
        help="save PNGs of key pages at phone and desktop sizes",
        description="Build into a temporary folder, serve it locally and save PNGs of the home page, an article, a tag page and a search (needs playwright and Chromium).",
    )
    shots.add_argument(
        "--config", type=Path, default=Path("site.toml"), help="path to site.toml (default: ./site.toml)"
    )
    shots.add_argument(
        "--out", type=Path, default=Path("screenshots"), help="folder for the PNGs (default: ./screenshots)"
    )
    shots.add_argument("--query", default="高质量发展", help="what the search screenshot searches for")
    shots.add_argument("--full-page", action="store_true", help="capture whole pages, not just the first screen")

    extract = commands.add_parser(
        "extract",
        help="print one article's digest as JSON",
        description="Clean and extract one article file and print its digest as JSON on stdout.",
    )
    extract.add_argument("path", type=Path, help="an article file (.txt or .md)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            from builder.pipeline import build

            report = build(
                args.config,
                output=args.output,
                log=(lambda *_: None) if args.quiet else _log,
                jobs=args.jobs,
                base_url=args.base_url,
                progress=not args.quiet,
                wait=not args.no_wait,
            )
            if args.verbose:
                _log("stages: " + ", ".join(f"{stage} {seconds:.3f} s" for stage, seconds in report.seconds.items()))
            for warning in report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            if report.warnings and args.strict:
                print(f"error: {len(report.warnings)} warning(s) and --strict was given", file=sys.stderr)
                return 1
            return 0
        if args.command == "serve":
            from builder.serve import serve

            serve(args.config, host=args.host, port=args.port)
            return 0
        if args.command == "new":
            from builder.new import new_site

            for path in new_site(args.folder):
                print(f"wrote {path}")
            print(f"next: cd {args.folder} && python -m builder build")
            return 0
        if args.command == "screenshots":
            from builder.screenshots import take_screenshots

            take_screenshots(args.config, args.out, query=args.query, full_page=args.full_page, log=_log)
            return 0
        if args.command == "extract":
            from builder.pipeline import digest_file

            json.dump(digest_file(args.path), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a file the system refused outside the write stage: one line, no traceback
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 2


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def _log(message: str) -> None:
    print(message, file=sys.stderr)

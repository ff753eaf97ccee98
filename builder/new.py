"""`python -m builder new DIR`: a working site to start from.

It writes site.toml, content/ with one example article, a .gitignore and the
GitHub Pages workflow, and builds nowhere: `python -m builder build` in DIR
works at once, with the built-in theme (no layouts/ needed). Nothing is ever
overwritten: DIR must be new or empty.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from builder import __version__
from builder.errors import UserError

# starter file -> where it goes in the new site
FILES = {
    "site.toml": "site.toml",
    "example.md": "content/example.md",
    "gitignore": ".gitignore",
    "pages.yml": ".github/workflows/pages.yml",
}


def new_site(folder: Path) -> list[Path]:
    """Create the site in folder; the files written."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError("exists and is not an empty folder: nothing was written", folder)
    starter = resources.files("builder") / "starter"
    written = []
    for name, target in FILES.items():
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        text = (starter / name).read_text(encoding="utf-8").replace("__VERSION__", __version__)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written

"""Zhaiyao (摘要): turn a folder of raw Chinese news articles into a static digest site."""

from pathlib import Path

__version__ = "0.1.0"
# The built-in templates and static files (package data: the repository's layouts/),
# which a site's own layouts/ overrides file by file.
THEME = Path(__file__).resolve().parent / "theme"

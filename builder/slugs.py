"""ASCII slugs from Chinese text: readable pinyin, stable, cached.

Pelican's slugify once took 30 s of a 49 s build (pelican#1493): every name
here is converted once per process (lru_cache) with one pypinyin call.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slugify(text: str, max_length: int = 60) -> str:
    """'临汾市' -> 'lin-fen-shi'; ASCII words are kept; empty input gets a hash."""
    syllables = _pinyin()(text, errors=lambda chars: [chars])
    words = [_NOT_SLUG.sub("-", s.lower()).strip("-") for s in syllables]
    slug = "-".join(w for w in words if w)
    slug = re.sub(r"-{2,}", "-", slug)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "x-" + short_hash(text)


@lru_cache(maxsize=1)
def _pinyin():
    """pypinyin, imported on first use (0.2 s, and its phrase table trains on the first
    call): the clean + extract workers import this module's neighbours, not pypinyin."""
    from functools import partial

    from pypinyin import Style, lazy_pinyin

    lazy_pinyin("预热")  # loads the phrase segmenter now, where `preload` is called
    return partial(lazy_pinyin, style=Style.NORMAL)


def preload() -> None:
    _pinyin()


def short_hash(text: str, length: int = 6) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def unique_slugs(wanted: list[tuple[str, str]]) -> dict[str, str]:
    """Resolve collisions deterministically: (identity, slug) pairs -> slug by identity.

    The first identity in sorted order keeps the plain slug; the others get a
    suffix hashed from their own identity, so a slug never depends on which
    other articles happen to exist."""
    taken: dict[str, str] = {}
    out: dict[str, str] = {}
    for identity, slug in sorted(wanted):
        if slug in taken:
            slug = f"{slug}-{short_hash(identity)}"
        taken[slug] = identity
        out[identity] = slug
    return out

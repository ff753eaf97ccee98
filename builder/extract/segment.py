"""The one place that loads and calls the word segmenter.

Every extractor that needs words (people, places, organisations, topic terms)
asks this module, so a switch of segmenter or a user dictionary touches only
this file. Two backends share jieba's dictionary and tag set:
  - "rjieba": jieba-rs (the default), about 40 times faster and loaded in
    0.1 s instead of ~1.1 s; its tags differ from jieba's on ~4% of words,
    with the same scores on the seeds (see README, "Segmenter");
  - "jieba":  the reference Python implementation (used when rjieba is missing).
Choose with use_backend() or the ZHAIYAO_SEGMENTER environment variable.
The segmenter is loaded lazily, once per process: a build served entirely
from cache never pays for it.

Input is the Simplified `norm` text of a sentence (builder.text.normalise);
words are returned in order and their lengths add up to the input's length,
so offsets computed from them slice the original text too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from functools import lru_cache
from pathlib import Path

from builder import dictionary

# Parts of speech of function words: never part of a name (jieba's tag set).
FUNCTION_FLAGS = frozenset(
    {"v", "p", "c", "u", "uj", "ul", "d", "r", "m", "q", "f", "t", "x", "y", "e", "o", "vd", "ad"}
)
BACKENDS = ("jieba", "rjieba")

_lock = threading.Lock()
_backend = os.environ.get("ZHAIYAO_SEGMENTER", "rjieba")
_tag_text = None  # callable text -> iterable of (word, flag), once loaded
_entries: dict[str, int] = {}  # dictionary word -> frequency and tag (see builder/dictionary.py)
_tag_names: list[str] = []  # tag by number
_user_dict: tuple[str, str] | None = None  # (path, sha256 of its bytes) of the user dictionary in use


def current_backend() -> str:
    return _backend


def use_backend(name: str) -> None:
    """Switch segmenter ("jieba" or "rjieba"); takes effect on the next call."""
    global _backend, _tag_text
    if name not in BACKENDS:
        raise ValueError(f"unknown segmenter {name!r}: choose one of {', '.join(BACKENDS)}")
    with _lock:
        _backend, _tag_text = name, None
    clear_caches()


def _load():
    """The tagger, loaded on first use, with the dictionary table that word_tag and
    word_freq read (dictionary.entries: no import of jieba's own tagger for rjieba).
    With a user dictionary, a segmenter of its own (as jieba's Tokenizer): the
    default one, and any other dictionary's, never see its words."""
    global _tag_text, _entries, _tag_names
    if _tag_text is not None:
        return _tag_text
    with _lock:
        if _tag_text is None:
            _entries, _tag_names = dictionary.entries()
            words = _user_dict_entries(_user_dict[0]) if _user_dict else []
            if words:  # the user's words go into a copy: the cached table stays jieba's own
                _entries, numbers = dict(_entries), {tag: i for i, tag in enumerate(_tag_names)}
                for word, freq, flag in words:
                    known = _entries.get(word)
                    old_freq, old_flag = (1, "x") if known is None else dictionary.unpack(known, list(numbers))
                    _entries[word] = dictionary.pack(freq or old_freq, flag or old_flag, numbers)
                _tag_names = list(numbers)
            rjieba = _import_rjieba() if _backend == "rjieba" else None
            if rjieba is not None:
                own = rjieba.Jieba() if words else None
                for word, freq, flag in words:
                    own.add_word(word, freq, flag)
                _tag_text = own.tag if own else rjieba.tag
            else:
                _tag_text = _jieba_tagger(_user_dict[0] if words else None)
    return _tag_text


def preload() -> None:
    """Load the segmenter now (a worker does, as it starts)."""
    _load()


def _jieba_tagger(user_dict: str | None):
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    if user_dict is None:
        jieba.dt.initialize()
        return lambda text: ((p.word, p.flag) for p in jieba.posseg.dt.cut(text, HMM=True))
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tokenizer.load_userdict(user_dict)
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    tagger.makesure_userdict_loaded()  # the user words' tags into the tag table
    return lambda text: ((p.word, p.flag) for p in tagger.cut(text, HMM=True))


def _import_rjieba():
    """rjieba when installed (it is an optional speed-up), else None: jieba is used."""
    try:
        import rjieba
    except ImportError:
        logging.getLogger(__name__).warning("rjieba is not installed: segmenting with jieba")
        return None
    return rjieba


def _user_dict_entries(path: str) -> list[tuple[str, int | None, str | None]]:
    """(word, frequency, tag) of a jieba user dictionary: 'word [freq] [tag]' a line."""
    entries = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if parts:
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            flag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
            entries.append((parts[0], freq, flag))
    return entries


def use_user_dict(path: str | Path | None) -> str:
    """Segment with jieba's dictionary plus the user dictionary at path (None: none).

    Returns a key of the dictionary's contents, for cache keys. A new path, or
    new contents at the same path (an edit under `serve`), takes a segmenter
    of its own and drops the per-sentence results of the old one; the same
    dictionary again changes nothing. Raises OSError when path is unreadable."""
    global _tag_text, _user_dict
    wanted = (str(path), hashlib.sha256(Path(path).read_bytes()).hexdigest()) if path else None
    if wanted != _user_dict:
        with _lock:
            _user_dict, _tag_text = wanted, None  # reloaded with that dictionary on the next call
        clear_caches()
    return wanted[1] if wanted else ""


def clear_caches() -> None:
    """Forget every per-sentence result (after a change of segmenter or dictionary)."""
    for cached in (tag_cached, spans, token_ends, words_tagged, spans_tagged):
        cached.cache_clear()


@lru_cache(maxsize=16384)
def tag_cached(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(_load()(text))


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) pairs covering text, jieba's tag set (n, nr, ns, v …)."""
    if not text:
        return []
    return list(tag_cached(text))


@lru_cache(maxsize=16384)
def spans(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, word, flag) for every word of text (cached: each finder asks)."""
    out = []
    pos = 0
    for word, flag in tag_cached(text) if text else ():  # the cached tuple itself, not tag()'s copy
        end = pos + len(word)
        out.append((pos, end, word, flag))
        pos = end
    return tuple(out)


@lru_cache(maxsize=16384)
def token_ends(text: str) -> dict[int, int]:
    """End offset -> index of the word of spans(text) that ends there (cached like
    spans): finders look up the words that end with a character a regex found,
    instead of visiting every word."""
    return {end: i for i, (_start, end, _word, _flag) in enumerate(spans(text))}


@lru_cache(maxsize=16384)
def words_tagged(text: str) -> dict[str, tuple[int, ...]]:
    """Flag -> indices (in order) of the words of spans(text) with that flag (cached
    like spans): a finder that wants places or nouns visits only those words."""
    out: dict[str, list[int]] = {}
    for i, (_start, _end, _word, flag) in enumerate(spans(text)):
        if flag in out:
            out[flag].append(i)
        else:
            out[flag] = [i]
    return {flag: tuple(indices) for flag, indices in out.items()}


@lru_cache(maxsize=16384)
def spans_tagged(text: str, flags: frozenset[str]) -> tuple[tuple[int, int, str, str], ...]:
    """The spans(text) whose flag is one of flags, in order (cached like spans)."""
    return tuple(token for token in spans(text) if token[3] in flags)


def word_tag(word: str) -> str | None:
    """The part of speech the dictionary gives word, or None for an unknown word."""
    if _tag_text is None:  # called often: spare the call once loaded
        _load()
    entry = _entries.get(word)
    return None if entry is None else _tag_names[entry & dictionary.TAG_MASK]


def dictionary_words() -> dict[str, int]:
    """The dictionary's words (as keys), for a loop that asks about many."""
    if _tag_text is None:
        _load()
    return _entries


def is_dictionary_word(word: str) -> bool:
    return word_tag(word) is not None


def word_freq(word: str) -> int:
    """The dictionary frequency of word (0 when unknown)."""
    if _tag_text is None:
        _load()
    return _entries.get(word, 0) >> dictionary.TAG_BITS


def is_han(text: str) -> bool:
    """True when text is made of CJK ideographs only."""
    return bool(text) and all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)

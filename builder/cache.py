"""On-disk cache of clean + extract results, one file per source.

The key is a hash of the file's bytes, the code of the stages that made the
result and the extraction settings, so a cache entry from other code or
other settings is simply never looked up. A file that does not unpickle, or
whose stored checksum or key does not match, is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from builder import __version__

_HEADER = b"zhaiyao-cache-1\n"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the builder's own source and data tables: any change invalidates the cache."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.tsv")]):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


class ProcessCache:
    def __init__(self, folder: Path | None, settings: str):
        self.folder = folder
        self.salt = hashlib.sha256(f"{code_fingerprint()}\n{settings}".encode()).hexdigest()

    def key(self, source_hash: str) -> str:
        return hashlib.sha256(f"{self.salt}:{source_hash}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        # one folder per code and settings: a cold build sees at once that it has nothing cached
        return self.folder / self.salt[:16] / f"{key}.pickle"

    def is_empty(self) -> bool:
        """Nothing cached for this code and these settings (a cold build)."""
        return self.folder is None or not (self.folder / self.salt[:16]).is_dir()

    def get(self, source_hash: str):
        if self.folder is None:
            return None
        key = self.key(source_hash)
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        if not data.startswith(_HEADER):
            return None
        body = data[len(_HEADER) :]
        stored_key, checksum, payload = body[:64], body[64:128], body[128:]
        if stored_key.decode("ascii", "replace") != key or hashlib.sha256(payload).hexdigest().encode() != checksum:
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # a corrupt entry is a miss, never an error
            return None

    def put(self, source_hash: str, payload: bytes) -> None:
        """Store a result already pickled (the worker pickles it once, for here and for the main process)."""
        if self.folder is None:
            return
        key = self.key(source_hash)
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # write then rename, so a reader never sees half a file
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(_HEADER + key.encode() + hashlib.sha256(payload).hexdigest().encode() + payload)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs speed

"""One build at a time per output folder.

A second `build` into the same output waits for the first (saying so), or with
--no-wait stops at once. The lock is an flock on a small file in the project's
cache (beside the output when the project is read-only): the kernel drops it
when its process ends, so a lock left by a killed build is simply taken over.
The file holds the pid and start time of its holder, for the message.
`serve` writes into a folder of its own and never takes this lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from builder.errors import UserError


def lock_paths(output: Path, cache_dir: Path) -> list[Path]:
    """Where the lock of an output may live: the project's cache (nothing appears beside
    the output), else the output's parent when the project is read-only."""
    digest = hashlib.sha256(os.fsencode(output.resolve())).hexdigest()[:16]  # one lock per output folder
    return [cache_dir / f"output-{digest}.lock", output.resolve().parent / f".{output.name}.zhaiyao-lock"]


def _open(paths: list[Path]) -> int:
    for path in paths:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            problem = exc
    raise UserError(f"cannot take the build lock: {problem.strerror}", paths[-1])


@contextlib.contextmanager
def output_lock(output: Path, cache_dir: Path, wait: bool, log: Callable[[str], None]) -> Iterator[None]:
    fd = _open(lock_paths(output, cache_dir))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid, started = _holder(fd)
            busy = f"another build (pid {pid}) is writing {_shown(output)}/" + (f" since {started}" if started else "")
            if not wait:
                raise UserError(busy) from None
            log(f"waiting: {busy}")
            fcntl.flock(fd, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):  # the record is for messages only: a full disk must not stop us
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays, so a waiter holds the same one


def _holder(fd: int) -> tuple[str, str]:
    """(pid, start time) of the build holding the lock, as it wrote them."""
    try:
        pid, _, started = os.pread(fd, 200, 0).decode(errors="replace").strip().partition(" ")
    except OSError:
        pid, started = "", ""
    return (pid, started) if pid.isdigit() else ("unknown", "")


def _shown(output: Path) -> str:
    """The output as the user would write it: relative to the current folder when inside it."""
    try:
        return str(output.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(output)

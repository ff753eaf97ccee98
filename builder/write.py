"""Write stage: put the rendered files into the output folder, safely.

- The new site is assembled in a sibling folder (unchanged files hard-linked
  from the current output, changed ones written) and swapped in with one
  atomic rename, so a build that fails or is killed leaves the previous
  output whole.
- An output folder that cannot be renamed (a mount point, or one whose parent
  is not writable) keeps its place: the new site is assembled in a hidden
  folder inside it and switched in entry by entry (index.html, articles/, …),
  under a journal that the next build completes if this one is killed during
  the switch. A build killed before the switch leaves the old site whole.
- A write that fails (disk full, permission denied, read-only file system,
  a name too long) ends the build with one line naming the file and the
  cause; the staging folder is removed and the previous site kept.
- A file is only (re)written when its bytes changed; a build that changes
  nothing touches nothing.
- The output folder carries a marker file holding the build manifest (the
  signature of every file). The builder only ever deletes inside folders that
  carry it, and refuses to write into a non-empty folder without it.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from builder.errors import UserError

if TYPE_CHECKING:
    from builder.render import OutputFile

MARKER = ".zhaiyao-output"
CARRIED = ("pagefind",)  # folders a later stage makes inside the output (builder/search.py)
# Inside an output that cannot be renamed: the new site, the old one's entries, the switch journal.
INNER_NEW, INNER_OLD, JOURNAL = ".zhaiyao-new", ".zhaiyao-old", ".zhaiyao-switch"
INTERNAL = {MARKER, MARKER + ".tmp", INNER_NEW, INNER_OLD, JOURNAL}


def write_error(exc: OSError, output: Path) -> UserError:
    """One line for a write that failed: the file and the cause."""
    name = exc.filename or output
    cause = exc.strerror or str(exc)
    return UserError(f"cannot write {name}: {cause}; the previous site in {output} is kept")


@dataclass
class Manifest:
    inputs: str = ""  # hash of every input of the build: equal means nothing to do
    files: dict[str, str] = field(default_factory=dict)  # path -> signature
    warnings: list[str] = field(default_factory=list)  # repeated by a build that has nothing to do


def check_output_folder(output: Path, protected: list[Path]) -> None:
    """Refuse the project itself, its sources, home or /, or a non-empty folder
    that this builder did not create."""
    out = output.resolve()
    for p in protected + [Path.home(), Path("/")]:
        if out == p.resolve():
            raise UserError(f"refusing to use {p} as the output folder", output)
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise UserError(f"output folder is not empty and was not made by zhaiyao (no {MARKER} file)", output)


def read_manifest(output: Path) -> Manifest:
    _recover(output)
    try:
        data = json.loads((output / MARKER).read_text(encoding="utf-8"))
        files = {str(k): str(v) for k, v in data.get("files", {}).items()}
        return Manifest(str(data.get("inputs", "")), files, [str(w) for w in data.get("warnings", [])])
    except (OSError, ValueError, AttributeError):
        return Manifest()


def forget_manifest(output: Path) -> None:
    """Make the next build check every file again (the folder stays marked as ours)."""
    if (output / MARKER).exists():
        _write_manifest(output, Manifest())


def outputs_present(output: Path, manifest: Manifest) -> bool:
    return bool(manifest.files) and not missing(output, manifest.files)


def missing(output: Path, paths: Iterable[str]) -> set[str]:
    """The paths that are not in output. String joins, not Path objects: this runs
    over every file of the site, on every build."""
    out = str(output)
    return {p for p in paths if not os.path.exists(f"{out}/{p}")}


class SiteWriter:
    """Takes the rendered files one at a time, so the site is never all in memory.

    Atomic (`build`): changed files go into a staging folder; `finish` hard-links
    every unchanged file across and swaps the folders. In place (`serve`'s private
    folder): each file is replaced on its own.

    `store` only touches the disk, so forked render workers call it themselves
    (the writing is done in parallel and no page travels back to this process);
    `record` takes its answer in the process that owns the writer."""

    def __init__(self, output: Path, previous: Manifest, manifest: Manifest, atomic: bool = True):
        self.output, self.previous, self.manifest = output, previous, manifest
        self.in_place = not atomic
        self.unchanged: list[str] = []
        self.folders: set[str] = set()  # made by this process, so each is made once
        self.written = 0  # files created or changed
        if self.in_place:
            self.staging = None
            output.mkdir(parents=True, exist_ok=True)
            if not (output / MARKER).exists():
                _write_manifest(output, Manifest())  # ours from the first file on
        else:
            self.inside = output.is_dir() and not _renamable(output)
            self.staging = output / INNER_NEW if self.inside else _staging(self.output, "new")
            _remove_ours(self.staging)  # a leftover of a build that was killed (the lock rules out another)
            self.staging.mkdir(parents=True)
            try:
                _write_file(self.staging / MARKER, b"{}")  # ours, so a leftover can be removed
            except OSError:
                shutil.rmtree(self.staging, ignore_errors=True)
                raise

    def __enter__(self) -> SiteWriter:
        return self

    def __exit__(self, kind, *exc) -> None:
        if kind is not None and self.staging is not None:  # a failed build leaves the old site alone
            with contextlib.suppress(OSError):  # the disk may be why it failed: report that, not this
                _remove_ours(self.staging)

    def store(self, f: OutputFile) -> tuple[str, bool]:
        """Write f unless the output already holds these bytes: (path, whether written)."""
        if _same_bytes(f"{self.output}/{f.path}", f.data):
            return f.path, False
        if self.in_place:
            _replace(self.output / f.path, f.data)
            return f.path, True
        target = f"{self.staging}/{f.path}"
        folder = target.rpartition("/")[0]
        if folder not in self.folders:  # one mkdir per folder, not one per file
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        _write_file(target, f.data)
        return f.path, True

    def record(self, path: str, written: bool) -> None:
        if written:
            self.written += 1
        else:
            self.unchanged.append(path)

    def finish(self, kept: list[str]) -> int:
        """Complete the output with the `kept` files of the previous build, drop files
        no longer made, record the manifest. Returns how many files were written."""
        stale = set(self.previous.files) - set(self.manifest.files)
        if self.in_place:
            for path in stale:
                (self.output / path).unlink(missing_ok=True)
            if stale:
                _remove_empty_folders(self.output)
            _write_manifest(self.output, self.manifest)
        elif not self.written and not stale and self.output.is_dir():
            _remove_ours(self.staging)  # nothing went into it
            if self.previous != self.manifest:  # e.g. an article touched but unchanged: only the record moves on
                _write_manifest(self.output, self.manifest)
        else:
            self._swap_in(self.unchanged + kept)
        return self.written

    def _swap_in(self, unchanged: list[str]) -> None:
        new = self.staging
        for rel in unchanged:
            target = f"{new}/{rel}"
            folder = target.rpartition("/")[0]
            if folder not in self.folders:
                os.makedirs(folder, exist_ok=True)
                self.folders.add(folder)
            try:
                os.link(f"{self.output}/{rel}", target)
            except OSError:
                shutil.copy2(f"{self.output}/{rel}", target)
        for name in CARRIED:  # hard-linked across, so the site always has its search index
            if (self.output / name).is_dir():
                shutil.copytree(self.output / name, new / name, copy_function=os.link)
        _write_manifest(new, self.manifest)
        if self.inside:
            _switch_contents(self.output, self.previous)
        elif not self.output.exists():
            os.rename(new, self.output)
        elif _exchange(new, self.output):
            _remove_ours(new)  # now holds the previous site
            if new.is_dir() and not any(new.iterdir()):
                new.rmdir()  # ... or the empty folder the user made for it
        else:
            old = _staging(self.output, "old")
            _remove_ours(old)
            os.rename(self.output, old)
            os.rename(new, self.output)
            _remove_ours(old)


def _replace(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".zhaiyao-tmp")
    _write_file(tmp, data)
    os.replace(tmp, target)  # readers (live reload) never see half a file


def _write_file(path: str | Path, data: bytes) -> None:
    try:
        with open(path, "wb") as out:
            out.write(data)
    except OSError as exc:  # name the file: a failed write() does not
        raise OSError(exc.errno, exc.strerror, exc.filename or str(path)) from None


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False


def _write_manifest(folder: Path, manifest: Manifest) -> None:
    data = {
        "made_by": "zhaiyao; this folder is replaced on every build",
        "inputs": manifest.inputs,
        "warnings": manifest.warnings,
        "files": manifest.files,
    }
    tmp = folder / (MARKER + ".tmp")
    _write_file(tmp, json.dumps(data, ensure_ascii=False, indent=0).encode())
    os.replace(tmp, folder / MARKER)  # never half a manifest


def _staging(output: Path, suffix: str) -> Path:
    return output.parent / f".{output.name}.zhaiyao-{suffix}"


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _recover(output: Path) -> None:
    """A build killed between the two renames of the fallback swap leaves only `old`;
    one killed during a switch of contents leaves its journal: finish that switch."""
    old = _staging(output, "old")
    if not output.exists() and (old / MARKER).exists():
        os.rename(old, output)
    if (output / JOURNAL).exists():
        _switch_contents(output, None)


def _renamable(output: Path) -> bool:
    """Whether the folder itself can be swapped: not a mount point (nor a bind mount, which
    os.path.ismount misses on one file system), and its parent is writable."""
    if os.path.ismount(output) or not os.access(output.resolve().parent, os.W_OK):
        return False
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as f:
            points = {line.split()[4].replace("\\040", " ") for line in f}
    except OSError:
        return True
    return str(output.resolve()) not in points


def _switch_contents(output: Path, previous: Manifest | None) -> None:
    """Move the old site's entries into INNER_OLD and the new one's out of INNER_NEW,
    the manifest last. Each step can be seen done or not, so a next build that finds
    the journal (previous None) completes the switch."""
    new, old, journal = output / INNER_NEW, output / INNER_OLD, output / JOURNAL
    if previous is not None:
        entries = sorted({p.split("/", 1)[0] for p in previous.files} | set(CARRIED))
        incoming = sorted(e.name for e in new.iterdir() if e.name not in INTERNAL)
        tmp = journal.with_name(JOURNAL + ".tmp")
        _write_file(tmp, json.dumps({"out": entries, "in": incoming}).encode())
        os.replace(tmp, journal)
    plan = json.loads(journal.read_text(encoding="utf-8"))
    old.mkdir(exist_ok=True)
    for name in plan["out"] + plan["in"]:  # the old entry out, unless it went already
        if (output / name).exists() and not (old / name).exists() and (name not in plan["in"] or (new / name).exists()):
            os.rename(output / name, old / name)
    for name in plan["in"]:
        if (new / name).exists():
            os.rename(new / name, output / name)
    if (new / MARKER).exists():
        os.replace(new / MARKER, output / MARKER)
    journal.unlink()
    shutil.rmtree(old)
    shutil.rmtree(new, ignore_errors=True)


def _remove_ours(folder: Path) -> None:
    """Delete a staging folder, but only one this builder made (it has the marker)."""
    if folder.is_dir() and (folder / MARKER).exists():
        shutil.rmtree(folder)


def _remove_empty_folders(output: Path) -> None:
    for path in sorted((p for p in output.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(path.iterdir()):
            path.rmdir()

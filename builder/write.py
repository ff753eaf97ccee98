"""Write stage: put the rendered files into the output folder.

A file is rewritten only when its bytes changed (so a rebuild keeps
timestamps and live reload sees only real changes); files of an earlier
build that are no longer produced are removed, but only inside a folder
this builder created (it carries a marker file), never the user's own files.
"""
from __future__ import annotations

from pathlib import Path

from builder.errors import UserError
from builder.render import OutputFile

MARKER = ".zhaiyao-output"


def check_output_folder(output: Path, protected: list[Path]) -> None:
    """Refuse to write into the project itself, its sources, home or /, or a
    non-empty folder that an earlier build of this builder did not create."""
    out = output.resolve()
    for p in protected + [Path.home(), Path("/")]:
        if out == p.resolve():
            raise UserError(f"refusing to use {p} as the output folder", output)
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise UserError(f"output folder is not empty and was not made by zhaiyao (no {MARKER} file)", output)


def write_site(output: Path, files: list[OutputFile]) -> int:
    """Write files under output; returns how many were created or changed."""
    output.mkdir(parents=True, exist_ok=True)
    (output / MARKER).write_text("made by zhaiyao; this folder is rebuilt on every build\n", encoding="utf-8")
    changed = 0
    wanted = {MARKER}
    for f in files:
        wanted.add(f.path)
        target = output / f.path
        try:
            if target.read_bytes() == f.data:
                continue
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f.data)
        changed += 1
    _remove_stale(output, wanted)
    return changed


def _remove_stale(output: Path, wanted: set[str]) -> None:
    for path in sorted(output.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        rel = path.relative_to(output).as_posix()
        if path.is_file() and rel not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()

"""The one error type the user sees: a message naming the file (and line) at fault."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem in something the user wrote: config, article, template."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __reduce__(self):  # crosses process boundaries (worker pools) with its file and line
        return (type(self), (self.message, self.path, self.line))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"

"""Style as the tools leave it: ruff's lint rules and its formatter (pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# the project's own ruff (the test extra pins its version), else one on PATH
RUFF = (
    str(Path(sys.executable).parent / "ruff")
    if (Path(sys.executable).parent / "ruff").exists()
    else shutil.which("ruff") or "ruff"
)


@pytest.mark.parametrize("command", [["check", "."], ["format", "--check", "."]])
def test_ruff_finds_nothing(command):
    if not Path(RUFF).exists():
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    done = subprocess.run([RUFF, *command], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

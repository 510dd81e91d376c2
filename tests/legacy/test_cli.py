"""``multipie run`` for legacy programs: arguments, exit codes, --dir, --isolation, typed errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.domains.legacy import process
from tests.conftest import run_cli
from tests.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

run = run_cli


@needs_vm
@needs_busybox
def test_run_static_program(capfd: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("b\na\n")
    code, out, _ = run(capfd, "run", "--dir", f"{tmp_path}::/d", BUSYBOX, "--", "sort", "/d/f.txt")
    assert (code, out) == (0, "a\nb\n")
    assert run(capfd, "run", BUSYBOX, "sh", "-c", "exit 7")[0] == 7


@needs_vm
def test_run_fault_is_reported(capfd: pytest.CaptureFixture[str], programs: Path) -> None:
    code, out, err = run(capfd, "run", str(programs / "faults"), "segv")
    assert code != 0
    assert "Trap" in err and "segmentation fault" in err and "Traceback" not in err


def test_dynamic_needs_process_isolation(capfd: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capfd, "run", "/bin/ls")
    assert code == 1 and 'isolation="process"' in err
    if process.available():
        code, out, _ = run(capfd, "run", "--isolation", "process", "/bin/ls", "--", "/run/multipie")
        assert (code, out) == (0, "ls\n")


@needs_vm
def test_run_stats_reports_calls_and_where_they_were_answered(
    capfd: pytest.CaptureFixture[str], programs: Path
) -> None:
    code, _, err = run(capfd, "run", "--stats", str(programs / "mmtest"), "calls", "5")
    assert code == 0
    assert "exits       syscall" in err and "answered in the guest" in err and "peak RSS" in err
    row = next(line.split() for line in err.splitlines() if line.strip().startswith("munmap"))
    assert row[1:] == ["11", "guest", "5", "host", "5"]


def test_run_stats_for_wasm_prints_process_figures(capfd: pytest.CaptureFixture[str], guests: Path) -> None:
    code, _, err = run(capfd, "run", "--stats", str(guests / "c" / "hello.wasm"))
    assert code == 0 and "peak RSS" in err and "syscalls" not in err

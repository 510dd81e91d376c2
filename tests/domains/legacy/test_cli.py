"""``multipie run`` for legacy programs: arguments, exit codes, --dir, --isolation, typed errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.domains.legacy import process
from tests.conftest import run_cli
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

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


@needs_vm
def test_dynamic_runs_in_a_virtine_or_under_bwrap(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capfd, "run", "/bin/ls", "/")  # refused before issue 18: now its ld.so loads it
    assert code == 0 and "usr\n" in out and "lib64\n" in out
    if process.available():
        code, out, _ = run(capfd, "run", "--isolation", "process", "/bin/ls", "--", "/run/multipie")
        assert (code, out) == (0, "ls\n")


def test_inspect_describes_a_dynamic_executable(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capfd, "inspect", "/bin/ls")  # refused before (trial finding 27)
    assert code == 0, err
    assert "virtine" in out and "ld-linux-x86-64.so.2" in out  # the interpreter it is linked with


@needs_vm
@needs_busybox
def test_read_only_dir_grants(capfd: pytest.CaptureFixture[str], tmp_path: Path, guests: Path) -> None:
    (tmp_path / "in.txt").write_text("data\n")
    write = ["sh", "-c", "echo x > /d/new.txt"]
    code, _, _ = run(capfd, "run", "--dir", f"{tmp_path}::/d:ro", BUSYBOX, "--", *write)
    assert code != 0 and not (tmp_path / "new.txt").exists()  # trial finding 34: grants were always writable
    code, out, _ = run(capfd, "run", "--dir", f"{tmp_path}::/d:ro", BUSYBOX, "--", "cat", "/d/in.txt")
    assert (code, out) == (0, "data\n")  # still readable
    code, _, _ = run(capfd, "run", "--dir", f"{tmp_path}::/d", BUSYBOX, "--", *write)
    assert code == 0 and (tmp_path / "new.txt").read_text() == "x\n"  # the default stays read-write
    hello = str(guests / "c" / "hello.wasm")  # WASI --dir takes the same syntax
    code, _, _ = run(capfd, "run", "--dir", f"{tmp_path}::/d:ro", hello, "--write", "/d/w.txt", "x")
    assert not (tmp_path / "w.txt").exists()
    code, _, _ = run(capfd, "run", "--dir", f"{tmp_path}::/d", hello, "--write", "/d/w.txt", "x")
    assert code == 0 and (tmp_path / "w.txt").exists()
@needs_vm
@needs_busybox
def test_memory_limit_too_small_for_the_files_is_out_of_memory(capfd: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capfd, "run", "--memory-limit", "100", BUSYBOX, "echo", "hi")
    assert code == 1
    assert "OutOfMemory" in err and "memory_limit of 100 bytes" in err and "internal error" not in err
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


@needs_vm
def test_run_net_grants(capfd: pytest.CaptureFixture[str], programs: Path) -> None:
    code, out, err = run(capfd, "run", "--net", "connect:nowhere:1", str(programs / "sockets"), "denied")
    assert code == 2 and "net grant 'connect:nowhere:1'" in err and "Traceback" not in err
    code, out, _ = run(capfd, "run", "--net", "connect:192.0.2.1:1", str(programs / "sockets"), "denied")
    assert code == 0 and "connect 192.0.2.1:80               EACCES" in out  # port 80 is not the one granted


@needs_vm
@needs_busybox
def test_host_root_option(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capfd, "run", BUSYBOX, "--", "ls", "/")
    assert code == 0 and {"usr", "bin", "etc", "tmp"} <= set(out.split()) and "work" not in out.split()
    code, out, _ = run(capfd, "run", "--host-root", "none", BUSYBOX, "--", "ls", "/")
    assert code == 0 and set(out.split()) == {"dev", "etc", "tmp"}
    code, _, err = run(capfd, "run", "--host-root", "all", BUSYBOX, "--", "true")
    assert code != 0 and "host_root" in err and "Traceback" not in err


def test_inspect_shows_interpreter_libraries_and_root(capfd: pytest.CaptureFixture[str]) -> None:
    if not Path("/etc/ld.so.cache").exists():
        pytest.skip("needs a glibc host")
    code, out, _ = run(capfd, "inspect", "--json", "/bin/ls")
    assert code == 0 and '"interpreter": "/lib64/ld-linux-x86-64.so.2 -> ' in out
    assert "libselinux.so.1 -> " in out and "libc.so.6 -> " in out and '"missing": [' in out
    code, out, _ = run(capfd, "inspect", "--json", "--host-root", "derived", BUSYBOX)
    assert code == 0 and '"host_root": "derived"' in out and "host /usr" not in out and '"none (static)"' in out
    code, out, _ = run(capfd, "inspect", "--json", BUSYBOX)
    assert code == 0 and "host /usr (read-only)" in out and "/etc (filtered): " in out and "shadow" not in out

"""Every CLI verb in-process: output, exit codes, one-line errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GUEST_SRC, ROOT, run_cli

run = run_cli


def test_call(capsys: pytest.CaptureFixture[str], guests: Path) -> None:
    assert run(capsys, "call", str(guests / "wat" / "add.wasm"), "add", "2", "3")[:2] == (0, "5\n")
    assert run(capsys, "call", str(GUEST_SRC / "wat" / "add.wat"), "divmod", "17", "5")[:2] == (0, "3 2\n")
    assert run(capsys, "call", str(guests / "wat" / "add.wasm"), "mulf", "1.5", "2")[:2] == (0, "3.0\n")


def test_call_a_component_reads_arguments_by_their_wit_types(capsys: pytest.CaptureFixture[str], guests: Path) -> None:
    typed = str(guests / "component" / "typed.wasm")
    assert run(capsys, "call", typed, "greet", "big world")[:2] == (0, "hello, big world\n")
    code, out, _ = run(capsys, "call", typed, "swap", '{"x": 1, "y": 2}')
    assert code == 0 and json.loads(out) == {"x": 2, "y": 1}
    assert run(capsys, "call", typed, "sum", "[1, 2, 3]")[:2] == (0, "6\n")
    code, out, _ = run(capsys, "call", typed, "area", '{"circle": 2}')
    assert code == 0 and int(out) == 12
    code, _, err = run(capsys, "call", typed, "add", "1")
    assert code == 2 and "add(a: u32, b: u32) takes 2 arguments, got 1" in err


@pytest.mark.parametrize(
    ("argv", "code", "needle"),
    [
        (["call", "{add}", "add", "1"], 2, "add: add(i32, i32) takes 2 arguments, got 1"),
        (["call", "{add}", "add", "1", "x"], 2, "add: add argument 1 (i32) = 'x': not a valid i32"),
        (["call", "{add}", "add", "4294967296", "0"], 2, "argument 0 (i32) = 4294967296: out of range"),
        (["call", "{add}", "add", "1", "y" * 5000], 2, "= '" + "y" * 47 + "... (5000 characters): not a valid"),
        (["call", "{add}", "nope"], 2, "no function export 'nope'"),
        (["call", "/no/such.wasm", "f"], 2, "no such file"),
        (["call", "{faults}", "unreachable"], 1, "Trap"),
        (["call", "--timeout", "0.05", "{faults}", "spin"], 1, "Timeout"),
        (["call", "--fuel", "1000", "{faults}", "spin"], 1, "OutOfFuel"),
        (["inspect", "{notwasm}"], 1, "InvalidModule"),
        (["run", "{add}"], 1, "not a WASI command"),
        (["run", "--env", "NOEQUALS", "{hello}"], 2, "KEY=VALUE"),
        (["run", "--timeout", "inf", "{hello}"], 2, "positive, finite number of seconds"),  # was OverflowError
        (["call", "--timeout", "1e400", "{add}", "add", "1", "2"], 2, "positive, finite number of seconds"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], guests: Path, tmp_path: Path, argv: list[str], code: int, needle: str
) -> None:
    notwasm = tmp_path / "x.wasm"
    notwasm.write_bytes(b"MZ\x90\x00 not wasm")
    paths = {
        "{add}": str(guests / "wat" / "add.wasm"),
        "{faults}": str(guests / "wat" / "faults.wasm"),
        "{hello}": str(guests / "c" / "hello.wasm"),
        "{notwasm}": str(notwasm),
    }
    got, out, err = run(capsys, *[paths.get(a, a) for a in argv])
    assert got == code
    assert needle in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_inspect(capsys: pytest.CaptureFixture[str], guests: Path) -> None:
    code, out, _ = run(capsys, "inspect", "--json", str(guests / "c" / "mathlib.wasm"))
    assert code == 0
    info = json.loads(out)
    assert info["kind"] == "wasm" and info["digest"].startswith("sha256:")
    assert {"name": "fib", "kind": "function", "type": "i32->i32"} in info["exports"]
    assert info["memories"] == ["memory"]
    code, out, _ = run(capsys, "inspect", str(guests / "wat" / "add.wasm"))
    assert code == 0 and "add" in out and "i32,i32->i32" in out


def test_run_streams_and_exits_with_guest_code(guests: Path, tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("file body\n")
    exe = [sys.executable, "-m", "multipie.cli.__main__"]
    proc = subprocess.run(
        [
            *exe,
            "run",
            "--env",
            "GREETING=yo",
            "--dir",
            f"{tmp_path}::/d",
            str(guests / "c" / "hello.wasm"),
            "--cat",
            "/d/f.txt",
            "--exit",
            "9",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 9, proc.stderr
    assert proc.stdout == "hello from wasm, yo\nfile body\n"


def test_demo_small(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo", "--domains", "200")
    assert code == 0, err
    assert "200" in out and "faults contained: memory bomb" in out and "180 / 180" in out
    assert run(capsys, "demo", "--domains", "3")[0] == 2

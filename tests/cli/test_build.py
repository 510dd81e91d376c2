"""``multipie build``: C into a virtine image, then ``call`` and ``inspect`` it; typed errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipie.cli import app
from tests.cfunctionsources import FIB
from tests.cli.clihelpers import no_internal_error
from tests.conftest import needs_kvm, run_cli

run = run_cli


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_CACHE_DIR", str(tmp_path / "cache"))


def test_build_garbage_is_invalid_module(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.c"
    garbage.write_bytes(b"\x8e\xff\x00\x01 not text")
    code, _, err = run(capsys, "build", str(garbage))
    assert code == 1 and "InvalidModule" in err and "not C source" in err
    no_internal_error(err)


def test_build_shows_compiler_diagnostics(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "bad.c"
    src.write_text('#include "virtine.h"\nVIRTINE long f(long x){return x +;}\n')
    code, _, err = run(capsys, "build", str(src))
    assert code == 1 and "C compilation failed" in err
    assert "expected expression" in err and "--debug for all" not in err
    no_internal_error(err)


def test_build_into_missing_directory_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "f.c"
    src.write_text('#include "virtine.h"\nVIRTINE long f(long x){return x;}\n')
    out = tmp_path / "no" / "such" / "f.virtine"
    code, _, err = run(capsys, "build", str(src), "-o", str(out))
    assert code == 2 and "cannot write the image" in err
    no_internal_error(err)
    assert not out.parent.exists()


@needs_kvm
def test_cli_build_without_include_and_call_shows_guest_output(tmp_path: Path) -> None:
    src = tmp_path / "pr.c"  # no #include "virtine.h": added as virtine.compile does (trial finding 31)
    src.write_text('VIRTINE long f(long x) { vt_printf("x=%ld\\n", x); return x; }\n')
    runner = CliRunner()
    res = runner.invoke(app, ["build", str(src)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["call", str(tmp_path / "pr.virtine"), "f", "5"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["x=5", "5"]  # the guest's stdout, then the result (trial finding 14)


@needs_kvm
def test_cli_build_and_inspect(tmp_path: Path) -> None:
    src = tmp_path / "fib.c"
    src.write_text('#include "virtine.h"\n' + FIB)
    out = tmp_path / "fib.virtine"
    runner = CliRunner()
    res = runner.invoke(app, ["build", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "fib(i64) -> i64" in res.output
    res = runner.invoke(app, ["inspect", str(out), "--json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.output)  # real lists and numbers, keys without spaces (trial finding 15)
    assert info["allow_list"] == [] and info["entry_points"] == ["fib(i64) -> i64"]
    assert isinstance(info["memory"], int) and isinstance(info["pool"]["idle"], int)
    assert all(" " not in k for k in info)
    res = runner.invoke(app, ["inspect", str(out)])
    assert res.exit_code == 0 and "{" not in res.output and "idle=" in res.output
    res = runner.invoke(app, ["call", str(out), "fib", "15"])
    assert res.exit_code == 0 and res.output.strip() == "610"

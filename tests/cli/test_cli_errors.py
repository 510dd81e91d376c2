"""Failures that used to end as "internal error" (rc 70) or hid their detail: typed, complete, exit 1 or 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli

run = run_cli


def _no_internal_error(err: str) -> None:
    assert "internal error" not in err and "Traceback" not in err


def test_env_must_be_utf8_and_named(capsys: pytest.CaptureFixture[str], guests: Path) -> None:
    hello = str(guests / "c" / "hello.wasm")
    bad = os.fsdecode(b"A=\xff")  # what Python makes of undecodable argv bytes
    code, _, err = run(capsys, "run", "--env", bad, hello)
    assert code == 2 and "not valid UTF-8" in err and "\\xff" in err
    _no_internal_error(err)
    code, _, err = run(capsys, "run", "--env", "=v", hello)
    assert code == 2 and "name before '=' is empty" in err


def test_dir_with_one_colon_hints_at_double_colon(
    capsys: pytest.CaptureFixture[str], guests: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "run", "--dir", f"{tmp_path}:/d", str(guests / "c" / "hello.wasm"))
    assert code == 2 and f"{tmp_path}::/d" in err


def test_build_garbage_is_invalid_module(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.c"
    garbage.write_bytes(b"\x8e\xff\x00\x01 not text")
    code, _, err = run(capsys, "build", str(garbage))
    assert code == 1 and "InvalidModule" in err and "not C source" in err
    _no_internal_error(err)


def test_build_shows_compiler_diagnostics(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "bad.c"
    src.write_text('#include "virtine.h"\nVIRTINE long f(long x){return x +;}\n')
    code, _, err = run(capsys, "build", str(src))
    assert code == 1 and "C compilation failed" in err
    assert "expected expression" in err and "--debug for all" not in err
    _no_internal_error(err)


def test_build_into_missing_directory_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "f.c"
    src.write_text('#include "virtine.h"\nVIRTINE long f(long x){return x;}\n')
    out = tmp_path / "no" / "such" / "f.virtine"
    code, _, err = run(capsys, "build", str(src), "-o", str(out))
    assert code == 2 and "cannot write the image" in err
    _no_internal_error(err)
    assert not out.parent.exists()


def test_manifest_errors_are_all_shown(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "multipie.toml").write_text('[app]\nname = "x"\n[service.echo]\nsource = "a.wat"\n')
    code, _, err = run(capsys, "up", str(tmp_path), "--listen", "127.0.0.1:0")
    assert code == 2
    assert "missing required key 'services'" in err
    assert "unknown key 'service' (did you mean 'services'?)" in err


def test_verify_without_key_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "verify", str(tmp_path / "add.tar"))
    assert code == 2 and "--key" in err


def test_pack_names_the_kind_it_refuses(capsys: pytest.CaptureFixture[str], guests: Path, tmp_path: Path) -> None:
    elf = guests / "legacy" / "programs" / "faults"
    code, _, err = run(capsys, "pack", str(elf), "-o", str(tmp_path / "x.tar"))
    assert code == 1 and "kind 'elf'" in err and "a elf" not in err

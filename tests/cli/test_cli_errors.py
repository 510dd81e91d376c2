"""Failures that used to end as "internal error" (rc 70) or hid their detail: typed, complete, exit 1 or 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.clihelpers import no_internal_error
from tests.conftest import run_cli

run = run_cli


def test_env_must_be_utf8_and_named(capsys: pytest.CaptureFixture[str], guests: Path) -> None:
    hello = str(guests / "c" / "hello.wasm")
    bad = os.fsdecode(b"A=\xff")  # what Python makes of undecodable argv bytes
    code, _, err = run(capsys, "run", "--env", bad, hello)
    assert code == 2 and "not valid UTF-8" in err and "\\xff" in err
    no_internal_error(err)
    code, _, err = run(capsys, "run", "--env", "=v", hello)
    assert code == 2 and "name before '=' is empty" in err


def test_dir_with_one_colon_hints_at_double_colon(
    capsys: pytest.CaptureFixture[str], guests: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "run", "--dir", f"{tmp_path}:/d", str(guests / "c" / "hello.wasm"))
    assert code == 2 and f"{tmp_path}::/d" in err


def test_verify_without_key_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "verify", str(tmp_path / "add.tar"))
    assert code == 2 and "--key" in err


def test_pack_names_the_kind_it_refuses(capsys: pytest.CaptureFixture[str], guests: Path, tmp_path: Path) -> None:
    elf = guests / "legacy" / "programs" / "faults"
    code, _, err = run(capsys, "pack", str(elf), "-o", str(tmp_path / "x.tar"))
    assert code == 1 and "kind 'elf'" in err and "a elf" not in err

"""``multipie run``'s own pieces: the environment and directory options, the verb called directly."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.cli import run
from multipie.errors import UsageError


def test_parse_env() -> None:
    assert run.parse_env(["A=1", "B=x=y", "C="]) == {"A": "1", "B": "x=y", "C": ""}
    for bad, needle in (("NOEQUALS", "KEY=VALUE"), ("=v", "empty"), ("K=\udcff", "UTF-8")):
        with pytest.raises(UsageError, match=needle):
            run.parse_env([bad])


def test_parse_dirs(tmp_path: Path) -> None:
    d = str(tmp_path)
    assert run.parse_dirs([d]) == {d: d}
    assert run.parse_dirs([f"{d}::/data:ro"]) == {d: "/data:ro"}
    assert run.parse_dirs([f"{d}:ro"]) == {d: f"{d}:ro"}
    with pytest.raises(UsageError, match="HOST::GUEST|write"):
        run.parse_dirs(["/no/such:/x"])
    with pytest.raises(UsageError, match="expected HOST"):
        run.parse_dirs(["::/x"])


def test_run_returns_the_programs_exit_code(guests: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert run.run(str(guests / "component" / "echo.wasm"), ["a", "direct"]) == 0
    assert capfd.readouterr().out == "direct\n"

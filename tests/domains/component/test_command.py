"""WASI 0.2 commands (wasi:cli/run): argv, env, stdio, exit codes and faults, as for WASI preview 1."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import multipie
from multipie.domains.component.service import ComponentService
from tests.conftest import run_cli


def test_args_reach_the_program_and_stdout_comes_back(rt: multipie.Runtime, echo: ComponentService) -> None:
    out = bytearray()
    assert rt.run_command(echo, ["a", "hello", "wörld"], stdout=out) == 0
    assert out == "hello wörld\n".encode()


def test_env_is_exactly_what_was_given(rt: multipie.Runtime, echo: ComponentService) -> None:
    out = io.BytesIO()
    assert rt.run_command(echo, ["e"], env={"A": "1", "B": "x=y"}, stdout=out) == 0
    assert out.getvalue() == b"A=1\nB=x=y\n"


@pytest.mark.parametrize("mode", ["f", "x"])
def test_exit_codes(rt: multipie.Runtime, echo: ComponentService, mode: str) -> None:
    # f: run returns err; x: wasi:cli/exit with err. Both are exit code 1, as under `wasmtime run`.
    assert rt.run_command(echo, [mode]) == 1
    assert rt.run_command(echo, ["quiet"]) == 0


def test_faults_are_typed(rt: multipie.Runtime, echo: ComponentService) -> None:
    with pytest.raises(multipie.Trap, match="unreachable"):
        rt.run_command(echo, ["t"])
    with pytest.raises(multipie.Timeout):
        rt.run_command(echo, ["l"], timeout=0.05)
    with pytest.raises(multipie.OutOfFuel):
        rt.run_command(echo, ["l"], fuel=100_000)
    assert rt.run_command(echo, ["quiet"]) == 0  # the runtime keeps working


def test_text_streams_are_refused(rt: multipie.Runtime, echo: ComponentService) -> None:
    with pytest.raises(multipie.ArgumentError, match="text stream"):
        rt.run_command(echo, ["a"], stdout=io.StringIO())


def test_a_component_without_run_is_not_a_command(rt: multipie.Runtime, typed: ComponentService) -> None:
    with pytest.raises(multipie.InvalidModule, match="not a WASI 0.2 command"):
        rt.run_command(typed, [])


def test_cli_run(capfd: pytest.CaptureFixture[str], components: Path) -> None:
    code, out, _ = run_cli(capfd, "run", str(components / "echo.wasm"), "a", "from", "the", "cli")
    assert code == 0 and out == "from the cli\n"
    code, out, _ = run_cli(capfd, "run", "--env", "K=V", str(components / "echo.wasm"), "e")
    assert code == 0 and out == "K=V\n"
    code, _, _ = run_cli(capfd, "run", str(components / "echo.wasm"), "f")
    assert code == 1


def test_cli_inspect_prints_the_world_and_the_wasi_it_needs(
    capfd: pytest.CaptureFixture[str], components: Path
) -> None:
    code, out, _ = run_cli(capfd, "inspect", str(components / "echo.wasm"))
    assert code == 0
    assert "component" in out
    assert "wasi:cli/environment@0.2.0" in out and "wasi:cli/stdout@0.2.0" in out
    assert "export wasi:cli/run@0.2.0 {" in out and "run: func() -> result;" in out


def test_a_failing_custom_writer_fails_the_run_typed(rt: multipie.Runtime, echo: ComponentService) -> None:
    # Before, wasmtime-py printed "failed custom output" and the run returned 0.
    class Broken:
        def write(self, data: bytes) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(multipie.HostError, match="stdout writer raised BrokenPipeError") as info:
        rt.run_command(echo, ["a", "hello"], stdout=Broken())
    assert isinstance(info.value.__cause__, BrokenPipeError)
    assert rt.run_command(echo, ["quiet"]) == 0  # the runtime keeps working

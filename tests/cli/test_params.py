"""Plain coercion of the verbs' parameters (``multipie.cli.params``): same values and errors as typer's, no pydantic."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main

from multipie.cli import params
from multipie.cli.main import app
from tests.conftest import GUEST_SRC, ROOT, run_cli

ADD = str(GUEST_SRC / "wat" / "add.wat")


@pytest.mark.parametrize(
    ("annotation", "scalar"),
    [(str, str), (int, int), (float, float), (bool, bool), (list[str], str), (list[int], int), (bytes, None)],
)
def test_plain_scalar_names_the_plain_types(annotation: object, scalar: type | None) -> None:
    assert params.plain_scalar(annotation) is scalar


def _run_param(name: str) -> tuple[Any, Any]:
    group = typer.main.get_command(app)
    ctx = group.make_context("multipie", ["run", "x"], resilient_parsing=True)
    cmd = group.get_command(ctx, "run")  # type: ignore[attr-defined]
    sub = cmd.make_context("run", ["x"], parent=ctx, resilient_parsing=True)
    return next(p for p in cmd.get_params(sub) if p.name == name), sub


def test_run_parameters_get_plain_coercion() -> None:
    for name in ("module", "args", "env", "timeout", "fuel", "memory_limit", "stats"):
        param, _ = _run_param(name)
        assert isinstance(param._runtime_param, params.PlainParam), name


def test_plain_values_convert_as_typer_did() -> None:
    fuel, ctx = _run_param("fuel")
    coerce = fuel._runtime_param.coerce
    assert coerce("12", param=fuel, ctx=ctx) == 12
    assert coerce("5.0", param=fuel, ctx=ctx) == 5  # pydantic's lax mode took integral floats too
    assert coerce(None, param=fuel, ctx=ctx) is None
    with pytest.raises(typer.BadParameter, match="valid integer"):
        coerce("1.5", param=fuel, ctx=ctx)
    timeout, ctx = _run_param("timeout")
    assert timeout._runtime_param.coerce("0.25", param=timeout, ctx=ctx) == 0.25
    limit, ctx = _run_param("memory_limit")
    assert limit._runtime_param.coerce("16MiB", param=limit, ctx=ctx) == 16 << 20


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["call", "--fuel", "lots", ADD, "add", "1", "2"], "'--fuel': Input should be a valid integer"),
        (["call", "--timeout", "x", ADD, "add", "1", "2"], "'--timeout': Input should be a valid number"),
    ],
)
def test_bad_numbers_are_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str], needle: str) -> None:
    code, _, err = run_cli(capsys, *argv)
    assert code == 2 and needle in err


def test_call_with_limits_still_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "call", "--fuel", "100000", "--timeout", "5", ADD, "add", "2", "3")[:2] == (0, "5\n")


_PROBE = textwrap.dedent(
    """
    import sys
    sys.argv = ["multipie", "run", sys.argv[1]]
    from multipie.cli.main import main
    try:
        main()
    except SystemExit as exc:
        assert not exc.code, exc.code
    heavy = ("pydantic", "rich.progress", "rich.table", "psutil", "urllib.request", "multipie.packages.operations",
             "multipie.packages.store", "multipie.packages.signing", "multipie.app.manifest", "multipie.bench",
             "tempfile", "logging", "statistics")
    print(" ".join(m for m in heavy if m in sys.modules), file=sys.stderr)
    """
)


def test_run_path_loads_no_heavy_module(guests: Path) -> None:
    """``multipie run`` of a WASI command never imports pydantic, rich's tables, psutil or the packages machinery."""
    wasm = guests / "c" / "hello.wasm"
    r = subprocess.run([sys.executable, "-c", _PROBE, str(wasm)], capture_output=True, text=True, cwd=ROOT, check=True)
    assert r.stdout == "hello from wasm\n"
    assert r.stderr.strip() == ""

"""The bench's third-party programs compute the same thing under every kind of domain (never timings).

Each program (Lua running its own ``testes/sort.lua``, SQLite's query workload, zstd's round trip,
xxHash over a file, LZ4 round trips with fresh buffers per round) runs its small ``test`` workload
natively, then as Wasm through the default path (``Runtime()`` with no options, and ``multipie
run``), through ``EngineConfig.for_speed()``, as the static musl executable natively and in a
virtine, and xxHash and LZ4 as libraries in a virtine; every output must equal the native one.
"""

from __future__ import annotations

import re
import subprocess
from collections import deque
from functools import cache
from pathlib import Path

import pytest

import multipie
from multipie.bench.programs import PROGRAMS, Program, data_dir, output
from multipie.domains.wasm import _capi
from multipie.domains.wasm.engine import EngineConfig
from multipie.toolchain import wasm_tools
from tests.conftest import needs_kvm, run_cli

GUEST_DIR = "/d"
IDS = [p.name for p in PROGRAMS]
_LABEL_LOAD = re.compile(r"i32\.load offset=\d+$")


def _base(guests: Path) -> Path:
    return guests / "programs"


@cache
def _native_stdout(base: Path, name: str, kind: str = "native") -> str:
    p = next(p for p in PROGRAMS if p.name == name)
    args = p.workload.args("test", str(data_dir(base, name)))
    proc = subprocess.run([str(output(base, name, kind)), *args], capture_output=True, check=True, timeout=120)
    return p.workload.normalize(proc.stdout.decode())


def _in_runtime(rt: multipie.Runtime, exe: Path | multipie.Service, p: Program, base: Path) -> str:
    out, err = bytearray(), bytearray()
    args = p.workload.args("test", GUEST_DIR)
    code = rt.run_command(exe, args, dirs={str(data_dir(base, p.name)): GUEST_DIR}, stdout=out, stderr=err)
    assert code == 0, bytes(err).decode(errors="replace")
    return p.workload.normalize(out.decode())


@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_native_build_runs_its_workload(guests: Path, p: Program) -> None:
    text = _native_stdout(_base(guests), p.name)
    assert text.strip(), "the workload printed nothing"
    expected = {
        "lua": "OK",
        "sqlite_bench": "sqlite 3.53.2",
        "zstd_bench": "round trips ok",
        "xxhash_bench": "XXH3 chain",
        "lz4_churn": "LZ4 rounds",
    }
    assert expected[p.name] in text


@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_wasm_default_path_equals_native(guests: Path, p: Program, tmp_path: Path) -> None:
    base = _base(guests)
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
        got = _in_runtime(rt, output(base, p.name, "wasm"), p, base)
    assert got == _native_stdout(base, p.name)


@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_wasm_polled_default_path_equals_native(
    guests: Path, p: Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The untimed default path as ``multipie run`` takes it: no epochs, every loop polled (``looppoll``).

    Under pytest the process's SIGINT handling keeps runs on epochs, so the epoch-less path is forced."""
    monkeypatch.setattr(_capi, "revocable", lambda: True)
    base = _base(guests)
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
        svc = rt.load(output(base, p.name, "wasm"))
        assert svc.run_config(timed=False, fuel=False).loop_poll  # type: ignore[attr-defined]
        got = _in_runtime(rt, svc, p, base)  # type: ignore[arg-type]
    assert got == _native_stdout(base, p.name)


@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_wasm_speed_profile_equals_native(guests: Path, p: Program, tmp_path: Path) -> None:
    base = _base(guests)
    with multipie.Runtime(cache_dir=tmp_path / "cache", engine=EngineConfig.for_speed()) as rt:
        got = _in_runtime(rt, output(base, p.name, "wasm"), p, base)
    assert got == _native_stdout(base, p.name)


@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_static_binary_natively_equals_native(guests: Path, p: Program) -> None:
    base = _base(guests)
    assert _native_stdout(base, p.name, "static") == _native_stdout(base, p.name)


@needs_kvm
@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_legacy_static_in_virtine_equals_native(guests: Path, p: Program, tmp_path: Path) -> None:
    base = _base(guests)
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
        got = _in_runtime(rt, output(base, p.name, "static"), p, base)
    assert got == _native_stdout(base, p.name)


@needs_kvm
@pytest.mark.parametrize("p", [p for p in PROGRAMS if p.virtine], ids=[p.name for p in PROGRAMS if p.virtine])
def test_library_virtine_equals_native(guests: Path, p: Program, tmp_path: Path) -> None:
    """The library built into a virtine computes, in one call, the line the native program prints."""
    base = _base(guests)
    buf, iters = p.virtine_call("test", data_dir(base, p.name))
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt, rt.load(output(base, p.name, "virtine")).spawn() as d:
        first = d.call(p.virtine_entry, buf, len(buf), iters)
        assert d.call(p.virtine_entry, buf, len(buf), iters) == first  # a fresh VM state per call: same answer
    assert p.virtine_output("test", first) in _native_stdout(base, p.name).splitlines()


def test_multipie_run_lua_equals_native(guests: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """The CLI (the path a new user takes first) runs the interpreter with Lua's own script."""
    base = _base(guests)
    lua = next(p for p in PROGRAMS if p.name == "lua")
    args = lua.workload.args("test", GUEST_DIR)
    code, out, err = run_cli(
        capfd, "run", "--dir", f"{data_dir(base, 'lua')}::{GUEST_DIR}", str(output(base, "lua", "wasm")), "--", *args
    )
    assert code == 0, err
    assert lua.workload.normalize(out) == _native_stdout(base, "lua")


def test_lua_errors_unwind_through_wasm_exceptions(guests: Path, tmp_path: Path) -> None:
    """Lua's error()/pcall is setjmp/longjmp, built as Wasm exceptions: a caught error returns."""
    script = "print(pcall(error, 'boom')); print(select('#', pcall(string.rep)))"
    out = bytearray()
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
        assert rt.run_command(output(_base(guests), "lua", "wasm"), ["-e", script], stdout=out) == 0
    assert out.decode().splitlines() == ["false\tboom", "2"]


def _table_dispatches(wasm: Path) -> list[str]:
    """Each ``br_table`` of 80 or more targets whose index comes from a 32-bit load at a constant
    address (a table of label numbers in linear memory): how clang lowers C's computed ``goto``."""
    text = subprocess.run([wasm_tools(), "print", str(wasm)], capture_output=True, text=True, check=True).stdout
    found, recent = [], deque(maxlen=3)
    for line in text.splitlines():
        op = line.strip()
        if op.startswith("br_table") and len(op.split()) > 80 and any(_LABEL_LOAD.match(r) for r in recent):
            found.append(" / ".join(recent))
        recent.append(op)
    return found


def test_lua_wasm_dispatches_through_a_switch(guests: Path) -> None:
    """Lua's interpreter picks each opcode's handler with one ``br_table`` over the opcode, not by
    first loading a label number from a table in memory (``LUA_USE_JUMPTABLE=0``: on wasm32 the
    computed ``goto`` is that extra load in front of the same switch)."""
    assert _table_dispatches(output(_base(guests), "lua", "wasm")) == []


def test_xxhash_uses_a_128_bit_vector_path_on_both_sides(guests: Path, tmp_path: Path) -> None:
    """xxHash hashes with SSE2 natively (baseline x86-64) and with Wasm SIMD128 (SIMDe's NEON) in
    Wasm, so the ratio compares 128-bit vectors with 128-bit vectors, not SSE2 with scalar code."""
    base = _base(guests)
    p = next(p for p in PROGRAMS if p.name == "xxhash_bench")
    native = subprocess.run(
        [str(output(base, p.name, "native")), *p.workload.args("test", str(data_dir(base, p.name)))],
        capture_output=True, check=True, timeout=120,
    ).stdout.decode()  # fmt: skip
    out = bytearray()
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
        code = rt.run_command(
            output(base, p.name, "wasm"), p.workload.args("test", GUEST_DIR),
            dirs={str(data_dir(base, p.name)): GUEST_DIR}, stdout=out,
        )  # fmt: skip
    assert code == 0
    assert native.splitlines()[0] == "xxh3 vector sse2 (128-bit)"
    assert out.decode().splitlines()[0] == "xxh3 vector wasm simd128 (128-bit, NEON via SIMDe)"
    assert p.workload.normalize(out.decode()) == p.workload.normalize(native)

"""Loop polls of untimed commands (``multipie.domains.wasm.looppoll``): which modules get them, the
rewrite itself, and that a rewritten command computes what the original does."""

from __future__ import annotations

from pathlib import Path

import pytest
import wasmtime

import multipie
from multipie.domains.wasm import _capi, looppoll
from multipie.domains.wasm.engine import EngineConfig
from multipie.domains.wasm.service import describe_type

LOOPS = """(module
  (memory (export "memory") 1)
  (func (export "_start") (param i32) (result i32) (local $n i32)
    (local.get 0)
    (loop (param i32) (result i32) (br_if 0 (i32.eqz (i32.const 1))))
    (block (loop $l (local.set $n (i32.add (local.get $n) (i32.const 1)))
                    (br_if $l (i32.lt_u (local.get $n) (i32.const 10)))))))"""


def _wasm(wat: str) -> bytes:
    return bytes(wasmtime.wat2wasm(wat))


def test_only_a_memory_0_of_at_least_one_page_is_pollable() -> None:
    assert looppoll.pollable(_wasm('(module (memory (export "memory") 1))'))
    assert not looppoll.pollable(_wasm('(module (memory (export "memory") 0))'))
    assert not looppoll.pollable(_wasm("(module)"))
    assert not looppoll.pollable(b"\0asm\1\0\0\0\5\7")  # truncated: not understood, not polled


def test_a_poll_goes_at_the_head_of_every_loop_body() -> None:
    text, n = looppoll.insert_polls("  (func\n    loop (result i32) ;; label = @1\n      i32.const 1\n    end\n")
    assert n == 1
    assert text.splitlines()[1:5] == [
        "    loop (result i32) ;; label = @1",
        "      i32.const 0",
        "      i32.load8_u",
        "      drop",
    ]
    assert looppoll.insert_polls("  (func $loop_count\n    local.get 0\n") == (
        "  (func $loop_count\n    local.get 0\n",
        0,
    )


def test_the_rewrite_keeps_the_interface_and_adds_one_load_per_loop() -> None:
    wasm = _wasm(LOOPS)
    out = looppoll.rewrite(wasm)
    engine = wasmtime.Engine()
    before, after = wasmtime.Module(engine, wasm), wasmtime.Module(engine, out)
    assert [(e.name, describe_type(e.type)) for e in after.exports] == [
        (e.name, describe_type(e.type)) for e in before.exports
    ]
    assert [(i.module, i.name) for i in after.imports] == [(i.module, i.name) for i in before.imports]
    store = wasmtime.Store(engine)
    start = wasmtime.Instance(store, after, []).exports(store)["_start"]
    assert isinstance(start, wasmtime.Func)
    assert start(store, 5) == 5
    # Two loops, one poll each: i32.const 0 (41 00), i32.load8_u offset 0 (2d 00 00), drop (1a).
    assert out.count(bytes.fromhex("41002d00001a")) == 2 and len(out) == len(wasm) + 2 * 6


def test_a_polled_command_compiles_under_its_own_fingerprint() -> None:
    cfg = EngineConfig().for_commands()._replace(interruptible=False)
    assert cfg._replace(loop_poll=True).fingerprint(fuel=False) != cfg.fingerprint(fuel=False)


@pytest.fixture
def revocable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Untimed runs take the epoch-less path here too (pytest's SIGINT handling turns it off in-process)."""
    monkeypatch.setattr(_capi, "revocable", lambda: True)


def test_an_untimed_command_runs_its_rewrite_and_prints_what_the_original_does(
    rt: multipie.Runtime, guests: Path, revocable: None
) -> None:
    svc = rt.load(guests / "c" / "hello.wasm")
    assert svc.poll  # type: ignore[attr-defined]
    untimed, timed = bytearray(), bytearray()
    assert rt.run_command(svc, ["x"], stdout=untimed) == rt.run_command(svc, ["x"], stdout=timed, timeout=60)  # type: ignore[arg-type]
    assert untimed == timed and untimed
    cfg = svc.run_config(timed=False, fuel=False)  # type: ignore[attr-defined]
    assert cfg.loop_poll and not cfg.interruptible


def test_without_wasm_tools_a_command_runs_unpolled(
    rt: multipie.Runtime, monkeypatch: pytest.MonkeyPatch, revocable: None
) -> None:
    def missing(wasm: bytes) -> bytes:
        raise looppoll.Unavailable("no wasm-tools")

    monkeypatch.setattr(looppoll, "rewrite", missing)
    svc = rt.load(_wasm('(module (memory (export "memory") 1) (func (export "_start") (loop)))'), name="nop")
    assert not svc.poll  # type: ignore[attr-defined]
    cfg = svc.run_config(timed=False, fuel=False)  # type: ignore[attr-defined]
    assert not cfg.loop_poll and rt.run_command(svc) == 0

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


def test_without_wasm_tools_a_command_runs_on_epochs(
    rt: multipie.Runtime, monkeypatch: pytest.MonkeyPatch, revocable: None
) -> None:
    """Without polls, revoking its memory would not stop a loop touching none: epochs do."""

    def missing(wasm: bytes) -> bytes:
        raise looppoll.Unavailable("no wasm-tools")

    monkeypatch.setattr(looppoll, "rewrite", missing)
    svc = rt.load(_wasm('(module (memory (export "memory") 1) (func (export "_start") (loop)))'), name="nop")
    assert not svc.poll  # type: ignore[attr-defined]
    cfg = svc.run_config(timed=False, fuel=False)  # type: ignore[attr-defined]
    assert cfg.interruptible and not cfg.loop_poll and rt.run_command(svc) == 0


TAIL_CALLS = """(module
  (memory (export "memory") 1)
  (type $t (func (param i32) (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $ping $pong)
  (func $count (param $n i32) (result i32) (local $unused i64)
    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 7))
      (else (return_call $count (i32.sub (local.get $n) (i32.const 1))))))
  (func $ping (type $t) (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1))
    (else (return_call_indirect (type $t) (i32.sub (local.get 0) (i32.const 1)) (i32.const 1)))))
  (func $pong (type $t) (return_call $ping (local.get 0)))
  (func $plain (param i32) (result i32) (call $count (local.get 0)))
  (func (export "_start") (param i32) (result i32)
    (i32.add (call $plain (local.get 0)) (call_indirect (type $t) (local.get 0) (i32.const 0)))))"""


def test_a_poll_goes_at_the_entry_of_every_tail_calling_function() -> None:
    head = "(module\n  (func $f (;0;) (type 0) (param i32)\n    (local i64)\n"
    plain = "  (func $g (;1;)\n    call $f\n  )\n"
    text, n = looppoll.insert_polls(head + "    local.get 0\n    return_call $f\n  )\n" + plain)
    assert n == 1
    assert text.splitlines()[3:7] == ["    i32.const 0", "    i32.load8_u", "    drop", "    local.get 0"]
    assert "call $f\n  )" in text.split("(func $g")[1]  # a plain call: no poll (its stack ends it)
    nolocals, n = looppoll.insert_polls("(module\n  (func $h (;2;)\n    return_call_indirect (type 0)\n  )\n")
    assert n == 1 and nolocals.splitlines()[2] == "    i32.const 0"


def test_the_rewrite_polls_each_tail_calling_function_once_and_computes_the_same() -> None:
    wasm = _wasm(TAIL_CALLS)
    out = looppoll.rewrite(wasm)
    # $count, $ping and $pong make tail calls; $plain and _start do not.
    assert out.count(bytes.fromhex("41002d00001a")) == 3 and len(out) == len(wasm) + 3 * 6
    engine = wasmtime.Engine()
    results = []
    for code in (wasm, out):
        store = wasmtime.Store(engine)
        start = wasmtime.Instance(store, wasmtime.Module(engine, code), []).exports(store)["_start"]
        assert isinstance(start, wasmtime.Func)
        results.append(start(store, 100_000))  # deep tail recursion: constant stack
    assert results == [8, 8]


#: A register-only loop in each memory shape whose untimed runs cannot be stopped by revoking and polling.
EPOCH_SHAPES = {
    "empty memory 0": '(memory (export "memory") 0)',  # address 0 out of bounds: no polls
    "imported": '(import "env" "memory" (memory 1))',
    "shared": '(memory (export "memory") 1 1 shared)',
    "memory64": '(memory (export "memory") i64 1)',
    "unexported": "(memory 1)",
    "none": "",
}
SPIN_START = (
    '(func (export "_start") (local $h i32) (loop $l (local.set $h (i32.add (local.get $h) (i32.const 7))) (br $l)))'
)


@pytest.mark.parametrize("shape", list(EPOCH_SHAPES))
def test_an_untimed_command_ctrl_c_cannot_revoke_runs_on_epochs(
    rt: multipie.Runtime, revocable: None, shape: str
) -> None:
    """tests/test_interrupts.py sends these a real SIGINT; here: the config, and that epochs end them."""
    svc = rt.load(_wasm(f"(module {EPOCH_SHAPES[shape]} {SPIN_START})"), name="spin")
    cfg = svc.run_config(timed=False, fuel=False)  # type: ignore[attr-defined]
    assert cfg.interruptible and not cfg.loop_poll
    engines = svc.state.engines  # type: ignore[attr-defined]
    assert engines.run_config(timed=False, revocable=svc.revocable, poll=svc.poll) is cfg  # type: ignore[attr-defined]
    if shape in ("imported", "shared"):  # a command cannot run at all (WASI gives no memory; no threads)
        with pytest.raises(multipie.LinkError):
            rt.run_command(svc)
    else:
        with pytest.raises(multipie.Timeout):  # the same epoch checks a Ctrl-C advances
            rt.run_command(svc, timeout=0.2)


def test_untimed_recursion_through_plain_calls_ends_in_a_typed_stack_overflow(
    rt: multipie.Runtime, revocable: None
) -> None:
    """A cycle of plain calls needs no poll: its stack runs out, and the run survives as a typed trap."""
    svc = rt.load(_wasm('(module (memory (export "memory") 1) (func $f (export "_start") (call $f)))'), name="deep")
    assert svc.run_config(timed=False, fuel=False).loop_poll  # type: ignore[attr-defined]
    for _ in range(2):
        with pytest.raises(multipie.Trap) as info:
            rt.run_command(svc)
        assert info.value.code is multipie.TrapCode.STACK_OVERFLOW
    assert rt.live_domains == 0

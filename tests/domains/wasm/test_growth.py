"""Memory growth never copies: on every path a user takes, a memory grown page by page
moves O(log n) times (multipie._growmem doubles its reservation and moves pages with
mremap), keeps its contents, and commands run with static reservations (issue 14.1)."""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import multipie
from multipie.domains.wasm import fastpath
from multipie.domains.wasm.engine import EngineConfig, growth_stats

NATIVE, WHY = fastpath.native_available()

GROW_WAT = """(module
  (memory (export "memory") 1)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "poke") (param i32 i32) local.get 0 local.get 1 i32.store)
  (func (export "peek") (param i32) (result i32) local.get 0 i32.load))"""

# A WASI command that grows its memory by one page 1024 times, writing into each new page.
GROW_CMD = """(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (local $i i32) (local $p i32)
    (loop $l
      (local.set $p (memory.grow (i32.const 1)))
      (if (i32.lt_s (local.get $p) (i32.const 0)) (then (call $exit (i32.const 3))))
      (i32.store (i32.mul (local.get $p) (i32.const 65536)) (local.get $p))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 1024))))
    (call $exit (i32.load (i32.const 65536)))))"""

PAGES = 1024  # 64 MiB in 64 KiB steps


def _base(d: Any) -> int:
    return ctypes.addressof(ctypes.c_char.from_buffer(d.memory))


def _grow_and_count_moves(d: Any) -> int:
    """Grow ``d`` one page at a time to PAGES pages; returns how often its memory moved."""
    d.call("poke", 8, 0x5EED)
    bases = {_base(d)}
    for i in range(PAGES - 1):
        assert d.call("grow", 1) == i + 1
        bases.add(_base(d))
    assert d.call("peek", 8) == 0x5EED  # contents kept across moves
    assert d.call("peek", (PAGES - 1) * 65536) == 0  # new pages are zero
    return len(bases) - 1


@pytest.mark.parametrize(
    "spawn",
    [
        pytest.param(lambda svc, rt: svc.spawn(), id="spawn"),
        pytest.param(lambda svc, rt: svc.spawn(memory_limit=256 << 20, timeout=30), id="spawn-limits"),
        pytest.param(lambda svc, rt: svc.spawn(group=None), id="own-store"),
        pytest.param(lambda svc, rt: svc.spawn(group=rt.group()), id="group"),
    ],
)
def test_memory_grown_page_by_page_moves_logarithmically(
    rt: multipie.Runtime, backend: str, spawn: Callable[[Any, multipie.Runtime], Any]
) -> None:
    d = spawn(rt.load(GROW_WAT.encode(), name="grow"), rt)
    try:
        assert _grow_and_count_moves(d) <= 12  # Wasmtime's own dense memories: PAGES - 1 moves
    finally:
        d.close()


def test_reserved_domains_grow_without_copying(rt: multipie.Runtime) -> None:
    if not NATIVE:
        pytest.skip(f"native fast path unavailable: {WHY}")
    svc = rt.load(GROW_WAT.encode(), name="grow")
    for limits in ({}, {"memory_limit": 128 << 20}):
        res = svc.reserve(1, **limits)
        if res is None:
            pytest.skip("reserves need the native backend")
        try:
            d = None
            for _ in range(2000):  # the reserve's thread makes the domain; wait for it
                d = res.take()
                if d is not None:
                    break
                time.sleep(0.005)
            assert d is not None
            assert _grow_and_count_moves(d) <= 12
            d.close()
        finally:
            res.close()


def test_growth_past_the_limit_still_fails_cleanly(rt: multipie.Runtime) -> None:
    d = rt.load(GROW_WAT.encode(), name="grow").spawn(memory_limit=4 << 20)
    assert d.call("grow", 63) == 1
    assert d.call("grow", 1) == -1  # 65 pages > 4 MiB
    assert d.call("peek", 63 * 65536) == 0
    d.close()


def test_commands_run_with_static_memories(rt: multipie.Runtime) -> None:
    cfg = rt._host.state("wasm").engines.command_config
    assert cfg.memory_reservation >= 4 << 30 and cfg.memory_guard_size > 0  # never moves, no bounds checks
    assert rt.run_command(GROW_CMD.encode()) == 1  # page 1 holds the value written when it was added


def test_the_creator_moves_pages_instead_of_copying(rt: multipie.Runtime) -> None:
    if not growth_stats():
        pytest.skip("multipie._growmem not built")
    before = growth_stats()
    d = rt.load(GROW_WAT.encode(), name="grow").spawn()
    _grow_and_count_moves(d)
    d.close()
    after = growth_stats()
    assert after["grows"] - before["grows"] >= PAGES - 1
    assert after["copies"] == before["copies"]


def test_speed_profile_keeps_wasmtimes_memories() -> None:
    # 4 GiB reservations never move: no custom creator, so copy-on-write images stay.
    assert EngineConfig.for_speed().for_commands() == EngineConfig.for_speed()
    assert EngineConfig.for_speed().build(fuel=False) is not None


def test_grows_with_a_small_guest_file(tmp_path: Path, rt: multipie.Runtime) -> None:
    path = tmp_path / "grow.wat"
    path.write_text(GROW_CMD)
    assert rt.run_command(path) == 1

"""multipie.domains.wasm.service: closing a Wasm service (``rt.unload``) frees what it holds."""

from __future__ import annotations

import os

import pytest

import multipie


def _module(i: int) -> bytes:
    """A distinct module per ``i`` (its own digest, its own compiled code)."""
    return f'(module (func (export "k") (result i32) i32.const {i}) (memory (export "memory") 1))'.encode()


def _maps() -> int:
    with open("/proc/self/maps", "rb") as f:
        return sum(1 for _ in f)


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _cycle(rt: multipie.Runtime, i: int) -> None:
    svc = rt.load(_module(i))
    with svc.spawn() as d:
        assert d.call("k") == i
    rt.unload(svc)


def test_loader_loop_does_not_leak(tmp_path) -> None:
    """Load, spawn, close and unload many distinct modules: mappings, fds and RSS stay flat.

    Each compiled module owns memory mappings (its code); before Wasm services could be
    closed the runtime's module cache kept every module a loader loop ever loaded.
    """
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        for i in range(20):  # warm up: engines, caches, allocator arenas
            _cycle(rt, i)
        maps, fds = _maps(), _fds()
        for i in range(20, 320):
            _cycle(rt, i)
        assert _fds() <= fds
        assert _maps() - maps < 30, f"{_maps() - maps} memory mappings more after 300 load/unload cycles"
        assert rt.live_domains == 0


def test_closed_service_spawns_again() -> None:
    """``close()`` is idempotent and a closed service still spawns (it prepares anew)."""
    with multipie.Runtime(cache_dir=None) as rt:
        svc = rt.load(_module(7))
        d = svc.spawn()
        svc.close()
        svc.close()
        assert d.call("k") == 7  # an open domain keeps working
        d.close()
        with svc.spawn() as again:
            assert again.call("k") == 7


# -- the default spawn's inlined template (WasmService.spawn, issue 14) --------------------------

_GROWER = b"""(module (memory (export "memory") 1)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"""


def _template_refused(*args: object, **kwargs: object) -> None:
    raise AssertionError("the default spawn went through the template")


@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
def test_a_repeated_default_spawn_skips_the_template(rt: multipie.Runtime, monkeypatch, native: bool) -> None:
    """After one template spawn, a default spawn is one backend call: the template's steps are not run."""
    from multipie.domains.wasm import fastpath

    if native and not fastpath.native_available()[0]:
        pytest.skip("the native extension is not built here")
    monkeypatch.setattr(fastpath, "_use_native", native and fastpath._use_native)
    svc = rt.load(_GROWER)
    svc.spawn().close()
    monkeypatch.setattr(type(svc), "_construct", _template_refused)
    with svc.spawn() as d:
        assert d.call("grow", 1) == 1 and d.limits == svc.spawn_limits(None, None, None)
    assert len(rt._host.live()) == 0  # tracked, then forgotten at close


def test_the_inlined_spawn_follows_the_runtime_memory_limit(rt: multipie.Runtime, monkeypatch) -> None:
    """A changed ``rt.memory_limit`` reaches the next default spawns (their limit and its enforcement)."""
    svc = rt.load(_GROWER)
    svc.spawn().close()
    for limit, grown in ((2 * 65536, -1), (None, 1)):  # 5 pages > 2: refused by the limiter
        rt.memory_limit = limit
        with svc.spawn() as d:  # through the template, which leaves the new constants
            assert d.limits.memory_limit == limit and d.call("grow", 4) == grown
        with monkeypatch.context() as m:
            m.setattr(type(svc), "_construct", _template_refused)
            with svc.spawn() as d:  # inlined again
                assert d.limits.memory_limit == limit and d.call("grow", 4) == grown


def test_the_inlined_spawn_refuses_a_closed_runtime(tmp_path) -> None:
    rt = multipie.Runtime(cache_dir=tmp_path)
    svc = rt.load(_GROWER)
    svc.spawn().close()
    rt.close()
    with pytest.raises(multipie.UsageError, match="closed"):
        svc.spawn()


def test_services_that_need_work_per_spawn_keep_the_template(rt: multipie.Runtime, monkeypatch) -> None:
    """A reactor's ``_initialize`` runs in every domain, and a WASI module gets a context each spawn."""
    reactor = rt.load(b"""(module (memory (export "memory") 1) (global $g (mut i32) (i32.const 0))
      (func (export "_initialize") i32.const 0 i32.const 7 i32.store)
      (func (export "get") (result i32) i32.const 0 i32.load))""")
    for _ in range(3):
        with reactor.spawn() as d:
            assert d.call("get") == 7
    wasi = rt.load(b"""(module (import "wasi_snapshot_preview1" "sched_yield" (func $y (result i32)))
      (memory (export "memory") 1) (func (export "y") (result i32) call $y))""")
    for _ in range(3):
        with wasi.spawn() as d:
            assert d.call("y") == 0
    assert reactor._hot is None and wasi._hot is None

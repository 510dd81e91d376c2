"""multipie.domains.wasm.service: closing a Wasm service (``rt.unload``) frees what it holds."""

from __future__ import annotations

import os

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

"""Every fault kind is typed, tears down only its domain, and leaves the rest running."""

from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest

import multipie
from multipie import DomainState, TrapCode

CASES = [
    ("unreachable", {}, multipie.Trap, TrapCode.UNREACHABLE),
    ("recurse", {}, multipie.Trap, TrapCode.STACK_OVERFLOW),
    ("oob", {}, multipie.Trap, TrapCode.MEMORY_OUT_OF_BOUNDS),
    ("divzero", {}, multipie.Trap, TrapCode.INTEGER_DIVISION_BY_ZERO),
    ("spin", {"timeout": 0.05}, multipie.Timeout, None),
    ("spin", {"fuel": 10_000}, multipie.OutOfFuel, None),
    ("bomb", {"memory_limit": 3 << 16}, multipie.OutOfMemory, None),
]


@pytest.fixture
def faults(rt: multipie.Runtime, guests: Path) -> multipie.Service:
    return rt.load(guests / "wat" / "faults.wasm")


@pytest.mark.parametrize(("export", "limits", "error", "code"), CASES, ids=[f"{c[0]}-{c[2].__name__}" for c in CASES])
def test_fault_is_typed_and_domain_torn_down(
    faults: multipie.Service, export: str, limits: dict[str, object], error: type, code: TrapCode | None
) -> None:
    d = faults.spawn(**limits)  # type: ignore[arg-type]
    other = faults.spawn()
    with pytest.raises(error) as info:
        d.call(export)
    exc = info.value
    assert isinstance(exc, multipie.DomainError)
    assert exc.domain == d.label and d.label in str(exc)
    if code is not None:
        assert exc.code is code
        assert exc.frames and exc.frames[0].function == export
    assert d.state is DomainState.FAULTED
    with pytest.raises(multipie.DomainClosed, match="torn down after a fault"):
        d.call("ok")
    assert other.call("ok") == 42


def test_guest_that_copes_with_refused_growth_keeps_running(faults: multipie.Service) -> None:
    d = faults.spawn(memory_limit=5 << 16)
    assert d.call("grow_until_refused") == 5  # memory.grow returned -1 at the limit, guest went on
    assert d.call("ok") == 42


def test_initial_memory_over_limit(rt: multipie.Runtime) -> None:
    svc = rt.load('(module (memory 4) (func (export "f")))')
    with pytest.raises(multipie.OutOfMemory, match="initial memory exceeds"):
        svc.spawn(memory_limit=2 << 16)


def test_timeout_is_per_call_and_resolution_is_tight(faults: multipie.Service) -> None:
    d = faults.spawn(timeout=0.5)
    for _ in range(20):  # many quick calls, none near the limit: no spurious timeout
        assert d.call("ok") == 42
    d2 = faults.spawn(timeout=0.01)
    with pytest.raises(multipie.Timeout, match="timeout of 0.01 s"):
        d2.call("spin")


def test_fuel_is_per_call(faults: multipie.Service) -> None:
    d = faults.spawn(fuel=1000)
    for _ in range(50):  # each call gets a fresh budget
        assert d.call("ok") == 42


def test_start_function_trap(rt: multipie.Runtime) -> None:
    svc = rt.load("(module (func $s unreachable) (start $s))")
    with pytest.raises(multipie.Trap):
        svc.spawn()
    assert rt.live_domains == 0


def test_thousand_domains_hundred_faulting(faults: multipie.Service) -> None:
    domains = [faults.spawn(**CASES[i // 10 % len(CASES)][1]) if i % 10 == 0 else faults.spawn() for i in range(1000)]  # type: ignore[arg-type]
    for i, d in enumerate(domains):
        if i % 10 == 0:
            export, _, error, _ = CASES[i // 10 % len(CASES)]
            with pytest.raises(error):
                d.call(export)
    alive = [d for i, d in enumerate(domains) if i % 10]
    assert len(alive) == 900
    assert all(d.call("ok") == 42 for d in alive)
    assert faults.runtime.live_domains == 900
    for d in alive:
        d.close()
    assert faults.runtime.live_domains == 0


def test_ten_thousand_live_domains(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    domains = [svc.spawn() for _ in range(10_000)]
    assert rt.live_domains == 10_000
    assert all(d.call("add", i, 1) == i + 1 for i, d in enumerate(domains[::97]))
    domains[5000].memory[0:3] = b"abc"
    assert bytes(domains[5001].memory[0:3]) == b"\0\0\0"
    for d in domains:
        d.close()
    assert rt.live_domains == 0


def test_create_close_cycles_do_not_leak(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    proc = psutil.Process()
    for _ in range(2000):  # warm up allocator pools
        svc.spawn().close()
    fds = proc.num_fds()
    rss = proc.memory_info().rss
    for i in range(30_000):
        d = svc.spawn()
        if i % 3 == 0:
            d.call("add", 1, 2)
        d.close()
    growth = proc.memory_info().rss - rss
    assert growth < 50 << 20, f"RSS grew {growth >> 20} MiB over 30,000 create/close cycles"
    assert proc.num_fds() <= fds + 2
    assert rt.live_domains == 0


def test_faulting_cycles_do_not_leak(faults: multipie.Service) -> None:
    proc = psutil.Process()
    for _ in range(200):
        d = faults.spawn()
        with pytest.raises(multipie.Trap):
            d.call("unreachable")
    rss = proc.memory_info().rss
    for _ in range(3000):
        d = faults.spawn()
        with pytest.raises(multipie.Trap):
            d.call("oob")
    assert proc.memory_info().rss - rss < 30 << 20


def test_map_count_limit_is_detected_and_explained(rt: multipie.Runtime) -> None:
    text = rt._host.capacity_advice("test")
    assert "vm.max_map_count" in text and "sysctl -w vm.max_map_count=" in text
    assert multipie.runtime.max_map_count() == int(Path("/proc/sys/vm/max_map_count").read_text())
    if os.geteuid() == 0:
        assert multipie.runtime.raise_map_limit(multipie.runtime.max_map_count() or 65530)

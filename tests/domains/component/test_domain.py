"""Component domains: faults, limits and timeouts as for core modules; other domains unaffected."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.component.service import ComponentService
from multipie.domains.wasm import fastpath as wasm_fastpath
from multipie.errors import TrapCode


def test_trap_tears_down_only_the_faulting_domain(typed: ComponentService) -> None:
    bystander = typed.spawn()
    d = typed.spawn()
    with pytest.raises(multipie.Trap, match="unreachable") as info:
        d.call("crash")
    assert info.value.code is TrapCode.UNREACHABLE
    assert not d.is_open
    with pytest.raises(multipie.DomainClosed, match="torn down after a fault"):
        d.call("add", 1, 2)
    assert bystander.call("add", 1, 2) == 3
    bystander.close()


def test_timeout(typed: ComponentService) -> None:
    d = typed.spawn(timeout=0.05)
    with pytest.raises(multipie.Timeout, match="timeout of 0.05 s"):
        d.call("spin")
    assert not d.is_open


def test_fuel_is_per_call(typed: ComponentService) -> None:
    d = typed.spawn(fuel=10_000)
    for _ in range(5):  # each call gets the full budget again
        assert d.call("sum", list(range(100))) == 4950
    with pytest.raises(multipie.OutOfFuel):
        d.call("spin")
    assert not d.is_open


def test_memory_limit(typed: ComponentService) -> None:
    with typed.spawn(memory_limit=2 * 65536) as d:  # the component starts with one page
        assert d.call("grow", 1) == 1
        assert d.call("grow", 1) == -1  # refused by the limit, as memory.grow reports it
    with pytest.raises(multipie.OutOfMemory, match="initial memory"):
        typed.spawn(memory_limit=1000)


def test_no_such_export_lists_the_exports(typed: ComponentService) -> None:
    with typed.spawn() as d:
        with pytest.raises(multipie.NoSuchExport, match="'nope'.*add"):
            d.call("nope")
        with pytest.raises(multipie.NoSuchExport):
            d.call("no:such/iface#f")
        with pytest.raises(multipie.UsageError, match="exports no memory"):
            d.memory  # noqa: B018 - the property raises


def test_close_is_idempotent_and_tracked(rt: multipie.Runtime, typed: ComponentService) -> None:
    d = typed.spawn()
    assert d in rt.domains
    d.close()
    d.close()
    assert d not in rt.domains


def test_grants_must_name_an_import(typed: ComponentService) -> None:
    with pytest.raises(multipie.CapabilityError, match="names no imported function"):
        typed.spawn(grants={"x.y": object()})


def test_limits_are_validated(typed: ComponentService) -> None:
    with pytest.raises(multipie.UsageError, match="fuel"):
        typed.spawn(fuel=-1)


class _Int(int):
    """An ``int`` subclass: the native path hands it to the Python call (which takes it)."""


@pytest.mark.parametrize("path", ["native", "python-native-lock", "python-python-lock"])
def test_a_host_function_calling_back_into_its_own_domain_gets_usage_error(
    rt: multipie.Runtime, caller: ComponentService, typed: ComponentService, guests: Path, path: str
) -> None:
    """Every call path takes the Store's lock; Wasmtime (without concurrency support) would let the guest re-enter."""
    inside: list[multipie.Domain] = []

    def tick() -> int:
        return int(inside[0].call("tick-n", 1 if path == "native" else _Int(1)))

    grants = {
        "multipie:caller/math#add": rt.capability(rt.load(guests / "wat" / "add.wasm").spawn(), "add"),
        "multipie:caller/math#greet": rt.capability(typed.spawn(), "greet"),
        "multipie:caller/math#divide": rt.capability(typed.spawn(), "divide"),
        "tick": rt.host_function(tick, params=[], results=["i64"]),
    }
    prev = wasm_fastpath.use_native(path != "python-python-lock")
    try:
        d = caller.spawn(grants=grants)
    finally:
        wasm_fastpath.use_native(prev)
    inside.append(d)
    with pytest.raises(multipie.UsageError, match="re-entrant"):
        d.call("tick-n", 1 if path == "native" else _Int(1))

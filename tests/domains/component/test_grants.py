"""Grants to component imports: a component's, a core module's or a host function, revocably and type-checked."""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

import pytest

import multipie
from multipie.domains.component.service import ComponentService

ADD, GREET, TICK = "multipie:caller/math#add", "multipie:caller/math#greet", "tick"
DIVIDE = "multipie:caller/math#divide"


@pytest.fixture
def add_module(rt: multipie.Runtime, guests: Path) -> multipie.Service:
    return rt.load(guests / "wat" / "add.wasm")


def _grants(rt: multipie.Runtime, typed: ComponentService, add_module: multipie.Service) -> dict[str, Any]:
    t, a = typed.spawn(), add_module.spawn()
    ticks = iter(range(100, 200))
    return {
        DIVIDE: rt.capability(t, "divide"),  # a component's (u32, u32) -> result<u32, string>
        ADD: rt.capability(a, "add"),  # a core module's (i32, i32) -> i32
        GREET: rt.capability(t, "greet"),  # a component's (string) -> string
        TICK: rt.host_function(lambda: next(ticks), params=[], results=["i64"]),
    }


def test_imports_are_served_by_a_component_a_core_module_and_a_host_function(
    rt: multipie.Runtime, caller: ComponentService, typed: ComponentService, add_module: multipie.Service
) -> None:
    grants = _grants(rt, typed, add_module)
    with caller.spawn(grants=grants) as d:
        assert d.call("add-via", 2, 3) == 6  # core add, plus one in the caller
        assert d.call("add-via", -10, 3) == -6  # s32 crosses as a signed i32 both ways
        assert d.call("greet-via", "grants") == "hello, grants"  # a string through the typed component
        assert d.call("tick-n", 3) == 102
        assert d.call("divide-via", 9, 3) == 3  # a result crosses as ok ...
        with pytest.raises(multipie.ResultError) as info:
            d.call("divide-via", 1, 0)  # ... or as err, its payload lowered into the caller
        assert info.value.value == "division by zero" and d.is_open
    dotted = {k.replace("#", "."): v for k, v in grants.items() if k != TICK} | {"$root.tick": grants[TICK]}
    with caller.spawn(grants=dotted) as d:
        assert d.call("add-via", 1, 1) == 3  # the imports' `iface.name` keys work too


def test_a_call_after_revoke_raises_capability_revoked_and_tears_the_caller_down(
    rt: multipie.Runtime, caller: ComponentService, typed: ComponentService, add_module: multipie.Service
) -> None:
    grants = _grants(rt, typed, add_module)
    d = caller.spawn(grants=grants)
    other = caller.spawn(grants=grants)
    assert d.call("greet-via", "a") == "hello, a"
    grants[GREET].revoke()
    with pytest.raises(multipie.CapabilityRevoked, match=r"greet'.*revoked"):
        d.call("greet-via", "b")
    assert not d.is_open
    assert other.call("add-via", 1, 2) == 4  # its other grants still work
    with pytest.raises(multipie.CapabilityRevoked):
        other.call("greet-via", "c")
    with pytest.raises(multipie.CapabilityError, match="was revoked"):
        caller.spawn(grants=grants)  # a revoked capability is refused at spawn


def test_closing_the_target_revokes_its_capabilities(
    rt: multipie.Runtime, caller: ComponentService, typed: ComponentService, add_module: multipie.Service
) -> None:
    grants = _grants(rt, typed, add_module)
    with caller.spawn(grants=grants) as d:
        grants[GREET].target.close()
        assert grants[GREET].revoked
        with pytest.raises(multipie.CapabilityRevoked):
            d.call("greet-via", "x")


@pytest.mark.parametrize(
    ("key", "export", "needle"),
    [
        (ADD, "add", "has type (s32, s32) -> s32 but the capability is 'add' of type (u32, u32) -> u32"),
        (GREET, "swap", "has type (string) -> string but the capability is 'swap' of type"),
    ],
)
def test_a_component_export_of_another_type_is_refused_naming_both(
    rt: multipie.Runtime, caller: ComponentService, typed: ComponentService, key: str, export: str, needle: str
) -> None:
    with typed.spawn() as t, pytest.raises(multipie.CapabilityError) as info:
        caller.spawn(grants={key: rt.capability(t, export)})
    assert needle in str(info.value)


def test_a_core_function_must_match_the_lowered_scalars(
    rt: multipie.Runtime, caller: ComponentService, add_module: multipie.Service
) -> None:
    with add_module.spawn() as a:
        scalars = r"\(string\) -> string \(not all core scalars\).*\(i32, i32\)"
        with pytest.raises(multipie.CapabilityError, match=scalars):
            caller.spawn(grants={GREET: rt.capability(a, "add")})
        arity = r"\(\) -> u64 \(core \(\) -> \(i64\)\).*\(i64, i64\) -> \(i64\)"
        with pytest.raises(multipie.CapabilityError, match=arity):
            caller.spawn(grants={TICK: rt.capability(a, "add64")})


def test_bad_grants_are_refused_at_spawn(rt: multipie.Runtime, caller: ComponentService) -> None:
    with pytest.raises(multipie.CapabilityError, match="names no imported function"):
        caller.spawn(grants={"nope#f": rt.host_function(lambda: 1, params=[], results=["i64"])})
    with pytest.raises(multipie.CapabilityError, match="not a capability issued by this runtime"):
        caller.spawn(grants={TICK: 42})
    with multipie.Runtime(cache_dir=None) as other, pytest.raises(multipie.CapabilityError, match="another runtime"):
        caller.spawn(grants={TICK: other.host_function(lambda: 1, params=[], results=["i64"])})
    with pytest.raises(multipie.LinkError, match="grant them"):
        caller.spawn()  # imports nobody provides


def test_a_faulting_target_faults_the_caller_too(
    rt: multipie.Runtime, caller: ComponentService, typed: ComponentService, add_module: multipie.Service
) -> None:
    def boom() -> int:
        raise multipie.Trap("host function failed", code=multipie.TrapCode.OTHER)

    grants = _grants(rt, typed, add_module) | {TICK: rt.host_function(boom, params=[], results=["i64"])}
    d = caller.spawn(grants=grants)
    with pytest.raises(multipie.Trap, match="host function failed"):
        d.call("tick-n", 1)
    assert not d.is_open


def test_linkers_of_revoked_grant_sets_are_forgotten(
    rt: multipie.Runtime, caller: ComponentService, typed: ComponentService, add_module: multipie.Service
) -> None:
    first = _grants(rt, typed, add_module)
    caller.spawn(grants=first).close()
    assert len(caller._granted) == 1
    first[ADD].revoke()
    caller.spawn(grants=_grants(rt, typed, add_module)).close()  # a new set: the revoked one is dropped
    assert len(caller._granted) == 1


#: ``once`` calls the host's ``poke`` and returns with no epoch check after it.
POKE_COMPONENT = """(component
  (import "poke" (func $poke))
  (core func $p (canon lower (func $poke)))
  (core module $m
    (import "host" "poke" (func $poke))
    (func (export "once") (result i32) (call $poke) (i32.const 7))
    (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
  (core instance $i (instantiate $m (with "host" (instance (export "poke" (func $p))))))
  (func (export "once") (result s32) (canon lift (core func $i "once")))
  (func (export "add") (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $i "add"))))"""


@pytest.fixture
def lost_ctrl_c(rt: multipie.Runtime) -> tuple[multipie.Service, dict[str, Any]]:
    """The poke component and a grant that loses a ``KeyboardInterrupt`` on its first call.

    ``poke`` calls C code that calls back into Python (a ctypes callback), and the Ctrl-C is
    raised in that callback: ctypes can only report it to ``sys.unraisablehook``, as for a
    Ctrl-C landing in any ctypes callback that keeps only ``Exception``.
    """
    from multipie.domains.wasm import _capi

    if not _capi.interruptible():
        pytest.skip("multipie._interrupt is not built (pip install builds it)")

    def stop() -> None:
        raise KeyboardInterrupt

    callback = ctypes.CFUNCTYPE(None)(stop)
    pokes: list[int] = []

    def poke() -> None:
        pokes.append(1)
        if len(pokes) == 1:
            callback()

    return rt.load(POKE_COMPONENT), {"poke": rt.host_function(poke, params=[], results=[])}


def test_a_ctrl_c_carried_out_of_a_component_call_stops_that_call_not_a_later_one(
    lost_ctrl_c: tuple[multipie.Service, dict[str, Any]],
) -> None:
    svc, grants = lost_ctrl_c
    d = svc.spawn(grants=grants, timeout=600)
    with pytest.raises(KeyboardInterrupt):
        d.call("once")  # the guest has no epoch check left after poke: the call itself raises it
    assert not d.is_open  # raised in the host function: the guest's call failed, the domain is torn down
    with svc.spawn(grants=grants, timeout=600) as fresh:
        assert fresh.call("add", 20, 22) == 42  # nothing carried over to stop a later call
        assert fresh.call("once") == 7

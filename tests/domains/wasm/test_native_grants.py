"""Granted spawns into a Store of the domain's own, built natively (GrantPlan._spawn_native).

Both backends run every behaviour test: the pure-Python backend takes the
wasmtime-py path, the native one ``multipie._fastcall.grant_externs`` +
``grant_instantiate``; what a caller sees (results, revocation, errors, nothing
left bound) must be the same.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

import pytest
import wasmtime

import multipie
from multipie.domains.wasm import fastpath
from multipie.domains.wasm.grants import bind_grants
from multipie.errors import CapabilityError, CapabilityRevoked, Trap

NATIVE, WHY = fastpath.native_available()

# The region is read and written by the guest; the host function is called with its arguments.
HOLDER_WAT = """(module
  (import "env" "twice" (func $twice (param i32) (result i32)))
  (import "env" "buf" (memory 1))
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "go") (param i32) (result i32) local.get 0 call $twice local.get 0 call $add)
  (func (export "rd") (param i32) (result i32) local.get 0 i32.load 0)
  (func (export "wr") (param i32 i32) local.get 0 local.get 1 i32.store 0))"""

START_TRAP_WAT = """(module
  (import "env" "twice" (func $twice (param i32) (result i32)))
  (import "env" "buf" (memory 1))
  (func $s unreachable)
  (start $s))"""

# The start function calls the host function (the native instantiation runs without the GIL).
START_CALL_WAT = """(module
  (import "env" "twice" (func $twice (param i32) (result i32)))
  (import "env" "buf" (memory 1))
  (global $g (mut i32) (i32.const 0))
  (func $s i32.const 21 call $twice global.set $g)
  (func (export "got") (result i32) global.get $g)
  (start $s))"""


def _setup(rt: multipie.Runtime, adder: multipie.Domain) -> tuple[multipie.Service, dict[str, Any], Any]:
    svc = rt.load(HOLDER_WAT, name="holder3")
    region = rt.region(1 << 16)
    twice = rt.host_function(lambda x: 2 * x, params=["i32"], results=["i32"], name="twice")
    grants = {"env.twice": twice, "env.buf": region.capability(), "env.add": rt.capability(adder, "add")}
    return svc, grants, region


def test_native_path_is_taken_only_by_the_native_backend(rt, adder, backend) -> None:
    svc, grants, _ = _setup(rt, adder)
    d = svc.spawn(grants=grants, group=None)
    assert d.call("go", 5) == 15
    # The native path never makes a wasmtime-py Store; the wasmtime-py path starts from one.
    assert (d._shared._wstore is None) == (backend == "native")
    assert d.backend == backend
    d.close()


def test_per_holder_revocation(rt, adder, backend) -> None:
    svc, grants, region = _setup(rt, adder)
    a = svc.spawn(grants=grants, group=None)
    b = svc.spawn(grants=grants, group=None)
    region.view[0:4] = (41).to_bytes(4, "little")
    assert a.call("rd", 0) == 41 and b.call("rd", 0) == 41
    a.call("wr", 4, 9)  # writable grant: the region is shared, not copied
    assert b.call("rd", 4) == 9 and region.view[4] == 9
    # Revoke a's bindings only (the unit of revocation is the holder's binding).
    for cap, binding in a._bindings:
        if cap is grants["env.buf"]:
            binding.revoke()
    with pytest.raises(CapabilityRevoked):
        a.call("rd", 0)
    assert b.call("rd", 0) == 41
    for cap, binding in b._bindings:
        if cap is grants["env.twice"]:
            binding.revoke()
    with pytest.raises(CapabilityRevoked, match="twice"):
        b.call("go", 1)
    c = svc.spawn(grants=grants, group=None)  # a new holder gets fresh, live bindings
    assert c.call("go", 2) == 6 and c.call("rd", 0) == 41
    c.close()


def test_capability_revoke_reaches_every_native_holder(rt, adder, backend) -> None:
    svc, grants, _ = _setup(rt, adder)
    ds = [svc.spawn(grants=grants, group=None) for _ in range(3)]
    grants["env.add"].revoke()
    for d in ds:
        with pytest.raises(CapabilityRevoked):
            d.call("go", 1)
    with pytest.raises(CapabilityError, match="revoked"):
        svc.spawn(grants=grants, group=None)


def test_close_unbinds_and_drops_the_store(rt, adder, backend) -> None:
    svc, grants, _ = _setup(rt, adder)
    plan = bind_grants(svc, grants)
    for _ in range(5):
        d = svc.spawn(grants=grants, group=None)
        shared = d._shared
        d.close()
        assert shared.closed and not shared.handle.is_open
    for cap in plan.caps.values():
        assert cap._bindings == []


def test_start_trap_and_closed_target_leave_nothing_bound(rt, adder, backend) -> None:
    region = rt.region(1 << 16)
    twice = rt.host_function(lambda x: 2 * x, params=["i32"], results=["i32"], name="twice")
    svc = rt.load(START_TRAP_WAT, name="starter")
    grants = {"env.twice": twice, "env.buf": region.capability()}
    with pytest.raises(Trap, match="start function trapped"):
        svc.spawn(grants=grants, group=None)
    plan = bind_grants(svc, grants)
    assert all(c._bindings == [] for c in plan.caps.values())
    # A cross-Store function grant whose target closed meanwhile is refused, nothing stays bound.
    hsvc, hgrants, _ = _setup(rt, adder)
    ok = hsvc.spawn(grants=hgrants, group=None)
    adder.close()
    with pytest.raises(CapabilityError):
        hsvc.spawn(grants=hgrants, group=None)
    assert hgrants["env.twice"]._bindings == [b for c, b in ok._bindings if c is hgrants["env.twice"]]
    ok.close()
    assert hgrants["env.twice"]._bindings == []


@pytest.mark.skipif(not NATIVE, reason=f"native fast path unavailable: {WHY}")
def test_grant_externs_refuses_bad_arguments(rt) -> None:
    native = fastpath.native_module()
    engine = rt._host.state("wasm").engines.engine(fuel=False)
    store = native.new_store(fastpath.address(engine.ptr()), -1, -1, -1, -1, -1, "t")
    memtype = wasmtime.MemoryType(wasmtime.Limits(1, 1))
    mt = fastpath.address(memtype.ptr())
    with pytest.raises(RuntimeError, match="lock"):  # the caller must hold the Store's lock
        native.grant_externs(store, (), -1, -1, 1)
    with pytest.raises(TypeError):
        native.grant_externs(store, [], -1, -1, 1)
    with pytest.raises(TypeError):
        native.grant_externs(object(), (), -1, -1, 1)
    with store:
        with pytest.raises(ValueError, match="bad spec"):
            native.grant_externs(store, ((9, 0, 0),), -1, -1, 1)
        with pytest.raises(ValueError, match="instances"):
            native.grant_externs(store, (), -1, -1, 0)
        # A closed fd: mmap fails, the errno comes back (the memory dies with the Store).
        r, w = os.pipe()
        os.close(r)
        os.close(w)
        externs, bases, err, errno = native.grant_externs(store, ((1, mt, r, 1 << 16, True),), -1, -1, 1)
        assert externs is None and err == 0 and errno != 0
        # A wrong length is refused before anything is mapped.
        fd = os.memfd_create("t")
        try:
            os.ftruncate(fd, 1 << 16)
            with pytest.raises(ValueError, match="expected"):
                native.grant_externs(store, ((1, mt, fd, 1 << 17, True),), -1, -1, 1)
            externs, bases, err, errno = native.grant_externs(store, ((1, mt, fd, 1 << 16, False),), -1, -1, 1)
            assert err == 0 and errno == 0 and len(bases) == 1 and len(externs) % 8 == 0
            # SAFETY: bases[0] is the read-only alias just mapped over a live memory of this Store.
            assert ctypes.c_ubyte.from_address(bases[0]).value == 0
        finally:
            os.close(fd)
        with pytest.raises(ValueError, match="ragged"):
            native.grant_instantiate(store, 1, b"x")
    store.close()
    with pytest.raises(ValueError, match="closed"):
        native.grant_instantiate(store, 1, b"")


def test_start_function_calls_a_host_function(rt, backend) -> None:
    seen: list[int] = []

    def twice(x: int) -> int:
        seen.append(x)
        return 2 * x

    svc = rt.load(START_CALL_WAT, name="startcall")
    grants = {
        "env.twice": rt.host_function(twice, params=["i32"], results=["i32"], name="twice"),
        "env.buf": rt.region(1 << 16).capability(writable=False),
    }
    for _ in range(3):
        with svc.spawn(grants=grants, group=None) as d:
            assert d.call("got") == 42
    assert seen == [21, 21, 21]

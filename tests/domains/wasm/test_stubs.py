"""multipie.domains.wasm.stubs: a revoked grant's stub traps, and the trap hook names it CapabilityRevoked."""

from __future__ import annotations

import gc
from typing import Any

import pytest
import wasmtime

import multipie
from multipie.domains.wasm import stubs
from multipie.domains.wasm.calls import Signature
from multipie.errors import CapabilityRevoked, Trap, TrapCode


def test_a_revoked_stub_traps_and_is_reported_as_revoked(rt: multipie.Runtime, adder_svc: Any, client_svc: Any) -> None:
    adder = adder_svc.spawn()
    cap = rt.capability(adder, "add")
    client = client_svc.spawn(grants={"env.add": cap, "env.buf": rt.region(1 << 16).capability()})
    assert client.call("go", 2, 3) == 5
    cap.revoke()
    with pytest.raises(CapabilityRevoked, match="revoked capability") as info:
        client.call("go", 2, 3)
    assert info.value.code is TrapCode.UNREACHABLE and info.value.frames[0].module == stubs.STUB_MODULE
    assert adder.call("add", 1, 1) == 2  # the provider is untouched


def test_other_traps_are_left_alone() -> None:
    trap = Trap("boom", code=TrapCode.UNREACHABLE, frames=[], domain="d")

    class D:
        label = "d"

    assert stubs.on_trap(D(), trap) is None  # type: ignore[arg-type]


def test_stub_modules_are_cached_per_engine_and_signature() -> None:
    sig = Signature("add", ("i32", "i32"), ("i32",))
    e1 = wasmtime.Engine()
    m1 = stubs._stub_module(sig, e1)
    assert stubs._stub_module(sig, e1) is m1
    assert stubs._stub_module(Signature("f", ("i64",), ()), e1) is not m1
    del e1
    gc.collect()
    e2 = wasmtime.Engine()  # may reuse e1's id(): the cache keeps e1 alive, so it never does
    assert stubs._stub_module(sig, e2) is not m1

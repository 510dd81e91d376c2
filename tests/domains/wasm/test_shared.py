"""multipie.domains.wasm.shared: a SharedStore hosts domains that call each other, and outlives a faulting member."""

from __future__ import annotations

from typing import Any

import pytest

import multipie
from multipie.errors import DomainClosed


def test_member_fault_leaves_the_shared_store_to_the_others(rt: multipie.Runtime, adder_svc: Any, client_svc: Any):
    adder = adder_svc.spawn()
    add = rt.capability(adder, "add")
    a = client_svc.spawn(grants={"env.add": add, "env.buf": rt.region(1 << 16).capability()})
    b = client_svc.spawn(grants={"env.add": add.forward(), "env.buf": rt.region(1 << 16).capability()})
    with pytest.raises(multipie.errors.Trap):
        a.call("rd", 1 << 20)  # out of bounds of its region
    assert not a.is_open and b.call("go", 1, 2) == 3 and adder._shared.live == 2
    home = adder._shared
    b.close()
    adder.close()
    assert home.closed and home.live == 0
    with pytest.raises(DomainClosed):
        _ = adder.store

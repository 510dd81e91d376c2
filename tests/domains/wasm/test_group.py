"""multipie.domains.wasm.group: one SharedStore concept, explicit placement, grants inside DomainGroups."""

from __future__ import annotations

from typing import Any

import pytest

import multipie
from multipie.domains.wasm.group import AUTO
from multipie.domains.wasm.shared import SharedStore
from multipie.errors import CapabilityRevoked, DomainClosed, Timeout, UsageError

SPIN_CLIENT_WAT = """(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (func (export "go") (param i32 i32) (result i32) local.get 0 local.get 1 call $add)
  (func (export "spin") (loop $l br $l)))"""


def _grants(rt: multipie.Runtime, target: Any) -> dict[str, Any]:
    return {"env.add": rt.capability(target, "add"), "env.buf": rt.region(1 << 16).capability()}


def test_auto_joins_the_callee_store_and_none_keeps_its_own(rt: multipie.Runtime, adder_svc: Any, client_svc: Any):
    adder = adder_svc.spawn()
    assert adder._shared is None  # spawned alone: owns its Store, no SharedStore object
    joined = client_svc.spawn(grants=_grants(rt, adder))  # group=AUTO
    home = adder._shared
    assert isinstance(home, SharedStore) and joined._shared is home and home.live == 2
    own = client_svc.spawn(grants=_grants(rt, adder), group=None)
    assert own._shared is not home and own._shared is not None and own._shared.live == 1
    assert joined.call("go", 2, 3) == 5 and own.call("go", 20, 22) == 42
    explicit = client_svc.spawn(grants=_grants(rt, adder), group=AUTO)
    assert explicit._shared is home


def test_own_store_placement_keeps_a_long_lived_store_from_growing(
    rt: multipie.Runtime, adder_svc: Any, client_svc: Any
):
    # The gateway's pattern: per-request domains calling a provider. With group=None the
    # provider's Store gains no instance per request (a Store frees instances only when dropped).
    provider = adder_svc.spawn()
    add = rt.capability(provider, "add")
    buf = rt.region(1 << 16)
    used = provider._shared.used
    for i in range(20):
        d = client_svc.spawn(grants={"env.add": add, "env.buf": buf.capability()}, group=None)
        assert d.call("go", i, 1) == i + 1
        store = d._shared
        d.close()
        assert store.closed  # its own Store is dropped with it
    assert provider._shared.used == used and provider._shared.live == 1
    # ... whereas joining (AUTO) leaves two instances (domain + call stub) per closed request domain
    for _ in range(3):
        client_svc.spawn(grants={"env.add": add, "env.buf": buf.capability()}).close()
    assert provider._shared.dead_instances == 6
    # revocation still reaches own-Store holders (host trampoline)
    d = client_svc.spawn(grants={"env.add": add, "env.buf": buf.capability()}, group=None)
    add.revoke()
    with pytest.raises(CapabilityRevoked):
        d.call("go", 1, 1)
    assert provider.call("add", 1, 1) == 2


def test_grants_inside_a_domain_group(rt: multipie.Runtime, adder_svc: Any, client_svc: Any):
    g = rt.group(slab_size=16)
    adder = adder_svc.spawn(group=g)
    add = rt.capability(adder, "add")
    buf = rt.region(1 << 16)
    a = client_svc.spawn(grants={"env.add": add, "env.buf": buf.capability()}, group=g)
    assert a._shared is adder._shared and a._shared.group is g  # same slab: a stub call, not the host
    assert g.live_domains == 2 and g.slabs == 1
    buf.view[0:4] = (1234).to_bytes(4, "little")
    assert a.call("rd", 0) == 1234 and a.call("calls", 100) == 5050 + 100
    # the slab's instance limit survives the region binding (the cap is lifted and restored)
    more = [client_svc.spawn(grants={"env.add": add.forward(), "env.buf": buf.capability()}, group=g) for _ in range(5)]
    assert g.slabs == 1 and a._shared.used == 13  # 7 domains + 6 call stubs (instances too)
    add.revoke()  # revokes every forwarded child too
    for d in (a, *more):
        with pytest.raises(CapabilityRevoked):
            d.call("go", 1, 1)
    assert adder.call("add", 2, 2) == 4 and g.live_domains == 1
    # a target outside the group is reached through the host
    outside = adder_svc.spawn()
    c = client_svc.spawn(grants=_grants(rt, outside), group=g)
    assert c._shared is not outside._shared and c.call("go", 3, 4) == 7
    g.close()
    for d in (adder, c):
        with pytest.raises(DomainClosed):
            d.call("go" if d is c else "add", 1, 1)
    assert g.slabs == 0 and outside.call("add", 1, 1) == 2


def test_group_placement_checks_limits_and_type(rt: multipie.Runtime, adder_svc: Any, client_svc: Any):
    adder = adder_svc.spawn()
    g = rt.group(memory_limit=1 << 20)
    with pytest.raises(UsageError, match="unmetered"):
        client_svc.spawn(grants=_grants(rt, adder), group=g, fuel=100)
    with pytest.raises(UsageError, match="group= takes"):
        adder_svc.spawn(group="own")
    with pytest.raises(UsageError, match="group= takes"):
        client_svc.spawn(grants=_grants(rt, adder), group=42)
    assert g.live_domains == 0 and adder.call("add", 1, 2) == 3


def test_a_neighbours_timeout_never_limits_an_untimed_member(rt: multipie.Runtime, adder_svc: Any):
    # The callee owned its Store, untimed; a timed grantee joins it. After the grantee's
    # timed call, the callee's untimed calls must not inherit the deadline left behind.
    adder = adder_svc.spawn()
    spinner = rt.load(SPIN_CLIENT_WAT).spawn(grants={"env.add": rt.capability(adder, "add")}, timeout=0.05)
    assert spinner._shared is adder._shared
    with pytest.raises(Timeout):  # the epoch reached the deadline the timed call set ...
        spinner.call("spin")
    # ... so that deadline, if left on the Store, would stop the callee's next call at its entry.
    assert adder.call("add", 40, 2) == 42  # same Store, no deadline of its own
    assert adder._gate.shared

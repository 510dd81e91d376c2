"""multipie.capabilities + grants: issue, check, forward, revoke (function capabilities)."""

from __future__ import annotations

import pytest

import multipie
from multipie.capabilities import Capability, CapabilityKind
from multipie.errors import CapabilityError, CapabilityRevoked, DomainClosed, LinkError, NoSuchExport
from tests.inflight import Call, wait_for


def test_call_through_capability_is_guest_to_guest(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    assert add.kind is CapabilityKind.FUNCTION
    a = client.spawn(grants={"env.add": add, "env.buf": rt.region(1 << 16).capability()})
    assert a.call("go", 2, 3) == 5
    assert a.call("calls", 1000) == 500500 + 1000  # sum of add(n, 1)
    # Same Store: the client joined the adder's SharedStore (placement AUTO).
    assert a._shared is adder._shared


def test_call_after_revoke_traps_in_that_holder_only(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    buf = rt.region(1 << 16)
    a = client.spawn(grants={"env.add": add, "env.buf": buf.capability()})
    other = client.spawn(grants={"env.add": rt.capability(adder, "add"), "env.buf": buf.capability()})
    add.revoke()
    assert add.revoked
    with pytest.raises(CapabilityRevoked) as info:
        a.call("go", 1, 2)
    assert info.value.domain == a.label
    with pytest.raises(DomainClosed):
        a.call("go", 1, 2)
    assert other.call("go", 1, 2) == 3  # another holder, another capability
    assert adder.call("add", 1, 2) == 3  # the owner


def test_revoking_parent_revokes_forwarded_children(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    child = add.forward()
    grandchild = child.forward()
    buf = rt.region(1 << 16)
    holders = [client.spawn(grants={"env.add": c, "env.buf": buf.capability()}) for c in (child, grandchild)]
    assert [h.call("go", 1, 1) for h in holders] == [2, 2]
    add.revoke()
    assert child.revoked and grandchild.revoked
    for h in holders:
        with pytest.raises(CapabilityRevoked):
            h.call("go", 1, 1)
    with pytest.raises(CapabilityError, match="revoked"):
        add.forward()


def test_revoking_child_leaves_parent_working(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    child = add.forward()
    buf = rt.region(1 << 16)
    a = client.spawn(grants={"env.add": add, "env.buf": buf.capability()})
    b = client.spawn(grants={"env.add": child, "env.buf": buf.capability()})
    child.revoke()
    with pytest.raises(CapabilityRevoked):
        b.call("go", 1, 1)
    assert a.call("go", 1, 1) == 2
    assert not add.revoked


def test_forged_and_foreign_grants_are_refused(rt, adder, client, tmp_path) -> None:
    buf = rt.region(1 << 16).capability()
    with pytest.raises(CapabilityError, match="not a capability"):
        client.spawn(grants={"env.add": 12345, "env.buf": buf})
    with pytest.raises(CapabilityError, match="issued by a Runtime"):
        Capability(None, CapabilityKind.FUNCTION, "function i32,i32->i32", target=adder, writable=True, parent=None)  # type: ignore[arg-type]
    other = multipie.Runtime(cache_dir=tmp_path / "other")
    try:
        theirs = other.load(client.wasm).spawn  # noqa: F841 - other runtime exists
        foreign_adder = other.load(adder.service.wasm).spawn()
        foreign = other.capability(foreign_adder, "add")
        with pytest.raises(CapabilityError, match="another runtime"):
            client.spawn(grants={"env.add": foreign, "env.buf": buf})
        with pytest.raises(CapabilityError, match="another runtime"):
            rt.capability(foreign_adder, "add")
    finally:
        other.close()


def test_type_mismatch_names_the_import(rt, adder, client) -> None:
    buf = rt.region(1 << 16).capability()
    neg = rt.capability(adder, "neg")
    with pytest.raises(CapabilityError, match=r"'env.add'.*i32,i32->i32.*i32->i32"):
        client.spawn(grants={"env.add": neg, "env.buf": buf})
    with pytest.raises(CapabilityError, match=r"'env.add': the import is a function, but the capability is a memory"):
        client.spawn(grants={"env.add": buf, "env.buf": buf})
    with pytest.raises(CapabilityError, match=r"'env.buf': the import is a memory, but the capability is a function"):
        client.spawn(grants={"env.add": rt.capability(adder, "add"), "env.buf": rt.capability(adder, "add")})
    with pytest.raises(CapabilityError, match=r"'env.nope'.*no import"):
        client.spawn(grants={"env.nope": neg, "env.add": rt.capability(adder, "add"), "env.buf": buf})


def test_missing_grant_is_a_link_error(rt, adder, client) -> None:
    with pytest.raises(LinkError, match="env.buf"):
        client.spawn(grants={"env.add": rt.capability(adder, "add")})


def test_revoked_capability_is_refused_at_spawn(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    add.revoke()
    with pytest.raises(CapabilityError, match="revoked"):
        client.spawn(grants={"env.add": add, "env.buf": rt.region(1 << 16).capability()})


def test_capability_needs_a_function_export(rt, adder) -> None:
    with pytest.raises(NoSuchExport):
        rt.capability(adder, "missing")
    adder.close()
    with pytest.raises(DomainClosed):
        rt.capability(adder, "add")


def test_closing_the_target_revokes_its_capabilities(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    a = client.spawn(grants={"env.add": add, "env.buf": rt.region(1 << 16).capability()})
    adder.close()
    assert add.revoked
    with pytest.raises(CapabilityRevoked):
        a.call("go", 1, 1)


def test_holder_close_keeps_group_alive(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    buf = rt.region(1 << 16)
    a = client.spawn(grants={"env.add": add, "env.buf": buf.capability()})
    b = client.spawn(grants={"env.add": add, "env.buf": buf.capability()})
    a.close()
    assert b.call("go", 2, 2) == 4
    assert adder.call("add", 2, 2) == 4


def test_cross_store_grant_goes_through_the_host_and_revokes(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    # A different memory limit cannot share the adder's Store: a host trampoline is used.
    a = client.spawn(memory_limit=8 << 20, grants={"env.add": add, "env.buf": rt.region(1 << 16).capability()})
    assert a._shared is not adder._shared
    assert a.call("go", 20, 22) == 42
    add.revoke()
    with pytest.raises(CapabilityRevoked):
        a.call("go", 1, 1)
    assert adder.call("add", 1, 1) == 2


#: Calls env.add forever once it has set the flag buf[0] = 1: only a revocation can end the call.
CALLS_FOREVER_WAT = """(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (import "env" "buf" (memory 1))
  (func (export "calls") (result i32) (local $s i32)
    (i32.store (i32.const 0) (i32.const 1))
    (loop $l (local.set $s (call $add (local.get $s) (i32.const 1))) (br $l))
    local.get $s))"""


def test_revoke_while_a_call_runs_in_another_thread(rt, adder) -> None:
    add = rt.capability(adder, "add")
    region = rt.region(1 << 16)
    a = rt.load(CALLS_FOREVER_WAT, name="forever").spawn(grants={"env.add": add, "env.buf": region.capability()})
    call = Call(a.call, "calls")
    wait_for(lambda: region.view[0] == 1, "the guest inside its call, calling env.add")
    add.revoke()  # no lock needed: the flag flips under the running guest
    assert isinstance(call.outcome(), CapabilityRevoked)
    assert adder.call("add", 3, 4) == 7


def test_capability_bookkeeping_is_weak(rt, adder) -> None:
    import gc

    from multipie.capabilities import RefSet

    region = rt.region(1 << 16)
    table = region._table
    before = len(table._issued)
    caps = [region.capability(writable=bool(i % 2)) for i in range(100)]
    kids = [c.forward() for c in caps[:10]]
    assert len(table._issued) == before + 110 and len(region._caps) == 100
    assert all(c in table._issued for c in caps) and 42 not in table._issued
    del caps, kids
    gc.collect()
    assert len(table._issued) == before and len(region._caps) == 0  # dropped caps leave no entry
    s = RefSet()
    keep = region.capability()
    s.add(keep)
    assert keep in s and list(s) == [keep] and len(s) == 1
    # revoking a parent still reaches its (weakly held) children
    child = keep.forward()
    keep.revoke()
    assert child.revoked

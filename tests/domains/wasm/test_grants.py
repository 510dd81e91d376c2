"""The grant-plan cache (multipie.domains.wasm.grants.bind_grants): reuse, revocation, isolation."""

from __future__ import annotations

import linecache
import sys
import threading

import pytest

import multipie
from multipie.domains.wasm.grants import PLAN_CACHE_SIZE, bind_grants
from multipie.domains.wasm.group import AUTO
from multipie.errors import CapabilityError, CapabilityRevoked, DomainClosed, Trap
from multipie.sharing import Alias
from tests.inflight import DEADLINE, Call, wait_for

TRAPPER_WAT = """(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (import "env" "buf" (memory 1))
  (memory (export "memory") 1)
  (func (export "go") (param i32 i32) (result i32) local.get 0 local.get 1 call $add)
  (func (export "boom") unreachable))"""


def _grants(rt: multipie.Runtime, adder: multipie.Domain, region: multipie.Region) -> dict[str, object]:
    return {"env.add": rt.capability(adder, "add"), "env.buf": region.capability(writable=False)}


@pytest.mark.parametrize("group", [None, AUTO])
def test_one_plan_serves_repeated_spawns(rt, adder, client, group) -> None:
    grants = _grants(rt, adder, rt.region(1 << 16))
    plan = bind_grants(client, grants)
    domains = [client.spawn(grants=grants, group=group) for _ in range(20)]
    assert bind_grants(client, grants) is plan
    assert len(client._grant_plans) == 1
    assert [d.call("go", i, 1) for i, d in enumerate(domains)] == [i + 1 for i in range(20)]
    for d in domains:
        d.close()
    assert plan.caps["env.add"]._bindings == []  # every holder's binding left with it


def test_a_cached_plan_never_binds_a_revoked_capability(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    child = add.forward()
    grants = {"env.add": child, "env.buf": rt.region(1 << 16).capability()}
    before = client.spawn(grants=grants, group=None)
    plan = bind_grants(client, grants)  # the cached plan, taken before the revoke
    add.revoke()  # the parent: the child in the cached mapping is revoked with it
    with pytest.raises(CapabilityError, match="revoked"):
        client.spawn(grants=grants, group=None)
    # Even the plan object itself refuses (the check is made under the capability lock at bind time),
    # and a refused spawn leaves nothing bound.
    with pytest.raises(CapabilityError, match="revoked"):
        plan.spawn(rt._host.limits(memory_limit=None, fuel=None, timeout=None), None)
    assert child._bindings == []
    assert plan.caps["env.buf"]._bindings == [b for c, b in before._bindings if c is plan.caps["env.buf"]]
    with pytest.raises(CapabilityRevoked):
        before.call("go", 1, 1)


def test_a_cached_plan_never_binds_a_closed_region(rt, adder, client) -> None:
    region = rt.region(1 << 16)
    grants = _grants(rt, adder, region)
    first = client.spawn(grants=grants, group=None)
    region.view[0:4] = (7).to_bytes(4, "little")
    assert first.call("rd", 0) == 7
    plan = bind_grants(client, grants)
    region.close()
    with pytest.raises(CapabilityError):
        client.spawn(grants=grants, group=None)
    with pytest.raises(CapabilityError):
        plan.spawn(rt._host.limits(memory_limit=None, fuel=None, timeout=None), None)
    with pytest.raises(CapabilityRevoked):
        first.call("rd", 0)
    # The function capability of the refused spawns was not left bound either.
    assert plan.caps["env.add"]._bindings == []


def test_domains_from_one_plan_are_isolated(rt, adder) -> None:
    svc = rt.load(TRAPPER_WAT, name="trapper")
    region = rt.region(1 << 16)
    grants = _grants(rt, adder, region)
    a, b, c = (svc.spawn(grants=grants, group=None) for _ in range(3))
    assert len(svc._grant_plans) == 1
    # Own Store, own memory, own region alias and own call binding each.
    assert len({id(d._shared) for d in (a, b, c)}) == 3
    a.memory[0] = 42
    assert b.memory[0] == 0 and c.memory[0] == 0
    aliases = [next(bd for _, bd in d._bindings if isinstance(bd, Alias)) for d in (a, b, c)]
    assert len({al.base for al in aliases}) == 3
    calls = [next(bd for _, bd in d._bindings if not isinstance(bd, Alias)) for d in (a, b, c)]
    assert len({id(bd) for bd in calls}) == 3
    # Revoking one holder's bindings cuts that holder off only.
    for _, binding in a._bindings:
        binding.revoke()
    with pytest.raises(CapabilityRevoked):
        a.call("go", 1, 2)
    assert b.call("go", 1, 2) == 3 and c.call("go", 2, 2) == 4
    # A fault in one leaves the others (and the plan) working.
    with pytest.raises(Trap):
        b.call("boom")
    with pytest.raises(DomainClosed):
        b.call("go", 1, 1)
    assert c.call("go", 3, 4) == 7
    d = svc.spawn(grants=grants, group=None)
    assert d.call("go", 5, 5) == 10
    for x in (c, d):
        x.close()
    assert adder.call("add", 1, 1) == 2


def test_forwarded_children_revoke_their_own_holders_only(rt, adder, client) -> None:
    add = rt.capability(adder, "add")
    region = rt.region(1 << 16)
    maps = [{"env.add": add.forward(), "env.buf": region.capability(writable=False)} for _ in range(2)]
    h = [[client.spawn(grants=m, group=None) for _ in range(3)] for m in maps]
    maps[0]["env.add"].revoke()
    for d in h[0]:
        with pytest.raises(CapabilityRevoked):
            d.call("go", 1, 1)
    assert [d.call("go", 1, 1) for d in h[1]] == [2, 2, 2]
    assert client.spawn(grants=maps[1], group=None).call("go", 2, 3) == 5


def test_host_function_grants_from_a_cached_plan_keep_per_holder_flags(rt, client) -> None:
    seen: list[tuple[int, int]] = []

    def add(x: int, y: int) -> int:
        seen.append((x, y))
        return x + y

    grants = {"env.add": rt.host_function(add), "env.buf": rt.region(1 << 16).capability()}
    a, b = (client.spawn(grants=grants) for _ in range(2))
    assert a.call("go", 1, 2) == 3 and b.call("go", 3, 4) == 7
    next(bd for _, bd in a._bindings if not isinstance(bd, Alias)).revoke()
    with pytest.raises(CapabilityRevoked):
        a.call("go", 1, 1)
    assert b.call("go", 5, 6) == 11
    assert seen == [(1, 2), (3, 4), (5, 6)]


def test_grouped_spawns_from_a_cached_plan_get_their_own_stubs(rt, adder, client) -> None:
    group = rt.group(slab_size=64)
    grants = _grants(rt, adder, rt.region(1 << 16))
    a, b = (client.spawn(grants=grants, group=group) for _ in range(2))
    assert a._shared is b._shared
    assert a.call("go", 1, 2) == 3 and b.call("go", 2, 2) == 4
    for _, binding in a._bindings:
        binding.revoke()
    with pytest.raises(CapabilityRevoked):
        a.call("go", 1, 1)
    assert b.call("go", 4, 4) == 8
    group.close()


def test_the_cache_is_bounded_and_forgets_revoked_plans(rt, adder, client) -> None:
    region = rt.region(1 << 16)
    for _ in range(3 * PLAN_CACHE_SIZE):
        client.spawn(grants=_grants(rt, adder, region), group=None).close()
    assert len(client._grant_plans) <= PLAN_CACHE_SIZE
    grants = _grants(rt, adder, region)
    client.spawn(grants=grants, group=None).close()
    for cap in list(grants.values()):
        cap.revoke()  # type: ignore[attr-defined]
    client.spawn(grants=_grants(rt, adder, region), group=None).close()  # a miss: prunes revoked plans
    assert all(p.usable() for p in client._grant_plans.values())


def test_a_start_function_trap_with_grants_is_a_trap_and_binds_nothing(rt, adder) -> None:
    svc = rt.load(
        """(module
          (import "env" "add" (func $add (param i32 i32) (result i32)))
          (import "env" "buf" (memory 1))
          (func $start unreachable)
          (start $start))""",
        name="badstart",
    )
    grants = _grants(rt, adder, rt.region(1 << 16))
    for group in (None, AUTO):
        with pytest.raises(Trap, match="start function"):
            svc.spawn(grants=grants, group=group)
    assert all(cap._bindings == [] for cap in grants.values())  # type: ignore[attr-defined]
    assert adder.call("add", 2, 2) == 4


# -- a granted spawn racing the close of the domain whose Store it joins (fuzz concurrency seed 4) --

_PROVIDER = """(module (import "env" "hold" (func $hold))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "enter") call $hold))"""
_JOINER = """(module (import "env" "add" (func $add (param i32 i32) (result i32)))
  (func (export "go") (result i32) i32.const 2 i32.const 3 call $add))"""


def _at(thread: threading.Thread, func: str, filename: str, line: str) -> bool:
    """Whether ``thread`` is in ``func`` of ``filename`` at the source line ``line``."""
    frame = sys._current_frames().get(thread.ident or 0)
    while frame is not None:
        code = frame.f_code
        if code.co_name == func and code.co_filename.endswith(filename):
            return linecache.getline(code.co_filename, frame.f_lineno).strip() == line
        frame = frame.f_back
    return False


def test_a_spawn_joining_a_store_its_last_member_is_dropping_gets_a_typed_refusal(
    rt: multipie.Runtime, backend: str
) -> None:
    """The spawn picked the provider's Store, then the provider closed before the spawn got in.

    Forced: the provider's own call holds its Store's lock while the spawner waits for it
    (after placing itself) and the closer waits for it (after deciding to drop); then both go.
    Before the fix the spawn raised ``UsageError: the Store was dropped`` (or joined a dead Store).
    """
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        entered.set()
        release.wait(DEADLINE)

    provider = rt.load(_PROVIDER).spawn(grants={"env.hold": rt.host_function(hold)})
    shared = provider._shared
    assert shared is not None and shared.group is None
    cap = rt.capability(provider, "add")
    joiner = rt.load(_JOINER)
    provider.export("add")  # bound now: the spawner's trampoline then needs no Store lock
    inside = Call(provider.call, "enter")
    wait_for(entered.is_set, "the provider's call holds its Store")
    spawner = Call(joiner.spawn, grants={"env.add": cap})
    wait_for(lambda: _at(spawner, "spawn", "grants.py", "with handle:"), "the spawner placed itself and waits")
    closer = Call(provider.close)
    wait_for(lambda: shared.closed, "the closer decided to drop the Store")
    release.set()
    assert inside.outcome() is None
    assert closer.outcome() is None
    refused = spawner.outcome()
    assert isinstance(refused, (CapabilityError, DomainClosed)), repr(refused)
    assert not provider.is_open

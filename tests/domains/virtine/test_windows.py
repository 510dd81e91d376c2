"""The zero-copy buffer and region grants of virtines (multipie.domains.virtine.windows, .grants)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable

import pytest

import multipie
from multipie.domains.virtine.service import VirtineBuffer
from multipie.domains.virtine.windows import BUFFER_BASE, GRANT_BASE, GRANT_SLOTS, WINDOW
from multipie.errors import (
    ArgumentError,
    CapabilityError,
    CapabilityRevoked,
    DomainClosed,
    OutOfMemory,
    Trap,
    TrapCode,
    UsageError,
)
from multipie.kvm.vcpu import VcpuState
from tests.conftest import needs_kvm
from tests.inflight import Call, wait_for

pytestmark = needs_kvm

Load = Callable[[str], multipie.Service]


def _sum(data: bytes) -> int:
    s = 0
    for b in data:
        s = (s * 31 + b) & 0xFFFFFFFFFFFFFFFF
    return s - (1 << 64) if s >> 63 else s


@pytest.fixture
def svc(load: Load) -> multipie.Service:
    return load("tests/windows")


# -- the zero-copy buffer -----------------------------------------------------------------


def test_buffer_is_shared_without_copies(svc: multipie.Service) -> None:
    with svc.spawn() as d:
        buf = d.buffer(64 << 10)
        assert isinstance(buf, VirtineBuffer) and buf.gpa == BUFFER_BASE and len(buf) == 64 << 10
        data = os.urandom(64 << 10)
        buf.write(data)
        assert d.call("sum_buf", buf, len(data)) == _sum(data)
        assert d.call("addr_of", buf) == BUFFER_BASE
        # The guest writes straight into the caller's view: nothing is copied back.
        view = buf.view
        assert d.call("fill_buf", buf, 300, 7) == 300
        assert bytes(view[:300]) == bytes((7 + i) & 0xFF for i in range(300))
        win = buf.window(4096, 16)
        assert win.gpa == BUFFER_BASE + 4096 and d.call("addr_of", win) == BUFFER_BASE + 4096
        assert d.call("fill_buf", win, 16, 1) == 16 and bytes(view[4096:4112]) == bytes(range(1, 17))


def test_buffer_larger_than_the_heap(svc: multipie.Service) -> None:
    with svc.spawn() as d:
        n = 16 << 20  # the image's heap is about 1 MiB: a copied argument this size would not fit
        with pytest.raises(ArgumentError, match="does not fit"):
            d.call("sum_buf", bytes(n), n)
    with svc.spawn() as d:
        buf = d.buffer(n)
        buf.view[n - 1] = 5
        assert d.call("peek", BUFFER_BASE + n - 1) == 5


def test_buffer_persists_for_the_domain_and_is_gone_for_the_next(svc: multipie.Service) -> None:
    d1 = svc.spawn()
    buf = d1.buffer(4096)
    buf.write(b"secret")
    assert d1.call("peek", BUFFER_BASE) == ord("s")
    assert d1.call("peek", BUFFER_BASE) == ord("s")  # the caller's bytes: not reset between calls
    d1.close()
    assert bytes(buf.view[:6]) == b"secret"  # the caller's old view stays valid memory
    # The next domain (same pooled machine) sees no buffer at all, then a fresh zeroed one.
    d2 = svc.spawn()
    d2.buffer(4096)
    assert d2.call("peek", BUFFER_BASE) == 0
    with pytest.raises(ArgumentError, match="not the domain's current buffer"):
        d2.call("sum_buf", buf, 6)
    d2.close()
    d3 = svc.spawn()
    with pytest.raises(Trap, match="outside the domain's buffer") as info:
        d3.call("peek", BUFFER_BASE)
    assert info.value.code is TrapCode.MEMORY_OUT_OF_BOUNDS
    with pytest.raises(DomainClosed):
        d3.call("peek", BUFFER_BASE)
    with svc.spawn() as d4:  # the runtime and the pool keep working
        assert d4.call("sum_buf", b"abc", 3) == _sum(b"abc")


def test_buffer_growth_and_bounds(svc: multipie.Service, rt: multipie.Runtime) -> None:
    with svc.spawn() as d:
        small = d.buffer(4096)
        assert d.buffer(100)._memory is small._memory  # large enough: the same memory
        big = d.buffer(8192)
        assert big._memory is not small._memory
        with pytest.raises(ArgumentError):
            d.call("addr_of", small)
        with pytest.raises(Trap, match="outside the domain's buffer"):
            d.call("peek", BUFFER_BASE + 8192)
    with svc.spawn() as d:
        for bad in (0, -1, WINDOW + 1):
            with pytest.raises(OutOfMemory):
                d.buffer(bad)
        with pytest.raises(UsageError):
            d.buffer("4096")  # type: ignore[arg-type]
        with pytest.raises(UsageError):
            d.buffer(4096).window(4000, 200)
    with svc.spawn(memory_limit=svc.image.memory + 8192) as d:  # type: ignore[attr-defined]
        d.buffer(8192)
        with pytest.raises(OutOfMemory, match="memory limit"):
            d.buffer(8192 + 4096)


# -- region grants ---------------------------------------------------------------------------


def test_read_write_grant_shares_bytes(svc: multipie.Service, rt: multipie.Runtime) -> None:
    region = rt.region(1 << 20)
    region.view[:5] = b"hello"
    with svc.spawn(grants={"env.buf": region.capability()}) as d:
        assert d.call("grant0") == GRANT_BASE
        assert d.call("grant_info", b"env.buf\0", 0) == GRANT_BASE  # vt_grant agrees with the fixed address
        assert d.call("grant_info", b"env.buf\0", 1) == 1 << 20
        assert d.call("grant_info", b"env.nope\0", 0) == -errno.ENOENT
        assert d.call("peek", GRANT_BASE + 1) == ord("e")
        d.call("poke", GRANT_BASE + 4, ord("O"))
        assert bytes(region.view[:5]) == b"hellO"  # the guest's write, seen by the host with no copy
        region.view[(1 << 20) - 1] = 9
        assert d.call("peek", GRANT_BASE + (1 << 20) - 1) == 9
        assert bytes(region.view[:5]) == b"hellO"  # not reset between calls: it is the region's memory
        with pytest.raises(Trap, match="past the end of grant 'env.buf'"):
            d.call("peek", GRANT_BASE + (1 << 20))


def test_grants_are_placed_in_sorted_order(svc: multipie.Service, rt: multipie.Runtime) -> None:
    a, b = rt.region(65536), rt.region(65536)
    a.view[0], b.view[0] = 1, 2
    with svc.spawn(grants={"env.z": b.capability(), "env.a": a.capability(writable=False)}) as d:
        assert d.call("peek", GRANT_BASE) == 1 and d.call("peek", GRANT_BASE + WINDOW) == 2
        assert d.call("grant_info", b"env.z\0", 0) == GRANT_BASE + WINDOW
        with pytest.raises(Trap, match="no grant in window 2"):
            d.call("peek", GRANT_BASE + 2 * WINDOW)


def test_read_only_grant_refuses_writes(svc: multipie.Service, rt: multipie.Runtime) -> None:
    region = rt.region(65536)
    region.view[:3] = b"abc"
    d = svc.spawn(grants={"env.buf": region.capability(writable=False)})
    assert d.call("peek", GRANT_BASE + 2) == ord("c")
    with pytest.raises(Trap, match="read-only grant 'env.buf'") as info:
        d.call("poke", GRANT_BASE + 1, ord("X"))
    assert info.value.code is TrapCode.MEMORY_OUT_OF_BOUNDS and not isinstance(info.value, CapabilityRevoked)
    assert bytes(region.view[:3]) == b"abc"  # nothing changed
    assert not d.is_open  # the faulting domain was torn down
    rw = region.capability().forward(writable=False)  # forwarded read-only: still read-only
    with svc.spawn(grants={"env.buf": rw}) as d2:
        with pytest.raises(Trap, match="read-only"):
            d2.call("poke", GRANT_BASE, 1)
    assert bytes(region.view[:3]) == b"abc"


def test_revoke_one_holder(svc: multipie.Service, rt: multipie.Runtime) -> None:
    region = rt.region(65536)
    region.view[0] = 42
    root = region.capability()
    mine, theirs = root.forward(), root.forward(writable=False)
    d1 = svc.spawn(grants={"env.buf": mine})
    d2 = svc.spawn(grants={"env.buf": theirs})
    assert d1.call("peek", GRANT_BASE) == 42 and d2.call("peek", GRANT_BASE) == 42
    mine.revoke()
    with pytest.raises(CapabilityRevoked, match="revoked capability") as info:
        d1.call("peek", GRANT_BASE)
    assert info.value.code is TrapCode.MEMORY_OUT_OF_BOUNDS
    region.view[0] = 43  # the owner keeps working
    assert d2.call("peek", GRANT_BASE) == 43  # and so does the other holder
    root.revoke()  # the parent takes every forwarded capability with it
    with pytest.raises(CapabilityRevoked):
        d2.call("peek", GRANT_BASE)
    assert region.view[0] == 43
    with pytest.raises(CapabilityError, match="revoked"):
        svc.spawn(grants={"env.buf": mine})


def test_grant_lookup_after_revoke_traps(svc: multipie.Service, rt: multipie.Runtime) -> None:
    cap = rt.region(65536).capability()
    d = svc.spawn(grants={"env.buf": cap})
    cap.revoke()
    with pytest.raises(CapabilityRevoked, match="looked up grant 'env.buf'"):
        d.call("grant_info", b"env.buf\0", 0)


def test_revoke_while_a_call_is_running(svc: multipie.Service, rt: multipie.Runtime) -> None:
    region = rt.region(65536)
    cap = region.capability()
    d = svc.spawn(grants={"env.buf": cap}, timeout=10.0)
    vcpu = d.machine.vcpu  # type: ignore[attr-defined]
    call = Call(d.call, "wait_for", GRANT_BASE, 1)  # spins reading the grant until its first byte is 1
    wait_for(lambda: vcpu.state is VcpuState.RUNNING, "the guest inside wait_for")
    cap.revoke()  # effective when it returns: the spinning guest's next read exits
    assert isinstance(call.outcome(), CapabilityRevoked)
    region.view[0] = 1  # the owner's view is untouched
    with svc.spawn() as d2:
        assert d2.call("sum_buf", b"x", 1) == ord("x")


def test_bad_grants_are_refused(svc: multipie.Service, rt: multipie.Runtime) -> None:
    region = rt.region(65536)
    with pytest.raises(CapabilityError, match="not a capability"):
        svc.spawn(grants={"env.buf": 12345})
    with pytest.raises(CapabilityError, match="not a capability"):
        svc.spawn(grants={"env.buf": region})
    other = multipie.Runtime(cache_dir=None)
    try:
        foreign = other.region(65536).capability()
        with pytest.raises(CapabilityError, match="another runtime"):
            svc.spawn(grants={"env.buf": foreign})
    finally:
        other.close()

    def f(x: int) -> int:
        return x

    fn = rt.host_function(f, params=["i32"], results=["i32"])
    with pytest.raises(CapabilityError, match="memory grants only"):
        svc.spawn(grants={"env.f": fn})
    too_many = {f"env.r{i}": rt.region(65536).capability() for i in range(GRANT_SLOTS + 1)}
    with pytest.raises(CapabilityError, match="grant windows"):
        svc.spawn(grants=too_many)
    with pytest.raises(UsageError):
        svc.spawn(grants=[("env.buf", region.capability())])  # type: ignore[arg-type]
    closed = rt.region(65536)
    cap = closed.capability()
    closed.close()
    with pytest.raises(CapabilityError):
        svc.spawn(grants={"env.buf": cap})
    with svc.spawn() as d:  # nothing leaked into the pool
        assert d.call("sum_buf", b"ok", 2) == _sum(b"ok")


def test_grant_cycles_leave_descriptors_flat(svc: multipie.Service, rt: multipie.Runtime) -> None:
    region = rt.region(65536)
    root = region.capability()

    def cycle() -> None:
        cap = root.forward()
        d = svc.spawn(grants={"env.buf": cap})
        assert d.call("peek", GRANT_BASE) == 0
        cap.revoke()
        d.close()

    for _ in range(20):
        cycle()
    fds = len(os.listdir("/proc/self/fd"))
    maps = len(open("/proc/self/maps").readlines())
    for _ in range(300):
        cycle()
    assert len(os.listdir("/proc/self/fd")) <= fds + 2
    assert len(open("/proc/self/maps").readlines()) <= maps + 8

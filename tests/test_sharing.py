"""multipie.sharing: regions, per-holder aliases, read-only grants, revocation, process-safety."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap

import pytest

import multipie
from multipie.errors import CapabilityError, CapabilityRevoked, Trap, TrapCode, UsageError
from tests.inflight import Call, wait_for


@pytest.mark.parametrize("size", [0, -1, -(1 << 20), (1 << 32) + 1, 1 << 60])
def test_bad_region_sizes_are_usage_errors(rt, size) -> None:
    with pytest.raises(UsageError, match="region size"):
        rt.region(size)


@pytest.mark.parametrize("size", [1.5, "1024", None, True])
def test_non_int_region_sizes_are_usage_errors(rt, size) -> None:
    with pytest.raises(UsageError, match="region size must be an int"):
        rt.region(size)


def test_host_and_holders_see_the_same_bytes(rt, holder) -> None:
    region = rt.region(1 << 20)
    assert region.pages == 16 and len(region.view) == 1 << 20
    a = holder.spawn(grants={"env.buf": region.capability()})
    b = holder.spawn(grants={"env.buf": region.capability()})
    region.view[100:104] = (0xDEADBEEF).to_bytes(4, "little")
    assert a.call("rd", 100) == b.call("rd", 100) == -559038737  # same bytes, signed i32
    a.call("wr", (1 << 20) - 4, 7)
    assert int.from_bytes(region.view[-4:], "little") == 7
    assert b.call("rd", (1 << 20) - 4) == 7


def test_read_only_holder_cannot_write(rt, holder) -> None:
    region = rt.region(1 << 16)
    region.view[0:4] = b"\x01\x02\x03\x04"
    ro = holder.spawn(grants={"env.buf": region.capability(writable=False)})
    assert ro.call("rd", 0) == 0x04030201
    with pytest.raises(Trap) as info:
        ro.call("wr", 0, 99)
    assert info.value.code is TrapCode.MEMORY_OUT_OF_BOUNDS
    assert "read-only region grant" in str(info.value)  # the message names the cause, not only "out of bounds"
    assert bytes(region.view[0:4]) == b"\x01\x02\x03\x04"


def test_read_only_forwards_read_only_and_never_widens(rt, holder) -> None:
    region = rt.region(1 << 16)
    ro = region.capability(writable=False)
    with pytest.raises(CapabilityError, match="never widen"):
        ro.forward(writable=True)
    child = ro.forward()
    assert not child.writable
    narrowed = region.capability().forward(writable=False)
    d = holder.spawn(grants={"env.buf": narrowed})
    with pytest.raises(Trap):
        d.call("wr", 0, 1)


def test_revoking_one_holder_leaves_owner_and_others_working(rt, holder) -> None:
    region = rt.region(1 << 16)
    cap_a = region.capability()
    a = holder.spawn(grants={"env.buf": cap_a})
    b = holder.spawn(grants={"env.buf": region.capability()})
    a.call("wr", 0, 5)
    cap_a.revoke()
    with pytest.raises(CapabilityRevoked) as info:
        a.call("rd", 0)
    assert info.value.code is TrapCode.MEMORY_OUT_OF_BOUNDS
    assert b.call("rd", 0) == 5
    region.view[0] = 9
    assert b.call("rd", 0) == 9


def test_revoke_forwarded_region_tree(rt, holder) -> None:
    region = rt.region(1 << 16)
    root = region.capability()
    kids = [root.forward(), root.forward(writable=False)]
    ds = [holder.spawn(grants={"env.buf": k}) for k in kids]
    root.revoke()
    for d in ds:
        with pytest.raises(CapabilityRevoked):
            d.call("rd", 0)


def test_region_close_revokes_every_holder(rt, holder) -> None:
    region = rt.region(1 << 16)
    d = holder.spawn(grants={"env.buf": region.capability()})
    region.close()
    with pytest.raises(CapabilityRevoked):
        d.call("rd", 0)
    with pytest.raises(UsageError, match="closed"):
        region.capability()
    with pytest.raises(UsageError, match="closed"):
        _ = region.view


def test_region_import_limits_are_checked(rt) -> None:
    svc = rt.load('(module (import "env" "buf" (memory 2 4)) (func (export "f")))', name="wants2to4")
    with pytest.raises(CapabilityError, match=r"'env.buf'.*2..4 pages.*1 pages"):
        svc.spawn(grants={"env.buf": rt.region(1 << 16).capability()})
    with pytest.raises(CapabilityError, match=r"'env.buf'.*5 pages"):
        svc.spawn(grants={"env.buf": rt.region(5 << 16).capability()})
    svc.spawn(grants={"env.buf": rt.region(3 << 16).capability()}).close()


def test_region_larger_than_domain_memory_limit(rt, holder) -> None:
    region = rt.region(64 << 20)
    d = holder.spawn(memory_limit=1 << 20, grants={"env.buf": region.capability()})
    d.call("wr", (64 << 20) - 4, 3)
    assert region.view[(64 << 20) - 4] == 3


def test_revoke_while_a_region_call_runs_in_another_thread(rt) -> None:
    svc = rt.load(
        """(module (import "env" "buf" (memory 1))
        (func (export "spin") (result i32) (local $s i32)
          (i32.store (i32.const 8) (i32.const 1))  ;; inside the call: the test may revoke now
          (loop $l local.get $s i32.const 0 i32.load 0 i32.add local.set $s br $l) local.get $s))""",
        name="spinner",
    )
    region = rt.region(1 << 16)
    cap = region.capability()
    d = svc.spawn(grants={"env.buf": cap})
    call = Call(d.call, "spin")  # reads the region forever: only the revocation can end it
    wait_for(lambda: region.view[8] == 1, "the guest inside its call, reading the region")
    cap.revoke()
    assert isinstance(call.outcome(), CapabilityRevoked)


# -- the process-killing cases are refused before they can run ----------------------------------

BULK = [
    ("fill", '(func (export "f") i32.const 0 i32.const 0 i32.const 16 memory.fill 0)'),
    ("copy", '(func (export "f") i32.const 0 i32.const 16 i32.const 16 memory.copy 0 0)'),
    ("init", '(data $d "abc") (func (export "f") i32.const 0 i32.const 0 i32.const 3 memory.init 0 $d)'),
]


@pytest.mark.parametrize("name,body", BULK, ids=[b[0] for b in BULK])
def test_bulk_memory_holders_are_refused(rt, name, body) -> None:
    svc = rt.load(f'(module (import "env" "buf" (memory 1)) {body})', name=f"bulk-{name}")
    with pytest.raises(CapabilityError, match=r"'env.buf'.*bulk-memory"):
        svc.spawn(grants={"env.buf": rt.region(1 << 16).capability(writable=False)})


def test_bulk_memory_on_own_memory_is_refused_too(rt) -> None:
    wat = """(module (import "env" "buf" (memory 1)) (memory 1)
      (func (export "f") i32.const 0 i32.const 0 i32.const 16 memory.fill 1))"""
    with pytest.raises(CapabilityError, match="bulk-memory"):
        rt.load(wat).spawn(grants={"env.buf": rt.region(1 << 16).capability()})


@pytest.mark.parametrize("writable", [False, True])
def test_data_segment_into_region_is_refused(rt, writable) -> None:
    svc = rt.load('(module (import "env" "buf" (memory 1)) (data (i32.const 11) "hello"))', name="seg")
    region = rt.region(1 << 16)
    with pytest.raises(CapabilityError, match=r"'env.buf'.*data segment"):
        svc.spawn(grants={"env.buf": region.capability(writable=writable)})
    assert bytes(region.view[11:16]) == bytes(5)


def test_data_segment_into_own_memory_is_fine(rt) -> None:
    wat = """(module (import "env" "buf" (memory 1)) (memory 1) (data (memory 1) (i32.const 0) "hi")
      (func (export "own") (result i32) i32.const 0 i32.load8_u 1))"""
    d = rt.load(wat).spawn(grants={"env.buf": rt.region(1 << 16).capability(writable=False)})
    assert d.call("own") == ord("h")


def test_reexported_region_is_refused(rt) -> None:
    svc = rt.load('(module (import "env" "buf" (memory 1)) (export "memory" (memory 0)))', name="reexp")
    with pytest.raises(CapabilityError, match=r"'env.buf'.*re-exports"):
        svc.spawn(grants={"env.buf": rt.region(1 << 16).capability()})


CRASH_PROBE = textwrap.dedent(
    """
    import multipie
    rt = multipie.Runtime(cache_dir=None)
    region = rt.region(1 << 16)
    cases = [
        '(module (import "env" "buf" (memory 1)) '
        '(func (export "f") i32.const 0 i32.const 0 i32.const 16 memory.fill 0))',
        '(module (import "env" "buf" (memory 1)) (data (i32.const 0) "x"))',
    ]
    for wat in cases:
        for writable in (False, True):
            cap = region.capability(writable=writable)
            try:
                d = rt.load(wat).spawn(grants={"env.buf": cap})
            except multipie.CapabilityError:
                continue
            cap.revoke()
            d.call("f")
    print("survived")
    """
)


def test_crash_cases_do_not_kill_the_process() -> None:
    # In a child: if any case got through, the SIGSEGV would kill it, not the test run.
    proc = subprocess.run([sys.executable, "-c", CRASH_PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "survived" in proc.stdout


# -- leaks ------------------------------------------------------------------------------------


def _rss_and_maps() -> tuple[int, int]:
    with open("/proc/self/statm") as f:
        rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    with open("/proc/self/maps") as f:
        maps = sum(1 for _ in f)
    return rss, maps


@pytest.mark.slow
def test_10000_grant_revoke_cycles_stay_flat(rt, holder) -> None:
    region = rt.region(1 << 20)

    def cycle() -> None:
        cap = region.capability(writable=False)
        d = holder.spawn(grants={"env.buf": cap})
        d.call("rd", 0)
        cap.revoke()
        d.close()

    for _ in range(500):
        cycle()
    gc.collect()
    rss0, maps0 = _rss_and_maps()
    for _ in range(10_000):
        cycle()
    gc.collect()
    rss1, maps1 = _rss_and_maps()
    assert maps1 - maps0 <= 4, (maps0, maps1)
    assert rss1 - rss0 < 16 << 20, (rss0, rss1)
    assert len(region._caps) <= 1


def test_buffer_windows(rt) -> None:
    region = rt.region(4096)
    buf = region.buffer(100, 8)
    assert buf.write(b"abc") == 3
    assert bytes(region.view[100:103]) == b"abc"
    assert buf.read(3) == b"abc"
    buf.view[7] = 1
    assert region.view[107] == 1
    with pytest.raises(UsageError):
        region.buffer(4090, 10 << 20)
    with pytest.raises(UsageError):
        buf.write(b"123456789")
    with pytest.raises(UsageError):
        multipie.Buffer(region.view, -1, 2)

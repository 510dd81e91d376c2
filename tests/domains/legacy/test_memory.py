"""Anonymous memory of legacy programs: mmap/munmap/mremap/madvise answered in the guest (mm.c), results
equal to native runs, the counters of ``RunStats``, and no tenant seeing another's pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import multipie
from multipie.domains.legacy import machine
from multipie.domains.legacy import stats as legacy_stats
from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.conftest import needs_vm

pytestmark = needs_vm


def _native(prog: Path, *args: str) -> tuple[int, bytes]:
    p = subprocess.run([str(prog), *args], capture_output=True, env={})
    return p.returncode, p.stdout


def test_allocation_churn_matches_native_without_host_exits(rt: multipie.Runtime, programs: Path) -> None:
    # ~600 mmap/munmap cycles and mremap growth (zig's allocator: hinted mmaps): answered in the guest.
    with rt.load(programs / "alloc").spawn() as d:
        out = bytearray()
        assert d.run(["20", "8192"], stdout=out) == 0
        st = d.stats
    assert (0, bytes(out)) == _native(programs / "alloc", "20", "8192")
    mm = [int(Sys.mmap), int(Sys.munmap), int(Sys.mremap)]
    assert all(st.guest_calls[nr] > 0 and st.host_calls[nr] == 0 for nr in mm), st.syscalls()
    assert st.guest_calls[int(Sys.mmap)] > 500
    assert st.exits["syscall"] == sum(st.host_calls.values()) < 10


def test_mapping_semantics_match_native(rt: multipie.Runtime, programs: Path) -> None:
    # Holes reused zeroed, neighbours kept, mremap grow/shrink/move, MADV_DONTNEED zeroes, errors,
    # and more holes than the guest's table holds (the host takes over without losing any).
    out = bytearray()
    assert rt.run_command(programs / "mmtest", ["semantics"], stdout=out) == 0, bytes(out)
    assert bytes(out) == b"ok\n" == _native(programs / "mmtest", "semantics")[1]


def test_stats_count_known_calls_and_where_they_were_answered(rt: multipie.Runtime, programs: Path) -> None:
    n = 37
    with rt.load(programs / "mmtest").spawn() as d:
        assert d.stats is None
        assert d.run(["calls", str(n)]) == 0
        st = d.stats
    munmap, mmap = int(Sys.munmap), int(Sys.mmap)
    assert st.host_calls[munmap] == n  # munmap(0, 0): EINVAL, reported by the host
    assert st.guest_calls[munmap] == n and st.guest_calls[mmap] == n
    assert st.host_calls[mmap] == 0
    assert st.exits["syscall"] == sum(st.host_calls.values())
    assert st.processes == 1 and 0 <= st.guest_time <= st.wall and st.host_time >= 0
    rows = {name: (g, h) for _, name, g, h in st.syscalls()}
    assert rows["munmap"] == (n, n) and rows["mmap"] == (n, 0) and rows["exit_group"] == (0, 1)
    text = st.report()
    assert "munmap" in text and f"served by the host {sum(st.host_calls.values())}" in text
    assert st.as_dict()["syscalls"]["munmap"] == {"nr": munmap, "guest": n, "host": n}
    assert legacy_stats.syscall_name(9999) == "syscall_9999"


def test_stats_add_up_the_processes_of_a_run(rt: multipie.Runtime, programs: Path) -> None:
    sysloop = programs / "sysloop"
    with rt.load(sysloop).spawn() as d:
        assert d.run(["host", "25"]) == 0
        host = d.stats
        assert d.run(["guest", "25"]) == 0
        guest = d.stats
    assert host.host_calls[int(Sys.getppid)] == 25 and host.guest_calls[int(Sys.getppid)] == 0
    assert guest.guest_calls[int(Sys.getpid)] == 25 and guest.host_calls[int(Sys.getpid)] == 0
    assert guest.dirty_pages > 0


def test_a_tenant_never_sees_pages_an_earlier_one_wrote(rt: multipie.Runtime, programs: Path) -> None:
    # The first tenant fills mappings, the break and memory it never mapped; the next tenants of the
    # same pooled machine map the same addresses again and must find zeros only.
    svc = rt.load(programs / "mmtest")
    # A few pages and thousands (cleared in place), and more than reset clears (the area discarded).
    for pages in ("64", "3000", str(machine.RESET_CLEAR_LIMIT + 1000)):
        with svc.spawn() as d:
            assert d.run(["dirty", pages]) == 0
        for _ in range(2):
            with svc.spawn() as d:
                out = bytearray()
                assert d.run(["check", pages], stdout=out) == 0
                assert bytes(out) == b"0 0 0\n", (pages, bytes(out))


def test_a_program_that_runs_again_finds_its_memory_mapped(rt: multipie.Runtime, programs: Path) -> None:
    # An interpreter's short run writes ~4,000 fresh pages (Lua's sort.lua): the next run on the same
    # pooled machine must find them cleared but still mapped, not discarded, so it does not take a
    # host page fault per page again (tens of µs each under PVM; it made short runs 2-3x native).
    svc = rt.load(programs / "mmtest")
    faults = []
    for _ in range(3):
        with svc.spawn() as d:
            assert d.run(["dirty", "3000"]) == 0
            faults.append(d.stats.host_page_faults)
    assert faults[0] > 3000  # the first run backs every page
    assert max(faults[1:]) < 300, faults

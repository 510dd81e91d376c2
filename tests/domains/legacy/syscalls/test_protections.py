"""Page protections as page-table entries: what mmap/mprotect/munmap leave, region by region."""

from __future__ import annotations

import pytest

from multipie.domains.legacy import sysarea
from multipie.domains.legacy.syscalls.protections import (
    HUGE,
    NONE_MARK,
    PROT_EXEC,
    PROT_READ,
    PROT_WRITE,
    Protections,
    prot_of_flags,
)
from multipie.kvm.longmode import PageFlags

SIZE = 64 << 20
GUARD = SIZE - 8 * HUGE
RW, RX, R = PROT_READ | PROT_WRITE, PROT_READ | PROT_EXEC, PROT_READ


def _prot() -> Protections:
    return Protections(SIZE, region0=sysarea.region0(), guard=GUARD)


def test_data_is_read_write_and_not_executable_by_default() -> None:
    p = _prot()
    assert p.prot_at(0x400000) == RW and p.prot_at(SIZE - 8) == RW
    assert p.entry(0x400000) & PageFlags.NO_EXECUTE
    assert list(p.regions) == [0]  # only the system area's region has its own table


def test_system_area_and_guard_are_not_the_programs() -> None:
    p = _prot()
    assert p.prot_at(0) == 0 and p.prot_at(sysarea.GDT) == 0  # unmapped / supervisor only
    assert p.prot_at(sysarea.PATHS) == p.prot_at(sysarea.FDS) == R  # host-written answers: read-only data
    assert p.prot_at(sysarea.ENTRY) == RX  # the syscall entry page: read-only code
    assert p.prot_at(GUARD) == 0 and p.entry(GUARD) == 0
    p.set(0, SIZE, R)  # a request over everything changes only user memory
    assert p.entry(sysarea.GDT) == sysarea.GDT | int(
        PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.ACCESSED | PageFlags.DIRTY
    )
    assert p.prot_at(sysarea.ENTRY) == RX and p.entry(GUARD) == 0 and p.prot_at(0x10000) == R
    assert p.pd_entry(GUARD // HUGE, None) == 0


def test_a_changed_page_splits_its_region_and_going_back_joins_it() -> None:
    p = _prot()
    v = p.version
    p.set(0x401000, 0x402000, R)
    assert sorted(p.regions) == [0, 2] and p.version > v
    assert p.prot_at(0x401000) == R and p.prot_at(0x400000) == RW and p.prot_at(0x402000) == RW
    assert not p.entry(0x401000) & PageFlags.WRITABLE
    assert p.split_bitmap()[0] == 0b101
    p.reset(0x401000, 0x402000)
    assert sorted(p.regions) == [0] and p.split_bitmap()[0] == 1
    v = p.version
    p.set(0x800000, 0x900000, RW)  # already so: nothing changes, nothing is split
    assert p.version == v and sorted(p.regions) == [0]


def test_prot_none_is_not_present_but_marked() -> None:
    p = _prot()
    p.set(0x600000, 0x602000, 0)
    assert p.prot_at(0x600000) == 0 and p.entry(0x601000) == NONE_MARK
    assert not p.entry(0x601000) & PageFlags.PRESENT
    p.set(0x600000, 0x601000, PROT_WRITE)  # write-only: x86 reads too
    assert p.prot_at(0x600000) == RW


def test_entries_map_their_own_page_and_nothing_past_memory() -> None:
    p = _prot()
    p.set(HUGE, SIZE, RX)
    for addr in (HUGE, 0x403000, SIZE - 4096):
        assert p.entry(addr) & 0x000F_FFFF_FFFF_F000 == addr
    assert p.entry(SIZE) == 0 and p.prot_at(SIZE + 4096) == 0
    assert max(p.regions) < SIZE // HUGE and GUARD // HUGE not in p.regions


def test_clone_is_independent_and_equal_protections_have_equal_keys() -> None:
    p = _prot()
    p.set(0x400000, 0x401000, RX)
    q = p.clone()
    assert q.key() == p.key()
    q.set(0x400000, 0x401000, RW)
    assert p.prot_at(0x400000) == RX and q.prot_at(0x400000) == RW and q.key() != p.key()


def test_copy_moves_protections_page_by_page() -> None:
    p = _prot()
    p.set(0x1000000, 0x1001000, R)
    p.set(0x1001000, 0x1002000, 0)
    p.copy(0x1000000, 0x2000000, 0x3000)
    assert [p.prot_at(0x2000000 + i * 4096) for i in range(3)] == [R, 0, RW]


@pytest.mark.parametrize(("flags", "prot"), [(4, R), (5, RX), (6, RW), (7, RW | PROT_EXEC), (0, 0)])
def test_segment_flags(flags: int, prot: int) -> None:
    assert prot_of_flags(flags) == prot

"""multipie.kvm.longmode: identity page tables, the flat GDT and the long-mode sregs."""

from __future__ import annotations

import pytest

from multipie.kvm import _abi, longmode
from multipie.kvm.memory import PAGE, GuestMemory
from tests.conftest import needs_kvm
from tests.kvm.minivm import CODE, DATA, HIGH, PORT, SPIN, MiniVm, store_byte

F = longmode.PageFlags
ADDR = 0x000F_FFFF_FFFF_F000  # the address bits of a page-table entry


def translate(mem: GuestMemory, pml4: int, va: int) -> tuple[int, int] | None:
    """Walk the tables as the CPU does: ``(physical address, leaf flags)`` or None when unmapped."""
    table, shift = pml4, 39
    while True:
        entry = mem.read_u64(table + 8 * ((va >> shift) & 511))
        if not entry & F.PRESENT:
            return None
        if shift == 12 or entry & F.HUGE:
            span = 1 << shift
            return (entry & ADDR & ~(span - 1)) | (va & (span - 1)), entry & ~ADDR
        table, shift = entry & ADDR, shift - 9


def test_identity_map_maps_each_address_to_itself() -> None:
    mem = GuestMemory(64 * PAGE)
    small = {0x10: longmode.USER_RO, 0x11: longmode.USER_RW, 0x12: longmode.KERNEL_RW}
    end = longmode.identity_map(mem, PAGE, 2 << 30, small=small)  # 2 GiB: two page directories
    assert end == PAGE * 6  # PML4, PDPT, 2 PDs, one 4 KiB table
    assert translate(mem, PAGE, 0x10123) == (0x10123, int(longmode.USER_RO))
    assert translate(mem, PAGE, 0x11000)[1] & F.WRITABLE  # type: ignore[index]
    assert not translate(mem, PAGE, 0x12000)[1] & F.USER  # type: ignore[index]
    assert translate(mem, PAGE, 0) is None and translate(mem, PAGE, 0x13000) is None  # absent from small
    for va in (2 << 20, (1 << 30) + (6 << 20) + 5, (2 << 30) - 1):
        pa, flags = translate(mem, PAGE, va)  # type: ignore[misc]
        assert pa == va and flags & F.HUGE and flags & F.USER and flags & F.WRITABLE
    assert translate(mem, PAGE, 2 << 30) is None


@pytest.mark.parametrize("size", [0, 3 << 20, 513 << 30])
def test_identity_map_refuses_sizes_it_cannot_map(size: int) -> None:
    with pytest.raises(ValueError, match="multiple of 2 MiB up to 512 GiB"):
        longmode.identity_map(GuestMemory(8 * PAGE), 0, size)


def test_gdt_has_ring3_64bit_code_and_data() -> None:
    mem = GuestMemory(PAGE)
    assert longmode.write_gdt(mem, 0x100) == 5 * 8 - 1
    code = mem.read_u64(0x100 + (longmode.USER_CS & ~3))
    data = mem.read_u64(0x100 + (longmode.USER_DS & ~3))
    assert (code >> 45) & 3 == 3 and (code >> 53) & 1 == 1  # DPL 3, L (64-bit)
    assert (data >> 45) & 3 == 3 and (data >> 47) & 1 == 1  # DPL 3, present
    assert longmode.USER_CS & 3 == longmode.USER_DS & 3 == 3


@pytest.mark.parametrize("user", [True, False])
def test_long_mode_sregs(user: bool) -> None:
    s = longmode.long_mode_sregs(_abi.KvmSregs(), cr3=0x1000, gdt=0x5000, gdt_limit=39, user=user, nx=not user)
    assert s.cs.selector == (longmode.USER_CS if user else longmode.KERNEL_CS) and s.cs.l == 1
    assert s.cs.dpl == s.ss.dpl == (3 if user else 0)
    assert (s.cr3, s.gdt.base, s.gdt.limit, s.idt.limit) == (0x1000, 0x5000, 39, 0)
    assert s.cr0 & 0x80000001 == 0x80000001 and s.cr4 & 0x20  # paging, protection, PAE
    assert s.efer & 0x500 == 0x500 and bool(s.efer & 0x800) == (not user)  # LME|LMA, NXE as asked


@needs_kvm
def test_a_guest_runs_in_ring3_long_mode_on_these_tables() -> None:
    m = MiniVm()
    try:
        assert m.run().name == "PORT_OUT" and m.vcpu.io.port == PORT
        assert m.mem.read(DATA, 1) == b"A" and m.mem.read(HIGH, 1) == b"B"  # a 4 KiB and a 2 MiB page
    finally:
        m.close()


@needs_kvm
@pytest.mark.parametrize("target", [CODE, 0x8000], ids=["read-only page", "unmapped page"])
def test_a_write_the_tables_refuse_faults(target: int) -> None:
    m = MiniVm(store_byte(target, 1) + SPIN)
    try:
        assert m.run().name == "SHUTDOWN"  # no IDT here: the page fault ends as a triple fault
        assert m.mem.read(target, 1) != b"\x01"
    finally:
        m.close()

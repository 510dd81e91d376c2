"""64-bit long mode entered straight from the host: identity page tables and sregs.

No boot code runs in the guest: the host writes page tables and a GDT into
guest memory and loads control and segment registers with ``KVM_SET_SREGS``.
This module builds the page tables and the control registers; descriptors
and segment registers are :mod:`.segments`. Which pages are mapped how is
the caller's layout (virtines: :mod:`multipie.domains.virtine.machine`;
legacy programs: :mod:`multipie.domains.legacy.machine`).

On this machine's PVM (see ``FACTS.md``) guest code at CPL0 is emulated, so
guests run in ring 3: user page-table entries, ``cs``/``ss`` with DPL 3, and
``rflags.IOPL = 3`` so a ring-3 ``out`` reaches the host when no IDT is set.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from multipie.kvm import _abi
from multipie.kvm.memory import PAGE, GuestMemory
from multipie.kvm.segments import FLAT_GDT, set_segment

__all__ = [
    "KERNEL_CS",
    "KERNEL_DS",
    "PageFlags",
    "USER_CS",
    "USER_DS",
    "USER_RFLAGS",
    "identity_map",
    "long_mode_sregs",
    "write_gdt",
]

HUGE = 2 << 20
GIB = 1 << 30

#: Selectors of :data:`~multipie.kvm.segments.FLAT_GDT`.
KERNEL_CS = 0x08
KERNEL_DS = 0x10
USER_CS = 0x18 | 3
USER_DS = 0x20 | 3
#: Reserved bit 1, IOPL 3 (port I/O allowed at CPL3); interrupts off.
USER_RFLAGS = 0x3002

CR0_PE, CR0_MP, CR0_ET, CR0_NE, CR0_WP, CR0_PG = 1, 2, 0x10, 0x20, 0x10000, 0x80000000
CR4_PAE, CR4_OSFXSR, CR4_OSXMMEXCPT = 0x20, 0x200, 0x400
EFER_LME, EFER_LMA, EFER_NXE = 0x100, 0x400, 0x800


class PageFlags(enum.IntFlag):
    """x86-64 page-table entry bits."""

    PRESENT = 1
    WRITABLE = 2
    USER = 4
    ACCESSED = 0x20
    DIRTY = 0x40
    HUGE = 0x80
    NO_EXECUTE = 1 << 63


#: A user read-write page with A/D preset (so the CPU never writes the tables).
USER_RW = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.ACCESSED | PageFlags.DIRTY
USER_RO = PageFlags.PRESENT | PageFlags.USER | PageFlags.ACCESSED | PageFlags.DIRTY
KERNEL_RW = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.ACCESSED | PageFlags.DIRTY


def identity_map(
    mem: GuestMemory,
    tables: int,
    size: int,
    *,
    small: dict[int, PageFlags] | None = None,
    default: PageFlags = USER_RW,
) -> int:
    """Write 4-level page tables at ``tables`` mapping virtual = physical for ``[0, size)``.

    The first 2 MiB use 4 KiB pages whose flags come from ``small`` (page index →
    flags; a page absent from it is *not mapped*), so page 0 can stay unmapped
    and system pages supervisor-only. The rest uses 2 MiB pages with ``default``.

    Args:
        mem: guest memory holding the tables (and the mapped range).
        tables: gpa of the PML4; PDPT, page directories and the 4 KiB table follow it.
        size: bytes to map (a multiple of 2 MiB, at most 512 GiB).
        small: flags per 4 KiB page of the first 2 MiB.
        default: flags for 2 MiB pages.

    Returns:
        The gpa just past the last table written.
    """
    if size % HUGE or not 0 < size <= 512 * GIB:
        raise ValueError(f"identity_map: size {size:#x} must be a positive multiple of 2 MiB up to 512 GiB")
    pml4, pdpt = tables, tables + PAGE
    n_pd = (size + GIB - 1) // GIB
    pd0 = pdpt + PAGE
    pt = pd0 + n_pd * PAGE
    table_flags = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.ACCESSED
    mem.write_u64(pml4, pdpt | table_flags)
    for i in range(n_pd):
        mem.write_u64(pdpt + 8 * i, (pd0 + i * PAGE) | table_flags)
    mem.write_u64(pd0, pt | table_flags)
    for big in range(1, size // HUGE):
        mem.write_u64(pd0 + 8 * big, (big * HUGE) | default | PageFlags.HUGE)
    entries = bytearray(PAGE)
    for page, flags in (small or {}).items():
        if 0 <= page < 512:
            entries[8 * page : 8 * page + 8] = ((page * PAGE) | int(flags)).to_bytes(8, "little")
    mem.write(pt, entries)
    return pt + PAGE


def write_gdt(mem: GuestMemory, gpa: int, entries: Iterable[int] = FLAT_GDT) -> int:
    """Write GDT descriptors at ``gpa``; returns the GDT limit (bytes − 1)."""
    raw = b"".join(e.to_bytes(8, "little") for e in entries)
    mem.write(gpa, raw)
    return len(raw) - 1


def long_mode_sregs(
    sregs: _abi.KvmSregs, *, cr3: int, gdt: int, gdt_limit: int, user: bool = True, nx: bool = False
) -> _abi.KvmSregs:
    """Edit ``sregs`` (from ``KVM_GET_SREGS``) for 64-bit paging with flat segments.

    Args:
        sregs: the vCPU's current special registers (TR/LDT are kept).
        cr3: gpa of the PML4.
        gdt: gpa of the GDT written by :func:`write_gdt`; ``gdt_limit`` its limit.
        user: ring-3 code/data segments (``True``) or ring 0.
        nx: enable no-execute page bits (EFER.NXE).

    Returns:
        ``sregs``, edited in place.
    """
    dpl = 3 if user else 0
    set_segment(sregs.cs, USER_CS if user else KERNEL_CS, code=True, dpl=dpl)
    for name in ("ds", "es", "fs", "gs", "ss"):
        set_segment(getattr(sregs, name), USER_DS if user else KERNEL_DS, code=False, dpl=dpl)
    sregs.gdt.base = gdt
    sregs.gdt.limit = gdt_limit
    sregs.idt.base = 0
    sregs.idt.limit = 0
    sregs.cr0 = CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_PG
    sregs.cr2 = 0
    sregs.cr3 = cr3
    sregs.cr4 = CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT
    sregs.efer = EFER_LME | EFER_LMA | (EFER_NXE if nx else 0)
    return sregs

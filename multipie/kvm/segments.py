"""GDT, TSS and IDT for ring-3 guests: descriptors, gates, the TSS with its I/O bitmap, segment registers.

Both VM kinds run guest code in ring 3 (see ``FACTS.md``: this machine's KVM
emulates ring 0). They differ only in their GDT: a virtine needs one flat
user code and data segment (:data:`FLAT_GDT`); a legacy program also needs
``syscall``/``sysret``, whose STAR MSR fixes the order user data, user
code64 after a 32-bit user code slot (:data:`SYSCALL_GDT`). Everything else
is built the same way here:

- :func:`tss` — a 64-bit TSS whose IST1 points at the exception stack, then an
  I/O bitmap that allows exactly the ports the kind uses (every other ``out``
  is a #GP);
- :func:`tss_descriptor` — its two-slot GDT entry;
- :func:`idt` — 64-bit interrupt gates, DPL 0 (a software ``int n`` from ring 3
  is a #GP instead of a forged exception), IST 1, pointing at ring-3 stubs;
- :func:`set_segment` / :func:`set_tr` — the matching ``kvm_segment`` fields.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence

from multipie.kvm import _abi

__all__ = [
    "FLAT_GDT",
    "SYSCALL_GDT",
    "TSS_SIZE",
    "VECTORS",
    "gate",
    "idt",
    "set_segment",
    "set_tr",
    "tss",
    "tss_descriptor",
]

#: Flat GDT: null, kernel code, kernel data, user code (64-bit), user data (selectors 0x1B / 0x23).
FLAT_GDT = (0, 0x00AF9B000000FFFF, 0x00CF93000000FFFF, 0x00AFFB000000FFFF, 0x00CFF3000000FFFF)
#: GDT for ``syscall``/``sysret``: null, kernel code/data, user code32, user data, user code64.
#: STAR's SYSRET base 0x18 puts SS at 0x18+8 = 0x20 and CS at 0x18+16 = 0x28, matching it.
SYSCALL_GDT = (0, 0x00AF9B000000FFFF, 0x00CF93000000FFFF, 0x00CFFB000000FFFF, 0x00CFF3000000FFFF, 0x00AFFB000000FFFF)
#: Bytes of a 64-bit TSS before its I/O bitmap.
TSS_SIZE = 104
#: CPU exception vectors: an IDT covers 0-31.
VECTORS = 32
_IST1 = 36  # offset of IST1 in the TSS
_IOMAP_BASE = 102  # offset of the I/O bitmap base field


def tss(*, ist1: int, ports: Iterable[int]) -> bytes:
    """A TSS with IST1 = ``ist1`` followed by an I/O bitmap allowing only ``ports``.

    The bitmap ends one byte past the highest allowed port with the 0xFF byte the
    CPU requires; a port beyond it is outside the TSS limit and denied.
    """
    allowed = sorted(set(ports))
    if not allowed or allowed[0] < 0 or allowed[-1] > 0xFFFF:
        raise ValueError(f"tss: ports must be a non-empty set of 16-bit port numbers, got {allowed}")
    head = bytearray(TSS_SIZE)
    head[_IST1 : _IST1 + 8] = ist1.to_bytes(8, "little")
    head[_IOMAP_BASE : _IOMAP_BASE + 2] = TSS_SIZE.to_bytes(2, "little")
    iomap = bytearray(b"\xff" * (allowed[-1] // 8 + 2))
    for port in allowed:
        iomap[port // 8] &= ~(1 << (port % 8))
    return bytes(head + iomap)


def tss_descriptor(base: int, limit: int) -> tuple[int, int]:
    """The two GDT slots of an available 64-bit TSS at ``base`` with ``limit`` (bytes − 1)."""
    low = (limit & 0xFFFF) | ((base & 0xFFFFFF) << 16) | (0x89 << 40) | (((limit >> 16) & 0xF) << 48)
    low |= ((base >> 24) & 0xFF) << 56
    return low, base >> 32


def gate(target: int, cs: int) -> bytes:
    """A 64-bit interrupt gate to ``target`` in code segment ``cs``: DPL 0, IST 1."""
    return struct.pack("<HHBBHII", target & 0xFFFF, cs, 1, 0x8E, (target >> 16) & 0xFFFF, target >> 32, 0)


def idt(targets: Sequence[int], cs: int) -> bytes:
    """An IDT with one :func:`gate` per vector, vector ``v`` jumping to ``targets[v]``."""
    return b"".join(gate(t, cs) for t in targets)


def set_segment(seg: _abi.KvmSegment, selector: int, *, code: bool, dpl: int = 3) -> None:
    """Load ``seg`` with a flat 64-bit code (``code``) or data segment of privilege ``dpl``."""
    seg.base, seg.limit, seg.selector = 0, 0xFFFFFFFF, selector
    seg.type, seg.present, seg.dpl, seg.db, seg.s = (11 if code else 3), 1, dpl, (0 if code else 1), 1
    seg.l, seg.g, seg.avl, seg.unusable = (1 if code else 0), 1, 0, 0


def set_tr(tr: _abi.KvmSegment, *, base: int, limit: int, selector: int) -> None:
    """Load the task register with the busy 64-bit TSS at ``base``."""
    tr.base, tr.limit, tr.selector = base, limit, selector
    tr.type, tr.present, tr.s, tr.dpl, tr.unusable, tr.g, tr.l, tr.db = 11, 1, 0, 0, 0, 0, 0, 0

"""GDT/TSS/IDT descriptors and gates (multipie.kvm.segments), decoded back field by field."""

from __future__ import annotations

import struct

import pytest

from multipie.kvm import _abi, segments


def test_tss_allows_exactly_the_given_ports() -> None:
    raw = segments.tss(ist1=0xE000, ports=(0xE2, 0xE3))
    assert struct.unpack_from("<Q", raw, 36)[0] == 0xE000  # IST1
    assert struct.unpack_from("<H", raw, 102)[0] == segments.TSS_SIZE  # I/O bitmap base
    bitmap = raw[segments.TSS_SIZE :]
    assert len(bitmap) == 0xE3 // 8 + 2 and bitmap[-1] == 0xFF  # through the last port, then 0xFF
    allowed = [p for p in range(len(bitmap) * 8 - 8) if not bitmap[p // 8] >> (p % 8) & 1]
    assert allowed == [0xE2, 0xE3]


@pytest.mark.parametrize("ports", [(), (-1,), (0x10000,)])
def test_tss_rejects_bad_ports(ports: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="16-bit port"):
        segments.tss(ist1=0, ports=ports)


def test_tss_descriptor_decodes() -> None:
    base, limit = 0x1234_5678_9ABC, 0x1_2345
    low, high = segments.tss_descriptor(base, limit)
    assert (low & 0xFFFF) | ((low >> 48) & 0xF) << 16 == limit
    assert ((low >> 16) & 0xFFFFFF) | ((low >> 56) & 0xFF) << 24 | high << 32 == base
    assert (low >> 40) & 0xFF == 0x89  # present, DPL 0, available 64-bit TSS


def test_gate_decodes() -> None:
    target = 0x0000_7F12_3456_7890
    off_lo, cs, ist, attr, off_mid, off_hi, zero = struct.unpack("<HHBBHII", segments.gate(target, 0x1B))
    assert off_lo | off_mid << 16 | off_hi << 32 == target
    assert (cs, ist, attr, zero) == (0x1B, 1, 0x8E, 0)  # IST 1, present, DPL 0, 64-bit interrupt gate


def test_idt_has_one_gate_per_target() -> None:
    targets = [0xB800 + 8 * v for v in range(segments.VECTORS)]
    raw = segments.idt(targets, 0x2B)
    assert len(raw) == 16 * segments.VECTORS
    assert [struct.unpack_from("<H", raw, 16 * v)[0] for v in range(segments.VECTORS)] == targets


def test_set_segment_and_tr() -> None:
    seg = _abi.KvmSegment()
    segments.set_segment(seg, 0x2B, code=True)
    assert (seg.selector, seg.type, seg.dpl, seg.l, seg.db, seg.s, seg.present) == (0x2B, 11, 3, 1, 0, 1, 1)
    segments.set_segment(seg, 0x23, code=False, dpl=0)
    assert (seg.selector, seg.type, seg.dpl, seg.l, seg.db) == (0x23, 3, 0, 0, 1)
    segments.set_tr(seg, base=0x9100, limit=0x85, selector=0x30)
    assert (seg.base, seg.limit, seg.selector, seg.type, seg.s, seg.present) == (0x9100, 0x85, 0x30, 11, 0, 1)


def test_syscall_gdt_matches_star() -> None:
    """SYSRET loads SS from STAR base + 8 and CS from base + 16: user data then user code64, both DPL 3."""
    base = 0x18
    data, code64 = segments.SYSCALL_GDT[(base + 8) // 8], segments.SYSCALL_GDT[(base + 16) // 8]
    assert (data >> 45) & 3 == 3 and (data >> 43) & 1 == 0  # DPL 3, data
    assert (code64 >> 45) & 3 == 3 and (code64 >> 43) & 1 == 1 and (code64 >> 53) & 1 == 1  # DPL 3, code, long
    flat_code = segments.FLAT_GDT[3]
    assert flat_code == code64  # the same ring-3 64-bit code descriptor in both layouts

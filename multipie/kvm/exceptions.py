"""The x86 CPU exceptions (vectors 0-31): one table of names and causes, one way to describe a fault.

Both VM kinds route every vector through the IDT to a ring-3 stub that reports
the vector and its stack frame to the host (virtines with ``HCALL_FAULT``,
legacy programs on their fault port). :func:`trap` turns that report into
the :class:`~multipie.errors.Trap` either kind raises, so the same fault
reads the same in a virtine and in a legacy program.

Causes: a vector that only a guest bug can raise maps to the closest
:class:`~multipie.errors.TrapCode`; one that ring-3 code cannot raise in
these VMs (NMI, machine check, reserved vectors) is ``BAD_EXIT``, as any
other exit the host did not expect. #SS (12) is a protection fault here: in
64-bit mode it means a non-canonical stack address, not a stack overflow,
which is a #PF below the stack (the legacy kind types that one itself).
"""

from __future__ import annotations

from dataclasses import dataclass

from multipie.errors import Trap, TrapCode

__all__ = ["EXCEPTIONS", "CpuException", "PAGE_FAULT", "describe", "rip_offset", "trap"]

PAGE_FAULT = 14
_PAGE = 4096


@dataclass(frozen=True)
class CpuException:
    """One interrupt vector: its mnemonic, its name, what it means for the guest, whether it pushes an error code."""

    vector: int
    mnemonic: str
    name: str
    code: TrapCode
    error_code: bool = False


_G, _B = TrapCode.GENERAL_PROTECTION, TrapCode.BAD_EXIT
#: Every vector 0-31, in order.
EXCEPTIONS: tuple[CpuException, ...] = (
    CpuException(0, "#DE", "divide error", TrapCode.INTEGER_DIVISION_BY_ZERO),
    CpuException(1, "#DB", "debug", _B),
    CpuException(2, "NMI", "non-maskable interrupt", _B),
    CpuException(3, "#BP", "breakpoint", _B),
    CpuException(4, "#OF", "overflow", TrapCode.INTEGER_OVERFLOW),
    CpuException(5, "#BR", "bound range exceeded", _B),
    CpuException(6, "#UD", "invalid opcode", TrapCode.ILLEGAL_INSTRUCTION),
    CpuException(7, "#NM", "device not available", TrapCode.ILLEGAL_INSTRUCTION),
    CpuException(8, "#DF", "double fault", TrapCode.TRIPLE_FAULT, True),
    CpuException(9, "-", "coprocessor segment overrun", _B),
    CpuException(10, "#TS", "invalid TSS", _G, True),
    CpuException(11, "#NP", "segment not present", _G, True),
    CpuException(12, "#SS", "stack fault", _G, True),
    CpuException(13, "#GP", "general protection", _G, True),
    CpuException(14, "#PF", "page fault", TrapCode.PAGE_FAULT, True),
    CpuException(15, "-", "reserved vector 15", _B),
    CpuException(16, "#MF", "x87 floating point", _B),
    CpuException(17, "#AC", "alignment check", TrapCode.HEAP_MISALIGNED, True),
    CpuException(18, "#MC", "machine check", _B),
    CpuException(19, "#XM", "SIMD floating point", _B),
    CpuException(20, "#VE", "virtualization exception", _B),
    CpuException(21, "#CP", "control protection", _G, True),
    *(CpuException(v, "-", f"reserved vector {v}", _B) for v in range(22, 28)),
    CpuException(28, "#HV", "hypervisor injection", _B),
    CpuException(29, "#VC", "VMM communication", _B, True),
    CpuException(30, "#SX", "security exception", _G, True),
    CpuException(31, "-", "reserved vector 31", _B),
)  # fmt: skip
assert [e.vector for e in EXCEPTIONS] == list(range(32))


def rip_offset(vector: int) -> int:
    """Where the saved ``rip`` sits in the exception frame: after the error code, if the vector pushes one."""
    return 8 if 0 <= vector < 32 and EXCEPTIONS[vector].error_code else 0


def describe(vector: int, *, rip: int | None = None, address: int | None = None) -> str:
    """The text of a fault: name and vector, for a #PF the faulting ``address`` (CR2), then ``rip``.

    A page fault with its address reads as Linux users know it (``segmentation fault``).
    """
    text = f"{EXCEPTIONS[vector].name} (CPU exception {vector})" if 0 <= vector < 32 else f"vector {vector}"
    if vector == PAGE_FAULT and address is not None:
        what = "null pointer" if address < _PAGE else "unmapped or protected address"
        text += f": segmentation fault on {what} 0x{address:x}"
    if rip is not None:
        text += f" at rip 0x{rip:x}"
    return text


def trap(vector: int, *, rip: int | None = None, address: int | None = None) -> Trap:
    """The :class:`~multipie.errors.Trap` for ``vector`` (any number: one past 31 is a ``BAD_EXIT``)."""
    code = EXCEPTIONS[vector].code if 0 <= vector < 32 else TrapCode.BAD_EXIT
    return Trap(describe(vector, rip=rip, address=address), code=code)

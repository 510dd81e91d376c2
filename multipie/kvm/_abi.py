"""The KVM userspace ABI (``linux/kvm.h``, x86-64), declared once.

Every struct here mirrors the kernel's layout byte for byte; each carries a
size assertion so a typo fails at import instead of corrupting memory. Every
ioctl number is the kernel's ``_IO``/``_IOR``/``_IOW``/``_IOWR`` value for
that struct size. Nothing in this module performs a system call except
:func:`ioctl`, the one libc entry point the KVM layer uses.
"""

from __future__ import annotations

import ctypes
import enum
import errno
import functools
from collections.abc import Callable

from multipie import libc

__all__ = [
    "ExitReason",
    "KvmCpuidEntry2",
    "KvmDirtyLog",
    "KvmDtable",
    "KvmFpu",
    "KvmXsave",
    "KvmMsrEntry",
    "KvmRegs",
    "KvmRun",
    "KvmSegment",
    "KvmSregs",
    "KvmUserspaceMemoryRegion",
    "cpuid_struct",
    "held_ioctl",
    "ioctl",
    "msrs_struct",
    "quick_ioctl",
    "run_ioctl",
]

# -- ioctl numbers -------------------------------------------------------------
KVM_GET_API_VERSION = 0xAE00
KVM_CREATE_VM = 0xAE01
KVM_CHECK_EXTENSION = 0xAE03
KVM_GET_VCPU_MMAP_SIZE = 0xAE04
KVM_GET_SUPPORTED_CPUID = 0xC008AE05  # _IOWR(KVMIO, 0x05, struct kvm_cpuid2)
KVM_SET_CPUID2 = 0x4008AE90  # _IOW(KVMIO, 0x90, struct kvm_cpuid2)
KVM_CREATE_VCPU = 0xAE41
KVM_GET_DIRTY_LOG = 0x4010AE42
KVM_CLEAR_DIRTY_LOG = 0xC018AEC0
KVM_ENABLE_CAP = 0x4068AEA3
KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2 = 168
KVM_SET_USER_MEMORY_REGION = 0x4020AE46
KVM_SET_TSS_ADDR = 0xAE47
KVM_RUN = 0xAE80
KVM_GET_REGS = 0x8090AE81
KVM_SET_REGS = 0x4090AE82
KVM_GET_SREGS = 0x8138AE83
KVM_SET_SREGS = 0x4138AE84
KVM_GET_MSRS = 0xC008AE88
KVM_SET_MSRS = 0x4008AE89
KVM_GET_FPU = 0x81A0AE8C
KVM_SET_FPU = 0x41A0AE8D
KVM_GET_XSAVE = 0x9000AEA4
KVM_GET_TSC_KHZ = 0xAEA3  # _IO(KVMIO, 0xa3): the vCPU's TSC rate in kHz
KVM_SET_XSAVE = 0x5000AEA5


KVM_API_VERSION = 12
KVM_CAP_SYNC_REGS = 74
KVM_SYNC_X86_REGS = 1 << 0
KVM_SYNC_X86_SREGS = 1 << 1
KVM_MEM_LOG_DIRTY_PAGES = 1 << 0
KVM_MEM_READONLY = 1 << 1
KVM_EXIT_IO_IN = 0
KVM_EXIT_IO_OUT = 1


class ExitReason(enum.IntEnum):
    """``kvm_run.exit_reason`` values the host can meet."""

    UNKNOWN = 0
    EXCEPTION = 1
    IO = 2
    HYPERCALL = 3
    DEBUG = 4
    HLT = 5
    MMIO = 6
    IRQ_WINDOW_OPEN = 7
    SHUTDOWN = 8
    FAIL_ENTRY = 9
    INTR = 10
    SET_TPR = 11
    TPR_ACCESS = 12
    NMI = 16
    INTERNAL_ERROR = 17
    SYSTEM_EVENT = 24


# -- structs --------------------------------------------------------------------


class KvmUserspaceMemoryRegion(ctypes.Structure):
    """``struct kvm_userspace_memory_region``: one guest-physical slot backed by host memory."""

    _fields_ = [
        ("slot", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("guest_phys_addr", ctypes.c_uint64),
        ("memory_size", ctypes.c_uint64),
        ("userspace_addr", ctypes.c_uint64),
    ]


class KvmClearDirtyLog(ctypes.Structure):
    """``struct kvm_clear_dirty_log``: re-protect the pages set in a bitmap (manual dirty-log protection)."""

    _fields_ = [
        ("slot", ctypes.c_uint32),
        ("num_pages", ctypes.c_uint32),
        ("first_page", ctypes.c_uint64),
        ("dirty_bitmap", ctypes.c_uint64),
    ]


class KvmEnableCap(ctypes.Structure):
    """``struct kvm_enable_cap``."""

    _fields_ = [
        ("cap", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("args", ctypes.c_uint64 * 4),
        ("pad", ctypes.c_uint8 * 64),
    ]


class KvmDirtyLog(ctypes.Structure):
    """``struct kvm_dirty_log``: a slot number and where the kernel writes its dirty bitmap."""

    _fields_ = [
        ("slot", ctypes.c_uint32),
        ("padding", ctypes.c_uint32),
        ("dirty_bitmap", ctypes.c_uint64),
    ]


class KvmRegs(ctypes.Structure):
    """``struct kvm_regs``: the general-purpose registers, rip and rflags."""

    _fields_ = [
        (name, ctypes.c_uint64)
        for name in ("rax rbx rcx rdx rsi rdi rsp rbp r8 r9 r10 r11 r12 r13 r14 r15 rip rflags".split())
    ]


class KvmSegment(ctypes.Structure):
    """``struct kvm_segment``: a segment register's hidden part."""

    _fields_ = [
        ("base", ctypes.c_uint64),
        ("limit", ctypes.c_uint32),
        ("selector", ctypes.c_uint16),
        ("type", ctypes.c_uint8),
        ("present", ctypes.c_uint8),
        ("dpl", ctypes.c_uint8),
        ("db", ctypes.c_uint8),
        ("s", ctypes.c_uint8),
        ("l", ctypes.c_uint8),
        ("g", ctypes.c_uint8),
        ("avl", ctypes.c_uint8),
        ("unusable", ctypes.c_uint8),
        ("padding", ctypes.c_uint8),
    ]


class KvmDtable(ctypes.Structure):
    """``struct kvm_dtable``: a descriptor-table register (GDTR/IDTR)."""

    _fields_ = [("base", ctypes.c_uint64), ("limit", ctypes.c_uint16), ("padding", ctypes.c_uint16 * 3)]


class KvmSregs(ctypes.Structure):
    """``struct kvm_sregs``: segments, descriptor tables, control registers, EFER."""

    _fields_ = [
        ("cs", KvmSegment),
        ("ds", KvmSegment),
        ("es", KvmSegment),
        ("fs", KvmSegment),
        ("gs", KvmSegment),
        ("ss", KvmSegment),
        ("tr", KvmSegment),
        ("ldt", KvmSegment),
        ("gdt", KvmDtable),
        ("idt", KvmDtable),
        ("cr0", ctypes.c_uint64),
        ("cr2", ctypes.c_uint64),
        ("cr3", ctypes.c_uint64),
        ("cr4", ctypes.c_uint64),
        ("cr8", ctypes.c_uint64),
        ("efer", ctypes.c_uint64),
        ("apic_base", ctypes.c_uint64),
        ("interrupt_bitmap", ctypes.c_uint64 * 4),
    ]


class KvmFpu(ctypes.Structure):
    """``struct kvm_fpu``: x87 and SSE state."""

    _fields_ = [
        ("fpr", ctypes.c_uint8 * 128),
        ("fcw", ctypes.c_uint16),
        ("fsw", ctypes.c_uint16),
        ("ftwx", ctypes.c_uint8),
        ("pad1", ctypes.c_uint8),
        ("last_opcode", ctypes.c_uint16),
        ("last_ip", ctypes.c_uint64),
        ("last_dp", ctypes.c_uint64),
        ("xmm", ctypes.c_uint8 * 256),
        ("mxcsr", ctypes.c_uint32),
        ("pad2", ctypes.c_uint32),
    ]


class KvmXsave(ctypes.Structure):
    """``struct kvm_xsave``: the XSAVE area (its first 512 bytes are the FXSAVE layout, MXCSR at 24)."""

    _fields_ = [("region", ctypes.c_uint32 * 1024)]


class KvmMsrEntry(ctypes.Structure):
    """``struct kvm_msr_entry``: one model-specific register."""

    _fields_ = [("index", ctypes.c_uint32), ("reserved", ctypes.c_uint32), ("data", ctypes.c_uint64)]


class KvmCpuidEntry2(ctypes.Structure):
    """``struct kvm_cpuid_entry2``: what ``cpuid`` answers for one leaf (and sub-leaf ``index``)."""

    _fields_ = [
        ("function", ctypes.c_uint32),
        ("index", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("eax", ctypes.c_uint32),
        ("ebx", ctypes.c_uint32),
        ("ecx", ctypes.c_uint32),
        ("edx", ctypes.c_uint32),
        ("padding", ctypes.c_uint32 * 3),
    ]


assert ctypes.sizeof(KvmCpuidEntry2) == 40


@functools.cache
def cpuid_struct(n: int) -> type[ctypes.Structure]:
    """``struct kvm_cpuid2`` with room for ``n`` entries (``nent`` says how many are used)."""

    class KvmCpuid2(ctypes.Structure):
        _fields_ = [("nent", ctypes.c_uint32), ("padding", ctypes.c_uint32), ("entries", KvmCpuidEntry2 * n)]

    return KvmCpuid2


@functools.cache  # one class per size: building a ctypes Structure type costs ~25 us
def msrs_struct(n: int) -> type[ctypes.Structure]:
    """``struct kvm_msrs`` with room for ``n`` entries (the kernel reads ``nmsrs`` entries)."""

    class KvmMsrs(ctypes.Structure):
        _fields_ = [("nmsrs", ctypes.c_uint32), ("pad", ctypes.c_uint32), ("entries", KvmMsrEntry * n)]

    return KvmMsrs


class KvmRunIo(ctypes.Structure):
    """``kvm_run.io``: a port access the guest made (data lives at ``data_offset`` in the page)."""

    _fields_ = [
        ("direction", ctypes.c_uint8),
        ("size", ctypes.c_uint8),
        ("port", ctypes.c_uint16),
        ("count", ctypes.c_uint32),
        ("data_offset", ctypes.c_uint64),
    ]


class KvmRunMmio(ctypes.Structure):
    """``kvm_run.mmio``: an access to guest-physical memory no slot backs."""

    _fields_ = [
        ("phys_addr", ctypes.c_uint64),
        ("data", ctypes.c_uint8 * 8),
        ("len", ctypes.c_uint32),
        ("is_write", ctypes.c_uint8),
    ]


class KvmRunInternal(ctypes.Structure):
    """``kvm_run.internal``: KVM could not handle something (emulation failure, ...)."""

    _fields_ = [("suberror", ctypes.c_uint32), ("ndata", ctypes.c_uint32), ("data", ctypes.c_uint64 * 16)]


class KvmRunFailEntry(ctypes.Structure):
    """``kvm_run.fail_entry``: the hardware refused to enter the guest."""

    _fields_ = [("hardware_entry_failure_reason", ctypes.c_uint64), ("cpu", ctypes.c_uint32)]


class KvmRunExit(ctypes.Union):
    """The exit-specific union of ``struct kvm_run`` (256 bytes)."""

    _fields_ = [
        ("io", KvmRunIo),
        ("mmio", KvmRunMmio),
        ("internal", KvmRunInternal),
        ("fail_entry", KvmRunFailEntry),
        ("padding", ctypes.c_uint8 * 256),
    ]


class KvmSyncRegs(ctypes.Structure):
    """``struct kvm_sync_regs`` (x86): the register copy shared through ``kvm_run`` (``KVM_CAP_SYNC_REGS``)."""

    _fields_ = [("regs", KvmRegs), ("sregs", KvmSregs)]


class KvmRun(ctypes.Structure):
    """The head of ``struct kvm_run``, the page shared with the kernel per vCPU."""

    _fields_ = [
        ("request_interrupt_window", ctypes.c_uint8),
        ("immediate_exit", ctypes.c_uint8),
        ("padding1", ctypes.c_uint8 * 6),
        ("exit_reason", ctypes.c_uint32),
        ("ready_for_interrupt_injection", ctypes.c_uint8),
        ("if_flag", ctypes.c_uint8),
        ("flags", ctypes.c_uint16),
        ("cr8", ctypes.c_uint64),
        ("apic_base", ctypes.c_uint64),
        ("exit", KvmRunExit),
        ("kvm_valid_regs", ctypes.c_uint64),
        ("kvm_dirty_regs", ctypes.c_uint64),
        ("s", KvmSyncRegs),
    ]


assert ctypes.sizeof(KvmUserspaceMemoryRegion) == 32
assert ctypes.sizeof(KvmDirtyLog) == 16
assert ctypes.sizeof(KvmRegs) == 144
assert ctypes.sizeof(KvmSegment) == 24
assert ctypes.sizeof(KvmSregs) == 312
assert ctypes.sizeof(KvmFpu) == 416
assert KvmRun.exit.offset == 32 and KvmRun.kvm_valid_regs.offset == 288 and KvmRun.s.offset == 304
assert KvmRunIo.port.offset == 2 and KvmRunIo.data_offset.offset == 8

# -- the one system call --------------------------------------------------------

#: ``int ioctl(int fd, unsigned long request, void *arg)`` as is (``KVM_RUN``: a signal must interrupt it).
run_ioctl = libc.ioctl


#: ``ioctl`` keeping the GIL (see :func:`quick_ioctl`).
held_ioctl = libc.ioctl_held


def _again(call: Callable[[int, int, object], int], fd: int, request: int, arg: object) -> int:
    while True:
        # SAFETY: the caller's contract (fd, request, arg of the right type and size) is passed through.
        ret = call(fd, request, arg)
        if ret != -1 or ctypes.get_errno() != errno.EINTR:
            return ret


def ioctl(fd: int, request: int, arg: object) -> int:
    """The ``ioctl`` system call, made again when a signal interrupted it (``EINTR``); releases the GIL.

    The watchdog's kicks (timeouts, time slices) signal the thread running a guest, which may be
    in any other ioctl at that moment (creating a VM for a ``fork``, say): those calls are simply
    made again. Only ``KVM_RUN`` (:data:`run_ioctl`) reports the interruption.
    """
    return _again(run_ioctl, fd, request, arg)


def quick_ioctl(fd: int, request: int, arg: object) -> int:
    """:func:`ioctl` keeping the GIL, for requests that return in microseconds (dirty log, registers, FPU state).

    On a reset's path a GIL hand-over costs more than the call, and under load the thread waits up to
    a switch interval (5 ms) to get the GIL back (see :mod:`multipie.libc`). Only for a VM or vCPU
    the calling thread drives: a vCPU ioctl waits for another thread's ``KVM_RUN`` to return, which
    must not happen with the GIL held (the watchdog that would kick that guest needs it).
    """
    return _again(held_ioctl, fd, request, arg)

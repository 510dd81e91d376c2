"""CPU faults as Linux signals: which signal and si_code, and the interrupted registers put back."""

from __future__ import annotations

import struct

from multipie.domains.legacy import faultsig, sysarea
from multipie.domains.legacy.syscalls.protections import HUGE, Protections
from multipie.domains.legacy.syscalls.sigstate import SignalState
from multipie.kvm import _abi
from multipie.kvm.memory import GuestMemory

SIZE = 64 << 20


def test_page_faults_are_sigsegv_maperr_or_accerr() -> None:
    prot = Protections(SIZE, region0=sysarea.region0(), guard=SIZE - 8 * HUGE)
    prot.set(0x600000, 0x601000, 0)
    unmapped = faultsig.classify(14, err=4, cr2=0x8, rip=0x401000, prot=prot)
    assert unmapped == faultsig.FaultSignal(11, faultsig.SEGV_MAPERR, 0x8, 4, 14)
    write_ro = faultsig.classify(14, err=4 | 2 | 1, cr2=0x500010, rip=0x401000, prot=prot)
    assert (write_ro.sig, write_ro.code, write_ro.addr) == (11, faultsig.SEGV_ACCERR, 0x500010)
    none = faultsig.classify(14, err=4, cr2=0x600008, rip=0x401000, prot=prot)  # not present, but PROT_NONE
    assert none.code == faultsig.SEGV_ACCERR
    assert none.info == struct.pack("<Q", 0x600008)


def test_other_vectors() -> None:
    assert faultsig.classify(6, err=0, cr2=0, rip=0x401234, prot=None) == faultsig.FaultSignal(4, 2, 0x401234, 0, 6)
    assert faultsig.classify(0, err=0, cr2=0, rip=0x401234, prot=None).sig == 8
    assert faultsig.classify(13, err=0, cr2=0, rip=0x401234, prot=None).code == faultsig.SI_KERNEL
    assert faultsig.classify(3, err=0, cr2=0, rip=0, prot=None) is None


class _Proc:
    def __init__(self, handler: int, mask: int = 0) -> None:
        self.signals = SignalState()
        self.signals.set_action(11, struct.pack("<4Q", handler, 0x04000000, 0, 0))
        self.sigmask = mask


def test_only_a_caught_unblocked_signal_is_handled() -> None:
    assert faultsig.handled(_Proc(0x401000), 11)
    assert not faultsig.handled(_Proc(0), 11)  # SIG_DFL
    assert not faultsig.handled(_Proc(1), 11)  # SIG_IGN: Linux kills for a fault anyway
    assert not faultsig.handled(_Proc(0x401000, mask=1 << 10), 11)  # blocked: killed too
    assert not faultsig.handled(_Proc(0x401000), 4)


def test_interrupted_registers_come_back_from_the_frame() -> None:
    mem = GuestMemory(1 << 20)
    frame = 0xDFD0
    # rsi, rdi (saved by the stub), then error code, rip, cs, rflags, rsp, ss (the CPU's)
    mem.write(frame - 16, struct.pack("<8Q", 0x5151, 0xD1D1, 7, 0x401234, 0x2B, 0x246, 0x7FF000, 0x23))
    regs = _abi.KvmRegs(rdi=14, rsi=frame, rax=99)
    assert faultsig.interrupted(mem, regs, 14, frame)
    got = (regs.rdi, regs.rsi, regs.rip, regs.rflags, regs.rsp, regs.rax)
    assert got == (0xD1D1, 0x5151, 0x401234, 0x246, 0x7FF000, 99)
    assert not faultsig.interrupted(mem, regs, 14, 8)  # a frame the guest moved out of memory: nothing changes
    mem.close()

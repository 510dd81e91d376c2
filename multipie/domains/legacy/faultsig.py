"""CPU faults of a legacy program as the Linux signals a program can handle.

Linux turns a page fault into ``SIGSEGV`` with ``si_code`` ``SEGV_MAPERR`` (nothing mapped there)
or ``SEGV_ACCERR`` (the page's protection forbids the access: a write to a read-only page, a jump
into a page without ``PROT_EXEC``, any access to a ``PROT_NONE`` page) and ``si_addr`` the faulting
address; an invalid opcode into ``SIGILL`` (``ILL_ILLOPN``, at the instruction), a division error
into ``SIGFPE`` (``FPE_INTDIV``), a general-protection fault into ``SIGSEGV`` (``SI_KERNEL``,
address 0). :func:`classify` makes the same decision from the exception the stub reported.

When the program handles that signal (a handler installed, the signal not blocked: :func:`handled`)
the machine delivers it like any other signal, with the interrupted registers (:func:`interrupted`
reads them back from the exception frame and the two registers the stub saved below it) and the
fault's ``err``/``trapno``/``cr2`` in the handler's ``ucontext`` (:func:`fill_mcontext`); a handler
that returns runs the faulting instruction again, as on Linux. Otherwise nothing changes: the
process dies of the fault (the first process's fault is the run's typed ``Trap``).
Entering a handler, for a fault or any other pending signal, is :func:`enter_handler`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from multipie.domains.legacy import signals
from multipie.domains.legacy.syscalls import BadAddress, ProcessExit, UserMemory
from multipie.domains.legacy.syscalls.protections import NONE_MARK, Protections
from multipie.errors import Trap, TrapCode
from multipie.kvm.exceptions import PAGE_FAULT, rip_offset
from multipie.kvm.memory import GuestMemory

__all__ = ["FaultSignal", "classify", "deliver", "fill_mcontext", "handled", "interrupted", "stack_overflow"]

SIGILL, SIGFPE, SIGSEGV = 4, 8, 11
SEGV_MAPERR, SEGV_ACCERR, ILL_ILLOPN, FPE_INTDIV, SI_KERNEL = 1, 2, 2, 1, 0x80
_DE, _UD, _GP = 0, 6, 13
_PF_PRESENT = 1
#: ``struct sigcontext`` after the ucontext header (uc_flags, uc_link, uc_stack): err, trapno, oldmask, cr2.
_MCONTEXT = 40
_ERR, _CR2 = _MCONTEXT + 152, _MCONTEXT + 176


@dataclass(frozen=True)
class FaultSignal:
    """The signal a fault raises: number, ``si_code``, ``si_addr``, and the CPU's ``err``/``trapno``."""

    sig: int
    code: int
    addr: int
    err: int
    trapno: int

    @property
    def info(self) -> bytes:
        """The ``siginfo`` fields after ``si_signo, si_errno, si_code``: ``si_addr``."""
        return struct.pack("<Q", self.addr)


def classify(vector: int, *, err: int, cr2: int, rip: int, prot: Protections | None) -> FaultSignal | None:
    """The signal Linux sends for exception ``vector``, or ``None`` for one it never turns into a signal here."""
    if vector == PAGE_FAULT:
        mapped_none = prot is not None and bool(prot.entry(cr2) & NONE_MARK)
        code = SEGV_ACCERR if err & _PF_PRESENT or mapped_none else SEGV_MAPERR
        return FaultSignal(SIGSEGV, code, cr2, err, vector)
    if vector == _UD:
        return FaultSignal(SIGILL, ILL_ILLOPN, rip, 0, vector)
    if vector == _DE:
        return FaultSignal(SIGFPE, FPE_INTDIV, rip, 0, vector)
    if vector == _GP:
        return FaultSignal(SIGSEGV, SI_KERNEL, 0, err, vector)
    return None


def handled(proc: Any, sig: int) -> bool:
    """True when ``proc`` has a handler for ``sig`` and does not block it (else Linux kills it)."""
    return proc.signals.handler(sig) not in (0, 1) and not proc.sigmask >> (sig - 1) & 1


def interrupted(mem: GuestMemory, regs: Any, vector: int, frame: int) -> bool:
    """Put the faulting context back into ``regs``; False (nothing changed) when the frame is not in guest memory.

    The stub (``entry.S``, ``fault_common``) leaves the program's ``rdi`` at ``frame - 8`` and
    ``rsi`` at ``frame - 16``; ``frame`` is the CPU's exception frame (error code, if any, then
    ``rip``, ``cs``, ``rflags``, ``rsp``).
    """
    at = frame + rip_offset(vector)
    if not (mem.contains(frame - 16, 16) and mem.contains(at, 32)):
        return False
    regs.rsi, regs.rdi = struct.unpack("<2Q", mem.read(frame - 16, 16))
    regs.rip, _cs, regs.rflags, regs.rsp = struct.unpack("<4Q", mem.read(at, 32))
    return True


def fill_mcontext(user: UserMemory, ucontext: int, fault: FaultSignal) -> None:
    """Write the fault's ``err``, ``trapno`` and ``cr2`` into the handler's ``ucontext`` (as Linux does)."""
    user.write(ucontext + _ERR, struct.pack("<2Q", fault.err, fault.trapno))
    user.write(ucontext + _CR2, struct.pack("<Q", fault.addr if fault.sig == SIGSEGV else 0))


def stack_overflow(m: Any, vector: int, frame: int) -> Trap | None:
    """The typed error of a page fault in the guard below the stack of machine ``m``, or ``None`` for another fault."""
    if vector != PAGE_FAULT:
        return None
    cr2 = m.vcpu.get_sregs().cr2
    if not m.layout.guard <= cr2 < m.layout.stack_floor:
        return None
    rip = m.fault_rip(vector, frame)
    where = f" at rip 0x{rip:x}" if rip is not None else ""
    return Trap(f"stack overflow (page fault at 0x{cr2:x}{where})", code=TrapCode.STACK_OVERFLOW)


def deliver(m: Any, proc: Any, regs: Any) -> bool:
    """At a fault exit of machine ``m`` (``regs``: the stub's, ``rdi`` = vector, ``rsi`` = frame).

    Returns True when the fault went to the program's handler (``regs`` are the handler's now);
    False leaves everything as it was, for the caller to end the process.
    """
    vector, frame = regs.rdi, regs.rsi
    mem, lay = m.memory, m.layout
    cr2 = m.vcpu.get_sregs().cr2 if vector == PAGE_FAULT else 0
    if vector == PAGE_FAULT and lay.guard <= cr2 < lay.stack_floor:
        return False  # a stack overflow stays the run's typed error (no alternate signal stack here)
    at = frame + rip_offset(vector)
    if not (mem.contains(frame - 16, 16) and mem.contains(at, 32)):
        return False
    err = mem.read_u64(frame) if at != frame else 0
    space = proc.space
    fault = classify(vector, err=err, cr2=cr2, rip=mem.read_u64(at), prot=space.prot if space is not None else None)
    if fault is None or not handled(proc, fault.sig):
        return False
    interrupted(mem, regs, vector, frame)
    proc.siginfo[fault.sig] = (fault.code, fault.info)
    proc.pending |= 1 << (fault.sig - 1)
    m.deliver(proc, regs)
    if regs.rdi == fault.sig:  # its handler was entered (rdi = the signal, rdx = the ucontext)
        fill_mcontext(m.user, regs.rdx, fault)
    return True


def enter_handler(m: Any, proc: Any, r: Any) -> None:
    """Enter the handler of ``proc``'s lowest pending unblocked signal, if any, in machine ``m`` (``r``: the
    registers to resume; :meth:`~multipie.domains.legacy.machine.Machine.deliver`).

    Raises:
        ProcessExit: ``SIGSEGV`` when the frame cannot be written (bad stack, no ``sa_restorer``).
    """
    while ready := proc.deliverable():
        bit = ready & -ready
        proc.pending &= ~bit
        sig = bit.bit_length()
        handler, flags, restorer, mask = struct.unpack("<4Q", proc.signals.action(sig))
        if handler in (0, 1):
            signals.held_default(sig, handler)  # held while blocked, or the handler was reset since
            continue
        if not flags & signals.SA_RESTORER:
            raise ProcessExit(128 + 11, signal=11)
        old = proc.saved_mask if proc.saved_mask is not None else proc.sigmask
        proc.saved_mask = None
        try:
            code, info = proc.siginfo.pop(sig, (0, b""))  # the sender (kill, tgkill, a child's exit, a timer)
            signals.push_frame(m.user, r, sig=sig, handler=handler, restorer=restorer, mask=old, info=info,
                               code=code)  # fmt: skip
        except BadAddress:
            raise ProcessExit(128 + 11, signal=11) from None
        proc.fpu_frames.append(m.vcpu.get_fpu_state())
        proc.sigmask = old | mask | (0 if flags & signals.SA_NODEFER else bit)
        if flags & signals.SA_RESETHAND:
            proc.signals.set_action(sig, bytes(32))
        m.vcpu.set_regs(r) if not m.vcpu.sync_regs else m.vcpu.mark_regs_dirty()
        return


#: Calls whose paths in ``entry.S`` save the arguments (``S_RDI``..) before touching the program's memory, and
#: change nothing before the copy that could fault (``write`` buffers, ``getrandom`` takes its bytes after it).
_REDO_CALLS = frozenset((0, 1, 5, 13, 14, 42, 79, 89, 157, 217, 257, 262, 302, 318))
# read, write, fstat, rt_sigaction, rt_sigprocmask, connect, getcwd, readlink, prctl, getdents64, openat, newfstatat,
# prlimit64, getrandom
_S_NR, _S_ARGS = 0xE800, 0xC000 + 72  # entry.S S_NR; S_RDI, S_RSI, S_RCX, S_RDX
_STUB_PAGES = ((0x8000, 0x9000), (0xB000, 0xC000))  # sysarea.MORE's page, ENTRY's


def to_host(m: Any, regs: Any) -> bool:
    """At a fault exit of machine ``m``: a page fault of ``entry.S`` answering a call becomes that call at the host.

    The guest checks that a pointer the program passed lies in its memory, not that the page lets it read or
    write there (a ``PROT_NONE`` path, a read-only buffer): the copy faults in the stub. Linux answers the call
    (``-EFAULT``), so ``regs`` are made the call as it arrived (``rax`` the number, the arguments the path
    saved; the program's ``rsp``, ``rflags``, ``r8``-``r10`` untouched) for the host to serve. A fault just
    below the stack pointer is the stub's own push on a bad stack (the call was answered): not redone.
    """
    vector, frame, mem = regs.rdi, regs.rsi, m.memory
    if vector != PAGE_FAULT or not mem.contains(_S_NR, 8):
        return False
    nr = mem.read_u64(_S_NR)
    at = frame + rip_offset(vector)
    if nr not in _REDO_CALLS or not (mem.contains(frame - 16, 16) and mem.contains(at, 32)):
        return False
    rip, _cs, _flags, rsp = struct.unpack("<4Q", mem.read(at, 32))
    cr2 = m.vcpu.get_sregs().cr2
    if not any(lo <= rip < hi for lo, hi in _STUB_PAGES) or rsp - 4096 <= cr2 < rsp:
        return False
    interrupted(mem, regs, vector, frame)
    regs.rax = nr
    regs.rdi, regs.rsi, regs.rcx, regs.rdx = struct.unpack("<4Q", mem.read(_S_ARGS, 32))
    return True

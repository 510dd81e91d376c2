"""Delivering a signal to a handler of a legacy program, and ``rt_sigreturn``: the x86-64 Linux signal frame.

Signals are delivered only between system calls — when a process's call completes, or
before a parked process resumes — never asynchronously in the middle of its code, which is
all a program can observe anyway since every signal here comes from another system call
(``kill``, a child's exit for ``SIGCHLD``, a write to a pipe without readers for ``SIGPIPE``).

:func:`push_frame` writes Linux's ``struct rt_sigframe`` (return address = the program's
``sa_restorer``, ``ucontext`` with the interrupted registers and signal mask, ``siginfo``)
below the red zone of the interrupted stack and points the registers at the handler;
:func:`pop_frame` (``rt_sigreturn``) reads the registers and mask back. The FPU/SSE state is
kept on the host (one entry per nested frame), not in the frame. Every access to the stack
goes through the bounds-checked :class:`~multipie.domains.legacy.syscalls.UserMemory`: a
bad stack pointer kills the process with ``SIGSEGV``, as on Linux.
"""

from __future__ import annotations

import struct
from typing import Any

from multipie.domains.legacy.syscalls import ProcessExit, UserMemory

__all__ = [
    "IGNORED_BY_DEFAULT", "SA_NODEFER", "SA_RESETHAND", "SA_RESTART", "SA_RESTORER", "held_default", "pop_frame",
    "push_frame",
]  # fmt: skip

#: Signals whose default action is to do nothing: CHLD, CONT, STOP, TSTP, TTIN, TTOU, URG, WINCH.
IGNORED_BY_DEFAULT = frozenset({17, 18, 19, 20, 21, 22, 23, 28})

SA_RESTORER, SA_RESTART, SA_NODEFER, SA_RESETHAND = 0x04000000, 0x10000000, 0x40000000, 0x80000000
_GREGS = ("r8 r9 r10 r11 r12 r13 r14 r15 rdi rsi rbp rbx rdx rax rcx rsp rip rflags").split()
_UC = 8  # ucontext after the return address
_MCONTEXT = _UC + 40  # uc_flags, uc_link, uc_stack
_SIGMASK = _MCONTEXT + 256
_INFO = _UC + 304
FRAME_SIZE = _INFO + 128
_USER_FLAGS = 0xCD5  # CF PF AF ZF SF DF OF: what sigreturn may change
USER_CS, USER_SS = 0x2B, 0x23


def push_frame(
    mem: UserMemory, regs: Any, *, sig: int, handler: int, restorer: int, mask: int, info: bytes = b"", code: int = 0
) -> None:
    """Build the signal frame for ``sig`` on the stack of ``regs`` and enter ``handler`` (edits ``regs``).

    Args:
        mem: the program's memory.
        regs: the interrupted registers (a ``KvmRegs``), changed in place to the handler's.
        sig: the signal number.
        handler: the handler's address; ``restorer``: ``sa_restorer`` (calls ``rt_sigreturn``).
        mask: the signal mask to restore on return.
        info: ``siginfo`` fields after ``si_signo, si_errno, si_code`` (zero-padded).
        code: ``si_code`` (``SI_USER`` 0 for ``kill``).

    Raises:
        BadAddress: the stack is not in the program's memory.
    """
    sp = regs.rsp - 128  # below the red zone
    sp = ((sp - FRAME_SIZE) & ~15) - 8  # as after a call: (sp + 8) % 16 == 0
    frame = bytearray(FRAME_SIZE)
    struct.pack_into("<Q", frame, 0, restorer)
    gregs = [getattr(regs, n) for n in _GREGS]
    struct.pack_into("<18Q", frame, _MCONTEXT, *gregs)
    struct.pack_into("<HHHH", frame, _MCONTEXT + 144, USER_CS, 0, 0, USER_SS)
    struct.pack_into("<Q", frame, _SIGMASK, mask)
    siginfo = struct.pack("<iii4x", sig, 0, code) + info
    frame[_INFO : _INFO + len(siginfo[:128])] = siginfo[:128]
    mem.write(sp, bytes(frame))
    regs.rdi, regs.rsi, regs.rdx = sig, sp + _INFO, sp + _UC
    regs.rax = 0
    regs.rip, regs.rsp = handler, sp
    regs.rflags &= ~0x400  # DF clear on handler entry


def held_default(sig: int, handler: int) -> None:
    """A pending signal without a handler at delivery (held while blocked): its default action now.

    Raises:
        ProcessExit: the default action ends the process (``handler`` 0, a terminating signal).
    """
    if handler == 0 and sig not in IGNORED_BY_DEFAULT:
        raise ProcessExit(128 + sig, signal=sig)


def pop_frame(mem: UserMemory, regs: Any) -> int:
    """``rt_sigreturn``: restore ``regs`` from the frame the handler returned through; returns the saved mask.

    Raises:
        BadAddress: the frame is not in the program's memory.
    """
    uc = regs.rsp  # the handler's ret popped the return address
    raw = mem.read(uc - _UC + _MCONTEXT, 144)
    values = struct.unpack("<18Q", raw)
    flags = regs.r11 | 0x202  # the program's flags at the rt_sigreturn call
    for name, value in zip(_GREGS, values, strict=True):
        setattr(regs, name, value)
    regs.rflags = (flags & ~_USER_FLAGS) | (values[-1] & _USER_FLAGS)
    return int.from_bytes(mem.read(uc - _UC + _SIGMASK, 8), "little")

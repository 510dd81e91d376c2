"""A process's signal dispositions and its running thread's signal mask: one block, in guest memory.

The block lives in the program's system area (:data:`BASE`; ``guest/legacy/entry.S``: ``SIGNALS``),
so the guest's entry stub answers ``rt_sigaction`` and ``rt_sigprocmask`` without an exit, and the
host's signal delivery (:meth:`~multipie.domains.legacy.machine.Machine.deliver`, ``kill``, ``SIGCHLD``)
reads the same bytes: there is no second copy to keep in step. Layout (little-endian)::

    +0    u64   the running thread's blocked signals (bit sig-1)          guest and host write it
    +8    u64   its pending signals: the host's mirror (the guest reads it: a mask that unblocks
                one of them is left to the host, which delivers the signal as the call returns)
    +16   32 B  scratch (entry.S copies a new action there first: ``act`` and ``old`` may alias)
    +64   64 x struct kernel_sigaction {handler, flags, restorer, mask}, for signals 1..64

The program can scribble over the block (it is user memory): that changes only its own signal
state, which it may change anyway; the host reads a mask without SIGKILL/SIGSTOP, and keeps the
pending set itself (the guest's copy is a mirror, never read back). Outside a VM (unit tests of the
syscall families, a memory that does not hold the system area) the block is a private buffer.
"""

from __future__ import annotations

import struct

from multipie.domains.legacy.syscalls.addrspace import UserMemory

__all__ = ["ACTION_SIZE", "BASE", "SIZE", "UNBLOCKABLE", "ExecCarry", "SignalState"]

#: Guest address of the block (the system area's page 0xD000, below the exception stack).
BASE = 0xD000
_MASK, _PENDING, _ACTIONS = 0, 8, 64
ACTION_SIZE = 32
#: Bytes of the block.
SIZE = _ACTIONS + 64 * ACTION_SIZE
#: SIGKILL and SIGSTOP: never blocked, never part of a handler's mask.
UNBLOCKABLE = 1 << 8 | 1 << 18
_U64 = (1 << 64) - 1
_SIG_IGN = 1

#: What ``execve`` keeps (:meth:`SignalState.carry`): the mask, the pending set, ignored signals.
ExecCarry = tuple[int, int, tuple[int, ...]]


class SignalState:
    """Signal dispositions of a process and the mask and pending set of its running thread.

    Args:
        mem: the program's memory; when it holds the system area (a VM's memory, base 0) the
            block is at :data:`BASE` in it, else a private buffer.
    """

    def __init__(self, mem: UserMemory | None = None) -> None:
        self._mem: UserMemory | None
        if mem is not None and mem.base == 0 and mem.end >= BASE + SIZE:
            self._view, self._mem = mem.view[BASE : BASE + SIZE], mem
        else:
            self._view, self._mem = memoryview(bytearray(SIZE)), None
        self._pending = 0

    def _put(self, off: int, data: bytes) -> None:
        self._view[off : off + len(data)] = data
        if self._mem is not None:
            self._mem._note(BASE + off, len(data))  # the reset restores what the host wrote too

    @property
    def mask(self) -> int:
        """The running thread's blocked signals (never SIGKILL or SIGSTOP)."""
        return int.from_bytes(self._view[_MASK : _MASK + 8], "little") & ~UNBLOCKABLE

    @mask.setter
    def mask(self, value: int) -> None:
        self._put(_MASK, (value & ~UNBLOCKABLE & _U64).to_bytes(8, "little"))

    @property
    def pending(self) -> int:
        """The running thread's pending signals (kept by the host; mirrored for the guest)."""
        return self._pending

    @pending.setter
    def pending(self, value: int) -> None:
        self._pending = value
        self._put(_PENDING, (value & _U64).to_bytes(8, "little"))

    def action(self, sig: int) -> bytes:
        """``struct kernel_sigaction`` of ``sig`` (1..64): handler, flags, restorer, mask."""
        at = _ACTIONS + ACTION_SIZE * (sig - 1)
        return self._view[at : at + ACTION_SIZE].tobytes()

    def set_action(self, sig: int, raw: bytes) -> None:
        """Install ``raw`` (a ``struct kernel_sigaction``) for ``sig``; SIGKILL/SIGSTOP leave its mask."""
        handler, flags, restorer, mask = struct.unpack("<4Q", raw[:ACTION_SIZE])
        self._put(_ACTIONS + ACTION_SIZE * (sig - 1), struct.pack("<4Q", handler, flags, restorer,
                                                                   mask & ~UNBLOCKABLE))  # fmt: skip

    def handler(self, sig: int) -> int:
        """``0`` (default action), ``1`` (ignored) or the handler address of ``sig``."""
        at = _ACTIONS + ACTION_SIZE * (sig - 1)
        return int.from_bytes(self._view[at : at + 8], "little")

    def dispositions(self) -> bytes:
        """The mask and every action (what a warm start compares; the scratch and mirror left out)."""
        return self._view[_MASK : _MASK + 8].tobytes() + self._view[_ACTIONS:].tobytes()

    def copy_from(self, other: SignalState) -> None:
        """Take ``other``'s dispositions and mask (a ``fork``); nothing is pending in the copy."""
        self._put(_MASK, other._view[_MASK : _MASK + 8].tobytes())
        self._put(_ACTIONS, other._view[_ACTIONS:].tobytes())
        self.pending = 0

    def carry(self) -> ExecCarry:
        """What ``execve`` keeps: the mask, the pending set and the ignored signals (handlers become default)."""
        return self.mask, self._pending, tuple(s for s in range(1, 65) if self.handler(s) == _SIG_IGN)

    def restore(self, carry: ExecCarry) -> None:
        """After ``execve`` (its memory is the new program's): every action default but the ignored ones."""
        mask, pending, ignored = carry
        self._put(_ACTIONS, bytes(SIZE - _ACTIONS))
        for sig in ignored:
            self.set_action(sig, struct.pack("<4Q", _SIG_IGN, 0, 0, 0))
        self.mask = mask
        self.pending = pending

"""Futex wait queues of one process, and the arithmetic of ``FUTEX_WAKE_OP``.

A :class:`FutexTable` belongs to one process (:class:`~multipie.domains.legacy.tasks.Task`):
each process is its own VM and no memory is shared between processes, so a futex is named by
its address alone, private or not. Waiters queue in arrival order per address, carry the bitset
they wait for (``FUTEX_BITSET_MATCH_ANY`` for plain waits), and are woken, moved to another
address (``REQUEUE``) or cancelled (timeout, signal, death of the thread). The table only keeps
the queues: comparing the futex word, parking the thread and resuming it with a result is the
kernel's work (:mod:`multipie.domains.legacy.kernel`), done while no guest code runs, so every
check-then-wait is atomic with respect to the program's threads.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import Any

__all__ = ["MATCH_ANY", "FutexTable", "Waiter", "wake_op"]

#: ``FUTEX_BITSET_MATCH_ANY``: what a plain ``FUTEX_WAIT``/``FUTEX_WAKE`` uses.
MATCH_ANY = 0xFFFFFFFF


@dataclass(eq=False)
class Waiter:
    """One thread waiting on a futex.

    Attributes:
        addr: the futex word's address (changes when requeued).
        bitset: the bits it waits for.
        owner: the waiting thread (what :meth:`FutexTable.wake` returns).
        woken: set once a wake picked it.
    """

    addr: int
    bitset: int
    owner: Any
    woken: bool = False


class FutexTable:
    """The futex wait queues of one process (see the module docstring)."""

    def __init__(self) -> None:
        self._queues: dict[int, collections.deque[Waiter]] = {}

    def __len__(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def wait(self, addr: int, owner: Any, bitset: int = MATCH_ANY) -> Waiter:
        """Queue ``owner`` on ``addr``; returns its :class:`Waiter` (to cancel it)."""
        w = Waiter(addr, bitset, owner)
        self._queues.setdefault(addr, collections.deque()).append(w)
        return w

    def cancel(self, w: Waiter) -> None:
        """Take ``w`` off its queue (a timeout, a signal, the thread's death); no-op once woken."""
        q = self._queues.get(w.addr)
        if q is not None and w in q:
            q.remove(w)
            if not q:
                del self._queues[w.addr]

    def wake(self, addr: int, n: int, bitset: int = MATCH_ANY) -> list[Any]:
        """Wake up to ``n`` waiters on ``addr`` whose bitset meets ``bitset``, oldest first; returns their owners."""
        q = self._queues.get(addr)
        if not q or n <= 0:
            return []
        woken: list[Waiter] = []
        for w in list(q):
            if len(woken) >= n:
                break
            if w.bitset & bitset:
                q.remove(w)
                w.woken = True
                woken.append(w)
        if not q:
            del self._queues[addr]
        return [w.owner for w in woken]

    def requeue(self, addr: int, n_wake: int, addr2: int, n_move: int) -> tuple[list[Any], int]:
        """Wake up to ``n_wake`` waiters on ``addr``, move up to ``n_move`` of the rest to ``addr2``.

        Returns:
            The owners woken, and how many waiters were moved.
        """
        woken = self.wake(addr, n_wake)
        q = self._queues.get(addr)
        moved = 0
        if q and addr2 != addr:
            dest = self._queues.setdefault(addr2, collections.deque())
            while q and moved < n_move:
                w = q.popleft()
                w.addr = addr2
                dest.append(w)
                moved += 1
            if not q:
                del self._queues[addr]
        elif q:  # requeue onto itself: they stay where they are, and count as requeued
            moved = min(n_move, len(q))
        return woken, moved

    def waiting(self, addr: int) -> int:
        """How many waiters queue on ``addr``."""
        return len(self._queues.get(addr, ()))


def wake_op(old: int, encoded: int) -> tuple[int, bool] | None:
    """``FUTEX_WAKE_OP``'s operation on the second word: ``(new value, wake the second queue?)``.

    ``encoded`` is ``val3``: ``op << 28 | cmp << 24 | oparg << 12 | cmparg`` (``op & 8``:
    the operand is ``1 << oparg``). ``old`` is the word's value before. Returns ``None`` for an
    unknown operation or comparison (the call fails with ``ENOSYS``, as on Linux).
    """
    op, cmp = (encoded >> 28) & 0xF, (encoded >> 24) & 0xF
    oparg, cmparg = _s12((encoded >> 12) & 0xFFF), _s12(encoded & 0xFFF)
    if op & 8:
        op &= 7
        oparg = 1 << (oparg & 31)
    oparg &= 0xFFFFFFFF
    ops = {0: oparg, 1: old + oparg, 2: old | oparg, 3: old & ~oparg, 4: old ^ oparg}
    if op not in ops or cmp > 5:
        return None
    new = ops[op] & 0xFFFFFFFF
    a = old - (1 << 32) if old & 0x80000000 else old  # the comparison is signed, as in the kernel
    wake = (a == cmparg, a != cmparg, a < cmparg, a <= cmparg, a > cmparg, a >= cmparg)[cmp]
    return new, wake


def _s12(v: int) -> int:
    """A 12-bit field as a signed value (``FUTEX_OP`` sign-extends its arguments)."""
    return v - 0x1000 if v & 0x800 else v

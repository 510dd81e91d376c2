"""The signal block (sigstate.py): in the program's memory where entry.S reads it, what fork and execve keep."""

from __future__ import annotations

import struct

from multipie.domains.legacy.syscalls import UserMemory
from multipie.domains.legacy.syscalls.sigstate import BASE, SIZE, SignalState

SIGUSR1, SIGUSR2, SIGTERM = 10, 12, 15
KILL_STOP = 1 << 8 | 1 << 18


class Noted(UserMemory):
    def __init__(self, buf: bytearray) -> None:
        super().__init__(buf)
        self.noted: list[tuple[int, int]] = []

    def _note(self, addr: int, n: int) -> None:
        self.noted.append((addr, n))


def test_the_block_is_in_the_programs_memory_and_host_writes_are_noted() -> None:
    buf = bytearray(1 << 20)
    mem = Noted(buf)
    sig = SignalState(mem)
    sig.mask = 1 << (SIGUSR1 - 1) | KILL_STOP
    sig.set_action(SIGUSR1, struct.pack("<4Q", 0x401000, 0x04000000, 0x401100, KILL_STOP | 1))
    assert struct.unpack_from("<Q", buf, BASE)[0] == 1 << (SIGUSR1 - 1)  # SIGKILL/SIGSTOP never blocked
    at = BASE + 64 + 32 * (SIGUSR1 - 1)
    assert struct.unpack_from("<4Q", buf, at) == (0x401000, 0x04000000, 0x401100, 1)  # nor in sa_mask
    assert all(BASE <= a and a + n <= BASE + SIZE for a, n in mem.noted) and mem.noted
    struct.pack_into("<Q", buf, BASE, 0b110 | KILL_STOP)  # the guest's own rt_sigprocmask
    assert sig.mask == 0b110 and sig.handler(SIGUSR1) == 0x401000 and sig.handler(SIGUSR2) == 0


def test_pending_is_the_hosts_and_only_mirrored_for_the_guest() -> None:
    buf = bytearray(1 << 20)
    sig = SignalState(UserMemory(buf))
    sig.pending = 0b1000
    assert struct.unpack_from("<Q", buf, BASE + 8)[0] == 0b1000
    struct.pack_into("<Q", buf, BASE + 8, 0xFFFF)  # a scribbling program changes only its mirror
    assert sig.pending == 0b1000


def test_a_memory_without_the_system_area_gets_a_private_block() -> None:
    buf = bytearray(1 << 16)
    sig = SignalState(UserMemory(buf, 0x400000))
    sig.mask = 0b10
    assert sig.mask == 0b10 and not any(buf)


def test_fork_copies_dispositions_and_mask_but_nothing_pending() -> None:
    parent = SignalState(UserMemory(bytearray(1 << 20)))
    parent.set_action(SIGUSR1, struct.pack("<4Q", 0x401000, 0, 0, 0))
    parent.mask, parent.pending = 0b100, 0b100
    child = SignalState(UserMemory(bytearray(1 << 20)))
    child.copy_from(parent)
    assert child.handler(SIGUSR1) == 0x401000 and child.mask == 0b100 and child.pending == 0
    assert child.dispositions() == parent.dispositions()


def test_execve_keeps_mask_pending_and_ignored_signals_only() -> None:
    buf = bytearray(1 << 20)
    sig = SignalState(UserMemory(buf))
    sig.set_action(SIGUSR1, struct.pack("<4Q", 0x401000, 0x04000000, 0x401100, 0))
    sig.set_action(SIGUSR2, struct.pack("<4Q", 1, 0x04000000, 0x401100, 0b1))
    sig.mask, sig.pending = 0b10, 0b10
    carry = sig.carry()
    buf[BASE : BASE + SIZE] = bytes(SIZE)  # execve: the new program's memory
    sig.restore(carry)
    assert sig.handler(SIGUSR1) == 0 and sig.action(SIGUSR2) == struct.pack("<4Q", 1, 0, 0, 0)
    assert sig.handler(SIGTERM) == 0 and sig.mask == 0b10 and sig.pending == 0b10

"""Tasks and threads: what a switch between threads exchanges, thread vCPUs, and robust lists."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from multipie.domains.legacy import elf, sysarea
from multipie.domains.legacy.machine import Machine
from multipie.domains.legacy.syscalls import LinuxProcess, UserMemory
from multipie.domains.legacy.tasks import FUTEX_OWNER_DIED, FUTEX_WAITERS, Task, robust_deaths
from multipie.kvm import _abi
from multipie.resources.fs import GuestFs, StreamFile
from tests.domains.legacy.conftest import needs_vm

HEAD, OFFSET = 0x1000, 16  # the robust list head; the futex word lies 16 bytes past each entry


def _robust_memory(entries: list[tuple[int, int]], pending: int = 0) -> UserMemory:
    """A list head at HEAD linking ``(entry address, futex word)`` pairs in order, back to the head."""
    buf = bytearray(1 << 16)
    addrs = [e for e, _ in entries]
    struct.pack_into("<QqQ", buf, HEAD, addrs[0] if addrs else HEAD, OFFSET, pending)
    for i, (addr, word) in enumerate(entries):
        struct.pack_into("<Q", buf, addr, addrs[i + 1] if i + 1 < len(addrs) else HEAD)
        struct.pack_into("<I", buf, addr + OFFSET, word)
    return UserMemory(buf)


def _word(mem: UserMemory, entry: int) -> int:
    return struct.unpack("<I", mem.read(entry + OFFSET, 4))[0]


def test_robust_list_marks_what_the_dead_thread_held() -> None:
    mem = _robust_memory([(0x2000, 7), (0x3000, 7 | FUTEX_WAITERS), (0x4000, 9), (0x5000, 0)])
    assert robust_deaths(mem, HEAD, 7) == [0x3000 + OFFSET]  # only a word with waiters needs a wake
    assert _word(mem, 0x2000) == FUTEX_OWNER_DIED
    assert _word(mem, 0x3000) == FUTEX_OWNER_DIED | FUTEX_WAITERS
    assert _word(mem, 0x4000) == 9 and _word(mem, 0x5000) == 0  # held by another thread, or free


def test_robust_list_pending_entry_and_bad_lists() -> None:
    mem = _robust_memory([(0x2000, 7)], pending=0x6000)
    struct.pack_into("<I", mem.view, 0x6000 + OFFSET, 7 | FUTEX_WAITERS)  # locked mid-way, not yet linked
    assert robust_deaths(mem, HEAD, 7) == [0x6000 + OFFSET]
    assert _word(mem, 0x2000) == FUTEX_OWNER_DIED
    # A list that loops without coming back to its head is walked a bounded number of times.
    loop = _robust_memory([(0x2000, 3), (0x3000, 3)])
    struct.pack_into("<Q", loop.view, 0x3000, 0x2000)
    assert robust_deaths(loop, HEAD, 3) == []
    assert _word(loop, 0x2000) == _word(loop, 0x3000) == FUTEX_OWNER_DIED
    # A pointer out of memory ends the walk (what came before it is done).
    bad = _robust_memory([(0x2000, 3)])
    struct.pack_into("<Q", bad.view, 0x2000, 0xDEAD0000)
    assert robust_deaths(bad, HEAD, 3) == [] and _word(bad, 0x2000) == FUTEX_OWNER_DIED
    assert robust_deaths(bad, 0xFFFF_FFFF_0000, 3) == []  # the head itself unreadable


@pytest.fixture
def task(programs: Path) -> Iterator[Task]:
    image = elf.parse((programs / "hello").read_bytes(), where="hello")
    m = Machine(image, 32 << 20, name="hello")
    m.begin()
    proc = LinuxProcess(m.user, GuestFs(), space=m.new_space(), stdin=StreamFile(source=b""),
                        stdout=StreamFile(sink=bytearray()), stderr=StreamFile(sink=bytearray()))  # fmt: skip
    m.start(proc, ["hello"], {}, "/hello", pid=1)
    t = Task(1, 0, m, proc)
    yield t
    m.close()


@needs_vm
def test_switching_threads_exchanges_their_context(task: Task) -> None:
    m, proc = task.machine, task.proc
    proc.sigmask, proc.fs_base = 0x10, 0x7000
    regs = _abi.KvmRegs(rip=0x401000, rsp=0x500000, rcx=0x401234, r11=0x202, rbx=77)
    th = task.start_thread(5, regs, stack=0x600000, tls=0x9000, clear_tid=0x8000)
    assert th.vcpu is not m.main_vcpu and th.sigmask == 0x10 and th.fs_base == 0x9000
    child = th.vcpu.regs if th.vcpu.sync_regs else th.vcpu.get_regs()
    assert (child.rax, child.rip, child.rsp, child.rbx) == (0, 0x401234, 0x600000, 77)
    assert m.vcpu is m.main_vcpu and task.loaded is task.main  # creating a thread does not switch to it
    m.memory.write_u64(sysarea.ROBUST, 0x4440)  # the first thread's set_robust_list, answered in the guest
    task.load(th)
    assert m.vcpu is th.vcpu and proc.fs_base == 0x9000 and proc.clear_child_tid == 0x8000
    assert struct.unpack("<2Q", m.memory.read(sysarea.TID, 16)) == (5, 0)  # gettid's answer, its robust list
    assert task.words() == (0x8000, 0)
    proc.sigmask = 0x20  # the thread changes its own mask
    proc.pending = 0x40  # a signal for this thread
    task.load(task.main)
    assert proc.sigmask == 0x10 and task.main.robust == 0x4440 and task.words()[1] == 0x4440
    assert proc.pending == 0 and th.pending == 0x40
    assert th.sigmask == 0x20 and m.vcpu is m.main_vcpu
    task.drop_thread(th)
    assert th.state == "dead" and m.free_vcpus == [th.vcpu] and 5 not in task.threads
    again = task.start_thread(6, regs, stack=0, tls=None, clear_tid=0)
    assert again.vcpu is th.vcpu and again.fs_base == proc.fs_base  # reused; the creator's TLS
    task.end_threads()
    assert task.threads == {1: task.main} and m.vcpu is m.main_vcpu and m.reusable

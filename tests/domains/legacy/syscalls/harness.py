"""A Linux process driven directly (no VM) over a 4 MiB bytearray, for the syscall families' tests."""

from __future__ import annotations

from multipie.domains.legacy.syscalls import AddressSpace, LinuxProcess, Sys, UserMemory
from multipie.resources.fs import GuestFs, StreamFile

MEM = 4 << 20
SCRATCH = 0x10000


class Harness:
    """A process over a 4 MiB bytearray: strings and buffers are placed in a scratch area."""

    def __init__(self, fs: GuestFs, stdin: bytes = b"") -> None:
        self.buf = bytearray(MEM)
        self.mem = UserMemory(self.buf)
        self.out = bytearray()
        self.err = bytearray()
        self.space = AddressSpace(self.mem, 0x200000, MEM - 0x10000)
        self.fs_bases: list[int] = []
        self.p = LinuxProcess(
            self.mem,
            fs,
            space=self.space,
            stdin=StreamFile(source=stdin),
            stdout=StreamFile(sink=self.out),
            stderr=StreamFile(sink=self.err),
            on_set_fs=self.fs_bases.append,
        )
        self.next = SCRATCH

    def put(self, data: bytes) -> int:
        addr = self.next
        self.buf[addr : addr + len(data)] = data
        self.next += (len(data) + 15) & ~15
        return addr

    def s(self, text: str) -> int:
        return self.put(text.encode() + b"\0")

    def alloc(self, n: int) -> int:
        return self.put(bytes(n))

    def __call__(self, nr: Sys, *args: int) -> int:
        return self.p.syscall(int(nr), *args)

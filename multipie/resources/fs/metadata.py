"""What ``stat`` and ``getdents64`` report about a guest file, and where inode numbers come from."""

from __future__ import annotations

import itertools
import os
import struct
from dataclasses import dataclass
from functools import cached_property

__all__ = ["DirEntry", "FS_DEV", "Stat", "new_ino"]

#: The device number guests see for the private area ("MP").
FS_DEV = 0x4D50
# Inode numbers of objects that exist only in the runtime (private-area files, pipes, devices):
# far above what a host file system hands out, so they never collide with layer files.
_inos = itertools.count(1 << 40)
_DIRENT_HEAD = struct.Struct("<QqHB")  # d_ino, d_off, d_reclen, d_type (the name follows)


def new_ino() -> int:
    """A fresh inode number for an object that exists only in the runtime."""
    return next(_inos)


@dataclass
class Stat:
    """What ``stat`` reports for a guest file (the syscall layer packs it as ``struct stat``)."""

    mode: int
    size: int
    ino: int
    nlink: int = 1
    uid: int = 0
    gid: int = 0
    dev: int = FS_DEV
    rdev: int = 0
    atime_ns: int = 0
    mtime_ns: int = 0
    ctime_ns: int = 0
    blksize: int = 4096
    nblocks: int = -1

    @property
    def blocks(self) -> int:
        """512-byte blocks, as ``st_blocks`` counts them (the host's count for host files)."""
        return self.nblocks if self.nblocks >= 0 else (self.size + 511) // 512

    @staticmethod
    def from_host(st: os.stat_result) -> Stat:
        """A guest view of a host ``stat`` result (owner reported as root)."""
        return Stat(
            mode=st.st_mode,
            size=st.st_size,
            ino=st.st_ino,
            nlink=st.st_nlink,
            dev=st.st_dev & 0xFFFFFFFF,
            rdev=st.st_rdev,
            atime_ns=st.st_atime_ns,
            mtime_ns=st.st_mtime_ns,
            ctime_ns=st.st_ctime_ns,
            nblocks=st.st_blocks,
        )


@dataclass(frozen=True)
class DirEntry:
    """One directory entry: name, inode number, ``stat.S_IF*`` type bits."""

    name: str
    ino: int
    type: int

    @cached_property
    def dirent64(self) -> bytes:
        """Its ``struct linux_dirent64`` record with ``d_off`` 0 (the caller writes the position there).

        Packed once per entry: a read-only layer's kept listing hands the same entries to every run's
        ``getdents64`` (packing them was ≈ 2.7 µs an entry, ≈ 0.5 ms for python3's ``/usr/lib/python3.11``).
        """
        name = self.name.encode("utf-8", "surrogateescape") + b"\0"
        reclen = (19 + len(name) + 7) & ~7
        return _DIRENT_HEAD.pack(self.ino, 0, reclen, self.type >> 12) + name.ljust(reclen - 19, b"\0")

"""What ``stat`` and ``getdents64`` report about a guest file, and where inode numbers come from."""

from __future__ import annotations

import itertools
import os
import struct
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from stat import S_IFDIR

__all__ = ["DirEntry", "FS_DEV", "Listing", "Stat", "new_ino"]

#: The device number guests see for the private area ("MP").
FS_DEV = 0x4D50
# Inode numbers of objects that exist only in the runtime (private-area files, pipes, devices):
# far above what a host file system hands out, so they never collide with layer files.
_inos = itertools.count(1 << 40)
_DIRENT_HEAD = struct.Struct("<QqHB")  # d_ino, d_off, d_reclen, d_type (the name follows)
_D_OFF = struct.Struct("<q")
_STAT = struct.Struct("<QQQIIIIQqqqqqqqqq24x")  # Linux x86-64's struct stat


def new_ino() -> int:
    """A fresh inode number for an object that exists only in the runtime."""
    return next(_inos)


@dataclass(frozen=True, init=False)
class Stat:
    """What ``stat`` reports for a guest file (the syscall layer packs it as ``struct stat``).

    Immutable: a read-only layer's node keeps its one :class:`Stat` for every run that looks it up
    (:class:`~multipie.resources.fs.host.HostNode`), and its :attr:`packed` record with it.
    """

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
    #: Its birth time (statx's ``STATX_BTIME``); ``None``: not known (a host file: its ``stat`` has none).
    btime_ns: int | None = None

    def __init__(
        self, mode: int, size: int, ino: int, nlink: int = 1, uid: int = 0, gid: int = 0, dev: int = FS_DEV,
        rdev: int = 0, atime_ns: int = 0, mtime_ns: int = 0, ctime_ns: int = 0, blksize: int = 4096, nblocks: int = -1,
        btime_ns: int | None = None,
    ) -> None:  # fmt: skip
        # Every field at once: a frozen dataclass's own __init__ sets each through object.__setattr__ (≈ 4x the cost,
        # and every stat of a file is made here). A test checks that every field is set.
        self.__dict__.update(
            mode=mode, size=size, ino=ino, nlink=nlink, uid=uid, gid=gid, dev=dev, rdev=rdev, atime_ns=atime_ns,
            mtime_ns=mtime_ns, ctime_ns=ctime_ns, blksize=blksize, nblocks=nblocks, btime_ns=btime_ns,
        )  # fmt: skip

    @property
    def blocks(self) -> int:
        """512-byte blocks, as ``st_blocks`` counts them (the host's count for host files)."""
        return self.nblocks if self.nblocks >= 0 else (self.size + 511) // 512

    @property
    def packed(self) -> bytes:
        """Linux x86-64's ``struct stat`` (144 bytes), packed once (the fd page and ``newfstatat`` copy it)."""
        # (kept by hand: functools.cached_property takes a lock on Python 3.11, as much as the packing for a
        # Stat asked once, such as a stream's at every run start)
        got: bytes | None = self.__dict__.get("_packed")
        if got is None:
            a, m, c = self.atime_ns, self.mtime_ns, self.ctime_ns
            got = self.__dict__["_packed"] = _STAT.pack(
                self.dev, self.ino, self.nlink, self.mode, self.uid, self.gid, 0, self.rdev, self.size, self.blksize,
                self.blocks, a // 10**9, a % 10**9, m // 10**9, m % 10**9, c // 10**9, c % 10**9,
            )  # fmt: skip
        return got

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


class Listing(tuple[DirEntry, ...]):
    """A directory's entries as ``getdents64`` walks them: an immutable snapshot, its records packed once.

    Position *i* is entry *i*, and a record's ``d_off`` is the position after it. A read-only layer
    directory's listing is one :class:`Listing`, kept by the layer's watch (:mod:`.dirwatch`) for every
    run that opens the directory, and :meth:`dotted` keeps the whole listing an open directory walks
    (``.`` and ``..`` first): so its ``linux_dirent64`` records are packed once, not per ``getdents64``
    (``/usr/lib/python3.11``'s 208 records took ≈ 60 µs to pack at each python3 start).
    """

    @staticmethod
    def with_dots(entries: Iterable[DirEntry], ino: int) -> Listing:
        """``.`` and ``..`` (both inode ``ino``: the directory's, as ``DirFile`` lists them), then ``entries``."""
        return Listing((DirEntry(".", ino, S_IFDIR), DirEntry("..", ino, S_IFDIR), *entries))

    def dotted(self, ino: int) -> Listing:
        """:meth:`with_dots` of these entries, made once per ``ino`` (a kept listing's directory has one)."""
        kept = self._dotted
        got = kept.get(ino)
        if got is None:
            if len(kept) >= 4:  # (the same entries under many inodes: not a layer's kept listing)
                kept.clear()
            got = kept[ino] = Listing.with_dots(self, ino)
        return got

    @cached_property
    def _dotted(self) -> dict[int, Listing]:
        return {}

    def without(self, prefix: str) -> Listing:
        """These entries but those whose name starts with ``prefix`` (OCI whiteouts); made once per ``prefix``."""
        kept = self._without
        got = kept.get(prefix)
        if got is None:
            got = [e for e in self if e.name.startswith(prefix)] and Listing(
                e for e in self if not e.name.startswith(prefix)
            ) or self  # (none to leave out, the usual case: this very listing, records and all)
            kept[prefix] = got
        return got

    @cached_property
    def _without(self) -> dict[str, Listing]:
        return {}

    @cached_property
    def _records(self) -> tuple[bytes, list[int]]:
        """Every record, ``d_off`` filled in, back to back; and where each starts (``ends[i]``, then the end)."""
        out = bytearray()
        ends = [0]
        for i, e in enumerate(self):
            at = len(out)
            out += e.dirent64
            _D_OFF.pack_into(out, at + 8, i + 1)  # d_off: the position after it
            ends.append(len(out))
        return bytes(out), ends

    def pack(self, start: int, count: int) -> tuple[bytes, int]:
        """The records from position ``start`` that fit in ``count`` bytes, and the position after the last one."""
        if start >= len(self):
            return b"", start
        blob, ends = self._records
        lo = ends[start]
        end = bisect_right(ends, lo + count, start) - 1  # (the last record that ends within count)
        return blob[lo : ends[end]], end

"""The private writable area of one domain: files, directories and links in memory, under a quota.

Writes never reach a shared layer: a layer file is copied up here first (by
:class:`~multipie.resources.fs.overlay.OverlayDir`), deletions of layer names are recorded as
whiteouts in :class:`MemDir`, and every byte held is charged to the domain's :class:`PrivateArea`.
"""

from __future__ import annotations

import errno as E
import os
import stat as S
import time

from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.nodes import Node, Quota
from multipie.resources.fs.openfile import O_ACCMODE, OpenFile

__all__ = ["DIR_CHARGE", "MemDir", "MemFile", "MemLink", "MemNode", "MemOpenFile", "PrivateArea", "entries_changed"]

#: Bytes a directory made in the private area is charged to its quota.
DIR_CHARGE = 256


class MemNode(Node):
    """A node of the private in-memory area.

    Its ``ctime`` is its own, kept apart from ``mtime``: :meth:`changed` is the one place that stamps it, on every
    change of the node (attributes, data, a rename or unlink of it), and no program can set it, as Linux. Its
    ``btime`` (statx's birth time, which ext4 and tmpfs offer) is its creation time, never changed after.
    """

    def __init__(self, mode: int) -> None:
        self.mode = mode
        self.ino = new_ino()
        now = time.time_ns()
        self.mtime_ns = self.atime_ns = self.ctime_ns = self.btime_ns = now
        self.uid = self.gid = 0
        #: Its last name is gone (unlink, rmdir, a rename over it): an fd still open on it says st_nlink 0.
        self.unnamed = False

    def changed(self, *, data: bool = False, now: int = 0) -> None:
        """The node changed: its ``ctime`` is ``now`` (0: the current time), and with ``data`` (contents written or
        truncated, names added or removed) its ``mtime`` too, as Linux stamps both at once."""
        self.ctime_ns = now = now or time.time_ns()
        if data:
            self.mtime_ns = now

    def unlinked(self, *, now: int = 0) -> None:
        """Its last name was removed (at ``now``, 0: the current time): no link left, its ctime stamped, as Linux."""
        self.unnamed = True
        self.changed(now=now)

    def stat(self) -> Stat:
        return Stat(
            mode=self.mode, size=self.size(), ino=self.ino, nlink=0 if self.unnamed else self.links(), uid=self.uid,
            gid=self.gid, mtime_ns=self.mtime_ns, atime_ns=self.atime_ns, ctime_ns=self.ctime_ns,
            btime_ns=self.btime_ns,
        )  # fmt: skip

    def set_attrs(
        self, *, mode: int | None = None, atime_ns: int | None = None, mtime_ns: int | None = None,
        uid: int | None = None, gid: int | None = None,
    ) -> None:  # fmt: skip
        if mode is not None:
            self.mode = (self.mode & ~0o7777) | (mode & 0o7777)
        self.atime_ns = self.atime_ns if atime_ns is None else atime_ns
        self.mtime_ns = self.mtime_ns if mtime_ns is None else mtime_ns
        self.uid = self.uid if uid is None else uid
        self.gid = self.gid if gid is None else gid
        self.changed()  # (chown -1, -1 and times set to the past too: Linux's notify_change always stamps ctime)

    def size(self) -> int:
        """Bytes it holds."""
        return 0

    def links(self) -> int:
        """Its ``st_nlink`` while it has a name: one (the private area has no hard links)."""
        return 1


class MemFile(MemNode):
    """A regular file in the private area."""

    def __init__(self, mode: int = 0o644, data: bytes = b"") -> None:
        super().__init__(S.S_IFREG | (mode & 0o7777))
        self.data = bytearray(data)

    def size(self) -> int:
        return len(self.data)

    def open(self, flags: int, quota: Quota) -> OpenFile:
        if flags & os.O_TRUNC and flags & O_ACCMODE != os.O_RDONLY:
            quota.charge(-len(self.data))
            del self.data[:]
            self.changed(data=True)  # (an empty file too, as Linux's handle_truncate)
        return MemOpenFile(self, flags, quota)


class MemLink(MemNode):
    """A symbolic link in the private area."""

    def __init__(self, target: str) -> None:
        super().__init__(S.S_IFLNK | 0o777)
        self.target = target

    def size(self) -> int:
        return len(self.target.encode())

    def readlink(self) -> str:
        return self.target


class MemDir(MemNode):
    """A directory of the private area (children, plus whiteouts hiding lower-layer names)."""

    def __init__(self, mode: int = 0o755) -> None:
        super().__init__(S.S_IFDIR | (mode & 0o7777))
        self.children: dict[str, MemNode] = {}
        self.whiteouts: set[str] = set()
        self.opaque = False

    def links(self) -> int:
        """Its name, its ``.`` and each subdirectory's ``..``, as Linux counts (counted, so no move can skew it)."""
        return 2 + sum(isinstance(c, MemDir) for c in self.children.values())


def entries_changed(*dirs: MemDir) -> int:
    """A name was added to or removed from ``dirs``: their mtime and ctime are now, as Linux stamps a directory on
    create, mkdir, symlink, unlink, rmdir and both sides of a rename (one time for all, returned)."""
    now = time.time_ns()
    for d in dirs:
        d.changed(data=True, now=now)
    return now


class MemOpenFile(OpenFile):
    """An open private-area file."""

    def __init__(self, node: MemFile, flags: int, quota: Quota) -> None:
        super().__init__(flags)
        self.node = node
        self.quota = quota

    def pread(self, n: int, off: int) -> bytes:
        if not self.readable:
            raise fs_error(E.EBADF, "not open for reading")
        return bytes(self.node.data[off : off + n])

    def pwrite(self, data: bytes, off: int) -> int:
        if not self.writable:
            raise fs_error(E.EBADF, "not open for writing")
        buf = self.node.data
        grow = max(0, off + len(data) - len(buf))
        self.quota.charge(grow)
        if off > len(buf):
            buf.extend(bytes(off - len(buf)))
        buf[off : off + len(data)] = data
        if data:  # (a write of nothing changes nothing, as Linux)
            self.node.changed(data=True)
        return len(data)

    def truncate(self, size: int) -> None:
        if not self.writable:
            raise fs_error(E.EINVAL, "not open for writing")
        buf = self.node.data
        self.quota.charge(size - len(buf))
        if size < len(buf):
            del buf[size:]
        else:
            buf.extend(bytes(size - len(buf)))
        self.node.changed(data=True)  # (to the same size too: truncate and ftruncate stamp both)

    def stat(self) -> Stat:
        return self.node.stat()


class PrivateArea:
    """One domain's writable area: a :class:`MemDir` tree and the bytes it may hold.

    Args:
        quota: bytes the area may hold (``ENOSPC`` beyond).
    """

    def __init__(self, quota: int) -> None:
        self.quota = quota
        self.used = 0
        self.root = MemDir()

    def charge(self, n: int) -> None:
        """Account ``n`` more bytes (negative: fewer).

        Raises:
            FsError: ``ENOSPC`` when the area would exceed its quota.
        """
        if n > 0 and self.used + n > self.quota:
            raise fs_error(E.ENOSPC, f"private area quota of {self.quota} bytes")
        self.used = max(0, self.used + n)

    def dir_at(self, path: tuple[str, ...], mode: int) -> MemDir:
        """The area's directory at ``path``, created (with its parents, mode ``mode``) if missing."""
        d = self.root
        for c in path:
            child = d.children.get(c)
            if not isinstance(child, MemDir):
                child = MemDir(mode & 0o7777)
                d.children[c] = child
            d = child
        return d

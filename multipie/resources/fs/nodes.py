"""The file-system objects path resolution walks: :class:`Node`, :class:`DirNode` and its open form.

Every kind of file (private-area, host, overlay, device) is a :class:`Node`; directories are
:class:`DirNode` s and may accept changes. Operations that can grow the domain's private area take
a :class:`Quota` to charge (the domain's :class:`~multipie.resources.fs.private.PrivateArea`).
"""

from __future__ import annotations

import errno as E
import os
import stat as S
from collections.abc import Sequence
from typing import Protocol

from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.metadata import DirEntry, Listing, Stat
from multipie.resources.fs.openfile import O_ACCMODE, OpenFile

__all__ = ["DirFile", "DirNode", "LinkFile", "Node", "Quota"]


class Quota(Protocol):
    """The byte budget of a domain's private area (``ENOSPC`` once spent)."""

    def charge(self, n: int) -> None:
        """Account ``n`` more bytes (negative: fewer).

        Raises:
            FsError: ``ENOSPC`` when the area would exceed its quota.
        """


class Node:
    """A file-system object as the resolver sees it (subclasses: memory, host, overlay, device)."""

    def stat(self) -> Stat:
        """Its metadata."""
        raise NotImplementedError

    @property
    def fmt(self) -> int:
        """``stat.S_IFMT`` of its mode."""
        return S.S_IFMT(self.stat().mode)

    def is_dir(self) -> bool:
        """True for directories."""
        return self.fmt == S.S_IFDIR

    def readlink(self) -> str:
        """A symlink's target (``EINVAL`` for other nodes)."""
        raise fs_error(E.EINVAL, "not a symbolic link")

    def open(self, flags: int, quota: Quota) -> OpenFile:
        """An open file description for it."""
        raise fs_error(E.EACCES, "cannot open")

    def set_attrs(
        self, *, mode: int | None = None, atime_ns: int | None = None, mtime_ns: int | None = None,
        uid: int | None = None, gid: int | None = None,
    ) -> None:  # fmt: skip
        """``chmod`` (the permission bits of ``mode``), ``utimensat`` and ``chown`` (``None``: unchanged).

        Raises:
            FsError: ``EROFS`` where nothing may change (layers, read-only grants, devices), even to
                what it is (a read-only file system's answer); ``EPERM`` for another owner of a granted
                host file (the host's owners are not the guest's to give).
        """
        raise fs_error(E.EROFS, "read-only file")


class DirNode(Node):
    """A directory: lookups and, where writable, changes."""

    def lookup(self, name: str) -> Node | None:
        """The child ``name`` (never ``.``/``..``) or ``None``."""
        raise NotImplementedError

    def entries(self) -> Sequence[DirEntry]:
        """Its children (without ``.``/``..``); a :class:`~.metadata.Listing` where one is kept."""
        raise NotImplementedError

    def create(self, name: str, mode: int, quota: Quota) -> Node:
        """Create an empty regular file ``name``."""
        raise fs_error(E.EROFS, name)

    def mkdir(self, name: str, mode: int, quota: Quota) -> None:
        """Create the directory ``name``."""
        raise fs_error(E.EROFS, name)

    def symlink(self, name: str, target: str, quota: Quota) -> None:
        """Create symlink ``name`` → ``target``."""
        raise fs_error(E.EROFS, name)

    def remove(self, name: str, *, dir: bool, quota: Quota) -> None:
        """Unlink a file (``dir=False``) or remove an empty directory (``dir=True``)."""
        raise fs_error(E.EROFS, name)

    def writable_file(self, name: str, quota: Quota) -> Node:
        """The child ``name`` made writable (copied up into the private area if needed)."""
        raise fs_error(E.EROFS, name)

    def open(self, flags: int, quota: Quota) -> OpenFile:
        if flags & O_ACCMODE != os.O_RDONLY:
            raise fs_error(E.EISDIR, "directory")
        return DirFile(self, flags)


class DirFile(OpenFile):
    """An open directory: ``getdents64`` walks a snapshot of its entries taken at open."""

    def __init__(self, node: DirNode, flags: int) -> None:
        super().__init__(flags)
        self.node = node
        #: Its absolute guest path, as it was opened (:meth:`~.guestfs.GuestFs.open`): ``*at`` calls and ``fchdir``
        #: start there (``None``: not opened by path).
        self.path: str | None = None
        ino, body = node.stat().ino, node.entries()
        # (a layer directory's kept listing comes with its records packed: the same Listing every open)
        self._entries = body.dotted(ino) if isinstance(body, Listing) else Listing.with_dots(body, ino)

    @property
    def stable(self) -> bool:
        """Its stat changes only through a namespace change (a read-only layer's directory, ``OverlayDir.stable``)."""
        return bool(getattr(self.node, "stable", False))

    def entries(self) -> Listing:
        return self._entries

    def seek(self, off: int, whence: int) -> int:
        if whence == os.SEEK_CUR:  # (a tell, as on Linux: Python's os.lseek(fd, 0, SEEK_CUR) of a directory)
            off += self.pos
        elif whence != os.SEEK_SET:
            raise fs_error(E.EINVAL, "lseek on a directory")
        if off < 0:
            raise fs_error(E.EINVAL, "lseek on a directory")
        self.pos = off
        return off

    def pread(self, n: int, off: int) -> bytes:
        raise fs_error(E.EISDIR, "read on a directory")

    def stat(self) -> Stat:
        return self.node.stat()


class LinkFile(OpenFile):
    """An ``O_PATH|O_NOFOLLOW`` open of a symbolic link: an fd of the link itself, as Linux gives.

    Only what Linux's ``fdget_raw`` allows works on it: ``fstat`` (``S_IFLNK``), ``readlinkat(fd, "")``,
    ``fstatfs``, ``dup``; it is no directory (``fchdir`` and ``*at`` calls with it as dirfd: ``ENOTDIR``).
    """

    def __init__(self, node: Node, flags: int) -> None:
        super().__init__(flags)
        self.node = node

    def readlink(self) -> str:
        """The link's target."""
        return self.node.readlink()

    def stat(self) -> Stat:
        return self.node.stat()

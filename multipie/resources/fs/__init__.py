"""The runtime's file multiplexer: what a legacy program sees as its file system.

Who owns what:

- :class:`Layer` — a read-only host directory tree (an unpacked image layer, a
  program's root). One :class:`Layer` object per host directory is shared by
  every domain that mounts it (:meth:`Layer.shared`), so the bytes exist once
  (in the host page cache) however many domains read them. OCI whiteouts
  (``.wh.NAME``, ``.wh..wh..opq``) in a layer hide entries of the layers below.
- :class:`GuestFs` — one per domain: the stack of read-only layers as its root,
  overlaid by a **private writable area in memory** (copy-up on write, whiteouts
  on delete, a byte quota), plus the host directories explicitly granted to it
  (:meth:`GuestFs.grant`, read-write or read-only) at guest paths. Nothing else
  of the host is reachable.
- :class:`OpenFile` and subclasses — open file descriptions (files, directories,
  pipes, standard streams) that the syscall layer puts in a process's fd table.

Path resolution is done here, never by the host kernel: ``..`` is clamped at
the guest root, symlink targets (absolute or relative) are re-resolved inside
the guest namespace (at most 40 per lookup), and host directories are walked
one component at a time with ``O_NOFOLLOW`` relative to directory fds, so no
name, symlink or concurrent rename in a granted directory can lead outside it.

Errors are :class:`FsError` (an ``OSError`` carrying a Linux errno), because the
only caller that sees them is the Linux syscall layer, which turns them into
``-errno`` results.
"""

from __future__ import annotations

import errno as E
import itertools
import os
import stat as S
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = [
    "DirEntry",
    "FsError",
    "GuestFs",
    "Layer",
    "OpenFile",
    "PipeBuffer",
    "Stat",
    "StreamFile",
    "WouldBlock",
    "grant_mode",
]

MAX_SYMLINKS = 40
#: Suffix of a guest path in a directory grant (``dirs={host: "/d:ro"}``, ``--dir HOST::/d:ro``): read-only.
READONLY_SUFFIX = ":ro"


def grant_mode(guest: str) -> tuple[str, bool]:
    """Split a directory grant's guest path into ``(path, readonly)``.

    Grants are read-write by default; a guest path ending in ``:ro`` (``"/data:ro"``) is
    read-only (``":rw"`` says read-write explicitly). The one parser for every domain kind.
    """
    if guest.endswith(READONLY_SUFFIX):
        return guest[: -len(READONLY_SUFFIX)] or "/", True
    if guest.endswith(":rw"):
        return guest[:-3] or "/", False
    return guest, False


NAME_MAX = 255
PATH_MAX = 4096
WH_PREFIX = ".wh."
WH_OPAQUE = ".wh..wh..opq"
O_ACCMODE = 3
_O_PATH_DIR = os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_inos = itertools.count(1 << 40)
_FS_DEV = 0x4D50  # "MP": the device number guests see for the private area


class FsError(OSError):
    """A file-system failure with a Linux errno (``FsError(errno.ENOENT, "/a/b")``)."""


def _err(code: int, where: str) -> FsError:
    return FsError(code, f"{os.strerror(code)}: {where}")


@dataclass
class Stat:
    """What ``stat`` reports for a guest file (the syscall layer packs it as ``struct stat``)."""

    mode: int
    size: int
    ino: int
    nlink: int = 1
    uid: int = 0
    gid: int = 0
    dev: int = _FS_DEV
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


# -- nodes -----------------------------------------------------------------------------


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
        raise _err(E.EINVAL, "not a symbolic link")

    def open(self, flags: int, fs: GuestFs) -> OpenFile:
        """An open file description for it."""
        raise _err(E.EACCES, "cannot open")


class DirNode(Node):
    """A directory: lookups and, where writable, changes."""

    def lookup(self, name: str) -> Node | None:
        """The child ``name`` (never ``.``/``..``) or ``None``."""
        raise NotImplementedError

    def entries(self) -> list[DirEntry]:
        """Its children (without ``.``/``..``)."""
        raise NotImplementedError

    def create(self, name: str, mode: int, fs: GuestFs) -> Node:
        """Create an empty regular file ``name``."""
        raise _err(E.EROFS, name)

    def mkdir(self, name: str, mode: int, fs: GuestFs) -> None:
        """Create the directory ``name``."""
        raise _err(E.EROFS, name)

    def symlink(self, name: str, target: str, fs: GuestFs) -> None:
        """Create symlink ``name`` → ``target``."""
        raise _err(E.EROFS, name)

    def remove(self, name: str, *, dir: bool, fs: GuestFs) -> None:
        """Unlink a file (``dir=False``) or remove an empty directory (``dir=True``)."""
        raise _err(E.EROFS, name)

    def writable_file(self, name: str, fs: GuestFs) -> Node:
        """The child ``name`` made writable (copied up into the private area if needed)."""
        raise _err(E.EROFS, name)

    def open(self, flags: int, fs: GuestFs) -> OpenFile:
        if flags & O_ACCMODE != os.O_RDONLY:
            raise _err(E.EISDIR, "directory")
        return DirFile(self, flags)


class MemNode(Node):
    """A node of the private in-memory area."""

    def __init__(self, mode: int) -> None:
        self.mode = mode
        self.ino = next(_inos)
        now = time.time_ns()
        self.mtime_ns = now
        self.nlink = 1

    def stat(self) -> Stat:
        return Stat(
            mode=self.mode, size=self.size(), ino=self.ino, nlink=self.nlink, mtime_ns=self.mtime_ns,
            atime_ns=self.mtime_ns, ctime_ns=self.mtime_ns,
        )  # fmt: skip

    def size(self) -> int:
        """Bytes it holds."""
        return 0


class MemFile(MemNode):
    """A regular file in the private area."""

    def __init__(self, mode: int = 0o644, data: bytes = b"") -> None:
        super().__init__(S.S_IFREG | (mode & 0o7777))
        self.data = bytearray(data)

    def size(self) -> int:
        return len(self.data)

    def open(self, flags: int, fs: GuestFs) -> OpenFile:
        if flags & os.O_TRUNC and flags & O_ACCMODE != os.O_RDONLY:
            fs._charge(-len(self.data))
            del self.data[:]
        return MemOpenFile(self, flags, fs)


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
        self.nlink = 2


class DeviceNode(Node):
    """``/dev/null``, ``/dev/zero``, ``/dev/urandom``: character devices answered by the host."""

    def __init__(self, kind: str, rdev: int) -> None:
        self.kind = kind
        self.rdev = rdev
        self.ino = next(_inos)

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFCHR | 0o666, size=0, ino=self.ino, rdev=self.rdev)

    def open(self, flags: int, fs: GuestFs) -> OpenFile:
        return DeviceFile(self, flags)


class HostTree:
    """A host directory reachable only by fd-relative, ``O_NOFOLLOW`` walks from its root."""

    def __init__(self, root: str | os.PathLike[str], *, readonly: bool, whiteouts: bool) -> None:
        self.root = Path(root)
        self.readonly = readonly
        self.whiteouts = whiteouts
        self.fd = -1
        try:
            # SAFETY: an O_PATH directory fd owned by this object, closed in close()/__del__.
            self.fd = os.open(self.root, _O_PATH_DIR)
        except OSError as exc:
            raise _err(exc.errno or E.ENOENT, str(root)) from exc

    def dir_fd(self, comps: tuple[str, ...]) -> int:
        """An ``O_PATH`` fd of the directory ``comps`` below the root (the caller closes it)."""
        fd = os.dup(self.fd)
        try:
            for c in comps:
                nfd = os.open(c, _O_PATH_DIR, dir_fd=fd)
                os.close(fd)
                fd = nfd
        except OSError as exc:
            os.close(fd)
            raise _err(exc.errno or E.ENOENT, "/".join(comps)) from exc
        return fd

    def lstat(self, comps: tuple[str, ...], name: str) -> os.stat_result | None:
        """``lstat`` of ``name`` in directory ``comps``, or ``None`` when absent."""
        try:
            fd = self.dir_fd(comps)
        except FsError:
            return None
        try:
            return os.stat(name, dir_fd=fd, follow_symlinks=False)
        except OSError:
            return None
        finally:
            os.close(fd)

    def close(self) -> None:
        """Close the root fd; idempotent."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __del__(self) -> None:
        self.close()


class HostNode(Node):
    """A file, symlink or directory inside a :class:`HostTree`."""

    def __init__(self, tree: HostTree, comps: tuple[str, ...], st: os.stat_result) -> None:
        self.tree = tree
        self.comps = comps
        self.st = st

    def stat(self) -> Stat:
        return Stat.from_host(self.st)

    def readlink(self) -> str:
        if not S.S_ISLNK(self.st.st_mode):
            raise _err(E.EINVAL, "/".join(self.comps))
        fd = self.tree.dir_fd(self.comps[:-1])
        try:
            return os.readlink(self.comps[-1], dir_fd=fd)
        finally:
            os.close(fd)

    def open(self, flags: int, fs: GuestFs) -> OpenFile:
        if S.S_ISDIR(self.st.st_mode):
            return HostDir(self.tree, self.comps, self.st).open(flags, fs)
        if not S.S_ISREG(self.st.st_mode):
            raise _err(E.EACCES, "/".join(self.comps))
        acc = flags & O_ACCMODE
        if acc != os.O_RDONLY and self.tree.readonly:
            raise _err(E.EROFS, "/".join(self.comps))
        host_flags = {os.O_RDONLY: os.O_RDONLY, os.O_WRONLY: os.O_WRONLY, os.O_RDWR: os.O_RDWR}.get(acc, os.O_RDONLY)
        host_flags |= flags & (os.O_TRUNC | os.O_APPEND) if acc != os.O_RDONLY else 0
        fd = self.tree.dir_fd(self.comps[:-1])
        try:
            # SAFETY: O_NOFOLLOW relative to a directory reached without following links.
            hfd = os.open(self.comps[-1], host_flags | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY, dir_fd=fd)
        except OSError as exc:
            raise _err(exc.errno or E.EACCES, "/".join(self.comps)) from exc
        finally:
            os.close(fd)
        return HostOpenFile(hfd, flags)


class HostDir(HostNode, DirNode):
    """A directory of a granted host tree (changes go to the host, unless the grant is read-only)."""

    open = DirNode.open

    def lookup(self, name: str) -> Node | None:
        st = self.tree.lstat(self.comps, name)
        if st is None:
            return None
        comps = (*self.comps, name)
        return HostDir(self.tree, comps, st) if S.S_ISDIR(st.st_mode) else HostNode(self.tree, comps, st)

    def entries(self) -> list[DirEntry]:
        return [e for e in _host_entries(self.tree, self.comps) if not e.name.startswith(WH_PREFIX)]

    def _writable(self, name: str) -> int:
        if self.tree.readonly:
            raise _err(E.EROFS, name)
        return self.tree.dir_fd(self.comps)

    def create(self, name: str, mode: int, fs: GuestFs) -> Node:
        fd = self._writable(name)
        try:
            # SAFETY: O_EXCL|O_NOFOLLOW creates a new file in a directory reached without following links.
            hfd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC, mode & 0o777,
                          dir_fd=fd)  # fmt: skip
            os.close(hfd)
            return HostNode(self.tree, (*self.comps, name), os.stat(name, dir_fd=fd, follow_symlinks=False))
        except OSError as exc:
            raise _err(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def mkdir(self, name: str, mode: int, fs: GuestFs) -> None:
        fd = self._writable(name)
        try:
            os.mkdir(name, mode & 0o777, dir_fd=fd)
        except OSError as exc:
            raise _err(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def symlink(self, name: str, target: str, fs: GuestFs) -> None:
        fd = self._writable(name)
        try:
            os.symlink(target, name, dir_fd=fd)
        except OSError as exc:
            raise _err(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def remove(self, name: str, *, dir: bool, fs: GuestFs) -> None:
        fd = self._writable(name)
        try:
            if dir:
                os.rmdir(name, dir_fd=fd)
            else:
                os.unlink(name, dir_fd=fd)
        except OSError as exc:
            raise _err(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def writable_file(self, name: str, fs: GuestFs) -> Node:
        if self.tree.readonly:
            raise _err(E.EROFS, name)
        node = self.lookup(name)
        if node is None:
            raise _err(E.ENOENT, name)
        return node


def _host_entries(tree: HostTree, comps: tuple[str, ...]) -> list[DirEntry]:
    fd = tree.dir_fd(comps)
    try:
        # An O_PATH fd cannot be listed: reopen the same directory (no path walk) for reading.
        rfd = os.open(".", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC, dir_fd=fd)
    except OSError as exc:
        raise _err(exc.errno or E.EACCES, "/".join(comps)) from exc
    finally:
        os.close(fd)
    try:
        out = []
        with os.scandir(rfd) as it:
            for e in it:
                st = e.stat(follow_symlinks=False)
                out.append(DirEntry(e.name, st.st_ino, S.S_IFMT(st.st_mode)))
        return out
    finally:
        os.close(rfd)


class OverlayDir(DirNode):
    """A directory of the root: the private area's directory over the read-only layers' ones."""

    def __init__(self, fs: GuestFs, path: tuple[str, ...], upper: MemDir | None, lowers: list[HostDir]) -> None:
        self.fs = fs
        self.path = path
        self.upper = upper
        self.lowers = lowers

    def stat(self) -> Stat:
        if self.upper is not None:
            return self.upper.stat()
        return self.lowers[0].stat()

    def _lower_lookup(self, name: str) -> tuple[Node | None, list[HostDir]]:
        dirs: list[HostDir] = []
        for low in self.lowers:
            if low.tree.whiteouts and low.tree.lstat(low.comps, WH_PREFIX + name) is not None:
                break
            node = low.lookup(name)
            if node is None:
                continue
            if isinstance(node, HostDir):
                dirs.append(node)
                if node.tree.whiteouts and node.tree.lstat(node.comps, WH_OPAQUE) is not None:
                    break
                continue
            return (None if dirs else node), dirs
        return None, dirs

    def lookup(self, name: str) -> Node | None:
        if name.startswith(WH_PREFIX) and self.lowers:
            return None
        up = self.upper.children.get(name) if self.upper is not None else None
        if up is not None:
            if isinstance(up, MemDir):
                lowers = (
                    [] if up.opaque or (self.upper is not None and self.upper.opaque) else self._lower_lookup(name)[1]
                )
                return OverlayDir(self.fs, (*self.path, name), up, lowers)
            return up
        if self.upper is not None and (name in self.upper.whiteouts or self.upper.opaque):
            return None
        node, dirs = self._lower_lookup(name)
        if dirs:
            return OverlayDir(self.fs, (*self.path, name), None, dirs)
        return node

    def entries(self) -> list[DirEntry]:
        seen: dict[str, DirEntry] = {}
        hidden: set[str] = set()
        if self.upper is not None:
            for n, child in self.upper.children.items():
                seen[n] = DirEntry(n, child.ino, S.S_IFMT(child.mode))
            hidden |= self.upper.whiteouts
            if self.upper.opaque:
                return list(seen.values())
        for low in self.lowers:
            for e in _host_entries(low.tree, low.comps):
                if low.tree.whiteouts and e.name.startswith(WH_PREFIX):
                    if e.name != WH_OPAQUE:
                        hidden.add(e.name[len(WH_PREFIX) :])
                    continue
                if e.name not in seen and e.name not in hidden:
                    seen[e.name] = e
            if low.tree.whiteouts and low.tree.lstat(low.comps, WH_OPAQUE) is not None:
                break
        # Mount points and devices show up in their parent's listing.
        depth = len(self.path)
        for p, node in (*self.fs.mounts.items(), *self.fs.specials.items()):
            if len(p) > depth and p[:depth] == self.path and p[depth] not in seen:
                st = node.stat() if len(p) == depth + 1 else None
                seen[p[depth]] = DirEntry(p[depth], st.ino if st else 0, S.S_IFMT(st.mode) if st else S.S_IFDIR)
        return list(seen.values())

    def _upper(self) -> MemDir:
        """This directory's private-area copy, created (with its parents) on first write."""
        if self.upper is None:
            self.upper = self.fs._upper_dir(self.path, self.stat().mode)
        return self.upper

    def _exists(self, name: str) -> bool:
        return self.lookup(name) is not None

    def create(self, name: str, mode: int, fs: GuestFs) -> Node:
        if self._exists(name):
            raise _err(E.EEXIST, name)
        up = self._upper()
        node = MemFile(mode)
        up.children[name] = node
        up.whiteouts.discard(name)
        return node

    def mkdir(self, name: str, mode: int, fs: GuestFs) -> None:
        if self._exists(name):
            raise _err(E.EEXIST, name)
        up = self._upper()
        d = MemDir(mode)
        if name in up.whiteouts:
            d.opaque = True  # a directory re-created over a deleted lower one must not show its old entries
            up.whiteouts.discard(name)
        up.children[name] = d
        fs._charge(256)

    def symlink(self, name: str, target: str, fs: GuestFs) -> None:
        if self._exists(name):
            raise _err(E.EEXIST, name)
        up = self._upper()
        up.children[name] = MemLink(target)
        up.whiteouts.discard(name)
        fs._charge(len(target) + 64)

    def remove(self, name: str, *, dir: bool, fs: GuestFs) -> None:
        node = self.lookup(name)
        if node is None:
            raise _err(E.ENOENT, name)
        if dir and not node.is_dir():
            raise _err(E.ENOTDIR, name)
        if not dir and node.is_dir():
            raise _err(E.EISDIR, name)
        if dir and isinstance(node, DirNode) and node.entries():
            raise _err(E.ENOTEMPTY, name)
        up = self._upper()
        gone = up.children.pop(name, None)
        if isinstance(gone, MemFile):
            fs._charge(-len(gone.data))
        if self._lower_lookup(name) != (None, []):
            up.whiteouts.add(name)

    def writable_file(self, name: str, fs: GuestFs) -> Node:
        node = self.lookup(name)
        if node is None:
            raise _err(E.ENOENT, name)
        if isinstance(node, MemNode):
            return node
        if not isinstance(node, HostNode) or not S.S_ISREG(node.st.st_mode):
            raise _err(E.EROFS, name)
        # Copy up: the private area gets its own copy; the shared layer is never written.
        data = b""
        f = node.open(os.O_RDONLY, fs)
        try:
            data = f.pread(node.st.st_size, 0)
        finally:
            f.close()
        fs._charge(len(data))
        copy = MemFile(node.st.st_mode, data)
        up = self._upper()
        up.children[name] = copy
        return copy


# -- open files ------------------------------------------------------------------------


class OpenFile:
    """An open file description: offset, flags and the operations on it (shared by dup'ed fds)."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.pos = 0
        self.refs = 1

    @property
    def readable(self) -> bool:
        """Opened for reading."""
        return self.flags & O_ACCMODE in (os.O_RDONLY, os.O_RDWR)

    @property
    def writable(self) -> bool:
        """Opened for writing."""
        return self.flags & O_ACCMODE in (os.O_WRONLY, os.O_RDWR)

    def read(self, n: int) -> bytes:
        """Read up to ``n`` bytes at the offset (advancing it)."""
        data = self.pread(n, self.pos)
        self.pos += len(data)
        return data

    def write(self, data: bytes) -> int:
        """Write at the offset (or the end with ``O_APPEND``); returns bytes written."""
        if self.flags & os.O_APPEND:
            self.pos = self.stat().size
        n = self.pwrite(data, self.pos)
        self.pos += n
        return n

    def pread(self, n: int, off: int) -> bytes:
        """Read up to ``n`` bytes at ``off``."""
        raise _err(E.EINVAL, "not readable")

    def pwrite(self, data: bytes, off: int) -> int:
        """Write ``data`` at ``off``."""
        raise _err(E.EINVAL, "not writable")

    def seek(self, off: int, whence: int) -> int:
        """``lseek``; returns the new offset."""
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self.pos, os.SEEK_END: self.stat().size}.get(whence)
        if base is None or base + off < 0:
            raise _err(E.EINVAL, "lseek")
        self.pos = base + off
        return self.pos

    def truncate(self, size: int) -> None:
        """``ftruncate``."""
        raise _err(E.EINVAL, "ftruncate")

    def stat(self) -> Stat:
        """``fstat``."""
        raise NotImplementedError

    def entries(self) -> list[DirEntry] | None:
        """A directory's entries (``None`` for non-directories)."""
        return None

    @property
    def is_tty(self) -> bool:
        """Always False: guests never get a terminal."""
        return False

    def close(self) -> None:
        """Release it (called when the last fd referring to it closes)."""


class MemOpenFile(OpenFile):
    """An open private-area file."""

    def __init__(self, node: MemFile, flags: int, fs: GuestFs) -> None:
        super().__init__(flags)
        self.node = node
        self.fs = fs

    def pread(self, n: int, off: int) -> bytes:
        if not self.readable:
            raise _err(E.EBADF, "not open for reading")
        return bytes(self.node.data[off : off + n])

    def pwrite(self, data: bytes, off: int) -> int:
        if not self.writable:
            raise _err(E.EBADF, "not open for writing")
        buf = self.node.data
        grow = max(0, off + len(data) - len(buf))
        self.fs._charge(grow)
        if off > len(buf):
            buf.extend(bytes(off - len(buf)))
        buf[off : off + len(data)] = data
        self.node.mtime_ns = time.time_ns()
        return len(data)

    def truncate(self, size: int) -> None:
        if not self.writable:
            raise _err(E.EINVAL, "not open for writing")
        buf = self.node.data
        self.fs._charge(size - len(buf))
        if size < len(buf):
            del buf[size:]
        else:
            buf.extend(bytes(size - len(buf)))

    def stat(self) -> Stat:
        return self.node.stat()


class HostOpenFile(OpenFile):
    """An open host file (in a layer: read-only; in a granted directory: as granted)."""

    def __init__(self, fd: int, flags: int) -> None:
        super().__init__(flags)
        self.fd = fd

    def pread(self, n: int, off: int) -> bytes:
        if not self.readable:
            raise _err(E.EBADF, "not open for reading")
        return os.pread(self.fd, n, off)

    def pwrite(self, data: bytes, off: int) -> int:
        if not self.writable:
            raise _err(E.EBADF, "not open for writing")
        return os.pwrite(self.fd, data, off)

    def truncate(self, size: int) -> None:
        if not self.writable:
            raise _err(E.EINVAL, "not open for writing")
        os.ftruncate(self.fd, size)

    def stat(self) -> Stat:
        return Stat.from_host(os.fstat(self.fd))

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class DirFile(OpenFile):
    """An open directory: ``getdents64`` walks a snapshot of its entries taken at open."""

    def __init__(self, node: DirNode, flags: int) -> None:
        super().__init__(flags)
        self.node = node
        st = node.stat()
        self._entries = [DirEntry(".", st.ino, S.S_IFDIR), DirEntry("..", st.ino, S.S_IFDIR), *node.entries()]

    def entries(self) -> list[DirEntry]:
        return self._entries

    def seek(self, off: int, whence: int) -> int:
        if whence != os.SEEK_SET or off < 0:
            raise _err(E.EINVAL, "lseek on a directory")
        self.pos = off
        return off

    def pread(self, n: int, off: int) -> bytes:
        raise _err(E.EISDIR, "read on a directory")

    def stat(self) -> Stat:
        return self.node.stat()


class DeviceFile(OpenFile):
    """An open ``/dev/null`` (empty, swallows writes), ``/dev/zero`` or ``/dev/urandom``."""

    def __init__(self, node: DeviceNode, flags: int) -> None:
        super().__init__(flags)
        self.node = node

    def pread(self, n: int, off: int) -> bytes:
        if self.node.kind == "null":
            return b""
        if self.node.kind == "zero":
            return bytes(n)
        return os.urandom(n)

    def pwrite(self, data: bytes, off: int) -> int:
        return len(data)

    def seek(self, off: int, whence: int) -> int:
        return 0

    def stat(self) -> Stat:
        return self.node.stat()


#: Bytes a pipe holds before writers wait (Linux's default pipe size).
PIPE_CAPACITY = 64 << 10
#: Writes up to this size are atomic: all or nothing (POSIX ``PIPE_BUF``).
PIPE_BUF = 4096


class WouldBlock(FsError):
    """A blocking pipe operation cannot proceed yet (``EAGAIN`` for a caller that cannot wait).

    The legacy process scheduler (:mod:`multipie.domains.legacy.kernel`) parks the
    calling process and retries the call once another process of the domain ran;
    a caller without one sees ``-EAGAIN``.
    """

    def __init__(self, what: str) -> None:
        super().__init__(E.EAGAIN, what)


class PipeBuffer:
    """The shared buffer of a pipe made by a program (between the processes of one domain)."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.readers = 0
        self.writers = 0
        self.ino = next(_inos)


class PipeEnd(OpenFile):
    """One end of a pipe: reads drain the buffer, EOF once no writer is left; writers wait when it is full."""

    def __init__(self, pipe: PipeBuffer, flags: int) -> None:
        super().__init__(flags)
        self.pipe = pipe
        if self.readable:
            pipe.readers += 1
        else:
            pipe.writers += 1

    def _wait(self, what: str) -> FsError:
        return _err(E.EAGAIN, what) if self.flags & os.O_NONBLOCK else WouldBlock(what)

    def read(self, n: int) -> bytes:
        """Up to ``n`` buffered bytes; ``b""`` at EOF (no writer left).

        Raises:
            WouldBlock: empty while a writer is open (``EAGAIN`` with ``O_NONBLOCK``).
        """
        buf = self.pipe.data
        if not buf and self.pipe.writers:
            raise self._wait("pipe is empty")
        out = bytes(buf[:n])
        del buf[:n]
        return out

    def write(self, data: bytes) -> int:
        """Append what fits (all of a write up to :data:`PIPE_BUF`, or nothing); returns the count.

        Raises:
            FsError: ``EPIPE`` without readers.
            WouldBlock: no room yet (``EAGAIN`` with ``O_NONBLOCK``).
        """
        if not self.pipe.readers:
            raise _err(E.EPIPE, "pipe has no reader")
        room = PIPE_CAPACITY - len(self.pipe.data)
        if room <= 0 or (len(data) <= PIPE_BUF and room < len(data)):
            raise self._wait("pipe is full")
        self.pipe.data += data[:room]
        return min(room, len(data))

    def pread(self, n: int, off: int) -> bytes:
        raise _err(E.ESPIPE, "pipe")

    def pwrite(self, data: bytes, off: int) -> int:
        raise _err(E.ESPIPE, "pipe")

    def seek(self, off: int, whence: int) -> int:
        raise _err(E.ESPIPE, "pipe")

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFIFO | 0o600, size=len(self.pipe.data), ino=self.pipe.ino)

    def close(self) -> None:
        if self.readable:
            self.pipe.readers -= 1
        else:
            self.pipe.writers -= 1


class StreamFile(OpenFile):
    """Standard input/output/error: bytes in, or a sink (bytearray, binary file, or callable) out.

    Args:
        source: for reading, the bytes (or a binary file object) the program reads as stdin.
        sink: for writing, a ``bytearray``, a binary file object, or ``fn(bytes)``.
    """

    def __init__(
        self,
        *,
        source: bytes | IO[bytes] | None = None,
        sink: bytearray | IO[bytes] | Callable[[bytes], Any] | None = None,
    ) -> None:
        super().__init__(os.O_RDONLY if sink is None else os.O_WRONLY)
        self.source = source
        self.sink = sink
        self.ino = next(_inos)

    def read(self, n: int) -> bytes:
        src = self.source
        if src is None:
            return b""
        if isinstance(src, bytes):
            out = src[self.pos : self.pos + n]
            self.pos += len(out)
            return out
        return src.read(n) or b""

    def write(self, data: bytes) -> int:
        sink = self.sink
        if sink is None:
            raise _err(E.EBADF, "stdin is not writable")
        if isinstance(sink, bytearray):
            sink += data
        elif callable(sink):
            sink(data)
        else:
            sink.write(data)
            flush = getattr(sink, "flush", None)
            if flush is not None:
                flush()
        return len(data)

    def pread(self, n: int, off: int) -> bytes:
        raise _err(E.ESPIPE, "stream")

    def pwrite(self, data: bytes, off: int) -> int:
        raise _err(E.ESPIPE, "stream")

    def seek(self, off: int, whence: int) -> int:
        raise _err(E.ESPIPE, "stream")

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFIFO | 0o600, size=0, ino=self.ino)


# -- layers and the per-domain view -----------------------------------------------------


class Layer(HostTree):
    """A read-only host directory used as a root layer; share one per directory with :meth:`shared`."""

    _shared: weakref.WeakValueDictionary[tuple[str, bool], Layer] = weakref.WeakValueDictionary()
    _lock = threading.Lock()

    def __init__(self, root: str | os.PathLike[str], *, whiteouts: bool = True) -> None:
        super().__init__(root, readonly=True, whiteouts=whiteouts)

    @classmethod
    def shared(cls, root: str | os.PathLike[str], *, whiteouts: bool = True) -> Layer:
        """The one live :class:`Layer` for ``root`` (created on first use, kept while any domain uses it).

        Raises:
            FsError: ``root`` is not a directory.
        """
        key = (os.path.realpath(root), whiteouts)
        with cls._lock:
            layer = cls._shared.get(key)
            if layer is None:
                layer = cls(key[0], whiteouts=whiteouts)
                cls._shared[key] = layer
            return layer

    def node(self) -> HostDir:
        """The layer's root directory node."""
        return HostDir(self, (), os.fstat(self.fd))


@dataclass
class Resolved:
    """Result of a lookup: the parent directory, the final name, and the node (``None``: absent)."""

    parent: DirNode
    name: str
    node: Node | None
    path: tuple[str, ...] = field(default=())


class GuestFs:
    """One domain's file system: shared read-only layers, a private area in memory, granted directories.

    Args:
        layers: read-only layers, **top first** (the first one wins on conflicts).
        quota: bytes the private area may hold (``ENOSPC`` beyond).
        devices: add ``/dev/null``, ``/dev/zero``, ``/dev/urandom`` (default True).
    """

    def __init__(self, layers: Iterable[Layer] = (), *, quota: int = 64 << 20, devices: bool = True) -> None:
        self.layers = list(layers)
        self.quota = quota
        self.used = 0
        self.upper = MemDir()
        self.mounts: dict[tuple[str, ...], DirNode] = {}
        self.specials: dict[tuple[str, ...], Node] = {}
        if devices:
            for name, rdev in (("null", 0x103), ("zero", 0x105), ("urandom", 0x109)):
                self.specials[("dev", name)] = DeviceNode(name, rdev)

    # -- configuration ---------------------------------------------------------------

    def grant(self, host: str | os.PathLike[str], guest: str, *, readonly: bool = False) -> None:
        """Make host directory ``host`` visible at absolute guest path ``guest``.

        Raises:
            FsError: ``host`` is not a directory, or ``guest`` is not an absolute path.
        """
        comps = _split(guest)
        if not guest.startswith("/") or comps is None:
            raise _err(E.EINVAL, f"guest path {guest!r} must be absolute and normal")
        tree = HostTree(host, readonly=readonly, whiteouts=False)
        self.mounts[comps] = HostDir(tree, (), os.fstat(tree.fd))

    def add_file(self, path: str, data: bytes, mode: int = 0o644) -> None:
        """Put a file into the private area (creating its directories), e.g. a minimal ``/etc/passwd``."""
        comps = _split(path)
        if not path.startswith("/") or not comps:
            raise _err(E.EINVAL, f"{path!r} must be an absolute path")
        d = self._upper_dir(comps[:-1], 0o755)
        d.children[comps[-1]] = MemFile(mode, data)
        d.whiteouts.discard(comps[-1])
        self._charge(len(data))

    def root(self) -> OverlayDir:
        """The root directory."""
        return OverlayDir(self, (), self.upper, [layer.node() for layer in self.layers])

    # -- private-area accounting -----------------------------------------------------

    def _charge(self, n: int) -> None:
        if n > 0 and self.used + n > self.quota:
            raise _err(E.ENOSPC, f"private area quota of {self.quota} bytes")
        self.used = max(0, self.used + n)

    def _upper_dir(self, path: tuple[str, ...], mode: int) -> MemDir:
        d = self.upper
        for c in path:
            child = d.children.get(c)
            if not isinstance(child, MemDir):
                child = MemDir(mode & 0o7777)
                d.children[c] = child
            d = child
        return d

    # -- resolution ------------------------------------------------------------------

    def _child(self, d: DirNode, path: tuple[str, ...], name: str) -> Node | None:
        full = (*path, name)
        mount = self.mounts.get(full)
        if mount is not None:
            return mount
        special = self.specials.get(full)
        if special is not None:
            return special
        node = d.lookup(name)
        if node is None and any(m[: len(full)] == full for m in (*self.mounts, *self.specials)):
            # A parent of a mount point that no layer provides: an empty private directory.
            up = self._upper_dir(full, 0o755)
            return OverlayDir(self, full, up, [])
        return node

    def resolve(self, path: str, cwd: str = "/", *, follow: bool = True) -> Resolved:
        """Look ``path`` up (relative to guest directory ``cwd``) without ever leaving the guest namespace.

        Args:
            path: the guest path.
            cwd: the current directory (an absolute guest path).
            follow: follow a symlink in the last component.

        Raises:
            FsError: ``ENOENT`` (a parent is missing), ``ENOTDIR``, ``ELOOP``, ``ENAMETOOLONG``.
        """
        if not path:
            raise _err(E.ENOENT, "empty path")
        if len(path) >= PATH_MAX:
            raise _err(E.ENAMETOOLONG, path[:64] + "...")
        if "\0" in path:
            raise _err(E.EINVAL, "NUL in path")
        root = self.root()
        stack: list[tuple[DirNode, tuple[str, ...]]] = [(root, ())]
        todo = [c for c in (path if path.startswith("/") else cwd + "/" + path).split("/") if c]
        todo.reverse()
        links = 0
        if not todo:
            return Resolved(root, "/", root, ())
        while todo:
            name = todo.pop()
            last = not todo
            d, dpath = stack[-1]
            if name == ".":
                if last:
                    return Resolved(d, ".", d, dpath)
                continue
            if name == "..":
                if len(stack) > 1:
                    stack.pop()
                if last:
                    d2, p2 = stack[-1]
                    return Resolved(d2, "..", d2, p2)
                continue
            if len(name.encode()) > NAME_MAX:
                raise _err(E.ENAMETOOLONG, name[:64])
            node = self._child(d, dpath, name)
            if node is not None and node.fmt == S.S_IFLNK and (follow or not last):
                links += 1
                if links > MAX_SYMLINKS:
                    raise _err(E.ELOOP, path)
                target = node.readlink()
                if not target:
                    raise _err(E.ENOENT, path)
                if target.startswith("/"):
                    del stack[1:]
                todo.extend(reversed([c for c in target.split("/") if c]))
                if not todo:  # a link to "/"
                    return Resolved(root, "/", root, ())
                continue
            if last:
                return Resolved(d, name, node, (*dpath, name))
            if node is None:
                raise _err(E.ENOENT, path)
            if not isinstance(node, DirNode):
                raise _err(E.ENOTDIR, path)
            stack.append((node, (*dpath, name)))
        raise AssertionError("unreachable")  # pragma: no cover

    def lookup(self, path: str, cwd: str = "/", *, follow: bool = True) -> Node:
        """The node at ``path`` (``ENOENT`` when absent)."""
        r = self.resolve(path, cwd, follow=follow)
        if r.node is None:
            raise _err(E.ENOENT, path)
        return r.node

    def canonical(self, path: str, cwd: str = "/") -> str:
        """The absolute guest path of directory ``path`` (for ``chdir``/``getcwd``)."""
        r = self.resolve(path, cwd)
        if r.node is None:
            raise _err(E.ENOENT, path)
        if not r.node.is_dir():
            raise _err(E.ENOTDIR, path)
        return "/" + "/".join(r.path)

    # -- operations ------------------------------------------------------------------

    def open(self, path: str, flags: int, mode: int = 0o644, cwd: str = "/") -> OpenFile:
        """Open (and with ``O_CREAT`` create) ``path``; writes to layer files are copied up first."""
        r = self.resolve(path, cwd, follow=not (flags & os.O_NOFOLLOW))
        node = r.node
        acc = flags & O_ACCMODE
        if node is None:
            if not flags & os.O_CREAT:
                raise _err(E.ENOENT, path)
            node = r.parent.create(r.name, mode, self)
        elif flags & os.O_CREAT and flags & os.O_EXCL:
            raise _err(E.EEXIST, path)
        if node.fmt == S.S_IFLNK:
            raise _err(E.ELOOP, path)
        if flags & os.O_DIRECTORY and not node.is_dir():
            raise _err(E.ENOTDIR, path)
        if (acc != os.O_RDONLY or flags & os.O_TRUNC) and node.fmt == S.S_IFREG:
            node = r.parent.writable_file(r.name, self)
        return node.open(flags, self)

    def stat(self, path: str, cwd: str = "/", *, follow: bool = True) -> Stat:
        """``stat``/``lstat``."""
        return self.lookup(path, cwd, follow=follow).stat()

    def readlink(self, path: str, cwd: str = "/") -> str:
        """A symlink's target."""
        return self.lookup(path, cwd, follow=False).readlink()

    def mkdir(self, path: str, mode: int = 0o755, cwd: str = "/") -> None:
        """Create a directory."""
        r = self.resolve(path, cwd, follow=False)
        if r.node is not None:
            raise _err(E.EEXIST, path)
        r.parent.mkdir(r.name, mode, self)

    def symlink(self, target: str, path: str, cwd: str = "/") -> None:
        """Create a symlink at ``path`` pointing to ``target`` (resolved later, inside the guest)."""
        r = self.resolve(path, cwd, follow=False)
        if r.node is not None:
            raise _err(E.EEXIST, path)
        r.parent.symlink(r.name, target, self)

    def unlink(self, path: str, cwd: str = "/", *, dir: bool = False) -> None:
        """Remove a file (or, with ``dir=True``, an empty directory)."""
        r = self.resolve(path, cwd, follow=False)
        if r.name in (".", "..", "/"):
            raise _err(E.EBUSY if r.name == "/" else E.EINVAL, path)
        if r.path in self.mounts or r.path in self.specials:
            raise _err(E.EBUSY, path)
        r.parent.remove(r.name, dir=dir, fs=self)

    def rename(self, old: str, new: str, cwd: str = "/") -> None:
        """Rename a file within one directory tree (``EXDEV`` across a private area / grant boundary)."""
        a = self.resolve(old, cwd, follow=False)
        b = self.resolve(new, cwd, follow=False)
        if a.node is None:
            raise _err(E.ENOENT, old)
        if a.path in self.mounts or b.path in self.mounts:
            raise _err(E.EBUSY, old)
        if isinstance(a.parent, HostDir) and isinstance(b.parent, HostDir) and a.parent.tree is b.parent.tree:
            if a.parent.tree.readonly:
                raise _err(E.EROFS, old)
            fa, fb = a.parent.tree.dir_fd(a.parent.comps), b.parent.tree.dir_fd(b.parent.comps)
            try:
                os.rename(a.name, b.name, src_dir_fd=fa, dst_dir_fd=fb)
            except OSError as exc:
                raise _err(exc.errno or E.EIO, old) from exc
            finally:
                os.close(fa)
                os.close(fb)
            return
        if not (isinstance(a.parent, OverlayDir) and isinstance(b.parent, OverlayDir)):
            raise _err(E.EXDEV, f"{old} -> {new}")
        if a.node.is_dir() and not (isinstance(a.node, OverlayDir) and not a.node.lowers):
            raise _err(E.EXDEV, f"{old}: directories from a read-only layer cannot be renamed")
        if a.node.fmt == S.S_IFREG:
            moved: MemNode = a.parent.writable_file(a.name, self)  # type: ignore[assignment]
        elif isinstance(a.node, OverlayDir) and a.node.upper is not None:
            moved = a.node.upper
        elif isinstance(a.node, MemNode):
            moved = a.node
        elif a.node.fmt == S.S_IFLNK:
            moved = MemLink(a.node.readlink())
        else:
            raise _err(E.EXDEV, old)
        if b.node is not None:
            if b.node.is_dir() != (moved.fmt == S.S_IFDIR):
                raise _err(E.EISDIR if b.node.is_dir() else E.ENOTDIR, new)
            self.unlink(new, cwd, dir=b.node.is_dir())
        up_b = b.parent._upper()
        up_b.children[b.name] = moved
        up_b.whiteouts.discard(b.name)
        up_a = a.parent._upper()
        if up_a.children.get(a.name) is moved:
            del up_a.children[a.name]
        if a.parent._lower_lookup(a.name) != (None, []):
            up_a.whiteouts.add(a.name)


def _split(path: str) -> tuple[str, ...] | None:
    comps = tuple(c for c in path.split("/") if c)
    if any(c in (".", "..") for c in comps):
        return None
    return comps

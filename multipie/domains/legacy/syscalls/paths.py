"""File-name system calls: access, links, the working directory, mkdir/unlink/rename, modes.

Paths are resolved by the domain's :class:`~multipie.resources.fs.GuestFs` relative to the cwd or
an ``*at`` directory fd; :data:`HANDLERS` is this family's part of the dispatch table.
"""

from __future__ import annotations

import errno as E
import stat as S
import struct
import time

from multipie.domains.legacy.syscalls.files import stat_at
from multipie.domains.legacy.syscalls.state import (
    AT_EMPTY_PATH,
    AT_FDCWD,
    AT_REMOVEDIR,
    AT_SYMLINK_NOFOLLOW,
    Handler,
    Process,
    s32,
)
from multipie.domains.legacy.table import Sys
from multipie.resources.fs import FsError, LinkFile
from multipie.resources.fs.host import HostOpenFile, set_fd_attrs
from multipie.resources.fs.metadata import Stat
from multipie.resources.fs.nodes import Node

__all__ = ["HANDLERS"]


#: ``faccessat2``'s flags: AT_EACCESS (root: the same answer), AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH.
_ACCESS_FLAGS = 0x200 | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH


def sys_access(proc: Process, path: int, mode: int, *_: int) -> int:
    return sys_faccessat(proc, AT_FDCWD, path, mode, 0)


def sys_faccessat(proc: Process, dirfd: int, path: int, mode: int, *_: int) -> int:
    return sys_faccessat2(proc, dirfd, path, mode, 0)  # faccessat has no flags argument


def sys_faccessat2(proc: Process, dirfd: int, path: int, mode: int, flags: int, *_: int) -> int:
    """As root: only ``X_OK`` may fail (no execute bit, not a directory). ``W_OK`` of a layer file is allowed:
    an open for writing copies it up."""
    if mode & ~0o7:  # F_OK|R_OK|W_OK|X_OK
        return -E.EINVAL
    st = stat_at(proc, dirfd, path, flags, _ACCESS_FLAGS)  # (AT_EMPTY_PATH: the fd's own file, any kind)
    if mode & 1 and not st.mode & 0o111 and not S.S_ISDIR(st.mode):
        return -E.EACCES
    return 0


def sys_readlink(proc: Process, path: int, buf: int, size: int, *_: int) -> int:
    return sys_readlinkat(proc, AT_FDCWD, path, buf, size)


def sys_readlinkat(proc: Process, dirfd: int, path: int, buf: int, size: int, *_: int) -> int:
    if s32(size) <= 0:  # first, as Linux (a missing path with no room was ENOENT)
        return -E.EINVAL
    p = proc.read_path(path)
    if p == "/proc/self/exe":
        target = proc.info.exe
    elif not p and s32(dirfd) != AT_FDCWD:  # the link an O_PATH|O_NOFOLLOW fd is of (any other fd: ENOENT, as Linux)
        f = proc.file(dirfd, path=True)
        if not isinstance(f, LinkFile):
            return -E.ENOENT
        target = f.readlink()
    else:
        target = proc.fs.readlink(p, proc.base_dir(dirfd, p))
    data = target.encode("utf-8", "surrogateescape")[: s32(size)]
    proc.mem.write(buf, data)
    return len(data)


def sys_getcwd(proc: Process, buf: int, size: int, *_: int) -> int:
    data = proc.cwd.encode("utf-8", "surrogateescape") + b"\0"
    if len(data) > size:
        return -E.ERANGE
    proc.mem.write(buf, data)
    return len(data)


def sys_chdir(proc: Process, path: int, *_: int) -> int:
    proc.cwd = proc.fs.canonical(proc.read_path(path), proc.cwd)
    return 0


def sys_fchdir(proc: Process, fd: int, *_: int) -> int:
    p = getattr(proc.file(fd, path=True), "path", None)
    if p is None:
        return -E.ENOTDIR
    proc.cwd = str(p)
    return 0


def sys_mkdir(proc: Process, path: int, mode: int, *_: int) -> int:
    return sys_mkdirat(proc, AT_FDCWD, path, mode)


def sys_mkdirat(proc: Process, dirfd: int, path: int, mode: int, *_: int) -> int:
    p = proc.read_path(path)
    proc.fs.mkdir(p, mode & ~proc.info.umask, proc.base_dir(dirfd, p))
    return 0


def sys_unlink(proc: Process, path: int, *_: int) -> int:
    return sys_unlinkat(proc, AT_FDCWD, path, 0)


def sys_rmdir(proc: Process, path: int, *_: int) -> int:
    return sys_unlinkat(proc, AT_FDCWD, path, AT_REMOVEDIR)


def sys_unlinkat(proc: Process, dirfd: int, path: int, flags: int, *_: int) -> int:
    p = proc.read_path(path)
    if not flags & AT_REMOVEDIR and p.rstrip("/").rsplit("/", 1)[-1] in (".", ".."):
        return -E.EISDIR  # unlink(".") names a directory; rmdir(".") is the EINVAL
    proc.fs.unlink(p, proc.base_dir(dirfd, p), dir=bool(flags & AT_REMOVEDIR))
    return 0


def sys_rename(proc: Process, old: int, new: int, *_: int) -> int:
    return sys_renameat2(proc, AT_FDCWD, old, AT_FDCWD, new, 0)


def sys_renameat(proc: Process, olddir: int, old: int, newdir: int, new: int, *_: int) -> int:
    return sys_renameat2(proc, olddir, old, newdir, new, 0)


def sys_renameat2(proc: Process, olddir: int, old: int, newdir: int, new: int, flags: int, *_: int) -> int:
    if flags:
        return -E.EINVAL
    a, b = proc.read_path(old), proc.read_path(new)
    if not a or not b:  # (an empty name must not become "<cwd>/": that renamed the working directory)
        return -E.ENOENT
    base_a, base_b = proc.base_dir(olddir, a), proc.base_dir(newdir, b)
    if b.endswith("/") and not S.S_ISDIR(proc.fs.stat(a, base_a, follow=False).mode):
        return -E.ENOTDIR  # "new/" names a directory; the source is not one
    proc.fs.rename(a if a.startswith("/") else f"{base_a}/{a}", b if b.startswith("/") else f"{base_b}/{b}", proc.cwd)
    return 0


def sys_symlink(proc: Process, target: int, path: int, *_: int) -> int:
    return sys_symlinkat(proc, target, AT_FDCWD, path)


def sys_symlinkat(proc: Process, target: int, dirfd: int, path: int, *_: int) -> int:
    p = proc.read_path(path)
    if p.endswith("/"):  # "name/" names a directory: EEXIST when there is one, else ENOENT
        proc.fs.lookup(p, proc.base_dir(dirfd, p))
        return -E.EEXIST
    proc.fs.symlink(proc.read_path(target), p, proc.base_dir(dirfd, p))
    return 0


def sys_chmod(proc: Process, path: int, mode: int, *_: int) -> int:
    return sys_fchmodat(proc, AT_FDCWD, path, mode)


def sys_fchmodat(proc: Process, dirfd: int, path: int, mode: int, *_: int) -> int:
    p = proc.read_path(path)
    proc.fs.lookup(p, proc.base_dir(dirfd, p)).set_attrs(mode=mode)
    return 0


def sys_chown(proc: Process, path: int, uid: int, gid: int, *_: int) -> int:
    return sys_fchownat(proc, AT_FDCWD, path, uid, gid, 0)


def sys_lchown(proc: Process, path: int, uid: int, gid: int, *_: int) -> int:
    return sys_fchownat(proc, AT_FDCWD, path, uid, gid, AT_SYMLINK_NOFOLLOW)


def sys_fchownat(proc: Process, dirfd: int, path: int, uid: int, gid: int, flags: int, *_: int) -> int:
    """Private files and directories (the private ``/tmp`` too) take any owner; layer files are ``EROFS`` (even to
    the owner they have), granted host files keep theirs (:meth:`~multipie.resources.fs.nodes.Node.set_attrs`)."""
    if flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH):
        return -E.EINVAL
    p = proc.read_path(path)
    if p:
        node = proc.fs.lookup(p, proc.base_dir(dirfd, p), follow=not flags & AT_SYMLINK_NOFOLLOW)
    elif flags & AT_EMPTY_PATH:
        node = _open_node(proc, dirfd, path=True)  # (an O_PATH fd too, as Linux's fdget_raw)
    else:
        return -E.ENOENT
    _chown(node, uid, gid)
    return 0


def sys_fchown(proc: Process, fd: int, uid: int, gid: int, *_: int) -> int:
    _chown(_open_node(proc, fd), uid, gid)
    return 0


def _chown(node: Node, uid: int, gid: int) -> None:
    """``chown``'s ids (``-1``: unchanged) given to ``node``, which (not a directory) loses its set-user-ID bit, and
    its set-group-ID bit when group-executable: Linux's ``chown_common`` asks that of every chown, ``-1, -1`` too
    (the set-group-ID bit of a file without group execute stays: root is in its group and has ``CAP_FSETID``)."""
    uid, gid = uid & 0xFFFFFFFF, gid & 0xFFFFFFFF
    mode = node.stat().mode
    kept = mode & ~(S.S_ISUID | (S.S_ISGID if mode & S.S_IXGRP else 0))
    node.set_attrs(
        mode=None if kept == mode or S.S_ISDIR(mode) else kept,
        uid=None if uid == 0xFFFFFFFF else uid, gid=None if gid == 0xFFFFFFFF else gid,
    )  # fmt: skip


def _open_node(proc: Process, fd: int, *, path: bool = False) -> Node:
    """The node behind an open fd (its private or layer node, or the host file it has open; ``path``: an ``O_PATH``
    fd too)."""
    f = proc.file(fd, path=path)
    node = getattr(f, "node", None)
    if isinstance(node, Node):
        return node
    if isinstance(f, HostOpenFile):
        return _HostFd(f)
    raise FsError(E.EROFS, f"fd {fd}")


class _HostFd(Node):
    """A host file reached through its open fd (``fchmod``, ``fchown``, ``futimens``): a layer's or a read-only
    grant's is ``EROFS`` (before, ``fchmod`` of a layer file opened for reading changed the host's file)."""

    def __init__(self, f: HostOpenFile) -> None:
        self.f = f

    def stat(self) -> Stat:
        return self.f.stat()

    def set_attrs(
        self, *, mode: int | None = None, atime_ns: int | None = None, mtime_ns: int | None = None,
        uid: int | None = None, gid: int | None = None,
    ) -> None:  # fmt: skip
        if self.f.readonly:
            raise FsError(E.EROFS, "read-only file")
        set_fd_attrs(self.f.fd, mode=mode, atime_ns=atime_ns, mtime_ns=mtime_ns, uid=uid, gid=gid)


def sys_fchmod(proc: Process, fd: int, mode: int, *_: int) -> int:
    _open_node(proc, fd).set_attrs(mode=mode)
    return 0


_UTIME_NOW, _UTIME_OMIT = (1 << 30) - 1, (1 << 30) - 2


def _utime(proc: Process, addr: int) -> tuple[int | None, int | None]:
    """(atime_ns, mtime_ns) from a ``struct timespec[2]`` (``None``: UTIME_OMIT; no array: now)."""
    now = time.time_ns()
    if not addr:
        return now, now
    out: list[int | None] = []
    for sec, nsec in struct.iter_unpack("<qq", proc.mem.read(addr, 32)):
        if nsec == _UTIME_OMIT:
            out.append(None)
        elif nsec == _UTIME_NOW:
            out.append(now)
        elif not 0 <= nsec < 10**9:
            raise FsError(E.EINVAL, "tv_nsec out of range")
        else:
            out.append(sec * 10**9 + nsec)
    return out[0], out[1]


def sys_utimensat(proc: Process, dirfd: int, path: int, times: int, flags: int, *_: int) -> int:
    if flags & ~(AT_SYMLINK_NOFOLLOW | 0x1000):
        return -E.EINVAL
    atime, mtime = _utime(proc, times)
    if not path:  # futimens(fd, times)
        node = _open_node(proc, dirfd)
    else:
        p = proc.read_path(path)
        node = proc.fs.lookup(p, proc.base_dir(dirfd, p), follow=not flags & AT_SYMLINK_NOFOLLOW)
    if atime is not None or mtime is not None:
        node.set_attrs(atime_ns=atime, mtime_ns=mtime)
    return 0


def sys_umask(proc: Process, mask: int, *_: int) -> int:
    old, proc.info.umask = proc.info.umask, mask & 0o777
    return old


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.chown: sys_chown,
    Sys.lchown: sys_lchown,
    Sys.fchownat: sys_fchownat,
    Sys.fchown: sys_fchown,
    Sys.access: sys_access,
    Sys.faccessat: sys_faccessat,
    Sys.faccessat2: sys_faccessat2,
    Sys.readlink: sys_readlink,
    Sys.readlinkat: sys_readlinkat,
    Sys.getcwd: sys_getcwd,
    Sys.chdir: sys_chdir,
    Sys.fchdir: sys_fchdir,
    Sys.mkdir: sys_mkdir,
    Sys.mkdirat: sys_mkdirat,
    Sys.unlink: sys_unlink,
    Sys.rmdir: sys_rmdir,
    Sys.unlinkat: sys_unlinkat,
    Sys.rename: sys_rename,
    Sys.renameat: sys_renameat,
    Sys.renameat2: sys_renameat2,
    Sys.symlink: sys_symlink,
    Sys.symlinkat: sys_symlinkat,
    Sys.chmod: sys_chmod,
    Sys.fchmodat: sys_fchmodat,
    Sys.fchmod: sys_fchmod,
    Sys.utimensat: sys_utimensat,
    Sys.umask: sys_umask,
}

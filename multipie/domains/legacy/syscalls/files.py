"""File descriptor system calls: read and write, open and close, stat, directory listings, fd table.

Each handler is ``fn(proc, a0, ..., a5) -> int`` (``-errno`` on failure); :data:`HANDLERS` is this
family's part of the dispatch table.
"""

from __future__ import annotations

import errno as E
import os
import struct
from stat import S_ISREG

from multipie.domains.legacy.syscalls.state import (
    AT_EMPTY_PATH,
    AT_FDCWD,
    AT_SYMLINK_NOFOLLOW,
    MAX_IO,
    RLIMITS,
    Blocked,
    FdEntry,
    Handler,
    Process,
    s32,
    s64,
)
from multipie.domains.legacy.table import Sys
from multipie.resources.fs import DirFile, FsError, OpenFile, PipeBuffer, PipeEnd, Stat, WouldBlock
from multipie.resources.fs.host import HostNode
from multipie.resources.fs.metadata import Listing
from multipie.resources.fs.nodes import Node
from multipie.resources.fs.overlay import OverlayDir
from multipie.resources.net import Socket

__all__ = ["HANDLERS", "O_LARGEFILE", "open_flags", "pack_dirents", "pack_stat", "stat_at"]

#: AT_SYMLINK_NOFOLLOW, AT_NO_AUTOMOUNT, AT_EMPTY_PATH (and for statx the AT_STATX_SYNC_* bits).
_STAT_FLAGS = AT_SYMLINK_NOFOLLOW | 0x800 | AT_EMPTY_PATH
_STATX_FLAGS = _STAT_FLAGS | 0x6000
#: statx's mask bits: the fields of ``struct stat``, and the birth time.
_STATX_BASIC_STATS, _STATX_BTIME = 0x7FF, 0x800
_FIONREAD, _FIONBIO = 0x541B, 0x5421
#: x86-64 Linux's ``O_LARGEFILE`` (glibc's headers, and so Python's ``os``, define it as 0 there).
O_LARGEFILE = 0o100000
#: What an ``O_PATH`` open keeps of its flags (Linux ignores the others: no access mode, no creation).
_O_PATH_FLAGS = os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
#: The ``fcntl`` commands an ``O_PATH`` fd answers (``F_DUPFD``, ``F_GETFD``, ``F_SETFD``, ``F_GETFL``,
#: ``F_DUPFD_CLOEXEC``: Linux's ``check_fcntl_cmd``); any other is ``EBADF``.
_O_PATH_FCNTL = frozenset((0, 1, 2, 3, 1030))


def open_flags(flags: int) -> int:
    """The flags an ``open`` of ``flags`` gives its file: an ``O_PATH`` open's few, or ``flags`` with ``O_LARGEFILE``.

    x86-64 Linux's ``open``/``openat`` always add ``O_LARGEFILE`` (``force_o_largefile``): ``F_GETFL`` shows it
    (0o100000) for every file opened by path, never for a pipe or socket.
    """
    if flags & os.O_PATH:
        return flags & _O_PATH_FLAGS
    return flags | O_LARGEFILE


def pack_stat(st: Stat) -> bytes:
    """``st`` as Linux x86-64's ``struct stat`` (144 bytes; :attr:`Stat.packed`, kept with ``st``)."""
    return st.packed


def _pack_statx(st: Stat, mask: int) -> bytes:
    """``st`` as ``struct statx`` for a call asking ``mask``: the basic stats, and the birth time where it is known
    and asked for (ext4's and tmpfs's rule: a private file's; a host file's ``stat`` has none)."""

    def ts(ns: int) -> bytes:
        return struct.pack("<qIi", ns // 10**9, ns % 10**9, 0)

    btime = st.btime_ns if mask & _STATX_BTIME else None  # (unknown or not asked for: not in the mask, 0, as Linux)
    head = struct.pack(
        "<IIQIIIHHQQQQ", _STATX_BASIC_STATS | (0 if btime is None else _STATX_BTIME), st.blksize, 0, st.nlink, st.uid,
        st.gid, st.mode, 0, st.ino, st.size, st.blocks, 0,
    )  # fmt: skip
    times = ts(st.atime_ns) + (bytes(16) if btime is None else ts(btime)) + ts(st.ctime_ns) + ts(st.mtime_ns)
    devs = struct.pack("<IIII", os.major(st.rdev), os.minor(st.rdev), os.major(st.dev), os.minor(st.dev))
    out = head + times + devs
    return out + bytes(256 - len(out))


def sys_read(proc: Process, fd: int, buf: int, n: int, *_: int) -> int:
    return proc.read_into(proc.file(fd), buf, n)


def sys_pread64(proc: Process, fd: int, buf: int, n: int, off: int, *_: int) -> int:
    if s64(off) < 0:
        return -E.EINVAL
    return proc.read_into(proc.file(fd), buf, n, off)


def sys_readv(proc: Process, fd: int, iov: int, cnt: int, *_: int) -> int:
    f = proc.file(fd)
    total = 0
    for base, length in proc.iovecs(iov, cnt):
        if not length:
            continue
        got = proc.read_into(f, base, length)
        total += got
        if got < length:
            break
    return total


def sys_write(proc: Process, fd: int, buf: int, n: int, *_: int) -> int:
    f = proc.file(fd)
    if not f.writable:
        return -E.EBADF
    return _write(proc, f, proc.mem.read(buf, min(n, MAX_IO)))


def _write(proc: Process, f: OpenFile, data: bytes) -> int:
    """``write``: a blocking write to a pipe or a stream socket of the domain returns once all of ``data``
    is written, as on Linux (what does not fit waits for the reader; a signal or a deadlock ends the
    wait with the count written so far)."""
    done = f.write(data)
    if done >= len(data) or proc.kernel is None or f.flags & os.O_NONBLOCK or not isinstance(f, (PipeEnd, Socket)):
        return done
    sent = [done]

    def more() -> int:
        try:
            sent[0] += f.write(data[sent[0] :])
        except WouldBlock:
            pass
        except OSError:  # EPIPE, a reset: what was written counts
            return sent[0]
        if sent[0] < len(data):
            raise Blocked("pipe", retry=more, partial=lambda: sent[0])
        return sent[0]

    raise Blocked("pipe", retry=more, partial=lambda: sent[0])


def sys_pwrite64(proc: Process, fd: int, buf: int, n: int, off: int, *_: int) -> int:
    f = proc.file(fd)
    if not f.writable:
        return -E.EBADF
    if s64(off) < 0:
        return -E.EINVAL
    return f.pwrite(proc.mem.read(buf, min(n, MAX_IO)), off)


def sys_writev(proc: Process, fd: int, iov: int, cnt: int, *_: int) -> int:
    f = proc.file(fd)
    if not f.writable:
        return -E.EBADF
    data = b"".join(proc.mem.read(b, min(n, MAX_IO)) for b, n in proc.iovecs(iov, cnt))
    return _write(proc, f, data) if data else 0


def sys_open(proc: Process, path: int, flags: int, mode: int, *_: int) -> int:
    return sys_openat(proc, AT_FDCWD, path, flags, mode)


def sys_creat(proc: Process, path: int, mode: int, *_: int) -> int:
    return sys_openat(proc, AT_FDCWD, path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)


def sys_openat(proc: Process, dirfd: int, path: int, flags: int, mode: int, *_: int) -> int:
    flags = open_flags(flags)
    if flags & os.O_CREAT and flags & os.O_DIRECTORY:
        return -E.EINVAL  # Linux 6.4+: never creates a directory, no longer creates a file either
    p = proc.read_path(path)
    if flags & os.O_CREAT and p.endswith("/"):
        return -E.EISDIR  # "name/" is a directory: O_CREAT never makes one
    base = proc.base_dir(dirfd, p)
    f = proc.fs.open(p, flags, mode & ~proc.info.umask & 0o7777, base)
    if isinstance(f, DirFile) and flags & os.O_CREAT:
        f.close()
        return -E.EISDIR
    return proc.install(f, cloexec=bool(flags & os.O_CLOEXEC))


def sys_close(proc: Process, fd: int, *_: int) -> int:
    fd = s32(fd)
    if fd not in proc.fds:
        return -E.EBADF
    proc.close_fd(fd)
    return 0


def sys_lseek(proc: Process, fd: int, off: int, whence: int, *_: int) -> int:
    f = proc.file(fd)
    if getattr(f, "unseekable", False):  # a pipe or stream: ESPIPE for any valid whence, as on Linux
        return -E.ESPIPE if whence & 0xFFFFFFFF <= 4 else -E.EINVAL
    if whence in (3, 4):  # SEEK_DATA, SEEK_HOLE: the whole file is data (no sparse files here)
        size, off = f.stat().size, s64(off)
        if off < 0:
            return -E.EINVAL
        if off >= size or not S_ISREG(f.stat().mode):
            return -E.ENXIO
        return f.seek(off if whence == 3 else size, 0)
    return f.seek(s64(off), whence)


def sys_fstat(proc: Process, fd: int, buf: int, *_: int) -> int:
    proc.mem.write(buf, pack_stat(proc.file(fd, path=True).stat()))
    return 0


def sys_stat(proc: Process, path: int, buf: int, *_: int) -> int:
    return sys_newfstatat(proc, AT_FDCWD, path, buf, 0)


def sys_lstat(proc: Process, path: int, buf: int, *_: int) -> int:
    return sys_newfstatat(proc, AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW)


def stat_at(proc: Process, dirfd: int, path: int, flags: int, allowed: int = _STAT_FLAGS) -> Stat:
    """The stat of what an ``*at`` call names (``AT_EMPTY_PATH`` and ``""``: ``dirfd``'s own file, an ``O_PATH`` one
    too; ``""`` without it: ``ENOENT``); flags outside ``allowed``: ``EINVAL``."""
    if flags & ~allowed:
        raise FsError(E.EINVAL, f"unknown flags {flags & ~allowed:#x}")
    p = proc.read_path(path)
    if not p:
        if flags & AT_EMPTY_PATH:
            return proc.file(dirfd, path=True).stat()
        raise FsError(E.ENOENT, "empty path")
    node = proc.fs.lookup(p, proc.base_dir(dirfd, p), follow=not flags & AT_SYMLINK_NOFOLLOW)
    st = node.stat()
    proc.stable_stat = st if _of_layers(node) else None
    return st


def _of_layers(node: Node) -> bool:
    """True when ``node``'s metadata is a read-only layer's (a run takes it as unchanging: ``fs.lookups``)."""
    if isinstance(node, OverlayDir):  # a directory only the layers hold (no private copy yet)
        return node.upper is None and all(d.cache is not None for d in node.lowers)
    return isinstance(node, HostNode) and node.cache is not None


def sys_newfstatat(proc: Process, dirfd: int, path: int, buf: int, flags: int, *_: int) -> int:
    proc.mem.write(buf, pack_stat(stat_at(proc, dirfd, path, flags)))
    return 0


def sys_statx(proc: Process, dirfd: int, path: int, flags: int, mask: int, buf: int, *_: int) -> int:
    proc.mem.write(buf, _pack_statx(stat_at(proc, dirfd, path, flags, _STATX_FLAGS), mask))
    return 0


def sys_getdents64(proc: Process, fd: int, buf: int, count: int, *_: int) -> int:
    f = proc.file(fd)
    entries = f.entries()
    if entries is None:
        return -E.ENOTDIR
    out, i = pack_dirents(entries, f.pos, count)
    if not out and i < len(entries):
        return -E.EINVAL
    proc.mem.write(buf, out)
    f.pos = i
    return len(out)


def pack_dirents(entries: Listing, start: int, count: int) -> tuple[bytes, int]:
    """The ``linux_dirent64`` records of ``entries`` from ``start`` that fit in ``count`` bytes; the next position.

    :meth:`Listing.pack`: the records are packed once per listing (a layer directory's is kept across runs).
    """
    return entries.pack(start, count)


def sys_ioctl(proc: Process, fd: int, req: int, arg: int, *_: int) -> int:
    f = proc.file(fd)
    req &= 0xFFFFFFFF
    if req == _FIONBIO:  # the old way to set O_NONBLOCK
        on = proc.mem.read(arg, 4) != bytes(4)
        f.flags = f.flags | os.O_NONBLOCK if on else f.flags & ~os.O_NONBLOCK
        return 0
    queued = getattr(f, "queued", None)
    if req == _FIONREAD and queued is not None:  # bytes a read would return now (pipes, sockets)
        proc.mem.write(arg, struct.pack("<i", min(queued(), 0x7FFFFFFF)))
        return 0
    return -E.ENOTTY  # no file a guest can open is a terminal (TCGETS, TIOCGWINSZ, ...)


def sys_fcntl(proc: Process, fd: int, cmd: int, arg: int, *_: int) -> int:
    entry = proc.fds.get(s32(fd))
    if entry is None or entry.file.flags & os.O_PATH and cmd not in _O_PATH_FCNTL:
        return -E.EBADF
    if cmd in (0, 1030):  # F_DUPFD, F_DUPFD_CLOEXEC
        if not 0 <= s32(arg) < RLIMITS[7][0]:
            return -E.EINVAL
        entry.file.refs += 1
        return proc.install(entry.file, lowest=s32(arg), cloexec=cmd == 1030)
    if cmd == 1:  # F_GETFD
        return 1 if entry.cloexec else 0
    if cmd == 2:  # F_SETFD
        entry.cloexec = bool(arg & 1)
        return 0
    if cmd == 3:  # F_GETFL: the creation flags are not part of the file's status
        return entry.file.flags & ~(os.O_CREAT | os.O_EXCL | os.O_NOCTTY | os.O_TRUNC | os.O_CLOEXEC)
    if cmd == 4:  # F_SETFL: only O_APPEND / O_NONBLOCK may change
        keep = entry.file.flags & ~(os.O_APPEND | os.O_NONBLOCK)
        entry.file.flags = keep | (arg & (os.O_APPEND | os.O_NONBLOCK))
        return 0
    if cmd in (5, 36):  # F_GETLK, F_OFD_GETLK: no lock conflicts (locks are not kept), so l_type = F_UNLCK
        proc.mem.write(arg, struct.pack("<h", 2))
        return 0
    if cmd in (6, 7, 37, 38):  # F_SETLK(W), F_OFD_SETLK(W): granted at once (not kept: see docs/legacy.md)
        return 0
    return -E.EINVAL


def sys_dup(proc: Process, fd: int, *_: int) -> int:
    f = proc.file(fd, path=True)
    f.refs += 1
    return proc.install(f)


def sys_dup2(proc: Process, old: int, new: int, *_: int) -> int:
    proc.file(old, path=True)
    if s32(old) == s32(new):
        return s32(new)
    return sys_dup3(proc, old, new, 0)


def sys_dup3(proc: Process, old: int, new: int, flags: int, *_: int) -> int:
    old, new = s32(old), s32(new)
    f = proc.file(old, path=True)
    if new < 0 or new >= RLIMITS[7][0]:
        return -E.EBADF
    if old == new or flags & ~os.O_CLOEXEC:
        return -E.EINVAL
    if new in proc.fds:
        proc.close_fd(new)
    f.refs += 1
    proc.fds[new] = FdEntry(f, bool(flags & os.O_CLOEXEC))
    return new


def sys_pipe(proc: Process, fds: int, *_: int) -> int:
    return sys_pipe2(proc, fds, 0)


def sys_pipe2(proc: Process, fds: int, flags: int, *_: int) -> int:
    if flags & ~(os.O_CLOEXEC | os.O_NONBLOCK | os.O_DIRECT):
        return -E.EINVAL
    proc.mem._off(fds, 8)
    pipe, nonblock = PipeBuffer(), flags & os.O_NONBLOCK
    r = proc.install(PipeEnd(pipe, os.O_RDONLY | nonblock), cloexec=bool(flags & os.O_CLOEXEC))
    try:
        w = proc.install(PipeEnd(pipe, os.O_WRONLY | nonblock), cloexec=bool(flags & os.O_CLOEXEC))
    except FsError:
        proc.close_fd(r)  # all or nothing, as Linux
        raise
    proc.mem.write(fds, struct.pack("<ii", r, w))
    return 0


def sys_ftruncate(proc: Process, fd: int, size: int, *_: int) -> int:
    proc.file(fd).truncate(s64(size))
    return 0


def sys_truncate(proc: Process, path: int, size: int, *_: int) -> int:
    f = proc.fs.open(proc.read_path(path), os.O_WRONLY, 0, proc.cwd)
    try:
        f.truncate(s64(size))
    finally:
        f.close()
    return 0


def sys_fsync(proc: Process, fd: int, *_: int) -> int:
    proc.file(fd)
    return 0


_STATFS = struct.Struct("<7q2i3q32x")  # type, bsize, blocks, bfree, bavail, files, ffree, fsid, namelen, frsize, flags
TMPFS_MAGIC, ST_VALID = 0x01021994, 0x20


def _put_statfs(proc: Process, buf: int) -> int:
    """The one file system a domain's view reports: its private area (size = its quota), as a tmpfs."""
    area = proc.fs.area
    blocks, free = area.quota // 4096, max(area.quota - area.used, 0) // 4096
    proc.mem.write(buf, _STATFS.pack(TMPFS_MAGIC, 4096, blocks, free, free, blocks, free, 0, 0, 255, 4096, ST_VALID))
    return 0


def sys_statfs(proc: Process, path: int, buf: int, *_: int) -> int:
    proc.fs.stat(proc.read_path(path), proc.cwd)  # ENOENT, ENOTDIR, ... as for stat
    return _put_statfs(proc, buf)


def sys_fstatfs(proc: Process, fd: int, buf: int, *_: int) -> int:
    proc.file(fd, path=True)
    return _put_statfs(proc, buf)


def sys_fadvise64(proc: Process, fd: int, off: int, length: int, advice: int, *_: int) -> int:
    """Advice is a hint: checked (``EBADF``, ``ESPIPE`` for a pipe, ``EINVAL``), then nothing to do."""
    f = proc.file(fd)
    if isinstance(f, PipeEnd):
        return -E.ESPIPE
    return 0 if 0 <= advice <= 5 and s64(length) >= 0 else -E.EINVAL


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.read: sys_read,
    Sys.pread64: sys_pread64,
    Sys.readv: sys_readv,
    Sys.write: sys_write,
    Sys.pwrite64: sys_pwrite64,
    Sys.writev: sys_writev,
    Sys.open: sys_open,
    Sys.creat: sys_creat,
    Sys.openat: sys_openat,
    Sys.close: sys_close,
    Sys.lseek: sys_lseek,
    Sys.fstat: sys_fstat,
    Sys.stat: sys_stat,
    Sys.lstat: sys_lstat,
    Sys.newfstatat: sys_newfstatat,
    Sys.statx: sys_statx,
    Sys.getdents64: sys_getdents64,
    Sys.ioctl: sys_ioctl,
    Sys.fcntl: sys_fcntl,
    Sys.dup: sys_dup,
    Sys.dup2: sys_dup2,
    Sys.dup3: sys_dup3,
    Sys.pipe: sys_pipe,
    Sys.pipe2: sys_pipe2,
    Sys.ftruncate: sys_ftruncate,
    Sys.truncate: sys_truncate,
    Sys.fsync: sys_fsync,
    Sys.fdatasync: sys_fsync,
    Sys.statfs: sys_statfs,
    Sys.fstatfs: sys_fstatfs,
    Sys.fadvise64: sys_fadvise64,
}

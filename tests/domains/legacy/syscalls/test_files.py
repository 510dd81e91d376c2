"""File descriptor calls: read/write and vectors, open/seek/stat, directory listings, pipes and dup, poll."""

from __future__ import annotations

import errno
import os
import struct

from multipie.domains.legacy.syscalls import Sys
from multipie.domains.legacy.syscalls.state import AT_FDCWD
from tests.domains.legacy.syscalls.harness import MEM, Harness


def test_write_writev_read(h: Harness) -> None:
    msg = h.put(b"hi\n")
    assert h(Sys.write, 1, msg, 3) == 3
    iov = h.put(struct.pack("<QQQQ", h.put(b"a"), 1, h.put(b"bc"), 2))
    assert h(Sys.writev, 2, iov, 2) == 3
    assert h.out == b"hi\n" and h.err == b"abc"
    buf = h.alloc(64)
    assert h(Sys.read, 0, buf, 5) == 5 and h.buf[buf : buf + 5] == b"input"
    iov = h.put(struct.pack("<QQQQ", buf, 2, buf + 10, 100))
    assert h(Sys.readv, 0, iov, 2) == 6
    assert h(Sys.read, 0, buf, 5) == 0
    assert h(Sys.write, 0, msg, 3) == -errno.EBADF
    assert h(Sys.write, 99, msg, 3) == -errno.EBADF


def test_open_read_seek_stat(h: Harness) -> None:
    fd = h(Sys.openat, -100 & 0xFFFFFFFFFFFFFFFF, h.s("/etc/motd"), os.O_RDONLY, 0)
    assert fd == 3
    buf = h.alloc(64)
    assert h(Sys.read, fd, buf, 5) == 5
    assert h(Sys.lseek, fd, 0, os.SEEK_CUR) == 5
    assert h(Sys.pread64, fd, buf, 4, 6) == 4 and h.buf[buf : buf + 4] == b"from"
    st = h.alloc(144)
    assert h(Sys.fstat, fd, st) == 0
    mode, size = struct.unpack_from("<I", h.buf, st + 24)[0], struct.unpack_from("<q", h.buf, st + 48)[0]
    assert mode & 0o170000 == 0o100000 and size == 21
    assert h(Sys.newfstatat, -100, h.s("/etc"), st, 0) == 0
    assert struct.unpack_from("<I", h.buf, st + 24)[0] & 0o170000 == 0o040000
    sx = h.alloc(256)
    assert h(Sys.statx, -100, h.s("etc/motd"), 0, 0x7FF, sx) == 0
    assert struct.unpack_from("<Q", h.buf, sx + 40)[0] == 21
    assert h(Sys.newfstatat, fd, h.s(""), st, 0x1000) == 0
    assert h(Sys.close, fd) == 0 and h(Sys.close, fd) == -errno.EBADF
    assert h(Sys.open, h.s("/nope"), 0, 0) == -errno.ENOENT


def test_getdents64(h: Harness) -> None:
    fd = h(Sys.open, h.s("/etc"), os.O_RDONLY | os.O_DIRECTORY, 0)
    buf = h.alloc(4096)
    n = h(Sys.getdents64, fd, buf, 4096)
    names = []
    off = 0
    while off < n:
        _ino, _o, reclen, _t = struct.unpack_from("<QqHB", h.buf, buf + off)
        names.append(bytes(h.buf[buf + off + 19 : buf + off + reclen]).split(b"\0")[0])
        off += reclen
    assert sorted(names) == [b".", b"..", b"motd"]
    assert h(Sys.getdents64, fd, buf, 4096) == 0
    assert h(Sys.getdents64, 1, buf, 4096) == -errno.ENOTDIR


def test_pipe_dup_fcntl(h: Harness) -> None:
    fds = h.alloc(8)
    assert h(Sys.pipe2, fds, 0) == 0
    r, w = struct.unpack_from("<ii", h.buf, fds)
    assert h(Sys.write, w, h.put(b"through"), 7) == 7
    d = h(Sys.dup, r)
    buf = h.alloc(16)
    assert h(Sys.read, d, buf, 16) == 7 and bytes(h.buf[buf : buf + 7]) == b"through"
    assert h(Sys.read, r, buf, 16) == -errno.EAGAIN  # would block forever: writer still open
    h(Sys.close, w)
    assert h(Sys.read, r, buf, 16) == 0
    assert h(Sys.dup2, 1, 10) == 10
    assert h(Sys.write, 10, h.put(b"x"), 1) == 1 and h.out == b"x"
    assert h(Sys.fcntl, 10, 1030, 20) == 20
    assert h(Sys.fcntl, 20, 1, 0) == 1
    assert h(Sys.fcntl, 10, 3, 0) & 3 == os.O_WRONLY
    assert h(Sys.dup3, 10, 10, 0) == -errno.EINVAL


def test_poll(h: Harness) -> None:
    fds = h.put(struct.pack("<ihhihhihh", 0, 1, 0, 1, 4, 0, 77, 1, 0))
    assert h(Sys.poll, fds, 3, 0) == 3
    revents = [struct.unpack_from("<h", h.buf, fds + 8 * i + 6)[0] for i in range(3)]
    assert revents == [1, 4, 0x20]


def test_iovec_pointing_outside(h: Harness) -> None:
    iov = h.put(struct.pack("<QQ", MEM - 4, 64))
    assert h(Sys.writev, 1, iov, 1) == -errno.EFAULT
    assert h(Sys.writev, 1, iov, 100000) == -errno.EINVAL


def test_statfs_fadvise_and_chown(h: Harness) -> None:
    """statfs reports the private area; fadvise is checked, ignored; a private file takes any owner."""
    buf = h.alloc(120)
    assert h(Sys.statfs, h.s("/"), buf) == 0
    ftype, bsize, blocks, bfree = struct.unpack_from("<4q", h.buf, buf)
    assert (ftype, bsize) == (0x01021994, 4096) and 0 < bfree <= blocks
    assert h(Sys.statfs, h.s("/missing"), buf) == -errno.ENOENT
    assert h(Sys.fstatfs, 1, buf) == 0 and h(Sys.fstatfs, 99, buf) == -errno.EBADF
    fd = h(Sys.openat, AT_FDCWD, h.s("/f"), os.O_CREAT | os.O_WRONLY, 0o644)
    assert h(Sys.fadvise64, fd, 0, 0, 2) == 0  # POSIX_FADV_SEQUENTIAL
    assert h(Sys.fadvise64, fd, 0, 0, 99) == -errno.EINVAL and h(Sys.fadvise64, 99, 0, 0, 2) == -errno.EBADF
    assert h(Sys.fchown, fd, 0, 0) == 0 and h(Sys.fchown, fd, 0xFFFFFFFF, 0) == 0
    assert h(Sys.chown, h.s("/f"), 0, 0xFFFFFFFF) == 0 and h(Sys.lchown, h.s("/missing"), 0, 0) == -errno.ENOENT
    assert h(Sys.fchown, fd, 1000, 1001) == 0 and h(Sys.fchown, fd, 0xFFFFFFFF, 7) == 0  # a private file: any owner
    assert h(Sys.newfstatat, AT_FDCWD, h.s("/f"), buf, 0) == 0
    assert struct.unpack_from("<II", h.buf, buf + 28) == (1000, 7)  # st_uid, st_gid
    for mode, after in (0o6755, 0o755), (0o6745, 0o2745), (0o2644, 0o2644):  # set-ID bits dropped, as Linux
        assert h(Sys.fchmod, fd, mode) == 0 and h(Sys.fchown, fd, 0, 0) == 0
        assert h(Sys.newfstatat, AT_FDCWD, h.s("/f"), buf, 0) == 0
        assert struct.unpack_from("<I", h.buf, buf + 24)[0] & 0o7777 == after  # st_mode


def test_getlk_reports_no_conflicting_lock(h: Harness) -> None:
    """F_GETLK writes F_UNLCK (sqlite reads it before resetting a WAL index; left as F_WRLCK it saw a holder)."""
    fd = h(Sys.openat, AT_FDCWD, h.s("/db"), os.O_CREAT | os.O_RDWR, 0o644)
    lock = h.put(struct.pack("<hhqqi4x", 1, 0, 0, 1, 0))  # l_type F_WRLCK, SEEK_SET, start 0, len 1
    assert h(Sys.fcntl, fd, 6, lock) == 0  # F_SETLK: granted
    assert h(Sys.fcntl, fd, 5, lock) == 0 and struct.unpack_from("<h", h.buf, lock)[0] == 2  # F_UNLCK

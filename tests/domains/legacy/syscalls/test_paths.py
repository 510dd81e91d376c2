"""File-name calls: mkdir/rename/unlink/access in the private area and a grant, the working directory."""

from __future__ import annotations

import errno
import os
import struct
from pathlib import Path

from multipie.domains.legacy.syscalls import Sys
from multipie.domains.legacy.syscalls.state import AT_FDCWD, AT_SYMLINK_NOFOLLOW
from tests.domains.legacy.syscalls.harness import Harness


def test_private_writes_and_grant(h: Harness, tmp_path: Path) -> None:
    fd = h(Sys.open, h.s("/etc/motd"), os.O_WRONLY | os.O_APPEND, 0)
    assert h(Sys.write, fd, h.put(b"more\n"), 5) == 5
    assert (tmp_path / "layer" / "etc" / "motd").read_text() == "hello from the layer\n"
    assert h(Sys.mkdir, h.s("/tmp"), 0o755) == 0
    assert h(Sys.mkdir, h.s("/tmp"), 0o755) == -errno.EEXIST
    fd = h(Sys.open, h.s("/tmp/x"), os.O_CREAT | os.O_WRONLY, 0o644)
    h(Sys.write, fd, h.put(b"123"), 3)
    assert h(Sys.rename, h.s("/tmp/x"), h.s("/tmp/y")) == 0
    assert h(Sys.access, h.s("/tmp/y"), 0) == 0 and h(Sys.access, h.s("/tmp/x"), 0) == -errno.ENOENT
    assert h(Sys.unlink, h.s("/tmp/y")) == 0
    assert h(Sys.rmdir, h.s("/tmp")) == 0
    fd = h(Sys.open, h.s("/data/out.txt"), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
    h(Sys.write, fd, h.put(b"to host"), 7)
    assert (tmp_path / "data" / "out.txt").read_bytes() == b"to host"
    assert h(Sys.ftruncate, fd, 2) == 0
    assert (tmp_path / "data" / "out.txt").read_bytes() == b"to"


def test_cwd(h: Harness) -> None:
    buf = h.alloc(256)
    assert h(Sys.getcwd, buf, 256) == 2 and h.buf[buf] == ord("/")
    assert h(Sys.chdir, h.s("etc")) == 0
    assert h(Sys.getcwd, buf, 256) == 5 and bytes(h.buf[buf : buf + 5]) == b"/etc\0"
    assert h(Sys.getcwd, buf, 2) == -errno.ERANGE
    assert h(Sys.open, h.s("motd"), 0, 0) >= 3
    assert h(Sys.chdir, h.s("motd")) == -errno.ENOTDIR
    assert h(Sys.chdir, h.s("../../../..")) == 0 and h.p.cwd == "/"
    dfd = h(Sys.open, h.s("/etc"), os.O_DIRECTORY, 0)
    assert h(Sys.openat, dfd, h.s("motd"), 0, 0) > dfd


def test_readlink_without_room_is_einval_before_the_path_is_looked_up(h: Harness) -> None:
    buf = h.alloc(64)
    for path in ("", "/nope", "/proc/self/exe"):  # (ENOENT for the first two before: Linux checks bufsiz first)
        assert h(Sys.readlink, h.s(path), buf, 0) == -errno.EINVAL
        assert h(Sys.readlink, h.s(path), buf, -1) == -errno.EINVAL
    assert h(Sys.readlink, h.s(""), buf, 64) == -errno.ENOENT


def _mode(h: Harness, path: str) -> int:
    buf = h.alloc(144)
    assert h(Sys.newfstatat, AT_FDCWD, h.s(path), buf, AT_SYMLINK_NOFOLLOW) == 0
    return int(struct.unpack_from("<I", h.buf, buf + 24)[0])


def test_utimensat_nofollow_sets_a_granted_links_own_times(h: Harness, tmp_path: Path) -> None:
    """Before: ``ELOOP`` (the link was opened ``O_NOFOLLOW``); now the host's link changes, never what it names."""
    outside = tmp_path / "outside"
    outside.write_text("x")
    os.utime(outside, ns=(3, 4))
    (tmp_path / "data" / "out").symlink_to(outside)
    (tmp_path / "data" / "in").symlink_to("motd-missing")
    ts = h.put(struct.pack("<4q", 5, 6, 7, (1 << 30) - 2))  # mtime UTIME_OMIT
    for name in "out", "in":
        mtime = os.lstat(tmp_path / "data" / name).st_mtime_ns
        assert h(Sys.utimensat, AT_FDCWD, h.s(f"/data/{name}"), ts, AT_SYMLINK_NOFOLLOW) == 0
        st = os.lstat(tmp_path / "data" / name)
        assert (st.st_atime_ns, st.st_mtime_ns) == (5 * 10**9 + 6, mtime)
    assert (os.stat(outside).st_atime_ns, os.stat(outside).st_mtime_ns) == (3, 4)
    assert h(Sys.utimensat, AT_FDCWD, h.s("/data/out"), ts, 0) == -errno.ENOENT  # followed in the guest: not there
    assert h(Sys.fchmodat, AT_FDCWD, h.s("/data/out"), 0o600) == -errno.ENOENT


def test_chown_drops_set_id_bits_even_to_minus_one(h: Harness) -> None:
    """As Linux's ``chown_common``: set-user-ID always, set-group-ID when group-executable; directories keep them."""
    fd = h(Sys.open, h.s("/f"), os.O_CREAT | os.O_WRONLY, 0o644)
    for mode, after in (0o4755, 0o755), (0o6755, 0o755), (0o6644, 0o2644), (0o2710, 0o710), (0o7777, 0o1777):
        for call in (lambda: h(Sys.chown, h.s("/f"), -1, -1), lambda: h(Sys.fchown, fd, -1, -1),
                     lambda: h(Sys.lchown, h.s("/f"), 0, -1)):  # fmt: skip
            assert h(Sys.chmod, h.s("/f"), mode) == 0 and call() == 0
            assert _mode(h, "/f") & 0o7777 == after
    granted = h(Sys.open, h.s("/data/f"), os.O_CREAT | os.O_RDONLY, 0o644)  # (a granted file's fd: the host's fchmod)
    assert h(Sys.fchmod, granted, 0o6755) == 0 and h(Sys.fchown, granted, -1, -1) == 0
    assert _mode(h, "/data/f") & 0o7777 == 0o755 and h(Sys.chown, h.s("/etc/motd"), -1, -1) == -errno.EROFS
    assert h(Sys.mkdir, h.s("/d"), 0o755) == 0 and h(Sys.chmod, h.s("/d"), 0o7755) == 0
    assert h(Sys.chown, h.s("/d"), -1, -1) == 0 and _mode(h, "/d") & 0o7777 == 0o7755


def test_private_directories_take_owners_modes_and_times(h: Harness) -> None:
    """The private ``/tmp`` (and any directory made there) as a private file; a layer's directory stays ``EROFS``."""
    h.p.fs.add_dir("/tmp", 0o1777)
    assert h(Sys.mkdir, h.s("/tmp/d"), 0o755) == 0
    buf = h.alloc(144)
    for path in "/tmp", "/tmp/d":
        assert h(Sys.chown, h.s(path), 1000, 1001) == 0 and h(Sys.chmod, h.s(path), 0o3755) == 0
        assert h(Sys.utimensat, AT_FDCWD, h.s(path), h.put(struct.pack("<4q", 1, 2, 3, 4)), 0) == 0
        assert h(Sys.newfstatat, AT_FDCWD, h.s(path), buf, 0) == 0
        assert struct.unpack_from("<III", h.buf, buf + 24) == (0o43755, 1000, 1001)
        assert struct.unpack_from("<qqqq", h.buf, buf + 72) == (1, 2, 3, 4)  # st_atim, st_mtim
    fd = h(Sys.open, h.s("/tmp"), os.O_RDONLY | os.O_DIRECTORY, 0)
    assert h(Sys.fchown, fd, 0, 0) == 0 and _mode(h, "/tmp") & 0o7777 == 0o3755
    assert h(Sys.chown, h.s("/etc"), 0, 0) == -errno.EROFS and h(Sys.chmod, h.s("/etc"), 0o755) == -errno.EROFS


def test_stat_fstat_newfstatat_and_statx_report_a_private_files_own_ctime(h: Harness) -> None:
    """After utimensat to a past time and a chmod, all four report the past atime and mtime and a ctime of now (no
    program sets it); statx's btime, not asked for and so not in its mask, is 0 as Linux leaves it. Before: ctime was
    the past mtime, and statx reported it as the btime."""
    fd = h(Sys.open, h.s("/f"), os.O_CREAT | os.O_RDWR, 0o644)
    assert h(Sys.utimensat, AT_FDCWD, h.s("/f"), h.put(struct.pack("<4q", 1, 2, 3, 4)), 0) == 0
    assert h(Sys.chmod, h.s("/f"), 0o600) == 0
    buf, sx = h.alloc(144), h.alloc(256)
    calls = [
        lambda: h(Sys.stat, h.s("/f"), buf),
        lambda: h(Sys.fstat, fd, buf),
        lambda: h(Sys.newfstatat, AT_FDCWD, h.s("/f"), buf, 0),
    ]
    ctimes = set()
    for call in calls:
        assert call() == 0
        atime, mtime, ctime = struct.unpack_from("<qqqqqq", h.buf, buf + 72)[::2]  # st_atim, st_mtim, st_ctim
        ctimes.add(ctime)
        assert (atime, mtime) == (1, 3) and ctime > 3
    assert h(Sys.statx, AT_FDCWD, h.s("/f"), 0, 0x7FF, sx) == 0
    mask = struct.unpack_from("<I", h.buf, sx)[0]
    atime, btime, ctime, mtime = (struct.unpack_from("<qI", h.buf, sx + 64 + 16 * i) for i in range(4))
    assert (atime, mtime, btime) == ((1, 2), (3, 4), (0, 0)) and not mask & 0x800
    assert ctimes == {ctime[0]}


def _statx(h: Harness, dirfd: int, path: str, flags: int = 0) -> tuple[int, int, tuple[int, int], tuple[int, int]]:
    """statx asking for the basic stats and STATX_BTIME: its mask, stx_nlink, stx_btime and stx_mtime."""
    sx = h.alloc(256)
    assert h(Sys.statx, dirfd, h.s(path), flags, 0x7FF | 0x800, sx) == 0
    mask, nlink = struct.unpack_from("<I12xI", h.buf, sx)
    btime, mtime = (struct.unpack_from("<qI", h.buf, sx + off) for off in (80, 112))
    return mask, nlink, btime, mtime


def test_statx_offers_a_private_files_birth_time_and_no_layer_or_granted_files(h: Harness) -> None:
    """STATX_BTIME asked for: a private file's or directory's creation time, in the mask (as ext4 and tmpfs); a layer
    file's or a granted host file's is not known (the host's stat has none): not in the mask, 0. Before: never."""
    fd = h(Sys.open, h.s("/f"), os.O_CREAT | os.O_RDWR, 0o644)
    assert h(Sys.mkdir, h.s("/d"), 0o755) == 0
    for path in "/f", "/d":
        mask, _, btime, mtime = _statx(h, AT_FDCWD, path)
        assert mask & 0x800 and btime == mtime and btime[0] > 0, path
    born = _statx(h, AT_FDCWD, "/f")[2]
    assert h(Sys.write, fd, h.put(b"x"), 1) == 1 and h(Sys.rename, h.s("/f"), h.s("/g")) == 0
    assert h(Sys.utimensat, AT_FDCWD, h.s("/g"), h.put(struct.pack("<4q", 1, 2, 3, 4)), 0) == 0
    assert _statx(h, fd, "", 0x1000)[2] == born and _statx(h, AT_FDCWD, "/g")[3] == (3, 4)
    h(Sys.close, h(Sys.open, h.s("/data/h"), os.O_CREAT | os.O_WRONLY, 0o644))
    for path in "/etc/motd", "/etc", "/data/h", "/data":
        mask, _, btime, _ = _statx(h, AT_FDCWD, path)
        assert not mask & 0x800 and btime == (0, 0), path


def test_fstat_and_statx_of_an_unlinked_private_file_or_removed_directory_say_no_links(h: Harness) -> None:
    """Through the fd of a file unlinked or a directory removed while open: st_nlink 0, as Linux. Before: 1 and 2."""
    fd = h(Sys.open, h.s("/f"), os.O_CREAT | os.O_RDWR, 0o644)
    assert h(Sys.mkdir, h.s("/d"), 0o755) == 0
    dfd = h(Sys.open, h.s("/d"), os.O_RDONLY | os.O_DIRECTORY, 0)
    assert h(Sys.unlink, h.s("/f")) == 0 and h(Sys.rmdir, h.s("/d")) == 0
    buf = h.alloc(144)
    for f in fd, dfd:
        assert h(Sys.fstat, f, buf) == 0 and struct.unpack_from("<Q", h.buf, buf + 16)[0] == 0
        assert _statx(h, f, "", 0x1000)[:2] == (0x7FF | 0x800, 0)

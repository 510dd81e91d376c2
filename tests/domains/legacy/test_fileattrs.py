"""``utimensat`` of a symlink and ``chown``'s rules, natively and in a virtine.

A granted directory's symlinks take times of their own (``AT_SYMLINK_NOFOLLOW``), on the host's link, never its
target's (one pointing out of the grant is never followed). ``chown`` drops a regular file's set-user-ID bit, and its
set-group-ID bit when group-executable, even to ``-1, -1`` (Linux's ``chown_common`` always asks ``notify_change`` to);
a directory keeps them. The private ``/tmp`` itself takes owners, modes and times as any private directory; its native
run has a ``tmpfs`` at ``/tmp`` in a mount namespace of its own (the host's ``/tmp`` is never changed).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import multipie
from tests.domains.legacy.conftest import PYTHON3, needs_vm, python3_natively
from tests.domains.legacy.test_emptypath import needs_unshare

#: ``utimensat(dirfd, name, times, AT_SYMLINK_NOFOLLOW)`` of links in directory ``argv[1]`` (in it, out of it,
#: dangling; by path and by a dirfd), then ``UTIME_OMIT`` of one time; a link followed (flags 0) changes its target.
LINK_TIMES = """
import ctypes, errno, os, struct, sys
libc = ctypes.CDLL(None, use_errno=True)
def sc(*args):
    return "ok" if libc.syscall(*args) == 0 else errno.errorcode[ctypes.get_errno()]
def times(path):
    st = os.lstat(path)
    return st.st_atime_ns, st.st_mtime_ns
d = sys.argv[1]
ts, omit = struct.pack("<4q", 10**9, 5, 15 * 10**8, 7), struct.pack("<4q", 0, (1 << 30) - 2, 42, 0)
os.utime(d + "/plain", ns=(1, 2))
dfd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
for name in ("in", "out", "dangling"):
    path = (d + "/" + name).encode()
    print(name, sc(280, -100, path, ts, 0x100), times(path), sc(280, -100, path, omit, 0x100), times(path),
          sc(280, dfd, name.encode(), omit[16:] + omit[:16], 0x100), times(path), times(d + "/plain"))
print("follow", sc(280, dfd, b"in", ts, 0), times(d + "/plain"))
print("now", sc(280, dfd, b"out", 0, 0x100), times(d + "/out")[1] > 1700 * 10**15)
print("bad flag", sc(280, dfd, b"in", ts, 0x2), sc(280, dfd, b"in", struct.pack("<4q", 0, 10**9, 0, 0), 0x100))
"""


def _granted_links(root: Path) -> tuple[Path, Path]:
    """A granted directory with a link to a file in it, one to a file out of it and a dangling one; the outside file."""
    data, outside = root / "data", root / "outside"
    data.mkdir(parents=True)
    (data / "plain").write_text("in\n")
    outside.write_text("out\n")
    (data / "in").symlink_to("plain")
    (data / "out").symlink_to(outside)
    (data / "dangling").symlink_to("missing")
    os.utime(outside, ns=(3, 4))
    return data, outside


@needs_vm
def test_utimensat_of_a_granted_symlink_changes_the_link_as_natively(rt: multipie.Runtime, tmp_path: Path) -> None:
    data, outside = _granted_links(tmp_path / "native")
    native = python3_natively(LINK_TIMES, str(data))
    assert b"out ok (1000000000000000005, 1500000000000000007)" in native.stdout  # (Linux's answer, as read here)
    with rt.load(PYTHON3).spawn(timeout=60) as d:
        for n in "12":
            data, outside = _granted_links(tmp_path / n)
            out, err = bytearray(), bytearray()
            assert d.run(["-c", LINK_TIMES, str(data)], dirs={str(data): str(data)}, stdout=out, stderr=err) == 0, err
            assert (bytes(out), bytes(err)) == (native.stdout, native.stderr)
            st = os.lstat(data / "dangling")  # the host's own link changed
            assert (st.st_atime_ns, st.st_mtime_ns) == (42 * 10**9, 42 * 10**9)
            st = os.stat(outside)  # a link out of the grant was never followed
            assert (st.st_atime_ns, st.st_mtime_ns) == (3, 4)


#: ``chown`` (by path, fd, ``lchown``, ``fchownat(AT_EMPTY_PATH)``; to ``-1, -1``, the owner it has, another) of a
#: private file of each set-ID mode, and of a directory; then the private ``/tmp`` itself: chown, chmod, utime.
OWNERS = """
import errno, os
def tryit(name, f):
    try:
        f()
        st = os.lstat("/tmp")
        print(name, "ok", oct(st.st_mode), st.st_uid, st.st_gid, st.st_atime_ns if st.st_atime_ns < 10**18 else "now",
              st.st_mtime_ns if st.st_mtime_ns < 10**18 else "now")
    except OSError as e:
        print(name, errno.errorcode[e.errno])
T = "/tmp/owners"
os.mkdir(T)
f = T + "/f"
open(f, "w").close()
def fchown(uid, gid):
    fd = os.open(f, os.O_RDONLY)
    os.fchown(fd, uid, gid)
    os.close(fd)
ways = [lambda: os.chown(f, -1, -1), lambda: fchown(-1, -1), lambda: os.lchown(f, -1, -1),
        lambda: os.chown(f, 0, 0), lambda: fchown(1, 2), lambda: os.chown(f, 0, -1)]
for mode in (0o4755, 0o6755, 0o2755, 0o4644, 0o6644, 0o2644, 0o2710, 0o6000, 0o7777):
    out = []
    for way in ways:
        os.chmod(f, mode)
        way()
        out.append(oct(os.stat(f).st_mode & 0o7777))
    print(oct(mode), out, os.stat(f).st_uid)
os.chmod(T, 0o7755)
os.chown(T, -1, -1)
os.chown(T, 1, 2)
st = os.stat(T)
print("dir", oct(st.st_mode), st.st_uid, st.st_gid)
os.unlink(f)
os.rmdir(T)
fd = os.open("/tmp", os.O_RDONLY)
tryit("chown -1", lambda: os.chown("/tmp", -1, -1))
tryit("chown same", lambda: os.chown("/tmp", 0, 0))
tryit("chown other", lambda: os.chown("/tmp", 1000, 1001))
tryit("lchown", lambda: os.lchown("/tmp", 3, -1))
tryit("fchown", lambda: os.fchown(fd, -1, 4))
tryit("chown by dirfd", lambda: os.chown(".", 5, 6, dir_fd=fd))
tryit("chmod", lambda: os.chmod("/tmp", 0o3755))
tryit("utime", lambda: os.utime("/tmp", ns=(10**9, 2 * 10**9)))
tryit("back", lambda: (os.chown("/tmp", 0, 0), os.chmod("/tmp", 0o1777), os.utime("/tmp")))
"""


def private_tmp_natively(script: str) -> subprocess.CompletedProcess[bytes]:
    """``python3 -c script`` natively with a fresh ``tmpfs`` at ``/tmp`` (a new mount namespace)."""
    mount = 'mount -t tmpfs -o mode=1777 tmpfs /tmp && exec "$0" -c "$1"'
    return subprocess.run(["/usr/bin/unshare", "-m", "/usr/bin/sh", "-c", mount, PYTHON3, script],
                          capture_output=True, env={"PATH": "/usr/bin:/bin"}, check=True)  # fmt: skip


@needs_vm
@needs_unshare
def test_chown_rules_and_the_private_tmp_as_natively(rt: multipie.Runtime) -> None:
    native = private_tmp_natively(OWNERS)
    assert b"0o4755 ['0o755', '0o755'" in native.stdout and b"chown other ok" in native.stdout  # (Linux's answer)
    with rt.load(PYTHON3).spawn(timeout=60) as d:
        for _ in "12":  # (the second run: /tmp as the first left it, its times now)
            out, err = bytearray(), bytearray()
            assert d.run(["-c", OWNERS], stdout=out, stderr=err) == 0, err
            assert (bytes(out), bytes(err)) == (native.stdout, native.stderr)


#: ``st_nlink`` through the fd of a private file unlinked, a directory removed and a file and a directory renamed over
#: while open, and of their parent; ``rename`` of a file and a non-empty directory onto itself.
REMOVED_OPEN = """
import os
d = "/tmp/removed-open"
os.mkdir(d)
fd = os.open(d + "/f", os.O_CREAT | os.O_RDWR)
before = os.fstat(fd).st_nlink
os.unlink(d + "/f")
os.write(fd, b"ab")
st = os.fstat(fd)
print("unlinked file", before, st.st_nlink, st.st_size)
os.mkdir(d + "/s")
sfd = os.open(d + "/s", os.O_RDONLY)
print("open dir", os.fstat(sfd).st_nlink, os.stat(d).st_nlink)
os.rmdir(d + "/s")
print("removed dir", os.fstat(sfd).st_nlink, os.stat(d).st_nlink)
fd = os.open(d + "/g", os.O_CREAT | os.O_RDWR)
os.close(os.open(d + "/h", os.O_CREAT | os.O_RDWR))
os.rename(d + "/h", d + "/g")
print("renamed over", os.fstat(fd).st_nlink, os.stat(d + "/g").st_nlink)
os.mkdir(d + "/s")
os.mkdir(d + "/t")
sfd = os.open(d + "/s", os.O_RDONLY)
os.rename(d + "/t", d + "/s")
print("dir renamed over", os.fstat(sfd).st_nlink, os.stat(d).st_nlink)
os.rename(d + "/g", d + "/g")
os.close(os.open(d + "/s/x", os.O_CREAT | os.O_RDWR))
os.rename(d + "/s", d + "/s")
print("onto itself", os.stat(d + "/g").st_nlink, sorted(os.listdir(d)), os.listdir(d + "/s"))
"""


@needs_vm
@needs_unshare
def test_links_of_private_files_and_directories_removed_while_open_as_natively(rt: multipie.Runtime) -> None:
    """0 through the fd once the last name is gone (before: 1 for a file, 2 for a directory); rename onto itself is
    nothing (before: the directory's was ENOTEMPTY)."""
    native = private_tmp_natively(REMOVED_OPEN)
    assert b"unlinked file 1 0 2" in native.stdout and b"removed dir 0 2" in native.stdout  # (Linux's answer)
    with rt.load(PYTHON3).spawn(timeout=60) as d:
        out, err = bytearray(), bytearray()
        assert d.run(["-c", REMOVED_OPEN], stdout=out, stderr=err) == 0, err
        assert (bytes(out), bytes(err)) == (native.stdout, native.stderr)

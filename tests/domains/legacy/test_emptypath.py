"""``faccessat2`` and ``fchownat`` of an fd itself (``AT_EMPTY_PATH`` and ``""``), natively and in a virtine.

The fds: a layer file, a layer directory, ``O_PATH`` ones of both, an ``O_PATH|O_NOFOLLOW`` symlink of a layer, and a
private file, an ``O_PATH`` one of it and of a private symlink. ``faccessat2`` answers as on a writable file system (a
layer file opened for writing is copied up); ``fchownat`` of a layer file answers as a read-only file system does
(``EROFS``), so that script's native run has ``/usr`` bind-mounted read-only in a mount namespace of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

import multipie
from tests.domains.legacy.conftest import PYTHON3, needs_vm
from tests.domains.legacy.test_filestore import as_natively

#: Each kind of fd, opened by ``fds()``; ``sc`` prints a raw system call's "ok" or errno name.
FDS = """
import ctypes, errno, os, sys
libc = ctypes.CDLL(None, use_errno=True)
def sc(*args):
    return "ok" if libc.syscall(*args) == 0 else errno.errorcode[ctypes.get_errno()]
TMP = f"/tmp/empty-path-{os.getpid()}"
def fds():
    open(TMP, "w").close()
    os.symlink(TMP, TMP + "l")
    for name, path, flags in [("file", "/usr/lib/python3.11/abc.py", os.O_RDONLY),
                              ("dir", "/usr/lib/python3.11/json", os.O_RDONLY),
                              ("path file", "/usr/lib/python3.11/abc.py", os.O_PATH),
                              ("path dir", "/usr/lib/python3.11", os.O_PATH),
                              ("path link", "/usr/bin/python3", os.O_PATH | os.O_NOFOLLOW),
                              ("private", TMP, os.O_RDONLY), ("path private", TMP, os.O_PATH),
                              ("path private link", TMP + "l", os.O_PATH | os.O_NOFOLLOW)]:
        fd = os.open(path, flags)
        yield name, fd
        os.close(fd)
    os.unlink(TMP)
    os.unlink(TMP + "l")
"""

#: ``faccessat2(fd, "", mode, flags)`` for every mode, with ``AT_SYMLINK_NOFOLLOW``/``AT_EACCESS``, and without
#: ``AT_EMPTY_PATH`` (``ENOENT``).
ACCESS = FDS + """
for _ in range(int(sys.argv[1])):
    for name, fd in fds():
        print(name, [sc(439, fd, b"", mode, 0x1000) for mode in (0, 1, 2, 4, 7)],
              sc(439, fd, b"", 7, 0x1000 | 0x100), sc(439, fd, b"", 0, 0x1000 | 0x200), sc(439, fd, b"", 0, 0),
              sc(439, fd, b"", 8, 0x1000), sc(439, fd, b"", 0, 0x1000 | 0x4))
"""

#: ``fchownat(fd, "", uid, gid, flags)`` to no change, to the owner it has, to another one (then its stat, then
#: back), with ``AT_SYMLINK_NOFOLLOW``, without ``AT_EMPTY_PATH``; ``fchown(fd)`` and ``fchmod(fd)`` to its mode (a
#: layer file's was the host file's ``fchmod`` before).
CHOWNS = FDS + """
for _ in range(int(sys.argv[1])):
    for name, fd in fds():
        out = [sc(260, fd, b"", -1, -1, 0x1000), sc(260, fd, b"", 0, 0, 0x1000), sc(260, fd, b"", 1, 2, 0x1000)]
        st = os.stat(fd)
        out += [(st.st_uid, st.st_gid), sc(260, fd, b"", 0, 0, 0x1100), sc(260, fd, b"", 0, 0, 0),
                sc(260, fd, b"", 0, 0, 0x8), sc(93, fd, 0, 0), sc(91, fd, st.st_mode & 0o7777)]
        print(name, out, os.stat(fd).st_uid)
"""


def read_only_usr_natively(script: str, n: str) -> subprocess.CompletedProcess[bytes]:
    """``python3 -c script n`` natively with ``/usr`` read-only (a bind mount in a new mount namespace)."""
    mount = "mount -o bind /usr /usr && mount -o remount,bind,ro /usr /usr && exec \"$0\" -c \"$1\" \"$2\""
    return subprocess.run(["/usr/bin/unshare", "-m", "/usr/bin/sh", "-c", mount, PYTHON3, script, n],
                          capture_output=True, env={"PATH": "/usr/bin:/bin"}, check=True)  # fmt: skip


needs_unshare = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None, reason="a read-only bind mount needs root and unshare"
)


@needs_vm
def test_faccessat2_of_an_fd_itself_as_natively(rt: multipie.Runtime) -> None:
    as_natively(rt, ACCESS)


@needs_vm
@needs_unshare
def test_fchownat_of_an_fd_itself_as_on_a_read_only_usr(rt: multipie.Runtime) -> None:
    native = {n: read_only_usr_natively(CHOWNS, n) for n in "12"}
    assert b"file ['EROFS'" in native["1"].stdout and b"private ['ok'" in native["1"].stdout  # (the mount held)
    with rt.load(PYTHON3).spawn(timeout=60) as d:
        for n in "1212":
            out, err = bytearray(), bytearray()
            assert d.run(["-c", CHOWNS, n], stdout=out, stderr=err) == 0, err
            assert (bytes(out), bytes(err)) == (native[n].stdout, native[n].stderr)


#: fchmod, fchown and futimens of a read-only layer file opened for reading (each reached the host's own file before).
LAYER_FD_CHANGES = """
import errno, os
fd = os.open("/usr/lib/os-release", os.O_RDONLY)
for name, f in [("fchmod", lambda: os.fchmod(fd, 0o600)), ("fchown", lambda: os.fchown(fd, 0, 1)),
                ("futimens", lambda: os.utime(fd, ns=(10**18, 10**18)))]:
    try:
        f()
        print(name, "ok")
    except OSError as e:
        print(name, errno.errorcode[e.errno])
"""


@needs_vm
def test_changes_through_an_fd_of_a_layer_file_never_reach_the_host_file(rt: multipie.Runtime) -> None:
    host = os.path.realpath("/usr/lib/os-release")
    before = os.stat(host)
    out, err = bytearray(), bytearray()
    try:
        with rt.load(PYTHON3).spawn(timeout=60) as d:
            assert d.run(["-c", LAYER_FD_CHANGES], stdout=out, stderr=err) == 0, err
    finally:  # (a failing run must not leave the host's file changed)
        after = os.stat(host)
        os.chmod(host, before.st_mode & 0o7777)
        os.chown(host, before.st_uid, before.st_gid)
        os.utime(host, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert bytes(out).decode().split("\n")[:3] == ["fchmod EROFS", "fchown EROFS", "futimens EROFS"]
    assert (after.st_mode, after.st_uid, after.st_gid, after.st_mtime_ns) == (
        before.st_mode, before.st_uid, before.st_gid, before.st_mtime_ns
    )

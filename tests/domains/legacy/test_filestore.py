"""multipie.domains.legacy.filestore: opens of kept system files answered in the guest, as the host would."""

from __future__ import annotations

from pathlib import Path

import multipie
from multipie.domains.legacy import filestore, sysarea
from multipie.domains.legacy.table import Sys
from multipie.kvm.memory import GuestMemory
from tests.domains.legacy.conftest import TRYIT, needs_vm, python3_natively
from tests.domains.legacy.test_guestfds import entry_defines

#: Small system files (kept), one larger than what is kept (typing.py), opened and read every way a program may: in
#: parts, with tell, lseek, fstat, isatty, F_GETFD/F_GETFL, pread, dup, two at once, close and reopen (the lowest fd),
#: the flags the guest leaves to the host (O_DIRECTORY, O_PATH, O_NONBLOCK, O_WRONLY|O_CREAT of a private file),
#: missing files, a fork child reading an fd opened just before, then an exec with one fd kept open across it.
OPENS = TRYIT + """
import errno, fcntl, os, sys, zlib
FILES = ("/usr/lib/os-release", "/usr/lib/python3.11/abc.py", "/usr/lib/python3.11/os.py",
         "/usr/lib/python3.11/typing.py")
def tell(fd):
    return os.lseek(fd, 0, os.SEEK_CUR)
def crc(b):
    return zlib.crc32(b)
for _ in range(int(sys.argv[1])):
    for p in FILES:
        st = os.stat(p)
        fd = os.open(p, os.O_RDONLY)
        f = os.fstat(fd)
        print(p, fd, f.st_size == st.st_size, f.st_ino == st.st_ino, f.st_mode, os.get_inheritable(fd), tell(fd),
              os.isatty(fd), fcntl.fcntl(fd, fcntl.F_GETFD))
        parts = [os.read(fd, 1000), os.read(fd, 3000)]
        print([len(x) for x in parts], tell(fd), crc(b"".join(parts)))
        rest = os.read(fd, st.st_size + 1)
        print(len(rest), tell(fd), os.read(fd, 10), tell(fd))
        print(os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, -3, os.SEEK_END))
        tryit("lseek -1", lambda: os.lseek(fd, -1, os.SEEK_SET))
        print(os.read(fd, 10), os.lseek(fd, 7, os.SEEK_SET), os.read(fd, 5), os.pread(fd, 4, 2))
        os.close(fd)
        tryit("closed fstat", lambda: os.fstat(fd).st_size)
        tryit("closed read", lambda: os.read(fd, 1))
        tryit("closed lseek", lambda: tell(fd))
        tryit("closed close", lambda: os.close(fd))
        a = os.open(p, os.O_RDONLY)
        b = os.open(p, os.O_RDONLY | os.O_CLOEXEC)
        print("two", a, b, crc(os.read(a, 100)), crc(os.read(b, 200)), tell(a), tell(b),
              fcntl.fcntl(a, fcntl.F_GETFL), fcntl.fcntl(b, fcntl.F_GETFL))
        c = os.dup(a)
        print("dup", c, tell(c), crc(os.read(c, 50)), tell(a))
        for x in (c, b, a):
            os.close(x)
        d = os.open(p, os.O_RDONLY | os.O_NOFOLLOW)
        tryit("getdents", lambda: os.listdir(d))
        print("nofollow", d, crc(os.read(d, 1 << 20)), tell(d), os.fstat(d).st_size)
        os.close(d)
    tryit("O_DIRECTORY", lambda: os.open(FILES[0], os.O_RDONLY | os.O_DIRECTORY))
    fd = os.open(FILES[1], os.O_PATH)
    print("O_PATH", fd, os.fstat(fd).st_size == os.stat(FILES[1]).st_size)
    os.close(fd)
    fd = os.open(FILES[1], os.O_RDONLY | os.O_NONBLOCK)
    print("O_NONBLOCK", fd, crc(os.read(fd, 1 << 20)), fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_NONBLOCK != 0)
    os.close(fd)
    tryit("missing", lambda: os.open("/usr/lib/python3.11/no-such-module.py", os.O_RDONLY))
    fd = os.open("/tmp/kept-test", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print("O_WRONLY", fd, os.write(fd, b"private"))
    os.close(fd)
    fd = os.open("/tmp/kept-test", os.O_RDONLY)
    print("private", fd, os.read(fd, 100))
    os.close(fd)
    os.unlink("/tmp/kept-test")
fd = os.open(FILES[0], os.O_RDONLY)  # opened in the guest: the fork (a host call) takes it in first
sys.stdout.flush()
if (pid := os.fork()) == 0:
    os._exit(os.write(1, b"child %d %d\\n" % (len(os.read(fd, 100)), tell(fd))) and 0)
print("parent", os.waitpid(pid, 0)[1], tell(fd), crc(os.read(fd, 5)))
os.close(fd)
keep = os.open(FILES[1], os.O_RDONLY)
os.set_inheritable(keep, True)
gone = os.open(FILES[0], os.O_RDONLY)
sys.stdout.flush()
after = ("import os, sys\\nprint('exec', len(os.read(int(sys.argv[1]), 1 << 20)))\\n"
         "try:\\n    os.fstat(int(sys.argv[2]))\\nexcept OSError as e:\\n    print('closed', e.errno)\\n")
os.execv("/usr/bin/python3", ["python3", "-c", after, str(keep), str(gone)])
"""


#: System directories (kept with their listings) listed by path, by fd and with scandir, an fd's fstat, lseek, a
#: read, a rewind, a dup, open flags the guest leaves to the host (O_PATH, O_WRONLY), a fork child listing an fd.
LISTS = TRYIT + """
import errno, os, sys
DIRS = ("/usr/lib/python3.11/json", "/usr/lib/python3.11/email/mime", "/usr/share/zoneinfo/Etc")
for _ in range(int(sys.argv[1])):
    for p in DIRS:
        print(p, sorted(os.listdir(p)), sorted(e.name for e in os.scandir(p)))
        fd = os.open(p, os.O_RDONLY | os.O_DIRECTORY)
        st = os.fstat(fd)
        print(fd, st.st_mode, st.st_ino == os.stat(p).st_ino, sorted(os.listdir(fd)), os.lseek(fd, 0, os.SEEK_CUR))
        tryit("read", lambda: os.read(fd, 10))
        print(os.lseek(fd, 0, os.SEEK_SET), sorted(os.listdir(fd)) == sorted(os.listdir(p)))
        os.close(fd)
        fd = os.open(p, os.O_RDONLY)
        d = os.dup(fd)
        print("dup", fd, d, sorted(os.listdir(d)) == sorted(os.listdir(p)))
        os.close(d)
        os.close(fd)
        fd = os.open(p, os.O_PATH)
        print("O_PATH", fd, os.fstat(fd).st_ino == os.stat(p).st_ino)  # (its listing: the host lists, Linux EBADF)
        os.close(fd)
fd = os.open(DIRS[0], os.O_RDONLY | os.O_DIRECTORY)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.write(1, b"child %d\\n" % len(os.listdir(fd)))
    os._exit(0)
os.waitpid(pid, 0)
print("parent", len(os.listdir(fd)))
os.close(fd)
tryit("O_WRONLY", lambda: os.open(DIRS[0], os.O_WRONLY))
"""


#: ``O_PATH`` fds of kept files and directories (the guest's paths: the read cache, listings, the store, the fd
#: page): every call Linux refuses one (``EBADF``; ``poll``: ``POLLNVAL``, ``select``: ready), the ones it answers
#: (``fstat``, ``fchdir``, a dirfd, ``dup``, ``F_GETFD``/``F_GETFL``), the flags an ``O_PATH`` open ignores; then
#: ``F_GETFL`` of every kind of fd (files and directories opened in the guest or by the host, a private file, a
#: device, pipes, a socket pair, stdout/stderr).
PATH_FDS = TRYIT + """
import errno, fcntl, mmap, os, select, socket, sys
FILE, DIR = "/usr/lib/python3.11/abc.py", "/usr/lib/python3.11/json"
def getfl(fd):
    return oct(fcntl.fcntl(fd, fcntl.F_GETFL))
def uses(fd):
    tryit("read", lambda: os.read(fd, 10))
    tryit("pread", lambda: os.pread(fd, 10, 0))
    tryit("readv", lambda: os.readv(fd, [bytearray(10)]))
    tryit("write", lambda: os.write(fd, b"x"))
    tryit("lseek", lambda: os.lseek(fd, 0, os.SEEK_CUR))
    tryit("lseek end", lambda: os.lseek(fd, 0, os.SEEK_END))
    tryit("ioctl", lambda: fcntl.ioctl(fd, 0x5401, bytes(60)))
    tryit("listdir", lambda: sorted(os.listdir(fd)))
    tryit("fsync", lambda: os.fsync(fd))
    tryit("ftruncate", lambda: os.ftruncate(fd, 0))
    tryit("mmap", lambda: mmap.mmap(fd, 10, prot=mmap.PROT_READ))
    tryit("setfl", lambda: fcntl.fcntl(fd, fcntl.F_SETFL, os.O_NONBLOCK))
    tryit("getlk", lambda: fcntl.fcntl(fd, fcntl.F_GETLK, bytes(32)))
    tryit("fstat", lambda: (os.fstat(fd).st_ino == os.stat(p).st_ino, os.fstat(fd).st_mode))
    tryit("statvfs", lambda: os.fstatvfs(fd) is not None)
    po = select.poll()
    po.register(fd)
    print("poll", po.poll(0), select.select([fd], [fd], [fd], 0))
    tryit("epoll", lambda: select.epoll().register(fd))
    tryit("fchmod", lambda: os.chmod(fd, 0o644))
    tryit("futimens", lambda: os.utime(fd))
    print("getfl", getfl(fd), fcntl.fcntl(fd, fcntl.F_GETFD))
    d = os.dup(fd)
    print("dup", getfl(d), os.fstat(d).st_ino == os.fstat(fd).st_ino)
    os.close(d)
for _ in range(int(sys.argv[1])):
    for p in (FILE, DIR):
        for _ in range(2):  # the host's open keeps it, the second is the guest's (its F_GETFL: the host's take-in)
            fd = os.open(p, os.O_RDONLY)
            print(p, "O_RDONLY", getfl(fd), os.fstat(fd).st_ino == os.stat(p).st_ino)
            os.close(fd)
        for extra in (0, os.O_CLOEXEC | os.O_NOFOLLOW, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, os.O_DIRECTORY):
            try:
                fd = os.open(p, os.O_PATH | extra)
            except OSError as e:
                print(p, extra, errno.errorcode[e.errno])
                continue
            print(p, extra, fd)
            uses(fd)
            os.close(fd)
        fd = os.open(p, os.O_RDONLY)  # after all: the file is as it was (O_TRUNC ignored), read in full
        print("after", os.fstat(fd).st_size == os.stat(p).st_size, len(os.read(fd, 1 << 20)) if p == FILE else "")
        os.close(fd)
    fd = os.open(DIR, os.O_PATH)
    print("at", os.stat("__init__.py", dir_fd=fd).st_size == os.stat(DIR + "/__init__.py").st_size,
          os.access("decoder.py", os.R_OK, dir_fd=fd))
    f = os.open("decoder.py", os.O_RDONLY, dir_fd=fd)
    print("openat", len(os.read(f, 1 << 20)) == os.stat(DIR + "/decoder.py").st_size, getfl(f))
    os.close(f)
    here = os.getcwd()
    os.fchdir(fd)
    print("fchdir", os.getcwd(), sorted(os.listdir("."))[:3])
    os.chdir(here)
    os.close(fd)
    tryit("O_PATH|O_CREAT missing", lambda: os.open("/tmp/no-such-file", os.O_PATH | os.O_CREAT, 0o644))
    fd = os.open("/tmp/getfl-test", os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC, 0o644)
    print("private", getfl(fd))
    os.close(fd)
    os.unlink("/tmp/getfl-test")
    fd = os.open("/dev/null", os.O_RDWR)
    print("dev/null", getfl(fd))
    os.close(fd)
    fd = os.open(FILE, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    print("nonblock", getfl(fd))
    os.close(fd)
    r, w = os.pipe()
    r2, w2 = os.pipe2(os.O_NONBLOCK)
    a, b = socket.socketpair()
    print("pipes", getfl(r), getfl(w), getfl(r2), getfl(w2), "socketpair", getfl(a.fileno()))
    for x in (r, w, r2, w2):
        os.close(x)
    a.close()
    b.close()
    print("stdio", getfl(1), getfl(2))
"""


#: ``O_PATH|O_NOFOLLOW`` fds of symlinks (a host file's, a host directory's, a dangling one in the private area), with
#: and without the flags ``O_PATH`` ignores: what each call gives for one, ``readlinkat(fd, "")`` of other fds.
LINK_FDS = TRYIT + """
import fcntl, os, select, stat, sys
MINE = f"/tmp/link-fd-test-{os.getpid()}"
os.symlink("no-such-target", MINE)  # the private area's (a dangling link)
LINKS = ("/usr/bin/python3", "/lib64", MINE)
for _ in range(int(sys.argv[1])):
    for p in LINKS:
        name = p.split("-")[0]
        for flags in (os.O_NOFOLLOW, os.O_NOFOLLOW | os.O_NONBLOCK, os.O_PATH | os.O_NOFOLLOW | os.O_DIRECTORY):
            tryit(f"{name} {flags:#o}", lambda: os.open(p, flags))
        tryit(f"{name} O_PATH follows", lambda: stat.S_IFMT(os.fstat(os.open(p, os.O_PATH)).st_mode))
        for extra in (0, os.O_CLOEXEC, os.O_WRONLY | os.O_CREAT | os.O_TRUNC):
            fd = os.open(p, os.O_PATH | os.O_NOFOLLOW | extra)
            st = os.fstat(fd)
            print(name, extra, stat.S_ISLNK(st.st_mode), st.st_size, st.st_ino == os.lstat(p).st_ino,
                  oct(fcntl.fcntl(fd, fcntl.F_GETFL)), fcntl.fcntl(fd, fcntl.F_GETFD))
            tryit("readlinkat", lambda: os.readlink("", dir_fd=fd))
            tryit("stat empty", lambda: os.stat("", dir_fd=fd, follow_symlinks=False))
            tryit("fchdir", lambda: os.fchdir(fd))
            tryit("stat at", lambda: os.stat("x", dir_fd=fd))
            tryit("open at", lambda: os.open("x", os.O_RDONLY, dir_fd=fd))
            tryit("mkdir at", lambda: os.mkdir("x", dir_fd=fd))
            tryit("readlink at", lambda: os.readlink("x", dir_fd=fd))
            tryit("read", lambda: os.read(fd, 1))
            tryit("write", lambda: os.write(fd, b"x"))
            tryit("lseek", lambda: os.lseek(fd, 0, os.SEEK_SET))
            tryit("listdir", lambda: os.listdir(fd))
            tryit("fchmod", lambda: os.chmod(fd, 0o644))
            tryit("futimens", lambda: os.utime(fd))
            tryit("ioctl", lambda: fcntl.ioctl(fd, 0x5401, bytes(60)))
            tryit("statvfs", lambda: os.fstatvfs(fd) is not None)
            tryit("epoll", lambda: select.epoll().register(fd))
            po = select.poll()
            po.register(fd)
            print("poll", [ev for _fd, ev in po.poll(0)], [len(x) for x in select.select([fd], [fd], [fd], 0)])
            d = os.dup(fd)
            print("dup", stat.S_ISLNK(os.fstat(d).st_mode), os.readlink("", dir_fd=d))
            os.close(d)
            os.close(fd)
    for p, flags in (("/usr/lib/os-release", os.O_RDONLY), ("/usr/lib/python3.11", os.O_PATH),
                     ("/usr/lib/os-release", os.O_PATH)):
        fd = os.open(p, flags)
        tryit(f"readlinkat of {p} {flags:#o}", lambda: os.readlink("", dir_fd=fd))
        os.close(fd)
    tryit("readlinkat cwd", lambda: os.readlink(""))
os.unlink(MINE)
"""


#: Kept files and a directory opened in the guest while another is still open there (several pending opens: python3
#: opens modules while a ``.pth`` file is open), each scenario once per round: taken in at an exit at their fds and
#: offsets, closed in the guest in either order, a directory pending beside files.
PENDING = TRYIT + """
import fcntl, os, sys
F1, F2, F3, DIR = ("/usr/lib/os-release", "/usr/lib/python3.11/abc.py", "/usr/lib/python3.11/os.py",
                   "/usr/lib/python3.11/json")
def tell(fd):
    return os.lseek(fd, 0, os.SEEK_CUR)
def whole(fd):
    return len(os.read(fd, 1 << 20)), os.read(fd, 10)
for _ in range(int(sys.argv[1])):
    a = os.open(F1, os.O_RDONLY)
    w = whole(a)
    b = os.open(F2, os.O_RDONLY | os.O_CLOEXEC)  # a's bytes all read: b's open is the guest's too
    print("two", a, b, w, len(os.read(b, 100)), tell(a), tell(b), os.fstat(a).st_size, os.fstat(b).st_size)
    print("exit", os.uname().sysname)  # a host call: both are taken in
    print(tell(a), tell(b), os.read(a, 5), len(os.read(b, 1 << 20)), tell(b), fcntl.fcntl(a, fcntl.F_GETFL),
          fcntl.fcntl(b, fcntl.F_GETFD), fcntl.fcntl(a, fcntl.F_GETFD))
    os.close(a)
    os.close(b)
    a = os.open(F1, os.O_RDONLY)
    wa = whole(a)
    b = os.open(F2, os.O_RDONLY)
    wb = whole(b)
    c = os.open(F3, os.O_RDONLY)
    print("three", a, b, c, wa, wb, len(os.read(c, 10)), tell(a), tell(b), tell(c))
    os.close(b)  # closed in the guest, the later first
    os.close(a)
    a = os.open(F1, os.O_RDONLY)  # the lowest fd again (a's)
    print("reopened", a, tell(a), len(os.read(a, 7)), tell(a), tell(c))
    tryit("closed b", lambda: os.fstat(b).st_size)
    print("at exit", tell(a), tell(c), len(os.read(c, 1 << 20)), tell(c))
    os.close(c)
    os.close(a)
    a = os.open(F1, os.O_RDONLY)
    w = whole(a)
    d = os.open(DIR, os.O_RDONLY | os.O_DIRECTORY)
    b = os.open(F2, os.O_RDONLY)
    print("dir", a, d, b, w, tell(d), os.fstat(d).st_mode, tell(b))
    print(sorted(os.listdir(d)) == sorted(os.listdir(DIR)), tell(a), tell(b), os.read(a, 3))
    for x in (d, a, b):
        os.close(x)
"""


def _run(d: object, args: list[str], **kw: object) -> tuple[bytes, bytes, int, int, str]:
    """``(stdout, stderr, host openat calls, guest openat answers, how it started)`` of one run."""
    out, err = bytearray(), bytearray()
    assert d.run(args, stdout=out, stderr=err, **kw) == 0, err  # type: ignore[attr-defined]
    stats = d.stats  # type: ignore[attr-defined]
    return bytes(out), bytes(err), stats.host_calls[int(Sys.openat)], stats.guest_calls[int(Sys.openat)], stats.start


def as_natively(rt: multipie.Runtime, script: str) -> list[tuple[bytes, bytes, int, int, str]]:
    """Runs of ``script`` with 1, 2, 1, 2 rounds in one domain, each checked against python3's own output."""
    native = {n: python3_natively(script, n) for n in "12"}
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        runs = [(n, _run(d, ["-c", script, n])) for n in "1212"]  # the first takes the warm state
    for n, run in runs:
        assert run[:2] == (native[n].stdout, native[n].stderr)
    return [run for _n, run in runs]


@needs_vm
def test_kept_files_open_read_and_close_as_natively(rt: multipie.Runtime) -> None:
    runs = as_natively(rt, OPENS)
    assert runs[3][3] > runs[2][3]  # the second round's opens of the small files: in the guest


@needs_vm
def test_kept_directories_list_as_natively(rt: multipie.Runtime) -> None:
    runs = as_natively(rt, LISTS)
    assert runs[3][3] > runs[2][3]  # the second round's opens of the directories: in the guest


@needs_vm
def test_o_path_fds_and_f_getfl_as_natively(rt: multipie.Runtime) -> None:
    runs = as_natively(rt, PATH_FDS)
    assert runs[3][3] > runs[2][3]  # the second round's O_RDONLY opens too: in the guest


@needs_vm
def test_o_path_fds_of_symlinks_as_natively(rt: multipie.Runtime) -> None:
    as_natively(rt, LINK_FDS)


@needs_vm
def test_several_pending_guest_opens_are_taken_in_at_their_fds_and_offsets(rt: multipie.Runtime) -> None:
    runs = as_natively(rt, PENDING)
    # A round's opens answered in the guest once kept: a, b; a, b, c (a's reopen is the host's: c's bytes are unread in
    # the read cache); a, the directory, b, and listdir's open of it by path. With one pending at a time: 7.
    assert runs[3][3] - runs[2][3] == 9


@needs_vm
def test_opens_of_kept_files_are_answered_in_the_guest(rt: multipie.Runtime, tmp_path: Path) -> None:
    script = "import os, sys\nfor _ in range(int(sys.argv[1])):\n    for p in sys.argv[2:]:\n" \
             "        fd = os.open(p, os.O_RDONLY); print(len(os.read(fd, 1 << 20))); os.close(fd)\n"  # fmt: skip
    argv = ["-Sc", script]  # (no site: fewer files of python3's own start in the path slots beside these)
    small = ["/usr/lib/os-release", "/usr/lib/python3.11/abc.py", "/usr/lib/python3.11/os.py"]
    files = [*small, "/usr/lib/python3.11/typing.py"]  # the last over READ_CACHE_FIRST: never kept
    grant = {str(tmp_path): "/data:ro"}  # a grant: nothing kept outlives its run, so the runs compare
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        for _ in range(2):  # the loader runs, the warm state is taken (the same argument count from here on)
            _run(d, [*argv, "0", *files])
        first, kept = [_run(d, [*argv, "1", *files]) for _ in range(2)]
        once, twice = [_run(d, [*argv, n, *files], dirs=grant) for n in "12"]
    assert twice[0] == once[0] * 2 and kept[0] == first[0] == once[0]
    assert {once[4], twice[4], first[4], kept[4]} == {"warm (resumed at the program's entry)"}
    # The second round's opens of the three small files moved into the guest; the large file's stayed.
    assert twice[2] == once[2] + 1
    assert twice[3] == once[3] + len(small)
    # Kept from the run before (no grant): no open of a small file reaches the host.
    assert kept[2] == first[2] - len(small) and kept[3] == first[3] + len(small)


@needs_vm
def test_a_kept_file_is_not_seen_by_a_domain_whose_root_does_not_hold_it(rt: multipie.Runtime, tmp_path: Path) -> None:
    for name, text in (("a", b"layer a"), ("c", b"layer c")):
        (tmp_path / name / "data").mkdir(parents=True)
        (tmp_path / name / "data" / "f").write_bytes(text)
    (tmp_path / "grant").mkdir()
    script = "import os\nfor _ in range(2):\n    try:\n        fd = os.open('/data/f', os.O_RDONLY)\n" \
             "        print(os.read(fd, 100)); os.close(fd)\n" \
             "    except OSError as e:\n        print(e.errno)\n"  # fmt: skip
    runs = []
    for layers, dirs in (("a", {}), ("a", {}), (None, {}), ("a", {str(tmp_path / "grant"): "/data:ro"}), ("c", {}),
                         ("a", {})):  # fmt: skip
        svc = rt.load("/usr/bin/python3", layers=[tmp_path / layers, "/"] if layers else ["/"], exe="/usr/bin/python3")
        with svc.spawn(timeout=60) as d:
            runs.append(_run(d, ["-c", script], dirs=dirs))
    outs = [r[0] for r in runs]
    a, c, missing = b"b'layer a'\n" * 2, b"b'layer c'\n" * 2, b"2\n2\n"
    assert outs == [a, a, missing, missing, c, a]
    assert runs[1][3] >= 1  # the second run of layer a answered an open of /data/f in the guest


def test_fork_state_empties_the_store_index() -> None:
    mem = GuestMemory(0x100000)
    store = filestore.FileStore(mem, sysarea.PATH_SLOTS)
    assert store.put(7, "/usr/lib/os-release", bytes(144), b"data")
    assert mem.read_u64(filestore.STORE + 8 * 7) != 0
    sysarea.fork_state(mem, pid=3)
    assert mem.read(filestore.STORE, 8 * sysarea.PATH_SLOTS) == bytes(8 * sysarea.PATH_SLOTS)
    mem.close()


def test_nothing_is_written_over_a_program_that_lies_where_the_store_is() -> None:
    mem = GuestMemory(0x100000)
    image = bytes(range(256)) * ((filestore.END - sysarea.PATHS) // 256)
    mem.write(sysarea.PATHS, image)  # a program loaded there (an execve'd image: Machine.cache is False)
    view = sysarea.FdView(mem)
    view.store_ok = False
    view._forget_paths()
    view.store.forget(write=view.store_ok)
    sysarea.fork_state(mem, pid=3, paths=False)
    assert mem.read(sysarea.PATHS, len(image)) == image
    mem.close()


@needs_vm
def test_a_kept_file_the_host_rewrites_between_runs_is_read_anew(rt: multipie.Runtime, tmp_path: Path) -> None:
    (tmp_path / "layer" / "data").mkdir(parents=True)
    f = tmp_path / "layer" / "data" / "f"
    f.write_bytes(b"first")
    script = "import os\nfor _ in range(2):\n" \
             "    fd = os.open('/data/f', os.O_RDONLY); print(os.read(fd, 100)); os.close(fd)\n"  # fmt: skip
    svc = rt.load("/usr/bin/python3", layers=[tmp_path / "layer", "/"], exe="/usr/bin/python3")
    texts = (b"first", b"first", b"first", b"again", b"again", b"third")  # (the first run takes the warm state)
    outs, guest = [], []
    with svc.spawn(timeout=60) as d:
        for text in texts:
            if f.read_bytes() != text:
                with open(f, "r+b") as w:  # in place: the same inode and size
                    w.write(text)
            out = _run(d, ["-c", script])
            outs.append(out[0])
            guest.append(out[3])
    assert outs == [b"b'%s'\n" % t * 2 for t in texts]
    # Kept from the run before (python3's own files and /data/f), not after the host's write: learnt again.
    assert guest[2] > guest[3] and guest[4] > guest[5]


def test_the_pending_open_words_are_where_entry_s_has_them() -> None:
    d = entry_defines()
    assert (d["S_OPENED"], d["S_GO_ENT"], d["S_GO_FL"]) == (filestore.OPENED, filestore.GO_ENT, filestore.GO_FL)
    assert d["FD_SLOTS"] == filestore.GO_FDS  # a u32 of each per fd the guest hands out
    assert filestore.GO_FL + 4 * filestore.GO_FDS <= 0xDC00  # (the exception stack grows down from 0xE000 above)

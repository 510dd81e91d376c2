"""multipie.domains.legacy.filestore: opens of kept system files answered in the guest, as the host would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import multipie
from multipie.domains.legacy import filestore, sysarea
from multipie.domains.legacy.table import Sys
from multipie.kvm.memory import GuestMemory
from tests.domains.legacy.conftest import needs_vm

#: Small system files (kept), one larger than what is kept (typing.py), opened and read every way a program may: in
#: parts, with tell, lseek, fstat, isatty, F_GETFD/F_GETFL, pread, dup, two at once, close and reopen (the lowest fd),
#: the flags the guest leaves to the host (O_DIRECTORY, O_PATH, O_NONBLOCK, O_WRONLY|O_CREAT of a private file),
#: missing files, a fork child reading an fd opened just before, then an exec with one fd kept open across it.
#: (Left out, the same on main, not this cut's: a read of an O_PATH fd returns bytes, F_GETFL has no O_LARGEFILE.)
OPENS = """
import errno, fcntl, os, sys, zlib
FILES = ("/usr/lib/os-release", "/usr/lib/python3.11/abc.py", "/usr/lib/python3.11/os.py",
         "/usr/lib/python3.11/typing.py")
def tryit(name, f):
    try:
        print(name, f())
    except OSError as e:
        print(name, errno.errorcode[e.errno])
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
              fcntl.fcntl(a, fcntl.F_GETFL) & ~0x8000)  # (the host does not show O_LARGEFILE)
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
LISTS = """
import errno, os, sys
DIRS = ("/usr/lib/python3.11/json", "/usr/lib/python3.11/email/mime", "/usr/share/zoneinfo/Etc")
def tryit(name, f):
    try:
        print(name, f())
    except OSError as e:
        print(name, errno.errorcode[e.errno])
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


def _run(d: object, args: list[str], **kw: object) -> tuple[bytes, bytes, int, int, str]:
    """``(stdout, stderr, host openat calls, guest openat answers, how it started)`` of one run."""
    out, err = bytearray(), bytearray()
    assert d.run(args, stdout=out, stderr=err, **kw) == 0, err  # type: ignore[attr-defined]
    stats = d.stats  # type: ignore[attr-defined]
    return bytes(out), bytes(err), stats.host_calls[int(Sys.openat)], stats.guest_calls[int(Sys.openat)], stats.start


def as_natively(rt: multipie.Runtime, script: str) -> list[tuple[bytes, bytes, int, int, str]]:
    """Runs of ``script`` with 1, 2, 1, 2 rounds in one domain, each checked against python3's own output."""
    native = {n: subprocess.run(["/usr/bin/python3", "-c", script, n], capture_output=True, env={}, check=True)
              for n in "12"}  # fmt: skip
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

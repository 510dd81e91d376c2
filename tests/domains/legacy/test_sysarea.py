"""multipie.domains.legacy.sysarea: the address-space state crosses the state page and hole table intact."""

from __future__ import annotations

import errno
import os
import subprocess
import threading
from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy import sysarea
from multipie.domains.legacy.syscalls import AddressSpace, UserMemory
from multipie.domains.legacy.table import Sys
from multipie.kvm.memory import PAGE, GuestMemory
from tests.domains.legacy.conftest import TRYIT, needs_vm, python3_natively, python3_rounds


def test_space_round_trips_through_the_state_page_and_hole_table() -> None:
    mem = GuestMemory(0x10000)
    user = UserMemory(bytearray(64 * PAGE), base=0x400000)
    space = AddressSpace(user, brk_start=0x410000, top=0x440000)
    space.load_state(0x410000, 0x412000, 0x414000, 0x430000, 0x430000, holes=[(0x432000, 2 * PAGE)])
    sysarea.store_space(mem, space)
    again = AddressSpace(user, brk_start=0x410000, top=0x440000)
    sysarea.load_space(mem, again)
    assert again.state() == space.state() == (0x410000, 0x412000, 0x414000, 0x430000, 0x430000)
    assert again.shared_holes() == space.shared_holes()
    mem.close()


def test_fork_state_gives_the_child_its_pid_and_fresh_counters() -> None:
    mem = GuestMemory(0x100000)  # (the path slots and the file store end at 1 MiB)
    mem.write(sysarea.COUNTS, b"\xff" * 8)
    sysarea.fork_state(mem, pid=42)
    assert mem.read_u64(sysarea.STATE + sysarea.S_PID) == 42
    assert mem.read(sysarea.COUNTS, 8) == bytes(8)
    mem.close()


#: fstat, isatty and F_GETFD of a system file, of a pipe dup2'ed over its fd, of a closed fd, of fd 40.
FD_CALLS = """
import errno, fcntl, os, stat
def show(tag, fd):
    try:
        st = os.fstat(fd)
        what = (stat.S_IFMT(st.st_mode), st.st_mode & 0o7777, st.st_size if stat.S_ISREG(st.st_mode) else 0,
                st.st_ino if stat.S_ISREG(st.st_mode) else 0, st.st_mtime_ns if stat.S_ISREG(st.st_mode) else 0)
    except OSError as e:
        what = errno.errorcode[e.errno]
    try:
        fl = fcntl.fcntl(fd, fcntl.F_GETFD)
    except OSError as e:
        fl = errno.errorcode[e.errno]
    print(tag, what, os.isatty(fd), fl)
fd = os.open("/usr/lib/os-release", os.O_RDONLY)
show("file", fd)
os.set_inheritable(fd, True)
show("inheritable", fd)
os.dup2(fd, 40)
show("high", 40)
r, w = os.pipe()
os.dup2(r, fd)
show("pipe", fd)
os.close(fd)
show("closed", fd)
fd = os.open("/usr/lib/os-release", os.O_RDONLY)
show("again", fd)
"""


@needs_vm
def test_the_guest_answers_fstat_isatty_and_getfd_as_the_host_would(rt: multipie.Runtime) -> None:
    native = subprocess.run(["/usr/bin/python3", "-c", FD_CALLS], capture_output=True, env={}, check=True).stdout
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        for _ in range(2):  # a cold run, then a warm one
            out, err = bytearray(), bytearray()
            assert d.run(["-c", FD_CALLS], stdout=out, stderr=err) == 0, err
            assert bytes(out) == native
            guest = d.stats.guest_calls
            assert guest[int(Sys.ioctl)] >= 6 and guest[int(Sys.fcntl)] >= 6, d.stats.report()
            assert guest[int(Sys.newfstatat)] >= 2, d.stats.report()  # the system file's, twice


#: lseek of a system file: tells and seeks that do not move the offset (argv[1] rounds of them), with the
#: read cache holding part of the file, negative results, moves, a dup'ed fd, fd 40, a pipe, a forked child.
SEEK_CALLS = """
import errno, os, sys
def seek(tag, fd, off, whence):
    try:
        print(tag, os.lseek(fd, off, whence))
    except OSError as e:
        print(tag, errno.errorcode[e.errno])
fd = os.open("/usr/lib/os-release", os.O_RDONLY)
size = os.fstat(fd).st_size
for _ in range(int(sys.argv[1])):
    seek("tell", fd, 0, os.SEEK_CUR)
    seek("set-here", fd, 0, os.SEEK_SET)
    seek("negative", fd, -1, os.SEEK_SET)
    seek("negative-cur", fd, -(1 << 40), os.SEEK_CUR)
    seek("negative-end", fd, -size - 1, os.SEEK_END)
print(os.read(fd, 10))
for _ in range(int(sys.argv[1])):
    seek("tell-cached", fd, 0, os.SEEK_CUR)
    seek("set-here", fd, 10, os.SEEK_SET)
    seek("end-here", fd, 10 - size, os.SEEK_END)
print(os.read(fd, 5))
seek("tell-cached", fd, 0, os.SEEK_CUR)
seek("back", fd, -3, os.SEEK_CUR)
print(os.read(fd, 4))
seek("tell", fd, 0, os.SEEK_CUR)
seek("end", fd, 0, os.SEEK_END)
seek("tell", fd, 0, os.SEEK_CUR)
for _ in range(int(sys.argv[1])):
    print(os.read(fd, 4))
seek("past-end", fd, 100, os.SEEK_END)
seek("tell", fd, 0, os.SEEK_CUR)
print(os.read(fd, 4))
seek("set", fd, 2, os.SEEK_SET)
seek("data", fd, 0, 3)
seek("bad-whence", fd, 0, 7)
seek("tell", fd, 0, os.SEEK_CUR)
d = os.dup(fd)
seek("dup-tell", d, 0, os.SEEK_CUR)
print(os.read(d, 3))
seek("tell-after-dup-read", fd, 0, os.SEEK_CUR)
os.close(d)
os.dup2(fd, 40)
seek("high", 40, 0, os.SEEK_CUR)
os.close(40)
seek("tell", fd, 0, os.SEEK_CUR)
pid = os.fork()
if pid == 0:
    os.read(fd, 7)
    os._exit(0)
os.waitpid(pid, 0)
seek("after-child-read", fd, 0, os.SEEK_CUR)
r, w = os.pipe()
seek("pipe", r, 0, os.SEEK_CUR)
os.close(fd)
seek("closed", fd, 0, os.SEEK_CUR)
"""


def _seeks(d: object, n: str) -> tuple[bytes, int, int, int]:
    """``(stdout, lseek calls the host served, lseek calls answered in the guest, reads the host served)``."""
    out, err = bytearray(), bytearray()
    assert d.run(["-c", SEEK_CALLS, n], stdout=out, stderr=err) == 0, err  # type: ignore[attr-defined]
    st = d.stats  # type: ignore[attr-defined]
    return bytes(out), st.host_calls[int(Sys.lseek)], st.guest_calls[int(Sys.lseek)], st.host_calls[int(Sys.read)]


@needs_vm
def test_the_guest_answers_lseek_and_reads_at_the_end_of_a_system_file_as_the_host_would(
    rt: multipie.Runtime,
) -> None:
    native = [subprocess.run(["/usr/bin/python3", "-c", SEEK_CALLS, n], capture_output=True, env={},
                             check=True).stdout for n in "12"]  # fmt: skip
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        cold = _seeks(d, "2")  # the loader runs (and the warm state is taken)
        once, twice = _seeks(d, "1"), _seeks(d, "2")
    assert [cold[0], once[0], twice[0]] == [native[1], native[0], native[1]]
    assert once[1] == twice[1]  # each round's 8 seeks that do not move the offset cost no host call
    assert twice[2] - once[2] == 8
    assert once[3] == twice[3]  # nor its read at the end of the file


#: lseek of stdout/stderr (pipes natively, streams here) and of a pipe: -ESPIPE whatever the whence.
STREAM_SEEKS = """
import errno, os, sys
r, w = os.pipe()
for _ in range(int(sys.argv[1])):
    for fd in (1, 2, r, w):
        for whence in (0, 1, 2, 3, 4, 7):
            try:
                os.lseek(fd, 0, whence)
            except OSError as e:
                print(fd in (r, w), whence, errno.errorcode[e.errno])
"""


@needs_vm
def test_the_guest_answers_lseek_of_a_pipe_or_stream_with_espipe(rt: multipie.Runtime) -> None:
    native = [subprocess.run(["/usr/bin/python3", "-c", STREAM_SEEKS, n], capture_output=True, env={},
                             check=True).stdout for n in "12"]  # fmt: skip
    svc = rt.load("/usr/bin/python3")
    runs = []
    with svc.spawn(timeout=60) as d:
        for n in "212":  # the first run takes the warm state
            out, err = bytearray(), bytearray()
            assert d.run(["-c", STREAM_SEEKS, n], stdout=out, stderr=err) == 0, err
            runs.append((bytes(out), d.stats.host_calls[int(Sys.lseek)], d.stats.guest_calls[int(Sys.lseek)]))
    assert [r[0] for r in runs] == [native[1], native[0], native[1]]
    assert runs[2][1] - runs[1][1] == 4  # of the second round's 24 seeks only the bad whence (7) asks the host
    assert runs[2][2] - runs[1][2] == 20


#: Path stats: system files, dirs, a symlink and missing paths (argv[2] times each), then a private
#: directory's paths across creating, writing, renaming and removing (argv[1]: that directory).
PATH_CALLS = """
import errno, os, stat, sys
def show(p, follow=True):
    try:
        s = os.stat(p, follow_symlinks=follow)
        size = s.st_size if stat.S_ISREG(s.st_mode) else 0
        print(p.replace(sys.argv[1], "T"), oct(s.st_mode), size, s.st_mtime_ns if p.startswith("/usr") else 0)
    except OSError as e:
        print(p.replace(sys.argv[1], "T"), errno.errorcode[e.errno])
n = int(sys.argv[2])
for p in ["/usr/lib/os-release", "/usr/lib", "/usr/lib/no-such-file", "/usr/lib/os-release/x"] * n:
    show(p)
for _ in range(n):
    show("/lib", False)
t = sys.argv[1]
os.makedirs(t, exist_ok=True)
for _ in range(n):
    show(t + "/new")
fd = os.open(t + "/new", os.O_CREAT | os.O_WRONLY); show(t + "/new")
os.write(fd, b"12345"); os.close(fd); show(t + "/new")
os.rename(t + "/new", t + "/new2"); show(t + "/new"), show(t + "/new2")
os.mkdir(t + "/d"); show(t + "/d"); os.rmdir(t + "/d"); show(t + "/d")
os.symlink("new2", t + "/l"); show(t + "/l"), show(t + "/l", False); os.unlink(t + "/new2"); show(t + "/l")
os.unlink(t + "/l")
"""


def _path_stats(d: object, args: list[str], **kw: object) -> tuple[bytes, int]:
    """``(stdout, newfstatat calls the host served)`` of one run."""
    out, err = bytearray(), bytearray()
    assert d.run(args, stdout=out, stderr=err, **kw) == 0, err  # type: ignore[attr-defined]
    return bytes(out), d.stats.host_calls[int(Sys.newfstatat)]  # type: ignore[attr-defined]


@needs_vm
def test_the_guest_answers_repeated_path_stats_as_the_host_would(rt: multipie.Runtime, tmp_path: Path) -> None:
    native = [subprocess.run(["/usr/bin/python3", "-c", PATH_CALLS, str(tmp_path), n], capture_output=True, env={},
                             check=True).stdout for n in "12"]  # fmt: skip
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        cold = _path_stats(d, ["-c", PATH_CALLS, "/tmp/x", "2"])  # the loader runs (and the warm state is taken)
        once, twice = [_path_stats(d, ["-c", PATH_CALLS, "/tmp/x", n]) for n in "12"]
    assert [cold[0], once[0], twice[0]] == [native[1], native[0], native[1]]
    assert once[1] == twice[1]  # every repeated stat was answered in the guest


@needs_vm
def test_a_path_that_appears_or_changes_between_runs_is_seen(rt: multipie.Runtime, tmp_path: Path) -> None:
    script = (
        "import os, sys\nfor _ in range(int(sys.argv[1])):\n"
        "    try: print(os.stat('/data/f').st_size)\n    except OSError as e: print(e.errno)\n"
    )
    grant = {str(tmp_path): "/data:ro"}
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        missing = _path_stats(d, ["-c", script, "3"], dirs=grant)
        (tmp_path / "f").write_bytes(b"abc")
        appeared = _path_stats(d, ["-c", script, "3"], dirs=grant)
        (tmp_path / "f").write_bytes(b"abcdef")
        changed = _path_stats(d, ["-c", script, "3"], dirs=grant)
    assert [missing[0], appeared[0], changed[0]] == [b"2\n" * 3, b"3\n" * 3, b"6\n" * 3]


@needs_vm
def test_a_file_the_host_adds_to_a_grant_during_a_run_is_seen(rt: multipie.Runtime, tmp_path: Path) -> None:
    script = (
        "import os, time\nfor i in range(400):\n    if os.path.exists('/data/ready'): print('seen'); break\n"
        "    time.sleep(0.05)\nelse: print('never')\n"
    )
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        (tmp_path / "ready").touch()
        grant = {str(tmp_path): "/data:ro"}
        assert _path_stats(d, ["-c", script], dirs=grant)[0] == b"seen\n"  # cold: takes the warm state
        (tmp_path / "ready").unlink()
        timer = threading.Timer(0.5, (tmp_path / "ready").touch)
        timer.start()
        try:
            out = _path_stats(d, ["-c", script], dirs=grant)[0]
        finally:
            timer.cancel()
    assert out == b"seen\n"


#: A missing path stat'ed (and kept) before a fork, created by the parent after it: the child sees it.
FORK_CALLS = """
import os, sys
p = sys.argv[1] + "/f"
os.makedirs(sys.argv[1], exist_ok=True)
os.write(1, b"%d %d\\n" % (os.path.exists(p), os.path.exists(p)))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    os.write(1, b"child %d\\n" % os.path.exists(p))
    os._exit(0)
open(p, "w").close()
os.write(w, b"x")
os.waitpid(pid, 0)
os.write(1, b"parent %d\\n" % os.path.exists(p))
os.unlink(p)
"""


@needs_vm
def test_a_forked_child_sees_what_its_parent_created_after_the_fork(rt: multipie.Runtime, tmp_path: Path) -> None:
    native = subprocess.run(["/usr/bin/python3", "-c", FORK_CALLS, str(tmp_path)], capture_output=True, env={},
                            check=True).stdout  # fmt: skip
    assert native == b"0 0\nchild 1\nparent 1\n"
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        for _ in range(3):
            assert _path_stats(d, ["-c", FORK_CALLS, "/tmp/x"])[0] == native


#: Stats of a layer's files, a missing one, a deeper one and a directory, printed with what identifies them.
LAYER_CALLS = """
import errno, os
for p in ["/data/f", "/data/missing", "/data/sub/g", "/data/sub", "/data/sub/nope/x"]:
    try:
        s = os.stat(p)
        print(p, oct(s.st_mode), s.st_size, s.st_ino, s.st_mtime_ns, s.st_nlink)
    except OSError as e:
        print(p, errno.errorcode[e.errno])
"""


def _layer_expected(root: Path) -> bytes:
    """What LAYER_CALLS prints when the host answers every stat (from the files themselves)."""
    lines = []
    for p in ["/data/f", "/data/missing", "/data/sub/g", "/data/sub", "/data/sub/nope/x"]:
        try:
            s = os.stat(root / p[1:])
            lines.append(f"{p} {oct(s.st_mode)} {s.st_size} {s.st_ino} {s.st_mtime_ns} {s.st_nlink}")
        except OSError as e:
            lines.append(f"{p} {errno.errorcode[e.errno]}")
    return "\n".join(lines).encode() + b"\n"


@needs_vm
def test_layer_path_answers_kept_for_the_next_run_are_the_hosts_and_follow_its_changes(
    rt: multipie.Runtime, tmp_path: Path
) -> None:
    root = tmp_path / "layer"
    (root / "data" / "sub").mkdir(parents=True)
    (root / "data" / "f").write_bytes(b"abc")
    (root / "data" / "sub" / "g").write_bytes(b"g")
    svc = rt.load("/usr/bin/python3", layers=[root, "/"], exe="/usr/bin/python3")
    runs = []

    def run() -> tuple[bytes, int]:
        with svc.spawn(timeout=60) as d:  # a new domain each run, on the pool's machine
            runs.append(_path_stats(d, ["-c", LAYER_CALLS]))
        return runs[-1]

    run()  # the cold run takes the warm state
    learnt, kept = run(), run()  # the second learns the answers, the third finds them kept
    assert learnt[0] == kept[0] == _layer_expected(root)
    assert kept[1] < learnt[1]
    changes = [
        lambda: (root / "data" / "missing").write_bytes(b"now here"),
        lambda: (root / "data" / "f").open("ab").write(b"def"),  # rewritten in place: same inode
        lambda: os.utime(root / "data" / "sub" / "g", ns=(5, 5)),
        lambda: os.link(root / "data" / "f", root / "data" / "sub" / "f2"),
        lambda: (root / "data" / "sub" / "nope").mkdir(),
    ]
    for change in changes:
        change()
        assert run()[0] == _layer_expected(root)
        assert run() == (_layer_expected(root), kept[1])  # and kept again for the run after


@needs_vm
def test_kept_layer_answers_are_dropped_for_another_namespace(rt: multipie.Runtime, tmp_path: Path) -> None:
    root = tmp_path / "layer"
    (root / "data").mkdir(parents=True)
    (root / "data" / "f").write_bytes(b"abc")
    (tmp_path / "grant").mkdir()
    (tmp_path / "grant" / "missing").write_bytes(b"granted")
    svc = rt.load("/usr/bin/python3", layers=[root, "/"], exe="/usr/bin/python3")
    script = "import os\nfor p in ['/data/f', '/data/missing']:\n    print(os.path.exists(p))\n"
    outs = []
    for dirs in ({}, {}, {str(tmp_path / "grant"): "/data/missing:ro"}, {}):
        with svc.spawn(timeout=60) as d:
            outs.append(_path_stats(d, ["-c", script], dirs=dirs)[0])
    with svc.spawn(timeout=60) as d:  # the host adds a file to the domain's private area between two runs
        outs.append(_path_stats(d, ["-c", script])[0])
        assert d.fs is not None
        d.fs.add_file("/data/missing", b"added")
        outs.append(_path_stats(d, ["-c", script])[0])
    seen = [b"True\nFalse\n", b"True\nFalse\n", b"True\nTrue\n", b"True\nFalse\n", b"True\nFalse\n", b"True\nTrue\n"]
    assert outs == seen


#: 24 system files alike but for their last digits (importlib's __init__.so/.py pairs collided in one-way slots).
ALIKE = [f"/usr/lib/python3.11/encodings/cp125{i}.py" for i in range(9)] + [
    f"/usr/lib/python3.11/encodings/iso8859_{i}.py" for i in range(1, 17) if i != 12
]


@needs_vm
def test_two_dozen_paths_alike_are_all_kept(rt: multipie.Runtime, tmp_path: Path) -> None:
    script = "import os, sys\nfor _ in range(int(sys.argv[1])):\n    for p in sys.argv[2:]: print(os.stat(p).st_size)\n"
    grant = {str(tmp_path): "/data:ro"}  # a grant: no answer outlives its run, so the runs compare
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        _path_stats(d, ["-c", script, "1", *ALIKE], dirs=grant)  # cold: takes the warm state
        once, twice = [_path_stats(d, ["-c", script, n, *ALIKE], dirs=grant) for n in "12"]
    sizes = "".join(f"{os.stat(p).st_size}\n" for p in ALIKE).encode()
    assert twice[0] == once[0] * 2 == sizes * 2
    assert twice[1] == once[1]  # the second round was answered in the guest


#: Closes of system files, then every call the guest answers about fds asked of the closed fd, fd reuse.
CLOSE_CALLS = TRYIT + """
import errno, fcntl, os, sys, termios
for _ in range(int(sys.argv[1])):
    a = os.open("/usr/lib/os-release", os.O_RDONLY)
    b = os.open("/usr/lib/python3.11/os.py", os.O_RDONLY)
    print(a, b, len(os.read(b, 10)))  # b's next bytes are in the read cache
    tryit("close b", lambda: os.close(b))
    tryit("read b", lambda: os.read(b, 10))
    tryit("close a", lambda: os.close(a))
    for fd in (a, b):
        tryit("fstat", lambda: os.fstat(fd).st_size)
        tryit("lseek", lambda: os.lseek(fd, 0, os.SEEK_CUR))
        tryit("read", lambda: os.read(fd, 1))
        tryit("getfd", lambda: fcntl.fcntl(fd, fcntl.F_GETFD))
        tryit("isatty", lambda: os.isatty(fd))
        tryit("tcgets", lambda: termios.tcgetattr(fd))
        tryit("close again", lambda: os.close(fd))
    c = os.open("/usr/lib/os-release", os.O_RDONLY)
    d = os.dup(c)
    tryit("close dup", lambda: os.close(d))
    print("reused", c == a, os.fstat(c).st_size == os.stat("/usr/lib/os-release").st_size)
    e = os.open("/usr/lib/python3.11/os.py", os.O_RDONLY)
    os.close(c)
    f = os.open("/usr/lib/os-release", os.O_RDONLY)
    print("lowest", f == c, e)
    os.close(e), os.close(f)
"""


@needs_vm
def test_the_guest_closes_system_files_as_the_host_would(rt: multipie.Runtime) -> None:
    argv = ["/usr/bin/python3", "-c", CLOSE_CALLS, "1"]
    native = subprocess.run(argv, capture_output=True, env={}, check=True).stdout
    svc = rt.load("/usr/bin/python3")
    outs, closes = [], []
    with svc.spawn(timeout=60) as d:
        for n in "1112":  # (python3's own start closes its nscd probes in the guest from the third run: guestfds)
            out, err = bytearray(), bytearray()
            assert d.run(["-c", CLOSE_CALLS, n], stdout=out, stderr=err) == 0, err
            outs.append(bytes(out))
            closes.append((d.stats.guest_calls[int(Sys.close)], d.stats.host_calls[int(Sys.close)]))
    assert outs == [native, native, native, native * 2]
    assert closes[3][0] - closes[2][0] == 5  # a, b, c, e and f: closed in the guest
    assert closes[3][1] - closes[2][1] == 3  # closing a closed fd (EBADF) twice, and the dup: the host's


@needs_vm
def test_the_guest_answers_fstat_of_the_standard_streams_as_the_host_would(rt: multipie.Runtime) -> None:
    """The host's answer for a stream is a FIFO of size 0 with the stream's own inode (StreamFile.stat)."""
    script = (
        "import os, sys\nfor _ in range(int(sys.argv[1])):\n"
        "    print([(oct(s.st_mode), s.st_size, s.st_ino) for s in map(os.fstat, (0, 1, 2))])\n"
    )
    svc = rt.load("/usr/bin/python3")
    runs = []
    with svc.spawn(timeout=60) as d:
        for n in "1113":  # cold (takes the warm state), then warm runs (the last two keep path answers alike)
            out = bytearray()
            assert d.run(["-c", script, n], stdout=out) == 0
            runs.append((bytes(out), d.stats.host_calls[int(Sys.newfstatat)] + d.stats.host_calls[int(Sys.fstat)]))
    first = runs[3][0].splitlines()[0]
    assert runs[3][0] == (first + b"\n") * 3 and first.count(b"('0o10600', 0, ") == 3
    assert len(set(eval(first))) == 3  # noqa: S307 (our own output): three streams, three inodes
    assert runs[3][1] == runs[2][1]  # no stream's fstat reached the host


#: fstat of a system directory's fd (twice), then of the same fd after a file is made in that directory:
#: the host keeps answering the layer directory's stat for the fd (its node), a path stat sees the private one.
DIR_CALLS = """
import os, sys
key = lambda s: (oct(s.st_mode), s.st_ino, s.st_nlink, s.st_mtime_ns)
fd = os.open("/usr/share/doc", os.O_RDONLY | os.O_DIRECTORY)
print(key(os.fstat(fd)) == key(os.fstat(fd)), key(os.fstat(fd)))
for _ in range(int(sys.argv[2])):
    os.fstat(fd)
if sys.argv[1] == "write":
    before = key(os.fstat(fd))
    open("/usr/share/doc/made-here", "w").close()
    print(key(os.fstat(fd)) == before, key(os.stat("/usr/share/doc")) == before)
"""


@needs_vm
def test_the_guest_answers_fstat_of_a_system_directory_as_the_host_would(rt: multipie.Runtime) -> None:
    argv = ["/usr/bin/python3", "-c", DIR_CALLS, "read", "0"]
    native = subprocess.run(argv, capture_output=True, check=True).stdout
    svc = rt.load("/usr/bin/python3")
    outs, counts = [], []
    with svc.spawn(timeout=60) as d:
        for mode, extra in (("read", "0"), ("read", "0"), ("read", "0"), ("read", "5"), ("write", "0")):
            out = bytearray()
            assert d.run(["-c", DIR_CALLS, mode, extra], stdout=out) == 0
            outs.append(bytes(out))
            counts.append(d.stats.host_calls[int(Sys.newfstatat)] + d.stats.host_calls[int(Sys.fstat)])
    assert outs[:4] == [native] * 4
    assert outs[4].splitlines() == [native.splitlines()[0], b"True False"]  # as the host answered before
    assert counts[3] == counts[2]  # 5 more fstats of the directory's fd, all in the guest


#: Listings of system directories by path (getdents64 to the end), and through a dup'ed fd that rewinds.
LIST_CALLS = """
import os, sys
for _ in range(int(sys.argv[1])):
    names = os.listdir("/usr/lib/python3.11/encodings")
    print(sorted(names)[:3], len(names), sorted(os.listdir("/usr/lib/python3.11/json")))
    fd = os.open("/usr/lib/python3.11/json", os.O_RDONLY | os.O_DIRECTORY)
    a, b = sorted(os.listdir(fd)), sorted(os.listdir(fd))  # each dup()s the fd and rewinds the shared offset
    print(a == b, len(a))
    os.close(fd)
"""


@needs_vm
def test_the_guest_answers_getdents_at_a_directorys_end_as_the_host_would(rt: multipie.Runtime) -> None:
    native = subprocess.run(["/usr/bin/python3", "-c", LIST_CALLS, "1"], capture_output=True, check=True).stdout
    svc = rt.load("/usr/bin/python3")
    outs, counts = [], []
    with svc.spawn(timeout=60) as d:
        for n in "112":
            out = bytearray()
            assert d.run(["-c", LIST_CALLS, n], stdout=out) == 0
            outs.append(bytes(out))
            counts.append((d.stats.guest_calls[int(Sys.getdents64)], d.stats.host_calls[int(Sys.getdents64)]))
    assert outs == [native, native, native * 2]
    assert counts[2][0] - counts[1][0] == 4  # both reads of each listing by path: in the guest (the first: listing.py)


#: A system file opened and closed again and again (each close in the guest, each open at the host: O_NONBLOCK, so
#: that it is not a kept file's open, answered in the guest: filestore).
REOPEN = """
import os, sys
for _ in range(int(sys.argv[1])):
    fd = os.open("/usr/lib/os-release", os.O_RDONLY | os.O_NONBLOCK)
    print(fd, os.fstat(fd).st_size == os.stat("/usr/lib/os-release").st_size)
    os.close(fd)
"""


@needs_vm
def test_the_fd_page_is_synced_at_most_once_per_exit(rt: multipie.Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    syncs = []
    sync = sysarea.FdView.sync
    monkeypatch.setattr(sysarea.FdView, "sync", lambda self, *a, **kw: syncs.append(1) or sync(self, *a, **kw))
    native = subprocess.run(["/usr/bin/python3", "-c", REOPEN, "100"], capture_output=True, env={}, check=True).stdout
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        for n in ("1", "100"):
            out, err = bytearray(), bytearray()
            syncs.clear()
            assert d.run(["-c", REOPEN, n], stdout=out, stderr=err) == 0, err
    assert bytes(out) == native
    assert d.stats.guest_calls[int(Sys.close)] >= 100 and d.stats.host_calls[int(Sys.openat)] >= 100
    # Each open first releases the fd the guest closed before it: one sync for both (there were two).
    assert len(syncs) <= sum(d.stats.host_calls.values()) + 1  # (+ the run's start)


#: Opens of missing paths (absolute, relative, under a file, O_NOFOLLOW, then for writing), an O_DIRECTORY open of
#: a file (ENOTDIR: not a missing path), then a file created where a missing one was.
MISSING_OPENS = """
import errno, os, stat, sys
def tryopen(p, flags=os.O_RDONLY):
    try:
        os.close(os.open(p, flags))
        return "ok"
    except OSError as e:
        return errno.errorcode[e.errno]
def trystat(p):
    try:
        return stat.S_IFMT(os.stat(p).st_mode)
    except OSError as e:
        return errno.errorcode[e.errno]
for _ in range(int(sys.argv[1])):
    for p in ("/usr/lib/nope", "usr/lib/nope2", "/usr/lib/os-release/x", "/usr/lib/os-release/", "/nope/deeper"):
        print(p, tryopen(p), tryopen(p, os.O_RDONLY | os.O_NOFOLLOW), trystat(p))
    print("dir", tryopen("/usr/lib/os-release", os.O_DIRECTORY), trystat("/usr/lib/os-release"))
print("write", tryopen("/usr/lib/nope", os.O_WRONLY))
t = "/tmp/multipie-missing-open-%d" % os.getpid()
print("tmp", tryopen(t), trystat(t))
os.close(os.open(t, os.O_WRONLY | os.O_CREAT))
print("tmp", tryopen(t), trystat(t))
os.unlink(t)
print("tmp", tryopen(t), trystat(t))
"""


@needs_vm
def test_the_guest_answers_opens_of_missing_paths_as_the_host_would(rt: multipie.Runtime) -> None:
    native = python3_natively(MISSING_OPENS, "2", cwd="/").stdout
    out, _err, stats = python3_rounds(rt, MISSING_OPENS, "112", cwd="/")
    guest = stats.guest_calls[int(Sys.openat)]
    assert out == native
    # The second round's 10 opens of missing paths, but for a slot lost to another path (a path's answers with and
    # without O_NOFOLLOW share its two slots): 0 before the guest answered any open.
    assert guest >= 8


#: getcwd through libc at sizes around the answer's (ERANGE, exact, larger), after chdir and fchdir, and in a
#: directory whose path is longer than the page keeps (the host's answer then).
GETCWDS = """
import ctypes, errno, os, sys
libc = ctypes.CDLL(None, use_errno=True)
def cwd(size):
    buf = ctypes.create_string_buffer(b"@" * 300)
    ok = libc.getcwd(buf, ctypes.c_size_t(size))
    return (buf.raw[:size + 1] if ok else ctypes.get_errno(), os.getcwd())
def show():
    n = len(os.getcwd()) + 1
    print([cwd(s) for s in (0, 1, n - 1, n, n + 1, 300)])
long = "/tmp/" + "d" * 100 + "/" + "e" * 100
for _ in range(int(sys.argv[1])):
    show()
    os.chdir("usr/lib")
    show()
    fd = os.open("/etc", os.O_RDONLY)
    os.fchdir(fd)
    os.close(fd)
    show()
    os.makedirs(long, exist_ok=True)
    os.chdir(long)
    print(os.getcwd() == long, cwd(len(long)), cwd(len(long) + 1)[1] == long)
    os.chdir("/")
os.rmdir(long)
os.rmdir(os.path.dirname(long))
"""


@needs_vm
def test_the_guest_answers_getcwd_as_the_host_would(rt: multipie.Runtime) -> None:
    argv = ["/usr/bin/python3", "-c", GETCWDS, "2"]
    native = subprocess.run(argv, capture_output=True, env={}, cwd="/", check=True).stdout
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        out, err = bytearray(), bytearray()
        assert d.run(["-c", "import os; print(os.getcwd())"], stdout=out, stderr=err, cwd="/usr") == 0, err
        assert bytes(out) == b"/usr\n"
        out, err = bytearray(), bytearray()
        assert d.run(["-c", GETCWDS, "2"], stdout=out, stderr=err, cwd="/") == 0, err
        guest = d.stats.guest_calls[int(Sys.getcwd)]
    assert bytes(out) == native
    # Six sizes, three directories, two rounds, and os.getcwd's own: none in the guest before.
    assert guest >= 36


#: Four system files held open (read a little: their offsets are on the fd page) while another is opened and
#: closed again and again, each open a host call that changes the fd table.
HELD_OPEN = """
import os, sys
held = [os.open(p, os.O_RDONLY) for p in ("/usr/lib/os-release", "/bin/sh", "/bin/true", "/usr/bin/env")]
for fd in held:
    os.read(fd, 3)
for _ in range(int(sys.argv[1])):
    fd = os.open("/usr/lib/os-release", os.O_RDONLY)
    print(fd, [os.lseek(h, 0, os.SEEK_CUR) for h in held], os.fstat(held[0]).st_size == os.fstat(fd).st_size)
    os.close(fd)
"""


@needs_vm
def test_fds_that_did_not_change_keep_their_fd_page_words(
    rt: multipie.Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = []
    write_u64 = GuestMemory.write_u64
    offsets = range(sysarea.FD_OFFSETS, sysarea.FD_OFFSETS + 8 * sysarea.FD_SLOTS)

    def counted(self: GuestMemory, addr: int, value: int) -> None:
        if addr in offsets:
            words.append(addr)
        write_u64(self, addr, value)

    monkeypatch.setattr(GuestMemory, "write_u64", counted)
    argv = ["/usr/bin/python3", "-c", HELD_OPEN, "100"]
    native = subprocess.run(argv, capture_output=True, env={}, check=True).stdout
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        for n in ("1", "100"):
            out, err = bytearray(), bytearray()
            words.clear()
            assert d.run(["-c", HELD_OPEN, n], stdout=out, stderr=err) == 0, err
    assert bytes(out) == native
    assert d.stats.guest_calls[int(Sys.lseek)] >= 400  # the held files' offsets answered in the guest
    # One word for each new open's fd: the held files' four were written again at each of them (500+) before.
    assert len(words) < 300


#: System directories listed to their end and closed (os.listdir), then a listed directory's fd used after its
#: close, a dup'ed one (not alone: closed at the host), and the lowest fd reused.
DIR_CLOSES = """
import errno, os, sys
def err(f, *a):
    try:
        return f(*a)
    except OSError as e:
        return errno.errorcode[e.errno]
for _ in range(int(sys.argv[1])):
    for p in ("/usr/lib/python3.11", "/usr/lib/python3.11/encodings", "/usr/lib"):
        print(p, len(os.listdir(p)))
    fd = os.open("/usr/lib/python3.11/json", os.O_RDONLY | os.O_DIRECTORY)
    names = sorted(os.listdir(fd))
    os.close(fd)
    print(names, err(os.fstat, fd), err(os.close, fd), err(os.lseek, fd, 0, 0), err(os.listdir, fd))
    fd = os.open("/usr/lib/python3.11/json", os.O_RDONLY | os.O_DIRECTORY)
    d = os.dup(fd)
    print(len(os.listdir(fd)), os.open("/usr/lib", os.O_RDONLY) == d + 1, err(os.close, d + 1))
    os.close(fd)
    print(len(os.listdir(d)), err(os.fstat, fd), err(os.close, d), err(os.close, d))
    fd = os.open("/usr/lib", os.O_RDONLY | os.O_DIRECTORY)
    print(fd, os.open("/usr/lib/os-release", os.O_RDONLY) == fd + 1)
    os.close(fd)
    os.close(fd + 1)
"""


@needs_vm
def test_the_guest_closes_listed_system_directories_as_the_host_would(rt: multipie.Runtime) -> None:
    argv = ["/usr/bin/python3", "-c", DIR_CLOSES, "3"]
    native = subprocess.run(argv, capture_output=True, env={}, check=True).stdout
    svc = rt.load("/usr/bin/python3")
    closes = []
    with svc.spawn(timeout=60) as d:
        for n in "113":
            out, err = bytearray(), bytearray()
            assert d.run(["-c", DIR_CLOSES, n], stdout=out, stderr=err) == 0, err
            closes.append(d.stats.guest_calls[int(Sys.close)])
    assert bytes(out) == native
    # Two more rounds: their three listings of a path closed in the guest, with os-release's (its alone: 2 before).
    assert closes[2] - closes[1] >= 2 * 4


#: Private futex wakes: aligned (0), misaligned (EINVAL), of a PROT_NONE word (EFAULT), shared and bitset ones (the
#: host's), then a thread waiting on the word (the wake returns 1: the host's, the process is not alone), then again
#: after the thread ended, and in a forked child.
FUTEX_WAKES = """
import ctypes, errno, os, sys, threading
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
bad = libc.mmap(None, 4096, 0, 0x22, -1, 0)
word = ctypes.c_int(0)
at = ctypes.addressof(word)
def futex(addr, op, val, val3=0):
    r = libc.syscall(202, ctypes.c_void_p(addr), op, val, None, None, val3)
    return r, errno.errorcode.get(ctypes.get_errno()) if r < 0 else None
def wakes():
    return [futex(at, 0x81, 1), futex(at, 0x81, 0), futex(at + 2, 0x81, 1), futex(bad, 0x81, 1), futex(at, 1, 1),
            futex(at, 0x8A, 1, 0), futex(at, 0x8A, 1, -1)]
for _ in range(int(sys.argv[1])):
    print(wakes())
t = threading.Thread(target=lambda: futex(at, 0x80, 0))
t.start()
while futex(at, 0x81, 1)[0] != 1:
    pass
t.join()
print("woke", wakes())
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child", wakes())
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent", wakes())
"""


@needs_vm
def test_the_guest_answers_private_futex_wakes_of_a_process_alone_as_the_host_would(rt: multipie.Runtime) -> None:
    native = python3_natively(FUTEX_WAKES, "2")
    out, err, stats = python3_rounds(rt, FUTEX_WAKES)
    guest = stats.guest_calls[int(Sys.futex)]
    assert (out, err) == (native.stdout, native.stderr)
    # The two aligned private wakes of each round before the thread: 4 and python3's own start's (0 before).
    assert guest >= 4

"""Processes inside one legacy domain: fork (a copy of the VM), execve in place, wait4, pipes, signals.

Every case runs Debian's static busybox ``sh -c`` both as a domain and natively and
compares output and exit status.
"""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy import kernel
from multipie.resources.fs import PIPE_CAPACITY, FsError, PipeBuffer, PipeEnd, WouldBlock
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

CASES = [
    "echo a b | wc -w",
    "x=$(echo hi); echo $x",
    "ls {d} | sort | head -1",
    "true | false; echo $?",
    "false | true; echo $?",
    "exit 3 | true; echo $?",
    "sh -c 'exit 5'; echo $?",
    "echo $(echo $(echo nested))",
    "seq 1 20000 | sort -n | tail -1",  # more than a pipe's capacity: the writer waits for the reader
    "yes | head -2",  # yes dies of SIGPIPE once head has gone
    "cat {d}/f.txt | grep apple | wc -l",
    "ls {d}; echo done",  # vfork + execve(/proc/self/exe)
    "(echo sub; exit 7); echo $?",
    "a=$(cat {d}/nums.txt | sha256sum); echo $a",
    "(sleep 0.2; echo late) & wait $!; echo after",  # the parent blocks in wait4 while its child sleeps
    "trap 'echo got USR1' USR1; kill -USR1 $$; echo after",
    "trap 'echo child done' CHLD; true & wait; echo end",
    "nosuch; echo $?",
    "echo a | (read x; echo got $x)",
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("procdata")
    (d / "f.txt").write_text("banana\napple\ncherry\napple pie\n")
    (d / "nums.txt").write_text("".join(f"{i}\n" for i in range(3000)))
    return d


@needs_vm
@needs_busybox
@pytest.mark.parametrize("script", CASES)
def test_shell_matches_native(rt: multipie.Runtime, data: Path, script: str) -> None:
    svc = rt.load(BUSYBOX, name="busybox")
    out, err = bytearray(), bytearray()
    code = rt.run_command(
        svc, ["sh", "-c", script.replace("{d}", "/data")], dirs={str(data): "/data"}, stdout=out, stderr=err, timeout=20
    )
    nat = subprocess.run([BUSYBOX, "sh", "-c", script.replace("{d}", str(data))], capture_output=True, timeout=20)
    assert (code, bytes(out), bytes(err)) == (nat.returncode, nat.stdout, nat.stderr)


@needs_vm
@needs_busybox
def test_exec_of_another_image_and_child_faults(rt: multipie.Runtime, programs: Path) -> None:
    """sh runs a musl program from a granted directory (another ELF in the same VM); its crash is a signal."""
    svc = rt.load(BUSYBOX, name="busybox")
    with svc.spawn(timeout=20) as d:
        out, err = bytearray(), bytearray()
        script = "/p/hello x | head -1; /p/faults segv; echo $?; /p/faults ud; echo $?"
        assert d.run(["sh", "-c", script], dirs={str(programs): "/p"}, stdout=out, stderr=err) == 0
        assert out == b"hello from a static musl program, argc=2\n139\n132\n"
        assert err == b"Segmentation fault\nIllegal instruction\n"
        # The domain and its pooled machines keep working; writes of children land in its private area.
        assert d.run(["sh", "-c", "echo kept > /tmp/k; cat /tmp/k | wc -c"], stdout=(o := bytearray())) == 0
        assert o == b"5\n"
        # An executable that is not ELF nor a script with an interpreter: the shell runs it itself.
        script = "echo 'echo from file' > /tmp/s; chmod +x /tmp/s; /tmp/s"
        assert d.run(["sh", "-c", script], stdout=(o := bytearray())) == 0
        assert o == b"from file\n"
    assert svc._machines().stats()["created"] <= 8


@needs_vm
@needs_busybox
def test_timeout_covers_every_process(rt: multipie.Runtime) -> None:
    svc = rt.load(BUSYBOX, name="busybox")
    with pytest.raises(multipie.Timeout):
        rt.run_command(svc, ["sh", "-c", "yes > /dev/null | cat"], timeout=0.5)
    with pytest.raises(multipie.Timeout, match="slept past"):
        rt.run_command(svc, ["sh", "-c", "sleep 30 | cat"], timeout=0.3)
    assert rt.run_command(svc, ["sh", "-c", "true | true"]) == 0


@needs_vm
@needs_busybox
def test_process_limit(rt: multipie.Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernel, "MAX_PROCESSES", 3)
    err = bytearray()
    forks = "sleep 1000 & sleep 1000 & sleep 1000 & echo no"  # the sleepers live until sh exits (then killed)
    code = rt.run_command(BUSYBOX, ["sh", "-c", forks], stderr=err, timeout=10)
    assert code == 2 and b"can't fork" in err


def test_pipe_waits_instead_of_failing() -> None:
    buf = PipeBuffer()
    r, w = PipeEnd(buf, os.O_RDONLY), PipeEnd(buf, os.O_WRONLY)
    with pytest.raises(WouldBlock):
        r.read(10)  # empty with a writer: wait
    assert w.write(b"x" * (PIPE_CAPACITY + 10)) == PIPE_CAPACITY  # what fits
    with pytest.raises(WouldBlock):
        w.write(b"y")  # full: wait
    assert len(r.read(100)) == 100
    with pytest.raises(WouldBlock):
        w.write(b"z" * 200)  # up to PIPE_BUF: all or nothing
    nb = PipeEnd(buf, os.O_WRONLY | os.O_NONBLOCK)
    with pytest.raises(FsError) as exc:
        nb.write(b"z" * 200)
    assert exc.value.errno == errno.EAGAIN and not isinstance(exc.value, WouldBlock)
    w.close()
    nb.close()
    assert len(r.read(1 << 20)) == PIPE_CAPACITY - 100 and r.read(10) == b""  # EOF once no writer is left
    r.close()
    w2 = PipeEnd(buf, os.O_WRONLY)
    with pytest.raises(FsError) as exc:
        w2.write(b"x")
    assert exc.value.errno == errno.EPIPE

"""Threads in a virtine: real pthread programs (static musl) give the same output as natively.

``guest/legacy/programs/threads.c`` (one case per argument) and ``futexes.c`` are run as a domain
and as native processes; output and exit status must match. Then what Linux does to a thread
group as a whole: a fault in any thread, a timeout, a deadlock, a memory limit — and the domain
keeps working afterwards with nothing left behind.
"""

from __future__ import annotations

import gc
import os
import subprocess
from pathlib import Path

import pytest

import multipie
from multipie.errors import OutOfMemory, Timeout, Trap, TrapCode
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

pytestmark = needs_vm

CASES = ["create 4", "create 64", "prodcons", "spin", "robust", "tls", "fork", "timedwait", "signals", "mainexit"]


def _both(rt: multipie.Runtime, programs: Path, name: str, args: list[str], **kw: object) -> tuple[tuple, tuple]:
    svc = rt.load(programs / name)
    out, err = bytearray(), bytearray()
    code = rt.run_command(svc, args, stdout=out, stderr=err, timeout=60, **kw)  # type: ignore[arg-type]
    nat = subprocess.run([programs / name, *args], capture_output=True, timeout=60)
    return (code, bytes(out), bytes(err)), (nat.returncode, nat.stdout, nat.stderr)


@pytest.mark.parametrize("case", CASES)
def test_pthread_programs_match_native(rt: multipie.Runtime, programs: Path, case: str) -> None:
    ours, native = _both(rt, programs, "threads", case.split())
    assert ours == native
    assert ours[0] == 0 and b"expected" not in ours[1].replace(b"(expected", b"")  # the programs' own checks


def test_futex_operations_match_native(rt: multipie.Runtime, programs: Path) -> None:
    ours, native = _both(rt, programs, "futexes", [])
    assert ours == native
    assert b"requeued 3 waiters" in ours[1] and b"EINTR" in ours[1]


def test_execve_from_a_thread_ends_the_others(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "threads")
    out = bytearray()
    code = rt.run_command(svc, ["exec", "/p/hello"], dirs={str(programs): "/p"}, stdout=out, timeout=60)
    assert code == 0
    assert out.startswith(b"hello from a static musl program, argc=2\nargv[1]=from-a-thread\n")
    assert b"not reached" not in out


@needs_busybox
def test_a_fault_in_any_thread_kills_the_process(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "threads")
    out = bytearray()
    with pytest.raises(Trap) as trap:
        rt.run_command(svc, ["fault"], stdout=out, timeout=60)
    assert trap.value.code is TrapCode.PAGE_FAULT and out == b"before\n"
    # Under a shell: the process dies of SIGSEGV, as natively.
    sh = rt.load(BUSYBOX, name="busybox")
    script = "{p}/threads fault; echo status $?"
    out, err = bytearray(), bytearray()
    code = rt.run_command(sh, ["sh", "-c", script.format(p="/p")], dirs={str(programs): "/p"}, stdout=out,
                          stderr=err, timeout=60)  # fmt: skip
    nat = subprocess.run([BUSYBOX, "sh", "-c", script.format(p=programs)], capture_output=True, timeout=60)
    assert (code, bytes(out), bytes(err)) == (nat.returncode, nat.stdout, nat.stderr)
    assert out == b"before\nstatus 139\n"


def test_limits_cover_every_thread(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "threads")
    with svc.spawn(timeout=1.0) as d:
        out = bytearray()
        with pytest.raises(Timeout):  # two threads spin without a system call
            d.run(["hang"], stdout=out)
        assert out == b"spinning\n" and not d.is_open  # torn down
    with svc.spawn() as d, pytest.raises(Timeout, match="blocked for good"):
        d.run(["deadlock"])  # no timeout: nothing can ever wake the threads
    with svc.spawn(memory_limit=48 << 20) as d, pytest.raises(OutOfMemory):
        d.run(["create", "16"])  # 16 threads with musl's 8 MiB stacks do not fit 48 MiB
    with svc.spawn(timeout=60) as d:  # the service and its pooled machines go on
        assert d.run(["create", "4"], stdout=(o := bytearray())) == 0 and o.startswith(b"4 threads")


def _open_fds() -> dict[str, str]:
    """This process's open fds and what each is (``/proc/self/fd`` link targets)."""
    found = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            found[fd] = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the listing's own fd, closed by now
            pass
    return found


def test_threads_leave_nothing_behind(rt: multipie.Runtime, programs: Path) -> None:
    """vCPUs stay with their pooled machine (reused, bounded); fds and tasks do not pile up."""
    svc = rt.load(programs / "threads")
    with svc.spawn(timeout=60) as d:
        for _ in range(2):  # warm: the pool holds a machine for the forked child of "signals" too
            assert d.run(["create", "8"], stdout=bytearray()) == 0
            assert d.run(["signals"], stdout=bytearray()) == 0
        gc.collect()  # earlier tests' objects closing now would move the count
        fds = _open_fds()
        for _ in range(5):
            assert d.run(["create", "8"], stdout=bytearray()) == 0
            assert d.run(["signals"], stdout=bytearray()) == 0
        gc.collect()
        # Only vCPUs may be new: a run whose 8 threads overlap more than the warm-up's did adds the
        # missing ones to its machine (kept, at most 8 each: checked below); nothing else piles up.
        new = {fd: what for fd, what in _open_fds().items() if fds.get(fd) != what}
        assert all(what.startswith("anon_inode:kvm-vcpu:") for what in new.values()), new
        machines = [m for pool in svc._machines().pools._pools.values() for m in pool._idle]
        assert machines and all(len(m.extra_vcpus) <= 8 and m.vcpu is m.main_vcpu for m in machines)
        assert all(sorted(map(id, m.free_vcpus)) == sorted(map(id, m.extra_vcpus)) for m in machines)
        # 64 threads: the machine is not kept with 63 vCPU fds (KEEP_VCPUS), the next run gets a fresh one.
        assert d.run(["create", "64"], stdout=bytearray()) == 0
        machines = [m for pool in svc._machines().pools._pools.values() for m in pool._idle]
        assert all(len(m.extra_vcpus) <= 16 for m in machines)


PY_THREADS = """import threading, queue
q = queue.Queue()
def worker(k):
    q.put((k, sum(i * k for i in range(20000))))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
[t.start() for t in ts]
[t.join() for t in ts]
print(sorted(q.get() for _ in ts), threading.active_count())
"""


def test_glibc_threads_of_a_dynamic_python(rt: multipie.Runtime) -> None:
    """glibc's pthread_create (clone3 first) under Debian's dynamic python3, when this tree runs dynamic programs."""
    from multipie.errors import InvalidModule

    if not Path("/usr/bin/python3").exists():
        pytest.skip("no /usr/bin/python3")
    try:
        svc = rt.load("/usr/bin/python3")
    except InvalidModule as exc:
        pytest.skip(f"dynamic executables do not run in a virtine in this tree: {exc}")
    out, err = bytearray(), bytearray()
    code = rt.run_command(svc, ["-c", PY_THREADS], stdout=out, stderr=err, timeout=120)
    nat = subprocess.run(["/usr/bin/python3", "-c", PY_THREADS], capture_output=True, timeout=120)
    assert (code, bytes(out), bytes(err)) == (nat.returncode, nat.stdout, nat.stderr)

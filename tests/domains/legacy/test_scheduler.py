"""The run's scheduler: time slices stop a thread or process that spins without a system call; blocked calls are
tried again only once something moved."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

import multipie
from multipie.domains.legacy.scheduler import SLICE, Scheduler
from multipie.domains.legacy.syscalls import Blocked
from multipie.kvm.timeouts import Deadline, watchdog
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm


@needs_vm
def test_threads_spinning_on_each_other_take_turns(rt: multipie.Runtime, programs: Path) -> None:
    """Two threads hand a turn over by spinning (no system call): only preemption lets the waiting one run."""
    svc = rt.load(programs / "threads")
    with svc.spawn(timeout=60) as d:
        out = bytearray()
        assert d.run(["pingspin", "10"], stdout=out) == 0
        assert d.stats.exits["interrupt"] >= 10  # at least one preemption per hand-over
    nat = subprocess.run([programs / "threads", "pingspin", "10"], capture_output=True, timeout=60)
    assert bytes(out) == nat.stdout == b"handed the turn over 20 times without a system call\n"


@needs_vm
@needs_busybox
def test_a_spinning_process_does_not_keep_the_cpu(rt: multipie.Runtime) -> None:
    """A shell loop with no system call runs beside a sleeping parent, which still wakes and kills it."""
    script = "while :; do :; done & sleep 0.1; kill $!; wait $!; echo status $?"
    svc = rt.load(BUSYBOX, name="busybox")
    out = bytearray()
    assert rt.run_command(svc, ["sh", "-c", script], stdout=out, timeout=30) == 0
    nat = subprocess.run([BUSYBOX, "sh", "-c", script], capture_output=True, timeout=30)
    assert bytes(out) == nat.stdout == b"status 143\n"


class _Vcpu:
    """Enough of a vCPU for the watchdog: it is never running, so a kick does nothing."""

    def kick(self) -> bool:
        return False


@pytest.fixture
def sched() -> Iterator[Scheduler]:
    s = Scheduler(timeout=None, label="t")
    yield s
    s._disarm()


def test_preempt_waits_for_the_slice_and_for_the_entry_page_to_be_left(sched: Scheduler) -> None:
    vcpu = _Vcpu()
    inside = [False]
    sched.current = SimpleNamespace(vcpu=vcpu, in_entry=lambda: inside[0])  # type: ignore[assignment]
    assert not sched.preempt(vcpu)  # no slice armed
    sched._slice = watchdog().arm(vcpu, 3600)  # type: ignore[arg-type]
    assert not sched.preempt(vcpu)  # armed, not over
    sched._slice.fired = True
    assert not sched.preempt(_Vcpu())  # a kick meant for another vCPU
    inside[0] = True
    fired = sched._slice
    assert not sched.preempt(vcpu)  # inside entry.S/mm.c: it runs on, with a short slice to come back
    assert sched._slice is not fired and not sched._slice.fired and sched._slice.at - fired.at < SLICE
    sched._slice.fired, inside[0] = True, False
    assert sched.preempt(vcpu)


def test_a_slice_is_armed_once_a_second_thread_exists(sched: Scheduler) -> None:
    vcpu = _Vcpu()
    assert sched._slice is None
    sched._start_slicing(vcpu)  # type: ignore[arg-type]
    first = sched._slice
    assert isinstance(first, Deadline) and first.vcpu is vcpu and sched._slicing
    other = _Vcpu()
    sched._arm_slice(other)  # type: ignore[arg-type]
    assert sched._slice is first and first.vcpu is other  # not fired: the same slice follows the next vCPU
    first.fired = True
    sched._arm_slice(other)  # type: ignore[arg-type]
    assert sched._slice is not first


class _Task:
    """Enough of a Task for retries: its threads, none ended, loading a context does nothing."""

    exit = None

    def __init__(self) -> None:
        self.threads: dict[int, SimpleNamespace] = {}

    def load(self, th: object) -> None:
        pass


def test_a_blocked_call_is_tried_again_only_once_something_moved(sched: Scheduler) -> None:
    """The thread that just blocked is not retried at once, nor again while nothing ran, slept or completed."""
    tries: list[int] = []

    def retry() -> int:
        tries.append(sched.moves)
        raise Blocked("pipe", retry=retry)

    task = _Task()
    th = task.threads[2] = SimpleNamespace(task=task, tid=2, state="runnable", blocked=None, tried=-1, cpu_ns=0)
    task.cpu_ns = 0  # type: ignore[attr-defined]
    sched.moves = 5  # the step in which it blocked
    sched._parked(th, Blocked("pipe", retry=retry))  # type: ignore[arg-type]
    sched._retry(th)  # type: ignore[arg-type]
    assert tries == [] and th.state == "blocked"
    sched.moves += 1  # another thread ran
    sched._retry(th)  # type: ignore[arg-type]
    sched._retry(th)  # type: ignore[arg-type]
    assert tries == [6] and sched.retries == 1
    sched._sleep_until(0.0)  # time passed: a timed wait may be over
    sched._retry(th)  # type: ignore[arg-type]
    assert tries == [6, 7]
    done = SimpleNamespace(task=task, tid=3, state="blocked", tried=7, cpu_ns=0, futex=None,
                           blocked=Blocked("wait", retry=lambda: 0))  # fmt: skip
    done.blocked.regs = SimpleNamespace(rax=0, rip=0, rflags=0, rcx=0x401000, r11=0x202)
    done.vcpu = SimpleNamespace(sync_regs=True, mark_regs_dirty=lambda: None)
    task.threads[3] = done
    sched.moves += 1
    sched._retry(done)  # type: ignore[arg-type]
    assert done.state == "runnable" and done.blocked is None and sched.runq[-1] is done
    sched._retry(th)  # type: ignore[arg-type]
    assert tries == [6, 7, 9]  # a call that completed may have freed what the others wait for


CPU_CLOCKS = """import os, time, threading
def burn(n):
    x = 0
    for i in range(n):
        x += i
burn(300000)
p0, t0 = time.process_time_ns(), time.thread_time_ns()
th = threading.Thread(target=burn, args=(300000,))
th.start()
th.join()
p1, t1 = time.process_time_ns(), time.thread_time_ns()
print(p1 - p0 > t1 - t0, flush=True)  # the other thread's CPU counts for the process, not for this thread
burn(400000)
pid = os.fork()
if pid == 0:
    print(time.process_time_ns() < p0, flush=True)  # a child's clock starts again at 0
    os._exit(0)
os.waitpid(pid, 0)
print(p1, file=__import__("sys").stderr)
"""


@needs_vm
def test_cpu_clocks_count_the_programs_own_time(rt: multipie.Runtime) -> None:
    """CLOCK_PROCESS/THREAD_CPUTIME_ID are the program's: its threads, its process, never the runtime's other work."""
    if not Path("/usr/bin/python3").exists():
        pytest.skip("no /usr/bin/python3")
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=120) as d:
        assert d.run(["-c", "pass"]) == 0  # warm: the run below starts on a pooled machine
        out, err = bytearray(), bytearray()
        host0 = time.process_time_ns()
        assert d.run(["-c", CPU_CLOCKS], stdout=out, stderr=err) == 0
        host = time.process_time_ns() - host0
    nat = subprocess.run(["/usr/bin/python3", "-c", CPU_CLOCKS], capture_output=True, env={}, timeout=120)
    assert bytes(out) == nat.stdout == b"True\nTrue\n"
    assert 0 < int(err) <= host  # a share of what the runtime spent on the run (it was the whole process's before)


#: A timer armed by the running thread, then a loop with no system call at all: only the timer can end it.
ARMED_THEN_SPIN = """import signal
class Stop(Exception):
    pass
def stop(s, f):
    raise Stop
signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except Stop:
    print("stopped", flush=True)
"""

TIMERS = (
    """import signal, time
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
print(signal.alarm(5), signal.alarm(0), signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.02)
left, every = signal.getitimer(signal.ITIMER_REAL)
print(0 < left <= 0.05, every)
for _ in range(3):
    signal.pause()  # each expiry of the interval timer ends one pause
print(signal.setitimer(signal.ITIMER_REAL, 0)[1], got, signal.getitimer(signal.ITIMER_REAL))
"""
    + ARMED_THEN_SPIN.removeprefix("import signal\n")  # a busy loop: no system call, the timer still stops it
    + """signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.alarm(1)
time.sleep(10)  # SIGALRM's default action ends the process
print("not reached")
"""
)


@needs_vm
def test_interval_timers_send_sigalrm(rt: multipie.Runtime) -> None:
    """alarm/setitimer/getitimer: handlers end pauses and busy loops, the default action ends the process."""
    if not Path("/usr/bin/python3").exists():
        pytest.skip("no /usr/bin/python3")
    out, err = bytearray(), bytearray()
    with rt.load("/usr/bin/python3").spawn(timeout=60) as d:
        code = d.run(["-c", TIMERS], stdout=out, stderr=err)
    nat = subprocess.run(["/usr/bin/python3", "-c", TIMERS], capture_output=True, env={}, timeout=60)
    assert (bytes(out), bytes(err)) == (nat.stdout, nat.stderr)
    assert out == b"0 5 0\nTrue 0.02\n0.02 [14, 14, 14] (0.0, 0.0)\nstopped\n"
    assert (code, nat.returncode) == (128 + 14, -14)  # killed by SIGALRM




@needs_vm
def test_a_timer_armed_by_the_running_thread_stops_its_loop(rt: multipie.Runtime) -> None:
    # The timer was enforced only from the scheduler's next step (it armed the vCPU's slice there): a
    # thread that armed it and then spun without a system call ran to the run's timeout (TIMERS, above,
    # passed only thanks to an incidental exit after its setitimer, and failed under load).
    if not Path("/usr/bin/python3").exists():
        pytest.skip("no /usr/bin/python3")
    with rt.load("/usr/bin/python3").spawn(timeout=30) as d:
        for _ in range(2):
            out = bytearray()
            assert d.run(["-c", ARMED_THEN_SPIN], stdout=out) == 0
            assert out == b"stopped\n"


RUSAGE = """import os, resource, time
def burn(n):
    x = 0
    for i in range(n):
        x += i
burn(3000000)
pid = os.fork()
if pid == 0:
    burn(3000000)
    os._exit(0)
os.waitpid(pid, 0)
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
t = os.times()
print(kids.ru_utime > 0, me.ru_utime > 0, t.children_user > 0, t.user > 0)
"""


@needs_vm
def test_getrusage_and_times_count_the_program_and_its_reaped_children(rt: multipie.Runtime) -> None:
    # Each side burns ~0.1 s: os.times() counts in 10 ms clock ticks, and a shorter burn read 0 natively
    # (the parent's 400,000 steps read `t.user == 0` natively on the CI machine).
    if not Path("/usr/bin/python3").exists():
        pytest.skip("no /usr/bin/python3")
    out = bytearray()
    with rt.load("/usr/bin/python3").spawn(timeout=120) as d:
        assert d.run(["-c", RUSAGE], stdout=out) == 0
    nat = subprocess.run(["/usr/bin/python3", "-c", RUSAGE], capture_output=True, env={}, timeout=120)
    assert bytes(out) == nat.stdout == b"True True True True\n"

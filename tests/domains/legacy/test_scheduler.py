"""The run's scheduler: time slices stop a thread or process that spins without a system call."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

import multipie
from multipie.domains.legacy.scheduler import SLICE, Scheduler
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

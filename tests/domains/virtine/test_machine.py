"""multipie.domains.virtine.machine: a call's deadline stops the guest however the threads interleave.

A deadline that fires while no thread is recorded as running the vCPU, or while the call loop is
about to clear ``immediate_exit``, used to lose its kick and leave the guest running with no deadline.
Each interleaving is forced here by holding the calling thread at the racy point until the deadline has fired (a loaded
machine does the same by descheduling it past a short timeout); only then does the call go on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

import multipie
from multipie.kvm.timeouts import Deadline, watchdog
from multipie.kvm.vcpu import Vcpu
from tests.conftest import needs_kvm
from tests.inflight import Call, signal_until_interrupted, wait_for

pytestmark = needs_kvm

Load = Callable[[str], multipie.Service]


def _outcome_or_rescue(call: Call, vcpu: Vcpu) -> Any:
    """The call's outcome; if it does not end, kick its vCPU until it does (the test fails, it does not hang)."""
    try:
        return call.outcome()
    finally:
        while call.is_alive():
            vcpu.kick()
            call.join(1)


def _capture_arm(monkeypatch: pytest.MonkeyPatch, after: Callable[[Deadline], None]) -> list[Deadline]:
    """Wrap the watchdog's ``arm``: each deadline is recorded, then ``after(deadline)`` runs before it returns."""
    dog = watchdog()
    real = dog.arm
    armed: list[Deadline] = []

    def arm(vcpu: Vcpu, seconds: float) -> Deadline:
        d = real(vcpu, seconds)
        armed.append(d)
        after(d)
        return d

    monkeypatch.setattr(dog, "arm", arm)
    return armed


def test_a_deadline_that_fires_before_the_guest_enters_still_stops_it(
    load: Load, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before the fix the deadline was armed before the vCPU recorded its thread: a kick in between
    # found no running vCPU, did nothing, and the guest then spun with no deadline left.
    svc = load("tests/faults")
    d = svc.spawn(timeout=0.05)
    _capture_arm(monkeypatch, lambda dl: wait_for(lambda: dl.fired, "the deadline firing"))
    call = Call(d.call, "spin")
    err = _outcome_or_rescue(call, d.machine.vcpu)  # type: ignore[attr-defined]
    assert isinstance(err, multipie.Timeout), err
    monkeypatch.undo()
    with svc.spawn(timeout=10) as fresh:
        assert fresh.call("divide", 9, 3) == 3


def test_a_deadline_that_fires_while_another_signal_is_handled_still_stops_it(
    load: Load, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another signal stops KVM_RUN; the call loop finds its deadline not fired and clears
    # immediate_exit. Before the fix it checked first and cleared after: a kick in between was wiped.
    svc = load("tests/faults")
    d = svc.spawn(timeout=2.0)
    vcpu: Vcpu = d.machine.vcpu  # type: ignore[attr-defined]
    armed = _capture_arm(monkeypatch, lambda dl: None)
    real_clear = vcpu.clear_interrupt
    cleared = threading.Event()

    def clear_late() -> None:  # the first clear waits for the deadline (its kick sets immediate_exit)
        cleared.set()
        wait_for(lambda: armed[0].fired, "the deadline firing")
        real_clear()

    monkeypatch.setattr(vcpu, "clear_interrupt", clear_late)
    call = Call(d.call, "spin")
    signal_until_interrupted(vcpu, cleared, call)
    err = _outcome_or_rescue(call, vcpu)
    assert isinstance(err, multipie.Timeout), err


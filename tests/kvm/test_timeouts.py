"""multipie.kvm.timeouts: the watchdog kicks a vCPU past its deadline, and only then."""

from __future__ import annotations

from multipie.kvm.timeouts import Watchdog, watchdog
from tests.conftest import needs_kvm
from tests.inflight import Call, wait_for
from tests.kvm.minivm import SPIN, MiniVm

pytestmark = needs_kvm


def test_one_watchdog_per_process() -> None:
    assert watchdog() is watchdog()


def test_a_deadline_stops_a_guest_that_never_leaves() -> None:
    m = MiniVm(SPIN)  # only a kick can end this run
    dog = Watchdog()
    d = dog.arm(m.vcpu, 0.05)
    run = Call(m.run)
    try:
        assert run.outcome().name == "INTERRUPTED"
        assert dog.disarm(d) is True and d.fired  # it fired: a timeout, not an ordinary exit
        assert dog.armed == 0
    finally:
        while run.is_alive():  # the watchdog failed: stop the guest ourselves so the test fails, not hangs
            m.vcpu.kick()
            run.join(1)
        m.close()


def test_a_passed_deadline_on_an_idle_vcpu_fires_harmlessly() -> None:
    m = MiniVm()
    try:
        dog = Watchdog()
        d = dog.arm(m.vcpu, 0.0)
        wait_for(lambda: d.fired, "the watchdog firing")
        assert dog.disarm(d) is True
        assert m.run().name == "PORT_OUT"  # kicking an idle vCPU left nothing pending for its next run
    finally:
        m.close()


def test_disarming_first_lets_go_of_the_vcpu() -> None:
    m = MiniVm()
    try:
        dog = Watchdog()
        d = dog.arm(m.vcpu, 3600)
        assert dog.armed == 1
        assert dog.disarm(d) is False and d.vcpu is None and not d.fired
        assert dog.armed == 0 and dog.disarm(d) is False  # twice is harmless
        assert m.run().name == "PORT_OUT"
    finally:
        m.close()


def test_disarmed_deadlines_do_not_pile_up() -> None:
    m = MiniVm()
    try:
        dog = Watchdog()
        keep = dog.arm(m.vcpu, 3600)
        for _ in range(200):
            dog.disarm(dog.arm(m.vcpu, 3600))
        assert dog.armed == 1 and dog.held <= 2 * dog.armed + 16
        dog.disarm(keep)
    finally:
        m.close()

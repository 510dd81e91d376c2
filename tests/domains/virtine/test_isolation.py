"""A tenant must not leave anything behind for the next domain of its service, nor take the process down.

Each attack in ``guest/virtine/tests/attacks.c`` runs in one domain; then fresh domains of the same
service must compute exactly what they computed before it (reliability finding 7: a pending port read
survived the pool reset and the next domain faulted inside the previous guest's code).
"""

from __future__ import annotations

import io
import os
import signal
import threading
import time
from collections.abc import Callable

import pytest

import multipie
from multipie.errors import DomainClosed, ResourceExhausted, Trap, UsageError
from multipie.kvm.vcpu import VcpuState
from tests.conftest import needs_kvm

pytestmark = needs_kvm

Load = Callable[[str], multipie.Service]


def _victim(svc: multipie.Service) -> tuple[object, ...]:
    with svc.spawn(timeout=10) as d:
        return (
            d.call("fib", 20),
            d.call("probe"),
            d.call("divide", 1.0, 10.0),
            d.call("probe_fs_gs_base"),
            d.call("probe_ymm_upper"),
        )


ATTACKS = [
    "port_in", "port_in_wide", "port_ins", "set_fp_modes", "null_segments", "null_segments_then_fault",
    "set_flags", "set_fs_base_msr", "set_debug_register", "set_fs_gs_base", "set_ymm_upper",
]  # fmt: skip


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_fresh_domain_computes_correctly_after_an_attack(load: Load, attack: str) -> None:
    svc = load("tests/attacks")
    before = _victim(svc)
    assert before == (6765, before[1], 0.1, 0, 0)
    with svc.spawn(timeout=10) as d:
        try:
            d.call(attack, *((0x5EC12E7,) if attack == "set_fs_gs_base" else ()))
        except Trap:
            assert not d.is_open  # a fault tears the attacker's domain down
    for _ in range(3):  # more than once: whichever pooled machine is taken next
        assert _victim(svc) == before


def test_a_machine_that_took_a_port_read_is_retired(load: Load) -> None:
    svc = load("tests/attacks")
    for attack in ("port_in", "port_ins"):
        with svc.spawn() as d, pytest.raises(Trap, match="port read"):
            attacked = d.machine  # type: ignore[attr-defined]
            d.call(attack)
        assert not attacked.reusable and attacked.state.value == "closed"  # closed, never pooled
        with svc.spawn() as fresh:
            assert fresh.machine is not attacked  # type: ignore[attr-defined]
            assert fresh.call("fib", 10) == 55


def test_output_is_capped_per_call(load: Load) -> None:
    svc = load("tests/attacks")
    with svc.spawn(max_output=64 << 10) as d:  # type: ignore[call-arg]
        assert d.run("output_flood", 16).output == bytes(64 << 10)  # exactly the cap is fine
        with pytest.raises(ResourceExhausted, match="cap of 65536 bytes"):
            d.run("output_flood", 17)
        assert not d.is_open
        with pytest.raises(DomainClosed):
            d.call("fib", 3)
    sink = io.BytesIO()
    with svc.spawn(max_output=64 << 10, stdout=sink) as d, pytest.raises(ResourceExhausted):  # type: ignore[call-arg]
        d.call("write_flood", 100)
    assert len(sink.getvalue()) <= 64 << 10
    with svc.spawn() as d:  # the default cap leaves ordinary output alone, and counts per call
        for _ in range(3):
            assert len(d.run("output_flood", 256).output) == 1 << 20
    with pytest.raises(UsageError, match="max_output"):
        svc.spawn(max_output=-1)  # type: ignore[call-arg]


def test_sigint_stops_a_spinning_virtine(load: Load) -> None:
    svc = load("tests/faults")
    d = svc.spawn()  # no timeout: only the signal can stop it
    vcpu = d.machine.vcpu  # type: ignore[attr-defined]

    def interrupt() -> None:
        while vcpu.state is not VcpuState.RUNNING:  # until the guest runs (polling decides nothing)
            time.sleep(0.001)
        os.kill(os.getpid(), signal.SIGINT)

    t = threading.Thread(target=interrupt)
    t.start()
    with pytest.raises(KeyboardInterrupt):
        d.call("spin")
    t.join()
    assert not d.is_open
    with svc.spawn() as fresh:
        assert fresh.call("divide", 9, 3) == 3


def test_a_running_guest_does_not_hold_the_gil(load: Load) -> None:
    svc = load("tests/faults")
    d = svc.spawn(timeout=2)
    vcpu = d.machine.vcpu  # type: ignore[attr-defined]
    outcome: list[BaseException] = []

    def worker() -> None:
        try:
            d.call("spin")
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    t = threading.Thread(target=worker)
    t.start()
    while vcpu.state is not VcpuState.RUNNING and t.is_alive():
        time.sleep(0.001)
    ran = 0
    while vcpu.state is VcpuState.RUNNING:  # Python runs here only if KVM_RUN released the GIL
        ran += 1
    t.join()
    assert ran > 0
    assert len(outcome) == 1 and isinstance(outcome[0], multipie.Timeout)

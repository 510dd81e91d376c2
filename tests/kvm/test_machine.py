"""The base machine (multipie.kvm.machine): reset restores memory and registers, close releases every fd."""

from __future__ import annotations

import gc
import os

import pytest

from multipie.kvm import kvm
from tests.conftest import needs_kvm
from tests.kvm.tinyvm import CODE, PORT, SLOT, TinyMachine

pytestmark = needs_kvm


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _maps() -> int:
    with open("/proc/self/maps") as f:
        return sum(1 for _ in f)


def test_the_guest_cpuid_reports_the_host_cpu() -> None:
    # Without KVM_SET_CPUID2 every leaf read zeros here (PVM on AMD), and glibc's loader refused to
    # start any dynamic program ("CPU ISA level is lower than required").
    # xor %eax, %eax; cpuid; mov %rbx, (SLOT); out %al, $PORT; jmp .
    program = b"\x31\xc0\x0f\xa2\x48\x89\x1c\x25" + SLOT.to_bytes(4, "little") + bytes([0xE6, PORT]) + b"\xeb\xfe"
    with open("/proc/cpuinfo") as f:
        vendor = next(line.split(":")[1].strip() for line in f if line.startswith("vendor_id"))
    m = TinyMachine()
    try:
        m.memory.write(CODE, program)
        assert m.call(0).to_bytes(8, "little")[:4] == vendor.encode()[:4]  # "Auth"enticAMD, "Genu"ineIntel
    finally:
        m.close()


def test_reset_restores_memory() -> None:
    m = TinyMachine()
    try:
        assert m.call(0x1234) == 0x1234
        assert m.reset() >= 1  # the page the guest wrote
        assert m.memory.read_u64(SLOT) == 0
        assert m.call(7) == 7  # the machine runs again after a reset
    finally:
        m.close()


def test_scrub_restores_special_and_fpu_registers() -> None:
    m = TinyMachine()
    try:
        sregs = m.vcpu.get_sregs()
        clean_fs = sregs.fs.base
        sregs.fs.base = 0x7000_0000
        m.vcpu.set_sregs(sregs)
        fpu = m.vcpu.get_fpu_state()
        clean_fpu = bytes(fpu)
        fpu.region[6] ^= 0x6000  # MXCSR (byte 24): another rounding mode
        fpu.region[40] ^= 0xFFFF  # xmm0's low bits (byte 160) ...
        fpu.region[128] |= 2  # ... valid: XSTATE_BV (byte 512) marks the SSE state present
        m.vcpu.set_fpu_state(fpu)
        assert m.vcpu.get_sregs().fs.base == 0x7000_0000 and bytes(m.vcpu.get_fpu_state()) != clean_fpu
        m.scrub()
        assert m.vcpu.get_sregs().fs.base == clean_fs
        assert bytes(m.vcpu.get_fpu_state()) == clean_fpu
    finally:
        m.close()


def test_close_releases_fds_and_mappings_and_is_idempotent() -> None:
    kvm.system()  # the process-wide /dev/kvm handle stays open by design
    gc.collect()  # an earlier test's garbage holding an fd must not be collected mid-count
    fds, maps = _fds(), _maps()
    machines = [TinyMachine()]
    per_machine = _fds() - fds  # a VM fd and a vCPU fd (and whatever else KVM gives a VM here)
    assert per_machine >= 2
    machines += [TinyMachine() for _ in range(2)]
    assert _fds() == fds + 3 * per_machine
    for m in machines:
        m.call(1)
        m.close()
        m.close()
        assert m.closed and not hasattr(m, "vcpu")
    assert _fds() == fds
    assert _maps() <= maps


def test_failed_build_leaves_nothing_open() -> None:
    kvm.system()
    fds = _fds()
    with pytest.raises(RuntimeError, match="on purpose"):
        TinyMachine(fail_in_build=True)
    assert _fds() == fds


def test_extra_vcpus_are_reused_and_closed_with_the_machine() -> None:
    """Threads' vCPUs: KVM never frees one before its VM, so they are kept, reused, and closed at the end."""
    kvm.system()
    fds = _fds()
    m = TinyMachine()
    base = _fds()
    a = m.take_vcpu()
    b = m.take_vcpu()
    two = _fds()
    assert a is not b and a is not m.vcpu and two > base
    m.give_vcpu(a)
    assert m.take_vcpu() is a and _fds() == two  # reused, not another KVM_CREATE_VCPU
    main = m.vcpu
    m.vcpu = b  # a kind may point vcpu at another one for a while (legacy threads)
    m.close()
    assert _fds() == fds and all(v.fd == -1 for v in (a, b, main))

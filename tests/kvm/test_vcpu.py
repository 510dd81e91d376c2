"""handle_exit and other pure pieces, without /dev/kvm."""

from __future__ import annotations

import pytest

from multipie.kvm import _abi
from multipie.kvm.vcpu import VcpuExit, handle_exit


@pytest.mark.parametrize(
    ("reason", "direction", "expected"),
    [
        (_abi.ExitReason.IO, _abi.KVM_EXIT_IO_OUT, VcpuExit.PORT_OUT),
        (_abi.ExitReason.IO, _abi.KVM_EXIT_IO_IN, VcpuExit.PORT_IN),
        (_abi.ExitReason.SHUTDOWN, 0, VcpuExit.SHUTDOWN),
        (_abi.ExitReason.HLT, 0, VcpuExit.HALT),
        (_abi.ExitReason.MMIO, 0, VcpuExit.MMIO),
        (_abi.ExitReason.INTERNAL_ERROR, 0, VcpuExit.INTERNAL_ERROR),
        (_abi.ExitReason.FAIL_ENTRY, 0, VcpuExit.FAIL_ENTRY),
        (_abi.ExitReason.INTR, 0, VcpuExit.INTERRUPTED),
        (_abi.ExitReason.DEBUG, 0, VcpuExit.UNEXPECTED),
        (12345, 0, VcpuExit.UNEXPECTED),
    ],
)
def test_handle_exit_maps_raw_exits(reason: int, direction: int, expected: VcpuExit) -> None:
    assert handle_exit(reason, direction) is expected


def test_abi_layouts_match_the_kernel() -> None:
    import ctypes

    assert ctypes.sizeof(_abi.KvmRegs) == 144
    assert ctypes.sizeof(_abi.KvmSregs) == 312
    assert _abi.KvmSregs.cr0.offset == 224 and _abi.KvmSregs.efer.offset == 264
    assert _abi.KvmRun.s.offset == 304


def test_tsc_rate_and_counter_are_readable() -> None:
    from multipie.kvm.vm import Vm
    from tests.conftest import HAS_KVM

    if not HAS_KVM:
        pytest.skip("needs /dev/kvm")
    vm = Vm()
    try:
        vcpu = vm.create_vcpu()
        assert vcpu.tsc_khz() > 100_000  # a TSC of more than 100 MHz (the legacy vDSO's clock rate)
        first = vcpu.get_msrs([0x10])[0x10]
        assert vcpu.get_msrs([0x10])[0x10] >= first  # IA32_TSC moves forward
    finally:
        vm.close()

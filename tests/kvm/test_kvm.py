"""multipie.kvm.kvm: the one /dev/kvm handle and the one place an ioctl failure becomes an error."""

from __future__ import annotations

import ctypes
import errno
import os

import pytest

from multipie.errors import CapacityError, HostBug, UsageError
from multipie.kvm import kvm
from tests.conftest import needs_kvm


def test_check_passes_results_through() -> None:
    assert kvm.check(0, "x") == 0
    assert kvm.check(7, "x") == 7


@pytest.mark.parametrize("err", [errno.ENOMEM, errno.EMFILE, errno.ENFILE, errno.ENOSPC])
def test_check_turns_exhaustion_into_capacity_error(err: int) -> None:
    ctypes.set_errno(err)
    with pytest.raises(CapacityError, match=rf"KVM_CREATE_VM: .*\(errno {err}\)"):
        kvm.check(-1, "KVM_CREATE_VM")


def test_check_turns_other_failures_into_host_bug() -> None:
    ctypes.set_errno(errno.EBADF)
    with pytest.raises(HostBug, match=rf"set memory slot: {os.strerror(errno.EBADF)} \(errno {errno.EBADF}\)"):
        kvm.check(-1, "set memory slot")


def test_missing_device_is_a_usage_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="virtines need KVM: cannot open .*nope"):
        kvm.Kvm(str(tmp_path / "nope"))


def test_a_device_that_is_not_kvm_is_refused() -> None:
    with pytest.raises(UsageError, match="/dev/null: KVM API version -1, expected 12"):
        kvm.Kvm("/dev/null")


def test_available_matches_access_to_the_device() -> None:
    assert kvm.available() == os.access(kvm.KVM_PATH, os.R_OK | os.W_OK)


@needs_kvm
def test_system_is_one_handle_per_process() -> None:
    k = kvm.system()
    assert kvm.system() is k
    assert k.vcpu_mmap_size >= 4096
    assert k.extension(0x7FFF_FFFF) == 0  # an unknown capability reads as unsupported, never an error
    fd = k.create_vm_fd()
    try:
        assert fd >= 0 and fd != k.fd
    finally:
        os.close(fd)


def test_ioctls_interrupted_by_a_kick_are_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A watchdog kick (a time slice) may land in any ioctl of the guest's thread: only KVM_RUN reports it."""
    from multipie.kvm import _abi

    results = [-1, -1, 5]

    def flaky(fd: int, request: int, arg: object) -> int:
        ret = results.pop(0)
        ctypes.set_errno(errno.EINTR if ret < 0 else 0)
        return ret

    monkeypatch.setattr(_abi, "run_ioctl", flaky)
    assert _abi.ioctl(3, _abi.KVM_CREATE_VM, 0) == 5 and not results
    results[:] = [-1, 5]
    monkeypatch.setattr(_abi, "held_ioctl", flaky)  # the GIL-keeping variant retries the same way
    assert _abi.quick_ioctl(3, _abi.KVM_GET_DIRTY_LOG, 0) == 5 and not results
    results[:] = [-1]
    monkeypatch.setattr(_abi, "run_ioctl", lambda *a: (ctypes.set_errno(errno.EBADF), results.pop())[1])
    assert _abi.ioctl(3, _abi.KVM_CREATE_VM, 0) == -1 and ctypes.get_errno() == errno.EBADF  # other errors: once

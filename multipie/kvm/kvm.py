"""The ``/dev/kvm`` handle: opened once per process, shared by every VM.

:func:`system` returns the process-wide :class:`Kvm` (opened on first use);
:func:`check` is the one place an ioctl's ``-1``/``errno`` becomes a Python
error, so every KVM object reports failures the same way.
"""

from __future__ import annotations

import ctypes
import errno
import os
import threading

from multipie.errors import CapacityError, HostBug, UsageError
from multipie.kvm import _abi

__all__ = ["Kvm", "KVM_PATH", "check", "system"]

KVM_PATH = "/dev/kvm"
_lock = threading.Lock()
_system: Kvm | None = None


def check(ret: int, what: str) -> int:
    """Return ``ret`` from an ioctl, or raise for ``-1`` (errno read from ctypes).

    Raises:
        CapacityError: the kernel is out of memory or file descriptors (ENOMEM, EMFILE, ENFILE, ENOSPC).
        HostBug: any other failure (a request this layer should never make).
    """
    if ret != -1:
        return ret
    err = ctypes.get_errno()
    text = f"{what}: {os.strerror(err)} (errno {err})"
    if err in (errno.ENOMEM, errno.EMFILE, errno.ENFILE, errno.ENOSPC):
        raise CapacityError(text)
    raise HostBug(text)


class Kvm:
    """An open ``/dev/kvm``: creates VMs and knows the per-vCPU ``kvm_run`` mapping size.

    Raises:
        UsageError: ``/dev/kvm`` is missing or not accessible (KVM is not available).
    """

    def __init__(self, path: str = KVM_PATH) -> None:
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
        except OSError as exc:
            raise UsageError(f"virtines need KVM: cannot open {path}: {exc.strerror}") from exc
        # SAFETY: fd is our open /dev/kvm; these requests take no argument.
        version = _abi.ioctl(self.fd, _abi.KVM_GET_API_VERSION, None)
        if version != _abi.KVM_API_VERSION:
            os.close(self.fd)
            raise UsageError(f"{path}: KVM API version {version}, expected {_abi.KVM_API_VERSION}")
        # SAFETY: as above.
        self.vcpu_mmap_size = check(_abi.ioctl(self.fd, _abi.KVM_GET_VCPU_MMAP_SIZE, None), "KVM_GET_VCPU_MMAP_SIZE")
        self.sync_regs = self.extension(_abi.KVM_CAP_SYNC_REGS)
        self._cpuid: ctypes.Structure | None = None

    def extension(self, cap: int) -> int:
        """``KVM_CHECK_EXTENSION``: 0 when ``cap`` is unsupported, else a cap-specific positive value."""
        # SAFETY: fd is our open /dev/kvm; the argument is an integer, not a pointer.
        return max(_abi.ioctl(self.fd, _abi.KVM_CHECK_EXTENSION, cap), 0)

    def supported_cpuid(self) -> ctypes.Structure:
        """``KVM_GET_SUPPORTED_CPUID``: the ``struct kvm_cpuid2`` every vCPU is given (read once).

        Without ``KVM_SET_CPUID2`` a vCPU's ``cpuid`` answers zeros on some hosts (PVM on AMD here), and
        glibc's loader then refuses to start ("CPU ISA level is lower than required"). AVX and later
        stay unused by programs anyway: CR4.OSXSAVE is off, so CPUID reports OSXSAVE clear.
        """
        if self._cpuid is None:
            with _lock:
                if self._cpuid is None:
                    for n in (64, 128, 256, 512, 1024):
                        buf = _abi.cpuid_struct(n)()
                        buf.nent = n
                        # SAFETY: buf has room for nent entries; the kernel writes at most that many (E2BIG if
                        # more are needed: the next size is tried).
                        if _abi.ioctl(self.fd, _abi.KVM_GET_SUPPORTED_CPUID, ctypes.addressof(buf)) >= 0:
                            self._cpuid = buf
                            break
                    else:
                        raise UsageError("KVM_GET_SUPPORTED_CPUID failed: KVM reports no CPUID leaves")
        return self._cpuid

    def create_vm_fd(self) -> int:
        """A new VM file descriptor (the caller owns it); see :class:`multipie.kvm.vm.Vm`."""
        # SAFETY: fd is our open /dev/kvm; machine type 0 is the default x86 VM.
        return check(_abi.ioctl(self.fd, _abi.KVM_CREATE_VM, 0), "KVM_CREATE_VM")


def system() -> Kvm:
    """The process-wide :class:`Kvm` (opened on first call, kept open for the process lifetime)."""
    global _system
    if _system is None:
        with _lock:
            if _system is None:
                _system = Kvm()
    return _system


def available() -> bool:
    """True when ``/dev/kvm`` can be opened for reading and writing."""
    return os.access(KVM_PATH, os.R_OK | os.W_OK)

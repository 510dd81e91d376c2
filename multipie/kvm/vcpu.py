"""A virtual CPU: its fd, the ``kvm_run`` page it shares with the kernel, registers, and one run step.

A :class:`Vcpu` owns its fd and the ``kvm_run`` mapping. :meth:`Vcpu.run`
enters the guest once and returns a :class:`VcpuExit`, the small closed set
of reasons a guest comes back for; the mapping from raw exits is the pure
function :func:`handle_exit`, testable without ``/dev/kvm``. Callers (the
virtine call loop, the legacy ELF syscall loop) drive their own state machine
on top of it.

Registers travel through the ``kvm_run`` page when the kernel supports
``KVM_CAP_SYNC_REGS``: KVM stores the general registers there on every exit
(:attr:`Vcpu.regs`), and loads them back on entry after :meth:`Vcpu.mark_regs_dirty`,
so the hot path makes no ``GET_REGS``/``SET_REGS`` ioctl.

Stopping a running guest from another thread (:meth:`Vcpu.kick`) sets
``immediate_exit`` and then signals the vCPU's thread with :data:`KICK_SIGNAL`:
either the thread has not entered ``KVM_RUN`` yet (it returns at once because
of the flag) or it is inside (the signal makes it return with ``EINTR``).

Ctrl-C works the same way on the main thread: while it runs a vCPU (between
:meth:`Vcpu.enter` and :meth:`Vcpu.leave`), the C SIGINT handler of
:mod:`multipie._interrupt` sets that vCPU's ``immediate_exit`` too, so a SIGINT
landing after the run loop's last look at signals but before ``KVM_RUN`` is not
lost (``native/interrupt.c``, ``stop_kvm``).
"""

from __future__ import annotations

import ctypes
import enum
import errno
import mmap
import os
import signal
import threading
from _signal import getsignal as _getsignal  # type: ignore[import-not-found]

from multipie.errors import HostBug, Trap, TrapCode
from multipie.kvm import _abi
from multipie.kvm.kvm import check

__all__ = ["KICK_SIGNAL", "Vcpu", "VcpuExit", "VcpuState", "handle_exit", "install_kick_handler"]

#: The signal used to knock a vCPU thread out of ``KVM_RUN`` (a handler must be installed, see below).
KICK_SIGNAL = signal.SIGRTMIN + 5

_ioctl = _abi.ioctl
_quick = _abi.quick_ioctl  # register and FPU state: microseconds, the GIL stays (see libc)
_run_ioctl = _abi.run_ioctl
_get_errno = ctypes.get_errno
_KVM_RUN = _abi.KVM_RUN
_MAIN = threading.main_thread().ident
_EXIT_OFFSET = _abi.KvmRun.immediate_exit.offset

try:
    from multipie import _interrupt as _ctrl_c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - built by pip install
    _ctrl_c = None


class VcpuExit(enum.Enum):
    """Why :meth:`Vcpu.run` returned (the host decides what each means for its guest)."""

    PORT_OUT = "port write"  # an ``out``: the hypercall/syscall doorbell
    PORT_IN = "port read"
    INTERRUPTED = "interrupted"  # a signal or immediate_exit (timeouts)
    SHUTDOWN = "shutdown"  # triple fault
    HALT = "halt"
    MMIO = "access to unbacked memory"
    INTERNAL_ERROR = "KVM internal error"
    FAIL_ENTRY = "entry failed"
    UNEXPECTED = "unexpected exit"


class VcpuState(enum.Enum):
    """Lifecycle of a vCPU: ``IDLE`` ⇄ ``RUNNING``, then ``CLOSED``."""

    IDLE = "idle"
    RUNNING = "running"
    CLOSED = "closed"


_EXITS = {
    _abi.ExitReason.SHUTDOWN: VcpuExit.SHUTDOWN,
    _abi.ExitReason.HLT: VcpuExit.HALT,
    _abi.ExitReason.MMIO: VcpuExit.MMIO,
    _abi.ExitReason.INTERNAL_ERROR: VcpuExit.INTERNAL_ERROR,
    _abi.ExitReason.FAIL_ENTRY: VcpuExit.FAIL_ENTRY,
    _abi.ExitReason.INTR: VcpuExit.INTERRUPTED,
}


def handle_exit(exit_reason: int, io_direction: int = 0) -> VcpuExit:
    """Reduce a raw ``kvm_run.exit_reason`` (and, for I/O, its direction) to a :class:`VcpuExit`.

    Args:
        exit_reason: ``kvm_run.exit_reason`` after ``KVM_RUN`` returned 0.
        io_direction: ``kvm_run.io.direction`` (1 = out) when the reason is I/O.

    Returns:
        The exit kind; unknown reasons map to ``UNEXPECTED`` (never an exception).
    """
    if exit_reason == _abi.ExitReason.IO:
        return VcpuExit.PORT_OUT if io_direction == _abi.KVM_EXIT_IO_OUT else VcpuExit.PORT_IN
    return _EXITS.get(exit_reason, VcpuExit.UNEXPECTED)  # type: ignore[call-overload]


def _noop_handler(signum: int, frame: object) -> None:
    """Python-level side of the kick signal: nothing to do, the point was EINTR."""


def install_kick_handler() -> bool:
    """Make sure :data:`KICK_SIGNAL` has a handler (an unhandled or ignored signal would not interrupt).

    Returns:
        True when a handler is in place. Installing needs the main thread the first time.
    """
    current = signal.getsignal(KICK_SIGNAL)
    if current not in (signal.SIG_DFL, signal.SIG_IGN, None):
        return True
    if threading.current_thread() is not threading.main_thread():
        return False
    signal.signal(KICK_SIGNAL, _noop_handler)
    signal.siginterrupt(KICK_SIGNAL, False)  # SA_RESTART: other system calls go on; KVM_RUN still stops
    return True


#: The kick signal's number once its handler is installed (0: not yet).
_ctrl_c_kick = 0


def _ctrl_c_install() -> int:
    """Put the C SIGINT handler in front of Python's if need be; the signal to pass to ``watch_kvm`` (0: don't watch).

    It goes in front only of Python's default handler (the one raising ``KeyboardInterrupt``), as
    for Wasm guests: an app's own handler, or SIGINT ignored, stays as it is. Asked on every entry
    (``_signal.getsignal`` 50 ns, ``install`` one ``sigaction`` query): Python's ``signal.signal``
    replaces the process's handler, ours included, whenever an app or harness sets one, even
    ``default_int_handler`` back (``signal.getsignal`` costs 3 µs for a function handler, whose
    enum conversion fails). The kick signal (its handler is installed here, on the main thread)
    also stops ``KVM_RUN`` when a SIGINT is delivered to another thread.
    """
    global _ctrl_c_kick
    if _ctrl_c is None or _getsignal(signal.SIGINT) is not signal.default_int_handler:
        return 0
    if not _ctrl_c.install():
        return 0
    if not _ctrl_c_kick and install_kick_handler():
        _ctrl_c_kick = int(KICK_SIGNAL)
    return _ctrl_c_kick


class Vcpu:
    """One vCPU of a :class:`~multipie.kvm.vm.Vm` (create with ``Vm.create_vcpu``).

    Attributes:
        run_page: the ``kvm_run`` structure (exit reason, I/O details, synced registers).
        regs: the synced general registers in ``kvm_run`` (valid after each exit when :attr:`sync_regs`).
        io: ``kvm_run.io`` (port, size, data offset of the last port exit).
    """

    def __init__(self, fd: int, mmap_size: int, *, sync_regs: bool) -> None:
        self.fd = fd
        self.state = VcpuState.IDLE
        # SAFETY: fd is our vCPU; the kernel sizes the kvm_run area as
        # GET_VCPU_MMAP_SIZE, which is at least sizeof(KvmRun).
        self._map = mmap.mmap(fd, mmap_size, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ | mmap.PROT_WRITE)
        # SAFETY: the struct view is dropped in close() before the mapping.
        self.run_page = _abi.KvmRun.from_buffer(self._map)
        self.io = self.run_page.exit.io
        self.sync_regs = sync_regs
        if sync_regs:
            self.run_page.kvm_valid_regs = _abi.KVM_SYNC_X86_REGS
        self.regs = self.run_page.s.regs
        self._thread: int | None = None
        self._kick_lock = threading.Lock()
        self._watched = False  # Ctrl-C sets our immediate_exit (main thread, between enter and leave)
        # SAFETY: an address only, handed to the SIGINT handler while watched (enter to leave or close,
        # both before the mapping goes); the handler stores one byte there.
        self._exit_addr = ctypes.addressof(self.run_page) + _EXIT_OFFSET

    # -- registers -------------------------------------------------------------

    def get_regs(self) -> _abi.KvmRegs:
        """``KVM_GET_REGS``: a copy of the general registers."""
        regs = _abi.KvmRegs()
        # SAFETY: regs is a kvm_regs-sized buffer the kernel fills.
        check(_quick(self.fd, _abi.KVM_GET_REGS, ctypes.addressof(regs)), "KVM_GET_REGS")
        return regs

    def set_regs(self, regs: _abi.KvmRegs) -> None:
        """Load the general registers: through ``kvm_run`` when synced (no ioctl), else ``KVM_SET_REGS``."""
        if self.sync_regs:
            # SAFETY: self.regs lives in the kvm_run mapping (open while the vCPU is);
            # KVM reads it on the next entry because of kvm_dirty_regs.
            ctypes.pointer(self.regs)[0] = regs
            self.run_page.kvm_dirty_regs |= _abi.KVM_SYNC_X86_REGS
            return
        # SAFETY: regs is a complete kvm_regs the kernel only reads.
        check(_quick(self.fd, _abi.KVM_SET_REGS, ctypes.addressof(regs)), "KVM_SET_REGS")

    def mark_regs_dirty(self) -> None:
        """Have the next entry load :attr:`regs` (after editing them in place)."""
        if self.sync_regs:
            self.run_page.kvm_dirty_regs |= _abi.KVM_SYNC_X86_REGS
        else:
            self.set_regs_ioctl(self.regs)

    def set_regs_ioctl(self, regs: _abi.KvmRegs) -> None:
        """``KVM_SET_REGS`` unconditionally (needed before the first run without sync regs)."""
        # SAFETY: regs is a complete kvm_regs the kernel only reads.
        check(_quick(self.fd, _abi.KVM_SET_REGS, ctypes.addressof(regs)), "KVM_SET_REGS")

    def get_sregs(self) -> _abi.KvmSregs:
        """``KVM_GET_SREGS``: segments, descriptor tables, control registers."""
        sregs = _abi.KvmSregs()
        # SAFETY: sregs is a kvm_sregs-sized buffer the kernel fills.
        check(_quick(self.fd, _abi.KVM_GET_SREGS, ctypes.addressof(sregs)), "KVM_GET_SREGS")
        return sregs

    def set_sregs(self, sregs: _abi.KvmSregs) -> None:
        """``KVM_SET_SREGS``."""
        # SAFETY: sregs is a complete kvm_sregs the kernel only reads.
        check(_quick(self.fd, _abi.KVM_SET_SREGS, ctypes.addressof(sregs)), "KVM_SET_SREGS")

    def get_fpu(self) -> _abi.KvmFpu:
        """``KVM_GET_FPU``: x87/SSE state."""
        fpu = _abi.KvmFpu()
        # SAFETY: fpu is a kvm_fpu-sized buffer the kernel fills.
        check(_quick(self.fd, _abi.KVM_GET_FPU, ctypes.addressof(fpu)), "KVM_GET_FPU")
        return fpu

    def set_fpu(self, fpu: _abi.KvmFpu) -> None:
        """``KVM_SET_FPU``."""
        # SAFETY: fpu is a complete kvm_fpu the kernel only reads.
        check(_quick(self.fd, _abi.KVM_SET_FPU, ctypes.addressof(fpu)), "KVM_SET_FPU")

    def get_fpu_state(self) -> _abi.KvmXsave:
        """``KVM_GET_XSAVE``: the complete x87/SSE state, MXCSR included.

        ``KVM_GET_FPU``/``KVM_SET_FPU`` leave MXCSR out on this kernel (PVM), so state a program
        leaves there (rounding mode, flush-to-zero, sticky flags) would survive a reset made with them.
        """
        state = _abi.KvmXsave()
        # SAFETY: state is a kvm_xsave-sized (4 KiB) buffer the kernel fills.
        check(_quick(self.fd, _abi.KVM_GET_XSAVE, ctypes.addressof(state)), "KVM_GET_XSAVE")
        return state

    def set_fpu_state(self, state: _abi.KvmXsave) -> None:
        """``KVM_SET_XSAVE``: load a state from :meth:`get_fpu_state`."""
        # SAFETY: state is a complete kvm_xsave the kernel only reads.
        check(_quick(self.fd, _abi.KVM_SET_XSAVE, ctypes.addressof(state)), "KVM_SET_XSAVE")

    def set_msrs(self, msrs: dict[int, int]) -> None:
        """``KVM_SET_MSRS``: write model-specific registers (index → value).

        Raises:
            HostBug: KVM refused one of them (the message names it).
        """
        struct = _abi.msrs_struct(len(msrs))()
        struct.nmsrs = len(msrs)
        for i, (index, value) in enumerate(msrs.items()):
            struct.entries[i].index = index
            struct.entries[i].data = value
        # SAFETY: the struct holds exactly nmsrs entries; the kernel only reads it.
        done = check(_ioctl(self.fd, _abi.KVM_SET_MSRS, ctypes.addressof(struct)), "KVM_SET_MSRS")
        if done != len(msrs):
            bad = list(msrs)[done]
            raise HostBug(f"KVM_SET_MSRS: MSR 0x{bad:x} was refused")

    def tsc_khz(self) -> int:
        """``KVM_GET_TSC_KHZ``: the guest's TSC rate in kHz (0 when KVM does not say)."""
        r = _ioctl(self.fd, _abi.KVM_GET_TSC_KHZ, 0)
        return r if r > 0 else 0

    def get_msrs(self, indexes: list[int]) -> dict[int, int]:
        """``KVM_GET_MSRS``: read model-specific registers."""
        struct = _abi.msrs_struct(len(indexes))()
        struct.nmsrs = len(indexes)
        for i, index in enumerate(indexes):
            struct.entries[i].index = index
        # SAFETY: the struct holds exactly nmsrs entries for the kernel to fill.
        done = check(_ioctl(self.fd, _abi.KVM_GET_MSRS, ctypes.addressof(struct)), "KVM_GET_MSRS")
        return {struct.entries[i].index: struct.entries[i].data for i in range(done)}

    # -- running ---------------------------------------------------------------

    def run(self) -> VcpuExit:
        """Enter the guest until its next exit.

        Returns:
            The exit kind (``INTERRUPTED`` when a kick or signal stopped it).

        Raises:
            HostBug: ``KVM_RUN`` failed for another reason (errno in the message).
        """
        # SAFETY: fd is our vCPU, its memory slots and kvm_run mapping are alive
        # for as long as this object is open.
        if _run_ioctl(self.fd, _KVM_RUN, None) < 0:
            err = _get_errno()
            if err in (errno.EINTR, errno.EAGAIN):
                return VcpuExit.INTERRUPTED
            raise HostBug(f"KVM_RUN: {os.strerror(err)} (errno {err})")
        page = self.run_page
        reason = page.exit_reason
        if reason == 2:  # KVM_EXIT_IO: the hot path, skip the table lookup
            return VcpuExit.PORT_OUT if self.io.direction == 1 else VcpuExit.PORT_IN
        return handle_exit(reason)

    def enter(self) -> None:
        """Record the calling thread as the one running this vCPU (for :meth:`kick`, and Ctrl-C on the main thread)."""
        me = threading.get_ident()
        with self._kick_lock:
            self._thread = me
            self.state = VcpuState.RUNNING
        if me == _MAIN and _ctrl_c_install():
            # Marked first: if a KeyboardInterrupt comes out of this call, close() still unwatches.
            self._watched = True
            _ctrl_c.watch_kvm(self._exit_addr, _ctrl_c_kick)

    def leave(self) -> None:
        """Forget the running thread; clears a pending ``immediate_exit``."""
        if self._watched:
            _ctrl_c.unwatch_kvm(self._exit_addr)  # before the flag is cleared: a later SIGINT leaves it alone
            self._watched = False
        with self._kick_lock:
            self._thread = None
            self.state = VcpuState.IDLE
            self.run_page.immediate_exit = 0

    def kick(self) -> bool:
        """Stop the guest from another thread (returns False when the vCPU was not running)."""
        with self._kick_lock:
            thread = self._thread
            if thread is None:
                return False
            self.run_page.immediate_exit = 1
            signal.pthread_kill(thread, KICK_SIGNAL)
            return True

    def clear_interrupt(self) -> None:
        """Reset ``immediate_exit`` after an interrupted run."""
        self.run_page.immediate_exit = 0

    def io_data(self, size: int | None = None) -> bytes:
        """The bytes of the last port write (``kvm_run`` + ``io.data_offset``)."""
        off = self.io.data_offset
        n = self.io.size * self.io.count if size is None else size
        return bytes(self._map[off : off + n])

    # -- lifetime --------------------------------------------------------------

    def __del__(self) -> None:
        # A vCPU dropped without close() must not leak its fd and mapping.
        if getattr(self, "state", VcpuState.CLOSED) is not VcpuState.CLOSED:
            self.close()

    def close(self) -> None:
        """Unmap ``kvm_run`` and close the fd; idempotent."""
        if self.state is VcpuState.CLOSED:
            return
        if self._watched:  # entered and never left: no SIGINT may write to the page once unmapped
            _ctrl_c.unwatch_kvm(self._exit_addr)
            self._watched = False
        self.state = VcpuState.CLOSED
        del self.io, self.regs, self.run_page
        try:
            self._map.close()
        except BufferError:
            # A ctypes view is still referenced (e.g. by a traceback's frame); the
            # mapping is unmapped when the last view goes, the fd closes now.
            pass
        os.close(self.fd)
        self.fd = -1


def unexpected_exit(vcpu: Vcpu, exit_: VcpuExit) -> Trap:
    """The typed error for a VM exit the run loop has no use for (shared by every machine kind).

    A shutdown is a triple fault; other exits name what KVM reported (port,
    internal-error suberror, MMIO address). Callers that map extra windows
    classify MMIO exits themselves first.
    """
    if exit_ is VcpuExit.SHUTDOWN:
        return Trap("triple fault: the guest's exception handling itself failed", code=TrapCode.TRIPLE_FAULT)
    detail = ""
    if exit_ in (VcpuExit.PORT_OUT, VcpuExit.PORT_IN):
        detail = f" (port 0x{vcpu.io.port:x})"
    elif exit_ is VcpuExit.INTERNAL_ERROR:
        detail = f" (suberror {vcpu.run_page.exit.internal.suberror})"
    elif exit_ is VcpuExit.MMIO:
        detail = f" (address 0x{vcpu.run_page.exit.mmio.phys_addr:x})"
    return Trap(f"unexpected VM exit: {exit_.value}{detail}", code=TrapCode.BAD_EXIT)

"""A virtine machine: one VM + memory + vCPU prepared for an image, and the call state machine.

Memory map (identity-mapped, guest virtual = guest physical)::

    0x0000  unmapped (null pointers fault)
    0x1000  page tables: PML4, PDPT, PD, 4 KiB table for the first 2 MiB   supervisor only
    0x5000  GDT (0x5000), TSS + I/O bitmap (0x5100), IDT (0x5400)          supervisor only
    0x6000  control page: float arguments of the current call             user read-write
    0x7000  exception stubs (one per vector, report HCALL_FAULT)          user read-only
    0x8000  exception stack (IST1, top 0x9000)                             user read-write
    0x10000 image: code and constants read-only, then data and bss
    end     heap: buffers the host passes to a call
    top     stack (grows down from the end of memory); its top FAST_STACK bytes are
            a separate, unlogged slot zeroed after every call

The guest runs in ring 3. It reaches the host only by ``out`` to
:data:`~multipie.domains.virtine.hypercalls.VIRTINE_PORT`, which the TSS
I/O bitmap allows and every other port denies. CPU exceptions are delivered
through the IDT to ring-3 stubs on their own stack (IST1), which report the
vector with ``HCALL_FAULT``; so faults are typed precisely instead of all
ending as a triple fault.

A call (:meth:`Machine.call`) is a small state machine:
``READY`` → ``RUNNING`` ⇄ ``HYPERCALL`` → ``DONE`` | ``FAULTED`` | ``TIMED_OUT``;
:meth:`Machine.reset` then brings the machine back to ``READY`` from the
:class:`~multipie.kvm.snapshot.Snapshot`.
"""

from __future__ import annotations

import ctypes
import enum
import resource
import time
from collections import Counter

from multipie import libc
from multipie.domains.virtine.hypercalls import VIRTINE_PORT, Allow, CallContext, Hypercall, dispatch
from multipie.domains.virtine.image import LOAD_ADDR, Image
from multipie.domains.virtine.stats import CallStats
from multipie.domains.virtine.windows import BUFFER_BASE, Windows, window_pdpt_entries
from multipie.errors import PolicyViolation, Timeout, Trap
from multipie.kvm import _abi, segments
from multipie.kvm import longmode as lm
from multipie.kvm.hotpages import HOT_PAGES, HotPages
from multipie.kvm.kvm import Kvm
from multipie.kvm.machine import BaseMachine
from multipie.kvm.memory import PAGE, GuestMemory
from multipie.kvm.snapshot import Snapshot
from multipie.kvm.timeouts import Deadline, watchdog
from multipie.kvm.vcpu import VcpuExit, unexpected_exit

__all__ = ["CallState", "Machine", "CTRL"]

PAGE_TABLES = 0x1000
GDT = 0x5000
TSS = 0x5100
IDT = 0x5400
CTRL = 0x6000
STUBS = 0x7000
FAULT_STACK_TOP = 0x9000
STUB_STRIDE = 32
#: Top of the stack kept out of dirty logging and simply zeroed after each call: with
#: dirty logging every first write to a page after a reset is a write-protection
#: fault into the host kernel (tens of µs under PVM), and nearly every call writes
#: the top of its stack.
FAST_STACK = 16 << 10
_TSS_LIMIT = segments.TSS_SIZE + VIRTINE_PORT // 8 + 2 - 1  # through our port, plus the trailing 0xFF byte

_memmove = libc.memmove_held  # 144 bytes: keep the GIL (see multipie.libc)
_dispatch = dispatch
_PORT_OUT = VcpuExit.PORT_OUT
_FAULT = int(Hypercall.FAULT)
_now = time.perf_counter
_rusage = resource.getrusage
_THREAD = resource.RUSAGE_THREAD
_EXIT_NAMES = {int(h): h.name.lower() for h in Hypercall}


def _exit_name(key: int | str) -> str:
    return key if isinstance(key, str) else _EXIT_NAMES.get(key, f"hypercall {key}")


#: A call's raw counters, as :meth:`Machine.reset` records them: (wall, guest time, exits by hypercall
#: number or kind, host faults, dirty pages, host pages, restored pages, reprotected).
Counts = tuple[float, float, dict[int | str, int], int, int, int, int, bool]


def call_stats(counts: Counts | None) -> CallStats | None:
    """The :class:`CallStats` of ``counts`` (built when read: a request nobody asks about pays nothing)."""
    if counts is None:
        return None
    wall, guest, exits, faults, dirty, host, restored, reprotected = counts
    named = Counter({_exit_name(k): v for k, v in exits.items()})
    return CallStats(wall, guest, named, faults, dirty, host, restored, reprotected)


class CallState(enum.Enum):
    """Where a machine is in its call cycle."""

    READY = "ready"
    RUNNING = "running"
    HYPERCALL = "hypercall"
    DONE = "done"
    FAULTED = "faulted"
    TIMED_OUT = "timed out"
    CLOSED = "closed"


def _stub(vector: int) -> bytes:
    # mov $vector,%edi; mov %rsp,%rsi; mov $HCALL_FAULT,%eax; out %al,$PORT; ud2
    code = b"\xbf" + vector.to_bytes(4, "little") + b"\x48\x89\xe6\xb8" + _FAULT.to_bytes(4, "little")
    code += bytes([0xE6, VIRTINE_PORT, 0x0F, 0x0B])
    return code.ljust(STUB_STRIDE, b"\xcc")


class Machine(BaseMachine):
    """A prepared VM for ``image``: memory laid out, registers set, snapshot taken.

    Args:
        image: what to load.
        kvm: the ``/dev/kvm`` handle (default: the process-wide one).

    Raises:
        CapacityError: the kernel refused memory or a file descriptor.
    """

    def __init__(self, image: Image, kvm: Kvm | None = None) -> None:
        self.image = image
        self.state = CallState.CLOSED
        super().__init__(image.memory, kvm=kvm)
        body = image.memory - FAST_STACK
        self.snapshot = Snapshot(
            self.vm,
            self.vcpu,
            self.memory,
            image.end,
            always_zero=(body, FAST_STACK),
            hot_pages=HOT_PAGES if self._manual else 0,
            policy=HotPages(),  # a working set the calls rewrite stays writable; a stale one is protected again
        )
        self._template = _abi.KvmRegs(rip=image.trampoline, rsp=image.memory, rflags=lm.USER_RFLAGS)
        # SAFETY: both structs live as long as this machine (the vcpu owns regs); the
        # addresses are only handed to the native run loop while the machine is open.
        self._regs_addr = ctypes.addressof(self.vcpu.regs)
        self._template_addr = ctypes.addressof(self._template)
        if not self.vcpu.sync_regs:
            self.vcpu.set_regs_ioctl(self._template)
        self._host_dirty: list[int] = []
        self._needs_sregs = False
        self.calls = 0
        #: What the last call cost, as raw :data:`Counts` (set by :meth:`reset`; see :attr:`last_stats`).
        self.last_counts: Counts | None = None
        self._t0 = 0.0  # when the current call started (0: none since the last reset)
        self._faults0 = 0
        self._guest = 0.0
        self._exits: dict[int | str, int] = {}
        self.state = CallState.READY

    def _build(self, mem: GuestMemory) -> None:
        image = self.image
        self._layout(mem, image)
        body = image.memory - FAST_STACK
        self._manual = self.vm.enable_manual_dirty_log()  # before the logged slot exists (see Snapshot)
        self.vm.add_memory(mem, slot=0, log_dirty=True, size=body)
        self.vm.add_memory(mem, slot=1, log_dirty=False, offset=body, size=FAST_STACK)
        self.windows = Windows(self.vm)
        self.vcpu = self.vm.create_vcpu()
        sregs = lm.long_mode_sregs(
            self.vcpu.get_sregs(), cr3=PAGE_TABLES, gdt=GDT, gdt_limit=len(segments.FLAT_GDT) * 8 - 1
        )
        segments.set_tr(sregs.tr, base=TSS, limit=_TSS_LIMIT, selector=0x28)
        sregs.idt.base, sregs.idt.limit = IDT, segments.VECTORS * 16 - 1
        self.vcpu.set_sregs(sregs)

    @staticmethod
    def _layout(mem: GuestMemory, image: Image) -> None:
        small: dict[int, lm.PageFlags] = {p: lm.KERNEL_RW for p in range(PAGE_TABLES // PAGE, CTRL // PAGE)}
        small[CTRL // PAGE] = lm.USER_RW
        small[STUBS // PAGE] = lm.USER_RO
        small[FAULT_STACK_TOP // PAGE - 1] = lm.USER_RW
        for p in range(LOAD_ADDR // PAGE, 512):
            small[p] = lm.USER_RW
        for start, end in image.read_only:
            for p in range(start // PAGE, min(end // PAGE, 512)):
                small[p] = lm.USER_RO
        if image.memory > BUFFER_BASE:
            raise ValueError(f"a virtine's memory must end below the windows at 0x{BUFFER_BASE:x}")
        lm.identity_map(mem, PAGE_TABLES, image.memory, small=small)
        for index, entry in window_pdpt_entries():  # buffer and grant windows (see .windows)
            mem.write_u64(PAGE_TABLES + PAGE + 8 * index, entry)
        lm.write_gdt(mem, GDT)
        mem.write(TSS, segments.tss(ist1=FAULT_STACK_TOP, ports=(VIRTINE_PORT,)))
        stubs = [STUBS + v * STUB_STRIDE for v in range(segments.VECTORS)]
        mem.write(IDT, segments.idt(stubs, lm.USER_CS))
        mem.write(STUBS, b"".join(_stub(v) for v in range(segments.VECTORS)))
        mem.write(LOAD_ADDR, image.payload)

    # -- host writes into the guest ------------------------------------------------

    def _begin(self) -> None:
        """Start the counters of a call (arguments copied in count as part of it)."""
        self._t0 = _now()
        self._faults0 = _rusage(_THREAD).ru_minflt
        self._guest = 0.0
        self._exits = {}

    def host_write(self, gpa: int, data: bytes | bytearray | memoryview) -> None:
        """Copy ``data`` into guest memory and remember its pages for the next reset (bounds-checked)."""
        if not self._t0:
            self._begin()
        n = len(data)
        self.memory.write(gpa, data)
        if n:
            self._host_dirty.extend(range(gpa // PAGE, (gpa + n - 1) // PAGE + 1))

    # -- the call --------------------------------------------------------------------

    def call(
        self,
        target: int,
        ints: tuple[int, ...] | list[int],
        floats: bytes | None,
        ctx: CallContext,
        allow: Allow,
        timeout: float | None = None,
    ) -> tuple[int, int]:
        """Run the function at ``target`` once; returns ``(rax, xmm0 bits)`` as the guest left them.

        Args:
            target: guest address of the function.
            ints: up to six integer arguments (rdi, rsi, rdx, rcx, r8, r9), as unsigned 64-bit.
            floats: up to 64 bytes for xmm0..7 (8 bytes each), or ``None``.
            ctx: what the hypercalls of this call may touch.
            allow: the hypercalls granted.
            timeout: seconds before the call is stopped (``None``: no limit).

        Raises:
            Timeout: the deadline passed (the machine is reset and reusable).
            Trap: the guest faulted (the machine is reset and reusable).
            PolicyViolation: a hypercall outside ``allow`` (the machine is reset and reusable).
        """
        vcpu = self.vcpu
        if not self._t0:
            self._begin()
        self._load_arguments(target, ints, floats)  # READY -> RUNNING
        self.state = CallState.RUNNING
        self.calls += 1
        # Entered before the deadline is armed: a deadline that fired before enter() would kick an
        # idle vCPU (a no-op) and the call would then run unbounded (a loaded machine can stall this
        # thread past a short timeout between the two).
        vcpu.enter()
        deadline: Deadline | None = None
        try:
            if timeout is not None:
                deadline = watchdog().arm(vcpu, timeout)
            return self._run(ctx, allow, deadline, timeout)
        except BaseException as exc:
            if self.state is not CallState.TIMED_OUT:
                self.state = CallState.FAULTED
            self._needs_sregs = True
            if isinstance(exc, (Trap, PolicyViolation)) and not getattr(exc, "domain", None):
                exc.args = (exc.args[0] if exc.args and ctx.label in str(exc.args[0]) else f"{ctx.label}: {exc}",)
            raise
        finally:
            vcpu.leave()
            if deadline is not None:
                watchdog().disarm(deadline)

    def _load_arguments(self, target: int, ints: tuple[int, ...] | list[int], floats: bytes | None) -> None:
        """A complete register file from the template, then ``target`` in rax and the arguments."""
        regs = self.vcpu.regs
        # SAFETY: both addresses point at 144-byte kvm_regs: the template we own and
        # the synced copy inside the open vCPU's kvm_run mapping.
        _memmove(self._regs_addr, self._template_addr, 144)
        regs.rax = target
        n = len(ints)
        if n:
            regs.rdi = ints[0]
            if n > 1:
                regs.rsi = ints[1]
                if n > 2:
                    regs.rdx = ints[2]
                    if n > 3:
                        regs.rcx = ints[3]
                        if n > 4:
                            regs.r8 = ints[4]
                            if n > 5:
                                regs.r9 = ints[5]
        if floats:
            self.host_write(CTRL, floats)
        self.vcpu.mark_regs_dirty()

    def _run(self, ctx: CallContext, allow: Allow, deadline: Deadline | None, timeout: float | None) -> tuple[int, int]:
        """Run the vCPU, serving hypercalls, until the call returns, faults or times out."""
        vcpu = self.vcpu
        regs = vcpu.regs
        exits = self._exits
        while True:
            t = _now()
            exit_ = vcpu.run()
            self._guest += _now() - t
            if exit_ is _PORT_OUT and vcpu.io.port == VIRTINE_PORT:
                nr = regs.rax
                exits[nr] = exits.get(nr, 0) + 1
                if nr == 0:  # RUNNING -> DONE
                    self.state = CallState.DONE
                    return regs.rdi, regs.rsi
                if nr == _FAULT:  # RUNNING -> FAULTED
                    raise self.fault(regs.rdi, regs.rsi)
                # RUNNING -> HYPERCALL -> RUNNING
                self.state = CallState.HYPERCALL
                regs.rax = _dispatch(nr, allow, ctx, self.memory, regs.rdi, regs.rsi, regs.rdx)
                vcpu.mark_regs_dirty()
                self.state = CallState.RUNNING
                continue
            if exit_ is VcpuExit.INTERRUPTED:
                exits["interrupt"] = exits.get("interrupt", 0) + 1
                vcpu.clear_interrupt()  # before the check: a kick landing between the two is not lost
                if deadline is not None and deadline.fired:  # RUNNING -> TIMED_OUT
                    self.state = CallState.TIMED_OUT
                    raise Timeout(f"{ctx.label}: call ran past its {timeout} s timeout and was stopped")
                continue  # another signal: keep going
            exits[exit_.name.lower()] = 1
            raise self._bad_exit(exit_)

    def _bad_exit(self, exit_: VcpuExit) -> Trap:
        # KVM finishes a port read or an MMIO access on the next KVM_RUN (writing rax, memory
        # and rip as of the faulting instruction, after our register reset), and a shutdown
        # leaves the vCPU in a state no reset clears: retire the machine on every such exit.
        self.reusable = False
        if exit_ is VcpuExit.MMIO:
            mmio = self.vcpu.run_page.exit.mmio
            typed = self.windows.classify(mmio.phys_addr, bool(mmio.is_write))
            if typed is not None:
                return typed
        return unexpected_exit(self.vcpu, exit_)

    # -- reset -------------------------------------------------------------------------

    def reset(self) -> int:
        """Back to the snapshot: restore written pages (and sregs after a fault); returns pages restored."""
        host, self._host_dirty = self._host_dirty, []
        snap = self.snapshot
        n = snap.restore(host)
        if self._needs_sregs:
            snap.restore_sregs(self.vcpu)
            self._needs_sregs = False
        self.state = CallState.READY
        if self._t0:
            self.last_counts = (
                _now() - self._t0, self._guest, self._exits, _rusage(_THREAD).ru_minflt - self._faults0,
                snap.logged, len(set(host)), n, snap.reprotected,
            )  # fmt: skip
            self._t0 = 0.0
        return n

    @property
    def last_stats(self) -> CallStats | None:
        """What the last call cost (:class:`~multipie.domains.virtine.stats.CallStats`), ``None`` before any."""
        return call_stats(self.last_counts)

    @property
    def clean(self) -> bool:
        """Nothing ran or was written since the last :meth:`reset` (another would restore nothing new).

        The guest only runs inside :meth:`call`, and host writes go through :meth:`host_write`:
        both start a call's counters, which :meth:`reset` ends.
        """
        return not self._t0 and not self._needs_sregs and self.state is CallState.READY

    def scrub(self) -> None:
        """Between tenants: special registers and the whole FPU state back to the snapshot's (see the base)."""
        super().scrub()
        self._needs_sregs = False

    def close(self) -> None:
        """Close the vCPU, VM and memory; idempotent."""
        self.state = CallState.CLOSED
        super().close()

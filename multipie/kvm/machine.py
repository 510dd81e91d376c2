"""The base of every KVM machine: one VM, its guest memory and one vCPU, reset and closed the same way.

A virtine (:class:`multipie.domains.virtine.machine.Machine`) and a legacy
program's machine (:class:`multipie.domains.legacy.machine.Machine`) extend
:class:`BaseMachine`: it creates the VM, the memory and (through the
subclass's :meth:`~BaseMachine._build`) the vCPU, keeps the clean FPU state,
turns a CPU exception report into a :class:`~multipie.errors.Trap`, brings
special registers and FPU back between tenants, and closes everything once.
What differs per kind (memory map, slots, sregs, MSRs, what a call or run is)
stays in the kind.

Ownership and the order things are released in (why :meth:`BaseMachine.close`
is safe to call at any point, more than once, even on a half-built machine):

- The :class:`~multipie.kvm.vm.Vm` owns the VM fd and every memory registered
  as a slot, and unmaps them when it closes.
- The :class:`~multipie.kvm.vcpu.Vcpu` owns its fd and its ``kvm_run``
  mapping (so does every extra vCPU :meth:`BaseMachine.take_vcpu` made, for a
  guest's threads); it must be closed *before* the VM (a vCPU fd keeps the VM alive
  in the kernel, and its mapping must not outlive the fd it was made from).
- :attr:`BaseMachine.memory` is closed by the VM once registered; closing it
  here as well covers a machine whose build failed before it was registered
  (``GuestMemory.close`` is idempotent). Its pages are discarded first: views
  of it may live on in reference cycles until the next garbage collection,
  and the memory should go back to the host now, not then.
"""

from __future__ import annotations

import ctypes

from multipie.errors import Trap
from multipie.kvm import exceptions
from multipie.kvm.kvm import Kvm
from multipie.kvm.memory import PAGE, GuestMemory
from multipie.kvm.snapshot import Snapshot
from multipie.kvm.vcpu import Vcpu, install_kick_handler
from multipie.kvm.vm import Vm

__all__ = ["BaseMachine"]


class BaseMachine:
    """A VM with ``size`` bytes of guest memory and one vCPU, built by the subclass's :meth:`_build`.

    Args:
        size: bytes of guest memory (slot layout is the subclass's).
        kvm: the ``/dev/kvm`` handle (default: the process-wide one).

    Attributes:
        vm, memory, vcpu: the KVM objects (``vcpu`` is set by :meth:`_build`).
        snapshot: the reset state (set by the subclass once it is prepared).
        closed: True once :meth:`close` ran (or the build failed).
        reusable: False once the vCPU took an exit KVM completes on the next entry (a port read,
            MMIO) or left it in a state no reset clears: the machine is then closed, never pooled.

    Raises:
        CapacityError: the kernel refused memory or a file descriptor (nothing is left open).
    """

    vcpu: Vcpu
    snapshot: Snapshot

    def __init__(self, size: int, *, kvm: Kvm | None = None) -> None:
        install_kick_handler()  # a no-op off the main thread; timeouts check again
        self.reusable = True
        self.closed = False
        #: vCPUs made by :meth:`take_vcpu` (closed with the machine), and those of them now free.
        self.extra_vcpus: list[Vcpu] = []
        self.free_vcpus: list[Vcpu] = []
        self.vm = Vm(kvm)
        try:
            self.memory = GuestMemory(size)
            self._build(self.memory)
            #: The vCPU :meth:`_build` made (a kind may point :attr:`vcpu` at another one for a while).
            self.main_vcpu = self.vcpu
            #: The clean x87/SSE/AVX state, for :meth:`scrub`.
            self._fpu = self.vcpu.get_fpu_state()
        except BaseException:
            self._release()
            raise

    def _build(self, mem: GuestMemory) -> None:
        """Lay out ``mem``, register its slots, create :attr:`vcpu` and load its registers (per kind)."""
        raise NotImplementedError

    # -- faults ----------------------------------------------------------------------

    def fault(self, vector: int, frame: int) -> Trap:
        """The :class:`~multipie.errors.Trap` for CPU exception ``vector`` whose stub saw the stack at ``frame``.

        The saved ``rip`` is read from the frame when it lies in guest memory (the guest controls
        ``frame``); a page fault also names its address (CR2).
        """
        rip = self.fault_rip(vector, frame)
        address = self.vcpu.get_sregs().cr2 if vector == exceptions.PAGE_FAULT else None
        return exceptions.trap(vector, rip=rip, address=address)

    def fault_rip(self, vector: int, frame: int) -> int | None:
        """The ``rip`` saved in the exception frame at ``frame``, or ``None`` when that is outside guest memory."""
        at = frame + exceptions.rip_offset(vector)
        return self.memory.read_u64(at) if self.memory.contains(at, 8) else None

    def copy_pages(self, other: BaseMachine, pages: list[int]) -> None:
        """Copy the 4 KiB pages ``pages`` (sorted indexes) of ``other``'s memory into this machine's, by runs.

        Raises:
            ValueError: a page lies outside either memory.
        """
        if pages and (pages[0] < 0 or (pages[-1] + 1) * PAGE > min(self.memory.size, other.memory.size)):
            raise ValueError(f"copy_pages: pages {pages[0]}..{pages[-1]} outside the memories")
        src, dst = other.memory.host_addr, self.memory.host_addr
        i = 0
        while i < len(pages):
            j = i
            while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1:
                j += 1
            # SAFETY: pages i..j are whole pages inside both live mappings (checked above).
            ctypes.memmove(dst + pages[i] * PAGE, src + pages[i] * PAGE, (j - i + 1) * PAGE)
            i = j + 1

    # -- more vCPUs ---------------------------------------------------------------------

    def take_vcpu(self) -> Vcpu:
        """A vCPU besides :attr:`vcpu` (a free one, else a new one); the caller loads all its registers.

        KVM frees a vCPU only with its VM and never reuses its id, so vCPUs are kept for
        reuse (:meth:`give_vcpu`) and closed with the machine.

        Raises:
            HostBug: KVM refused another vCPU (past ``KVM_CAP_MAX_VCPUS``).
        """
        if self.free_vcpus:
            return self.free_vcpus.pop()
        vcpu = self.vm.create_vcpu(len(self.extra_vcpus) + 1)
        self.extra_vcpus.append(vcpu)
        return vcpu

    def give_vcpu(self, vcpu: Vcpu) -> None:
        """Return a vCPU from :meth:`take_vcpu` (it keeps its stale state until taken again)."""
        self.free_vcpus.append(vcpu)

    # -- between tenants ---------------------------------------------------------------

    def scrub(self) -> None:
        """Special registers and the whole FPU state back to the snapshot's.

        Under PVM guest code runs with the host's CR4, so a ring-3 guest can write its FS/GS base
        (``wrfsbase``) and the upper halves of the ymm registers, which no per-call register reset
        clears; a machine must not pass them to the next tenant.
        """
        self.snapshot.restore_sregs(self.vcpu)
        self.vcpu.set_fpu_state(self._fpu)

    # -- lifetime ----------------------------------------------------------------------

    def close(self) -> None:
        """Close the vCPU, then the VM and its memory; idempotent."""
        if not self.closed:
            self._release()

    def _release(self) -> None:
        self.closed = True
        vcpu = self.__dict__.pop("vcpu", None)
        for v in (vcpu, self.__dict__.get("main_vcpu"), *self.__dict__.get("extra_vcpus", ())):
            if v is not None:
                v.close()  # before the VM: see the module docstring
        memory = self.__dict__.get("memory")
        if memory is not None:
            memory.discard()
        self.vm.close()
        if memory is not None:
            memory.close()
        snapshot = self.__dict__.get("snapshot")
        if snapshot is not None:
            snapshot.release()  # its data is a mapping of its own: unmapped now, not at the next GC

"""A KVM virtual machine: its file descriptor, memory slots and dirty log.

A :class:`Vm` owns its VM fd and the :class:`~multipie.kvm.memory.GuestMemory`
regions registered as slots (it closes them with itself); vCPUs it creates
(:meth:`create_vcpu`) are owned by the caller but must be closed before the VM.
Nothing here knows about virtines: the same class backs legacy ELF programs.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Collection
from dataclasses import dataclass

from multipie.errors import Trap, TrapCode
from multipie.kvm import _abi
from multipie.kvm.kvm import Kvm, check, system
from multipie.kvm.memory import PAGE, GuestMemory
from multipie.kvm.vcpu import Vcpu

__all__ = ["Slot", "Vm"]

_SCAN = 256  # bytes of dirty bitmap (2048 pages) tested at once for "all zero"
_ZEROS = bytes(_SCAN)


@dataclass
class Slot:
    """One memory slot: its number, the memory behind it, and whether KVM logs dirty pages."""

    number: int
    memory: GuestMemory
    log_dirty: bool
    read_only: bool
    bitmap: ctypes.Array[ctypes.c_uint64] | None = None
    offset: int = 0
    size: int = 0


class Vm:
    """A KVM VM (no devices, no interrupt controller: guests exit to the host by port I/O).

    Args:
        kvm: the ``/dev/kvm`` handle (default: the process-wide one).
    """

    def __init__(self, kvm: Kvm | None = None) -> None:
        self.kvm = kvm or system()
        self.fd = self.kvm.create_vm_fd()
        self.slots: dict[int, Slot] = {}
        self._dirty_log = _abi.KvmDirtyLog()

    # -- memory ----------------------------------------------------------------

    def add_memory(
        self,
        memory: GuestMemory,
        *,
        slot: int | None = None,
        log_dirty: bool = False,
        read_only: bool = False,
        offset: int = 0,
        size: int | None = None,
    ) -> Slot:
        """Register ``memory`` (or the part ``[offset, offset+size)`` of it) as a slot; the VM owns it from now on.

        One mapping may back several slots (for example a dirty-logged body and
        an unlogged stack); the memory is closed once, with the VM.

        Args:
            memory: the region (its ``gpa`` and ``size`` must be page-aligned).
            slot: slot number (default: the next free one).
            log_dirty: have KVM log which pages the guest writes (see :meth:`dirty_pages`).
            read_only: guest writes exit as MMIO instead of changing the memory.
            offset, size: the page-aligned part of ``memory`` this slot covers (default: all of it).
        """
        size = memory.size - offset if size is None else size
        if offset % PAGE or size % PAGE or size <= 0 or offset + size > memory.size:
            raise ValueError(f"slot range {offset:#x}+{size:#x} is not a page-aligned part of {memory!r}")
        number = slot if slot is not None else (max(self.slots) + 1 if self.slots else 0)
        flags = (_abi.KVM_MEM_LOG_DIRTY_PAGES if log_dirty else 0) | (_abi.KVM_MEM_READONLY if read_only else 0)
        region = _abi.KvmUserspaceMemoryRegion(number, flags, memory.gpa + offset, size, memory.host_addr + offset)
        # SAFETY: memory's mapping stays alive (owned by self.slots) until close()
        # deletes the slot; [offset, offset+size) lies inside it (checked above);
        # the struct matches kvm_userspace_memory_region.
        check(_abi.ioctl(self.fd, _abi.KVM_SET_USER_MEMORY_REGION, ctypes.addressof(region)), "set memory slot")
        words = (size // PAGE + 63) // 64
        entry = Slot(number, memory, log_dirty, read_only, (ctypes.c_uint64 * words)() if log_dirty else None)
        entry.offset, entry.size = offset, size
        self.slots[number] = entry
        return entry

    def remove_memory(self, number: int) -> GuestMemory:
        """Delete slot ``number`` from the VM; returns its memory (now owned by the caller)."""
        entry = self.slots.pop(number)
        region = _abi.KvmUserspaceMemoryRegion(number, 0, entry.memory.gpa + entry.offset, 0, 0)
        # SAFETY: size 0 deletes the slot; KVM drops its mapping of the memory.
        check(_abi.ioctl(self.fd, _abi.KVM_SET_USER_MEMORY_REGION, ctypes.addressof(region)), "delete memory slot")
        return entry.memory

    def memory_at(self, gpa: int, length: int = 1) -> GuestMemory:
        """The region holding guest range ``[gpa, gpa+length)``.

        Raises:
            Trap: ``MEMORY_OUT_OF_BOUNDS`` when no single region holds it.
        """
        for entry in self.slots.values():
            start = entry.memory.gpa + entry.offset
            if start <= gpa and gpa + length <= start + entry.size:
                return entry.memory
        raise Trap(f"guest range 0x{gpa:x}+{length} is not backed by guest memory", code=TrapCode.MEMORY_OUT_OF_BOUNDS)

    def dirty_words(self, number: int) -> ctypes.Array[ctypes.c_uint64]:
        """Fetch and reset slot ``number``'s dirty bitmap (bit i = page i written since the last fetch).

        Returns the slot's bitmap buffer (reused between calls: read it before fetching again).
        """
        entry = self.slots[number]
        bitmap = entry.bitmap
        if bitmap is None:
            raise ValueError(f"slot {number} was added without log_dirty")
        log = self._dirty_log
        log.slot = number
        # SAFETY: the bitmap has one bit per page of the slot (rounded up to
        # u64 words), as KVM_GET_DIRTY_LOG requires; it outlives the call.
        log.dirty_bitmap = ctypes.addressof(bitmap)
        check(_abi.quick_ioctl(self.fd, _abi.KVM_GET_DIRTY_LOG, ctypes.addressof(log)), "KVM_GET_DIRTY_LOG")
        return bitmap

    def add_dirty(self, number: int, into: set[int]) -> int:
        """Fetch slot ``number``'s dirty bitmap and add the pages it reports to ``into``; returns how many.

        The bitmap is sparse (a few dozen pages of 64K): all-zero chunks are skipped with one memcmp
        each, and only the few non-zero ones are turned into integers.
        """
        raw = bytes(self.dirty_words(number))
        count = 0
        for start in range(0, len(raw), _SCAN):
            chunk = raw[start : start + _SCAN]
            if chunk == _ZEROS[: len(chunk)]:
                continue
            bits = int.from_bytes(chunk, "little")
            count += bits.bit_count()
            base = start * 8
            while bits:
                low = bits & -bits
                into.add(base + low.bit_length() - 1)
                bits ^= low
        return count

    def enable_manual_dirty_log(self) -> bool:
        """Turn on ``KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2`` (call before adding a slot that logs dirty pages).

        Afterwards :meth:`dirty_words` reports pages without re-protecting them or clearing their
        bits: a page stays writable (and reported dirty) until :meth:`clear_dirty` names it.

        Returns:
            False when this KVM does not offer it (the automatic behaviour stays).
        """
        if not self.kvm.extension(_abi.KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2) & 1:
            return False
        cap = _abi.KvmEnableCap(cap=_abi.KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2)
        cap.args[0] = 1
        # SAFETY: a kvm_enable_cap struct owned by this frame; the ioctl only reads it.
        return _abi.ioctl(self.fd, _abi.KVM_ENABLE_CAP, ctypes.addressof(cap)) == 0

    def clear_dirty(self, number: int, bitmap: ctypes.Array[ctypes.c_uint64]) -> None:
        """Clear the dirty bits set in ``bitmap`` (one bit per page of slot ``number``) and re-protect those pages."""
        entry = self.slots[number]
        log = _abi.KvmClearDirtyLog(slot=number, num_pages=entry.size // PAGE, first_page=0)
        # SAFETY: bitmap has one bit per page of the slot (as dirty_words' buffer) and outlives the call.
        log.dirty_bitmap = ctypes.addressof(bitmap)
        check(_abi.quick_ioctl(self.fd, _abi.KVM_CLEAR_DIRTY_LOG, ctypes.addressof(log)), "KVM_CLEAR_DIRTY_LOG")

    def protect_pages(self, number: int, pages: Collection[int]) -> None:
        """Clear the dirty bits of ``pages`` (indexes into slot ``number``) and re-protect them (manual mode).

        One ``KVM_CLEAR_DIRTY_LOG`` over the 64-page-aligned span the pages cover: the next fetch
        reports one of them only if the guest wrote it again.
        """
        if not pages:
            return
        total = self.slots[number].size // PAGE
        first = min(pages) & ~63
        count = min((max(pages) - first) // 64 * 64 + 64, total - first)  # whole words, or up to the end
        bitmap = (ctypes.c_uint64 * ((count + 63) // 64))()
        for page in pages:
            bitmap[(page - first) // 64] |= 1 << ((page - first) % 64)
        log = _abi.KvmClearDirtyLog(slot=number, num_pages=count, first_page=first)
        # SAFETY: bitmap holds one bit per page of [first, first + count), inside the slot; it outlives the call.
        log.dirty_bitmap = ctypes.addressof(bitmap)
        check(_abi.quick_ioctl(self.fd, _abi.KVM_CLEAR_DIRTY_LOG, ctypes.addressof(log)), "KVM_CLEAR_DIRTY_LOG")

    def dirty_pages(self, number: int) -> list[int]:
        """Page indexes (from the slot's first page) written by the guest since the last fetch."""
        pages: list[int] = []
        for w, word in enumerate(self.dirty_words(number)):
            while word:
                low = word & -word
                pages.append(w * 64 + low.bit_length() - 1)
                word ^= low
        return pages

    # -- vCPUs -----------------------------------------------------------------

    def create_vcpu(self, index: int = 0) -> Vcpu:
        """A new vCPU (the caller closes it before the VM)."""
        # SAFETY: fd is our VM; index is a small integer vCPU id.
        fd = check(_abi.ioctl(self.fd, _abi.KVM_CREATE_VCPU, index), "KVM_CREATE_VCPU")
        cpuid = self.kvm.supported_cpuid()
        try:
            # SAFETY: fd is the vCPU just created; cpuid is a kvm_cpuid2 with nent valid entries, only read.
            check(_abi.ioctl(fd, _abi.KVM_SET_CPUID2, ctypes.addressof(cpuid)), "KVM_SET_CPUID2")
        except BaseException:
            os.close(fd)
            raise
        return Vcpu(fd, self.kvm.vcpu_mmap_size, sync_regs=bool(self.kvm.sync_regs))

    def set_tss_addr(self, gpa: int) -> None:
        """``KVM_SET_TSS_ADDR``: three pages KVM may use on Intel hosts for real-mode emulation."""
        # SAFETY: the argument is a guest-physical address, not a host pointer.
        check(_abi.ioctl(self.fd, _abi.KVM_SET_TSS_ADDR, gpa), "KVM_SET_TSS_ADDR")

    # -- lifetime --------------------------------------------------------------

    def close(self) -> None:
        """Close the VM fd and unmap every slot's memory; idempotent."""
        if self.fd < 0:
            return
        os.close(self.fd)
        self.fd = -1
        for entry in self.slots.values():
            entry.memory.close()  # idempotent: several slots may share one mapping
        self.slots.clear()

    def __del__(self) -> None:
        # A VM dropped without close() must not leak its fd and memory.
        if getattr(self, "fd", -1) >= 0:
            self.close()

    def __enter__(self) -> Vm:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

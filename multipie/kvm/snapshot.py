"""Reset state: what a virtine looks like before any call, and how it gets back there.

A :class:`Snapshot` is data (as Wasp's ``ResetState``): the special
registers and the memory contents up to ``covered`` (system area + image).
Everything above ``covered`` is zero in the snapshot, so restoring a page
there means zeroing it: no byte a call wrote survives into the next call,
whether the snapshot covers it or not (Wasp does not zero; we do).

Which pages to restore comes from KVM's dirty log (slot flag
``KVM_MEM_LOG_DIRTY_PAGES``; ``KVM_GET_DIRTY_LOG`` returns and re-arms it) plus
the pages the host itself wrote into guest memory (buffers passed to a call),
which KVM does not log, plus an optional ``always_zero`` range kept out of
dirty logging (an unlogged slot, in practice the top of the stack) that is
zeroed after every call. General registers are not restored here: every call
loads a complete register file on entry.

**Hot pages.** Fetching the dirty log normally write-protects every reported page
again, so the next call takes a write-protection fault on each page it writes
(~15 µs each under PVM: a function that works through 512 KiB pays ~2 ms a call).
With ``hot_pages`` (the VM has ``KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2`` enabled), a call
that dirtied at most that many pages leaves them writable and reported dirty, so
every later restore copies them back (well under a µs a page) until a call dirties
more, or :data:`RELEARN` restores have passed: then all are protected again and the
set is learnt anew (so pages only one old call used stop costing a copy per call).
With a ``policy`` (:class:`HotPolicy`, e.g. the adaptive
:class:`~multipie.kvm.hotpages.HotPages`) the policy decides instead, from a
sample of the reported pages: a set the calls keep rewriting stays hot, a stale one is
protected again at once. The restored set is always a superset of what the guest can
have written.
"""

from __future__ import annotations

import ctypes
import mmap
import weakref
from collections.abc import Callable, Collection, Iterable
from typing import ClassVar, Protocol

from multipie import libc
from multipie.kvm import _abi
from multipie.kvm.memory import PAGE, GuestMemory
from multipie.kvm.vcpu import Vcpu
from multipie.kvm.vm import Vm

__all__ = ["HotPolicy", "Snapshot", "SnapshotData"]

_memmove = ctypes.memmove
_memset = ctypes.memset
# Runs up to this size are copied keeping the GIL: a hand-over costs more than the copy (see libc).
_HELD = 64 << 10
_memmove_held = libc.memmove_held
_memset_held = libc.memset_held
#: Restores after which hot pages are protected again and re-learnt.
RELEARN = 64
_ZERO_PAGE = bytes(PAGE)


class HotPolicy(Protocol):
    """Decides, reset by reset, when pages kept hot are protected again (see the module docstring)."""

    #: Pages to protect again after a restore that keeps the set (the next log tells if they are written).
    probes: list[int]

    def observe(self, pages: Collection[int], unchanged: Callable[[int], bool]) -> None:
        """Before the restore: look at the reported ``pages`` (``unchanged(p)``: p holds its snapshot contents)."""

    def decide(self, dirty: int) -> tuple[bool, bool]:
        """After it: ``(protect the hot set again, ...)`` for ``dirty`` reported pages (the rest is ignored here)."""


class SnapshotData:
    """One copy of a snapshot's memory contents (up to ``covered``), read-only once taken.

    Every :class:`Snapshot` made with it (``share=``) restores from it; it is unmapped when the last
    reference goes: a snapshot's until :meth:`Snapshot.release`, and an owner's that keeps one copy
    for machines to come (the legacy runner keeps one per memory size for its whole life, so closing
    the machine that took it does not make the next machine take another).

    Args:
        source: the memory to copy from (at least ``covered`` bytes).
        covered: bytes copied (page-aligned).

    Attributes:
        covered: bytes held.
        array: the bytes, as a ctypes array over the mapping.
        address: where they are (what restores copy from).
    """

    #: [copies alive, bytes they hold] in this process (the drift a pool's copies add is visible here).
    _live: ClassVar[list[int]] = [0, 0]

    def __init__(self, source: memoryview, covered: int) -> None:
        self.covered = covered
        # A private copy in a mapping of its own rather than from malloc: a multi-MiB malloc freed raises
        # glibc's mmap threshold, so later ones come from the heap and stay in the process's RSS after
        # the service is unloaded. Private, not shared: nothing else maps it, and a forked child gets
        # copy-on-write pages, not the parent's.
        # SAFETY: an anonymous private mapping nothing else sees; the array below views it and holds a
        # reference to it (unmapped when both go), nothing closes it, and pages are copied out of it by
        # address only while a Snapshot holds this object (release() drops the address with it).
        copy = mmap.mmap(-1, max(covered, PAGE), flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        copy[:covered] = source[:covered]
        self.array = (ctypes.c_char * covered).from_buffer(copy)
        self.address = ctypes.addressof(self.array)
        live = SnapshotData._live
        live[0] += 1
        live[1] += covered
        weakref.finalize(self, _forget, covered)

    @staticmethod
    def live() -> tuple[int, int]:
        """(copies alive, bytes they hold) in this process."""
        copies, size = SnapshotData._live
        return copies, size


def _forget(covered: int) -> None:
    live = SnapshotData._live
    live[0] -= 1
    live[1] -= covered


class Snapshot:
    """The reset state of one VM, taken after its memory and registers were prepared.

    Args:
        vm: the VM (its slot ``slot`` must log dirty pages).
        vcpu: its vCPU (special registers are captured).
        memory: the slot's memory.
        covered: bytes from the start of ``memory`` captured as data (page-aligned); the rest is zero.
        slot: the slot number.
        always_zero: ``(offset, size)`` of memory zeroed on every restore (not dirty-logged; above ``covered``).
        share: the data of an identically prepared machine (a :class:`SnapshotData`, or a snapshot's)
            to use instead of a copy of its own (machines of one pool then hold one copy between
            them, not one each); ignored when it covers another size or was released.
        hot_pages: keep up to this many written pages writable between restores (0: re-protect every
            time); only when ``vm`` has manual dirty-log protection enabled.
        policy: decides when hot pages are protected again (default: past ``hot_pages`` or every
            :data:`RELEARN` restores).

    Attributes:
        data: the copy of the memory contents it restores from (``None`` once released).
        restored_pages: pages restored so far.
        logged: pages the dirty log reported at the last restore.
        reprotected: the last restore protected the reported pages again.
    """

    def __init__(
        self,
        vm: Vm,
        vcpu: Vcpu,
        memory: GuestMemory,
        covered: int,
        *,
        slot: int = 0,
        always_zero: tuple[int, int] | None = None,
        share: Snapshot | SnapshotData | None = None,
        hot_pages: int = 0,
        policy: HotPolicy | None = None,
    ) -> None:
        self.vm = vm
        self.slot = slot
        self.memory = memory
        self.covered = (covered + PAGE - 1) & ~(PAGE - 1)
        self.pages = self.covered // PAGE
        self.sregs: _abi.KvmSregs = vcpu.get_sregs()
        given = share.data if isinstance(share, Snapshot) else share
        if given is not None and given.covered == self.covered:
            self.data: SnapshotData | None = given  # read-only from here on, kept alive by this reference
        else:
            self.data = SnapshotData(memory.view, self.covered)
        self._data = self.data.array
        self._data_addr = self.data.address
        self.restored_pages = 0
        if always_zero is not None and always_zero[0] < self.covered:
            raise ValueError("the always-zero range must lie above the snapshot's data")
        self._zero = always_zero
        self.hot_pages = hot_pages
        self.policy = policy
        self.logged = 0
        self.reprotected = False
        self._since_relearn = 0
        vm.dirty_words(slot)  # start logging from a clean slate

    def restore_pages(self, pages: Iterable[int]) -> int:
        """Put ``pages`` (indexes into the memory) back to their snapshot contents; returns how many.

        Runs of consecutive pages are restored with one copy or clear each (a working set is mostly
        contiguous: one call per page cost more than the bytes).
        """
        host = self.memory.host_addr
        data = self._data_addr
        if not data:
            raise ValueError("restore from a released snapshot")
        covered = self.pages
        todo = sorted(set(pages))
        i, n = 0, len(todo)
        while i < n:
            first = j = todo[i]
            i += 1
            while i < n and todo[i] == j + 1 and (j + 1 < covered) == (first < covered):
                j = todo[i]
                i += 1
            off, size = first * PAGE, (j - first + 1) * PAGE
            # SAFETY: every page came from the slot's dirty bitmap or a checked host write, so the run
            # lies inside the memory; a run never crosses `covered`, below which the snapshot buffer
            # holds every page.
            if first < covered:
                (_memmove_held if size <= _HELD else _memmove)(host + off, data + off, size)
            else:
                (_memset_held if size <= _HELD else _memset)(host + off, 0, size)
        return n

    @property
    def released(self) -> bool:
        """True after :meth:`release` (it can no longer restore, nor be shared: :attr:`data` is ``None``)."""
        return not self._data_addr

    def release(self) -> None:
        """Drop this snapshot's reference to its data (the mapping goes with the last holder of it)."""
        self.data = None
        self._data = (ctypes.c_char * 0)()
        self._data_addr = 0
        self.pages = 0

    def unchanged(self, page: int) -> bool:
        """True when ``page`` (an index into the memory) holds its snapshot contents (zeros above ``covered``)."""
        off = page * PAGE
        now = self.memory.view[off : off + PAGE].tobytes()  # bytes == bytes is a memcmp; memoryview's is not
        return now == (self._data[off : off + PAGE] if page < self.pages else _ZERO_PAGE)

    def restore(self, host_written: Iterable[int] = ()) -> int:
        """Restore every page the guest wrote since the last restore, plus ``host_written``; returns the count."""
        bitmap = self.vm.dirty_words(self.slot)
        bits = int.from_bytes(memoryview(bitmap).cast("B"), "little")
        logged: list[int] = []
        while bits:
            low = bits & -bits
            logged.append(low.bit_length() - 1)
            bits ^= low
        self.logged = len(logged)
        drop = False
        if self.hot_pages:
            if self.policy is not None:  # before the restore hides what the call changed
                self.policy.observe(logged, self.unchanged)
                drop = self.policy.decide(len(logged))[0] or len(logged) > self.hot_pages
            else:
                self._since_relearn += 1
                drop = len(logged) > self.hot_pages or self._since_relearn >= RELEARN
            if drop:
                self.vm.clear_dirty(self.slot, bitmap)  # protect them all again: the next call is logged afresh
                self._since_relearn = 0
            elif self.policy is not None:  # the next log says whether the call writes these
                self.vm.protect_pages(self.slot, self.policy.probes)
        self.reprotected = drop or not self.hot_pages  # without hot pages, fetching the log re-protected them
        n = self.restore_pages([*host_written, *logged])
        self.restored_pages += n
        if self._zero is not None:
            off, size = self._zero
            # SAFETY: the range lies inside the memory (checked by the VM when its slot was added).
            (_memset_held if size <= _HELD else _memset)(self.memory.host_addr + off, 0, size)
        return n

    def restore_sregs(self, vcpu: Vcpu) -> None:
        """Load the snapshot's special registers (after a fault that may have left them changed)."""
        vcpu.set_sregs(self.sregs)

"""Where a legacy program's page tables live, and how a change reaches KVM's shadow MMU under PVM.

:class:`PageTables` turns a :class:`~multipie.domains.legacy.syscalls.protections.Protections`
into x86-64 4-level tables and gives the ``CR3`` that enforces it.

**Safety argument: ring 3 can never write its page tables.** The tables live in a memory slot of
their own (:data:`TABLE_SLOT`) at guest-physical addresses from the end of guest memory up
(``gpa >= size``). Every entry written here maps guest-virtual = guest-physical inside
``[0, size)`` only (2 MiB entries ``r * 2 MiB < size``, 4 KiB entries of a region ``< size``, the
system area's supervisor-only pages as :mod:`.sysarea` made them): no guest-virtual address
reaches a table page, so no guest code, at any privilege, can read or write one; the slot is
also ``KVM_MEM_READONLY``, so even a guest mapping of it could not change a byte. Only this
host object writes there.

**Why a fresh table instead of an edit (measured on this machine's PVM).** KVM shadows guest page
tables and caches its shadow pages per guest-physical table page; it notices a change only when
the *guest* writes a table (those pages are write-protected in the guest). A change the host makes
through its own mapping is invisible: a page made read-only from the host stayed writable to the
guest, also after ``KVM_SET_SREGS`` with the same ``CR3`` (prototype: same result with no ioctl
at all). Tables at guest-physical pages KVM never saw are walked afresh, and deleting a slot zaps
every shadow page. So tables here are **immutable**: every distinct table page (4 KiB table, page
directory, PDPT, PML4) is written once, at a fresh address, and found again by its contents
(``_pages``); a change writes the new tables on its path and loads the new ``CR3``
(``KVM_SET_SREGS``), and tables that did not change keep their address and KVM's shadow of them.
Equal protections give the same root (a pooled machine going back to its snapshot's or warm
state's protections writes nothing). When the slot is full it is deleted and added again (KVM
zaps every shadow page then), and the tables are written anew from the start, the build's
protections first, so the snapshot's ``CR3`` stays valid.
"""

from __future__ import annotations

from array import array

from multipie.domains.legacy import loader, sysarea, vdso
from multipie.domains.legacy.elf import LinkedImage
from multipie.domains.legacy.syscalls import AddressSpace
from multipie.domains.legacy.syscalls.addrspace import TrackedMemory
from multipie.domains.legacy.syscalls.protections import (
    ENTRIES,
    HUGE,
    PF_X,
    PROT_EXEC,
    PROT_READ,
    PROT_WRITE,
    Protections,
    prot_of_flags,
)
from multipie.errors import HostBug
from multipie.kvm.elf import PT_GNU_STACK, ElfImage
from multipie.kvm.longmode import PageFlags
from multipie.kvm.memory import PAGE, GuestMemory
from multipie.kvm.vcpu import Vcpu
from multipie.kvm.vm import Vm

__all__ = ["POOL_PAGES", "TABLE_SLOT", "Loader", "PageTables", "protections_for"]

TABLE_SLOT = 1
#: Table pages one machine may write before the slot is recycled (8 MiB of address space; only
#: pages written are memory).
POOL_PAGES = 2048
GIB = 1 << 30
assert sysarea.DEFAULT_PROT == sysarea.SPLIT + sysarea.SPLIT_BYTES  # (show() writes both at once)
_TABLE = int(PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER | PageFlags.ACCESSED)


class _Full(Exception):
    pass


class PageTables:
    """The page tables of one machine: a read-only slot of immutable table pages, the root of each protection state.

    Args:
        vm: the machine's VM (the slot is added to it; the VM owns the memory).
        size: guest memory in bytes (the slot starts there).
        base: the protections the machine is built with (their root is :attr:`base_root`, the
            snapshot's ``CR3``).

    Attributes:
        recycles: times the slot was emptied (every ``CR3`` but :attr:`base_root` is invalid after one).
        written: table pages written so far (since the last recycle).
    """

    def __init__(self, vm: Vm, size: int, base: Protections) -> None:
        if size > 512 * GIB or size % HUGE:
            raise ValueError(f"page tables for {size:#x} bytes")
        self.vm = vm
        self.size = size
        self.mem = GuestMemory(POOL_PAGES * PAGE, gpa=size)
        vm.add_memory(self.mem, slot=TABLE_SLOT, read_only=True)
        self._pages: dict[bytes, int] = {}
        self._roots: dict[tuple[tuple[int, bytes], ...], int] = {}  # Protections.key() -> its root
        self._pd_defaults: list[array[int]] = []
        self.recycles = 0
        self.base = base.clone()
        self.base_root = self.render(self.base)

    @property
    def written(self) -> int:
        """Table pages written since the slot was last emptied."""
        return len(self._pages)

    def render(self, prot: Protections) -> int:
        """The guest-physical address of a PML4 enforcing ``prot`` (written now if never seen).

        Roots are remembered by the protections' contents: each run's copy of a warm state's
        protections finds its root with one lookup instead of building its tables again.
        """
        k = prot.key()
        root = self._roots.get(k)
        if root is None:
            try:
                root = self._render(prot)
            except _Full:
                self._recycle()
                root = self._render(prot)
            self._roots[k] = root
        return root

    def _render(self, prot: Protections) -> int:
        tables = {r: self._intern(t) for r, t in prot.regions.items()}
        defaults = self._defaults(prot)
        pdpt = array("Q", bytes(PAGE))
        for j, default in enumerate(defaults):
            pd = array("Q", default)
            for r, gpa in tables.items():
                if j * ENTRIES <= r < (j + 1) * ENTRIES:
                    pd[r - j * ENTRIES] = prot.pd_entry(r, gpa)
            pdpt[j] = self._intern(pd.tobytes()) | _TABLE
        pml4 = array("Q", bytes(PAGE))
        pml4[0] = self._intern(pdpt.tobytes()) | _TABLE
        return self._intern(pml4.tobytes())

    def _defaults(self, prot: Protections) -> list[array[int]]:
        """The page directories with every region a 2 MiB page (or absent), one per GiB."""
        if not self._pd_defaults:  # the same for every program of this machine (same size and guard)
            regions = self.size // HUGE
            for j in range((self.size + GIB - 1) // GIB):
                pd = array("Q", bytes(PAGE))
                for i in range(min(ENTRIES, regions - j * ENTRIES)):
                    pd[i] = prot.pd_entry(j * ENTRIES + i, None)
                self._pd_defaults.append(pd)
        return self._pd_defaults

    def _intern(self, page: bytes) -> int:
        gpa = self._pages.get(page)
        if gpa is None:
            if len(self._pages) >= POOL_PAGES:
                raise _Full
            gpa = self.size + len(self._pages) * PAGE
            # Written once, never again until the slot is recycled (see the module docstring).
            self.mem.write(gpa, page)
            self._pages[page] = gpa
        return gpa

    def _recycle(self) -> None:
        """Empty the slot: delete it (KVM zaps every shadow page), add it again, write the base tables first."""
        self.vm.remove_memory(TABLE_SLOT)
        self.vm.add_memory(self.mem, slot=TABLE_SLOT, read_only=True)
        self._pages.clear()
        self._roots.clear()
        self.recycles += 1
        if self._render(self.base) != self.base_root:
            raise HostBug("page tables: the base tables moved after a recycle")


def protections_for(image: ElfImage, layout: loader.Layout, *, vdso_at: int = 0) -> Protections:
    """The protections a program starts with: the system area, its segments' ``PF_*`` flags, the vDSO.

    The stack is executable when the program asks for that (``PT_GNU_STACK`` with ``PF_X``, or no
    such header), as Linux decides; on x86-64 that makes no other data executable.
    """
    stack = (image.program if isinstance(image, LinkedImage) and image.program else image).header(PT_GNU_STACK)
    prot = Protections(layout.size, region0=sysarea.region0(), guard=layout.guard)
    if stack is None or stack.flags & PF_X:
        prot.set(layout.stack_floor, layout.size, PROT_READ | PROT_WRITE | PROT_EXEC)
    if vdso_at:
        prot.set(vdso_at, vdso.VVAR, PROT_READ | PROT_EXEC)
    for seg in image.segments:
        prot.set(seg.page_start, seg.page_end, prot_of_flags(seg.flags))
    return prot


class Loader:
    """Keeps a machine's vCPUs on the tables of the protections its program has now.

    Before each entry into the guest, :meth:`load` renders the running process's protections when
    they changed (and writes ``mm.c``'s view of them, :data:`~.sysarea.SPLIT`) and points the vCPU
    about to run at their root when it is not there yet: one ``KVM_SET_SREGS`` per change, none
    while nothing changes. :meth:`loaded` or :meth:`unknown` must be called for a vCPU whose special
    registers were loaded from elsewhere (a snapshot).

    Args:
        vm: the machine's VM (the tables' slot is added to it).
        mem: its guest memory (for the split bitmap).
        size: guest memory in bytes.
        base: the protections the machine is built with (shown now: the snapshot holds their bitmap).
        user: the machine's tracked memory (its ``written`` set: reset restores those pages; the set is
            replaced after each dirty-log fetch, so it is looked up each time).
    """

    def __init__(self, vm: Vm, mem: GuestMemory, size: int, base: Protections, user: TrackedMemory) -> None:
        self.tables = PageTables(vm, size, base)
        self.mem = mem
        self.user = user
        self.root = self.tables.base_root
        self._shown: tuple[Protections | None, int, int] = (None, -1, -1)
        self._cr3: dict[int, int] = {}
        self._recycles = 0
        self._images: dict[int, tuple[ElfImage, Protections]] = {}
        self.show(base)

    def protections(self, image: ElfImage, layout: loader.Layout, vdso_at: int) -> Protections:
        """The starting protections of another image (``execve``), remembered for the next time (do not change them)."""
        got = self._images.get(id(image))
        if got is None or got[0] is not image:
            if len(self._images) >= 8:
                self._images.clear()
            got = self._images[id(image)] = image, protections_for(image, layout, vdso_at=vdso_at)
        return got[1]

    def show(self, prot: Protections) -> int:
        """Render ``prot`` if it is not what the tables show now; returns its root."""
        t = self.tables
        shown, version, recycles = self._shown
        if shown is prot and version == prot.version and recycles == t.recycles:
            return self.root
        self.root = t.render(prot)
        if t.recycles != self._recycles:
            self._cr3 = {k: r for k, r in self._cr3.items() if r == t.base_root}  # every other root is gone
            self._recycles = t.recycles
        bitmap = prot.split_bitmap()
        view = bitmap + bytes(sysarea.SPLIT_BYTES - len(bitmap)) + prot.default.to_bytes(8, "little")
        if self.mem.read(sysarea.SPLIT, len(view)) != view:  # (a restored warm state's page holds it already)
            self.mem.write(sysarea.SPLIT, view)
            self.user.written.add(sysarea.SPLIT // PAGE)
        self._shown = (prot, prot.version, t.recycles)
        return self.root

    def load(self, vcpu: Vcpu, space: AddressSpace | None) -> None:
        """Make ``vcpu`` use the tables of ``space``'s protections (before it runs; none: nothing to do)."""
        prot = space.prot if space is not None else None
        if prot is None:
            return
        root = self.show(prot)
        if self._cr3.get(id(vcpu)) != root:
            sregs = vcpu.get_sregs()
            sregs.cr3 = root
            vcpu.set_sregs(sregs)
            self._cr3[id(vcpu)] = root

    def loaded(self, vcpu: Vcpu, root: int) -> int:
        """``vcpu``'s special registers were loaded with ``CR3 = root``, a root of these tables (returned)."""
        self._cr3[id(vcpu)] = root
        return root

    def unknown(self, vcpu: Vcpu) -> None:
        """``vcpu``'s ``CR3`` was set elsewhere: load it before it runs."""
        self._cr3.pop(id(vcpu), None)

    def stale(self) -> None:
        """The split bitmap page may have been restored (a reset): write it again at the next :meth:`show`."""
        self._shown = (None, -1, -1)

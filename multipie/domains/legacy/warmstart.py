"""Warmed starts of dynamic programs: the dynamic loader's work done once, resumed by every pooled run.

A dynamically linked program spends most of its start in ``ld.so``: it opens and maps its libraries
(host exits of ~75 µs each under PVM), relocates them (fresh pages written, then cleared again by the
reset) and runs their initialisers, the same way in every run. A pool of machines for one program
(:class:`~multipie.domains.legacy.runner.Runner`, one :class:`WarmSlot` per memory size) therefore
takes that work once: the first eligible run stops for an instant at the program's own entry point
(``AT_ENTRY``, where ``ld.so`` jumps when it is done: a ``ud2`` planted there reports back through the
exception path), the host copies every page that differs from the cold snapshot into a
:class:`WarmState` (with the registers, FPU state, FS base and ``brk``/``mmap`` bookkeeping), then the
run goes on. From then on a machine of that pool rests at the warm state (its reset restores dirtied
pages from the overlay, :func:`restore`), and a run with the same key starts at the entry.

**When it applies** (:func:`key`): the machine's own dynamic image, process 1, the same executable
path, working directory, ``argv[0]``, number of arguments and environment (``LD_*``,
``GLIBC_TUNABLES`` and anything a library initialiser reads come from there), and ``argv[1:]`` within
:data:`ARG_RESERVE` bytes. Those runs build their initial stack in a fixed layout
(:func:`multipie.domains.legacy.loader.build_stack` with ``reserve``): every address the loader kept
(``argv``, ``envp``, ``auxv``, ``argv[0]``, the environment strings, ``AT_RANDOM``, ``AT_PLATFORM``)
is the same, only the ``argv[1:]`` strings change. Every file the loader looked up before the entry is
looked up again in the run's own view and must be the same file (inode, size, times) or the same
error, else the run is cold and the state dropped (a library upgraded on the host, a grant shadowing a
system path). A warming run is refused (runs with its key stay cold) when the loader or an initialiser did
something whose result may differ per run: any host call outside the loader's (:data:`_PATH_CALLS`,
:data:`_FD_CALLS`, :data:`_PLAIN`: no ``write``, ``getrandom``, clock, ``ioctl`` ...), a file opened
for writing, stdin/stdout/stderr touched, a signal handler set, a thread, an fd left open, or a clock
read through the vDSO (its page is not ready until the entry, so that read reaches the host). A call
the runtime does not serve is ``-ENOSYS`` in every run: it refuses nothing, its policy event is replayed.

**What still differs per run**: ``AT_RANDOM``'s 16 bytes are fresh, and the stack-protector canary at
``%fs:0x28`` (the x86-64 ABI's slot, musl's and glibc's) is set from them as glibc does; ``getrandom``
answered in the guest, the pid, the time (the vDSO's page is calibrated per run) and everything after
the entry are the run's own. What stays the warm state's: glibc's pointer guard (``%fs:0x30``: pointers
mangled with it before the entry, e.g. ``atexit`` handlers of C++ initialisers, must keep decoding), and
values an initialiser computed from ``rdtsc``/``rdrand`` directly (glibc's loader reads ``rdtsc`` only
for ``LD_DEBUG=statistics``) — like the children of a forking server, which share both.
"""

from __future__ import annotations

import ctypes
import errno as E
import mmap
import os
import struct
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from multipie.domains.legacy import imagepages, readcache, sysarea, syscallsites, vdso
from multipie.domains.legacy.elf import LinkedImage
from multipie.domains.legacy.syscalls import (
    SUPPORTED,
    AddressSpace,
    BadAddress,
    LinuxProcess,
    PolicyEvent,
    Sys,
    UserMemory,
)
from multipie.errors import HostBug
from multipie.kvm import _abi
from multipie.kvm.elf import PAGE, ElfImage
from multipie.kvm.exceptions import rip_offset
from multipie.kvm.memory import GuestMemory
from multipie.kvm.snapshot import Snapshot
from multipie.kvm.vcpu import Vcpu
from multipie.resources.fs import FsError, GuestFs

__all__ = ["ARG_RESERVE", "ENABLED", "WarmSlot", "WarmState", "Warming", "key", "restore", "unchanged"]

#: Warmed starts are used (tests and the bench turn them off to compare; ``MULTIPIE_WARM_START=0`` too).
ENABLED = os.environ.get("MULTIPIE_WARM_START", "1") != "0"
#: Bytes kept for the ``argv[1:]`` strings in the fixed stack layout (longer arguments: a cold start).
ARG_RESERVE = 32 << 10
#: ``ud2``: planted at the entry point in a warming run (an invalid-opcode fault reports it).
_TRAP = b"\x0f\x0b"
_UD = 6
_CANARY = 0x28  # %fs:0x28, the x86-64 stack-protector slot
_AT_RANDOM = 25
_AT_FDCWD = (1 << 32) - 100
#: Host calls the loader makes that depend only on the files it names (argument index of the path).
_PATH_CALLS = {Sys.open: 0, Sys.openat: 1, Sys.stat: 0, Sys.lstat: 0, Sys.newfstatat: 1, Sys.access: 0,
               Sys.faccessat: 1, Sys.faccessat2: 1, Sys.statx: 1, Sys.readlink: 0, Sys.readlinkat: 1}  # fmt: skip
_AT_CALLS = frozenset({Sys.openat, Sys.newfstatat, Sys.faccessat, Sys.faccessat2, Sys.statx, Sys.readlinkat})
#: Host calls on an fd (its number in the first argument, ``mmap``'s in the fifth): not 0-2.
_FD_CALLS = frozenset({Sys.read, Sys.pread64, Sys.close, Sys.fstat, Sys.lseek, Sys.mmap})
#: Host calls whose answer is the same in every run of one key.
_PLAIN = frozenset({
    Sys.munmap, Sys.mprotect, Sys.brk, Sys.madvise, Sys.mremap, Sys.arch_prctl, Sys.set_tid_address,
    Sys.set_robust_list, Sys.rseq, Sys.prlimit64, Sys.uname, Sys.getuid, Sys.geteuid, Sys.getgid, Sys.getegid,
    Sys.getpid, Sys.gettid, Sys.getppid, Sys.getcwd, Sys.sched_getaffinity,
})  # fmt: skip
#: Calls the guest answers itself that may come before the entry (no output, no random bytes).
#: (Signal calls: a query answers the same in every run, and a change is caught at the entry.)
_GUEST_OK = frozenset(int(n) for n in (*_PLAIN, Sys.mmap, Sys.read, Sys.pread64, Sys.readlink, Sys.prctl,
                                       Sys.rt_sigaction, Sys.rt_sigprocmask))
_O_ACCMODE, _O_CREAT, _O_TRUNC = 3, 0o100, 0o1000
_MAP_ANONYMOUS = 0x20
_AT_EMPTY_PATH = 0x1000

Key = tuple[Any, ...]


def key(exe: str, cwd: str, argv: Sequence[str], env: Mapping[str, str]) -> Key:
    """What a run must share with the warming run to resume its state (see the module docstring)."""
    return (exe, cwd, argv[0] if argv else "", len(argv), tuple(env.items()))


def fits(argv: Sequence[str]) -> bool:
    """True when ``argv[1:]`` fits the fixed layout's reserve."""
    return sum(len(a.encode("utf-8", "surrogateescape")) + 1 for a in argv[1:]) <= ARG_RESERVE


def _identity(fs: GuestFs, path: str, cwd: str) -> tuple[int, ...]:
    """What ``path`` is in ``fs``: the file's inode, size and times, or the error looking it up gives."""
    try:
        st = fs.stat(path, cwd)
    except OSError as exc:  # FsError too
        return (-(exc.errno or E.EIO),)
    return (st.mode, st.size, st.ino, st.dev, st.mtime_ns, st.ctime_ns)


@dataclass
class WarmState:
    """A program stopped at its entry point after its loader ran: memory overlay, registers, bookkeeping.

    ``pages`` (sorted indexes) hold, in ``data``, every page that differed from the cold snapshot.
    """

    key: Key
    pages: tuple[int, ...]
    data: mmap.mmap
    regs: _abi.KvmRegs
    fpu: _abi.KvmXsave
    fs_base: int
    space: AddressSpace
    tid: bytes
    lookups: tuple[tuple[str, tuple[int, ...]], ...]
    events: tuple[PolicyEvent, ...]
    random: int  # guest address of the AT_RANDOM bytes
    index: dict[int, int] = field(default_factory=dict)
    fd: int = -1  # data's sealed memfd (imagepages.sealed), or -1
    shared: frozenset[int] = frozenset()  # pages the program cannot write: mapped from fd, not copied

    def __post_init__(self) -> None:
        self.index = {p: i for i, p in enumerate(self.pages)}
        if self.fd >= 0:
            weakref.finalize(self, os.close, self.fd)
        # SAFETY: data is this state's own anonymous mapping, kept alive by self.data; the address is
        # used only by restore() while the state is referenced.
        self._addr = ctypes.addressof(ctypes.c_char.from_buffer(self.data))

    def valid(self, fs: GuestFs, cwd: str) -> bool:
        """True when every file the loader looked up is the same in ``fs`` (else the state is stale)."""
        return all(_identity(fs, path, cwd) == ident for path, ident in self.lookups)

    def copy_to(self, mem: GuestMemory, pages: Iterable[int]) -> None:
        """Copy the overlay's ``pages`` into ``mem`` (the read-only ones mapped from the shared copy)."""
        host, shared = mem.host_addr, self.shared
        if shared:
            pages = list(pages)
            imagepages.map_pages(mem, sorted(p for p in pages if p in shared), self.index, self.fd)
            pages = [p for p in pages if p not in shared]
        for p in pages:
            # SAFETY: p is in self.index (a page of this state, inside the guest memory it was taken from,
            # the same size as the memory at host) and the data mapping holds len(pages) pages.
            ctypes.memmove(host + p * PAGE, self._addr + self.index[p] * PAGE, PAGE)


@dataclass
class WarmSlot:
    """The warm state one pool's machines share (``None``: none yet), and the keys whose loader cannot have one."""

    state: WarmState | None = None
    refused: dict[Key, str] = field(default_factory=dict)  # key -> why (a few at most: cleared past 64)
    misses: int = 0  # consecutive eligible runs with another key: past 2 the state is taken again


def pages_of(state: WarmState | None) -> set[int]:
    """The overlay pages of ``state`` (none for the cold snapshot)."""
    return set(state.pages) if state is not None else set()


def restore(snapshot: Snapshot, to: WarmState | None, pages: Sequence[int]) -> int:
    """Put ``pages`` back to the state ``to`` (the cold snapshot when ``None``); returns how many."""
    if to is None:
        return snapshot.restore_pages(pages)
    mine = [p for p in pages if p in to.index]
    to.copy_to(snapshot.memory, mine)
    return snapshot.restore_pages([p for p in pages if p not in to.index]) + len(mine)


def unchanged(snapshot: Snapshot, to: WarmState | None, page: int) -> bool:
    """True when ``page`` holds what ``to`` (or the cold snapshot) has there."""
    if to is None or page not in to.index:
        return snapshot.unchanged(page)
    view = snapshot.memory.view
    i = to.index[page]
    return view[page * PAGE : (page + 1) * PAGE].tobytes() == to.data[i * PAGE : (i + 1) * PAGE]


class WarmMachine(Protocol):
    """What this module uses of a legacy :class:`~multipie.domains.legacy.machine.Machine` (read-only)."""

    @property
    def memory(self) -> GuestMemory: ...
    @property
    def user(self) -> UserMemory: ...
    @property
    def current(self) -> ElfImage: ...
    @property
    def cache(self) -> bool: ...
    @property
    def vcpu(self) -> Vcpu: ...
    @property
    def vdso(self) -> int: ...
    def touched(self) -> set[int]: ...
    def sync_fs(self, proc: LinuxProcess) -> None: ...
    def sync_space(self, proc: LinuxProcess) -> None: ...


class Warming:
    """A run that takes the warm state when its loader reaches the entry point.

    The trap is planted at the program's entry point (``AT_ENTRY``) at once.

    Args:
        slot: where the state goes.
        key: the run's :func:`key`.
        user: the machine's memory, holding the run's initial stack at ``rsp`` (built with the reserve).
        image: the (linked) dynamic program.
        proc: the process (its fds and signal state are compared at the entry).
    """

    def __init__(
        self, slot: WarmSlot, key: Key, user: UserMemory, image: ElfImage, rsp: int, proc: LinuxProcess
    ) -> None:
        assert isinstance(image, LinkedImage) and image.program is not None
        self.slot, self.key, self.entry = slot, key, image.program.entry
        self.random = _auxv_value(user, rsp, _AT_RANDOM)
        self.refused = ""
        self.paths: dict[str, None] = {}
        self._fds = {fd: e.file for fd, e in proc.fds.items()}
        self._signals = proc.signals.dispositions()
        self._events = len(proc.events)
        self.saved = user.read(self.entry, len(_TRAP))
        user.write(self.entry, _TRAP)

    def note(self, proc: LinuxProcess, nr: int, args: Sequence[int]) -> None:
        """Record host call ``nr`` made before the entry; one that may differ per run refuses the state."""
        if self.refused:
            return
        try:
            call = Sys(nr)
        except ValueError:
            return  # not a Linux call: -ENOSYS in every run
        if call in _PATH_CALLS:
            if call in _AT_CALLS and args[0] & 0xFFFFFFFF != _AT_FDCWD:
                empty = args[3 if call is Sys.newfstatat else 2] & _AT_EMPTY_PATH  # fstat of an fd
                if not (call in (Sys.newfstatat, Sys.statx) and empty) or args[0] & 0xFFFFFFFF in self._fds:
                    self.refused = f"{call.name} relative to fd {args[0] & 0xFFFFFFFF} before the entry"
                return
            flags = args[1] if call is Sys.open else args[2] if call is Sys.openat else 0
            if flags & (_O_ACCMODE | _O_CREAT | _O_TRUNC):
                self.refused = f"{call.name} for writing before the entry"
                return
            try:
                self.paths[proc.read_path(args[_PATH_CALLS[call]])] = None
            except (BadAddress, FsError):
                self.refused = f"{call.name} with a bad path before the entry"
        elif call in _FD_CALLS:
            fd = args[4] if call is Sys.mmap else args[0]
            anonymous = call is Sys.mmap and args[3] & _MAP_ANONYMOUS
            if not anonymous and (fd & 0xFFFFFFFF) in self._fds:
                self.refused = f"{call.name} on fd {fd & 0xFFFFFFFF} (the run's) before the entry"
        elif call not in _PLAIN and call in SUPPORTED:  # one not served is -ENOSYS in every run (event replayed)
            self.refused = f"{call.name} before the entry (its result may differ per run)"

    def reached(self, m: WarmMachine, proc: LinuxProcess, vector: int, frame: int) -> bool:
        """At a fault exit: True when it is the trap at the entry; the state is taken and the run goes on."""
        at = frame + rip_offset(vector)
        if vector != _UD or not m.memory.contains(at, 32) or m.memory.read_u64(at) != self.entry:
            return False
        m.user.write(self.entry, self.saved)  # the program's own bytes back
        if m.cache and m.memory.read_u64(sysarea.STATE + sysarea.S_RC) != sysarea.RC_NONE:
            readcache.drop_read_cache(m.memory, proc)
        m.sync_fs(proc)
        m.sync_space(proc)  # the break, mapping floor and holes the guest's mm.c moved
        rip, _cs, rflags, rsp = struct.unpack("<4Q", m.memory.read(at, 32))
        regs = _abi.KvmRegs()
        ctypes.pointer(regs)[0] = m.vcpu.regs if m.vcpu.sync_regs else m.vcpu.get_regs()
        regs.rip, regs.rflags, regs.rsp, regs.rdi, regs.rsi = rip, rflags, rsp, 0, 0  # rdi, rsi: the stub's
        why = self.refused or self._check(m, proc)
        if why:
            if len(self.slot.refused) >= 64:
                self.slot.refused.clear()
            self.slot.refused[self.key] = why
        else:
            self.slot.state, self.slot.misses = self._take(m, proc, regs), 0
        vdso.for_run(m.vcpu, m.user, m.current, m.vdso)  # the vDSO's clock from here on
        m.vcpu.set_regs(regs)
        return True

    def _check(self, m: WarmMachine, proc: LinuxProcess) -> str:
        """Why the process at the entry is not the same in every run, or ``""``."""
        if {fd: e.file for fd, e in proc.fds.items()} != self._fds:
            return "the loader left files open"
        if proc.signals.dispositions() != self._signals or proc.pending:
            return "signal state changed before the entry"
        if getattr(m, "extra_vcpus", None):
            return "a thread was started before the entry"
        counts = sysarea.page_counts(m.memory)
        odd = sorted(nr for nr in counts if nr not in _GUEST_OK)
        if odd:
            return f"calls answered in the guest before the entry: {', '.join(map(str, odd))}"
        if proc.space is None:
            return "no address space"
        return ""

    def _take(self, m: WarmMachine, proc: LinuxProcess, regs: _abi.KvmRegs) -> WarmState:
        """Copy the pages that differ from the cold snapshot, and the rest of the state."""
        assert proc.space is not None
        cache = range(sysarea.READ_CACHE // PAGE, (sysarea.READ_CACHE + sysarea.READ_CACHE_SIZE) // PAGE)
        limit = m.memory.size // PAGE
        system = {sysarea.STATE // PAGE, sysarea.COUNTS // PAGE, sysarea.MM // PAGE}  # written by the host too
        pages = tuple(sorted(p for p in m.touched() | system if p < limit and p not in cache))
        # SAFETY: an anonymous private mapping only the WarmState owns (one page per overlay page);
        # copy_to() reads it by address while the state holds it. Private: a forked child gets copy-on-write.
        data = mmap.mmap(-1, max(len(pages), 1) * PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        view = m.memory.view
        args = _arg_strings(m.user, regs.rsp)
        for i, p in enumerate(pages):
            data[i * PAGE : (i + 1) * PAGE] = view[p * PAGE : (p + 1) * PAGE]
            lo, hi = max(args[0], p * PAGE), min(args[1], (p + 1) * PAGE)
            if lo < hi:  # this run's argv[1:]: never seen by a later run
                data[i * PAGE + lo - p * PAGE : i * PAGE + hi - p * PAGE] = bytes(hi - lo)
        state_page = pages.index(sysarea.STATE // PAGE) if sysarea.STATE // PAGE in pages else -1
        if state_page >= 0:  # the counters start from zero in each run (the loader's calls are not the run's)
            data[state_page * PAGE + sysarea.S_FAST : state_page * PAGE + sysarea.S_FAST + 8] = bytes(8)
        if sysarea.COUNTS // PAGE in pages:
            at = pages.index(sysarea.COUNTS // PAGE) * PAGE
            data[at : at + 4 * sysarea.NCOUNTS] = bytes(4 * sysarea.NCOUNTS)
        if syscallsites.DIRECT // PAGE in pages:
            at = pages.index(syscallsites.DIRECT // PAGE) * PAGE + syscallsites.DIRECT % PAGE
            data[at : at + 8] = bytes(8)
        fpu = m.vcpu.get_fpu_state()
        lookups = tuple((p, _identity(proc.fs, p, proc.cwd)) for p in self.paths)
        data, fd = imagepages.sealed(data, len(pages) * PAGE)  # one host copy; read-only pages mapped from it
        return WarmState(
            key=self.key, pages=pages, data=data, regs=regs, fpu=fpu, fs_base=proc.fs_base,
            space=proc.space.clone(m.user), tid=m.memory.read(sysarea.TID, 16), lookups=lookups,
            events=tuple(proc.events[self._events :]), random=self.random, fd=fd,
            shared=imagepages.read_only(pages, proc.space.prot) if fd >= 0 else frozenset(),
        )  # fmt: skip


def _auxv_value(user: UserMemory, rsp: int, kind: int) -> int:
    """The value of entry ``kind`` of the auxiliary vector of the initial stack at ``rsp`` (0: none)."""
    argc = user.u64(rsp)
    at = rsp + 8 * (argc + 2)
    while user.u64(at):  # environment pointers
        at += 8
    at += 8
    for _ in range(64):
        k, v = struct.unpack("<2Q", user.read(at, 16))
        if k == kind or k == 0:
            return v if k == kind else 0
        at += 16
    return 0


def _arg_strings(user: UserMemory, rsp: int) -> tuple[int, int]:
    """Where the ``argv[1:]`` strings of the fixed layout lie, ``[start, end)`` (empty without them)."""
    argc = user.u64(rsp)
    if argc < 2:
        return (0, 0)
    return (user.u64(rsp + 16), user.u64(rsp + 8))  # argv[1] .. argv[0]: the reserve below the fixed strings


def resume(user: UserMemory, vcpu: Vcpu, state: WarmState, rsp: int) -> _abi.KvmRegs:
    """The registers (and FPU state, loaded now) of a run resuming ``state``; a fresh canary is set.

    Raises:
        HostBug: the run's stack is not where the state's was (the layout should make it so).
    """
    if rsp != state.regs.rsp:
        raise HostBug(f"warm start: the initial stack is at 0x{rsp:x}, the state's at 0x{state.regs.rsp:x}")
    canary(user, state)
    vcpu.set_fpu_state(state.fpu)
    regs = _abi.KvmRegs()
    ctypes.pointer(regs)[0] = state.regs
    return regs


def eligible(image: ElfImage, own: ElfImage, pid: int) -> bool:
    """Whether a start of ``image`` as process ``pid`` in a machine prepared for ``own`` can be warm."""
    return ENABLED and pid == 1 and image is own and isinstance(image, LinkedImage) and image.program is not None


def usable(slot: WarmSlot | None, run: Key, argv: Sequence[str], proc: LinuxProcess) -> WarmState | None:
    """The warm state a run with key ``run`` resumes, or ``None`` (a cold start; a stale state is dropped)."""
    state = slot.state if slot is not None else None
    if slot is None or state is None or state.key != run or not fits(argv):
        return None
    if not state.valid(proc.fs, proc.cwd):
        slot.state = None  # a file changed: take it again
        return None
    return state


def arm(slot: WarmSlot | None, run: Key, argv: Sequence[str]) -> bool:
    """Whether this cold run should take the warm state (none yet, or another key twice in a row)."""
    if slot is None or run in slot.refused or not fits(argv):
        return False
    if slot.state is None:
        return True
    slot.misses += 1
    return slot.misses > 2


def describe(started: str, run: Key | None, slot: WarmSlot | None) -> str:
    """How a run with key ``run`` started, for ``--stats``: ``started`` is ``"warm"``, ``"warming"``,
    ``"cold"`` or ``""`` (not a dynamic program's first process)."""
    if not started or slot is None:
        return ""
    if started == "warm":
        return "warm (resumed at the program's entry)"
    if run in slot.refused:
        return f"cold: no warm state: {slot.refused[run]}"
    return "cold (took the warm state at the entry)" if started == "warming" else "cold (another key)"


def canary(user: UserMemory, state: WarmState) -> None:
    """A fresh stack-protector canary from this run's ``AT_RANDOM`` bytes (low byte zero, as glibc sets it)."""
    value = user.u64(state.random) & ~0xFF
    try:
        user.put_u64(state.fs_base + _CANARY, value)
    except BadAddress:
        pass  # no TLS block there: nothing reads a canary from it

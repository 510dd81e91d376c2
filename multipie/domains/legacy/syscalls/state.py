"""The kernel-side state of one legacy program, and what its system calls raise.

:class:`Process` holds what Linux keeps per process — fd table, cwd, signal dispositions and mask,
identity, the address space — and the helpers every syscall family shares (fd lookup, guest
strings, ``*at`` base directories, policy refusals). The families
(:mod:`~multipie.domains.legacy.syscalls`) are functions of a :class:`Process`;
:class:`~multipie.domains.legacy.syscalls.dispatch.LinuxProcess` adds the dispatcher.
"""

from __future__ import annotations

import errno as E
import logging
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, Self

from multipie.domains.legacy.syscalls.addrspace import AddressSpace, ProtectedMemory, UserMemory
from multipie.domains.legacy.syscalls.sigstate import SignalState
from multipie.domains.legacy.table import Sys
from multipie.resources.fs import DirFile, FsError, GuestFs, OpenFile, Stat
from multipie.resources.net import Network

__all__ = [
    "AT_EMPTY_PATH",
    "AT_FDCWD",
    "AT_REMOVEDIR",
    "AT_SYMLINK_NOFOLLOW",
    "MAX_IO",
    "RLIMITS",
    "RLIM_INF",
    "Blocked",
    "ExecDone",
    "FdEntry",
    "Handler",
    "PolicyEvent",
    "Process",
    "ProcessExit",
    "ProcessHost",
    "ProcessInfo",
    "s32",
    "s64",
]

log = logging.getLogger("multipie.legacy")

AT_FDCWD = -100
AT_SYMLINK_NOFOLLOW = 0x100
AT_REMOVEDIR = 0x200
AT_EMPTY_PATH = 0x1000
MAX_IO = 16 << 20  # largest single read/write the host serves (the program loops for more)
IOV_MAX = 1024
_U64 = (1 << 64) - 1
_IOVEC = struct.Struct("<QQ")
RLIM_INF = _U64
#: ``getrlimit`` answers: RLIMIT_STACK, RLIMIT_NOFILE (the fd table's size); others unlimited.
RLIMITS = {3: (8 << 20, RLIM_INF), 7: (1024, 4096)}

#: A system call handler: ``fn(proc, a0, a1, a2, a3, a4, a5) -> result`` (``-errno`` on failure).
Handler = Callable[..., int]


class ProcessExit(Exception):
    """The program ended: ``exit``/``exit_group`` (code) or a fatal signal it sent itself.

    Attributes:
        code: the exit status a shell would report (``128 + signal`` for a signal).
        signal: the signal number, or ``None`` for a normal exit.
    """

    def __init__(self, code: int, signal: int | None = None) -> None:
        super().__init__(f"exit {code}" if signal is None else f"killed by signal {signal}")
        self.code = code
        self.signal = signal


class Blocked(Exception):
    """A system call must wait for another process of the domain; the scheduler parks the caller.

    Attributes:
        kind: ``"pipe"`` (any file I/O), ``"poll"``, ``"wait"``, ``"vfork"`` or ``"sleep"``.
        retry: how to try again (default: serve the same call again with the same registers).
        until: for a sleep, the ``time.monotonic()`` at which it ends.
        host: ``(host fd, POLL* bits)`` a granted host socket waits on (the scheduler sleeps on them).
        partial: for a call that already did part of its work (a long pipe write): its result if
            the wait must end now (a signal, a deadlock), instead of ``EINTR``/``EAGAIN``.
        nr, regs: the pending call (filled in by the VM loop).
    """

    def __init__(self, kind: str, retry: Callable[[], int] | None = None, until: float | None = None,
                 host: tuple[tuple[int, int], ...] = (), partial: Callable[[], int] | None = None) -> None:  # fmt: skip
        super().__init__(kind)
        self.kind = kind
        self.retry = retry
        self.until = until
        self.host = host
        self.partial = partial
        self.nr = 0
        self.regs: Any = None


class ExecDone(Exception):
    """The registers are already set (``execve`` loaded a new program, ``rt_sigreturn`` restored a context).

    The VM loop resumes the guest without writing a result.
    """


class ProcessHost(Protocol):
    """What serves the calls that involve other processes (:class:`~multipie.domains.legacy.kernel.ProcessGroup`)."""

    def clone(self, proc: Process, flags: int, stack: int, ptid: int, ctid: int, tls: int) -> int:
        """Fork ``proc``; returns the child's pid (or ``-errno``)."""

    def execve(self, proc: Process, path: str, argv: list[str], env: list[str]) -> int:
        """Replace ``proc``'s program; returns ``-errno`` on failure."""

    def wait4(self, proc: Process, pid: int, options: int) -> tuple[int, int]:
        """``(pid, status)`` of an ended child of ``proc``."""

    def kill(self, proc: Process, pid: int, sig: int) -> int:
        """Signal another process."""

    def sigreturn(self, proc: Process) -> int:
        """Return from a signal handler (raises :class:`ExecDone`)."""

    # Threads (syscalls/threads.py): the calling thread is the one the kernel runs.

    def gettid(self, proc: Process) -> int:
        """The calling thread's id."""

    def exit_thread(self, proc: Process, code: int) -> int:
        """End the calling thread (raises; :class:`ProcessExit` when it was the last one)."""

    def futex_wait(self, proc: Process, addr: int, bitset: int, until: float | None) -> int:
        """Park the calling thread on ``addr`` until woken, ``until`` passes or a signal (raises :class:`Blocked`)."""

    def futex_wake(self, proc: Process, addr: int, n: int, bitset: int) -> int:
        """Wake up to ``n`` threads waiting on ``addr``; returns how many."""

    def futex_requeue(self, proc: Process, addr: int, n: int, addr2: int, n2: int) -> int:
        """Wake ``n`` waiters of ``addr``, move up to ``n2`` others to ``addr2``; returns woken + moved."""

    def tgkill(self, proc: Process, tgid: int, tid: int, sig: int) -> int:
        """Send ``sig`` to thread ``tid`` (of process ``tgid`` unless it is -1)."""

    def sched_yield(self, proc: Process) -> None:
        """Let the other runnable threads run first (raises :class:`Blocked`; the call then returns 0)."""

    def robust_list(self, proc: Process, tid: int, head: int | None) -> int:
        """Set the calling thread's robust list head (``head``), or return thread ``tid``'s (0: the caller)."""

    def cpu_time(self, proc: Process, target: int, *, thread: bool) -> int:
        """CPU nanoseconds of thread or process ``target`` (0: the caller; -1: its reaped children), or ``-ESRCH``."""

    def set_timer(self, proc: Process, value: float | None, interval: float) -> tuple[float, float]:
        """Arm ``proc``'s ``ITIMER_REAL`` (``value`` seconds, 0 disarms, ``None`` reads; then every ``interval``);
        returns the old ``(seconds left, interval)``."""


@dataclass(frozen=True)
class PolicyEvent:
    """A system call the program made that the runtime does not grant (answered ``-ENOSYS``)."""

    nr: int
    name: str
    args: tuple[int, ...]

    def __str__(self) -> str:
        if ": " in self.name:  # a refusal with its reason (a net grant missing): the name says it all
            return self.name
        return f"{self.name}({', '.join(hex(a) for a in self.args[:3])}) denied: -ENOSYS"


@dataclass
class FdEntry:
    """One slot of the fd table: the shared open file and the close-on-exec flag."""

    file: OpenFile
    cloexec: bool = False


@dataclass
class ProcessInfo:
    """Identity the program sees: pid, uid/gid, host name, executable path."""

    pid: int = 1
    ppid: int = 0
    uid: int = 0
    gid: int = 0
    hostname: str = "multipie"
    exe: str = "/proc/self/exe"
    umask: int = 0o022
    extra: dict[str, Any] = field(default_factory=dict)


class Process:
    """One legacy program's kernel-side state (the dispatcher is in the subclass ``LinuxProcess``).

    ``stable_stat`` is the answer of the last path ``stat`` when it came from a read-only layer, else
    ``None`` (the VM loop may let the guest answer the same call again: ``sysarea.FdView``).

    Args:
        mem: the program's memory.
        fs: its file system view.
        space: its ``brk``/``mmap`` bookkeeping (``None``: those calls get ``-ENOSYS``).
        stdin, stdout, stderr: open files for fds 0, 1, 2.
        info: identity the program sees.
        on_set_fs: called with the new FS base on ``arch_prctl(ARCH_SET_FS)`` (the VM loads the MSR).
        cwd: initial working directory (absolute guest path).
        deadline: ``time.monotonic()`` at which the run times out (bounds sleeps served on the host).
        events: where refused calls are recorded (shared by the processes of one run).
        net: the domain's network (sockets, names, ``net`` grants); default: a fresh one, no grants.

    Attributes:
        kernel: serves ``fork``/``execve``/``wait4``/``kill`` of other processes; ``None`` (one
            process, those calls are ``-ENOSYS`` policy events).
    """

    def __init__(
        self,
        mem: UserMemory,
        fs: GuestFs,
        *,
        space: AddressSpace | None = None,
        stdin: OpenFile,
        stdout: OpenFile,
        stderr: OpenFile,
        info: ProcessInfo | None = None,
        on_set_fs: Callable[[int], None] | None = None,
        cwd: str = "/",
        deadline: float | None = None,
        events: list[PolicyEvent] | None = None,
        net: Network | None = None,
    ) -> None:
        #: What the process's calls read and write: its page protections apply (the kernel's own work on the
        #: pages goes through ``space.mem``).
        self.mem: UserMemory = ProtectedMemory.of(mem, self)
        self.net = net if net is not None else Network()
        self.fs = fs
        self.space = space
        self.info = info or ProcessInfo()
        self.on_set_fs = on_set_fs
        #: ``time.monotonic()`` value past which the run is over (sleeps stop there: ``Timeout``).
        self.deadline = deadline
        self.fs_base = 0
        self.cwd = fs.canonical(cwd)
        self.fds: dict[int, FdEntry] = {0: FdEntry(stdin), 1: FdEntry(stdout), 2: FdEntry(stderr)}
        self.stable_stat: Stat | None = None
        #: Dispositions, and the running thread's mask and pending set (in guest memory: entry.S reads them).
        self.signals = SignalState(mem)
        self.events: list[PolicyEvent] = events if events is not None else []
        self.counts: dict[int, int] = {}
        self.clear_child_tid = 0
        self.kernel: ProcessHost | None = None
        #: The mask ``rt_sigsuspend`` replaced (restored when the handler returns).
        self.saved_mask: int | None = None
        #: FPU states saved by signal deliveries not yet returned from (host side, not in the frame).
        self.fpu_frames: list[Any] = []
        #: Who sent each pending signal: ``si_code`` and the ``siginfo`` fields after it (its handler's info).
        self.siginfo: dict[int, tuple[int, bytes]] = {}

    def forked(
        self, mem: UserMemory, space: AddressSpace | None, *, pid: int, on_set_fs: Callable[[int], None] | None
    ) -> Self:
        """The kernel-side state of a ``fork`` child: the same open files (shared descriptions), cwd, signals."""
        child = type(self).__new__(type(self))
        child.__dict__.update(self.__dict__)
        child.mem, child.space, child.on_set_fs = ProtectedMemory.of(mem, child), space, on_set_fs
        child.info = ProcessInfo(pid=pid, ppid=self.info.pid, uid=self.info.uid, gid=self.info.gid,
                                 hostname=self.info.hostname, exe=self.info.exe, umask=self.info.umask,
                                 extra=dict(self.info.extra))  # fmt: skip
        child.fds = {fd: FdEntry(e.file, e.cloexec) for fd, e in self.fds.items()}
        for e in child.fds.values():
            e.file.refs += 1
        child.signals = SignalState(mem)
        child.signals.copy_from(self.signals)  # the same dispositions and mask; nothing pending
        child.saved_mask, child.fpu_frames, child.siginfo = None, [], {}
        child.counts = {}
        child.clear_child_tid = 0
        return child

    def exec_reset(self, space: AddressSpace, exe: str) -> None:
        """What ``execve`` does to the kernel-side state: close ``O_CLOEXEC`` fds (signals: ``SignalState.carry``)."""
        self.space = space
        self.info.exe = exe
        self.fs_base = 0
        self.clear_child_tid = 0
        self.fpu_frames, self.saved_mask = [], None
        for fd in [fd for fd, e in self.fds.items() if e.cloexec]:
            self.close_fd(fd)

    @property
    def sigmask(self) -> int:
        """The running thread's blocked signals (bit ``sig - 1``)."""
        return self.signals.mask

    @sigmask.setter
    def sigmask(self, value: int) -> None:
        self.signals.mask = value

    @property
    def pending(self) -> int:
        """Signals waiting for delivery to a handler (bit ``sig - 1``); delivered by the VM loop."""
        return self.signals.pending

    @pending.setter
    def pending(self, value: int) -> None:
        self.signals.pending = value

    def disposition(self, sig: int) -> int:
        """``0`` (default action), ``1`` (ignored) or the handler address recorded for ``sig``."""
        return self.signals.handler(sig) if 1 <= sig <= 64 else 0

    def deliverable(self) -> int:
        """Pending signals not blocked by the mask."""
        return self.pending & ~self.sigmask

    def file(self, fd: int, *, path: bool = False) -> OpenFile:
        """The open file behind ``fd`` (``EBADF`` when closed).

        An ``O_PATH`` fd names a file without opening it for I/O: ``EBADF`` too, unless ``path`` (the calls
        Linux serves for one, its ``fdget_raw``: ``fstat``, ``fstatfs``, ``fchdir``, a dirfd, ``dup``).
        """
        entry = self.fds.get(s32(fd))
        if entry is None or entry.file.flags & os.O_PATH and not path:
            raise FsError(E.EBADF, f"fd {fd}")
        return entry.file

    def read_path(self, addr: int) -> str:
        """The NUL-terminated path at guest address ``addr``."""
        raw = self.mem.cstring(addr, 4096)
        return raw.decode("utf-8", "surrogateescape")

    def base_dir(self, dirfd: int, path: str) -> str:
        """The directory relative paths start from for ``*at`` calls."""
        dirfd = s32(dirfd)
        if path.startswith("/") or dirfd == AT_FDCWD:
            return self.cwd
        f = self.file(dirfd, path=True)
        if not isinstance(f, DirFile) or f.path is None:
            raise FsError(E.ENOTDIR, f"fd {dirfd}")
        return f.path

    def install(self, f: OpenFile, *, lowest: int = 0, cloexec: bool = False) -> int:
        """Put ``f`` in the lowest free fd from ``lowest`` up (``EMFILE`` past the limit); returns the fd."""
        fd = lowest
        while fd in self.fds:
            fd += 1
        if fd >= RLIMITS[7][0]:
            f.refs -= 1  # a dup's reference; the file itself closes only with its last one
            if f.refs == 0:
                f.close()
            raise FsError(E.EMFILE, "too many open files")
        self.fds[fd] = FdEntry(f, cloexec)
        return fd

    def close_fd(self, fd: int) -> None:
        """Drop ``fd``; the open file is released with its last fd."""
        entry = self.fds.pop(fd)
        entry.file.refs -= 1
        if entry.file.refs == 0:
            entry.file.close()

    def close_all(self) -> None:
        """Close every fd (when the program ends)."""
        for fd in list(self.fds):
            self.close_fd(fd)

    def read_into(self, f: OpenFile, buf: int, n: int, off: int | None = None) -> int:
        """Read up to ``n`` bytes of ``f`` (at ``off``, or its offset) into guest memory at ``buf``."""
        if not f.readable:
            raise FsError(E.EBADF, "not open for reading")
        n = min(n, MAX_IO)
        self.mem.check(buf, n, write=True)  # fault before consuming input
        data = f.read(n) if off is None else f.pread(n, off)
        self.mem.write(buf, data)
        return len(data)

    def iovecs(self, iov: int, cnt: int) -> list[tuple[int, int]]:
        """The ``(base, length)`` pairs of a guest ``struct iovec`` array."""
        if cnt > IOV_MAX:
            raise FsError(E.EINVAL, "iovcnt")
        raw = self.mem.read(iov, cnt * 16)
        return [_IOVEC.unpack_from(raw, i * 16) for i in range(cnt)]

    def denied(self, nr: Sys, *args: int) -> int:
        """Refuse call ``nr``: record a :class:`PolicyEvent` and answer ``-ENOSYS``."""
        event = PolicyEvent(int(nr), nr.name, (*args, 0, 0, 0, 0, 0, 0)[:6])
        self.events.append(event)
        log.info("legacy policy: %s", event)
        return -E.ENOSYS


def s32(v: int) -> int:
    """``v`` as a signed 32-bit register value (fds, pids)."""
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def s64(v: int) -> int:
    """``v`` as a signed 64-bit register value (offsets, sizes)."""
    v &= _U64
    return v - (1 << 64) if v & (1 << 63) else v

"""Linux system calls of a legacy program, served on the host against the file multiplexer.

Who owns what:

- :class:`UserMemory` — the program's address space as the host sees it: one
  buffer (the VM's guest memory, or a ``bytearray`` in tests) at a base
  address. **Every** guest pointer goes through :meth:`UserMemory.read` /
  :meth:`UserMemory.write`, which check it against the buffer and page 0
  (never mapped), so a bad pointer is ``-EFAULT`` for the program and never a
  host access outside the guest.
- :class:`AddressSpace` — ``brk`` and anonymous/private ``mmap`` bookkeeping
  inside that buffer: the break grows up from the image, mappings grow down
  from the stack's floor; when they meet the domain is out of memory.
- :class:`LinuxProcess` — one program: its fd table, cwd, signal dispositions
  (recorded, never delivered), and :meth:`LinuxProcess.syscall`, the single
  dispatch point ``(nr, a0..a5) -> result`` used by the VM loop. Calls not in
  the table return ``-ENOSYS`` and are recorded as :class:`PolicyEvent` s.

Nothing here runs guest code or touches KVM; the VM side calls
:meth:`LinuxProcess.syscall` with the registers of each trapped ``syscall``.
"""

from __future__ import annotations

import errno as E
import logging
import os
import stat as S
import struct
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from multipie.domains.legacy.table import Sys
from multipie.errors import OutOfMemory, Timeout
from multipie.resources.fs import DirFile, FsError, GuestFs, OpenFile, PipeBuffer, PipeEnd, Stat, WouldBlock

__all__ = [
    "AddressSpace",
    "BadAddress",
    "Blocked",
    "ExecDone",
    "ProcessHost",
    "LinuxProcess",
    "PolicyEvent",
    "ProcessExit",
    "Sys",
    "UserMemory",
    "SUPPORTED",
]

log = logging.getLogger("multipie.legacy")

PAGE = 4096
AT_FDCWD = -100
AT_SYMLINK_NOFOLLOW = 0x100
AT_REMOVEDIR = 0x200
AT_EMPTY_PATH = 0x1000
MAX_IO = 16 << 20  # largest single read/write the host serves (the program loops for more)
IOV_MAX = 1024
MAP_SHARED, MAP_PRIVATE, MAP_FIXED, MAP_ANONYMOUS = 0x01, 0x02, 0x10, 0x20
MAP_FIXED_NOREPLACE = 0x100000
MREMAP_MAYMOVE = 1
MADV_DONTNEED = 4
#: Holes of the mapping area the guest's table (guest/legacy/mm.c, MM_CAP) holds.
HOLES_MAX = 255
_U64 = (1 << 64) - 1
_STAT = struct.Struct("<QQQIIIIQqqqqqqqqq24x")
_TIMESPEC = struct.Struct("<qq")
_IOVEC = struct.Struct("<QQ")
_RLIM_INF = _U64
_RLIMITS = {3: (8 << 20, _RLIM_INF), 7: (1024, 4096)}  # RLIMIT_STACK, RLIMIT_NOFILE; others unlimited


class BadAddress(Exception):
    """A guest pointer outside the program's memory (the syscall returns ``-EFAULT``)."""


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
        kind: ``"pipe"``, ``"wait"``, ``"vfork"`` or ``"sleep"``.
        retry: how to try again (default: serve the same call again with the same registers).
        until: for a sleep, the ``time.monotonic()`` at which it ends.
        nr, regs: the pending call (filled in by the VM loop).
    """

    def __init__(self, kind: str, retry: Callable[[], int] | None = None, until: float | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.retry = retry
        self.until = until
        self.nr = 0
        self.regs: Any = None


class ExecDone(Exception):
    """The registers are already set (``execve`` loaded a new program, ``rt_sigreturn`` restored a context).

    The VM loop resumes the guest without writing a result.
    """


class ProcessHost(Protocol):
    """What serves the calls that involve other processes (:class:`~multipie.domains.legacy.kernel.ProcessGroup`)."""

    def clone(self, proc: LinuxProcess, flags: int, stack: int, ptid: int, ctid: int, tls: int) -> int:
        """Fork ``proc``; returns the child's pid (or ``-errno``)."""

    def execve(self, proc: LinuxProcess, path: str, argv: list[str], env: list[str]) -> int:
        """Replace ``proc``'s program; returns ``-errno`` on failure."""

    def wait4(self, proc: LinuxProcess, pid: int, options: int) -> tuple[int, int]:
        """``(pid, status)`` of an ended child of ``proc``."""

    def kill(self, proc: LinuxProcess, pid: int, sig: int) -> int:
        """Signal another process."""

    def sigreturn(self, proc: LinuxProcess) -> int:
        """Return from a signal handler (raises :class:`ExecDone`)."""


@dataclass(frozen=True)
class PolicyEvent:
    """A system call the program made that the runtime does not grant (answered ``-ENOSYS``)."""

    nr: int
    name: str
    args: tuple[int, ...]

    def __str__(self) -> str:
        return f"{self.name}({', '.join(hex(a) for a in self.args[:3])}) denied: -ENOSYS"


class UserMemory:
    """Bounds-checked access to the program's memory: ``buffer`` holds addresses ``[base, base+len)``.

    Args:
        buffer: a writable buffer (``GuestMemory.view`` in a VM, a ``bytearray`` in tests).
        base: the guest address of ``buffer[0]``.
        low: addresses below this fault (page 0 stays unmapped).
    """

    def __init__(self, buffer: memoryview | bytearray, base: int = 0, *, low: int = PAGE) -> None:
        self.view = memoryview(buffer).cast("B")
        self.base = base
        self.low = max(low, base)
        self.end = base + len(self.view)

    def _off(self, addr: int, n: int) -> int:
        if n == 0 and 0 <= addr <= _U64:
            return 0  # an empty range is valid whatever its address (as on Linux)
        if n < 0 or addr < self.low or addr + n > self.end:
            raise BadAddress(f"0x{addr:x}+{n}")
        return addr - self.base

    def read(self, addr: int, n: int) -> bytes:
        """A copy of ``n`` bytes at ``addr``."""
        off = self._off(addr, n)
        return self.view[off : off + n].tobytes() if n else b""

    def write(self, addr: int, data: bytes | bytearray | memoryview) -> None:
        """Store ``data`` at ``addr``."""
        if not len(data):
            return
        off = self._off(addr, len(data))
        self.view[off : off + len(data)] = data

    def zero(self, addr: int, n: int) -> None:
        """Clear ``n`` bytes at ``addr``."""
        if n == 0:
            return
        off = self._off(addr, n)
        self.view[off : off + n] = bytes(n)

    def u64(self, addr: int) -> int:
        """The little-endian u64 at ``addr``."""
        return int.from_bytes(self.read(addr, 8), "little")

    def put_u64(self, addr: int, value: int) -> None:
        """Store a u64 at ``addr``."""
        self.write(addr, (value & _U64).to_bytes(8, "little"))

    def cstring(self, addr: int, limit: int = 4096) -> bytes:
        """The NUL-terminated bytes at ``addr`` (``ENAMETOOLONG`` past ``limit``)."""
        off = self._off(addr, 1)
        end = min(off + limit, len(self.view))
        raw = self.view[off:end].tobytes()
        nul = raw.find(b"\0")
        if nul < 0:
            if end == len(self.view):
                raise BadAddress(f"0x{addr:x}: string runs off the end of memory")
            raise FsError(E.ENAMETOOLONG, "string too long")
        return raw[:nul]


class AddressSpace:
    """``brk`` and ``mmap`` bookkeeping: the break grows up from ``brk_start``, mappings down from ``top``.

    Memory never handed out since the program started is known to be zero
    (``[brk_high, pristine)``), so only memory given back and reused is zeroed
    again. The guest's own fast path (``guest/legacy/entry.S``) moves the same
    five numbers in its state page; :meth:`load_state`/:meth:`state` carry them
    across.

    Args:
        mem: the program's memory.
        brk_start: the initial break (end of the loaded image, page-aligned).
        top: one past the highest address mappings may use (below the stack guard).
    """

    def __init__(self, mem: UserMemory, brk_start: int, top: int) -> None:
        self.mem = mem
        self.brk_start = self.brk = self.brk_high = brk_start
        self.top = self.floor = self.pristine = top
        self.free: list[tuple[int, int]] = []  # (start, length) holes in [floor, top), ascending
        self._extra: list[tuple[int, int]] = []  # holes the guest's table had no room for

    # -- state shared with the guest ---------------------------------------------------

    def state(self) -> tuple[int, int, int, int, int]:
        """``(brk_start, brk, brk_high, floor, pristine)``."""
        return self.brk_start, self.brk, self.brk_high, self.floor, self.pristine

    def shared_holes(self) -> list[tuple[int, int]]:
        """The holes for the guest's table, ``(start, end)`` ascending: at most :data:`HOLES_MAX`.

        When there are more, the largest are shared and the rest stay on the host (the guest
        never hands those out; :meth:`load_state` merges them back).
        """
        keep = self.free
        if len(keep) > HOLES_MAX:
            keep = sorted(sorted(self.free, key=lambda h: -h[1])[:HOLES_MAX])
            kept = set(keep)
            self._extra = [h for h in self.free if h not in kept]
        else:
            self._extra = []
        return [(s, s + n) for s, n in keep]

    def load_state(
        self, brk_start: int, brk: int, brk_high: int, floor: int, pristine: int,
        holes: Sequence[tuple[int, int]] | None = None,
    ) -> None:  # fmt: skip
        """Adopt values the guest moved, and its hole table (``(start, end)``), ignoring impossible ones.

        A table the program wrote over is dropped: its holes are then never reused (safe, the
        memory stays the program's), never trusted.
        """
        if not (self.brk_start <= brk <= brk_high <= floor <= self.top and brk_high <= pristine <= floor):
            return
        self.brk, self.brk_high, self.floor, self.pristine = brk, brk_high, floor, pristine
        if holes is None:
            self.free = [(s, n) for s, n in self.free if s >= floor]
            return
        last, page = floor, list[tuple[int, int]]()
        for start, end in holes:
            if start < last or end <= start or end > self.top or (start | end) & (PAGE - 1):
                page = []
                break
            page.append((start, end - start))
            last = end
        self.free = page + [(s, n) for s, n in self._extra if s >= floor]
        self._extra = []
        self._normalize()

    def clone(self, mem: UserMemory) -> AddressSpace:
        """The same bookkeeping over ``mem`` (a forked copy of this memory)."""
        other = AddressSpace(mem, self.brk_start, self.top)
        other.brk, other.brk_high, other.floor, other.pristine = self.brk, self.brk_high, self.floor, self.pristine
        other.free, other._extra = list(self.free), list(self._extra)
        return other

    # -- operations --------------------------------------------------------------------

    def _oom(self, want: int) -> OutOfMemory:
        room = self.floor - _page_up(self.brk_high)
        return OutOfMemory(
            f"program memory exhausted: asked for {want} bytes with {max(room, 0)} left between the break "
            f"(0x{self.brk:x}) and the mappings (0x{self.floor:x})"
        )

    def _zero(self, start: int, end: int) -> None:
        """Zero ``[start, end)`` except the part known to be untouched."""
        if start < min(end, self.brk_high):
            self.mem.zero(start, min(end, self.brk_high) - start)
        lo = max(start, self.pristine)
        if lo < end:
            self.mem.zero(lo, end - lo)

    def set_brk(self, addr: int) -> int:
        """``brk(addr)``: move the break; returns the new break (the old one when refused).

        Raises:
            OutOfMemory: the break would meet the mappings.
        """
        if addr < self.brk_start:
            return self.brk
        new = _page_up(addr)
        if new - self.brk_start > self.top - self.brk_start - PAGE:
            return self.brk  # can never fit: refuse like Linux does
        if new > self.floor - PAGE:
            raise self._oom(new - _page_up(self.brk))
        old = _page_up(self.brk)
        if new > old:
            self._zero(old, new)
        self.brk_high = max(self.brk_high, new)
        self.brk = addr
        return addr

    def map(self, length: int, *, fixed: int | None = None) -> int:
        """Reserve ``length`` bytes (page-rounded) of zeroed memory; returns its address.

        Raises:
            FsError: ``EINVAL`` for a zero length, ``ENOMEM`` for a request that can never fit or a bad
                ``MAP_FIXED`` address.
            OutOfMemory: the memory is exhausted.
        """
        n = _page_up(length)
        if n <= 0:
            raise FsError(E.EINVAL, "mmap length")
        if n > self.top - _page_up(self.brk_start) - PAGE:
            raise FsError(E.ENOMEM, "larger than the program's memory")
        if fixed is not None:
            if fixed & (PAGE - 1) or fixed < self.floor or fixed + n > self.top:
                raise FsError(E.ENOMEM, "MAP_FIXED outside the mapping area")
            self._take(fixed, n)
            self._zero(fixed, fixed + n)
            return fixed
        for i, (start, size) in enumerate(self.free):
            if size >= n:
                addr = start + size - n
                if size == n:
                    del self.free[i]
                else:
                    self.free[i] = (start, size - n)
                self._zero(addr, addr + n)
                return addr
        addr = self.floor - n
        if addr < _page_up(self.brk_high) + PAGE:
            raise self._oom(n)
        self._zero(addr, self.floor)
        self.floor = addr
        self.pristine = min(self.pristine, addr)
        return addr

    def _take(self, addr: int, n: int) -> None:
        holes = []
        for start, size in self.free:
            end = start + size
            if end <= addr or start >= addr + n:
                holes.append((start, size))
                continue
            if start < addr:
                holes.append((start, addr - start))
            if end > addr + n:
                holes.append((addr + n, end - addr - n))
        self.free = holes

    def unmap(self, addr: int, length: int) -> None:
        """Release ``[addr, addr+length)`` (only the part inside the mapping area counts)."""
        n = _page_up(length)
        if addr & (PAGE - 1) or n <= 0:
            raise FsError(E.EINVAL, "munmap")
        lo, hi = max(addr, self.floor), min(addr + n, self.top)
        if lo >= hi:
            return
        self._take(lo, hi - lo)  # drop overlaps with existing holes, then add the range as one hole
        self.free.append((lo, hi - lo))
        self._normalize()

    def _normalize(self) -> None:
        """Sort and merge the holes; a hole at the floor gives its room back."""
        merged: list[tuple[int, int]] = []
        for start, size in sorted(self.free):
            if merged and merged[-1][0] + merged[-1][1] == start:
                merged[-1] = (merged[-1][0], merged[-1][1] + size)
            else:
                merged.append((start, size))
        while merged and merged[0][0] == self.floor:  # a hole at the floor gives its room back
            self.floor += merged[0][1]
            merged.pop(0)
        self.free = merged


def _page_up(n: int) -> int:
    return (n + PAGE - 1) & ~(PAGE - 1)


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


def _pack_stat(st: Stat) -> bytes:
    a, m, c = st.atime_ns, st.mtime_ns, st.ctime_ns
    return _STAT.pack(
        st.dev, st.ino, st.nlink, st.mode, st.uid, st.gid, 0, st.rdev, st.size, st.blksize, st.blocks,
        a // 10**9, a % 10**9, m // 10**9, m % 10**9, c // 10**9, c % 10**9,
    )  # fmt: skip


def _pack_statx(st: Stat) -> bytes:
    def ts(ns: int) -> bytes:
        return struct.pack("<qIi", ns // 10**9, ns % 10**9, 0)

    head = struct.pack(
        "<IIQIIIHHQQQQ", 0x7FF, st.blksize, 0, st.nlink, st.uid, st.gid, st.mode, 0, st.ino, st.size, st.blocks, 0
    )
    times = ts(st.atime_ns) + ts(st.ctime_ns) + ts(st.ctime_ns) + ts(st.mtime_ns)
    devs = struct.pack("<IIII", os.major(st.rdev), os.minor(st.rdev), os.major(st.dev), os.minor(st.dev))
    out = head + times + devs
    return out + bytes(256 - len(out))


class LinuxProcess:
    """One legacy program's kernel-side state and its system call dispatcher.

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
    ) -> None:
        self.mem = mem
        self.fs = fs
        self.space = space
        self.info = info or ProcessInfo()
        self.on_set_fs = on_set_fs
        #: ``time.monotonic()`` value past which the run is over (sleeps stop there: ``Timeout``).
        self.deadline = deadline
        self.fs_base = 0
        self.cwd = fs.canonical(cwd)
        self.fds: dict[int, FdEntry] = {0: FdEntry(stdin), 1: FdEntry(stdout), 2: FdEntry(stderr)}
        self.sigactions: dict[int, bytes] = {}
        self.sigmask = 0
        self.events: list[PolicyEvent] = events if events is not None else []
        self.counts: dict[int, int] = {}
        self.clear_child_tid = 0
        self.kernel: ProcessHost | None = None
        #: Signals waiting for delivery to a handler (bit ``sig - 1``); delivered by the VM loop.
        self.pending = 0
        #: The mask ``rt_sigsuspend`` replaced (restored when the handler returns).
        self.saved_mask: int | None = None
        #: FPU states saved by signal deliveries not yet returned from (host side, not in the frame).
        self.fpu_frames: list[Any] = []
        self._table = _handlers(type(self))

    def forked(
        self, mem: UserMemory, space: AddressSpace | None, *, pid: int, on_set_fs: Callable[[int], None] | None
    ) -> LinuxProcess:
        """The kernel-side state of a ``fork`` child: the same open files (shared descriptions), cwd, signals."""
        child = LinuxProcess.__new__(LinuxProcess)
        child.__dict__.update(self.__dict__)
        child.mem, child.space, child.on_set_fs = mem, space, on_set_fs
        child.info = ProcessInfo(pid=pid, ppid=self.info.pid, uid=self.info.uid, gid=self.info.gid,
                                 hostname=self.info.hostname, exe=self.info.exe, umask=self.info.umask,
                                 extra=dict(self.info.extra))  # fmt: skip
        child.fds = {fd: FdEntry(e.file, e.cloexec) for fd, e in self.fds.items()}
        for e in child.fds.values():
            e.file.refs += 1
        child.sigactions = dict(self.sigactions)
        child.pending, child.saved_mask, child.fpu_frames = 0, None, []
        child.counts = {}
        child.clear_child_tid = 0
        return child

    def exec_reset(self, space: AddressSpace, exe: str) -> None:
        """What ``execve`` does to the kernel-side state: close ``O_CLOEXEC`` fds, caught signals to default."""
        self.space = space
        self.info.exe = exe
        self.fs_base = 0
        self.clear_child_tid = 0
        self.fpu_frames, self.saved_mask = [], None
        for fd in [fd for fd, e in self.fds.items() if e.cloexec]:
            self._close(fd)
        self.sigactions = {sig: act for sig, act in self.sigactions.items() if self._handler(act) == 1}

    @staticmethod
    def _handler(act: bytes) -> int:
        return int.from_bytes(act[:8], "little")

    def disposition(self, sig: int) -> int:
        """``0`` (default action), ``1`` (ignored) or the handler address recorded for ``sig``."""
        act = self.sigactions.get(sig)
        return 0 if act is None else self._handler(act)

    # -- dispatch ---------------------------------------------------------------------

    def syscall(self, nr: int, a0: int = 0, a1: int = 0, a2: int = 0, a3: int = 0, a4: int = 0, a5: int = 0) -> int:
        """Serve one system call; returns its result (``-errno`` on failure) as the guest's ``rax``.

        Raises:
            ProcessExit: the program exited.
            OutOfMemory: the program's memory is exhausted.
        """
        self.counts[nr] = self.counts.get(nr, 0) + 1
        fn = self._table.get(nr)
        if fn is None:
            try:
                name = Sys(nr).name
            except ValueError:
                name = f"syscall_{nr}"
            event = PolicyEvent(nr, name, (a0, a1, a2, a3, a4, a5))
            self.events.append(event)
            log.info("legacy policy: %s", event)
            return -E.ENOSYS
        try:
            return fn(self, a0, a1, a2, a3, a4, a5)
        except BadAddress:
            return -E.EFAULT
        except WouldBlock as exc:
            if self.kernel is not None:  # another process may fill or drain the pipe
                raise Blocked("pipe") from exc
            return -E.EAGAIN
        except OSError as exc:  # FsError, and host I/O errors on layer or granted files
            if exc.errno == E.EPIPE and self.disposition(13) != 1:
                if self.disposition(13) == 0 or self.kernel is None:
                    raise ProcessExit(128 + 13, signal=13) from exc  # SIGPIPE's default action
                self.pending |= 1 << 12  # its handler runs when the call returns
            return -(exc.errno or E.EIO)
        except (OverflowError, ValueError):  # an argument no host API accepts (huge offsets, ...)
            return -E.EINVAL

    # -- helpers ----------------------------------------------------------------------

    def _file(self, fd: int) -> OpenFile:
        entry = self.fds.get(_s32(fd))
        if entry is None:
            raise FsError(E.EBADF, f"fd {fd}")
        return entry.file

    def _path(self, addr: int) -> str:
        raw = self.mem.cstring(addr, 4096)
        return raw.decode("utf-8", "surrogateescape")

    def _base(self, dirfd: int, path: str) -> str:
        """The directory relative paths start from for ``*at`` calls."""
        dirfd = _s32(dirfd)
        if path.startswith("/") or dirfd == AT_FDCWD:
            return self.cwd
        f = self._file(dirfd)
        p = getattr(f, "path", None)
        if not isinstance(f, DirFile) or p is None:
            raise FsError(E.ENOTDIR, f"fd {dirfd}")
        return str(p)

    def _install(self, f: OpenFile, *, lowest: int = 0, cloexec: bool = False) -> int:
        fd = lowest
        while fd in self.fds:
            fd += 1
        if fd >= _RLIMITS[7][0]:
            f.close()
            raise FsError(E.EMFILE, "too many open files")
        self.fds[fd] = FdEntry(f, cloexec)
        return fd

    def _close(self, fd: int) -> None:
        entry = self.fds.pop(fd)
        entry.file.refs -= 1
        if entry.file.refs == 0:
            entry.file.close()

    def close_all(self) -> None:
        """Close every fd (when the program ends)."""
        for fd in list(self.fds):
            self._close(fd)

    def _read_into(self, f: OpenFile, buf: int, n: int, off: int | None = None) -> int:
        if not f.readable:
            raise FsError(E.EBADF, "not open for reading")
        n = min(n, MAX_IO)
        self.mem._off(buf, n)  # fault before consuming input
        data = f.read(n) if off is None else f.pread(n, off)
        self.mem.write(buf, data)
        return len(data)

    def _iovecs(self, iov: int, cnt: int) -> list[tuple[int, int]]:
        if cnt > IOV_MAX:
            raise FsError(E.EINVAL, "iovcnt")
        raw = self.mem.read(iov, cnt * 16)
        return [_IOVEC.unpack_from(raw, i * 16) for i in range(cnt)]

    # -- files ------------------------------------------------------------------------

    def sys_read(self, fd: int, buf: int, n: int, *_: int) -> int:
        return self._read_into(self._file(fd), buf, n)

    def sys_pread64(self, fd: int, buf: int, n: int, off: int, *_: int) -> int:
        if _s64(off) < 0:
            return -E.EINVAL
        return self._read_into(self._file(fd), buf, n, off)

    def sys_readv(self, fd: int, iov: int, cnt: int, *_: int) -> int:
        f = self._file(fd)
        total = 0
        for base, length in self._iovecs(iov, cnt):
            if not length:
                continue
            got = self._read_into(f, base, length)
            total += got
            if got < length:
                break
        return total

    def sys_write(self, fd: int, buf: int, n: int, *_: int) -> int:
        f = self._file(fd)
        if not f.writable:
            return -E.EBADF
        return f.write(self.mem.read(buf, min(n, MAX_IO)))

    def sys_pwrite64(self, fd: int, buf: int, n: int, off: int, *_: int) -> int:
        f = self._file(fd)
        if not f.writable:
            return -E.EBADF
        if _s64(off) < 0:
            return -E.EINVAL
        return f.pwrite(self.mem.read(buf, min(n, MAX_IO)), off)

    def sys_writev(self, fd: int, iov: int, cnt: int, *_: int) -> int:
        f = self._file(fd)
        if not f.writable:
            return -E.EBADF
        data = b"".join(self.mem.read(b, min(n, MAX_IO)) for b, n in self._iovecs(iov, cnt))
        return f.write(data) if data else 0

    def sys_open(self, path: int, flags: int, mode: int, *_: int) -> int:
        return self.sys_openat(AT_FDCWD, path, flags, mode)

    def sys_creat(self, path: int, mode: int, *_: int) -> int:
        return self.sys_openat(AT_FDCWD, path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)

    def sys_openat(self, dirfd: int, path: int, flags: int, mode: int, *_: int) -> int:
        p = self._path(path)
        base = self._base(dirfd, p)
        f = self.fs.open(p, flags, mode & ~self.info.umask & 0o7777, base)
        if isinstance(f, DirFile):
            f.path = self.fs.canonical(p, base)  # type: ignore[attr-defined]
        return self._install(f, cloexec=bool(flags & os.O_CLOEXEC))

    def sys_close(self, fd: int, *_: int) -> int:
        fd = _s32(fd)
        if fd not in self.fds:
            return -E.EBADF
        self._close(fd)
        return 0

    def sys_lseek(self, fd: int, off: int, whence: int, *_: int) -> int:
        return self._file(fd).seek(_s64(off), whence)

    def sys_fstat(self, fd: int, buf: int, *_: int) -> int:
        self.mem.write(buf, _pack_stat(self._file(fd).stat()))
        return 0

    def sys_stat(self, path: int, buf: int, *_: int) -> int:
        return self.sys_newfstatat(AT_FDCWD, path, buf, 0)

    def sys_lstat(self, path: int, buf: int, *_: int) -> int:
        return self.sys_newfstatat(AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW)

    def _stat_at(self, dirfd: int, path: int, flags: int) -> Stat:
        p = self._path(path)
        if not p:
            if flags & AT_EMPTY_PATH:
                return self._file(dirfd).stat()
            raise FsError(E.ENOENT, "empty path")
        return self.fs.stat(p, self._base(dirfd, p), follow=not flags & AT_SYMLINK_NOFOLLOW)

    def sys_newfstatat(self, dirfd: int, path: int, buf: int, flags: int, *_: int) -> int:
        self.mem.write(buf, _pack_stat(self._stat_at(dirfd, path, flags)))
        return 0

    def sys_statx(self, dirfd: int, path: int, flags: int, mask: int, buf: int, *_: int) -> int:
        self.mem.write(buf, _pack_statx(self._stat_at(dirfd, path, flags)))
        return 0

    def sys_getdents64(self, fd: int, buf: int, count: int, *_: int) -> int:
        f = self._file(fd)
        entries = f.entries()
        if entries is None:
            return -E.ENOTDIR
        out = bytearray()
        i = f.pos
        while i < len(entries):
            e = entries[i]
            name = e.name.encode("utf-8", "surrogateescape") + b"\0"
            reclen = (19 + len(name) + 7) & ~7
            if len(out) + reclen > count:
                break
            out += struct.pack("<QqHB", e.ino, i + 1, reclen, e.type >> 12) + name
            out += bytes(reclen - 19 - len(name))
            i += 1
        if not out and i < len(entries):
            return -E.EINVAL
        self.mem.write(buf, out)
        f.pos = i
        return len(out)

    def sys_poll(self, fds: int, nfds: int, timeout: int, *_: int) -> int:
        if nfds > 1024:
            return -E.EINVAL
        raw = bytearray(self.mem.read(fds, 8 * nfds))
        ready = 0
        for i in range(nfds):
            fd, events, _rev = struct.unpack_from("<ihh", raw, 8 * i)
            entry = self.fds.get(fd) if fd >= 0 else None
            rev = 0
            if fd >= 0 and entry is None:
                rev = 0x20  # POLLNVAL
            elif entry is not None:
                # One thread, no waiting: every open file is ready (reads return data or EOF).
                if entry.file.readable:
                    rev |= events & 0x1  # POLLIN
                if entry.file.writable:
                    rev |= events & 0x4  # POLLOUT
            struct.pack_into("<h", raw, 8 * i + 6, rev)
            ready += rev != 0
        self.mem.write(fds, bytes(raw))
        return ready

    def sys_ppoll(self, fds: int, nfds: int, tmo: int, *_: int) -> int:
        return self.sys_poll(fds, nfds, -1)

    def sys_ioctl(self, fd: int, req: int, arg: int, *_: int) -> int:
        self._file(fd)
        return -E.ENOTTY  # no file a guest can open is a terminal (TCGETS, TIOCGWINSZ, ...)

    def sys_fcntl(self, fd: int, cmd: int, arg: int, *_: int) -> int:
        entry = self.fds.get(_s32(fd))
        if entry is None:
            return -E.EBADF
        if cmd in (0, 1030):  # F_DUPFD, F_DUPFD_CLOEXEC
            entry.file.refs += 1
            return self._install(entry.file, lowest=arg, cloexec=cmd == 1030)
        if cmd == 1:  # F_GETFD
            return 1 if entry.cloexec else 0
        if cmd == 2:  # F_SETFD
            entry.cloexec = bool(arg & 1)
            return 0
        if cmd == 3:  # F_GETFL
            return entry.file.flags
        if cmd == 4:  # F_SETFL: only O_APPEND / O_NONBLOCK may change
            keep = entry.file.flags & ~(os.O_APPEND | os.O_NONBLOCK)
            entry.file.flags = keep | (arg & (os.O_APPEND | os.O_NONBLOCK))
            return 0
        if cmd in (5, 6, 7, 36, 37, 38):  # record locks: one process, nothing to contend with
            return 0
        return -E.EINVAL

    def sys_dup(self, fd: int, *_: int) -> int:
        f = self._file(fd)
        f.refs += 1
        return self._install(f)

    def sys_dup2(self, old: int, new: int, *_: int) -> int:
        self._file(old)
        if _s32(old) == _s32(new):
            return _s32(new)
        return self.sys_dup3(old, new, 0)

    def sys_dup3(self, old: int, new: int, flags: int, *_: int) -> int:
        old, new = _s32(old), _s32(new)
        f = self._file(old)
        if old == new or new < 0 or new >= _RLIMITS[7][0]:
            return -E.EINVAL
        if new in self.fds:
            self._close(new)
        f.refs += 1
        self.fds[new] = FdEntry(f, bool(flags & os.O_CLOEXEC))
        return new

    def sys_pipe(self, fds: int, *_: int) -> int:
        return self.sys_pipe2(fds, 0)

    def sys_pipe2(self, fds: int, flags: int, *_: int) -> int:
        self.mem._off(fds, 8)
        pipe = PipeBuffer()
        r = self._install(PipeEnd(pipe, os.O_RDONLY), cloexec=bool(flags & os.O_CLOEXEC))
        w = self._install(PipeEnd(pipe, os.O_WRONLY), cloexec=bool(flags & os.O_CLOEXEC))
        self.mem.write(fds, struct.pack("<ii", r, w))
        return 0

    def sys_ftruncate(self, fd: int, size: int, *_: int) -> int:
        self._file(fd).truncate(_s64(size))
        return 0

    def sys_truncate(self, path: int, size: int, *_: int) -> int:
        f = self.fs.open(self._path(path), os.O_WRONLY, 0, self.cwd)
        try:
            f.truncate(_s64(size))
        finally:
            f.close()
        return 0

    def sys_fsync(self, fd: int, *_: int) -> int:
        self._file(fd)
        return 0

    sys_fdatasync = sys_fsync

    # -- names ------------------------------------------------------------------------

    def sys_access(self, path: int, mode: int, *_: int) -> int:
        return self.sys_faccessat(AT_FDCWD, path, mode, 0)

    def sys_faccessat(self, dirfd: int, path: int, mode: int, flags: int = 0, *_: int) -> int:
        p = self._path(path)
        st = self.fs.stat(p, self._base(dirfd, p), follow=not flags & AT_SYMLINK_NOFOLLOW)
        if mode & 1 and not st.mode & 0o111 and not S.S_ISDIR(st.mode):
            return -E.EACCES
        return 0

    def sys_faccessat2(self, dirfd: int, path: int, mode: int, flags: int, *_: int) -> int:
        return self.sys_faccessat(dirfd, path, mode, flags)

    def sys_readlink(self, path: int, buf: int, size: int, *_: int) -> int:
        return self.sys_readlinkat(AT_FDCWD, path, buf, size)

    def sys_readlinkat(self, dirfd: int, path: int, buf: int, size: int, *_: int) -> int:
        p = self._path(path)
        if p == "/proc/self/exe":
            target = self.info.exe
        else:
            target = self.fs.readlink(p, self._base(dirfd, p))
        data = target.encode("utf-8", "surrogateescape")[: _s32(size)]
        if _s32(size) <= 0:
            return -E.EINVAL
        self.mem.write(buf, data)
        return len(data)

    def sys_getcwd(self, buf: int, size: int, *_: int) -> int:
        data = self.cwd.encode("utf-8", "surrogateescape") + b"\0"
        if len(data) > size:
            return -E.ERANGE
        self.mem.write(buf, data)
        return len(data)

    def sys_chdir(self, path: int, *_: int) -> int:
        self.cwd = self.fs.canonical(self._path(path), self.cwd)
        return 0

    def sys_fchdir(self, fd: int, *_: int) -> int:
        p = getattr(self._file(fd), "path", None)
        if p is None:
            return -E.ENOTDIR
        self.cwd = str(p)
        return 0

    def sys_mkdir(self, path: int, mode: int, *_: int) -> int:
        return self.sys_mkdirat(AT_FDCWD, path, mode)

    def sys_mkdirat(self, dirfd: int, path: int, mode: int, *_: int) -> int:
        p = self._path(path)
        self.fs.mkdir(p, mode & ~self.info.umask, self._base(dirfd, p))
        return 0

    def sys_unlink(self, path: int, *_: int) -> int:
        return self.sys_unlinkat(AT_FDCWD, path, 0)

    def sys_rmdir(self, path: int, *_: int) -> int:
        return self.sys_unlinkat(AT_FDCWD, path, AT_REMOVEDIR)

    def sys_unlinkat(self, dirfd: int, path: int, flags: int, *_: int) -> int:
        p = self._path(path)
        self.fs.unlink(p, self._base(dirfd, p), dir=bool(flags & AT_REMOVEDIR))
        return 0

    def sys_rename(self, old: int, new: int, *_: int) -> int:
        return self.sys_renameat2(AT_FDCWD, old, AT_FDCWD, new, 0)

    def sys_renameat(self, olddir: int, old: int, newdir: int, new: int, *_: int) -> int:
        return self.sys_renameat2(olddir, old, newdir, new, 0)

    def sys_renameat2(self, olddir: int, old: int, newdir: int, new: int, flags: int, *_: int) -> int:
        if flags:
            return -E.EINVAL
        a, b = self._path(old), self._path(new)
        base_a, base_b = self._base(olddir, a), self._base(newdir, b)
        self.fs.rename(
            a if a.startswith("/") else f"{base_a}/{a}", b if b.startswith("/") else f"{base_b}/{b}", self.cwd
        )
        return 0

    def sys_symlink(self, target: int, path: int, *_: int) -> int:
        return self.sys_symlinkat(target, AT_FDCWD, path)

    def sys_symlinkat(self, target: int, dirfd: int, path: int, *_: int) -> int:
        p = self._path(path)
        self.fs.symlink(self._path(target), p, self._base(dirfd, p))
        return 0

    def sys_chmod(self, path: int, mode: int, *_: int) -> int:
        return self.sys_fchmodat(AT_FDCWD, path, mode)

    def sys_fchmodat(self, dirfd: int, path: int, mode: int, *_: int) -> int:
        p = self._path(path)
        node = self.fs.lookup(p, self._base(dirfd, p))
        if hasattr(node, "mode"):
            node.mode = (node.mode & ~0o7777) | (mode & 0o7777)
            return 0
        return -E.EROFS

    def sys_fchmod(self, fd: int, mode: int, *_: int) -> int:
        node = getattr(self._file(fd), "node", None)
        if node is not None and hasattr(node, "mode"):
            node.mode = (node.mode & ~0o7777) | (mode & 0o7777)
        return 0

    def sys_utimensat(self, dirfd: int, path: int, times: int, flags: int, *_: int) -> int:
        if path:
            p = self._path(path)
            self.fs.lookup(p, self._base(dirfd, p))
        return 0

    def sys_umask(self, mask: int, *_: int) -> int:
        old, self.info.umask = self.info.umask, mask & 0o777
        return old

    # -- memory -----------------------------------------------------------------------

    def sys_brk(self, addr: int, *_: int) -> int:
        if self.space is None:
            return -E.ENOSYS
        return self.space.set_brk(addr)

    def sys_mmap(self, addr: int, length: int, prot: int, flags: int, fd: int, off: int) -> int:
        if self.space is None:
            return -E.ENOSYS
        if flags & MAP_SHARED and not flags & MAP_ANONYMOUS:
            return -E.ENODEV  # shared file mappings would let writes reach a layer
        if length == 0 or length > (1 << 40):
            return -E.EINVAL
        fixed = addr if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) else None
        try:
            start = self.space.map(length, fixed=fixed)
        except FsError as exc:
            return -(exc.errno or E.ENOMEM)
        if not flags & MAP_ANONYMOUS:
            # A private file mapping is a copy of the file's bytes.
            f = self._file(fd)
            data = f.pread(length, off)
            self.mem.write(start, data)
        return start

    def sys_munmap(self, addr: int, length: int, *_: int) -> int:
        if self.space is None:
            return -E.ENOSYS
        self.space.unmap(addr, length)
        return 0

    def sys_mremap(self, old: int, old_len: int, new_len: int, flags: int, *_: int) -> int:
        if self.space is None:
            return -E.ENOSYS
        old_len = (old_len + PAGE - 1) & ~(PAGE - 1)
        if new_len <= old_len:
            if new_len < old_len:
                self.space.unmap(old + ((new_len + PAGE - 1) & ~(PAGE - 1)), old_len - new_len)
            return old
        if not flags & MREMAP_MAYMOVE:
            return -E.ENOMEM
        new = self.space.map(new_len)
        self.mem.write(new, self.mem.read(old, old_len))
        self.space.unmap(old, old_len)
        return new

    def sys_mprotect(self, addr: int, length: int, prot: int, *_: int) -> int:
        return 0 if not addr & (PAGE - 1) else -E.EINVAL

    def sys_madvise(self, addr: int, length: int, advice: int, *_: int) -> int:
        if addr & (PAGE - 1):
            return -E.EINVAL
        n = (length + PAGE - 1) & ~(PAGE - 1)
        space = self.space
        if advice == MADV_DONTNEED and space is not None and space.brk_start <= addr and addr + n <= space.top:
            self.mem.zero(addr, n)  # private anonymous memory reads as zero afterwards (entry.S/mm.c does the same)
        return 0

    # -- process ----------------------------------------------------------------------

    def sys_exit(self, code: int, *_: int) -> int:
        raise ProcessExit(code & 0xFF)

    sys_exit_group = sys_exit

    def sys_kill(self, pid: int, sig: int, *_: int) -> int:
        pid = _s32(pid)
        if self.kernel is not None and pid != self.info.pid:
            if not 0 <= sig <= 64:
                return -E.EINVAL
            result = self.kernel.kill(self, pid, sig)
            if pid > 0 or result < 0:
                return result
            pid = self.info.pid  # 0 / -1: the caller too
        return self.sys_tgkill(pid, pid, sig)

    def sys_tkill(self, tid: int, sig: int, *_: int) -> int:
        return self.sys_tgkill(tid, tid, sig)

    def sys_tgkill(self, tgid: int, tid: int, sig: int, *_: int) -> int:
        if _s32(tid) not in (self.info.pid, 0):
            return -E.ESRCH
        if not 0 <= sig <= 64:
            return -E.EINVAL
        if sig == 0:
            return 0
        handler = self.disposition(sig)
        if handler == 1:  # SIG_IGN
            return 0
        if handler > 1 and self.kernel is not None:
            self.pending |= 1 << (sig - 1)  # the handler runs when this call returns
            return 0
        if sig in (17, 18, 19, 20, 21, 22, 23, 28):  # CHLD, CONT, stops, URG, WINCH: no termination
            return 0
        raise ProcessExit(128 + sig, signal=sig)

    def deliverable(self) -> int:
        """Pending signals not blocked by the mask."""
        return self.pending & ~self.sigmask

    def sys_rt_sigreturn(self, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.rt_sigreturn)
        return self.kernel.sigreturn(self)

    def sys_rt_sigsuspend(self, mask: int, size: int, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.rt_sigsuspend, mask, size)
        new = self.mem.u64(mask) & ~((1 << 8) | (1 << 18))  # SIGKILL and SIGSTOP cannot be blocked
        if self.saved_mask is None:
            self.saved_mask = self.sigmask
        self.sigmask = new
        return self._await_signal()

    def sys_pause(self, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.pause)
        return self._await_signal()

    def _await_signal(self) -> int:
        def check() -> int:
            if self.deliverable():
                return -E.EINTR
            raise Blocked("signal", retry=check)

        return check()

    def sys_arch_prctl(self, code: int, addr: int, *_: int) -> int:
        if code == 0x1002:  # ARCH_SET_FS
            if addr >= (1 << 47):
                return -E.EPERM
            self.fs_base = addr
            if self.on_set_fs is not None:
                self.on_set_fs(addr)
            return 0
        if code == 0x1003:  # ARCH_GET_FS
            self.mem.put_u64(addr, self.fs_base)
            return 0
        return -E.EINVAL

    def sys_set_tid_address(self, addr: int, *_: int) -> int:
        self.clear_child_tid = addr
        return self.info.pid

    def sys_set_robust_list(self, *_: int) -> int:
        return 0

    def sys_rt_sigaction(self, sig: int, act: int, old: int, size: int, *_: int) -> int:
        if not 1 <= sig <= 64 or sig in (9, 19) and act:
            return -E.EINVAL
        if old:
            self.mem.write(old, self.sigactions.get(sig, bytes(32))[:32])
        if act:
            self.sigactions[sig] = self.mem.read(act, 32)
        return 0

    def sys_rt_sigprocmask(self, how: int, new: int, old: int, size: int, *_: int) -> int:
        if old:
            self.mem.put_u64(old, self.sigmask)
        if new:
            mask = self.mem.u64(new)
            if how == 0:
                self.sigmask |= mask
            elif how == 1:
                self.sigmask &= ~mask
            elif how == 2:
                self.sigmask = mask
            else:
                return -E.EINVAL
        return 0

    def sys_sigaltstack(self, new: int, old: int, *_: int) -> int:
        if old:
            self.mem.write(old, struct.pack("<QiiQ", 0, 2, 0, 0))  # SS_DISABLE
        return 0

    def sys_prlimit64(self, pid: int, res: int, new: int, old: int, *_: int) -> int:
        if res >= 16:
            return -E.EINVAL
        if old:
            self.mem.write(old, struct.pack("<QQ", *_RLIMITS.get(res, (_RLIM_INF, _RLIM_INF))))
        return 0

    def sys_getrlimit(self, res: int, old: int, *_: int) -> int:
        return self.sys_prlimit64(0, res, 0, old)

    def sys_prctl(self, option: int, arg2: int, *_: int) -> int:
        if option == 15:  # PR_SET_NAME
            raw = self.mem.read(arg2, 16)
            self.info.extra["comm"] = raw.split(b"\0", 1)[0][:15]  # truncated like Linux's strncpy
            return 0
        if option == 16:  # PR_GET_NAME
            self.mem.write(arg2, bytes(self.info.extra.get("comm", b"prog"))[:15].ljust(16, b"\0"))
            return 0
        return -E.EINVAL

    def sys_getpid(self, *_: int) -> int:
        return self.info.pid

    sys_gettid = sys_getpid

    def sys_getppid(self, *_: int) -> int:
        return self.info.ppid

    # -- other processes (served by the kernel of the run; -ENOSYS without one) ---------

    def _denied(self, nr: Sys, *args: int) -> int:
        event = PolicyEvent(int(nr), nr.name, (*args, 0, 0, 0, 0, 0, 0)[:6])
        self.events.append(event)
        log.info("legacy policy: %s", event)
        return -E.ENOSYS

    def sys_fork(self, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.fork)
        return self.kernel.clone(self, 17, 0, 0, 0, 0)  # SIGCHLD

    def sys_vfork(self, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.vfork)
        return self.kernel.clone(self, 0x4000 | 0x100 | 17, 0, 0, 0, 0)  # CLONE_VFORK | CLONE_VM | SIGCHLD

    def sys_clone(self, flags: int, stack: int, ptid: int, ctid: int, tls: int, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.clone, flags, stack, ptid, ctid, tls)
        return self.kernel.clone(self, flags & 0xFFFFFFFF, stack, ptid, ctid, tls)

    def _strings(self, addr: int) -> list[str]:
        out: list[str] = []
        total = 0
        while addr:
            p = self.mem.u64(addr + 8 * len(out))
            if not p:
                break
            if len(out) >= 4096:
                raise FsError(E.E2BIG, "argument list too long")
            raw = self.mem.cstring(p, 128 << 10)
            total += len(raw) + 1
            if total > (256 << 10):
                raise FsError(E.E2BIG, "argument list too long")
            out.append(raw.decode("utf-8", "surrogateescape"))
        return out

    def sys_execve(self, path: int, argv: int, envp: int, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.execve, path, argv, envp)
        p = self._path(path)
        if not p:
            return -E.ENOENT
        return self.kernel.execve(self, p, self._strings(argv), self._strings(envp))

    def sys_wait4(self, pid: int, status: int, options: int, rusage: int, *_: int) -> int:
        if self.kernel is None:
            return self._denied(Sys.wait4, pid, status, options, rusage)
        if options & ~(1 | 2 | 8 | 0x40000000 | 0x80000000 | 0x20000000):
            return -E.EINVAL
        if status:
            self.mem._off(status, 4)
        if rusage:
            self.mem._off(rusage, 144)
        child, st = self.kernel.wait4(self, _s32(pid), options)
        if child and status:
            self.mem.write(status, struct.pack("<i", st))
        if child and rusage:
            self.mem.zero(rusage, 144)
        return child

    def sys_getpgrp(self, *_: int) -> int:
        return self.info.pid

    def sys_getpgid(self, *_: int) -> int:
        return self.info.pid

    def sys_getsid(self, *_: int) -> int:
        return self.info.pid

    def sys_getuid(self, *_: int) -> int:
        return self.info.uid

    sys_geteuid = sys_getuid

    def sys_getgid(self, *_: int) -> int:
        return self.info.gid

    sys_getegid = sys_getgid

    def sys_getresuid(self, r: int, e: int, s: int, *_: int) -> int:
        for p in (r, e, s):
            self.mem.write(p, struct.pack("<I", self.info.uid))
        return 0

    def sys_getresgid(self, r: int, e: int, s: int, *_: int) -> int:
        for p in (r, e, s):
            self.mem.write(p, struct.pack("<I", self.info.gid))
        return 0

    def sys_getgroups(self, size: int, lst: int, *_: int) -> int:
        return 0

    def sys_uname(self, buf: int, *_: int) -> int:
        fields = ("Linux", self.info.hostname, "6.1.0-multipie", "#1 SMP multiPIE", "x86_64", "(none)")
        self.mem.write(buf, b"".join(f.encode()[:64].ljust(65, b"\0") for f in fields))
        return 0

    def sys_sched_getaffinity(self, pid: int, size: int, mask: int, *_: int) -> int:
        if size < 8:
            return -E.EINVAL
        self.mem.write(mask, struct.pack("<Q", 1))
        return 8

    def sys_sched_yield(self, *_: int) -> int:
        return 0

    def sys_futex(self, addr: int, op: int, val: int, *_: int) -> int:
        cmd = op & 0x7F
        if cmd == 1:  # FUTEX_WAKE: nobody else is waiting in a single-threaded program
            return 0
        if cmd == 0:  # FUTEX_WAIT would wait forever
            return -E.EAGAIN if self.mem.read(addr, 4) != struct.pack("<I", val & 0xFFFFFFFF) else -E.EDEADLK
        return -E.ENOSYS

    # -- time and randomness ----------------------------------------------------------

    def sys_clock_gettime(self, clock: int, tp: int, *_: int) -> int:
        if clock in (0, 5, 8, 11):  # REALTIME (and _COARSE, _ALARM, TAI)
            ns = time.time_ns()
        elif clock in (1, 4, 6, 7, 9):  # MONOTONIC, _RAW, _COARSE, BOOTTIME
            ns = time.monotonic_ns()
        elif clock in (2, 3):  # PROCESS/THREAD_CPUTIME_ID
            ns = time.process_time_ns()
        else:
            return -E.EINVAL
        self.mem.write(tp, _TIMESPEC.pack(ns // 10**9, ns % 10**9))
        return 0

    def sys_clock_getres(self, clock: int, tp: int, *_: int) -> int:
        if tp:
            self.mem.write(tp, _TIMESPEC.pack(0, 1))
        return 0

    def sys_gettimeofday(self, tv: int, tz: int, *_: int) -> int:
        ns = time.time_ns()
        if tv:
            self.mem.write(tv, struct.pack("<qq", ns // 10**9, (ns % 10**9) // 1000))
        return 0

    def sys_time(self, tloc: int, *_: int) -> int:
        now = time.time_ns() // 10**9
        if tloc:
            self.mem.put_u64(tloc, now)
        return now

    def sys_nanosleep(self, req: int, rem: int, *_: int) -> int:
        sec, nsec = _TIMESPEC.unpack(self.mem.read(req, 16))
        if sec < 0 or not 0 <= nsec < 10**9:
            return -E.EINVAL
        self._sleep(sec + nsec / 1e9)
        return 0

    def _sleep(self, seconds: float) -> None:
        """Sleep on the host, but never past the run's deadline.

        With other processes (a kernel), the caller is parked instead and the scheduler runs
        the others meanwhile (:class:`Blocked` with ``until``).

        Raises:
            Timeout: the sleep would outlast the deadline (the run is stopped there).
            Blocked: the sleep is left to the scheduler.
        """
        if self.kernel is not None and seconds > 0:
            until = time.monotonic() + seconds

            def woken() -> int:
                if time.monotonic() < until:
                    raise Blocked("sleep", retry=woken, until=until)
                return 0

            raise Blocked("sleep", retry=woken, until=until)
        if self.deadline is not None and time.monotonic() + seconds > self.deadline:
            time.sleep(max(0.0, self.deadline - time.monotonic()))
            raise Timeout("the program slept past its time limit and was stopped")
        time.sleep(seconds)

    def sys_clock_nanosleep(self, clock: int, flags: int, req: int, rem: int, *_: int) -> int:
        if flags & 1:  # TIMER_ABSTIME
            sec, nsec = _TIMESPEC.unpack(self.mem.read(req, 16))
            now = time.time_ns() if clock == 0 else time.monotonic_ns()
            self._sleep(max(0, sec * 10**9 + nsec - now) / 1e9)
            return 0
        return self.sys_nanosleep(req, rem)

    def sys_getrandom(self, buf: int, n: int, flags: int, *_: int) -> int:
        n = min(n, 1 << 20)
        self.mem.write(buf, os.urandom(n))
        return n

    def sys_sysinfo(self, buf: int, *_: int) -> int:
        up = int(time.monotonic())
        total = self.space.top if self.space is not None else 0
        self.mem.write(buf, struct.pack("<q3Q6QH6x2QI4x", up, 0, 0, 0, total, total // 2, 0, 0, 0, 0, 1, 0, 0, 1))
        return 0


#: System calls the host serves (everything else is ``-ENOSYS`` plus a policy event).
SUPPORTED: frozenset[Sys] = frozenset(n for n in Sys if hasattr(LinuxProcess, "sys_" + n.name))


_TABLES: dict[type, dict[int, Callable[..., int]]] = {}


def _handlers(cls: type) -> dict[int, Callable[..., int]]:
    """Number → unbound ``sys_*`` method of ``cls`` (built once per class)."""
    table = _TABLES.get(cls)
    if table is None:
        table = {int(nr): fn for nr in Sys if (fn := getattr(cls, "sys_" + nr.name, None)) is not None}
        _TABLES[cls] = table
    return table


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def _s64(v: int) -> int:
    v &= _U64
    return v - (1 << 64) if v & (1 << 63) else v


def describe_supported() -> Mapping[str, int]:
    """Name → number of every supported system call (for docs and ``inspect``)."""
    return {n.name: int(n) for n in sorted(SUPPORTED)}

"""The one dispatch table (number → handler) and the process class that serves system calls.

:data:`TABLE` is built once from the families' ``HANDLERS`` (:data:`FAMILIES`); a number in two
families is a bug caught at import. :meth:`LinuxProcess.syscall` is the single dispatch point the VM
loop calls at every trapped ``syscall``: one dict lookup and one call, so it stays as cheap as a
method lookup. Numbers not in the table return ``-ENOSYS`` and are recorded as
:class:`~multipie.domains.legacy.syscalls.state.PolicyEvent` s.
"""

from __future__ import annotations

import errno as E
import time
from collections.abc import Iterable, Mapping
from types import ModuleType

import multipie.domains.legacy.syscalls.clocks as clocks
import multipie.domains.legacy.syscalls.files as files
import multipie.domains.legacy.syscalls.memory as memory
import multipie.domains.legacy.syscalls.misc as misc
import multipie.domains.legacy.syscalls.paths as paths
import multipie.domains.legacy.syscalls.processes as processes
import multipie.domains.legacy.syscalls.readiness as readiness
import multipie.domains.legacy.syscalls.signals as signals
import multipie.domains.legacy.syscalls.sockets as sockets
import multipie.domains.legacy.syscalls.threads as threads
import multipie.domains.legacy.syscalls.xattrs as xattrs
from multipie.domains.legacy.syscalls.addrspace import BadAddress
from multipie.domains.legacy.syscalls.state import Blocked, Handler, PolicyEvent, Process, ProcessExit, log
from multipie.domains.legacy.table import Sys
from multipie.resources.fs import WouldBlock

__all__ = ["FAMILIES", "SUPPORTED", "TABLE", "LinuxProcess", "build_table", "describe_supported"]

#: The syscall families, each a module with a ``HANDLERS`` table (add a family here).
FAMILIES: tuple[ModuleType, ...] = (
    files, paths, memory, processes, threads, signals, clocks, misc, sockets, readiness, xattrs,
)  # fmt: skip


def build_table(families: Iterable[ModuleType]) -> dict[int, Handler]:
    """Number → handler, merged from each family's ``HANDLERS``.

    Raises:
        ValueError: a number is served by two families.
    """
    table: dict[int, Handler] = {}
    owner: dict[int, str] = {}
    for fam in families:
        for nr, fn in fam.HANDLERS.items():
            if nr in table:
                raise ValueError(f"syscall {nr.name} is in both {owner[nr]} and {fam.__name__}")
            table[int(nr)] = fn
            owner[nr] = fam.__name__
    return table


#: Every served system call: number → handler ``fn(proc, a0, ..., a5) -> int``.
TABLE: dict[int, Handler] = build_table(FAMILIES)
#: System calls the host serves (everything else is ``-ENOSYS`` plus a policy event).
SUPPORTED: frozenset[Sys] = frozenset(Sys(nr) for nr in TABLE)


class LinuxProcess(Process):
    """One legacy program's kernel-side state (:class:`Process`) and its system call dispatcher."""

    def syscall(self, nr: int, a0: int = 0, a1: int = 0, a2: int = 0, a3: int = 0, a4: int = 0, a5: int = 0) -> int:
        """Serve one system call; returns its result (``-errno`` on failure) as the guest's ``rax``.

        Raises:
            ProcessExit: the program exited.
            OutOfMemory: the program's memory is exhausted.
        """
        self.counts[nr] = self.counts.get(nr, 0) + 1
        fn = TABLE.get(nr)
        if fn is None:
            return self._refuse(nr, (a0, a1, a2, a3, a4, a5))
        try:
            return fn(self, a0, a1, a2, a3, a4, a5)
        except BadAddress:
            return -E.EFAULT
        except WouldBlock as exc:
            if self.kernel is not None:  # another process (or the host, for a host socket) may change it
                raise self._wait(nr, (a0, a1, a2, a3, a4, a5), exc) from exc
            return -E.EAGAIN
        except OSError as exc:  # FsError, and host I/O errors on layer or granted files
            if exc.errno == E.EPIPE and self.disposition(13) != 1:
                if self.disposition(13) == 0 or self.kernel is None:
                    raise ProcessExit(128 + 13, signal=13) from exc  # SIGPIPE's default action
                self.pending |= 1 << 12  # its handler runs when the call returns
            return -(exc.errno or E.EIO)
        except (OverflowError, ValueError):  # an argument no host API accepts (huge offsets, ...)
            return -E.EINVAL

    def _wait(self, nr: int, args: tuple[int, ...], exc: WouldBlock) -> Blocked:
        """The wait of a call that would block: bounded by the socket's ``SO_RCVTIMEO``/``SO_SNDTIMEO`` when set."""
        host = (exc.host_wait,) if hasattr(exc, "host_wait") else ()
        limit = sockets.wait_limit(self, nr, args[0])
        if limit is None:
            return Blocked("pipe", host=host)
        until, errno = time.monotonic() + limit[0], limit[1]

        def again() -> int:
            if time.monotonic() >= until:
                return -errno
            return self.syscall(nr, *args)  # blocks again (that Blocked is dropped: this one stays) or completes

        return Blocked("pipe", retry=again, until=until, host=host)

    def _refuse(self, nr: int, args: tuple[int, ...]) -> int:
        try:
            name = Sys(nr).name
        except ValueError:
            name = f"syscall_{nr}"
        event = PolicyEvent(nr, name, args)
        self.events.append(event)
        log.info("legacy policy: %s", event)
        return -E.ENOSYS


def describe_supported() -> Mapping[str, int]:
    """Name → number of every supported system call (for docs and ``inspect``)."""
    return {n.name: int(n) for n in sorted(SUPPORTED)}

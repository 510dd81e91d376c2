"""Pipes a program makes: one shared buffer between the processes of a domain, and its two ends."""

from __future__ import annotations

import errno as E
import os
import stat as S

from multipie.resources.fs.errors import FsError, fs_error
from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.readiness import POLLERR, POLLHUP, POLLIN, POLLOUT, normal

__all__ = ["PIPE_BUF", "PIPE_CAPACITY", "PipeBuffer", "PipeEnd", "WouldBlock"]

#: Bytes a pipe holds before writers wait (Linux's default pipe size).
PIPE_CAPACITY = 64 << 10
#: Writes up to this size are atomic: all or nothing (POSIX ``PIPE_BUF``).
PIPE_BUF = 4096


class WouldBlock(FsError):
    """A blocking pipe operation cannot proceed yet (``EAGAIN`` for a caller that cannot wait).

    The legacy process scheduler (:mod:`multipie.domains.legacy.kernel`) parks the
    calling process and retries the call once another process of the domain ran;
    a caller without one sees ``-EAGAIN``.
    """

    def __init__(self, what: str) -> None:
        super().__init__(E.EAGAIN, what)


class PipeBuffer:
    """The shared buffer of a pipe made by a program (between the processes of one domain)."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.readers = 0
        self.writers = 0
        self.ino = new_ino()
        #: Bumped at every change of contents or ends (edge-triggered ``epoll``).
        self.generation = 0


class PipeEnd(OpenFile):
    """One end of a pipe: reads drain the buffer, EOF once no writer is left; writers wait when it is full."""

    #: ``lseek`` always fails with ``ESPIPE`` (a legacy guest answers it without a host call).
    unseekable = True

    def __init__(self, pipe: PipeBuffer, flags: int) -> None:
        super().__init__(flags)
        self.pipe = pipe
        if self.readable:
            pipe.readers += 1
        else:
            pipe.writers += 1

    def _wait(self, what: str) -> FsError:
        return fs_error(E.EAGAIN, what) if self.flags & os.O_NONBLOCK else WouldBlock(what)

    def read(self, n: int) -> bytes:
        """Up to ``n`` buffered bytes; ``b""`` at EOF (no writer left).

        Raises:
            WouldBlock: empty while a writer is open (``EAGAIN`` with ``O_NONBLOCK``).
        """
        buf = self.pipe.data
        if not buf and self.pipe.writers:
            raise self._wait("pipe is empty")
        out = bytes(buf[:n])
        del buf[:n]
        self.pipe.generation += 1
        return out

    def write(self, data: bytes) -> int:
        """Append what fits (all of a write up to :data:`PIPE_BUF`, or nothing); returns the count.

        Raises:
            FsError: ``EPIPE`` without readers.
            WouldBlock: no room yet (``EAGAIN`` with ``O_NONBLOCK``).
        """
        if not self.pipe.readers:
            raise fs_error(E.EPIPE, "pipe has no reader")
        room = PIPE_CAPACITY - len(self.pipe.data)
        if room <= 0 or (len(data) <= PIPE_BUF and room < len(data)):
            raise self._wait("pipe is full")
        self.pipe.data += data[:room]
        self.pipe.generation += 1
        return min(room, len(data))

    @property
    def generation(self) -> int:  # type: ignore[override]
        return self.pipe.generation

    def queued(self) -> int:
        """Bytes in the pipe (``FIONREAD``)."""
        return len(self.pipe.data)

    def poll_events(self) -> int:
        """Read end: ``POLLIN`` with data, ``POLLHUP`` without writers; write end: ``POLLOUT`` with
        room for ``PIPE_BUF`` bytes, ``POLLERR`` without readers (as Linux's ``pipe_poll``)."""
        p = self.pipe
        if self.readable:
            return normal((POLLIN if p.data else 0) | (0 if p.writers else POLLHUP))
        if not p.readers:
            return POLLERR
        return normal(POLLOUT) if PIPE_CAPACITY - len(p.data) >= PIPE_BUF else 0

    def pread(self, n: int, off: int) -> bytes:
        raise fs_error(E.ESPIPE, "pipe")

    def pwrite(self, data: bytes, off: int) -> int:
        raise fs_error(E.ESPIPE, "pipe")

    def seek(self, off: int, whence: int) -> int:
        raise fs_error(E.ESPIPE, "pipe")

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFIFO | 0o600, size=len(self.pipe.data), ino=self.pipe.ino)

    def close(self) -> None:
        if self.readable:
            self.pipe.readers -= 1
        else:
            self.pipe.writers -= 1
        self.pipe.generation += 1

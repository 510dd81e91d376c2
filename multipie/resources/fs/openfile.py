"""Open file descriptions: what a process's fd table points at (shared by ``dup``'ed fds).

:class:`OpenFile` holds the offset and flags and implements the offset-based operations once
(``read``/``write``/``lseek`` on top of ``pread``/``pwrite``); each kind of file supplies its own
subclass beside its node (private-area files in :mod:`.private`, host files in :mod:`.host`,
directories in :mod:`.nodes`, devices, pipes, standard streams).
"""

from __future__ import annotations

import errno as E
import os

from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.metadata import Listing, Stat
from multipie.resources.readiness import POLLIN, POLLOUT, normal

__all__ = ["O_ACCMODE", "OpenFile"]

O_ACCMODE = 3


class OpenFile:
    """An open file description: offset, flags and the operations on it (shared by dup'ed fds)."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.pos = 0
        self.refs = 1

    @property
    def readable(self) -> bool:
        """Opened for reading (an ``O_PATH`` open is neither: its access mode bits mean nothing)."""
        return self.flags & O_ACCMODE in (os.O_RDONLY, os.O_RDWR) and not self.flags & os.O_PATH

    @property
    def writable(self) -> bool:
        """Opened for writing."""
        return self.flags & O_ACCMODE in (os.O_WRONLY, os.O_RDWR) and not self.flags & os.O_PATH

    def read(self, n: int) -> bytes:
        """Read up to ``n`` bytes at the offset (advancing it)."""
        data = self.pread(n, self.pos)
        self.pos += len(data)
        return data

    def write(self, data: bytes) -> int:
        """Write at the offset (or the end with ``O_APPEND``); returns bytes written."""
        if self.flags & os.O_APPEND:
            self.pos = self.stat().size
        n = self.pwrite(data, self.pos)
        self.pos += n
        return n

    def pread(self, n: int, off: int) -> bytes:
        """Read up to ``n`` bytes at ``off``."""
        raise fs_error(E.EINVAL, "not readable")

    def pwrite(self, data: bytes, off: int) -> int:
        """Write ``data`` at ``off``."""
        raise fs_error(E.EINVAL, "not writable")

    def seek(self, off: int, whence: int) -> int:
        """``lseek``; returns the new offset."""
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self.pos, os.SEEK_END: self.stat().size}.get(whence)
        if base is None or base + off < 0:
            raise fs_error(E.EINVAL, "lseek")
        self.pos = base + off
        return self.pos

    def truncate(self, size: int) -> None:
        """``ftruncate``."""
        raise fs_error(E.EINVAL, "ftruncate")

    def stat(self) -> Stat:
        """``fstat``."""
        raise NotImplementedError

    def entries(self) -> Listing | None:
        """A directory's entries (``None`` for non-directories)."""
        return None

    #: Changes whenever :meth:`poll_events` may have changed (``multipie.resources.readiness``).
    generation = 0

    def poll_events(self) -> int:
        """``POLL*`` bits true now: a file on disk (a regular file, a directory, a device) is always ready for reading
        and writing, whatever it was opened for (Linux's ``DEFAULT_POLLMASK`` of a file without a ``poll`` operation;
        ``epoll`` refuses such a file: :meth:`~multipie.resources.epoll.Epoll.ctl`)."""
        return normal(POLLIN | POLLOUT)

    def host_wait(self) -> tuple[int, int] | None:
        """A host fd and the ``POLL*`` bits to sleep on until this file may be ready (``None``: none)."""
        return None

    @property
    def is_tty(self) -> bool:
        """Always False: guests never get a terminal."""
        return False

    def close(self) -> None:
        """Release it (called when the last fd referring to it closes)."""

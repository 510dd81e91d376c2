"""``eventfd``: a 64-bit counter as an open file (``read`` takes it, ``write`` adds to it).

In semaphore mode (``EFD_SEMAPHORE``) a read takes 1 instead of the whole count. A read of a zero
counter, or a write that would pass ``2**64 - 2``, waits (``WouldBlock``) or fails with ``EAGAIN``
under ``O_NONBLOCK``, like a pipe.
"""

from __future__ import annotations

import errno as E
import os

from multipie.resources.fs.errors import FsError, fs_error
from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.fs.pipes import WouldBlock
from multipie.resources.readiness import POLLIN, POLLOUT, normal

__all__ = ["EFD_SEMAPHORE", "EventFd"]

EFD_SEMAPHORE = 1
_MAX = (1 << 64) - 2


class EventFd(OpenFile):
    """An ``eventfd`` counter.

    Args:
        initval: the starting count.
        semaphore: ``EFD_SEMAPHORE``.
        nonblock: ``EFD_NONBLOCK``.
    """

    def __init__(self, initval: int = 0, *, semaphore: bool = False, nonblock: bool = False) -> None:
        super().__init__(os.O_RDWR | (os.O_NONBLOCK if nonblock else 0))
        self.count = initval
        self.semaphore = semaphore
        self.ino = new_ino()
        self._gen = 0

    def _wait(self, what: str) -> FsError:
        return fs_error(E.EAGAIN, what) if self.flags & os.O_NONBLOCK else WouldBlock(what)

    def read(self, n: int) -> bytes:
        """The count (8 bytes, little-endian), reset to 0; 1 in semaphore mode.

        Raises:
            FsError: ``EINVAL`` for a buffer under 8 bytes; ``EAGAIN``/``WouldBlock`` at zero.
        """
        if n < 8:
            raise fs_error(E.EINVAL, "eventfd reads 8 bytes")
        if not self.count:
            raise self._wait("eventfd counter is zero")
        taken = 1 if self.semaphore else self.count
        self.count -= taken
        self._gen += 1
        return taken.to_bytes(8, "little")

    def write(self, data: bytes) -> int:
        """Add the 8-byte value in ``data``; returns 8.

        Raises:
            FsError: ``EINVAL`` (short buffer, or ``2**64 - 1``); ``EAGAIN``/``WouldBlock`` on overflow.
        """
        if len(data) < 8:
            raise fs_error(E.EINVAL, "eventfd writes 8 bytes")
        value = int.from_bytes(data[:8], "little")
        if value > _MAX:
            raise fs_error(E.EINVAL, "eventfd value 2**64-1")
        if self.count + value > _MAX:
            raise self._wait("eventfd counter would overflow")
        if value:
            self.count += value
            self._gen += 1
        return 8

    def pread(self, n: int, off: int) -> bytes:
        raise fs_error(E.ESPIPE, "eventfd")

    def pwrite(self, data: bytes, off: int) -> int:
        raise fs_error(E.ESPIPE, "eventfd")

    def seek(self, off: int, whence: int) -> int:
        raise fs_error(E.ESPIPE, "eventfd")

    @property
    def generation(self) -> int:  # type: ignore[override]
        return self._gen

    def poll_events(self) -> int:
        """``POLLIN`` when the count is not zero, ``POLLOUT`` while 1 more fits."""
        return normal((POLLIN if self.count else 0) | (POLLOUT if self.count < _MAX else 0))

    def stat(self) -> Stat:
        return Stat(mode=0o600, size=0, ino=self.ino)

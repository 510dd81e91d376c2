"""Standard input, output and error as open files: bytes in, a sink out (never a terminal)."""

from __future__ import annotations

import errno as E
import os
import stat as S
from collections.abc import Callable
from typing import IO, Any

from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.readiness import POLLIN, POLLOUT, normal

__all__ = ["StreamFile"]


class StreamFile(OpenFile):
    """Standard input/output/error: bytes in, or a sink (bytearray, binary file, or callable) out.

    Args:
        source: for reading, the bytes (or a binary file object) the program reads as stdin.
        sink: for writing, a ``bytearray``, a binary file object, or ``fn(bytes)``.
    """

    #: ``lseek`` always fails with ``ESPIPE`` (a legacy guest answers it without a host call).
    unseekable = True
    #: Its ``stat`` never changes (a FIFO of size 0 and its own inode): a legacy guest answers ``fstat`` itself.
    stable = True

    def __init__(
        self,
        *,
        source: bytes | IO[bytes] | None = None,
        sink: bytearray | IO[bytes] | Callable[[bytes], Any] | None = None,
    ) -> None:
        super().__init__(os.O_RDONLY if sink is None else os.O_WRONLY)
        self.source = source
        self.sink = sink
        self.ino = new_ino()

    def read(self, n: int) -> bytes:
        src = self.source
        if src is None:
            return b""
        if isinstance(src, bytes):
            out = src[self.pos : self.pos + n]
            self.pos += len(out)
            return out
        return src.read(n) or b""

    def write(self, data: bytes) -> int:
        sink = self.sink
        if sink is None:
            raise fs_error(E.EBADF, "stdin is not writable")
        if isinstance(sink, bytearray):
            sink += data
        elif callable(sink):
            sink(data)
        else:
            sink.write(data)
            flush = getattr(sink, "flush", None)
            if flush is not None:
                flush()
        return len(data)

    def pread(self, n: int, off: int) -> bytes:
        raise fs_error(E.ESPIPE, "stream")

    def pwrite(self, data: bytes, off: int) -> int:
        raise fs_error(E.ESPIPE, "stream")

    def seek(self, off: int, whence: int) -> int:
        raise fs_error(E.ESPIPE, "stream")

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFIFO | 0o600, size=0, ino=self.ino)

    def poll_events(self) -> int:
        """Ready for what it was opened for: stdin for reading, stdout and stderr for writing (a pipe's end with
        data or room: what it stands for, not a file on disk)."""
        return normal(POLLIN if self.readable else POLLOUT)

"""Standard streams of a legacy program: one normalisation of the ``stdin``/``stdout``/``stderr`` arguments.

``Runtime.run_command`` accepts for each stream ``None`` (inherit the host's),
a path, bytes (stdin), a ``bytearray`` (captured output) or a file object.
:func:`guest_streams` turns them into :class:`~multipie.resources.fs.OpenFile` s for a
program whose system calls the host serves; :func:`host_streams` into what
``subprocess`` takes, for the bubblewrap fallback.
"""

from __future__ import annotations

import io
import os
import select
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import IO, Any

from multipie.domains.base import TEXT_STREAM_REFUSED
from multipie.errors import ArgumentError, Timeout, UsageError
from multipie.resources.fs import StreamFile

__all__ = ["Stream", "guest_streams", "host_streams"]

#: A stdio argument: ``None`` (inherit), a path, bytes (stdin), a bytearray (output) or a file object.
Stream = Any

def _binary_writer(stream: Any) -> Callable[[bytes], Any]:
    if isinstance(stream, bytearray):
        return stream.extend
    if isinstance(stream, io.TextIOBase) or getattr(stream, "encoding", None):
        buf = getattr(stream, "buffer", None)
        if buf is not None:

            def write_buf(data: bytes) -> None:
                stream.flush()
                buf.write(data)
                buf.flush()

            return write_buf

        raise ArgumentError(TEXT_STREAM_REFUSED.format(which="an output stream", kind=type(stream).__name__))
    if hasattr(stream, "write"):

        def write(data: bytes) -> None:
            stream.write(data)

        return write
    raise UsageError("an output stream must be None, a path, a bytearray or a writable file object")


@contextmanager
def guest_streams(
    stdin: Stream, stdout: Stream, stderr: Stream, timeout: float | None = None
) -> Iterator[tuple[StreamFile, StreamFile, StreamFile]]:
    """Open files for fds 0, 1, 2 of a program whose system calls the host serves.

    ``timeout`` is the run's: a read of the host's stdin (``stdin=None``) waits no longer.

    Raises:
        UsageError: a stream argument has the wrong type or a path cannot be opened.
    """
    with ExitStack() as stack:
        if stdin is None:
            source: bytes | IO[bytes] | None = _FdReader(0, timeout)  # type: ignore[assignment]
        elif isinstance(stdin, (str, os.PathLike)):
            try:
                source = stack.enter_context(open(stdin, "rb"))  # noqa: SIM115
            except OSError as exc:
                raise UsageError(f"stdin {os.fspath(stdin)!r}: {exc.strerror}") from exc
        elif isinstance(stdin, (bytes, bytearray, memoryview)):
            source = bytes(stdin)
        elif hasattr(stdin, "read"):
            data = stdin.read()
            source = data.encode() if isinstance(data, str) else bytes(data)
        else:
            raise UsageError("stdin must be None, a path, bytes or a readable file object")
        outs = []
        for which, stream, default in (("stdout", stdout, 1), ("stderr", stderr, 2)):
            if stream is None:
                target = getattr(sys, which)
                sink: Callable[[bytes], Any] = _binary_writer(target) if target is not None else _fd_writer(default)
            elif isinstance(stream, (str, os.PathLike)):
                try:
                    f = stack.enter_context(open(stream, "wb"))  # noqa: SIM115
                except OSError as exc:
                    raise UsageError(f"{which} {os.fspath(stream)!r}: {exc.strerror}") from exc
                sink = f.write
            elif isinstance(stream, bytearray):
                outs.append(StreamFile(sink=stream))  # the runtime knows it is captured (machine.py buffers it)
                continue
            else:
                sink = _binary_writer(stream)
            outs.append(StreamFile(sink=sink))
        yield StreamFile(source=source), outs[0], outs[1]


class _FdReader(io.RawIOBase):
    """The host's stdin as a raw reader (unbuffered: the program sees what was typed).

    A read waits for input until the run's time limit, then raises ``Timeout``: a blocking
    ``os.read`` is restarted after the watchdog's kick (SA_RESTART), so a program reading a
    stdin that never comes ran past its timeout for good (attack campaign hangs, seeds 935, 961).
    """

    def __init__(self, fd: int, timeout: float | None = None) -> None:
        self.fd = fd
        self.end = None if timeout is None else time.monotonic() + timeout

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self.end is not None:
            while True:
                left = self.end - time.monotonic()
                if left <= 0:
                    raise Timeout("the program waited for the host's stdin past its time limit and was stopped")
                try:
                    if select.select([self.fd], [], [], min(left, 0.25))[0]:
                        break
                except (OSError, ValueError):
                    return b""
        try:
            return os.read(self.fd, n if n >= 0 else 1 << 16)
        except OSError:
            return b""


def _fd_writer(fd: int) -> Callable[[bytes], Any]:
    def write(data: bytes) -> None:
        os.write(fd, data)

    return write


def host_streams(stdin: Stream, stdout: Stream, stderr: Stream, stack: ExitStack) -> tuple[Any, Any, Any, bytes | None]:
    """``subprocess`` arguments for the three streams, plus the bytes to feed as input (or ``None``).

    Output captured into a ``bytearray`` or a file object without a descriptor
    comes back through pipes the caller copies (``subprocess.PIPE`` is returned).

    Raises:
        UsageError: a stream argument has the wrong type or a path cannot be opened.
    """
    import subprocess

    data: bytes | None = None
    if stdin is None:
        fin: Any = None
    elif isinstance(stdin, (str, os.PathLike)):
        try:
            fin = stack.enter_context(open(stdin, "rb"))  # noqa: SIM115
        except OSError as exc:
            raise UsageError(f"stdin {os.fspath(stdin)!r}: {exc.strerror}") from exc
    elif isinstance(stdin, (bytes, bytearray, memoryview)):
        fin, data = subprocess.PIPE, bytes(stdin)
    elif hasattr(stdin, "read"):
        raw = stdin.read()
        fin, data = subprocess.PIPE, raw.encode() if isinstance(raw, str) else bytes(raw)
    else:
        raise UsageError("stdin must be None, a path, bytes or a readable file object")
    outs: list[Any] = []
    for which, stream in (("stdout", stdout), ("stderr", stderr)):
        if stream is None:
            outs.append(None)
        elif isinstance(stream, (str, os.PathLike)):
            try:
                outs.append(stack.enter_context(open(stream, "wb")))  # noqa: SIM115
            except OSError as exc:
                raise UsageError(f"{which} {os.fspath(stream)!r}: {exc.strerror}") from exc
        elif isinstance(stream, bytearray) or hasattr(stream, "write"):
            outs.append(subprocess.PIPE)
        else:
            raise UsageError(f"{which} must be None, a path, a bytearray or a writable file object")
    return fin, outs[0], outs[1], data

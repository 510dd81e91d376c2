"""What flows through a socket: one direction of a connection, or a socket's queue of datagrams.

- :class:`ByteChannel` — a byte stream (``SOCK_STREAM``): writes append what fits, reads take
  what is there; open files passed with ``SCM_RIGHTS`` ride at the byte where their message
  began, and a read never merges bytes across such a mark (as Linux's ``unix_stream_read``).
- :class:`MessageQueue` — messages kept whole (``SOCK_DGRAM``, ``SOCK_SEQPACKET``): a read takes
  one message, a short buffer truncates it.

Both are bounded (``capacity`` bytes, the receive buffer) and count a ``generation`` that moves at
every change, for edge-triggered ``epoll``. ``closed`` means the writing side is done (the reader
sees EOF once it drained the data); ``reader_gone`` that nobody will read (writers get ``EPIPE``).
Open files in flight hold a reference; :meth:`release` drops those never received.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from typing import Any

from multipie.resources.fs.openfile import OpenFile

__all__ = ["DEFAULT_BUFFER", "ByteChannel", "Message", "MessageQueue", "release_files"]

#: Bytes a receive queue holds by default (Linux's ``net.core.rmem_default``).
DEFAULT_BUFFER = 212992
#: Datagrams a queue holds at most (Linux's ``net.unix.max_dgram_qlen``).
MAX_DATAGRAMS = 512


def release_files(files: list[OpenFile]) -> None:
    """Drop the references held by files in flight (closed with their last reference)."""
    for f in files:
        f.refs -= 1
        if f.refs == 0:
            f.close()


@dataclass
class Message:
    """One datagram: its bytes, the open files passed with it, and who sent it (an address or ``None``)."""

    data: bytes
    rights: list[OpenFile] = field(default_factory=list)
    source: Any = None


class _Channel:
    def __init__(self, capacity: int = DEFAULT_BUFFER) -> None:
        self.capacity = capacity
        self.closed = False
        self.reader_gone = False
        self.generation = 0

    def close(self) -> None:
        """The writing side is done: the reader sees EOF after the data."""
        self.closed = True
        self.generation += 1

    def abandon(self) -> None:
        """Nobody will read again: writers get ``EPIPE``; data and files in flight are dropped."""
        self.reader_gone = True
        self.release()
        self.generation += 1

    def release(self) -> None:
        """Drop what is queued (and the references of the open files in it)."""


class ByteChannel(_Channel):
    """One direction of a stream connection."""

    def __init__(self, capacity: int = DEFAULT_BUFFER) -> None:
        super().__init__(capacity)
        self.data = bytearray()
        self.marks: collections.deque[tuple[int, list[OpenFile]]] = collections.deque()

    def __len__(self) -> int:
        return len(self.data)

    def room(self, size: int) -> bool:
        """A write of ``size`` bytes would make progress."""
        return len(self.data) < self.capacity

    def put(self, data: bytes, rights: list[OpenFile] | None = None, source: Any = None) -> int:
        """Append what fits; returns the bytes taken (``rights`` ride with the first of them)."""
        n = min(len(data), self.capacity - len(self.data))
        if n <= 0:
            return 0
        if rights:
            self.marks.append((len(self.data), rights))
        self.data += data[:n]
        self.generation += 1
        return n

    def take(self, n: int, *, peek: bool = False) -> tuple[bytes, list[OpenFile], Any, int]:
        """``(bytes, files, source, full length)``: up to ``n`` bytes, never across a mark of files."""
        rights: list[OpenFile] = []
        marks = self.marks
        limit = len(self.data)
        if marks and marks[0][0] == 0:
            rights = marks[0][1]
            if len(marks) > 1:
                limit = marks[1][0]
        elif marks:
            limit = marks[0][0]
        out = bytes(self.data[: min(n, limit)])
        if peek:
            return out, [], None, len(out)
        del self.data[: len(out)]
        if rights:
            marks.popleft()
        for i, (pos, files) in enumerate(marks):
            marks[i] = (pos - len(out), files)
        self.generation += 1
        return out, rights, None, len(out)

    def release(self) -> None:
        del self.data[:]
        while self.marks:
            release_files(self.marks.popleft()[1])


class MessageQueue(_Channel):
    """Whole messages: a datagram socket's queue, or one direction of a ``SOCK_SEQPACKET`` connection."""

    def __init__(self, capacity: int = DEFAULT_BUFFER) -> None:
        super().__init__(capacity)
        self.messages: collections.deque[Message] = collections.deque()
        self.used = 0

    def __len__(self) -> int:
        return len(self.messages)

    def room(self, size: int) -> bool:
        """A message of ``size`` bytes fits now (an empty queue takes any message up to ``capacity``)."""
        if len(self.messages) >= MAX_DATAGRAMS:
            return False
        return not self.messages or self.used + size <= self.capacity

    def put(self, data: bytes, rights: list[OpenFile] | None = None, source: Any = None) -> int:
        """Queue one message; returns its length, or 0 when it does not fit now (nothing queued)."""
        if not self.room(len(data)):
            return 0
        self.messages.append(Message(bytes(data), rights or [], source))
        self.used += len(data)
        self.generation += 1
        return len(data)

    def take(self, n: int, *, peek: bool = False) -> tuple[bytes, list[OpenFile], Any, int]:
        """``(bytes, files, source, full length)`` of the first message (cut to ``n`` bytes)."""
        m = self.messages[0]
        if peek:
            return m.data[:n], [], m.source, len(m.data)
        self.messages.popleft()
        self.used -= len(m.data)
        self.generation += 1
        return m.data[:n], m.rights, m.source, len(m.data)

    def release(self) -> None:
        while self.messages:
            release_files(self.messages.popleft().rights)
        self.used = 0

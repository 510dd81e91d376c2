"""A socket inside a domain's own network: ``AF_UNIX``, or ``AF_INET``/``AF_INET6`` on loopback.

A :class:`Socket` is an open file (``read``/``write`` are ``recv``/``send``) with a receive queue
(:mod:`.channels`) and, once connected, the peer's queue as where it sends. Connection set-up,
addresses and ports belong to the :class:`~.network.Network` the socket lives in; a socket only
moves bytes, reports readiness and keeps its options.

Blocking follows the pipes' model: an operation that must wait raises
:class:`~multipie.resources.fs.WouldBlock` (the legacy scheduler parks the process and retries),
or ``EAGAIN`` for a non-blocking socket or ``MSG_DONTWAIT``.
"""

from __future__ import annotations

import collections
import errno as E
import os
import stat as S
import struct
from typing import Any, Protocol

from multipie.resources.fs.errors import FsError, fs_error
from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.fs.pipes import WouldBlock
from multipie.resources.net.addresses import AF_INET6, AF_UNIX, Address
from multipie.resources.net.channels import ByteChannel, MessageQueue
from multipie.resources.net.options import SOL_SOCKET, SocketOptions
from multipie.resources.readiness import POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDHUP, POLLWRBAND, normal

__all__ = [
    "MSG_DONTWAIT",
    "MSG_NOSIGNAL",
    "MSG_PEEK",
    "MSG_TRUNC",
    "MSG_WAITALL",
    "SOCK_DGRAM",
    "SOCK_SEQPACKET",
    "SOCK_STREAM",
    "Fabric",
    "Received",
    "Socket",
    "pass_files",
]

SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET = 1, 2, 5
MSG_OOB, MSG_PEEK, MSG_TRUNC, MSG_DONTWAIT, MSG_WAITALL, MSG_NOSIGNAL = 0x1, 0x2, 0x20, 0x40, 0x100, 0x4000
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
#: Largest UDP payload (65535 minus the IP and UDP headers).
UDP_MAX = 65507
Channel = ByteChannel | MessageQueue
Received = tuple[bytes, list[OpenFile], Any, int]


class Fabric(Protocol):
    """What a socket needs of its network (:class:`~multipie.resources.net.network.Network`)."""

    def send_datagram(self, sock: Socket, data: bytes, rights: list[OpenFile], dest: Any, flags: int) -> int:
        """Route one datagram."""

    def forget(self, sock: Socket) -> None:
        """Free the name of a closed socket."""


class Socket(OpenFile):
    """One socket of a domain.

    Args:
        net: the domain's network.
        family: ``AF_UNIX``, ``AF_INET`` or ``AF_INET6``.
        type: ``SOCK_STREAM``, ``SOCK_DGRAM`` or ``SOCK_SEQPACKET``.
        proto: ``IPPROTO_TCP``/``IPPROTO_UDP`` for inet sockets, 0 for ``AF_UNIX``.
        nonblock: ``O_NONBLOCK`` (``SOCK_NONBLOCK``).
    """

    def __init__(self, net: Fabric, family: int, type: int, proto: int, *, nonblock: bool = False) -> None:
        super().__init__(os.O_RDWR | (os.O_NONBLOCK if nonblock else 0))
        self.net, self.family, self.type, self.proto = net, family, type, proto
        self.local: Address | None = None
        self.peer: Address | None = None
        self.peer_sock: Socket | None = None
        self.inbox: Channel | None = MessageQueue() if type == SOCK_DGRAM else None
        self.outbox: Channel | None = None
        self.listening = False
        self.backlog: collections.deque[Socket] = collections.deque()
        self.backlog_max = 0
        self.shut_rd = self.shut_wr = False
        self.error = 0
        self.closed = False
        self.options = SocketOptions(unix=family == AF_UNIX, proto=proto, v6=family == AF_INET6)
        self.ino = new_ino()
        self._gen = 0
        #: The pid of the process that created or connected it (``SO_PEERCRED`` of its peer).
        self.owner_pid = 0

    # -- state -----------------------------------------------------------------------

    @property
    def stream(self) -> bool:
        """Connection-oriented (``SOCK_STREAM`` or ``SOCK_SEQPACKET``)."""
        return self.type != SOCK_DGRAM

    @property
    def connected(self) -> bool:
        """A stream socket with a peer (or a datagram socket with a default destination)."""
        return self.outbox is not None if self.stream else (self.peer is not None or self.peer_sock is not None)

    def touch(self) -> None:
        """Its readiness may have changed (edge-triggered ``epoll`` reports it again)."""
        self._gen += 1

    @property
    def generation(self) -> int:  # type: ignore[override]
        g = self._gen
        if self.inbox is not None:
            g += self.inbox.generation
        if self.outbox is not None:
            g += self.outbox.generation
        return g

    def would_block(self, what: str, flags: int = 0) -> FsError:
        """What an operation that must wait raises: ``WouldBlock``, or ``EAGAIN`` when it may not wait."""
        if self.flags & os.O_NONBLOCK or flags & MSG_DONTWAIT:
            return fs_error(E.EAGAIN, what)
        return WouldBlock(what)

    def attach(self, inbox: Channel, outbox: Channel, peer: Socket) -> None:
        """Connect to ``peer``: read from ``inbox``, write to ``outbox``."""
        self.inbox, self.outbox, self.peer_sock = inbox, outbox, peer
        self.touch()

    # -- listening -------------------------------------------------------------------

    def listen(self, backlog: int) -> None:
        """Accept connections (``backlog``: pending ones queued before connects wait).

        Raises:
            FsError: ``EOPNOTSUPP`` for datagram sockets, ``EINVAL`` when connected.
        """
        if not self.stream:
            raise fs_error(E.EOPNOTSUPP, "listen on a datagram socket")
        if self.outbox is not None:
            raise fs_error(E.EINVAL, "listen on a connected socket")
        self.listening = True
        self.backlog_max = min(max(backlog, 0), 4096) + 1
        self.touch()

    def accept(self) -> Socket:
        """The oldest pending connection.

        Raises:
            FsError: ``EINVAL`` when not listening; ``EAGAIN``/``WouldBlock`` when none is pending.
        """
        if not self.listening:
            raise fs_error(E.EINVAL, "accept on a socket that is not listening")
        if not self.backlog:
            raise self.would_block("no pending connection")
        self.touch()
        return self.backlog.popleft()

    # -- data ------------------------------------------------------------------------

    def send(self, data: bytes, *, rights: list[OpenFile] | None = None, dest: Address | None = None,
             flags: int = 0) -> int:  # fmt: skip
        """Send ``data`` (and open files, ``AF_UNIX`` only) to the peer or to ``dest``; returns the bytes sent.

        Raises:
            FsError: ``EPIPE`` (writing side shut, or the peer left), ``ENOTCONN``, ``EISCONN``,
                ``EDESTADDRREQ``, ``EMSGSIZE``, ``ECONNREFUSED``, ``EAGAIN``; ``WouldBlock``.
        """
        if self.shut_wr:
            raise fs_error(E.EPIPE, "socket is shut down for writing")
        if self.stream:
            if dest is not None and self.family == AF_UNIX:
                raise fs_error(E.EISCONN if self.outbox is not None else E.EOPNOTSUPP, "address on a stream socket")
            out = self.outbox
            if out is None:
                raise fs_error(E.EPIPE if self.family != AF_UNIX else E.ENOTCONN, "not connected")
            if out.reader_gone:
                raise fs_error(E.EPIPE, "the peer has gone")
            if self.type == SOCK_SEQPACKET and len(data) > out.capacity:
                raise fs_error(E.EMSGSIZE, "message larger than the receive buffer")
            if not out.room(len(data)):
                raise self.would_block("peer's receive buffer is full", flags)
            n = out.put(data, rights)
            return n
        return self.net.send_datagram(self, data, rights or [], dest, flags)

    def recv(self, n: int, flags: int = 0) -> Received:
        """``(bytes, open files, source address, full length)`` of what is queued.

        Raises:
            FsError: ``ENOTCONN``/``EINVAL`` (not connected, listening), ``EAGAIN``; ``WouldBlock``.
        """
        ch = self.inbox
        if ch is None or self.listening:
            raise fs_error(E.EINVAL if self.listening and self.family == AF_UNIX else E.ENOTCONN, "not connected")
        if flags & MSG_OOB:
            raise fs_error(E.EINVAL if self.family != AF_UNIX else E.EOPNOTSUPP, "no out-of-band data")
        if self.shut_rd and not len(ch):
            return b"", [], None, 0
        if not len(ch):
            if ch.closed or (self.stream and ch.reader_gone):
                return b"", [], None, 0
            raise self.would_block("nothing to read", flags)
        if (flags & MSG_WAITALL and self.type == SOCK_STREAM and len(ch) < min(n, ch.capacity)
                and not ch.closed and not flags & MSG_PEEK):  # fmt: skip
            raise self.would_block("waiting for all the bytes asked for", flags)
        return ch.take(n, peek=bool(flags & MSG_PEEK))

    def queued(self) -> int:
        """Bytes a read would return now (``FIONREAD``: the stream's bytes, or the next datagram's size)."""
        ch = self.inbox
        if ch is None or not len(ch):
            return 0
        return len(ch) if isinstance(ch, ByteChannel) else len(ch.messages[0].data)

    def read(self, n: int) -> bytes:
        return self.recv(n)[0]

    def pread(self, n: int, off: int) -> bytes:
        raise fs_error(E.ESPIPE, "socket")

    def pwrite(self, data: bytes, off: int) -> int:
        raise fs_error(E.ESPIPE, "socket")

    def seek(self, off: int, whence: int) -> int:
        raise fs_error(E.ESPIPE, "socket")

    def write(self, data: bytes) -> int:
        return self.send(data)

    def shutdown(self, how: int) -> None:
        """``shutdown(SHUT_RD|SHUT_WR|SHUT_RDWR)``.

        Raises:
            FsError: ``EINVAL`` for another ``how``, ``ENOTCONN`` when not connected.
        """
        if how not in (SHUT_RD, SHUT_WR, SHUT_RDWR):
            raise fs_error(E.EINVAL, "shutdown how")
        if not self.connected and not self.listening:
            raise fs_error(E.ENOTCONN, "not connected")
        if how in (SHUT_RD, SHUT_RDWR):
            self.shut_rd = True
        if how in (SHUT_WR, SHUT_RDWR) and not self.shut_wr:
            self.shut_wr = True
            if self.outbox is not None:
                self.outbox.close()
        self.touch()

    # -- readiness -------------------------------------------------------------------

    def poll_events(self) -> int:
        """The ``POLL*`` bits of this socket now (as Linux's ``tcp_poll``/``unix_poll``/``datagram_poll``).

        Writable, every socket but TCP adds ``POLLWRBAND`` to ``POLLOUT`` (Linux's ``unix_writable`` and
        ``sock_writeable`` paths; ``tcp_poll`` gives ``POLLOUT|POLLWRNORM`` only).
        """
        mask = self._events()
        if mask & POLLOUT and (self.family == AF_UNIX or not self.stream):
            mask |= POLLWRBAND
        return mask

    def _events(self) -> int:
        """:meth:`poll_events` but ``POLLWRBAND``."""
        if self.listening:
            return normal(POLLIN) if self.backlog else 0
        ch = self.inbox
        mask = POLLERR if self.error else 0
        if not self.stream:
            assert ch is not None
            mask |= POLLIN if len(ch) else 0
            peer = self.peer_sock
            full = peer is not None and peer.inbox is not None and not peer.inbox.room(1)
            return normal(mask | (0 if full else POLLOUT))
        out = self.outbox
        if ch is None or out is None:  # not connected (connects here never wait): Linux's TCP_CLOSE, unix's
            return normal(mask | POLLOUT | POLLHUP)
        rd_done = ch.closed or self.shut_rd
        if len(ch) or rd_done:
            mask |= POLLIN
        if rd_done:
            mask |= POLLRDHUP
        if rd_done and (self.shut_wr or out.reader_gone):
            mask |= POLLHUP
        if out.reader_gone or self.shut_wr or out.room(1):
            mask |= POLLOUT
        return normal(mask)

    # -- options and identity ---------------------------------------------------------

    def getsockopt(self, level: int, name: int) -> bytes:
        """An option's value (computed ones here, stored ones from :class:`~.options.SocketOptions`)."""
        if level == SOL_SOCKET:
            computed = {
                3: self.type,  # SO_TYPE
                39: self.family,  # SO_DOMAIN
                38: self.proto,  # SO_PROTOCOL
                30: int(self.listening),  # SO_ACCEPTCONN
            }
            if name in computed:
                return struct.pack("<i", computed[name])
            if name == 4:  # SO_ERROR: read and cleared
                err, self.error = self.error, 0
                return struct.pack("<i", err)
            if name == 17 and self.family == AF_UNIX:  # SO_PEERCRED: pid, uid, gid
                peer = self.peer_sock
                return struct.pack("<iII", peer.owner_pid if peer is not None else 0, 0 if peer else 0xFFFFFFFF,
                                   0 if peer else 0xFFFFFFFF)  # fmt: skip
        return self.options.get(level, name)

    def setsockopt(self, level: int, name: int, raw: bytes) -> None:
        """Store an option (``SO_RCVBUF`` also resizes the receive queue)."""
        self.options.set(level, name, raw)
        if (level, name) == (SOL_SOCKET, 8) and self.inbox is not None:
            self.inbox.capacity = self.options.int(SOL_SOCKET, 8)

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFSOCK | 0o777, size=0, ino=self.ino)

    def close(self) -> None:
        """The last fd went: peers see EOF (or ``EPIPE``), pending connections and queued files are dropped."""
        if self.closed:
            return
        self.closed = True
        for pending in self.backlog:
            pending.close()
        self.backlog.clear()
        if self.inbox is not None:
            self.inbox.abandon()
        if self.outbox is not None:
            self.outbox.close()
        self.net.forget(self)
        self.touch()

    def __repr__(self) -> str:
        kind = {SOCK_STREAM: "stream", SOCK_DGRAM: "dgram", SOCK_SEQPACKET: "seqpacket"}.get(self.type, "?")
        return f"<Socket {kind} {self.local} -> {self.peer}>"


def pass_files(files: list[OpenFile]) -> list[OpenFile]:
    """Take a reference on each file sent with ``SCM_RIGHTS`` (held while in flight)."""
    for f in files:
        f.refs += 1
    return files


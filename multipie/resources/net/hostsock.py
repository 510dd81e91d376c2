"""A granted host address: a real host socket the host drives on the guest's behalf.

When a domain's grant (:mod:`.policy`) covers a ``connect`` or ``listen`` address outside the
domain, its socket is replaced by a :class:`HostSocket`: a non-blocking host socket on which the
host does each ``send``/``recv``/``accept`` the guest asks for, one bounded buffer at a time
(nothing is read ahead). When it must wait, it raises :class:`HostWouldBlock`, which carries the host
fd and events so the scheduler sleeps in the host kernel (``poll``) instead of spinning.
Edge-triggered ``epoll`` sees a host socket as level-triggered (its ``generation`` moves at every
look: the host does not tell what changed).
"""

from __future__ import annotations

import errno as E
import os
import select
import socket
import stat as S
from typing import Any

from multipie.resources.fs.errors import FsError, fs_error
from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.fs.pipes import WouldBlock
from multipie.resources.net.addresses import InetAddr, wildcard
from multipie.resources.net.options import SOL_SOCKET
from multipie.resources.readiness import POLLIN, POLLOUT

__all__ = ["HostSocket", "HostWouldBlock"]

_MSG_PEEK, _MSG_DONTWAIT, _MSG_WAITALL = 0x2, 0x40, 0x100


class HostWouldBlock(WouldBlock):
    """A host socket is not ready: wait on ``host_wait = (fd, POLL* bits)``."""

    def __init__(self, what: str, fd: int, events: int) -> None:
        super().__init__(what)
        self.host_wait = (fd, events)


class HostSocket(OpenFile):
    """A guest socket backed by a host socket (a granted address).

    Args:
        family, type, proto: the guest socket's.
        sock: the host socket (made non-blocking here); ``None`` to make one.
        nonblock: the guest's ``O_NONBLOCK``.
    """

    def __init__(self, family: int, type: int, proto: int, sock: socket.socket | None = None, *,
                 nonblock: bool = False) -> None:  # fmt: skip
        super().__init__(os.O_RDWR | (os.O_NONBLOCK if nonblock else 0))
        self.family, self.type, self.proto = family, type, proto
        self.sock = sock if sock is not None else socket.socket(family, type, proto)
        self.sock.setblocking(False)
        self.ino = new_ino()
        self.listening = False
        self.connecting = False
        self._gen = 0
        self.options: Any = None

    def _wait(self, what: str, events: int, flags: int = 0) -> FsError:
        if self.flags & os.O_NONBLOCK or flags & _MSG_DONTWAIT:
            return fs_error(E.EAGAIN, what)
        return HostWouldBlock(what, self.sock.fileno(), events)

    @staticmethod
    def _errno(exc: OSError) -> FsError:
        return FsError(exc.errno or E.EIO, "host socket")

    # -- addresses -------------------------------------------------------------------

    @property
    def local(self) -> InetAddr:
        """Its host address."""
        return _addr(self.sock.getsockname(), self.family)

    @property
    def peer(self) -> InetAddr | None:
        """The peer's address (``None`` when not connected)."""
        try:
            return _addr(self.sock.getpeername(), self.family)
        except OSError:
            return None

    def bind(self, addr: InetAddr) -> None:
        """Bind on the host (the grant was checked by the caller)."""
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.sock.bind((str(addr.ip), addr.port))
        except OSError as exc:
            raise self._errno(exc) from None

    def connect(self, addr: InetAddr) -> None:
        """Connect on the host; a blocking guest waits for the handshake.

        Raises:
            FsError: the host's errno (``ECONNREFUSED``, ...), ``EINPROGRESS`` for a non-blocking guest;
                ``HostWouldBlock`` while the handshake runs.
        """
        if self.connecting:
            err = self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if not self._writable():
                raise self._wait("connecting", POLLOUT) if not self.flags & os.O_NONBLOCK else fs_error(E.EALREADY, "")
            self.connecting = False
            if err:
                raise FsError(err, "host connect")
            return
        err = self.sock.connect_ex((str(addr.ip), addr.port))
        if err == E.EINPROGRESS:
            self.connecting = True
            if self.flags & os.O_NONBLOCK:
                raise fs_error(E.EINPROGRESS, "connecting")
            raise HostWouldBlock("connecting", self.sock.fileno(), POLLOUT)
        if err:
            raise FsError(err, "host connect")

    def _writable(self) -> bool:
        p = select.poll()
        p.register(self.sock.fileno(), POLLOUT)
        return bool(p.poll(0))

    def listen(self, backlog: int) -> None:
        """Listen on the host."""
        self.sock.listen(min(max(backlog, 0), 4096))
        self.listening = True

    def accept(self) -> HostSocket:
        """A host connection, as a new host socket."""
        try:
            conn, _ = self.sock.accept()
        except BlockingIOError:
            raise self._wait("no pending connection", POLLIN) from None
        except OSError as exc:
            raise self._errno(exc) from None
        return HostSocket(self.family, self.type, self.proto, conn)

    # -- data ------------------------------------------------------------------------

    def send(self, data: bytes, *, rights: Any = None, dest: Any = None, flags: int = 0) -> int:
        """Send on the host (``MSG_NOSIGNAL`` always: the guest gets ``EPIPE``, the host no signal);
        ``dest`` (an :class:`InetAddr`, checked by the caller) for a datagram."""
        try:
            if isinstance(dest, InetAddr) and self.type == socket.SOCK_DGRAM:
                return self.sock.sendto(data, socket.MSG_NOSIGNAL, (str(dest.ip), dest.port))
            return self.sock.send(data, socket.MSG_NOSIGNAL)
        except BlockingIOError:
            raise self._wait("host send buffer full", POLLOUT, flags) from None
        except OSError as exc:
            raise self._errno(exc) from None

    def recv(self, n: int, flags: int = 0) -> tuple[bytes, list[OpenFile], Any, int]:
        """Receive from the host (``MSG_PEEK`` passes through)."""
        try:
            data, source = self.sock.recvfrom(n, flags & _MSG_PEEK)
        except BlockingIOError:
            raise self._wait("nothing to read", POLLIN, flags) from None
        except OSError as exc:
            raise self._errno(exc) from None
        return data, [], _addr(source, self.family) if source else self.peer, len(data)

    def read(self, n: int) -> bytes:
        return self.recv(n)[0]

    def seek(self, off: int, whence: int) -> int:
        raise fs_error(E.ESPIPE, "socket")

    def write(self, data: bytes) -> int:
        return self.send(data)

    def shutdown(self, how: int) -> None:
        """``shutdown`` on the host."""
        try:
            self.sock.shutdown(how)
        except OSError as exc:
            raise self._errno(exc) from None

    def getsockopt(self, level: int, name: int) -> bytes:
        """The host socket's option (``SO_ERROR``, buffer sizes, ...)."""
        try:
            return self.sock.getsockopt(level, name, 16)[: 4 if level != SOL_SOCKET or name not in (13, 20, 21) else 16]
        except OSError as exc:
            raise self._errno(exc) from None

    def setsockopt(self, level: int, name: int, raw: bytes) -> None:
        """Set the option on the host socket."""
        try:
            self.sock.setsockopt(level, name, raw)
        except OSError as exc:
            raise self._errno(exc) from None

    # -- readiness -------------------------------------------------------------------

    def poll_events(self) -> int:
        p = select.poll()
        p.register(self.sock.fileno(), select.POLLIN | select.POLLOUT | select.POLLRDHUP)
        got = p.poll(0)
        return got[0][1] if got else 0

    @property
    def generation(self) -> int:  # type: ignore[override]
        self._gen += 1
        return self._gen

    def host_wait(self) -> tuple[int, int] | None:
        return (self.sock.fileno(), POLLIN | POLLOUT)

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFSOCK | 0o777, size=0, ino=self.ino)

    def close(self) -> None:
        self.sock.close()


def _addr(sa: Any, family: int) -> InetAddr:
    import ipaddress

    if not sa:
        return wildcard(family)
    return InetAddr(ipaddress.ip_address(sa[0]), sa[1])

"""A domain's own network: the names sockets bind to, and how they meet.

One :class:`Network` per domain holds every name bound inside it — ``AF_UNIX`` socket files (keyed
by the file's identity, so an unlinked and re-created path is a new name) and abstract names,
TCP and UDP ports on loopback (``127.0.0.0/8``, ``::1``; the wildcard address means loopback
here) — and connects the processes of the domain to each other. No host socket is ever opened
for it: what leaves the domain is a granted host socket (:mod:`.hostsock`), checked against the
domain's :class:`~.policy.NetPolicy`.
"""

from __future__ import annotations

import errno as E
import ipaddress
from typing import Any

from multipie.resources.fs.errors import FsError, fs_error
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.net.addresses import AF_INET, AF_INET6, AF_UNIX, IP, InetAddr, UnixAddr
from multipie.resources.net.channels import ByteChannel, MessageQueue
from multipie.resources.net.options import IPPROTO_TCP, IPPROTO_UDP, SOL_SOCKET
from multipie.resources.net.policy import NetPolicy
from multipie.resources.net.sockets import (
    SOCK_DGRAM,
    SOCK_SEQPACKET,
    SOCK_STREAM,
    UDP_MAX,
    Socket,
)

__all__ = ["EPHEMERAL", "Network"]

#: Ports handed out to sockets that connect or send unbound (Linux's ``ip_local_port_range``).
EPHEMERAL = range(32768, 61000)
_SO_REUSEADDR, _SO_REUSEPORT, _IPV6_V6ONLY = 2, 15, 26
_LOOPBACK: dict[int, IP] = {AF_INET: ipaddress.IPv4Address("127.0.0.1"), AF_INET6: ipaddress.IPv6Address("::1")}


class Network:
    """The sockets of one domain and the names they hold.

    Args:
        policy: the host addresses the domain may reach (default: none).
    """

    def __init__(self, policy: NetPolicy | None = None) -> None:
        self.policy = policy or NetPolicy()
        self.unix: dict[Any, Socket] = {}
        self.ports: dict[tuple[int, int], list[Socket]] = {}
        self._next_port = EPHEMERAL.start
        self._autobind = 0

    # -- creating sockets --------------------------------------------------------------

    def socket(self, family: int, type: int, proto: int, *, nonblock: bool = False) -> Socket:
        """A new socket (``socket(2)``'s checks, with Linux's errnos).

        Raises:
            FsError: ``EAFNOSUPPORT`` (family), ``ESOCKTNOSUPPORT``/``EINVAL`` (type),
                ``EPROTONOSUPPORT`` (protocol).
        """
        if family not in (AF_UNIX, AF_INET, AF_INET6):
            raise fs_error(E.EAFNOSUPPORT, f"address family {family}")
        if type not in (SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, 3, 4, 10):
            raise fs_error(E.EINVAL, f"socket type {type}")
        if family == AF_UNIX:
            if type not in (SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET):
                raise fs_error(E.ESOCKTNOSUPPORT, f"socket type {type}")
            if proto not in (0, 1):
                raise fs_error(E.EPROTONOSUPPORT, f"protocol {proto}")
            return Socket(self, family, type, 0, nonblock=nonblock)
        want = {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP}.get(type)
        if want is None:
            raise fs_error(E.ESOCKTNOSUPPORT if type != 3 else E.EPERM, f"socket type {type}")
        if proto not in (0, want):
            raise fs_error(E.EPROTONOSUPPORT, f"protocol {proto}")
        return Socket(self, family, type, want, nonblock=nonblock)

    def socketpair(self, family: int, type: int, proto: int, *, nonblock: bool = False) -> tuple[Socket, Socket]:
        """Two connected ``AF_UNIX`` sockets.

        Raises:
            FsError: as :meth:`socket`; ``EOPNOTSUPP`` for inet families.
        """
        a = self.socket(family, type, proto, nonblock=nonblock)
        if family != AF_UNIX:
            raise fs_error(E.EOPNOTSUPP, "socketpair needs AF_UNIX")
        b = self.socket(family, type, proto, nonblock=nonblock)
        a.local = b.local = a.peer = b.peer = UnixAddr()
        if type == SOCK_DGRAM:
            a.peer_sock, b.peer_sock = b, a
        else:
            chan = ByteChannel if type == SOCK_STREAM else MessageQueue
            ab, ba = chan(), chan()
            a.attach(ba, ab, b)
            b.attach(ab, ba, a)
        return a, b

    # -- names -------------------------------------------------------------------------

    def bind_unix(self, sock: Socket, key: Any, addr: UnixAddr) -> None:
        """Bind ``sock`` to ``addr``; ``key`` names it here (the socket file's identity, or the abstract name).

        Raises:
            FsError: ``EINVAL`` already bound, ``EADDRINUSE`` the name is taken.
        """
        if isinstance(sock.local, UnixAddr) and sock.local.path:
            raise fs_error(E.EINVAL, "socket already bound")
        if key in self.unix:
            raise fs_error(E.EADDRINUSE, str(addr))
        self.unix[key] = sock
        sock.local = addr

    def autobind_unix(self, sock: Socket) -> None:
        """Bind to a fresh abstract name (``bind`` with only the family, as Linux's autobind)."""
        while True:
            self._autobind = (self._autobind + 1) & 0xFFFFF
            name = b"\0" + f"{self._autobind:05x}".encode()
            if ("@", name) not in self.unix:
                return self.bind_unix(sock, ("@", name), UnixAddr(name))

    def unix_peer(self, key: Any) -> Socket:
        """The socket bound to ``key``.

        Raises:
            FsError: ``ECONNREFUSED`` when none is (the file exists, nobody listens).
        """
        sock = self.unix.get(key)
        if sock is None:
            raise fs_error(E.ECONNREFUSED, "no socket is bound there")
        return sock

    def bind_inet(self, sock: Socket, addr: InetAddr) -> None:
        """Bind an inet socket to a loopback or wildcard address (port 0: an ephemeral one).

        Raises:
            FsError: ``EINVAL`` already bound, ``EADDRINUSE``, ``EADDRNOTAVAIL`` a non-local address.
        """
        if sock.local is not None:
            raise fs_error(E.EINVAL, "socket already bound")
        if not (addr.loopback or addr.any):
            raise fs_error(E.EADDRNOTAVAIL, f"{addr} is not an address of this domain")
        if sock.family == AF_INET and addr.ip.version == 6:
            raise fs_error(E.EAFNOSUPPORT, "IPv6 address on an AF_INET socket")
        port = addr.port or self._ephemeral(sock.proto)
        for other in self.ports.get((sock.proto, port), ()):
            if self._clash(sock, other, addr.ip):
                raise fs_error(E.EADDRINUSE, f"{addr.ip} port {port}")
        sock.local = InetAddr(addr.ip, port)
        self.ports.setdefault((sock.proto, port), []).append(sock)

    def _clash(self, sock: Socket, other: Socket, ip: Any) -> bool:
        assert isinstance(other.local, InetAddr)
        o = other.local
        if not (o.ip == ip or o.any or int(ip) == 0):
            return False
        if o.ip.version != ip.version and (o.any or int(ip) == 0):
            six = other if o.ip.version == 6 else sock
            if six.options.int(41, _IPV6_V6ONLY):
                return False
        opt = sock.options.int
        if opt(SOL_SOCKET, _SO_REUSEPORT) and other.options.int(SOL_SOCKET, _SO_REUSEPORT):
            return False
        reuse = opt(SOL_SOCKET, _SO_REUSEADDR) and other.options.int(SOL_SOCKET, _SO_REUSEADDR)
        return not (reuse and (sock.proto == IPPROTO_UDP or not other.listening))

    def _ephemeral(self, proto: int) -> int:
        for _ in EPHEMERAL:
            port = self._next_port
            self._next_port = port + 1 if port + 1 < EPHEMERAL.stop else EPHEMERAL.start
            if not self.ports.get((proto, port)):
                return port
        raise fs_error(E.EADDRNOTAVAIL, "no ephemeral port left")

    def autobind_inet(self, sock: Socket, dest: InetAddr | None = None) -> None:
        """Give an unbound inet socket an ephemeral port (on loopback when it connects to ``dest``)."""
        if sock.local is not None:
            return
        ip = _LOOPBACK[AF_INET if dest is None or dest.ip.version == 4 else AF_INET6]
        if dest is not None and dest.loopback:
            ip = dest.ip
        self.bind_inet(sock, InetAddr(ip, 0))

    def lookup_inet(self, proto: int, addr: InetAddr, *, listening: bool) -> Socket | None:
        """The socket of this domain that ``addr`` reaches (``None``: no such socket, or not a local address)."""
        if not (addr.loopback or addr.any):
            return None
        for s in self.ports.get((proto, addr.port), ()):
            la = s.local
            assert isinstance(la, InetAddr)
            if listening and not s.listening:
                continue
            if la.ip == addr.ip or (la.any and la.ip.version == addr.ip.version) or int(addr.ip) == 0:
                return s
            if la.any and la.ip.version == 6 and not s.options.int(41, _IPV6_V6ONLY):
                return s  # a dual-stack socket on [::] hears IPv4 too
        return None

    def forget(self, sock: Socket) -> None:
        """``sock`` closed: free its name."""
        la = sock.local
        if isinstance(la, InetAddr):
            peers = self.ports.get((sock.proto, la.port), [])
            if sock in peers:
                peers.remove(sock)
                if not peers:
                    del self.ports[(sock.proto, la.port)]
        elif la is not None:
            for key, s in list(self.unix.items()):
                if s is sock:
                    del self.unix[key]

    # -- connecting and sending ------------------------------------------------------

    def connect_stream(self, sock: Socket, listener: Socket, dest: Any = None) -> None:
        """Connect ``sock`` to ``listener``: a new socket waits in its backlog for ``accept``.

        Raises:
            FsError: ``EISCONN``, ``ECONNREFUSED`` (not listening, or of another type),
                ``EAGAIN``/``WouldBlock`` (backlog full).
        """
        if sock.outbox is not None or sock.listening:
            raise fs_error(E.EISCONN, "already connected")
        if not listener.listening or listener.type != sock.type:
            raise fs_error(E.ECONNREFUSED if listener.type == sock.type else E.EPROTOTYPE, "not listening")
        if len(listener.backlog) >= listener.backlog_max:
            raise sock.would_block("the listener's backlog is full")
        if sock.family != AF_UNIX:
            self.autobind_inet(sock, dest)
        server = Socket(self, listener.family, listener.type, listener.proto)
        la = listener.local
        server.local = InetAddr(dest.ip, la.port) if isinstance(la, InetAddr) and la.any and dest else la
        server.peer, sock.peer = sock.local or UnixAddr(), server.local
        listener.options.copy_to(server.options)
        server.owner_pid = listener.owner_pid
        chan = ByteChannel if sock.type == SOCK_STREAM else MessageQueue
        to_server = chan(server.options.int(SOL_SOCKET, 8))
        to_client = chan(sock.options.int(SOL_SOCKET, 8))
        server.attach(to_server, to_client, sock)
        sock.attach(to_client, to_server, server)
        listener.backlog.append(server)
        listener.touch()

    def send_datagram(self, sock: Socket, data: bytes, rights: list[OpenFile], dest: Any, flags: int) -> int:
        """Send one datagram from ``sock`` to ``dest`` (an :class:`InetAddr`, a resolved ``AF_UNIX``
        :class:`Socket`, or ``None``: the connected peer); returns its length.

        Raises:
            FsError: ``EDESTADDRREQ``/``ENOTCONN``, ``EMSGSIZE``, ``ECONNREFUSED``, ``EAGAIN``; ``WouldBlock``.
            PolicyViolation: a UDP destination outside the domain that is not granted.
        """
        if sock.family == AF_UNIX:
            target = dest if dest is not None else sock.peer_sock
            if target is None:
                raise fs_error(E.ENOTCONN, "no destination")
            if target.closed:
                raise fs_error(E.ECONNREFUSED, "the peer socket is closed")
            if len(data) > sock.options.int(SOL_SOCKET, 7):
                raise fs_error(E.EMSGSIZE, "datagram larger than the send buffer")
            q = target.inbox
            assert q is not None
            if not q.room(len(data)):
                raise sock.would_block("the receiver's queue is full", flags)
            q.put(data, rights, sock.local or UnixAddr())
            return len(data)
        if rights:
            raise fs_error(E.EOPNOTSUPP, "SCM_RIGHTS needs AF_UNIX")
        to = dest if dest is not None else sock.peer
        if not isinstance(to, InetAddr):
            raise fs_error(E.EDESTADDRREQ, "no destination")
        if len(data) > UDP_MAX:
            raise fs_error(E.EMSGSIZE, "datagram larger than 65507 bytes")
        self.autobind_inet(sock, to)
        receiver = self.lookup_inet(IPPROTO_UDP, to, listening=False)
        if receiver is None:
            if not (to.loopback or to.any):
                self.policy.check("connect", to)  # granted: the syscall layer hands unbound sockets to the host
                raise FsError(E.EOPNOTSUPP, "a UDP socket bound in the domain cannot reach a host address")
            return len(data)  # nobody bound that port: the datagram is lost, as on Linux
        q = receiver.inbox
        assert q is not None and isinstance(sock.local, InetAddr)
        if receiver.shut_rd or q.reader_gone or not q.room(len(data)):
            return len(data)  # a full receive queue drops UDP datagrams
        src = sock.local if not sock.local.any else InetAddr(_LOOPBACK[AF_INET if to.ip.version == 4 else AF_INET6],
                                                             sock.local.port)  # fmt: skip
        q.put(data, None, src)
        return len(data)

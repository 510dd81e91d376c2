"""A domain's network: socket creation errnos, names and ports, connecting, datagram routing."""

from __future__ import annotations

import errno
import ipaddress

import pytest

from multipie.errors import PolicyViolation
from multipie.resources.fs import FsError, WouldBlock
from multipie.resources.net.addresses import AF_INET, AF_INET6, AF_UNIX, InetAddr, UnixAddr
from multipie.resources.net.network import EPHEMERAL, Network
from multipie.resources.net.sockets import SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM

LO = ipaddress.IPv4Address("127.0.0.1")


def errno_of(call) -> int:  # type: ignore[no-untyped-def]
    with pytest.raises(FsError) as exc:
        call()
    return exc.value.errno


def test_socket_errnos() -> None:
    net = Network()
    assert errno_of(lambda: net.socket(1234, SOCK_STREAM, 0)) == errno.EAFNOSUPPORT
    assert errno_of(lambda: net.socket(AF_INET, 99, 0)) == errno.EINVAL
    assert errno_of(lambda: net.socket(AF_INET, SOCK_STREAM, 17)) == errno.EPROTONOSUPPORT
    assert errno_of(lambda: net.socket(AF_INET, SOCK_SEQPACKET, 0)) == errno.ESOCKTNOSUPPORT
    assert errno_of(lambda: net.socketpair(AF_INET, SOCK_STREAM, 0)) == errno.EOPNOTSUPP
    assert net.socket(AF_INET6, SOCK_DGRAM, 0).proto == 17


def test_tcp_listen_connect_accept() -> None:
    net = Network()
    ls = net.socket(AF_INET, SOCK_STREAM, 0)
    net.bind_inet(ls, InetAddr(ipaddress.IPv4Address(0), 0))
    assert isinstance(ls.local, InetAddr) and ls.local.port in EPHEMERAL
    ls.listen(0)
    dest = InetAddr(LO, ls.local.port)
    c = net.socket(AF_INET, SOCK_STREAM, 0)
    assert net.lookup_inet(6, dest, listening=True) is ls
    net.connect_stream(c, ls, dest)
    c2 = net.socket(AF_INET, SOCK_STREAM, 0, nonblock=True)
    assert errno_of(lambda: net.connect_stream(c2, ls, dest)) == errno.EAGAIN  # backlog 0 holds one
    s = ls.accept()
    assert s.local == dest and s.peer == c.local and c.peer == dest
    c.write(b"hi")
    assert s.read(5) == b"hi"
    assert errno_of(lambda: net.connect_stream(c, ls, dest)) == errno.EISCONN
    other = net.socket(AF_INET, SOCK_STREAM, 0)
    assert errno_of(lambda: net.bind_inet(other, InetAddr(LO, ls.local.port))) == errno.EADDRINUSE
    ls.close()
    net.bind_inet(other, InetAddr(LO, dest.port))  # free again once the listener closed


def test_dual_stack_and_v6only() -> None:
    net = Network()
    six = net.socket(AF_INET6, SOCK_STREAM, 0)
    net.bind_inet(six, InetAddr(ipaddress.IPv6Address("::"), 8080))
    six.listen(4)
    assert net.lookup_inet(6, InetAddr(LO, 8080), listening=True) is six
    six.setsockopt(41, 26, (1).to_bytes(4, "little"))
    assert net.lookup_inet(6, InetAddr(LO, 8080), listening=True) is None
    assert errno_of(lambda: net.bind_inet(net.socket(AF_INET, SOCK_STREAM, 0),
                                          InetAddr(ipaddress.IPv4Address("10.0.0.1"), 1))) == errno.EADDRNOTAVAIL


def test_unix_names() -> None:
    net = Network()
    a, b = net.socket(AF_UNIX, SOCK_STREAM, 0), net.socket(AF_UNIX, SOCK_STREAM, 0)
    net.bind_unix(a, ("file", 1, 2), UnixAddr(b"/tmp/s"))
    assert errno_of(lambda: net.bind_unix(b, ("file", 1, 2), UnixAddr(b"/tmp/s"))) == errno.EADDRINUSE
    assert errno_of(lambda: net.connect_stream(b, a)) == errno.ECONNREFUSED  # bound, not listening
    net.autobind_unix(b)
    assert isinstance(b.local, UnixAddr) and b.local.abstract and len(b.local.path) == 6
    a.close()
    assert errno_of(lambda: net.unix_peer(("file", 1, 2))) == errno.ECONNREFUSED


def test_datagrams() -> None:
    net = Network()
    rx, tx = net.socket(AF_INET, SOCK_DGRAM, 0), net.socket(AF_INET, SOCK_DGRAM, 0)
    net.bind_inet(rx, InetAddr(LO, 5353))
    assert tx.send(b"q", dest=InetAddr(LO, 5353)) == 1
    data, _files, src, _n = rx.recv(10)
    assert data == b"q" and src == tx.local
    assert tx.send(b"lost", dest=InetAddr(LO, 9)) == 4  # nobody there: dropped, as on Linux
    with pytest.raises(PolicyViolation):
        tx.send(b"out", dest=InetAddr(ipaddress.IPv4Address("192.0.2.1"), 53))
    u1, u2 = net.socketpair(AF_UNIX, SOCK_DGRAM, 0)
    u2.inbox.capacity = 4  # type: ignore[union-attr]
    u1.write(b"abcd")
    with pytest.raises(WouldBlock):
        u1.write(b"e")
    u2.close()
    assert errno_of(lambda: u1.write(b"e")) == errno.ECONNREFUSED

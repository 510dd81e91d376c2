"""Host sockets for granted addresses: a real loopback server and client, waits carry the host fd."""

from __future__ import annotations

import errno
import ipaddress
import socket

import pytest

from multipie.resources.fs import FsError
from multipie.resources.net.addresses import AF_INET, InetAddr
from multipie.resources.net.hostsock import HostSocket, HostWouldBlock
from multipie.resources.readiness import POLLIN, wait_host

LO = ipaddress.IPv4Address("127.0.0.1")


def test_connect_send_recv_against_a_host_server() -> None:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    try:
        hs = HostSocket(AF_INET, socket.SOCK_STREAM, 6)
        try:
            hs.connect(InetAddr(LO, srv.getsockname()[1]))
        except HostWouldBlock as wait:
            assert wait_host([wait.host_wait], 5)
            hs.connect(InetAddr(LO, srv.getsockname()[1]))
        conn, _ = srv.accept()
        assert hs.peer == InetAddr(LO, srv.getsockname()[1]) and hs.local.ip == LO
        with pytest.raises(HostWouldBlock) as exc:
            hs.read(10)
        assert exc.value.host_wait == (hs.sock.fileno(), POLLIN)
        conn.sendall(b"from the host")
        assert wait_host([(hs.sock.fileno(), POLLIN)], 5)
        assert hs.read(100) == b"from the host"
        assert hs.write(b"back") == 4 and conn.recv(10) == b"back"
        conn.close()
        hs.close()
    finally:
        srv.close()


def test_listen_accept_and_refusals() -> None:
    hs = HostSocket(AF_INET, socket.SOCK_STREAM, 6, nonblock=True)
    hs.bind(InetAddr(LO, 0))
    hs.listen(4)
    with pytest.raises(FsError) as exc:
        hs.accept()
    assert exc.value.errno == errno.EAGAIN and not isinstance(exc.value, HostWouldBlock)
    c = socket.create_connection(("127.0.0.1", hs.local.port))
    assert wait_host([(hs.sock.fileno(), POLLIN)], 5)
    conn = hs.accept()
    c.sendall(b"x")
    assert wait_host([(conn.sock.fileno(), POLLIN)], 5) and conn.poll_events() & POLLIN
    c.close()
    conn.close()
    port = hs.local.port
    hs.close()
    refused = HostSocket(AF_INET, socket.SOCK_STREAM, 6)
    with pytest.raises(FsError) as exc:
        try:
            refused.connect(InetAddr(LO, port))
        except HostWouldBlock as wait:
            wait_host([wait.host_wait], 5)
            refused.connect(InetAddr(LO, port))
    assert exc.value.errno == errno.ECONNREFUSED
    refused.close()

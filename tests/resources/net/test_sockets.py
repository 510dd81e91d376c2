"""Sockets: data both ways, EOF and EPIPE, shutdown, readiness bits, blocking vs EAGAIN, options."""

from __future__ import annotations

import errno
import struct

import pytest

from multipie.resources.fs import FsError, WouldBlock
from multipie.resources.net.addresses import AF_UNIX
from multipie.resources.net.network import Network
from multipie.resources.net.sockets import MSG_DONTWAIT, MSG_PEEK, MSG_WAITALL, SOCK_SEQPACKET, SOCK_STREAM
from multipie.resources.readiness import POLLHUP, POLLIN, POLLOUT, POLLRDHUP


def pair(type: int = SOCK_STREAM) -> tuple:
    return Network().socketpair(AF_UNIX, type, 0)


def errno_of(call) -> int:  # type: ignore[no-untyped-def]
    with pytest.raises(FsError) as exc:
        call()
    return exc.value.errno


def test_stream_both_ways_then_eof_and_epipe() -> None:
    a, b = pair()
    assert a.write(b"ping") == 4 and b.read(10) == b"ping"
    assert b.send(b"pong") == 4 and a.recv(2, MSG_PEEK)[0] == b"po" and a.read(10) == b"pong"
    with pytest.raises(WouldBlock):
        a.read(1)
    assert errno_of(lambda: a.recv(1, MSG_DONTWAIT)) == errno.EAGAIN
    b.close()
    assert a.read(10) == b""  # EOF
    assert errno_of(lambda: a.write(b"x")) == errno.EPIPE


def test_readiness_bits_and_generation() -> None:
    a, b = pair()
    assert a.poll_events() & (POLLIN | POLLOUT) == POLLOUT
    g = a.generation
    b.write(b"x")
    assert a.poll_events() & POLLIN and a.generation != g
    b.shutdown(1)  # SHUT_WR: a reads the byte, then EOF
    assert a.poll_events() & POLLRDHUP
    a.shutdown(1)
    assert a.poll_events() & POLLHUP
    assert a.read(5) == b"x" and a.read(5) == b""


def test_waitall_and_seqpacket_boundaries() -> None:
    a, b = pair()
    b.write(b"ab")
    with pytest.raises(WouldBlock):
        a.recv(4, MSG_WAITALL)
    b.write(b"cd")
    assert a.recv(4, MSG_WAITALL)[0] == b"abcd"
    c, d = pair(SOCK_SEQPACKET)
    c.write(b"one")
    c.write(b"two")
    assert d.recv(2) == (b"on", [], None, 3) and d.read(10) == b"two"


def test_options_and_identity() -> None:
    a, _b = pair()
    a.owner_pid = 7
    assert struct.unpack("<i", a.getsockopt(1, 3))[0] == SOCK_STREAM  # SO_TYPE
    assert struct.unpack("<i", a.getsockopt(1, 39))[0] == AF_UNIX  # SO_DOMAIN
    assert struct.unpack("<iII", _b.getsockopt(1, 17)) == (7, 0, 0)  # SO_PEERCRED: the peer's pid
    a.setsockopt(1, 8, struct.pack("<i", 4096))
    assert a.inbox is not None and a.inbox.capacity == 8192
    assert errno_of(lambda: a.listen(1)) == errno.EINVAL  # connected
    assert errno_of(lambda: a.shutdown(9)) == errno.EINVAL
    assert errno_of(lambda: a.accept()) == errno.EINVAL

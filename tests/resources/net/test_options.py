"""Socket options: stored and read back as Linux encodes them; unknown ones refused."""

from __future__ import annotations

import errno
import struct

import pytest

from multipie.resources.fs import FsError
from multipie.resources.net.options import IPPROTO_TCP, IPPROTO_UDP, SOL_SOCKET, SocketOptions


def i(v: int) -> bytes:
    return struct.pack("<i", v)


def test_values_round_trip_as_linux_reports_them() -> None:
    o = SocketOptions(unix=False, proto=IPPROTO_TCP, v6=False)
    o.set(SOL_SOCKET, 2, i(5))
    assert o.get(SOL_SOCKET, 2) == i(1)  # a flag reads back as 1
    o.set(SOL_SOCKET, 8, i(10000))
    assert o.int(SOL_SOCKET, 8) == 20000  # SO_RCVBUF doubled
    o.set(SOL_SOCKET, 8, i(1))
    assert o.int(SOL_SOCKET, 8) == 2304  # and never below the minimum
    o.set(IPPROTO_TCP, 1, i(1))
    assert o.get(IPPROTO_TCP, 1) == i(1)
    o.set(SOL_SOCKET, 20, struct.pack("<qq", 1, 5))
    assert o.get(SOL_SOCKET, 20) == struct.pack("<qq", 1, 5)
    copy = SocketOptions(unix=False, proto=IPPROTO_TCP, v6=False)
    o.copy_to(copy)
    assert copy.int(IPPROTO_TCP, 1) == 1


@pytest.mark.parametrize(
    ("unix", "proto", "level", "name", "value", "err"),
    [
        (False, IPPROTO_TCP, SOL_SOCKET, 9999, i(1), errno.ENOPROTOOPT),
        (False, IPPROTO_TCP, SOL_SOCKET, 2, b"\1\0", errno.EINVAL),
        (True, 0, IPPROTO_TCP, 1, i(1), errno.EOPNOTSUPP),
        (False, IPPROTO_UDP, IPPROTO_TCP, 1, i(1), errno.ENOPROTOOPT),
        (False, IPPROTO_TCP, 41, 26, i(1), errno.ENOPROTOOPT),  # IPV6_V6ONLY on an IPv4 socket
    ],
)
def test_refused(unix: bool, proto: int, level: int, name: int, value: bytes, err: int) -> None:
    o = SocketOptions(unix=unix, proto=proto, v6=False)
    with pytest.raises(FsError) as exc:
        o.set(level, name, value)
    assert exc.value.errno == err

"""sockaddr bytes: decoding with Linux's errnos, and encoding as getsockname reports."""

from __future__ import annotations

import errno
import ipaddress
import struct

import pytest

from multipie.resources.fs import FsError
from multipie.resources.net.addresses import AF_INET, AF_INET6, AF_UNIX, InetAddr, UnixAddr, decode, encode, wildcard

IN = struct.pack("<H2s4s8x", AF_INET, (80).to_bytes(2, "big"), bytes([127, 0, 0, 1]))


def test_inet_round_trip() -> None:
    a = decode(IN, AF_INET)
    assert a == InetAddr(ipaddress.IPv4Address("127.0.0.1"), 80) and a.loopback and str(a) == "127.0.0.1:80"
    assert encode(a, AF_INET) == IN


def test_v6_and_v4_mapped() -> None:
    mapped = ipaddress.IPv6Address("::ffff:127.0.0.1").packed
    raw = struct.pack("<H2sI16sI", AF_INET6, (9).to_bytes(2, "big"), 0, mapped, 0)
    a = decode(raw, AF_INET6)
    assert a == InetAddr(ipaddress.IPv4Address("127.0.0.1"), 9)  # a mapped address is the IPv4 one
    assert encode(a, AF_INET6) == raw
    assert wildcard(AF_INET6).any and str(decode(encode(wildcard(AF_INET6, 5), AF_INET6), AF_INET6)) == "[::]:5"


def test_unix_names() -> None:
    path = struct.pack("<H", AF_UNIX) + b"/tmp/s\0junk"
    assert decode(path, AF_UNIX) == UnixAddr(b"/tmp/s")
    abstract = struct.pack("<H", AF_UNIX) + b"\0name"
    a = decode(abstract, AF_UNIX)
    assert isinstance(a, UnixAddr) and a.abstract and encode(a, AF_UNIX) == abstract
    assert encode(UnixAddr(b"/tmp/s"), AF_UNIX) == struct.pack("<H", AF_UNIX) + b"/tmp/s\0"
    assert encode(None, AF_UNIX) == struct.pack("<H", AF_UNIX)


@pytest.mark.parametrize(
    ("raw", "family", "err"),
    [
        (b"\x02", AF_INET, errno.EINVAL),  # shorter than the family
        (IN[:15], AF_INET, errno.EINVAL),
        (IN + bytes(120), AF_INET, errno.EINVAL),  # longer than sockaddr_storage
        (struct.pack("<H", AF_INET6) + bytes(14), AF_INET, errno.EAFNOSUPPORT),
        (IN + bytes(12), AF_INET6, errno.EAFNOSUPPORT),
        (IN[:20], AF_INET6, errno.EINVAL),
        (IN, AF_UNIX, errno.EINVAL),
        (struct.pack("<H", AF_UNIX) + b"x" * 109, AF_UNIX, errno.EINVAL),
    ],
)
def test_bad_addresses(raw: bytes, family: int, err: int) -> None:
    with pytest.raises(FsError) as exc:
        decode(raw, family)
    assert exc.value.errno == err

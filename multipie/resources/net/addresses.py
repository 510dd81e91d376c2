"""Socket addresses: the guest's ``struct sockaddr_*`` bytes to values and back, checked as Linux checks them.

Only the three families a domain can use exist here: ``AF_UNIX`` (:class:`UnixAddr`: a path, an
abstract name or unnamed), ``AF_INET`` and ``AF_INET6`` (:class:`InetAddr`, the IP address kept
as an :mod:`ipaddress` object; a v4-mapped IPv6 address is the IPv4 address it maps).
"""

from __future__ import annotations

import errno as E
import ipaddress
import struct
from dataclasses import dataclass

from multipie.resources.fs.errors import FsError

__all__ = [
    "AF_INET",
    "AF_INET6",
    "AF_UNIX",
    "AF_UNSPEC",
    "SOCKADDR_MAX",
    "Address",
    "InetAddr",
    "UnixAddr",
    "decode",
    "encode",
    "wildcard",
]

AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6 = 0, 1, 2, 10
#: ``sizeof(struct sockaddr_storage)``: a longer address is ``EINVAL`` whatever its family.
SOCKADDR_MAX = 128
_UNIX_PATH_MAX = 108
_IN = struct.Struct("<H2s4s8x")
_IN6 = struct.Struct("<H2sI16sI")

IP = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class UnixAddr:
    """An ``AF_UNIX`` address: ``path`` (``b""``: unnamed; starts with NUL: an abstract name)."""

    path: bytes = b""

    family = AF_UNIX

    @property
    def abstract(self) -> bool:
        """An abstract name (no file)."""
        return self.path[:1] == b"\0"

    def __str__(self) -> str:
        if not self.path:
            return "unix:(unnamed)"
        name = self.path.decode(errors="replace")
        return f"unix:@{name[1:]}" if self.abstract else f"unix:{name}"


@dataclass(frozen=True)
class InetAddr:
    """An ``AF_INET``/``AF_INET6`` address and port."""

    ip: IP
    port: int

    @property
    def family(self) -> int:
        """``AF_INET`` or ``AF_INET6``."""
        return AF_INET if self.ip.version == 4 else AF_INET6

    @property
    def loopback(self) -> bool:
        """``127.0.0.0/8`` or ``::1``: inside the domain's own network."""
        return self.ip.is_loopback

    @property
    def any(self) -> bool:
        """The wildcard address (``0.0.0.0`` or ``::``)."""
        return int(self.ip) == 0

    def __str__(self) -> str:
        return f"{self.ip}:{self.port}" if self.ip.version == 4 else f"[{self.ip}]:{self.port}"


Address = UnixAddr | InetAddr


def wildcard(family: int, port: int = 0) -> InetAddr:
    """``0.0.0.0:port`` or ``[::]:port``."""
    return InetAddr(ipaddress.IPv4Address(0) if family == AF_INET else ipaddress.IPv6Address(0), port)


def decode(raw: bytes, family: int) -> Address:
    """The address in ``raw`` (``addrlen`` bytes) for a socket of ``family``.

    Raises:
        FsError: ``EINVAL`` for a wrong length or ``AF_UNIX`` family, ``EAFNOSUPPORT`` for an
            ``AF_INET``/``AF_INET6`` socket given another family (as Linux).
    """
    if len(raw) < 2 or len(raw) > SOCKADDR_MAX:
        raise FsError(E.EINVAL, "address length")
    got = int.from_bytes(raw[:2], "little")
    if family == AF_UNIX:
        if got != AF_UNIX or len(raw) > 2 + _UNIX_PATH_MAX:
            raise FsError(E.EINVAL, "not an AF_UNIX address")
        path = raw[2:]
        if path[:1] != b"\0":
            path = path.split(b"\0", 1)[0]
        return UnixAddr(bytes(path))
    if family == AF_INET:
        if len(raw) < _IN.size:
            raise FsError(E.EINVAL, "address length")
        if got != AF_INET:
            raise FsError(E.EAFNOSUPPORT, "not an AF_INET address")
        _, port, ip = _IN.unpack_from(raw)
        return InetAddr(ipaddress.IPv4Address(ip), int.from_bytes(port, "big"))
    if len(raw) < 24:  # SIN6_LEN_RFC2133
        raise FsError(E.EINVAL, "address length")
    if got != AF_INET6:
        raise FsError(E.EAFNOSUPPORT, "not an AF_INET6 address")
    _, port, _flow, ip6, _scope = _IN6.unpack_from(raw.ljust(_IN6.size, b"\0"))
    addr6 = ipaddress.IPv6Address(ip6)
    mapped = addr6.ipv4_mapped
    return InetAddr(mapped if mapped is not None else addr6, int.from_bytes(port, "big"))


def encode(addr: Address | None, family: int) -> bytes:
    """The ``struct sockaddr_*`` bytes of ``addr`` as a socket of ``family`` reports it."""
    if family == AF_UNIX:
        path = addr.path if isinstance(addr, UnixAddr) else b""
        return struct.pack("<H", AF_UNIX) + path + (b"\0" if path and not path.startswith(b"\0") else b"")
    if addr is None or isinstance(addr, UnixAddr):
        addr = wildcard(family)
    port = addr.port.to_bytes(2, "big")
    if family == AF_INET:
        return _IN.pack(AF_INET, port, addr.ip.packed)
    ip = addr.ip if addr.ip.version == 6 else ipaddress.IPv6Address(b"\0" * 10 + b"\xff\xff" + addr.ip.packed)
    return _IN6.pack(AF_INET6, port, 0, ip.packed, 0)

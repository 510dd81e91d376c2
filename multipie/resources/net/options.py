"""Socket options: stored per socket and reported back as Linux encodes them.

The options a program commonly sets (``SO_REUSEADDR``, ``SO_KEEPALIVE``, ``TCP_NODELAY``, buffer
sizes, timeouts, ``IPV6_V6ONLY``, ...) are kept and read back; they change nothing in a domain's
own network except ``SO_RCVBUF`` (the receive queue's size). The ones the socket computes
(``SO_TYPE``, ``SO_ERROR``, ``SO_ACCEPTCONN``, ``SO_PEERCRED``, ...) live in
:mod:`.sockets`. An option not listed is ``ENOPROTOOPT``; options of another protocol's level on an
``AF_UNIX`` socket are ``EOPNOTSUPP`` (as Linux).
"""

from __future__ import annotations

import errno as E
import struct

from multipie.resources.fs.errors import FsError

__all__ = [
    "IPPROTO_IP",
    "IPPROTO_IPV6",
    "IPPROTO_TCP",
    "IPPROTO_UDP",
    "SOL_SOCKET",
    "SocketOptions",
]

SOL_SOCKET, IPPROTO_IP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6 = 1, 0, 6, 17, 41
SO_SNDBUF, SO_RCVBUF = 7, 8
_RMEM_MAX = 212992
_INT = struct.Struct("<i")

#: (level, option) → default value bytes (an int, or a struct for linger/timeouts).
DEFAULTS: dict[tuple[int, int], bytes] = {
    (SOL_SOCKET, 2): _INT.pack(0),  # SO_REUSEADDR
    (SOL_SOCKET, 5): _INT.pack(0),  # SO_DONTROUTE
    (SOL_SOCKET, 6): _INT.pack(0),  # SO_BROADCAST
    (SOL_SOCKET, SO_SNDBUF): _INT.pack(_RMEM_MAX),
    (SOL_SOCKET, SO_RCVBUF): _INT.pack(_RMEM_MAX),
    (SOL_SOCKET, 9): _INT.pack(0),  # SO_KEEPALIVE
    (SOL_SOCKET, 10): _INT.pack(0),  # SO_OOBINLINE
    (SOL_SOCKET, 12): _INT.pack(0),  # SO_PRIORITY
    (SOL_SOCKET, 13): bytes(8),  # SO_LINGER
    (SOL_SOCKET, 15): _INT.pack(0),  # SO_REUSEPORT
    (SOL_SOCKET, 16): _INT.pack(0),  # SO_PASSCRED
    (SOL_SOCKET, 18): _INT.pack(1),  # SO_RCVLOWAT
    (SOL_SOCKET, 19): _INT.pack(1),  # SO_SNDLOWAT
    (SOL_SOCKET, 20): bytes(16),  # SO_RCVTIMEO
    (SOL_SOCKET, 21): bytes(16),  # SO_SNDTIMEO
    (IPPROTO_TCP, 1): _INT.pack(0),  # TCP_NODELAY
    (IPPROTO_TCP, 2): _INT.pack(536),  # TCP_MAXSEG
    (IPPROTO_TCP, 3): _INT.pack(0),  # TCP_CORK
    (IPPROTO_TCP, 4): _INT.pack(7200),  # TCP_KEEPIDLE
    (IPPROTO_TCP, 5): _INT.pack(75),  # TCP_KEEPINTVL
    (IPPROTO_TCP, 6): _INT.pack(9),  # TCP_KEEPCNT
    (IPPROTO_TCP, 9): _INT.pack(0),  # TCP_DEFER_ACCEPT
    (IPPROTO_TCP, 12): _INT.pack(1),  # TCP_QUICKACK
    (IPPROTO_TCP, 23): _INT.pack(0),  # TCP_FASTOPEN
    (IPPROTO_IP, 1): _INT.pack(0),  # IP_TOS
    (IPPROTO_IP, 2): _INT.pack(64),  # IP_TTL
    (IPPROTO_IPV6, 26): _INT.pack(0),  # IPV6_V6ONLY
}
#: Flags Linux stores as booleans (any non-zero value reads back as 1).
_BOOLEAN = {(SOL_SOCKET, n) for n in (2, 5, 6, 9, 10, 15, 16)} | {(IPPROTO_TCP, 1), (IPPROTO_TCP, 3),
                                                                  (IPPROTO_IPV6, 26)}  # fmt: skip


class SocketOptions:
    """The options set on one socket.

    Args:
        unix: an ``AF_UNIX`` socket (only ``SOL_SOCKET`` applies).
        proto: ``IPPROTO_TCP`` or ``IPPROTO_UDP`` for an inet socket (the other's level is refused).
        v6: an ``AF_INET6`` socket (``IPPROTO_IPV6`` applies).
    """

    def __init__(self, *, unix: bool, proto: int, v6: bool) -> None:
        self.values: dict[tuple[int, int], bytes] = {}
        self.unix, self.proto, self.v6 = unix, proto, v6

    def _check(self, level: int, name: int) -> None:
        if level != SOL_SOCKET:
            if self.unix:
                raise FsError(E.EOPNOTSUPP, "AF_UNIX sockets have SOL_SOCKET options only")
            if level == IPPROTO_IPV6 and not self.v6 or level in (IPPROTO_TCP, IPPROTO_UDP) and level != self.proto:
                raise FsError(E.ENOPROTOOPT, f"level {level}")
        if (level, name) not in DEFAULTS:
            raise FsError(E.ENOPROTOOPT, f"option {level}/{name}")

    def set(self, level: int, name: int, raw: bytes) -> None:
        """Store a value (``raw``: the guest's ``optval`` bytes).

        Raises:
            FsError: ``ENOPROTOOPT``/``EOPNOTSUPP`` unknown option, ``EINVAL`` too short a value.
        """
        self._check(level, name)
        size = len(DEFAULTS[(level, name)])
        if len(raw) < size:
            raise FsError(E.EINVAL, "option value too short")
        value, key = raw[:size], (level, name)
        if key in ((SOL_SOCKET, SO_SNDBUF), (SOL_SOCKET, SO_RCVBUF)):
            n = min(max(_INT.unpack(value)[0], 0), _RMEM_MAX)
            value = _INT.pack(max(n * 2, 2304 if name == SO_RCVBUF else 4608))  # Linux doubles it
        elif key in _BOOLEAN:
            value = _INT.pack(1 if _INT.unpack(value)[0] else 0)
        self.values[(level, name)] = value

    def get(self, level: int, name: int) -> bytes:
        """The value as ``getsockopt`` reports it.

        Raises:
            FsError: ``ENOPROTOOPT``/``EOPNOTSUPP`` unknown option.
        """
        self._check(level, name)
        return self.values.get((level, name), DEFAULTS[(level, name)])

    def int(self, level: int, name: int) -> int:
        """An int option's value."""
        return _INT.unpack(self.values.get((level, name), DEFAULTS[(level, name)])[:4])[0]

    def copy_to(self, other: SocketOptions) -> None:
        """An accepted socket inherits the listener's options."""
        other.values.update(self.values)

"""Which host addresses a domain may reach: ``net`` grants, denied by default.

A domain's own network (loopback, ``AF_UNIX``) needs no grant. Leaving it — connecting to or
sending to an address no socket of the domain holds, listening on a host address — needs a grant
of the form ``ACTION:HOST:PORT``:

- ``connect:127.0.0.1:5432`` — connect (TCP) or send (UDP) to that host address;
- ``listen:0.0.0.0:8080`` — bind and listen on that host address (a real host socket);
- ``HOST`` is an IPv4 address, ``[IPv6]`` or ``*``; ``PORT`` a number, ``LOW-HIGH`` or ``*``.

The grant list is what a service manifest would carry (``net = ["connect:..."]``). A call that
needs a missing grant raises :class:`~multipie.errors.PolicyViolation` naming the address; the
syscall layer answers the guest ``-EACCES``/``-ECONNREFUSED`` and records a policy event.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

from multipie.errors import PolicyViolation, UsageError
from multipie.resources.net.addresses import IP, InetAddr

__all__ = ["ACTIONS", "NetGrant", "NetPolicy"]

ACTIONS = ("connect", "listen")


@dataclass(frozen=True)
class NetGrant:
    """One grant: ``action`` on ``ip`` (``None``: any) and ports ``low..high``."""

    action: str
    ip: IP | None
    low: int
    high: int

    @classmethod
    def parse(cls, spec: str) -> NetGrant:
        """``"connect:127.0.0.1:5432"`` → a grant.

        Raises:
            UsageError: the text is not ``ACTION:HOST:PORT`` with a known action, an IP address and a port.
        """
        action, _, rest = spec.partition(":")
        host, _, port = rest.rpartition(":")
        if action not in ACTIONS or not host or not port:
            raise UsageError(f"net grant {spec!r}: expected ACTION:HOST:PORT with ACTION one of {', '.join(ACTIONS)}")
        ip: IP | None = None
        if host != "*":
            try:
                ip = ipaddress.ip_address(host[1:-1] if host.startswith("[") and host.endswith("]") else host)
            except ValueError:
                raise UsageError(f"net grant {spec!r}: {host!r} is not an IP address (no names)") from None
        try:
            low, _, high = port.partition("-")
            lo, hi = (0, 65535) if port == "*" else (int(low), int(high or low))
        except ValueError:
            raise UsageError(f"net grant {spec!r}: port {port!r} is not a number, LOW-HIGH or *") from None
        if not 0 <= lo <= hi <= 65535:
            raise UsageError(f"net grant {spec!r}: port range {port!r} outside 0-65535")
        return cls(action, ip, lo, hi)

    def covers(self, action: str, addr: InetAddr) -> bool:
        """This grant allows ``action`` on ``addr``."""
        if action != self.action or not self.low <= addr.port <= self.high:
            return False
        return self.ip is None or self.ip == addr.ip

    def __str__(self) -> str:
        host = "*" if self.ip is None else (str(self.ip) if self.ip.version == 4 else f"[{self.ip}]")
        port = "*" if (self.low, self.high) == (0, 65535) else (
            str(self.low) if self.low == self.high else f"{self.low}-{self.high}")  # fmt: skip
        return f"{self.action}:{host}:{port}"


class NetPolicy:
    """A domain's ``net`` grants (empty: nothing outside the domain is reachable).

    Args:
        grants: grant texts (``"connect:127.0.0.1:5432"``) or :class:`NetGrant` s.

    Raises:
        UsageError: a grant text is malformed.
    """

    def __init__(self, grants: Iterable[str | NetGrant] = ()) -> None:
        self.grants = tuple(g if isinstance(g, NetGrant) else NetGrant.parse(g) for g in grants)

    def allows(self, action: str, addr: InetAddr) -> bool:
        """A grant covers ``action`` on ``addr``."""
        return any(g.covers(action, addr) for g in self.grants)

    def check(self, action: str, addr: InetAddr) -> None:
        """Raise unless ``action`` on ``addr`` is granted.

        Raises:
            PolicyViolation: naming the address and the grants the domain holds.
        """
        if not self.allows(action, addr):
            held = ", ".join(map(str, self.grants)) or "none"
            raise PolicyViolation(
                f"{action} {'to' if action == 'connect' else 'on'} host address {addr} is not granted to this domain "
                f"(grant it with net=['{action}:{_host(addr)}:{addr.port}']; grants held: {held})"
            )

    def __bool__(self) -> bool:
        return bool(self.grants)


def _host(addr: InetAddr) -> str:
    return str(addr.ip) if addr.ip.version == 4 else f"[{addr.ip}]"

"""Networking a domain sees: its own loopback and ``AF_UNIX`` network, and the host addresses it was granted.

Who owns what (one module per concept):

- :mod:`.addresses` — ``struct sockaddr_*`` bytes ↔ :class:`UnixAddr`/:class:`InetAddr`, with Linux's checks.
- :mod:`.channels` — what flows: :class:`ByteChannel` (streams, with ``SCM_RIGHTS`` marks) and
  :class:`MessageQueue` (datagrams, sequenced packets), bounded.
- :mod:`.options` — socket options stored and reported as Linux encodes them.
- :mod:`.sockets` — :class:`Socket`, an open file moving bytes between channels, with readiness.
- :mod:`.network` — :class:`Network`, one per domain: bound names, ports, connection set-up, datagram routing.
- :mod:`.policy` — :class:`NetPolicy`: the ``net`` grants (``connect:HOST:PORT``, ``listen:HOST:PORT``).
- :mod:`.hostsock` — :class:`HostSocket`: a granted address, backed by a real host socket.

Readiness (``poll_events``, ``generation``, ``host_wait``) is the one model of
:mod:`multipie.resources.readiness`, shared with pipes, eventfds and epoll.
"""

from multipie.resources.net.addresses import (
    AF_INET,
    AF_INET6,
    AF_UNIX,
    AF_UNSPEC,
    SOCKADDR_MAX,
    InetAddr,
    UnixAddr,
    decode,
    encode,
)
from multipie.resources.net.channels import ByteChannel, MessageQueue, release_files
from multipie.resources.net.hostsock import HostSocket, HostWouldBlock
from multipie.resources.net.network import Network
from multipie.resources.net.policy import NetGrant, NetPolicy
from multipie.resources.net.sockets import Socket, pass_files

__all__ = [
    "AF_INET",
    "AF_INET6",
    "AF_UNIX",
    "AF_UNSPEC",
    "SOCKADDR_MAX",
    "ByteChannel",
    "HostSocket",
    "HostWouldBlock",
    "InetAddr",
    "MessageQueue",
    "NetGrant",
    "NetPolicy",
    "Network",
    "Socket",
    "UnixAddr",
    "decode",
    "encode",
    "pass_files",
    "release_files",
]

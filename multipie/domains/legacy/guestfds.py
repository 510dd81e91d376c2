"""Fds the guest closes or hands out itself (``entry.S``), taken in by the host at the next exit.

The guest closes a read-only layer's file or a listed directory no other fd shares (:data:`CLOSED`), and makes
the ``AF_UNIX`` stream sockets below.

glibc's ``getpwuid`` (every python3 start) first asks ``nscd``: ``socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|
SOCK_NONBLOCK)``, ``connect`` to ``/var/run/nscd/socket`` (``ENOENT``: no such file in a domain), ``close`` —
twice, six exits. ``entry.S`` ``sys_socket`` hands out the lowest free fd below ``sysarea.FD_SLOTS`` when the
host allows it (``sysarea.FD_NEW``, written by ``FdView.sync``: not while a warm state is taken, not on a fork
child's emptied page) and notes it at :data:`MADE` (bit n = fd n) with its close-on-exec and ``O_NONBLOCK``
bits in the two words after. ``sys_connect`` answers a socket made there from the path answers the host keeps
(``-ENOENT``/``-ENOTDIR`` of a path its own ``connect`` found missing: :func:`unix_path`), and ``sys_close``
drops it: a socket nobody connected, bound or looked at leaves nothing to see.

Why it is exact: the host makes every socket still noted at the very next exit of any kind (:func:`take_made`,
from ``sysarea.take_in``: after the fds closed in the guest, whose numbers the guest may reuse, and before
serving anything), as its ``socket`` would have made it, so every call it serves finds the fd as Linux would;
until then the guest's other answers find the fd's ``FDS`` flags clear and go to the host (which takes it in
first). One thread runs at a time and the stub is not left half-way (a slice ending inside it runs on), so
the words are never half-written when the host reads them. A bit a program scribbled there makes that socket
(only over a free fd), as a ``socket`` call would.
"""

from __future__ import annotations

import struct

from multipie.domains.legacy.syscalls import BadAddress, LinuxProcess
from multipie.kvm.memory import GuestMemory
from multipie.resources.net import AF_UNIX, Socket
from multipie.resources.net.sockets import SOCK_STREAM

__all__ = ["CLOSED", "MADE", "release_closed", "take_made", "unix_path"]

#: entry.S ``S_CLOSED``: fds the guest closed itself (bit n = fd n: a read-only layer's file or a listed directory
#: no other fd shares, whose close cannot fail), released by the host at the next exit (:func:`release_closed`).
CLOSED = 0xE820
#: entry.S ``S_MADE``: fds made in the guest (bit n = fd n), then their close-on-exec bits, their ``O_NONBLOCK`` bits.
MADE = 0xE828
_WORDS = struct.Struct("<3Q")
_UNIX_PATH_MAX = 108


def release_closed(mem: GuestMemory, proc: LinuxProcess, slots: int) -> None:
    """Release the fds the guest closed since the last exit (entry.S ``sys_close``), before the host sees anything else.

    Any bit a program scribbled there closes that fd of its own, as a ``close`` would.
    """
    mask = mem.read_u64(CLOSED) & ((1 << slots) - 1)
    mem.write_u64(CLOSED, 0)
    for fd in range(slots):
        if mask >> fd & 1 and fd in proc.fds:
            proc.close_fd(fd)


def take_made(mem: GuestMemory, proc: LinuxProcess, slots: int) -> bool:
    """Make the sockets the guest noted at :data:`MADE` (fds below ``slots``); True when any was noted."""
    made, cloexec, nonblock = _WORDS.unpack(mem.read(MADE, _WORDS.size))
    if not made:
        return False
    mem.write_u64(MADE, 0)
    for fd in range(slots):
        if made >> fd & 1 and fd not in proc.fds:
            s = proc.net.socket(AF_UNIX, SOCK_STREAM, 0, nonblock=bool(nonblock >> fd & 1))
            s.owner_pid = proc.info.pid
            proc.install(s, lowest=fd, cloexec=bool(cloexec >> fd & 1))
    return True


def unix_path(proc: LinuxProcess, fd: int, addr: int, addrlen: int) -> bytes | None:
    """The path ``connect(fd, addr, addrlen)`` looked up, for an ``AF_UNIX`` socket and a path name; else None.

    The host's ``connect`` looks such a path up as ``stat`` does (links followed): when it found it missing,
    the path is missing to a ``stat`` too, and the guest may answer the same from the kept answer.
    """
    entry = proc.fds.get(fd & 0xFFFFFFFF)
    n = addrlen & 0xFFFFFFFF
    if entry is None or not isinstance(entry.file, Socket) or entry.file.family != AF_UNIX or not 2 < n <= 110:
        return None
    try:
        raw = proc.mem.read(addr, n)
    except BadAddress:
        return None
    path = raw[2:].split(b"\0", 1)[0]
    if int.from_bytes(raw[:2], "little") != AF_UNIX or not path or len(path) > _UNIX_PATH_MAX:
        return None
    return path

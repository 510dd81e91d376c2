"""A small read-only layer file's bytes put in the guest's read cache when it is opened.

Python opens a module, ``fstat``s it and reads it whole: the ``fstat`` and the read at the end
are answered in the guest (:mod:`.sysarea`), the first ``read`` was an exit of its own. Filling
the read cache at the ``openat`` exit instead answers that read in the guest too.

Exact because the whole file is cached (a file of ``READ_CACHE_FIRST`` bytes or more is not): every
read then returns what Linux would (the bytes up to the end, never a short read before it), and the
file's offset is the host's minus the bytes still cached, as after any read-cache fill — every exit
gives them back first (``readcache.drop_read_cache``), ``lseek`` in the guest subtracts them, and a
``close`` in the guest drops them.
"""

from __future__ import annotations

import struct

from multipie.domains.legacy.sysarea import READ_CACHE, READ_CACHE_FIRST, S_RC, STATE
from multipie.domains.legacy.syscalls import LinuxProcess, UserMemory
from multipie.kvm.memory import GuestMemory
from multipie.resources.fs import HostOpenFile

__all__ = ["fill_at_open"]


def fill_at_open(mem: GuestMemory, user: UserMemory, proc: LinuxProcess, fd: int) -> int:
    """Cache all of just-opened ``fd`` when it is a read-only layer's file smaller than ``READ_CACHE_FIRST``.

    Returns the bytes cached (the guest's read cache holds the file from offset 0, the host's offset is its end), or
    0 when it did not.
    """
    entry = proc.fds.get(fd)
    f = entry.file if entry is not None else None
    if not isinstance(f, HostOpenFile) or not f.stable or not f.readable or f.writable or f.pos != 0:
        return 0
    try:
        got = user.fill_from(f.fd, [(READ_CACHE, READ_CACHE_FIRST)], 0)
    except OSError:  # not a regular file (ESPIPE): its reads are the host's
        return 0
    if not 0 < got < READ_CACHE_FIRST:  # empty, or maybe larger than the cache: the first read fills it
        return 0
    f.pos = got
    mem.write(STATE + S_RC, struct.pack("<3Q", fd, READ_CACHE, READ_CACHE + got))
    return got

"""The guest's read cache: a small read of a file served with the bytes after it left in guest memory.

The host serves a small ``read`` of a file (:func:`fill_read_cache`) and leaves what follows, up to
``sysarea.READ_CACHE_SIZE`` bytes, at ``sysarea.READ_CACHE``; ``entry.S`` ``sys_read`` answers later reads of that
fd from there without an exit (``S_RC``: the fd, the next unread byte, the end). The host's offset is the
cache's end: every exit gives the unread bytes back first (:func:`drop_read_cache`), before the host serves
anything. :mod:`.prefill` fills it at a small file's open, and a kept file opened in the guest
(:mod:`.filestore`) points it at the store's copy of the file.
"""

from __future__ import annotations

import struct

from multipie.domains.legacy import filestore
from multipie.domains.legacy.sysarea import RC_NONE, READ_CACHE, READ_CACHE_FIRST, READ_CACHE_SIZE, S_RC, STATE
from multipie.domains.legacy.syscalls import BadAddress, LinuxProcess, UserMemory
from multipie.kvm.memory import GuestMemory
from multipie.resources.fs import HostOpenFile, MemOpenFile

__all__ = ["drop_read_cache", "fill_read_cache"]

_CACHEABLE = (HostOpenFile, MemOpenFile)  # files whose small reads may be cached in the guest


def fill_read_cache(
    mem: GuestMemory, user: UserMemory, proc: LinuxProcess, fd: int, buf: int, count: int
) -> int | None:
    """Serve a small ``read`` of a file and leave what follows in the guest's read cache.

    Returns the bytes read into ``buf``, or ``None`` (nothing done) when the read is not of a
    cacheable file; the normal path serves it then.
    """
    entry = proc.fds.get(fd) if fd < (1 << 31) else None
    if entry is None or not 0 < count < READ_CACHE_SIZE or not isinstance(entry.file, _CACHEABLE):
        return None
    f = entry.file
    if not f.readable:
        return None
    try:
        proc.mem.check(buf, count, write=True)  # the page protections too: a read-only buffer is EFAULT
    except BadAddress:
        return None  # let the normal path report EFAULT
    if isinstance(f, HostOpenFile):  # straight into guest memory: no 1 MiB host buffer (and its page faults)
        ahead = READ_CACHE_SIZE if f.pos else READ_CACHE_FIRST  # ld.so reads a header, then maps
        got = user.fill_from(f.fd, [(buf, count), (READ_CACHE, ahead)], f.pos)
        f.pos += got
    else:
        data = f.read(READ_CACHE_SIZE)
        user.write(buf, data[:count])
        user.write(READ_CACHE, data[count:])
        got = len(data)
    give = min(got, count)
    if got > give:
        mem.write(STATE + S_RC, struct.pack("<3Q", fd, READ_CACHE, READ_CACHE + got - give))
    return give


def drop_read_cache(mem: GuestMemory, proc: LinuxProcess) -> None:
    """Give cached bytes the guest did not read back to the file offset; empty the cache."""
    fd, pos, end = struct.unpack("<3Q", mem.read(STATE + S_RC, 24))
    mem.write_u64(STATE + S_RC, RC_NONE)
    entry = proc.fds.get(fd)
    if entry is not None and (
        READ_CACHE <= pos <= end <= READ_CACHE + READ_CACHE_SIZE or filestore.DATA <= pos <= end <= filestore.END
    ):  # (a kept file opened in the guest)
        entry.file.pos = max(0, entry.file.pos - (end - pos))

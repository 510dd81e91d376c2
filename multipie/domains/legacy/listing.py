"""A just-opened directory's whole listing put in the guest, so its first ``getdents64`` needs no exit.

Python's ``importlib`` lists each directory on its path once: ``openat(O_DIRECTORY)``, ``getdents64`` into
a 32 KiB buffer (everything), ``getdents64`` again (0: answered in the guest, ``FD_LISTED``), ``close`` (in
the guest too). At the ``openat`` exit the host packs the records the first ``getdents64`` would return
(:func:`put`: ``syscalls.files.pack_dirents`` from position 0, so the same bytes and ``d_off`` values) into
the read cache's memory (listings up to :data:`MOST`), notes the fd and the length at :data:`LISTING`, and
moves the directory's offset to its end, as that call would. ``entry.S`` ``sys_getdents64`` of that fd with
room for all of it copies it and clears the note; from then on the fd reads as listed (``FD_LISTED``), as after
the host's call.

Why it is exact: a ``DirFile``'s entries are a snapshot taken at its open, so the records cannot go stale;
the fd is new and shared with no other fd, and any exit before the guest took the listing gives it back
(:func:`take_back`, from ``sysarea.take_in``: at the very next exit of any kind, before the host sees
anything else), moving the offset back to 0: every call the host serves then finds the directory unread. A
``getdents64`` with less room, an ``lseek``, a ``dup``, a fork all reach the host after that. A bad buffer
faults in the stub before the note is cleared: the call at the host, ``EFAULT`` (``faultsig``).
"""

from __future__ import annotations

import struct

from multipie.domains.legacy.syscalls import LinuxProcess, UserMemory
from multipie.domains.legacy.syscalls.files import pack_dirents
from multipie.kvm.memory import GuestMemory
from multipie.resources.fs import DirFile

__all__ = ["LISTING", "MOST", "put", "take_back"]

#: The largest listing put at an open: glibc's ``readdir`` asks ``getdents64`` for 32 KiB at a time, so a larger one
#: is read in parts by the host anyway (and a directory opened only as a ``dirfd`` costs its packing for nothing).
MOST = 32 << 10
_SMALLEST = 24  # bytes of the smallest record (19 of header, a name byte, padded to 8)

#: entry.S ``S_LS_FD``, ``S_LS_LEN``: the fd whose listing the read cache's memory holds, and its length (0: none).
LISTING = 0xE840
_WORDS = struct.Struct("<2Q")


def put(mem: GuestMemory, user: UserMemory, proc: LinuxProcess, fd: int, at: int, room: int) -> int:
    """Put the whole listing of just-opened directory ``fd`` at guest address ``at`` (at most ``room`` bytes).

    Returns its length when it did (the directory's offset is then its end), else 0.
    """
    entry = proc.fds.get(fd)
    f = entry.file if entry is not None else None
    if not isinstance(f, DirFile) or f.pos != 0 or f.refs != 1:
        return 0
    entries = f.entries()
    if len(entries) > room // _SMALLEST:  # (too big whatever the names: not packed at all)
        return 0
    out, end = pack_dirents(entries, 0, room)
    if end < len(entries) or not out:  # (too big: the host's getdents64 serves it in parts)
        return 0
    user.write(at, bytes(out))
    f.pos = end
    mem.write(LISTING, _WORDS.pack(fd, len(out)))
    return len(out)


def take_back(mem: GuestMemory, proc: LinuxProcess) -> bool:
    """At an exit: a listing the guest did not take is the host's again (its directory unread); True when one was."""
    fd, n = _WORDS.unpack(mem.read(LISTING, _WORDS.size))
    if not n:
        return False
    mem.write_u64(LISTING + 8, 0)
    entry = proc.fds.get(fd) if fd < 1 << 31 else None
    if entry is not None and isinstance(entry.file, DirFile):
        entry.file.pos = 0
    return True

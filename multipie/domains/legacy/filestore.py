"""Kept files: small read-only layer files and listings, whole, in guest memory, so opening one again needs no exit.

Python's start opens a dozen modules that are there (``openat``, ``fstat``, ``lseek(fd, 0, SEEK_CUR)``,
``read`` of it all, ``read`` at the end, ``close``) and lists five directories: since session 13 every call but
the ``openat`` is answered in the guest, from what the host's open leaves (the fd page's flags, stat and offset,
and the whole file in the read cache: :mod:`.prefill`; a directory's listing: :mod:`.listing`). This store keeps
what that open left, per path, in guest memory that outlives the run, so ``entry.S`` ``open_kept`` answers the
``openat`` too and the host makes its ``OpenFile`` at the next exit.

**What is kept, and where** (:data:`STORE`, ``entry.S`` ``STORE``): an index of one u64 per path slot
(``sysarea.PATHS``: the entry of the file that slot's path names, 0 for none), then entries: the ``struct stat``,
the length, the bytes. A file is kept when the host's own ``openat(AT_FDCWD, path, O_RDONLY | OPEN_KEPT)`` opened a
read-only layer's regular file (``HostOpenFile.stable``: its metadata is taken as unchanging, the rule of the
run's lookup cache and of the path slots) and put it whole in the read cache at the open (under
``READ_CACHE_FIRST``: a larger file's open stays the host's), or a layer directory (``DirFile.stable``: nothing
private over it) whose whole listing ``listing.put`` packed; its path is then kept in its slot as a ``stat``
of it would be (links followed unless ``O_NOFOLLOW``: the slot's key bit), with the same rules
(``FdView._keep_path``: one process, no writable grant). Memory budget: :data:`DATA` to :data:`END` (468 KiB
below the read cache, after the 128 path slots; python3's start keeps 11 files and 4 listings, 82 KiB),
bump-allocated, a file kept once however many slots name it in turn; when full, the store is emptied and filled
again. A writable or private file is never kept (not ``stable``), and an ``O_WRONLY``/``O_RDWR``, ``O_CREAT``,
``O_TRUNC``, ``O_PATH``, ... open is the host's, as are a file's ``O_DIRECTORY`` or ``O_NONBLOCK`` open (the
guest checks the flags: of those it takes, none changes what the fd does but ``O_CLOEXEC``, and the host opens
the file again with the flags the guest noted).

**When it is emptied** (:meth:`FileStore.forget`): whenever the path slots are (``FdView._forget_paths``: any call
that could change what a path names, a ``clone``, another namespace, a layer's watched directory that moved
between runs: the slots and the store outlive a run on the same proof, ``GuestFs.layers_key``); when the fd page's
token says the pages are another view's (a fork child's emptied pages: :func:`.sysarea.fork_state` empties the
index too); when a reset finds a store page written by the guest (they are mapped read-only, so only a program
that changed their protection can); and when the program now in memory (an ``execve``'d image) leaves no room
for the read cache (``Machine.cache``: it may lie over the slots and the store, which are then left alone).
A file changed on the host during a run is not seen, as with every answer about a read-only layer.

**How an open in the guest becomes the host's** (:meth:`FileStore.take_opened`, from ``sysarea.take_in``, at the
next exit of any kind, after the fds closed in the guest and before a listing is given back or anything is
served): the host opens the kept path with the flags the guest noted, in the same working directory (``chdir`` is
a host call, so it comes after), and installs it at the fd the guest handed out, closing what the host still had
there (an fd the guest closed and then reused: its ``S_CLOSED`` bit stays until then), at the file's end: the read
cache still holds the bytes the guest did not read, which ``drop_read_cache`` gives back as after any fill (a
directory: at its end, and ``listing.take_back`` moves it to 0 when its listing was not taken). ``exec``, ``fork``,
``dup`` and every other call about the fd are host calls, so they all find it opened. A file opened, read and
closed between two exits (most of python3's modules) is never taken in at all.

**Safety of the shared memory.** The slots, index and entries are written only by the host, through
``GuestMemory`` (not the tracked user memory: so a reset does not restore them, and they stay what this store last
wrote), and mapped read-only to the program (``sysarea.region0``). Read-only is needed, not only tidy: KVM maps a
user-writable page writable at the guest's first read and logs it dirty (the guest entries have the dirty bit
preset), and the reset then restored it from the snapshot, zero, under a still-valid index. Should a program make
them writable (``mprotect`` of its own first 2 MiB) and write there, it changes only what its own later opens read
(as scribbling over its read cache would), and the write is in the dirty log: the reset that follows empties the
store before any other run can use it. What the guest writes (:data:`OPENED`, :data:`GO_ENT`, :data:`GO_FL`, on the
signal block's page, restored at every reset) the host trusts only as far as a ``close`` of the program's own fds:
an entry address the host never gave names no file (the fd stays unopened: ``EBADF`` at the host), a bit over an
open fd closes that fd, as a scribbled ``S_CLOSED`` bit does, and the flags are masked to those the guest takes.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable

from multipie.domains.legacy.syscalls import LinuxProcess
from multipie.domains.legacy.syscalls.files import open_flags
from multipie.kvm.elf import PAGE
from multipie.kvm.memory import GuestMemory
from multipie.resources.fs import DirFile, HostOpenFile

__all__ = ["DATA", "END", "GO_ENT", "GO_FDS", "GO_FL", "OPENED", "OPEN_KEPT", "PAGES", "STORE", "FileStore"]

#: The index: a u64 per path slot (``sysarea.PATH_SLOTS`` of them), its entry's address (0: none).
STORE = 0x8A000
#: Entries from here to END: ``struct stat`` (144 bytes), u64 length (the host's offset after a whole read), bytes.
DATA, END = 0x8B000, 0x100000
PAGES = frozenset(range(STORE // PAGE, END // PAGE))
_ENT_LEN, _ENT_DATA, _ALIGN = 144, 152, 64
#: entry.S ``S_OPENED``: the fds kept files were opened at in the guest (bit n = fd n, below ``GO_FDS``: several may
#: be pending), then per fd a u32 each: its entry (``S_GO_ENT``), and the flags it was opened with (``S_GO_FL``).
OPENED, GO_ENT, GO_FDS = 0xD900, 0xD908, 24
GO_FL = GO_ENT + 4 * GO_FDS
#: What a kept open may add to ``O_RDONLY`` (entry.S ``OPEN_KEPT``): ``O_CLOEXEC``, ``O_NOFOLLOW``, ``O_LARGEFILE``,
#: ``O_NOCTTY``; a kept directory's also ``O_DIRECTORY`` and ``O_NONBLOCK`` (``OPEN_DIR``: ``opendir``'s flags). The
#: host opens the file again with the flags the guest noted, so ``F_GETFL`` and close-on-exec are the program's.
OPEN_KEPT = 0x80000 | 0x20000 | 0x8000 | 0x100
OPEN_DIR = 0x10000 | 0x800
_GO = struct.Struct(f"<Q{2 * GO_FDS}I")
_AT_FDCWD = -100


class FileStore:
    """The kept files of one machine's guest memory and the host's record of them (see the module docstring)."""

    def __init__(self, mem: GuestMemory, slots: int) -> None:
        self.mem = mem
        self._slots = slots
        self._next = DATA  # where the next entry goes
        self._files: dict[int, tuple[str, int]] = {}  # entry address -> (path, length)
        self._where: dict[tuple[str, int], int] = {}  # and back
        self._index: dict[int, int] = {}  # slot number -> entry address, as written (fresh memory is zero)

    def __len__(self) -> int:
        return len(self._files)

    def put(self, slot: int, path: str, stat: bytes, data: bytes) -> bool:
        """Keep ``data``, all of file ``path`` (``stat``: its packed stat; a directory: its listing), for slot ``slot``.

        Called before the slot's key is written (the slot cannot match yet). Returns False when there is no room.
        """
        kept = (path, len(data))
        at = self._where.get(kept, 0)  # kept again (an open the guest could not answer; a slot lost and found again)
        if not at:
            if self._next + _ENT_DATA + len(data) > END:  # full: start again (the slots' stat answers stay)
                if len(data) > END - DATA - _ENT_DATA:
                    return False
                self.forget()
            at = self._next
            self.mem.write(at, stat + struct.pack("<Q", len(data)) + data)
            self._next = -(-(at + _ENT_DATA + len(data)) // _ALIGN) * _ALIGN
            self._files[at], self._where[kept] = kept, at
        self.set(slot, at)
        return True

    def set(self, slot: int, entry: int) -> None:
        """Point slot ``slot``'s index word at ``entry`` (0: the slot's path names no kept file)."""
        if self._index.get(slot, 0) != entry:
            self.mem.write_u64(STORE + 8 * slot, entry)
            self._index[slot] = entry

    def holds(self, slot: int) -> bool:
        """True when slot ``slot``'s path names a kept file."""
        return bool(self._index.get(slot, 0))

    def forget(self, *, write: bool = True) -> None:
        """Empty the store: no slot names a kept file, the memory is free again.

        ``write=False``: the memory is a program's now (``FdView.store_ok``); only the host's record is emptied.
        """
        if write:
            self.mem.write(STORE, bytes(8 * self._slots))
        self._index.clear()
        self._files.clear()
        self._where.clear()
        self._next = DATA

    def restoring(self, pages: Iterable[int], *, write: bool) -> None:
        """A reset restores ``pages``: a store page among them (written by the program) comes back zero: forget all."""
        if self._files and not PAGES.isdisjoint(pages):
            self.forget(write=write)

    def take_opened(self, proc: LinuxProcess) -> bool:
        """Open, at the fds the guest handed out, the kept files it opened (``entry.S`` ``open_kept``); True if any.

        The host's offset is each file's end: the read cache holds what the guest has not read of the last one (given
        back with it; an earlier one's were all read before a later open took the cache).
        """
        opened, *words = _GO.unpack(self.mem.read(OPENED, _GO.size))
        if not opened:
            return False
        self.mem.write_u64(OPENED, 0)
        for fd in range(GO_FDS):
            if opened >> fd & 1:  # (a scribbled bit above GO_FDS is ignored)
                self._take(proc, fd, words[fd], words[GO_FDS + fd])
        return True

    def _take(self, proc: LinuxProcess, fd: int, entry: int, flags: int) -> None:
        """Open the kept file of ``entry`` at ``fd`` with ``flags``, as the guest's open left it."""
        if fd in proc.fds:  # closed in the guest since the last exit, then handed out again
            proc.close_fd(fd)
        kept = self._files.get(entry)
        if kept is None:
            return  # an address the host never gave: no file (the program scribbled over the words)
        path, size = kept
        flags &= OPEN_KEPT | OPEN_DIR  # (what the guest let through; anything else a program scribbled there)
        base = proc.base_dir(_AT_FDCWD, path)
        try:
            f = proc.fs.open(path, open_flags(flags), 0, base)  # (as sys_openat: F_GETFL shows O_LARGEFILE)
        except OSError:  # the layer changed during the run (not seen, as with its lookups): the fd stays unopened
            return
        if isinstance(f, DirFile):  # (its path is the one its open resolved: DirFile.path)
            f.pos = len(f.entries())  # its listing was taken, else listing.take_back moves it to 0 again
        else:
            f.pos = size  # the read cache's end: what it holds unread is given back
        proc.install(f, lowest=fd, cloexec=bool(flags & os.O_CLOEXEC))


def keepable(f: object, flags: int) -> bool:
    """True for a file the store may keep: a read-only layer's file or directory, opened with flags the guest takes."""
    if isinstance(f, DirFile):
        return f.stable and not flags & ~(OPEN_KEPT | OPEN_DIR)
    return isinstance(f, HostOpenFile) and f.stable and f.readable and not f.writable and not flags & ~OPEN_KEPT

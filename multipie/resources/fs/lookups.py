"""What a run learned of a read-only layer: its directories' fds and its names' ``lstat`` answers.

A read-only :class:`~multipie.resources.fs.layers.Layer` — an image's layer, or the host's system
tree a host program sees — is never written by the runtime. Without a cache, every lookup below it
walks from the layer's root (an ``open`` per component, relative to the one before, ``O_NOFOLLOW``),
so a path of depth *k* costs *k* opens per component looked up: python3's start makes 85
``newfstatat`` calls, ~8 host opens each. While a run is in progress
(:meth:`~multipie.resources.fs.guestfs.GuestFs.cached_lookups`), its domain keeps a
:class:`LookupCache` per layer: the ``O_PATH`` fd of each directory it reached (opened from its
cached parent: one ``open``), and the ``lstat`` result — or absence — of each name it looked up
(one ``stat`` the first time, none after).

**Validity.** The cache lives for one run: it is created when the run starts and closed when it
ends, so the next run walks again and sees a file, a library or a directory the host changed
meanwhile (a package upgrade). Within a run a layer is taken as unchanging (the host changing its
system tree under a running program is the race a program with a cached directory fd sees on Linux
too). The filter of a filtered tree is asked before anything is opened or cached, exactly as on
the uncached path. Granted directories and the private area are never cached: the program itself
(or the host) changes them during the run. A tree with a :class:`~.dirwatch.DirWatch` (a
:class:`~multipie.resources.fs.layers.Layer`) has each directory watched before the cache first looks
in it, so whoever keeps an answer past the run can tell whether the host changed anything it used.
"""

from __future__ import annotations

import errno as E
import os
from typing import Protocol

from multipie.resources.fs.dirwatch import DirWatch
from multipie.resources.fs.errors import fs_error

__all__ = ["MAX_DIRS", "MAX_NAMES", "LookupCache", "Tree"]


class Tree(Protocol):
    """What the cache uses of its :class:`~multipie.resources.fs.host.HostTree`."""

    #: The tree root's ``O_PATH`` fd.
    fd: int

    def visible(self, comps: tuple[str, ...]) -> bool:
        """True when the tree's filter lets ``comps`` through."""

#: Directory fds one cache holds at most (past it they are all closed and the cache starts again).
MAX_DIRS = 256
#: ``lstat`` answers one cache holds at most (past it they are dropped and the cache starts again).
MAX_NAMES = 16384
_O_PATH_DIR = os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class LookupCache:
    """One run's directory fds and ``lstat`` answers for one read-only host tree.

    Args:
        tree: the tree (a read-only layer); it outlives the cache.
    """

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self._watch: DirWatch | None = getattr(tree, "watch", None)
        self._dirs: dict[tuple[str, ...], int] = {}
        self._names: dict[tuple[tuple[str, ...], str], os.stat_result | None] = {}
        self.hits = 0
        self.misses = 0

    def dir_fd(self, comps: tuple[str, ...]) -> int:
        """A **borrowed** ``O_PATH`` fd of directory ``comps`` (valid until the next call or :meth:`close`).

        Raises:
            FsError: ``ENOENT`` when the filter hides it, or the host's error opening it.
        """
        if not comps:
            return self.tree.fd
        fd = self._dirs.get(comps)
        if fd is not None:
            return fd
        if not self.tree.visible(comps):
            raise fs_error(E.ENOENT, "/".join(comps))
        parent = self.dir_fd(comps[:-1])
        if self._watch is not None:
            self._watch.add(comps[:-1], parent)
        try:
            # SAFETY: O_NOFOLLOW relative to a directory reached the same way; the fd is owned by this cache.
            fd = os.open(comps[-1], _O_PATH_DIR, dir_fd=parent)
        except OSError as exc:
            raise fs_error(exc.errno or E.ENOENT, "/".join(comps)) from exc
        if len(self._dirs) >= MAX_DIRS:
            self._close_dirs()
        self._dirs[comps] = fd
        return fd

    def lstat(self, comps: tuple[str, ...], name: str) -> os.stat_result | None:
        """``lstat`` of ``name`` in directory ``comps`` (``None``: absent or hidden by the filter), cached."""
        key = (comps, name)
        try:
            st = self._names[key]
        except KeyError:
            pass
        else:
            self.hits += 1
            return st
        self.misses += 1
        st = None
        if self.tree.visible((*comps, name)):
            try:
                fd = self.dir_fd(comps)
                if self._watch is not None:
                    self._watch.add(comps, fd)  # before the look: a change after it is an event
                st = os.stat(name, dir_fd=fd, follow_symlinks=False)
            except OSError:  # FsError too: a parent that is not there
                st = None
        if len(self._names) >= MAX_NAMES:
            self._names.clear()
        self._names[key] = st
        return st

    def _close_dirs(self) -> None:
        for fd in self._dirs.values():
            os.close(fd)
        self._dirs.clear()

    def close(self) -> None:
        """Close every directory fd and forget every answer; idempotent (a later lookup starts again)."""
        self._close_dirs()
        self._names.clear()

    def __del__(self) -> None:
        self._close_dirs()

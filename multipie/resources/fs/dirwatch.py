"""Whether a read-only layer's looked-up directories stayed unchanged between runs: inotify watches.

A run's answers about a read-only layer (a path's ``lstat``, or its absence) are cached for that
run only (:mod:`.lookups`), because the host may change its system tree between runs (a package
upgrade). To keep such answers for the next run, the runtime needs a cheap proof that nothing they
depend on changed. :class:`DirWatch` gives it: before a run's lookup cache first looks a name up in a
directory of the layer (or opens a directory below it), the directory gets an inotify watch, so
every later change of a name in it — created, removed, renamed over, written, its attributes changed —
is an event. :meth:`DirWatch.generation` drains the events; any event (or a lost one: the queue
overflowed) drops every watch and moves the generation on. An answer learnt while the generation
was *g* is still the host's answer while the generation is still *g*: each directory it was looked
up in was watched before the lookup. The same holds for a directory's listing, which the watch keeps
(:meth:`DirWatch.listing`): ``importlib`` lists the same 5 directories at every ``python3`` start.

**Not seen** (inotify's limits): a change the kernel reports to no watch on these directories — a
hard link to a layer file made from another directory (``st_nlink``/``st_ctime`` move), a write
through a shared writable ``mmap`` — and ``st_atime``, which reads move (``relatime``) with no
event we ask for; the same holds within a run for the run's own caches. Watches count against the
host's ``fs.inotify.max_user_watches``: when one cannot be added the generation moves on, so
nothing is kept past the run.
"""

from __future__ import annotations

import itertools
import os
import select
import threading

from multipie import libc
from multipie.resources.fs.metadata import Listing

__all__ = ["DirWatch", "WATCH_MASK"]

# A name in the directory, or the directory itself, changed (sys/inotify.h).
_IN_MODIFY, _IN_ATTRIB, _IN_CLOSE_WRITE, _IN_MOVED_FROM, _IN_MOVED_TO = 0x2, 0x4, 0x8, 0x40, 0x80
_IN_CREATE, _IN_DELETE, _IN_DELETE_SELF, _IN_MOVE_SELF = 0x100, 0x200, 0x400, 0x800
_IN_ONLYDIR = 0x01000000
#: Events that may change an answer about a name in a watched directory (the kernel adds overflow,
#: unmount and watch-removed events on its own).
WATCH_MASK = (_IN_MODIFY | _IN_ATTRIB | _IN_CLOSE_WRITE | _IN_MOVED_FROM | _IN_MOVED_TO | _IN_CREATE
              | _IN_DELETE | _IN_DELETE_SELF | _IN_MOVE_SELF)  # fmt: skip
_GENERATIONS = itertools.count(1)


class DirWatch:
    """The inotify watches of one read-only host tree's directories, keyed by their components."""

    def __init__(self) -> None:
        self._fd = -1
        self._poll: select.poll | None = None
        self._dirs: set[tuple[str, ...]] = set()
        self._listings: dict[tuple[str, ...], Listing] = {}
        self._gen = next(_GENERATIONS)
        self._lock = threading.Lock()  # machines of several threads share a layer

    def add(self, comps: tuple[str, ...], dir_fd: int) -> None:
        """Watch directory ``comps`` (open as ``dir_fd``) unless it is watched already; call before looking in it."""
        if comps in self._dirs:
            return
        with self._lock:
            if self._fd < 0:
                self._fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
                if self._fd < 0:
                    self._gen = next(_GENERATIONS)
                    return
                self._poll = select.poll()
                self._poll.register(self._fd, select.POLLIN)
            # SAFETY: a NUL-terminated path of the caller's live directory fd; the kernel copies it.
            path = f"/proc/self/fd/{dir_fd}".encode()
            if libc.inotify_add_watch(self._fd, path, WATCH_MASK | _IN_ONLYDIR) < 0:
                self._drop()  # unwatched: nothing learnt from now on may outlive the run
                return
            self._dirs.add(comps)

    def generation(self) -> int:
        """The current generation, after taking in every event so far (any event starts a new one)."""
        if self._poll is None or not self._poll.poll(0):  # (a poll is a third of a failing read's cost)
            return self._gen
        with self._lock:
            self._drop()
            return self._gen

    def listing(self, comps: tuple[str, ...]) -> Listing | None:
        """The entries of directory ``comps`` kept by :meth:`keep_listing`, if nothing changed since.

        The kept object itself (immutable): so what it packed once (:class:`~.metadata.Listing`) serves every run.
        """
        if comps not in self._listings:
            return None
        self.generation()  # takes the events in: any of them drops every listing
        return self._listings.get(comps)

    def keep_listing(self, comps: tuple[str, ...], entries: Listing, gen: int) -> None:
        """Keep the listing of ``comps`` taken while it was watched (:meth:`add` before) in generation ``gen``."""
        if self.generation() == gen and comps in self._dirs:  # (an event during the listing moved it on)
            self._listings[comps] = entries

    def _drop(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # (its pending events go with it)
        self._fd, self._poll = -1, None
        self._dirs.clear()
        self._listings.clear()
        self._gen = next(_GENERATIONS)

    def close(self) -> bool:
        """Drop every watch (the generation moves on); whether an inotify fd was open."""
        with self._lock:
            was_open = self._fd >= 0
            self._drop()
            return was_open

    def __del__(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)

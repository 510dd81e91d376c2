"""``epoll``: an interest list over open files and the events ready on them.

An :class:`Epoll` watches ``(fd, open file)`` pairs, as Linux does: a file closed in every process
drops out of the list by itself. :meth:`Epoll.ready` computes what ``epoll_wait`` reports from the
files' readiness (:mod:`multipie.resources.readiness`):

- level-triggered (default): every ready file, every time;
- ``EPOLLET``: a file again only once its ``generation`` moved since it was last reported;
- ``EPOLLONESHOT``: reported once, then disabled until ``EPOLL_CTL_MOD``.

Reported entries go to the back of the list, so a few busy files cannot starve the others when
``maxevents`` is small (Linux's ready list rotates the same way).
"""

from __future__ import annotations

import errno as E
import os
from dataclasses import dataclass

from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.readiness import POLLERR, POLLHUP, POLLIN, normal

__all__ = ["EPOLLET", "EPOLLEXCLUSIVE", "EPOLLONESHOT", "EPOLL_CTL_ADD", "EPOLL_CTL_DEL", "EPOLL_CTL_MOD", "Epoll"]

EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD = 1, 2, 3
EPOLLEXCLUSIVE, EPOLLWAKEUP, EPOLLONESHOT, EPOLLET = 1 << 28, 1 << 29, 1 << 30, 1 << 31
_FLAGS = EPOLLEXCLUSIVE | EPOLLWAKEUP | EPOLLONESHOT | EPOLLET
#: Epolls watching epolls nest at most this deep (Linux's ``EP_MAX_NESTS``); deeper or circular: ``ELOOP``.
MAX_NESTING = 4


@dataclass
class Interest:
    """One watched file: the events asked for, the user data, what was last reported."""

    file: OpenFile
    events: int
    data: int
    seen: int | None = None
    disabled: bool = False


class Epoll(OpenFile):
    """An epoll instance."""

    def __init__(self) -> None:
        super().__init__(os.O_RDWR)
        self.interest: dict[tuple[int, int], Interest] = {}
        #: Epolls watching this one (for the nesting limit).
        self.parents: list[Epoll] = []
        self.ino = new_ino()

    def ctl(self, op: int, fd: int, file: OpenFile, events: int, data: int) -> None:
        """``epoll_ctl``.

        Raises:
            FsError: ``EINVAL`` (bad op, the epoll itself), ``EPERM`` (a file that is always ready,
                as a regular file), ``EEXIST``/``ENOENT``.
        """
        if file is self:
            raise fs_error(E.EINVAL, "an epoll cannot watch itself")
        if type(file).poll_events is OpenFile.poll_events:
            raise fs_error(E.EPERM, "regular files and directories do not support epoll")
        if (op == EPOLL_CTL_ADD and isinstance(file, Epoll)
                and (file.reaches(self) or file.depth() + self.height() >= MAX_NESTING)):  # fmt: skip
            raise fs_error(E.ELOOP, "epoll instances would watch each other in a loop, or nest too deep")
        key = (fd, id(file))
        have = self.interest.get(key)
        if have is not None and have.file.refs == 0:
            del self.interest[key]
            have = None
        if op == EPOLL_CTL_ADD:
            if have is not None:
                raise fs_error(E.EEXIST, f"fd {fd} is already watched")
            self.interest[key] = Interest(file, events, data)
            if isinstance(file, Epoll):
                file.parents.append(self)
        elif op == EPOLL_CTL_DEL:
            if have is None:
                raise fs_error(E.ENOENT, f"fd {fd} is not watched")
            del self.interest[key]
            if isinstance(file, Epoll) and self in file.parents:
                file.parents.remove(self)
        elif op == EPOLL_CTL_MOD:
            if have is None:
                raise fs_error(E.ENOENT, f"fd {fd} is not watched")
            if events & EPOLLEXCLUSIVE or have.events & EPOLLEXCLUSIVE:
                raise fs_error(E.EINVAL, "EPOLLEXCLUSIVE cannot be modified")
            have.events, have.data, have.seen, have.disabled = events, data, None, False
        else:
            raise fs_error(E.EINVAL, f"epoll_ctl op {op}")

    def reaches(self, other: Epoll) -> bool:
        """``other`` is this epoll or watched by it, directly or through nested epolls."""
        return other is self or any(isinstance(f, Epoll) and f.reaches(other) for f in self._files())

    def _files(self) -> list[OpenFile]:
        return [it.file for it in self.interest.values()]

    def depth(self) -> int:
        """How many epolls deep this one's watched epolls nest (0: it watches none)."""
        return max((1 + f.depth() for f in self._files() if isinstance(f, Epoll)), default=0)

    def height(self) -> int:
        """How many epolls deep this one is watched (0: by none)."""
        return max((1 + p.height() for p in self.parents), default=0)

    def ready(self, maxevents: int, *, consume: bool = True) -> list[tuple[int, int]]:
        """``(events, data)`` of up to ``maxevents`` ready entries (``consume=False``: only look)."""
        out: list[tuple[int, int]] = []
        for key, it in list(self.interest.items()):
            if len(out) >= maxevents:
                break
            if it.file.refs == 0:
                del self.interest[key]
                continue
            if it.disabled:
                continue
            mask = it.file.poll_events() & ((it.events & ~_FLAGS) | POLLERR | POLLHUP)
            if not mask:
                continue
            gen = it.file.generation
            if it.events & EPOLLET and it.seen == gen:
                continue
            out.append((mask, it.data))
            if consume:
                it.seen = gen
                it.disabled = bool(it.events & EPOLLONESHOT)
                del self.interest[key]
                self.interest[key] = it
        return out

    def host_waits(self) -> list[tuple[int, int]]:
        """The host fds its files wait on (granted host sockets)."""
        return [w for it in self.interest.values() if (w := it.file.host_wait()) is not None]

    @property
    def generation(self) -> int:  # type: ignore[override]
        return sum(it.file.generation for it in self.interest.values())

    def poll_events(self) -> int:
        """``POLLIN`` while an event is ready (an epoll can be watched by poll or another epoll)."""
        return normal(POLLIN) if self.ready(1, consume=False) else 0

    def read(self, n: int) -> bytes:
        raise fs_error(E.EINVAL, "epoll")

    def write(self, data: bytes) -> int:
        raise fs_error(E.EINVAL, "epoll")

    def seek(self, off: int, whence: int) -> int:
        raise fs_error(E.ESPIPE, "epoll")

    def stat(self) -> Stat:
        return Stat(mode=0o600, size=0, ino=self.ino)

    def close(self) -> None:
        for f in self._files():
            if isinstance(f, Epoll) and self in f.parents:
                f.parents.remove(self)
        self.interest.clear()

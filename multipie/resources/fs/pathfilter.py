"""Which paths of a read-only host tree a domain may see: :class:`PathFilter`.

A filter lists paths (relative to the tree's root, e.g. ``usr`` or ``etc/ld.so.cache``). A listed
path is visible with everything below it; the directories above a listed path are visible too, but
list only the entries that lead to something visible. Everything else does not exist for the
domain (``ENOENT``): a lookup, a directory listing, a walk to a parent directory and an open all
ask :meth:`PathFilter.visible` first (:class:`~multipie.resources.fs.host.HostTree` does, for every
host tree that has a filter).

The filter names **guest** paths, which is what makes it safe: ``..`` is clamped by the guest
resolver and every symlink (``/lib -> usr/lib``, a link in a granted directory pointing at
``/etc/shadow``) is resolved again from the guest root, through the filter. So a policy must list
the symlinks it relies on as well as their targets (:func:`PathFilter.of` takes paths as given).
"""

from __future__ import annotations

import errno as E
from collections.abc import Iterable
from dataclasses import dataclass, field

from multipie.resources.fs.errors import fs_error

__all__ = ["PathFilter"]


@dataclass(frozen=True)
class PathFilter:
    """A set of visible paths of one host tree (hashable: layers are shared per tree and filter).

    Attributes:
        paths: the listed paths as component tuples (each visible with everything below it).
    """

    paths: frozenset[tuple[str, ...]]
    _above: frozenset[tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        above = {p[:i] for p in self.paths for i in range(len(p))}
        object.__setattr__(self, "_above", frozenset(above))

    @classmethod
    def of(cls, paths: Iterable[str]) -> PathFilter:
        """A filter from ``/``-separated paths (``"usr"``, ``"/etc/ld.so.cache"``; leading ``/`` ignored).

        Raises:
            FsError: ``EINVAL`` for a path with ``.`` or ``..`` components or an empty one.
        """
        out: set[tuple[str, ...]] = set()
        for p in paths:
            comps = tuple(c for c in p.split("/") if c)
            if not comps or any(c in (".", "..") for c in comps):
                raise fs_error(E.EINVAL, f"path filter entry {p!r} must name a normal path below the root")
            out.add(comps)
        return cls(frozenset(out))

    def visible(self, comps: tuple[str, ...]) -> bool:
        """True when ``comps`` (relative to the tree's root) may be seen: listed, below a listed path, or above one."""
        return comps in self._above or self.covers(comps)

    def covers(self, comps: tuple[str, ...]) -> bool:
        """True when ``comps`` is listed or below a listed path: it and everything below it may be seen."""
        paths = self.paths
        for i in range(1, len(comps) + 1):
            if comps[:i] in paths:
                return True
        return False

    def __len__(self) -> int:
        return len(self.paths)

    def names(self) -> list[str]:
        """The listed paths, sorted, as ``/``-rooted strings."""
        return sorted("/" + "/".join(p) for p in self.paths)

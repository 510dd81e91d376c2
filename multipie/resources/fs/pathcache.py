"""One run's whole-path answers: ``(path, cwd, follow)`` → the :class:`~.paths.Resolved` a walk gave.

:class:`~.lookups.LookupCache` makes each component's lookup cheap, but a walk still costs a Python
loop per component (python3's start resolves ~66 paths of depth 4–6). While a run is in progress
(:meth:`~multipie.resources.fs.guestfs.GuestFs.cached_lookups`), :class:`PathCache` keeps the
answer of each whole walk that stayed in the read-only layers, so asking again costs one dict
lookup.

**Validity.** Only walks that named nothing but layer nodes are kept: a walk through a granted
directory, a device or a private-area node (the writable area, ``/tmp``) is never cached, since the
program or the host changes those. A layer's answer can still be shadowed by the private area
(a file created, copied up, renamed or removed over it, a directory made next to it), so every
namespace change through :class:`~multipie.resources.fs.guestfs.GuestFs` clears the whole cache
after it is made. Errors are not cached; a negative answer (the last name absent) is, since it
changes only through such a change. The cache ends with the run, as the lookup caches do.
"""

from __future__ import annotations

from multipie.resources.fs.paths import Resolved

__all__ = ["MAX_PATHS", "PathCache", "PathKey"]

#: Answers one cache holds at most (past it they are dropped and the cache starts again).
MAX_PATHS = 4096

#: ``(path, cwd or "" for an absolute path, follow)``.
PathKey = tuple[str, str, bool]


class PathCache:
    """One run's resolved paths in the read-only layers, with hit/miss counters."""

    def __init__(self) -> None:
        self._answers: dict[PathKey, Resolved] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: PathKey) -> Resolved | None:
        """The cached answer for ``key`` (``None``: not cached)."""
        r = self._answers.get(key)
        if r is None:
            self.misses += 1
        else:
            self.hits += 1
        return r

    def put(self, key: PathKey, answer: Resolved) -> None:
        """Remember ``answer`` (a walk that named only read-only layer nodes)."""
        if len(self._answers) >= MAX_PATHS:
            self._answers.clear()
        self._answers[key] = answer

    def clear(self) -> None:
        """Forget every answer (the namespace changed)."""
        self._answers.clear()

    def __len__(self) -> int:
        return len(self._answers)

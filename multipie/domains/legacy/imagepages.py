"""Read-only pages of a program image and of a warm state: one host copy for every machine that holds them.

Each legacy machine used to hold its own copy of its program (and interpreter): ``python3``'s
5.3 MB of code and read-only data, once per pooled machine. The pages of segments without
``PF_W`` are the same bytes in every machine and, with protections enforced
(:mod:`.pagetables`), no guest can write them. So they are put, as laid out in guest memory,
into one sealed memfd per image (:func:`pages_of`), and every machine maps them from it
(:meth:`~multipie.kvm.memory.GuestMemory.map_shared`: private copy-on-write, so a host write —
``execve`` of another image zeroing the old one, the warm start's planted ``ud2`` — gives that
machine a private copy of that page only, never changes the others'). The memfd is sealed
(no write, no resize), so a mapping never faults past its end and no one can change the bytes.

The same for a pool's warm state (:mod:`.warmstart`: the libraries ``ld.so`` mapped and relocated):
its pages are kept in a sealed memfd (:func:`sealed`), and a machine resting at the state maps the
pages the program cannot write (:func:`read_only`: libraries' code and read-only data) from it
(:func:`map_pages`) instead of copying them; the rest (relocated data, heap, stack) is copied as before.
Discarding memory (:meth:`~multipie.kvm.memory.GuestMemory.discard_range`) puts fresh anonymous pages
back over such ranges.

``MULTIPIE_SHARED_IMAGE_PAGES=0`` (or :data:`ENABLED` = False) turns both off (copies, as before).
"""

from __future__ import annotations

import fcntl
import mmap
import os
import threading
import weakref
from collections.abc import Iterable, Mapping, Sequence

from multipie.domains.legacy.syscalls.protections import Protections
from multipie.kvm.elf import PAGE, ElfImage
from multipie.kvm.memory import GuestMemory

__all__ = ["ENABLED", "SharedPages", "map_pages", "pages_of", "read_only", "read_only_runs", "sealed", "share"]

ENABLED = os.environ.get("MULTIPIE_SHARED_IMAGE_PAGES", "1") != "0"
PF_W = 2
_SEALS = fcntl.F_SEAL_SEAL | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_WRITE


class SharedPages:
    """One image's read-only pages in a sealed memfd: ``runs`` of ``(guest address, length, file offset)``."""

    def __init__(self, mem: GuestMemory, runs: list[tuple[int, int]]) -> None:
        self.fd = os.memfd_create("multipie-image", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
        self.runs: list[tuple[int, int, int]] = []
        offset = 0
        try:
            for start, length in runs:
                os.pwrite(self.fd, mem.read(start, length), offset)
                self.runs.append((start, length, offset))
                offset += length
            fcntl.fcntl(self.fd, fcntl.F_ADD_SEALS, _SEALS)
        except BaseException:
            os.close(self.fd)
            raise
        weakref.finalize(self, os.close, self.fd)  # mappings made from it keep its pages


#: One copy per image while the image lives (a service unloaded drops it, and the memfd with it).
_cache: weakref.WeakKeyDictionary[ElfImage, SharedPages] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def read_only_runs(image: ElfImage) -> list[tuple[int, int]]:
    """``(start, length)`` page runs of segments without ``PF_W`` that no writable segment's pages touch."""
    writable = {p for s in image.segments if s.flags & PF_W for p in range(s.page_start // PAGE, s.page_end // PAGE)}
    pages = sorted(
        {p for s in image.segments if not s.flags & PF_W for p in range(s.page_start // PAGE, s.page_end // PAGE)}
        - writable
    )
    runs: list[tuple[int, int]] = []
    for p in pages:
        if runs and runs[-1][0] + runs[-1][1] == p * PAGE:
            runs[-1] = (runs[-1][0], runs[-1][1] + PAGE)
        else:
            runs.append((p * PAGE, PAGE))
    return runs


def pages_of(image: ElfImage, mem: GuestMemory) -> SharedPages:
    """The shared pages of ``image``, made from ``mem`` (which holds it as loaded) the first time."""
    with _lock:
        got = _cache.get(image)
        if got is None:
            got = _cache[image] = SharedPages(mem, read_only_runs(image))
        return got


def share(mem: GuestMemory, image: ElfImage) -> int:
    """Map ``image``'s read-only pages in ``mem`` (just loaded) from the shared copy; returns the bytes shared."""
    if not ENABLED:
        return 0
    shared = pages_of(image, mem)
    for start, length, offset in shared.runs:
        mem.map_shared(start, length, shared.fd, offset)
    return sum(n for _, n, _ in shared.runs)


# -- warm states -------------------------------------------------------------------------------


def sealed(data: mmap.mmap, size: int) -> tuple[mmap.mmap, int]:
    """``data``'s first ``size`` bytes in a sealed memfd: ``(a private view, the fd)``; ``(data, -1)`` when off."""
    if not ENABLED:
        return data, -1
    fd = os.memfd_create("multipie-warm", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    try:
        os.pwrite(fd, data[:size], 0)
        fcntl.fcntl(fd, fcntl.F_ADD_SEALS, _SEALS)
        # SAFETY: a private mapping of our own sealed memfd of exactly size bytes (it cannot shrink); the warm
        # state only reads it (writable so ctypes can take its address), and it lives as long as the state.
        view = mmap.mmap(fd, size, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ | mmap.PROT_WRITE)
    except BaseException:
        os.close(fd)
        raise
    data.close()
    return view, fd


def read_only(pages: Iterable[int], prot: Protections | None) -> frozenset[int]:
    """The pages (indexes) the program cannot write (present, without ``PROT_WRITE``): safe to share."""
    if prot is None or not ENABLED:
        return frozenset()
    return frozenset(p for p in pages if prot.prot_at(p * PAGE) & 3 == 1)


def map_pages(mem: GuestMemory, pages: Sequence[int], index: Mapping[int, int], fd: int) -> None:
    """Map ``pages`` (sorted guest page indexes) of ``mem`` from ``fd``, page ``p`` from file page ``index[p]``."""
    i = 0
    while i < len(pages):
        j = i
        while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1 and index[pages[j + 1]] == index[pages[j]] + 1:
            j += 1
        mem.map_shared(pages[i] * PAGE, (j - i + 1) * PAGE, fd, index[pages[i]] * PAGE)
        i = j + 1

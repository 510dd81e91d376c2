"""The C library functions multiPIE calls through ctypes, each declared once with its types.

Two handles on the process's own libc (``dlopen(NULL)``: the libc CPython
itself uses, never a second copy):

- :data:`_released`, a ``CDLL``: the GIL is released during the call, for
  calls that may block or run long (KVM_RUN through ioctl runs guest code).
- :data:`_held`, a ``PyDLL``: the GIL is kept, for calls whose caller relies
  on no other Python thread running between a check and the call (the
  region aliases of :mod:`multipie.sharing`: a liveness check and the
  ``mmap``/``mprotect`` it guards), and for calls of a few microseconds on a
  hot path (a virtine's reset: dirty log, special registers, page copies):
  handing the GIL over and taking it back costs more than the call, and
  under load the thread waits up to a switch interval (5 ms) to get it back.

Every function sets ``errno`` for :func:`ctypes.get_errno` (``use_errno``).
Callers own the safety argument of each call (a ``# SAFETY:`` note beside it):
the pointers they pass must be live mappings of the stated length.
"""

from __future__ import annotations

import ctypes
from typing import Any

__all__ = [
    "MADV_DONTNEED",
    "MAP_FAILED",
    "inotify_add_watch",
    "inotify_init1",
    "ioctl",
    "ioctl_held",
    "madvise",
    "malloc_trim",
    "memmove_held",
    "memset_held",
    "mincore",
    "mmap",
    "mmap_held",
    "mprotect_held",
    "munmap",
    "sigaction",
]

MADV_DONTNEED = 4
#: What ``mmap`` returns on failure, as ctypes reports a ``c_void_p`` result.
MAP_FAILED = ctypes.c_void_p(-1).value

_released = ctypes.CDLL(None, use_errno=True)
_held = ctypes.PyDLL(None, use_errno=True)


def _declare(lib: ctypes.CDLL, name: str, restype: Any, *argtypes: Any) -> Any:
    # A CDLL caches one function object per name: declare it once, here, so no two callers
    # fight over its argtypes.
    fn = getattr(lib, name)
    fn.restype = restype
    fn.argtypes = argtypes
    return fn


_vp, _sz, _int, _long = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_long

#: ``int ioctl(int fd, unsigned long request, void *arg)``; releases the GIL (KVM_RUN runs the guest).
#: SAFETY: ``arg`` must be what ``request`` expects (an integer, or a buffer of the request's size).
ioctl = _declare(_released, "ioctl", _int, _int, ctypes.c_ulong, _vp)
#: ``void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)``.
#: SAFETY: with ``MAP_FIXED`` the caller must own ``[addr, addr+length)``: it replaces what is mapped there.
mmap = _declare(_released, "mmap", _vp, _vp, _sz, _int, _int, _int, _long)
#: ``int munmap(void *addr, size_t length)``. SAFETY: nothing may use the range afterwards.
munmap = _declare(_released, "munmap", _int, _vp, _sz)
#: ``int madvise(void *addr, size_t length, int advice)``.
#: SAFETY: ``MADV_DONTNEED`` zeroes private anonymous pages: only for memory whose contents may go.
madvise = _declare(_released, "madvise", _int, _vp, _sz, _int)
#: ``int mincore(void *addr, size_t length, unsigned char *vec)``.
#: SAFETY: ``vec`` must hold one byte per page of the (page-aligned, mapped) range.
mincore = _declare(_released, "mincore", _int, _vp, _sz, _vp)
#: ``int sigaction(int signum, const struct sigaction *act, struct sigaction *oldact)``.
#: SAFETY: ``act``/``oldact`` are NULL or buffers at least as large as glibc's ``struct sigaction``.
sigaction = _declare(_released, "sigaction", _int, _int, _vp, _vp)
#: ``mmap`` keeping the GIL (see the module docstring); same SAFETY as :data:`mmap`.
mmap_held = _declare(_held, "mmap", _vp, _vp, _sz, _int, _int, _int, _long)
#: ``ioctl`` keeping the GIL, for requests that return in microseconds (never ``KVM_RUN``); SAFETY as :data:`ioctl`.
ioctl_held = _declare(_held, "ioctl", _int, _int, ctypes.c_ulong, _vp)
#: ``void *memmove(void *dst, const void *src, size_t n)`` keeping the GIL (``ctypes.memmove`` releases it).
#: SAFETY: both ranges must be mapped for ``n`` bytes, ``dst`` writable.
memmove_held = _declare(_held, "memmove", _vp, _vp, _vp, _sz)
#: ``void *memset(void *dst, int c, size_t n)`` keeping the GIL. SAFETY: ``dst`` writable for ``n`` bytes.
memset_held = _declare(_held, "memset", _vp, _vp, _int, _sz)
#: ``int mprotect(void *addr, size_t length, int prot)`` keeping the GIL.
#: SAFETY: ``[addr, addr+length)`` must be a mapping the caller owns.
mprotect_held = _declare(_held, "mprotect", _int, _vp, _sz, _int)
#: ``int inotify_init1(int flags)`` keeping the GIL (a few microseconds).
inotify_init1 = _declare(_held, "inotify_init1", _int, _int)
#: ``int inotify_add_watch(int fd, const char *path, uint32_t mask)`` keeping the GIL.
#: SAFETY: ``path`` must be a NUL-terminated string (a ``bytes`` object is).
inotify_add_watch = _declare(_held, "inotify_add_watch", _int, _int, ctypes.c_char_p, ctypes.c_uint32)


def malloc_trim() -> None:
    """Hand free heap memory back to the OS (glibc ``malloc_trim(0)``); a no-op on a libc without it."""
    trim = getattr(_released, "malloc_trim", None)
    if trim is not None:
        # SAFETY: malloc_trim(size_t pad) only releases free heap memory; it takes no pointers.
        trim(ctypes.c_size_t(0))

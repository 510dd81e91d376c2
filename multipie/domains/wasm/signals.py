"""Keep wasmtime's fault handlers on top when Python's ``faulthandler`` is enabled later.

wasmtime turns a guest fault (stack overflow, out-of-bounds access) into a trap from its
SIGSEGV/SIGBUS/SIGILL/SIGFPE handlers, installed when the first engine is built. A later
``faulthandler.enable()`` puts its own handlers on top; they dump the Python stack and re-raise
the signal, which wasmtime no longer recognises as a Wasm fault, so the process dies. Here the
handlers wasmtime installed are saved once per process and ``faulthandler.enable`` is wrapped to
put them back on top after it runs. wasmtime forwards faults outside Wasm to the handler it
found at install time, so a faulthandler enabled *before* the first engine (``-X faulthandler``,
``PYTHONFAULTHANDLER``, pytest) still dumps real crashes.
"""

from __future__ import annotations

import _signal  # type: ignore[import-not-found,unused-ignore]
import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import ctypes
import faulthandler
import functools
from typing import Any

from multipie import libc

# The numbers from ``signal``'s C half: ``import signal`` builds its IntEnums (~0.8 ms of every run), for four ints.
_SIGNALS: tuple[int, ...] = (_signal.SIGSEGV, _signal.SIGBUS, _signal.SIGILL, _signal.SIGFPE)
# glibc's struct sigaction is 152 bytes on x86-64; a larger buffer is harmless (only copied through).
_SIGACTION_SIZE = 512

_lock = _thread.allocate_lock()
_saved: dict[int, ctypes.Array[ctypes.c_char]] | None = None


def guard_faulthandler() -> None:
    """Save wasmtime's fault handlers (call right after building an engine) and wrap ``faulthandler.enable``.

    Idempotent: only the first call saves, so a handler installed later is never mistaken for wasmtime's.
    """
    global _saved
    if _saved is not None:
        return
    with _lock:
        if _saved is not None:
            return
        saved = {}
        for sig in _SIGNALS:
            buf = ctypes.create_string_buffer(_SIGACTION_SIZE)
            # SAFETY: sigaction(sig, NULL, buf) only writes the current action into buf, which is
            # larger than struct sigaction.
            if libc.sigaction(int(sig), None, buf) == 0:
                saved[int(sig)] = buf
        _saved = saved
        original = faulthandler.enable

        @functools.wraps(original)
        def enable(*args: Any, **kwargs: Any) -> None:
            original(*args, **kwargs)
            restore()

        faulthandler.enable = enable


def restore() -> None:
    """Put the saved wasmtime handlers back on top (faulthandler keeps them as its "previous" ones)."""
    if not _saved:
        return
    for sig, buf in _saved.items():
        # SAFETY: buf holds an action sigaction() itself returned, so it is a valid struct sigaction.
        libc.sigaction(sig, buf, None)

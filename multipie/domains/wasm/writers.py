"""Custom stdout/stderr writers of a WASI run whose exceptions fail the run instead of vanishing.

wasmtime-py calls a custom writer (``WasiConfig.stdout_custom``) from a ctypes callback that
prints "failed custom output" for an exception and fails the guest's write with ``EIO``: a
guest that ignores write errors (most do) ran on and the run returned 0. :class:`Writers`
wraps each writer: its first exception is kept, that write and every later one (to either
stream) fail with ``EIO`` without calling a writer again, and :meth:`Writers.check` raises
:class:`~multipie.errors.HostError` naming the exception (its ``__cause__``) when the run ends.
The guest is not stopped mid-run: the writer runs on a Wasmtime thread of its own, where the
guest's Store cannot be touched.

Wasmtime also *releases* a custom writer on one of its own (tokio) threads, shortly after the
run's Store is closed: wasmtime-py's finalizer then takes the GIL there. When that happened
while the interpreter was exiting (a script that ends right after a run with ``stdout=bytearray()``,
most of them under load), CPython ended the thread with ``pthread_exit``, whose forced unwind
through Wasmtime's frames printed "panic in a function that cannot unwind" and could abort the
exiting process. :meth:`Writers.settle` waits, bounded, for that release before a run returns.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from multipie.errors import HostError

if TYPE_CHECKING:
    import weakref

__all__ = ["SETTLE_SECONDS", "Writers"]

#: Longest :meth:`Writers.settle` waits for Wasmtime to release a run's writers (it takes ~0.2 ms).
SETTLE_SECONDS = 1.0


class Writers:
    """The custom writers of one run and the first exception one of them raised."""

    def __init__(self) -> None:
        self.failure: tuple[str, BaseException] | None = None
        self._handed: list[weakref.ref[Callable[[bytes], int | None]]] = []

    def wrap(self, which: str, write: Callable[[bytes], object]) -> Callable[[bytes], int | None]:
        """``write`` as wasmtime-py's custom output: ``None`` (all written) or ``-EIO`` once any writer failed."""

        def output(data: bytes) -> int | None:
            if self.failure is not None:
                return -errno.EIO
            try:
                write(data)
            except Exception as exc:  # noqa: BLE001 - kept and raised typed by check()
                self.failure = (which, exc)
                return -errno.EIO
            return None

        import weakref  # only runs with custom writers pay for it: the CLI's run path inherits stdio

        self._handed.append(weakref.ref(output))  # wasmtime-py's slot holds the only strong reference
        return output

    def settle(self, timeout: float = SETTLE_SECONDS) -> bool:
        """Wait until Wasmtime released every writer handed out (call it after closing the run's Store).

        Sleeps in small steps, so Wasmtime's thread can take the GIL to run the release; gives up after
        ``timeout`` seconds (a release still pending is harmless unless the process exits at once).
        Returns True when every writer was released.
        """
        deadline = time.monotonic() + timeout
        while any(ref() is not None for ref in self._handed):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.0002)
        self._handed.clear()
        return True

    def check(self, label: str) -> None:
        """Raise ``HostError`` (from the writer's exception) if a writer of the run failed."""
        if self.failure is None:
            return
        which, exc = self.failure
        self.failure = None
        raise HostError(
            f"{label}: the {which} writer raised {type(exc).__name__}: {exc} (the guest's writes failed from then on)",
            domain=label,
        ) from exc

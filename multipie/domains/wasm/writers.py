"""Custom stdout/stderr writers of a WASI run whose exceptions fail the run instead of vanishing.

wasmtime-py calls a custom writer (``WasiConfig.stdout_custom``) from a ctypes callback that
prints "failed custom output" for an exception and fails the guest's write with ``EIO``: a
guest that ignores write errors (most do) ran on and the run returned 0. :class:`Writers`
wraps each writer: its first exception is kept, that write and every later one (to either
stream) fail with ``EIO`` without calling a writer again, and :meth:`Writers.check` raises
:class:`~multipie.errors.HostError` naming the exception (its ``__cause__``) when the run ends.
The guest is not stopped mid-run: the writer runs on a Wasmtime thread of its own, where the
guest's Store cannot be touched.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from multipie.errors import HostError

__all__ = ["Writers"]


class Writers:
    """The custom writers of one run and the first exception one of them raised."""

    def __init__(self) -> None:
        self.failure: tuple[str, BaseException] | None = None

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

        return output

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

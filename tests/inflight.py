"""Tests where one thread acts while another is inside a guest call.

A sleep before "revoke while the call runs" proves nothing: the test passes whether or not the call had
started. Instead the guest signals that it is inside the call (a flag it writes to memory the test can
read, or a vCPU state), the test waits for that signal with :func:`wait_for`, acts, and then asserts the
call's outcome, which :class:`Call` hands back to the test thread. The only sleep is the poll interval:
a generous deadline turns a guest that never signals into a failure, never into a pass.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multipie.kvm.vcpu import Vcpu

#: How long a condition may take before the test fails (generous: the machine may be loaded).
DEADLINE = 60.0


def wait_for(cond: Callable[[], object], what: str, timeout: float = DEADLINE) -> None:
    """Poll ``cond`` until it is true; fail the test naming ``what`` if ``timeout`` seconds pass first."""
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, f"{what}: not reached within {timeout} s"
        time.sleep(0.001)


class Call(threading.Thread):
    """``fn(*args, **kwargs)`` in a daemon thread, started at once; :meth:`outcome` is its result or error."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(daemon=True)  # a call that never ends must not keep the test process alive
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._value: Any = None
        self.start()

    def run(self) -> None:
        try:
            self._value = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread by outcome()
            self._value = exc

    def outcome(self, timeout: float = DEADLINE) -> Any:
        """Wait for the call to end; returns what it returned, or the exception it raised."""
        self.join(timeout)
        assert not self.is_alive(), f"the call did not end within {timeout} s"
        return self._value


def signal_until_interrupted(vcpu: Vcpu, interrupted: threading.Event, call: Call) -> None:
    """Signal ``vcpu``'s thread (not a kick: ``immediate_exit`` untouched) until one signal stopped ``KVM_RUN``.

    A signal that lands while the thread runs Python code is handled there and stops nothing, so
    this repeats until the call loop saw the interruption (it sets ``interrupted``), then stops at once.
    """
    from multipie.kvm.vcpu import KICK_SIGNAL, VcpuState

    while not interrupted.is_set() and call.is_alive():
        thread = vcpu._thread
        if vcpu.state is VcpuState.RUNNING and thread is not None:
            signal.pthread_kill(thread, KICK_SIGNAL)
        interrupted.wait(0.005)

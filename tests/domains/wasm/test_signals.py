"""Python's faulthandler enabled after the runtime starts must not turn guest faults into process kills."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

# Run in a child interpreter: before the fix the guest overflow killed the whole process.
_CHILD = textwrap.dedent(
    """
    import ctypes, faulthandler, multipie
    rt = multipie.Runtime(cache_dir=None)
    svc = rt.load('(module (func $f (export "f") (param i64) (result i64)'
                  ' (i64.add (call $f (local.get 0)) (i64.const 1))))')
    faulthandler.enable()
    for _ in range(3):
        with svc.spawn() as d:
            try:
                d.call("f", 1)
            except multipie.Trap as e:
                print("typed", e.code.name, flush=True)
    ctypes.string_at(0)  # a real crash outside Wasm
    """
)


def _run(*flags: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    return subprocess.run([sys.executable, *flags, "-c", _CHILD], capture_output=True, text=True, env=env, timeout=120)


def test_faulthandler_enabled_after_runtime_keeps_guest_overflow_typed() -> None:
    p = _run()
    assert p.stdout.split("\n")[:3] == ["typed STACK_OVERFLOW"] * 3, (p.returncode, p.stderr[-2000:])
    # The later real segfault still kills the process with SIGSEGV (it is not swallowed or looped on).
    assert p.returncode == -signal.SIGSEGV, p.stderr[-2000:]


def test_faulthandler_enabled_before_runtime_still_dumps_real_crashes() -> None:
    p = _run("-X", "faulthandler")
    assert p.stdout.split("\n")[:3] == ["typed STACK_OVERFLOW"] * 3, (p.returncode, p.stderr[-2000:])
    assert p.returncode == -signal.SIGSEGV, p.stderr[-2000:]
    assert "Fatal Python error: Segmentation fault" in p.stderr

"""Custom stdout/stderr writers: the first exception is kept, later writes fail with EIO, the run fails typed."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

import multipie
from multipie.domains.wasm.writers import Writers


class _BrokenWriter:
    """A binary writer that fails on its first write (a closed pipe, a full disk)."""

    def __init__(self) -> None:
        self.calls = 0

    def write(self, data: bytes) -> None:
        self.calls += 1
        raise OSError(28, "No space left on device")


def test_writes_pass_through_until_one_writer_fails() -> None:
    got: list[bytes] = []
    broken = _BrokenWriter()
    w = Writers()
    out, err = w.wrap("stdout", got.append), w.wrap("stderr", broken.write)
    assert out(b"one") is None and got == [b"one"]
    w.check("svc")  # nothing failed: no error
    assert err(b"two") == -errno.EIO
    assert out(b"three") == -errno.EIO and got == [b"one"]  # every later write fails, either stream
    assert err(b"four") == -errno.EIO and broken.calls == 1  # the broken writer is not called again
    with pytest.raises(multipie.HostError, match="svc: the stderr writer raised OSError") as info:
        w.check("svc")
    assert isinstance(info.value.__cause__, OSError)
    w.check("svc")  # raised once


def test_a_base_exception_is_not_kept() -> None:
    # A Ctrl-C in a writer is the interrupt machinery's to deliver, not a writer failure.
    def ctrl_c(data: bytes) -> None:
        raise KeyboardInterrupt

    w = Writers()
    with pytest.raises(KeyboardInterrupt):
        w.wrap("stdout", ctrl_c)(b"x")
    w.check("svc")


@pytest.fixture
def hello(rt: multipie.Runtime, guests: Path) -> multipie.Service:
    return rt.load(guests / "c" / "hello.wasm")


def test_a_failing_custom_writer_fails_the_run_typed(rt: multipie.Runtime, hello: multipie.Service) -> None:
    # Before, wasmtime-py printed "failed custom output" and the run returned 0.
    out = _BrokenWriter()
    with pytest.raises(multipie.HostError, match="stdout writer raised OSError.*No space left") as info:
        rt.run_command(hello, ["one", "two"], stdout=out)
    assert isinstance(info.value.__cause__, OSError)
    assert out.calls == 1  # later writes fail with EIO without calling the broken writer again
    err = _BrokenWriter()
    with pytest.raises(multipie.HostError, match="stderr writer"):
        rt.run_command(hello, ["--cat", "/etc/passwd"], stdout=bytearray(), stderr=err)
    assert rt.run_command(hello, ["--exit", "7"], stdout=bytearray()) == 7  # the runtime keeps working


def test_settle_waits_until_every_handed_writer_is_released() -> None:
    w = Writers()
    out = w.wrap("stdout", bytearray().extend)
    assert w.settle(timeout=0.01) is False  # still held (by Wasmtime, in a run)
    del out
    assert w.settle(timeout=0.01) is True


EXIT_RIGHT_AFTER_A_RUN = """
import sys, multipie
rt = multipie.Runtime(cache_dir=None)
out = bytearray()
rc = rt.run_command(sys.argv[1], [], stdout=out)
print(rc, len(out))
"""


def test_a_script_ending_right_after_a_captured_run_exits_cleanly(guests: Path) -> None:
    # Before: "thread 'tokio-rt-worker' panicked ... panic in a function that cannot unwind" on stderr at
    # exit (CPython's pthread_exit of a thread taking the GIL while finalizing), most runs under load.
    for _ in range(3):
        p = subprocess.run(
            [sys.executable, "-c", EXIT_RIGHT_AFTER_A_RUN, str(guests / "c" / "hello.wasm")],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert p.returncode == 0 and "panic" not in p.stderr, p.stderr
        assert p.stdout.split()[0] == "0"

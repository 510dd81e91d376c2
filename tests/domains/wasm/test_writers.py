"""Custom stdout/stderr writers: the first exception is kept, later writes fail with EIO, the run fails typed."""

from __future__ import annotations

import errno
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

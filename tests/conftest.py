"""Shared fixtures: built guests and a fresh Runtime per test."""

from __future__ import annotations

import gc
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

import multipie
from multipie.domains.wasm import fastpath
from multipie.toolchain import build_tree

#: Fixtures used by tests in several folders (the capability tests' callee and client guests).
pytest_plugins = ["tests.sharinghelpers"]

ROOT = Path(__file__).resolve().parent.parent
GUEST_SRC = ROOT / "guest"
GUEST_OUT = ROOT / "build" / "guest"

HAS_KVM = os.access("/dev/kvm", os.R_OK | os.W_OK)
IS_ROOT = os.geteuid() == 0
needs_kvm = pytest.mark.skipif(not HAS_KVM, reason="needs read/write access to /dev/kvm (KVM not available here)")
needs_root = pytest.mark.skipif(not IS_ROOT, reason="needs root")


# A suite started in the background of a non-interactive shell (`make test &`, nohup) inherits SIGINT
# ignored, and Python then installs no KeyboardInterrupt handler: the Ctrl-C tests would wait for ever
# on a guest nothing stops. Give the suite (and, through exec, its child processes) Python's own.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

_NATIVE, _WHY = fastpath.native_available()


@pytest.fixture(
    params=[
        pytest.param("native", marks=pytest.mark.skipif(not _NATIVE, reason=f"native fast path unavailable: {_WHY}")),
        "python",
    ]
)
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each Wasm call path in turn: the native fast path (when built) and the pure-Python one."""
    prev = fastpath.use_native(request.param == "native")
    yield str(request.param)
    fastpath.use_native(prev)


@pytest.fixture(scope="session")
def guests() -> Path:
    """Directory of built guests (built from source if `make guests` has not run)."""
    build_tree(GUEST_SRC, GUEST_OUT, verbose=False)
    return GUEST_OUT


@pytest.fixture
def rt(tmp_path: Path) -> Iterator[multipie.Runtime]:
    """A Runtime with its own artefact cache, closed after the test."""
    runtime = multipie.Runtime(cache_dir=tmp_path / "cache")
    yield runtime
    runtime.close()


def run_cli(capture: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``multipie ARGV`` in-process; returns (exit code, stdout, stderr) from ``capture``."""
    from multipie.cli import main

    code = 0
    try:
        main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capture.readouterr()
    return code, out, err


def kvm_fds() -> int:
    """Open fds of this process that are KVM VMs or vCPUs (what a pooled machine holds), garbage collected first."""
    from fuzz.harness import fd_targets

    gc.collect()  # machines an earlier test dropped close now, not in the middle of the caller's count
    return sum(n for target, n in fd_targets().items() if target.startswith("anon_inode:kvm"))

"""Runs ``cluster_cases.py`` (the cases on a local multi-node Ray cluster) in a process of its own.

A process that has called ``ray.init`` cannot run Wasm guests that trap any more (Ray's native
signal handling turns Wasmtime's trap into a fatal SIGILL), so the driver of the test cluster
must not be the pytest process that goes on to run every other test.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.slow
def test_cluster_cases_in_their_own_process() -> None:
    if importlib.util.find_spec("ray") is None:
        pytest.skip("Ray is not installed: pip install 'multipie[ray]' (make test does)")
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(HERE / "cluster_cases.py")]
    proc = subprocess.run(cmd, cwd=HERE.parent.parent, capture_output=True, text=True, timeout=900)
    tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-60:])
    assert proc.returncode == 0, tail
    assert " passed" in tail and "skipped" not in tail.splitlines()[-1], tail

"""Fixtures for legacy programs: the built musl test programs, busybox, and a skip without the KVM layer."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import multipie
from tests.conftest import HAS_KVM

HAS_VIRTINE = importlib.util.find_spec("multipie.domains.virtine") is not None
BUSYBOX = shutil.which("busybox") or "/bin/busybox"

#: Tests that run programs in a VM.
needs_vm = pytest.mark.skipif(
    not (HAS_KVM and HAS_VIRTINE),
    reason="needs /dev/kvm and the virtine KVM layer (multipie.domains.virtine)",
)
needs_busybox = pytest.mark.skipif(not Path(BUSYBOX).exists(), reason="busybox-static is not installed")
#: The start of a python3 script run natively and in a virtine: ``tryit(name, f)`` prints ``f()`` or its errno's name.
TRYIT = """
import errno, termios
def tryit(name, f):
    try:
        print(name, f())
    except OSError as e:
        print(name, errno.errorcode[e.errno])
    except termios.error as e:
        print(name, errno.errorcode[e.args[0]])
"""

PYTHON3 = "/usr/bin/python3"


def python3_natively(script: str, *args: str, cwd: str | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python3 -c script args`` run natively with an empty environment, as the virtine's runs are."""
    return subprocess.run([PYTHON3, "-c", script, *args], capture_output=True, env={}, cwd=cwd, check=True)


def python3_rounds(rt: multipie.Runtime, script: str, rounds: str = "12", **run: Any) -> tuple[bytes, bytes, Any]:
    """``python3 -c script n`` for each ``n`` of ``rounds`` in one pooled domain (the first run takes the warm state),
    each exiting 0; returns the last run's stdout, stderr and :class:`~multipie.domains.legacy.stats.RunStats`."""
    with rt.load(PYTHON3).spawn(timeout=60) as d:
        for n in rounds:
            out, err = bytearray(), bytearray()
            assert d.run(["-c", script, n], stdout=out, stderr=err, **run) == 0, err
        return bytes(out), bytes(err), d.stats


@pytest.fixture(scope="session")
def programs(guests: Path) -> Path:
    """Directory of the static musl test programs (``guest/legacy/programs``)."""
    return guests / "legacy" / "programs"

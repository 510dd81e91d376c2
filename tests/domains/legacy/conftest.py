"""Fixtures for legacy programs: the built musl test programs, busybox, and a skip without the KVM layer."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def programs(guests: Path) -> Path:
    """Directory of the static musl test programs (``guest/legacy/programs``)."""
    return guests / "legacy" / "programs"

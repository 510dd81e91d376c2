"""A third-party suite both ways: gnulib's tests of POSIX functions (``guest/legacy/gnulib``), native vs virtine.

Each test exits 0 natively; in a virtine it must too, unless ``KNOWN["gnulib:test-NAME"]`` gives the reason
it cannot (an entry for a test that passes fails, so the table stays exact). The tests in ``SLOW`` (seconds
natively: an ``alarm`` interrupting a sleep, ``system``) run only with ``MULTIPIE_CONFORMANCE_ALL=1``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import multipie
from multipie.errors import Timeout
from tests.conformance import suite
from tests.conformance.known import KNOWN
from tests.domains.legacy.conftest import needs_vm

_GNULIB = suite.build_module(suite.ROOT / "guest" / "legacy" / "gnulib")
ALL = os.environ.get("MULTIPIE_CONFORMANCE_ALL") == "1"
NAMES = sorted(n for n in _GNULIB.TESTS if ALL or n not in _GNULIB.SLOW)


@needs_vm
@pytest.mark.parametrize("name", NAMES)
def test_gnulib_test_passes_in_a_virtine(guests: Path, tmp_path: Path, name: str) -> None:
    exe_src = guests / "legacy" / "gnulib" / f"test-{name}"
    if not exe_src.exists():
        pytest.skip(f"{exe_src.name} not built: Debian's gnulib package is not installed (scripts/sysdeps.sh)")
    work = tmp_path / "work"
    exe = Path(shutil.copy2(exe_src, suite.fresh_dir(work)))  # run as ./test-NAME: some re-execute themselves so
    native = suite.run_native(exe, work)
    assert native.code == 0, f"fails natively too: {native.other}"
    rt = multipie.Runtime(cache_dir=None)
    try:
        suite.fresh_dir(work)
        virtine = suite.run_virtine(rt, Path(shutil.copy2(exe_src, work)), work, timeout=5.0 if ALL else 30.0)
        code, why = virtine.code, virtine.other
    except Timeout as exc:
        code, why = -1, [str(exc)]
    finally:
        rt.close()
    key = f"gnulib:test-{name}"
    if key in KNOWN:
        assert code != 0, f"{key} passes now: remove it from KNOWN"
    else:
        assert code == 0, f"{exe.name} fails in a virtine (fix it, or add {key!r} to KNOWN with the reason): {why}"

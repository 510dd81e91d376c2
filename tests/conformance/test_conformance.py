"""The syscall conformance suite, run natively and in a virtine: the outputs must match case by case.

One test per (variant, program) of ``guest/legacy/conformance/``. A case may differ only when
:data:`tests.conformance.known.KNOWN` says why; an entry whose case matches again fails the test too,
so the table stays exact. A native ``FAIL`` is a bug in the suite (its expectation is not Linux's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.errors import InvalidModule
from tests.conformance import suite
from tests.conformance.known import KNOWN
from tests.domains.legacy.conftest import needs_vm


def _check(program: str, native: suite.Outcome, virtine: suite.Outcome) -> None:
    assert native.code == 0 and "end" in native.cases, f"native run did not finish: {native}"
    assert not native.failures, f"the suite's expectation is wrong on Linux itself: {native.failures}"
    cmp = suite.compare(program, native, virtine, KNOWN)
    report = [f"{case}: native {a!r}, virtine {b!r}" for case, (a, b) in cmp.diverging.items()]
    assert not report, f"{program}: virtine differs (fix it, or add `{program}:CASE` to KNOWN with a reason):\n" + (
        "\n".join(report)
    )
    assert not cmp.stale, f"KNOWN entries that match again (remove them): {cmp.stale}"
    assert not cmp.missing, f"cases only one side printed (a crash or an early exit?): {cmp.missing}"
    assert virtine.code == native.code, f"exit status {virtine.code} vs native {native.code}: {virtine.other}"


@needs_vm
@pytest.mark.parametrize("variant", suite.VARIANTS)
@pytest.mark.parametrize("program", suite.PROGRAMS)
def test_program_matches_native(guests: Path, tmp_path: Path, variant: str, program: str) -> None:
    exe = guests / "legacy" / "conformance" / variant / program
    work = tmp_path / "work"
    native = suite.run_native(exe, suite.fresh_dir(work))
    rt = multipie.Runtime(cache_dir=None)
    try:
        virtine = suite.run_virtine(rt, exe, suite.fresh_dir(work))
    except InvalidModule as exc:
        if "PT_INTERP" not in str(exc):
            raise
        assert not native.failures, f"the suite's expectation is wrong on Linux itself: {native.failures}"
        pytest.skip(f"{variant}: dynamic executables do not load in a virtine yet ({exc})")
    finally:
        rt.close()
    _check(program, native, virtine)


def test_compare_flags_divergence_and_stale_entries() -> None:
    nat = suite.Outcome.parse(0, b"a: ok\nb: ok\nc: ok\nend: 0 failures\n")
    vir = suite.Outcome.parse(0, b"a: ok\nb: FAIL got=-1 errno=ENOSYS\nend: 1 failures\n")
    cmp = suite.compare("p", nat, vir, {"p:a": "stale reason"})
    assert cmp.diverging == {"b": ("ok", "FAIL got=-1 errno=ENOSYS")}
    assert cmp.stale == ["p:a"]
    assert cmp.missing == ["c"]
    assert suite.compare("p", nat, nat, {"p:b": "reason"}).stale == ["p:b"]
    assert vir.failures == {"b": "FAIL got=-1 errno=ENOSYS"}

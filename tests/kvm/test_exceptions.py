"""The one table of CPU exceptions (multipie.kvm.exceptions), and the same fault reading the same in both kinds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import multipie
from multipie.errors import Trap, TrapCode
from multipie.kvm import exceptions
from multipie.kvm.exceptions import EXCEPTIONS, describe, rip_offset, trap
from tests.conftest import needs_kvm

#: Vectors that push an error code (Intel SDM vol. 3, table 6-1).
ERROR_CODE_VECTORS = {8, 10, 11, 12, 13, 14, 17, 21, 29, 30}


def test_every_vector_has_a_name_and_a_cause() -> None:
    assert [e.vector for e in EXCEPTIONS] == list(range(32))
    for e in EXCEPTIONS:
        assert e.name and e.mnemonic and isinstance(e.code, TrapCode)
        assert e.error_code == (e.vector in ERROR_CODE_VECTORS)
        assert rip_offset(e.vector) == (8 if e.vector in ERROR_CODE_VECTORS else 0)
    assert len({e.name for e in EXCEPTIONS}) == 32


@pytest.mark.parametrize(
    ("vector", "code"),
    [
        (0, TrapCode.INTEGER_DIVISION_BY_ZERO),
        (6, TrapCode.ILLEGAL_INSTRUCTION),
        (10, TrapCode.GENERAL_PROTECTION),
        (11, TrapCode.GENERAL_PROTECTION),
        (12, TrapCode.GENERAL_PROTECTION),
        (13, TrapCode.GENERAL_PROTECTION),
        (14, TrapCode.PAGE_FAULT),
        (17, TrapCode.HEAP_MISALIGNED),
        (18, TrapCode.BAD_EXIT),
    ],
)
def test_causes(vector: int, code: TrapCode) -> None:
    assert trap(vector).code is code


def test_describe() -> None:
    assert describe(13, rip=0x401000) == "general protection (CPU exception 13) at rip 0x401000"
    assert describe(14, rip=0x10, address=8) == (
        "page fault (CPU exception 14): segmentation fault on null pointer 0x8 at rip 0x10"
    )
    assert "unmapped or protected address 0x7000" in describe(14, address=0x7000)
    assert describe(99) == "vector 99" and trap(-1).code is TrapCode.BAD_EXIT


# -- the same fault in a virtine and in a legacy program ----------------------------------------

_FAULT_TEXT = re.compile(
    r"[a-z ]+ \(CPU exception \d+\)(?:: segmentation fault on [a-z ]+ 0x[0-9a-f]+)?(?: at rip 0x[0-9a-f]+)?"
)


def _normalized(exc: BaseException) -> str:
    """The fault's own text with addresses blanked (the two guests fault at different addresses)."""
    m = _FAULT_TEXT.search(str(exc))
    assert m is not None, str(exc)
    return re.sub(r"0x[0-9a-f]+", "0x_", m.group(0).strip())


@needs_kvm
@pytest.mark.parametrize(
    ("virtine_entry", "args", "legacy_how", "mnemonic"),
    [
        ("null_read", (), "segv", "#PF"),
        ("halt", (), "hlt", "#GP"),
        ("illegal", (), "ud", "#UD"),
        ("divide", (1, 0), "div", "#DE"),
    ],
)
def test_same_fault_same_error_in_both_kinds(
    rt: multipie.Runtime, guests: Path, virtine_entry: str, args: tuple[int, ...], legacy_how: str, mnemonic: str
) -> None:
    expected = next(e for e in EXCEPTIONS if e.mnemonic == mnemonic)
    with rt.load(guests / "virtine" / "tests" / "faults.virtine").spawn(timeout=5) as d, pytest.raises(Trap) as v:
        d.call(virtine_entry, *args)
    program = rt.load(guests / "legacy" / "programs" / "faults")
    with program.spawn(timeout=5) as d, pytest.raises(Trap) as legacy:
        d.run([legacy_how])
    assert v.value.code is legacy.value.code is expected.code
    assert _normalized(v.value) == _normalized(legacy.value)
    assert f"{expected.name} (CPU exception {expected.vector})" in _normalized(v.value)
    assert exceptions.describe(expected.vector) in str(legacy.value)

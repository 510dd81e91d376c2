"""multipie.cfunctions (``from multipie import virtine``): C functions compiled into virtines, on /dev/kvm."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie import virtine
from multipie.errors import InvalidModule, Timeout, Trap, TrapCode
from tests.cfunctionsources import CHECKSUM, FIB
from tests.conftest import needs_kvm

pytestmark = needs_kvm


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_CACHE_DIR", str(tmp_path / "cache"))


def _py_checksum(data: bytes) -> int:
    s = 0
    for b in data:
        s = (s * 33 + b) & 0xFFFFFFFF
    return s


def test_compile_and_call(tmp_path: Path) -> None:
    fib = virtine.compile(FIB, "fib")
    assert fib(20) == 6765
    assert [fib(n) for n in range(8)] == [0, 1, 1, 2, 3, 5, 8, 13]
    assert list((tmp_path / "cache" / "virtine").glob("*.virtine"))  # cached by source hash
    again = virtine.compile(FIB, "fib")
    assert again(10) == 55


def test_decorator_maps_a_typed_signature() -> None:
    @virtine.c(CHECKSUM, timeout=0.5)
    def checksum(buf: bytes) -> int: ...

    data = b"the quick brown fox" * 50
    assert checksum(data) == _py_checksum(data)
    assert checksum.nargs == 1

    @virtine.c(CHECKSUM)
    def rot13(buf: bytearray) -> int: ...

    text = bytearray(b"hello")
    assert rot13(text) == 5 and text == b"uryyb"

    @virtine.c(CHECKSUM)
    def mean(a: float, b: float) -> float: ...

    assert mean(1.0, 2.0) == 1.5


def test_timeout_and_faults_then_it_works_again() -> None:
    forever = virtine.compile(CHECKSUM, "forever", timeout=0.1)
    with pytest.raises(Timeout):
        forever(1)
    with pytest.raises(Timeout):
        forever(2)
    crash = virtine.compile(CHECKSUM, "crash")
    with pytest.raises(Trap) as info:
        crash(0)
    assert info.value.code is TrapCode.PAGE_FAULT
    assert crash(0x10000) != 0  # reads its own code: fine


def test_bad_source_and_bad_signature() -> None:
    with pytest.raises(InvalidModule, match="compilation failed"):
        virtine.compile("VIRTINE int f( {", "f")
    with pytest.raises(InvalidModule, match="VIRTINE"):
        virtine.compile("int f(void) { return 1; }", "f")
    with pytest.raises(multipie.UsageError):

        @virtine.c(CHECKSUM)
        def checksum(buf: bytes, extra: int, more: int) -> int: ...


def test_argument_errors_use_the_one_format() -> None:
    @virtine.c(CHECKSUM)
    def checksum(buf: bytes) -> int: ...

    with pytest.raises(multipie.ArgumentError, match=r"checksum: checksum\(ptr\) takes 1 argument, got 2$"):
        checksum(b"a", b"b")
    # before: len(5) raised TypeError while building the implicit length
    with pytest.raises(multipie.ArgumentError, match=r"checksum argument 0 \(ptr\) = 5: expected bytes, bytearray"):
        checksum(5)
    words = memoryview(bytearray(8)).cast("I")  # 2 items, 8 bytes: the implicit length is its size in bytes
    assert checksum(words) == _py_checksum(bytes(8))
    assert checksum(b"ok") == _py_checksum(b"ok")

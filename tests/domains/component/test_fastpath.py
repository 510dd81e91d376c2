"""The native component call path: same values, errors and faults as the Python path it falls back to."""

from __future__ import annotations

import enum
import math
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import multipie
from multipie.domains.component import fastpath
from multipie.domains.component.service import ComponentService
from multipie.domains.wasm import fastpath as wasm_fastpath
from multipie.errors import TrapCode

NATIVE = fastpath.native()
needs_native = pytest.mark.skipif(NATIVE is None, reason="multipie._fastcall is not built")


@pytest.fixture
def flat(rt: multipie.Runtime, components: Path) -> ComponentService:
    """The flat test component: identity exports for every type the native path converts."""
    svc = rt.load(components / "flat.wasm")
    assert isinstance(svc, ComponentService)
    return svc


@pytest.fixture
def both(flat: ComponentService) -> Iterator[tuple[multipie.Domain, multipie.Domain]]:
    """(a domain on the native path, one on the Python path) of the flat component."""
    fast = flat.spawn()
    prev = wasm_fastpath.use_native(False)
    try:
        slow = flat.spawn()
    finally:
        wasm_fastpath.use_native(prev)
    yield fast, slow
    fast.close()
    slow.close()


def _outcome(d: multipie.Domain, name: str, *args: Any) -> tuple[str, Any]:
    """What a call gave: ("ok", value) or (error class, message with the domain's label taken out)."""
    try:
        return "ok", d.call(name, *args)
    except multipie.MultipieError as exc:
        return type(exc).__name__, str(exc).replace(d.label, "D")


CASES = [
    ("id-bool", [True, False]),
    ("id-s8", [-128, 0, 127]),
    ("id-u8", [0, 255]),
    ("id-s16", [-32768, 32767]),
    ("id-u16", [0, 65535]),
    ("id-s32", [-(2**31), 2**31 - 1]),
    ("id-u32", [0, 2**32 - 1]),
    ("id-s64", [-(2**63), 2**63 - 1]),
    ("id-u64", [0, 2**63, 2**64 - 1]),
    ("id-f32", [1.5, -0.0, 3, math.inf]),
    ("id-f64", [-0.25, 1e300, 7, -math.inf]),
    ("id-char", ["a", "é", "😀"]),
    ("id-string", ["", "hello", "héllo 😀", "x" * 100_000]),
    ("id-bytes", [b"", b"\x00\xff", bytes(range(256)) * 40]),
]


@needs_native
def test_flat_exports_take_the_native_path(both: tuple[multipie.Domain, multipie.Domain]) -> None:
    fast, slow = both
    for name, _ in CASES:
        assert isinstance(fast.export(name), NATIVE.CompCall), name
        assert not isinstance(slow.export(name), NATIVE.CompCall), name
    assert isinstance(fast.export("nothing"), NATIVE.CompCall)


@pytest.mark.parametrize(("name", "values"), CASES, ids=[c[0] for c in CASES])
def test_values_round_trip_as_on_the_python_path(
    both: tuple[multipie.Domain, multipie.Domain], name: str, values: list[Any]
) -> None:
    fast, slow = both
    for v in values:
        got = fast.call(name, v)
        assert got == slow.call(name, v) == (float(v) if name.endswith(("f32", "f64")) else v)
        assert type(got) is type(slow.call(name, v))


def test_nan_and_float_rounding(both: tuple[multipie.Domain, multipie.Domain]) -> None:
    fast, slow = both
    assert math.isnan(fast.call("id-f64", math.nan)) and math.isnan(slow.call("id-f64", math.nan))
    assert fast.call("id-f32", 0.1) == slow.call("id-f32", 0.1) != 0.1  # rounded to f32 both ways
    assert fast.call("id-f32", 1e300) == slow.call("id-f32", 1e300) == math.inf


def test_several_parameters(both: tuple[multipie.Domain, multipie.Domain]) -> None:
    fast, slow = both
    args = (True, -5, 65535, -(2**40), 1.5, 2.25, "x", "mixed ✓")
    assert fast.call("mix", *args) == slow.call("mix", *args) == "mixed ✓"
    assert fast.call("nothing") is None


class Small(enum.IntEnum):
    ONE = 1


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("id-u32", ()),  # arity
        ("id-u32", (1, 2)),
        ("id-u32", (-1,)),  # range
        ("id-u32", (2**32,)),
        ("id-s8", (128,)),
        ("id-u64", (2**64,)),
        ("id-u64", (-1,)),
        ("id-s64", (2**63,)),
        ("id-u32", (True,)),  # a bool is no int
        ("id-u32", (1.0,)),
        ("id-u32", (Small.ONE,)),  # an int subclass: the Python path decides
        ("id-bool", (1,)),
        ("id-f64", (True,)),
        ("id-f64", ("1",)),
        ("id-f64", (10**400,)),
        ("id-char", ("ab",)),
        ("id-char", ("",)),
        ("id-char", ("\ud800",)),  # a surrogate is no Unicode scalar value (refused by both)
        ("id-string", (b"x",)),
        ("id-string", ("lone \udc80 surrogate",)),
        ("id-bytes", ("x",)),
        ("id-bytes", ([1, 2, 255],)),  # a list of ints: the Python path takes it
        ("id-bytes", (bytearray(b"ab"),)),
        ("id-bytes", ([1, 256],)),
    ],
)
def test_what_c_does_not_take_behaves_as_on_the_python_path(
    both: tuple[multipie.Domain, multipie.Domain], name: str, args: tuple[Any, ...]
) -> None:
    fast, slow = both
    try:
        expected = _outcome(slow, name, *args)
    except Exception as exc:  # noqa: BLE001 - whatever the Python path raises, the native path raises too
        with pytest.raises(type(exc)):
            fast.call(name, *args)
        return
    assert _outcome(fast, name, *args) == expected
    assert fast.is_open == slow.is_open


@needs_native
def test_faults_and_limits_on_the_native_path(typed: ComponentService) -> None:
    d = typed.spawn()
    assert isinstance(d.export("crash"), NATIVE.CompCall)
    with pytest.raises(multipie.Trap, match="unreachable") as info:
        d.call("crash")
    assert info.value.code is TrapCode.UNREACHABLE and not d.is_open
    with pytest.raises(multipie.DomainClosed, match="torn down after a fault"):
        d.call("add", 1, 2)

    d = typed.spawn(fuel=5_000)
    assert [d.call("add", i, 1) for i in range(3)] == [1, 2, 3]  # fuel is per call
    with pytest.raises(multipie.OutOfFuel):
        d.call("spin")
    assert not d.is_open

    d = typed.spawn(timeout=0.05)
    assert d.call("greet", "t") == "hello, t"  # a timed call that ends in time leaves the domain usable
    assert d.call("greet", "u") == "hello, u"
    with pytest.raises(multipie.Timeout, match="timeout of 0.05 s"):
        d.call("spin")
    assert not d.is_open


@needs_native
def test_a_kept_export_of_a_closed_domain_raises_domain_closed(typed: ComponentService) -> None:
    d = typed.spawn()
    greet = d.export("greet")
    assert greet("a") == "hello, a"
    d.close()
    with pytest.raises(multipie.DomainClosed):
        greet("b")


def test_threads_calling_one_domain_are_serialised(typed: ComponentService) -> None:
    d = typed.spawn()
    greet = d.export("greet")
    bad: list[object] = []

    def worker(tag: str) -> None:
        for i in range(300):
            got = greet(f"{tag}{i}")
            if got != f"hello, {tag}{i}":
                bad.append(got)

    threads = [threading.Thread(target=worker, args=(t,)) for t in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bad == []
    d.close()


def test_codes_cover_only_flat_types(typed: ComponentService) -> None:
    with typed.spawn() as d:
        assert fastpath.codes(*_types(d, "greet")) == ("s", "s")
        assert fastpath.codes(*_types(d, "add")) == ("II", "I")
        assert fastpath.codes(*_types(d, "crash")) == ("", "")
        assert fastpath.codes(*_types(d, "maybe-double")) == ("oI", "oI")
        assert fastpath.codes(*_types(d, "divide")) == ("II", "rIs")
        for name in ("swap", "sum", "pair", "classify", "toggle", "area"):
            assert fastpath.codes(*_types(d, name)) is None, name


def _types(d: multipie.Domain, name: str) -> tuple[tuple[Any, ...], Any]:
    sig = d.service.signature(name, d._lookup(name), d.store)  # type: ignore[attr-defined]
    return sig.param_types, sig.result_type


_CTRL_C = """
import signal, sys, threading, time, multipie
rt = multipie.Runtime(cache_dir=sys.argv[2])
svc = rt.load(sys.argv[1])
d = svc.spawn()
spin = d.export("spin")
main = threading.get_ident()
threading.Thread(target=lambda: (time.sleep(0.3), signal.pthread_kill(main, signal.SIGINT)), daemon=True).start()
try:
    spin()
except KeyboardInterrupt:
    print("KeyboardInterrupt", type(spin).__name__, flush=True)
print("still usable:", svc.spawn().call("add", 2, 3), flush=True)
"""


def test_ctrl_c_stops_a_native_call(components: Path, tmp_path: Path) -> None:
    """SIGINT ends a guest running in a native call with ``KeyboardInterrupt``; the runtime keeps working."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    argv = [sys.executable, "-c", _CTRL_C, str(components / "typed.wasm"), str(tmp_path)]
    r = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    expected = "CompCall" if NATIVE is not None else "function"
    assert r.stdout.splitlines() == [f"KeyboardInterrupt {expected}", "still usable: 5"], r.stderr


@pytest.fixture
def typed_both(typed: ComponentService) -> Iterator[tuple[multipie.Domain, multipie.Domain]]:
    """(native, Python path) domains of the typed component."""
    fast = typed.spawn()
    prev = wasm_fastpath.use_native(False)
    try:
        slow = typed.spawn()
    finally:
        wasm_fastpath.use_native(prev)
    yield fast, slow
    fast.close()
    slow.close()


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("maybe-double", (None,)),
        ("maybe-double", (21,)),
        ("maybe-double", (-1,)),  # the inner value refused: the Python path explains
        ("maybe-double", ("x",)),
        ("divide", (7, 2)),
        ("divide", (1, 0)),  # err: ResultError carrying the guest's string, the domain stays open
    ],
)
def test_options_and_results_of_flat_types(
    typed_both: tuple[multipie.Domain, multipie.Domain], name: str, args: tuple[Any, ...]
) -> None:
    fast, slow = typed_both
    if NATIVE is not None:
        assert isinstance(fast.export(name), NATIVE.CompCall)
    expected = _outcome(slow, name, *args)
    assert _outcome(fast, name, *args) == expected
    assert fast.is_open and slow.is_open


def test_a_result_error_carries_its_value(typed: ComponentService) -> None:
    with typed.spawn() as d:
        with pytest.raises(multipie.ResultError) as info:
            d.call("divide", 1, 0)
        assert info.value.value == "division by zero"
        assert d.call("divide", 9, 3) == 3

"""multipie.domains.wasm.hostfuncs: host functions as capabilities, native trampoline and Python fallback alike."""

from __future__ import annotations

import pytest
import wasmtime._func as wfunc

import multipie
from multipie.domains.wasm import hostfuncs
from multipie.errors import CapabilityRevoked, HostError, UsageError

CALLER = """(module
  (import "env" "f" (func $f (param i32 i32) (result i32)))
  (func (export "go") (param i32 i32) (result i32) local.get 0 local.get 1 call $f)
  (func (export "many") (param $n i32) (result i32) (local $s i32)
    (loop $l local.get $s local.get $n i32.const 1 call $f i32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n br_if $l) local.get $s))"""

WIDE = """(module
  (import "env" "g" (func $g (param i64 f32 f64) (result i64 f64)))
  (func (export "go") (param i64 f32 f64) (result i64 f64) local.get 0 local.get 1 local.get 2 call $g))"""


@pytest.fixture(params=["native", "fallback"])
def mode(request, monkeypatch) -> str:
    """Run each test on the C trampoline and on the pure-Python fallback."""
    if request.param == "native" and not hostfuncs.NATIVE:
        pytest.skip("multipie._hostcall is not built")
    monkeypatch.setattr(hostfuncs, "NATIVE", request.param == "native")
    return str(request.param)


def test_signature_from_hints(rt, mode) -> None:
    def f(a: int, b: int) -> int:
        return a * 100 + b

    d = rt.load(CALLER).spawn(grants={"env.f": rt.host_function(f)})
    assert d.call("go", 4, 2) == 402
    assert d.call("many", 10) == sum(n * 100 + 1 for n in range(1, 11))


def test_wide_types_explicit_and_annotated(rt, mode) -> None:
    def g(a: multipie.I64, b: multipie.F32, c: float) -> tuple[multipie.I64, float]:
        return a * 2, b + c

    d = rt.load(WIDE).spawn(grants={"env.g": rt.host_function(g)})
    assert d.call("go", 1 << 40, 0.5, 0.25) == (1 << 41, 0.75)
    h = rt.host_function(lambda a, b, c: (a, c), params=("i64", "f32", "f64"), results=("i64", "f64"))
    assert rt.load(WIDE).spawn(grants={"env.g": h}).call("go", -5, 1.0, 2.5) == (-5, 2.5)


def test_bad_signatures_are_usage_errors(rt) -> None:
    def no_hints(a, b):  # type: ignore[no-untyped-def]
        return 0

    def str_param(a: str) -> int:
        return 0

    with pytest.raises(UsageError, match="no type hint"):
        rt.host_function(no_hints)
    with pytest.raises(UsageError, match="no Wasm value type"):
        rt.host_function(str_param)
    with pytest.raises(UsageError, match="unknown value kind"):
        rt.host_function(lambda: 0, params=("i8",), results=())
    with pytest.raises(UsageError, match="callable"):
        rt.host_function(42)  # type: ignore[arg-type]


def test_type_mismatch_with_import_is_refused(rt) -> None:
    def f(a: int) -> int:
        return a

    with pytest.raises(multipie.CapabilityError, match=r"'env.f'.*i32,i32->i32.*i32->i32"):
        rt.load(CALLER).spawn(grants={"env.f": rt.host_function(f)})


def test_exception_becomes_host_error_in_the_caller(rt, mode) -> None:
    def boom(a: int, b: int) -> int:
        raise KeyError("missing thing")

    svc = rt.load(CALLER)
    d = svc.spawn(grants={"env.f": rt.host_function(boom)})
    with pytest.raises(HostError, match="KeyError") as info:
        d.call("go", 1, 2)
    assert isinstance(info.value.__cause__, KeyError)
    assert info.value.domain == d.label
    assert not d.is_open
    assert wfunc.LAST_EXCEPTION is None  # nothing left to surface in a later call

    def ok(a: int, b: int) -> int:
        return a + b

    assert svc.spawn(grants={"env.f": rt.host_function(ok)}).call("go", 1, 2) == 3


@pytest.mark.parametrize("bad", ["str", 1.5, 1 << 40, None])
def test_wrong_result_becomes_host_error(rt, mode, bad) -> None:
    d = rt.load(CALLER).spawn(
        grants={"env.f": rt.host_function(lambda a, b: bad, params=("i32", "i32"), results=("i32",))}
    )
    with pytest.raises(HostError) as info:
        d.call("go", 1, 2)
    assert isinstance(info.value.__cause__, (TypeError, OverflowError))


def test_revoked_host_function_traps_as_revoked(rt, mode) -> None:
    calls: list[int] = []

    def f(a: int, b: int) -> int:
        calls.append(a)
        return 0

    cap = rt.host_function(f)
    child = cap.forward()
    svc = rt.load(CALLER)
    d1 = svc.spawn(grants={"env.f": cap})
    d2 = svc.spawn(grants={"env.f": child})
    d1.call("go", 1, 1)
    cap.revoke()
    for d in (d1, d2):
        with pytest.raises(CapabilityRevoked):
            d.call("go", 2, 2)
    assert calls == [1]


def test_host_function_can_use_a_region_without_copies(rt, mode) -> None:
    region = rt.region(1 << 16)
    seen: list[bytes] = []

    def consume(ptr: int, n: int) -> int:
        buf = region.buffer(ptr, n)
        seen.append(buf.read())
        buf.write(b"OK")
        return n

    wat = """(module (import "env" "consume" (func $c (param i32 i32) (result i32))) (import "env" "buf" (memory 1))
      (func (export "go") (result i32) i32.const 0 i32.const 0x64636261 i32.store 0 i32.const 0 i32.const 4 call $c))"""
    d = rt.load(wat).spawn(grants={"env.consume": rt.host_function(consume), "env.buf": region.capability()})
    assert d.call("go") == 4
    assert seen == [b"abcd"] and bytes(region.view[:4]) == b"OKcd"

"""Component host functions converted in C (multipie._comphost): values both ways, failures kept, limits checked.

The proxy world's own functions (bytes, resources, variants, options, lists of tuples) are
exercised through the HTTP handler's tests (tests/domains/component/test_http*.py,
tests/app/test_proxy.py), which now run on this path; here the ``caller`` component's imports
are defined directly, so each conversion and failure is seen at the host function.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import wasmtime
from wasmtime import component as wc

from multipie.domains.wasm._capi import component_native
from multipie.domains.wasm._capi.component_funcs import take_failure
from multipie.toolchain import build_tree
from tests.conftest import GUEST_OUT, GUEST_SRC

TICK_MAX = (1 << 64) - 1


@pytest.fixture(scope="module")
def components() -> Path:
    out = GUEST_OUT / "component"
    build_tree(GUEST_SRC / "component", out, verbose=False)
    return Path(out)


def _instance(components: Path, funcs: dict[str, Callable[..., Any]]) -> tuple[wasmtime.Store, wc.Instance]:
    """The caller component with ``funcs`` (add, greet, divide, tick) defined by ``component_native.define_func``."""
    engine = wasmtime.Engine()
    linker = wc.Linker(engine)
    with linker.root() as root:
        component_native.define_func(root, "tick", funcs["tick"])
        with root.add_instance("multipie:caller/math") as math:
            for name in ("add", "greet", "divide"):
                component_native.define_func(math, name, funcs[name])
    store = wasmtime.Store(engine)
    comp = wc.Component.from_file(engine, str(components / "caller.wasm"))
    return store, linker.instantiate(store, comp)


def _call(store: wasmtime.Store, inst: wc.Instance, name: str, *args: Any) -> Any:
    func = inst.get_func(store, name)
    assert func is not None
    return func(store, *args)


def _funcs(**over: Callable[..., Any]) -> dict[str, Callable[..., Any]]:
    base: dict[str, Callable[..., Any]] = {
        "add": lambda ctx, a, b: a + b,
        "greet": lambda ctx, name: f"hi {name}",
        "divide": lambda ctx, a, b: wc.Variant("err", "by zero") if b == 0 else wc.Variant("ok", a // b),
        "tick": lambda ctx: TICK_MAX,
    }
    return {**base, **over}


def test_the_extension_is_built_so_the_proxy_world_uses_it() -> None:
    assert component_native.NATIVE


@pytest.fixture(params=["native", "ctypes"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of defining host functions: C conversion, and the ctypes fallback (``MULTIPIE_COMPHOST=0``)."""
    if request.param == "ctypes":
        monkeypatch.setattr(component_native, "_PTRS", None)
    return str(request.param)


def test_integers_strings_and_results_cross_both_ways(components: Path, path: str) -> None:
    seen: list[Any] = []

    def add(ctx: Any, a: int, b: int) -> int:
        seen.append((ctx, a, b))
        return a + b

    store, inst = _instance(components, _funcs(add=add))
    assert _call(store, inst, "add-via", -7, 3) == -3  # the guest adds one
    assert [x[1:] for x in seen] == [(-7, 3)]  # signed values arrive signed
    if path == "native":
        assert seen[0][0] is None  # no store context: the proxy world keeps its state in the request's table
    assert _call(store, inst, "greet-via", "wörld ✓") == "hi wörld ✓"
    assert _call(store, inst, "tick-n", 3) == TICK_MAX
    assert _call(store, inst, "divide-via", 7, 2) == 3


def test_an_err_result_reaches_the_guest_as_err(components: Path) -> None:
    store, inst = _instance(components, _funcs())
    func = inst.get_func(store, "divide-via")
    assert func is not None
    ty = func.type(store).result
    assert isinstance(ty, wc.ResultType)
    out = func(store, 1, 0)
    # wasmtime-py gives an err payload as the value (untagged when the cases' types differ)
    assert out == "by zero" or getattr(out, "payload", None) == "by zero"


@pytest.mark.parametrize(
    ("result", "error"),
    [
        (1 << 40, OverflowError),  # does not fit s32
        ("3", TypeError),  # not an int
    ],
)
def test_a_result_that_does_not_fit_fails_the_guest_call_and_is_kept(
    components: Path, result: Any, error: type[Exception]
) -> None:
    store, inst = _instance(components, _funcs(add=lambda ctx, a, b: result))
    with pytest.raises(Exception, match="fit|int"):
        _call(store, inst, "add-via", 1, 2)
    assert isinstance(take_failure(), error)
    assert take_failure() is None


def test_a_raising_host_function_fails_the_guest_call_with_its_text_and_keeps_the_exception(
    components: Path, path: str
) -> None:
    def greet(ctx: Any, name: str) -> str:
        raise LookupError(f"no greeting for {name}")

    store, inst = _instance(components, _funcs(greet=greet))
    with pytest.raises(Exception, match="no greeting for bob"):
        _call(store, inst, "greet-via", "bob")
    exc = take_failure()
    assert isinstance(exc, LookupError) and exc.__traceback__ is not None
    # the instance is poisoned by the trap (the component model's rule); the linker still serves others
    store, inst = _instance(components, _funcs())
    assert _call(store, inst, "add-via", 1, 1) == 3


def test_a_wrong_variant_case_is_refused(components: Path) -> None:
    store, inst = _instance(components, _funcs(divide=lambda ctx, a, b: wc.Variant("maybe", 1)))
    with pytest.raises(Exception, match="maybe"):
        _call(store, inst, "divide-via", 1, 1)
    assert isinstance(take_failure(), ValueError)


def test_many_calls_do_not_leak_references(components: Path) -> None:
    import sys

    name = "x" * 100
    store, inst = _instance(components, _funcs())
    before = sys.getrefcount(name)
    for _ in range(200):
        _call(store, inst, "greet-via", name)
    assert sys.getrefcount(name) - before < 5


def test_the_proxy_world_answers_the_same_on_both_paths(components: Path, path: str, tmp_path: Path) -> None:
    import multipie
    from multipie.domains.component.http import serve
    from tests.domains.component.httpsink import request

    data = bytes(range(256)) * 300
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
        svc = rt.load(components / "http.wasm")  # a new runtime: its linker is built on this path
        req, sink = request("/e", method="POST", headers=[(b"x-a", b"1")], timeout=30)
        req.body.feed(data)
        req.body.end()
        serve(svc, req, memory_limit=None, fuel=None, timeout=30)  # type: ignore[arg-type]
    assert sink.head[0] == 200 and (b"1" in [v for k, v in sink.head[1] if k == "x-a"])
    assert sink.body_bytes == data


#: Without the C extension (MULTIPIE_COMPHOST=0), a host resource whose destructor raises
#: KeyboardInterrupt, dropped by the guest (argv: the component text).
_RESOURCE_CHILD = """
import sys
import wasmtime
from wasmtime import component as wc
from multipie.domains.wasm._capi import component_native
from multipie.domains.wasm._capi.raw import SIGINT_MARK

def dtor(store, rep):
    if rep == 14:
        raise KeyboardInterrupt
engine = wasmtime.Engine()
comp = wc.Component(engine, sys.argv[1])
for rep in (14, 7):
    linker = wc.Linker(engine)
    with linker.root() as root:
        component_native.add_resource(root, "r", 5, dtor)
    store = wasmtime.Store(engine)
    consume = linker.instantiate(store, comp).get_func(store, "consume")
    try:
        print(rep, consume(store, wc.ResourceHost.own(rep, 5)))
    except wasmtime.WasmtimeError as exc:
        print(rep, "sigint" if SIGINT_MARK in str(exc) else str(exc))
"""


def test_a_ctrl_c_in_a_resource_destructor_fails_the_call_not_the_process_without_the_extension() -> None:
    # Before, the fallback used wasmtime-py's add_resource, whose destructor trampoline keeps only
    # Exception: the KeyboardInterrupt crossed the ctypes boundary and the process segfaulted. In
    # a child, so a crash fails this test instead of ending pytest.
    import os
    import subprocess
    import sys

    from tests.domains.wasm._capi.test_component_host import DROP

    env = {**os.environ, "MULTIPIE_COMPHOST": "0"}
    out = subprocess.run(
        [sys.executable, "-c", _RESOURCE_CHILD, DROP], capture_output=True, text=True, timeout=300, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines() == ["14 sigint", "7 None"], out.stdout + out.stderr

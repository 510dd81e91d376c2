"""Host functions of component linkers: bulk list<u8> both ways, resources as reps, failures surfaced."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import multipie
from multipie.domains.component import http_types
from multipie.domains.component.http import serve
from multipie.domains.component.service import ComponentService
from multipie.domains.wasm._capi.component_funcs import take_failure
from multipie.errors import Trap
from multipie.toolchain import build_tree
from tests.conftest import GUEST_OUT, GUEST_SRC
from tests.domains.component.httpsink import request, run
from tests.inflight import Call


@pytest.fixture
def handler(rt: multipie.Runtime) -> ComponentService:
    out = GUEST_OUT / "component"
    build_tree(GUEST_SRC / "component", out, verbose=False)
    svc = rt.load(Path(out) / "http.wasm")
    assert isinstance(svc, ComponentService)
    return svc


def test_bytes_cross_nested_in_results_and_as_arguments_unchanged(handler: ComponentService) -> None:
    # blocking-read returns result<list<u8>, stream-error>; write takes list<u8>: every byte value,
    # chunk sizes that are not multiples of anything.
    data = bytes(range(256)) * 700 + b"\x00\xff"
    req, sink = request("/e", method="POST", timeout=60)
    for i in range(0, len(data), 65_521):
        req.body.feed(data[i : i + 65_521])
    req.body.end()
    serve(handler, req, memory_limit=None, fuel=None, timeout=60)
    assert sink.body_bytes == data


def test_a_host_function_failure_fails_the_guest_call_and_is_kept_for_the_caller(
    handler: ComponentService, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken(http_types.IncomingRequest):
        @property  # type: ignore[override]
        def path(self) -> str:
            raise LookupError("no path today")

        @path.setter
        def path(self, value: str) -> None:
            pass

    req, _ = request("/e")
    req.body.end()
    req.request.__class__ = Broken
    with pytest.raises(Trap, match="no path today"):
        serve(handler, req, memory_limit=None, fuel=None, timeout=10)
    assert take_failure() is None  # serve took it (to tell host timeouts apart); cleared for the next call


def test_take_failure_is_empty_without_one() -> None:
    assert take_failure() is None


def test_threads_calling_a_new_host_function_at_once_both_get_its_converters(
    handler: ComponentService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two requests' first host call builds the converters at the same moment: both must be served.

    (The converters were appended to a shared list: two builders left four entries and every
    later call of that function trapped with "too many values to unpack".)
    """
    from multipie.domains.wasm._capi import component_funcs

    build = component_funcs._converters
    both_inside = threading.Barrier(2, timeout=30)
    first = iter(range(2))

    def racing(ty_raw: object) -> object:
        if next(first, None) is not None:  # the first two builds wait for each other
            both_inside.wait()
        return build(ty_raw)

    monkeypatch.setattr(component_funcs, "_converters", racing)
    sinks = []
    calls = []
    for _ in range(2):
        req, sink = request("/")
        req.body.end()
        sinks.append(sink)
        calls.append(Call(serve, handler, req, memory_limit=None, fuel=None, timeout=30))
    assert [c.outcome() for c in calls] == [None, None]
    assert [s.head[0] for s in sinks] == [200, 200]
    assert [s.head[0] for s in (run(handler, "/"), run(handler, "/"))] == [200, 200]  # and every call after


def test_a_linker_alive_at_interpreter_exit_is_finalized_quietly() -> None:
    """The finalizer ran after module teardown and printed an ignored AttributeError at every such exit."""
    import subprocess
    import sys

    code = (
        "from multipie.domains.wasm._capi import component_native as cn\n"
        "cn._PTRS = None  # the ctypes path, whose finalizer is component_funcs._finalize\n"
        "import wasmtime\n"
        "from wasmtime import component as wc\n"
        "linker = wc.Linker(wasmtime.Engine())\n"
        "with linker.root() as root:\n"
        "    cn.define_func(root, 'tick', lambda c: 7)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 0 and "Exception ignored" not in r.stderr, r.stderr


def test_payload_boxes_nested_in_lifted_arguments_are_freed(handler: ComponentService) -> None:
    """An option/result/variant payload is a 32-byte heap box: the lifter freed its contents only
    (``val_delete``), and a box nested in another box or in a list element was never freed at all."""
    import ctypes

    from wasmtime import _ffi as ffi
    from wasmtime.component import Variant

    from multipie.domains.wasm._capi import component_funcs
    from tests.heap import leaked_per_call

    [item] = [i for i in handler.world_imports if i.path.endswith("#[static]response-outparam.set")]
    ty = item.func.params[1][1]  # result<own<outgoing-response>, error-code>
    lower, lift = component_funcs._lowerer(ty), component_funcs._lifter(ty)
    value = Variant("err", Variant("HTTP-response-body-size", 7))  # result → variant → option: 3 boxes

    def host_call_argument() -> None:
        raw = ffi.wasmtime_component_val_t()
        lower(None, value, ctypes.pointer(raw))  # as the guest's argument arrives
        assert lift(raw, None) == value
        ffi.wasmtime_component_val_delete(ctypes.byref(raw))  # as Wasmtime drops a host call's arguments

    assert leaked_per_call(host_call_argument) < 8  # was 2 boxes (~96 bytes) per call

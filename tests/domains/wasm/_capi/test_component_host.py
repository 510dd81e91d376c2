"""Component host functions through multiPIE's trampoline: values both ways, every exception kept, nothing leaked."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
import wasmtime
import wasmtime.component as wc

from multipie.domains.wasm._capi import component_host
from multipie.domains.wasm._capi.raw import SIGINT_MARK
from tests.domains.component.test_grants import POKE_COMPONENT  # once, calling its import poke; add

#: One import ``double(s32) -> s32`` called by the export ``twice``.
DOUBLE = """(component
  (import "double" (func $d (param "x" s32) (result s32)))
  (core func $p (canon lower (func $d)))
  (core module $m
    (import "host" "double" (func $d (param i32) (result i32)))
    (func (export "twice") (param i32) (result i32) (call $d (local.get 0))))
  (core instance $i (instantiate $m (with "host" (instance (export "double" (func $p))))))
  (func (export "twice") (param "x" s32) (result s32) (canon lift (core func $i "twice"))))"""


@pytest.fixture(scope="module")
def engine() -> wasmtime.Engine:
    return wasmtime.Engine()


@pytest.fixture(scope="module")
def component(engine: wasmtime.Engine) -> wc.Component:
    return wc.Component(engine, DOUBLE)


def _twice(engine: wasmtime.Engine, component: wc.Component, host: Callable[..., Any], x: int) -> Any:
    """Instantiate ``component`` with ``host`` as its ``double`` and call ``twice(x)``."""
    linker = wc.Linker(engine)
    with linker.root() as root:
        component_host.add_func(root, "double", host)
    store = wasmtime.Store(engine)
    inst = linker.instantiate(store, component)
    func = inst.get_func(store, "twice")
    assert func is not None
    return func(store, x)


def test_values_cross_both_ways_and_the_store_is_passed(engine: wasmtime.Engine, component: wc.Component) -> None:
    seen: list[Any] = []

    def double(store: Any, x: int) -> int:
        seen.append(store)
        return x * 2

    assert _twice(engine, component, double, 21) == 42
    assert _twice(engine, component, double, -(2**31)) == 0  # s32 wraps in the guest's i32
    assert len(seen) == 2 and all(isinstance(s, wasmtime.StoreContext) for s in seen)


def test_an_exception_of_the_host_function_is_raised_by_the_call(
    engine: wasmtime.Engine, component: wc.Component
) -> None:
    def bad(store: Any, x: int) -> int:
        raise ValueError(f"no double for {x}")

    with pytest.raises(ValueError, match="no double for 5"):
        _twice(engine, component, bad, 5)
    with pytest.raises(TypeError, match="S32"):  # a result of the wrong type: converted, not crashed
        _twice(engine, component, lambda store, x: "two", 5)


def test_a_keyboard_interrupt_fails_the_call_with_the_sigint_mark(
    engine: wasmtime.Engine, component: wc.Component
) -> None:
    def ctrl_c(store: Any, x: int) -> int:
        raise KeyboardInterrupt

    with pytest.raises(wasmtime.WasmtimeError) as info:
        _twice(engine, component, ctrl_c, 1)
    assert SIGINT_MARK in str(info.value)  # the caller (errors.ctrl_c_traps) raises KeyboardInterrupt for it
    assert _twice(engine, component, lambda store, x: x + x, 4) == 8  # nothing carried to a later call


def test_a_dropped_linker_releases_its_host_functions(engine: wasmtime.Engine, component: wc.Component) -> None:
    gc.collect()
    before = len(component_host._funcs)
    for i in range(20):
        assert _twice(engine, component, lambda store, x: x * 2, i) == 2 * i
    gc.collect()
    assert len(component_host._funcs) == before


def test_a_name_the_linker_refuses_raises_and_keeps_nothing(engine: wasmtime.Engine) -> None:
    linker = wc.Linker(engine)
    before = len(component_host._funcs)
    with linker.root() as root:
        component_host.add_func(root, "f", lambda store: None)
        with pytest.raises(wasmtime.WasmtimeError):
            component_host.add_func(root, "f", lambda store: None)  # defined twice
    assert len(component_host._funcs) == before + 1


#: A grant whose host function raises ``KeyboardInterrupt`` past ``ctrl_c_traps``: what a Ctrl-C
#: landing in the trampoline's own bytecode (around the host function) looks like to the trampoline.
_ESCAPING_CTRL_C = """
import sys
import multipie
from multipie.domains.component import grants

def raw(where, ft, cap):
    def serve(store, *args):
        raise KeyboardInterrupt
    return serve

grants._caller = raw
with multipie.Runtime() as rt:
    svc = rt.load(sys.argv[1])
    g = {"poke": rt.host_function(lambda: None, params=[], results=[])}
    d = svc.spawn(grants=g, timeout=600)
    try:
        d.call("once")
    except KeyboardInterrupt:
        print("interrupted", d.is_open)
    with svc.spawn(grants=g, timeout=600) as fresh:
        print("fresh", fresh.call("add", 20, 22))
"""

def test_a_ctrl_c_escaping_a_grants_host_function_fails_the_call_not_the_process() -> None:
    # Before, wasmtime-py's trampoline (which keeps only Exception) let it cross the ctypes
    # boundary: an uninitialised error pointer, and the process segfaulted. In a child, so a
    # crash fails this test instead of ending pytest.
    cmd = [sys.executable, "-c", _ESCAPING_CTRL_C, POKE_COMPONENT]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[:2] == ["interrupted False", "fresh 42"], out.stdout


#: A host resource ``r`` (imported) that the export ``consume`` takes and drops.
DROP = """(component
  (import "r" (type $r (sub resource)))
  (core func $drop (canon resource.drop $r))
  (core module $m
    (import "host" "drop" (func $d (param i32)))
    (func (export "consume") (param i32) (call $d (local.get 0))))
  (core instance $i (instantiate $m (with "host" (instance (export "drop" (func $drop))))))
  (func (export "consume") (param "x" (own $r)) (canon lift (core func $i "consume"))))"""


def _consume(engine: wasmtime.Engine, dtor: Callable[[Any, int], None], rep: int) -> Any:
    """Define ``r`` (type id 5) with ``dtor`` through :func:`component_host.add_resource`; the guest drops ``rep``."""
    linker = wc.Linker(engine)
    with linker.root() as root:
        component_host.add_resource(root, "r", wc.ResourceType.host(5), dtor)
    store = wasmtime.Store(engine)
    inst = linker.instantiate(store, wc.Component(engine, DROP))
    func = inst.get_func(store, "consume")
    assert func is not None
    return func(store, wc.ResourceHost.own(rep, 5))


def test_a_resource_destructor_gets_the_rep_and_keeps_every_exception(engine: wasmtime.Engine) -> None:
    seen: list[tuple[Any, int]] = []

    def dtor(store: Any, rep: int) -> None:
        seen.append((store, rep))
        if rep == 13:
            raise ValueError("no rep 13")
        if rep == 14:
            raise KeyboardInterrupt  # wasmtime-py's destructor trampoline let it out: a segfault

    gc.collect()
    before = len(component_host._funcs)
    assert _consume(engine, dtor, 7) is None
    with pytest.raises(ValueError, match="no rep 13"):
        _consume(engine, dtor, 13)
    with pytest.raises(wasmtime.WasmtimeError) as info:
        _consume(engine, dtor, 14)
    assert SIGINT_MARK in str(info.value)  # the caller raises KeyboardInterrupt for it
    assert _consume(engine, dtor, 8) is None  # nothing carried to a later call
    assert [rep for _, rep in seen] == [7, 13, 14, 8]
    assert all(isinstance(store, wasmtime.StoreContext) for store, _ in seen)
    del info  # the traceback holds the failed call's Store (and through it the linker's definitions)
    gc.collect()
    assert len(component_host._funcs) == before  # each dropped linker released its destructor

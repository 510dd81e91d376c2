"""multipie.domains.wasm._capi.raw: the C library's entry points, handle addresses and the Ctrl-C extension."""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

import pytest
import wasmtime

import multipie
from multipie.domains.wasm._capi import raw


def test_symbols_resolve_and_wrapped_ones_keep_their_name() -> None:
    names = ["wasmtime_store_new", "wasmtime_context_set_epoch_deadline", "wasmtime_func_call_unchecked"]
    found = raw.symbol_addresses(names)
    assert set(found) == set(names) and all(a != 0 for a in found.values())
    # the one not wrapped by the interrupt extension is the library's own entry point
    assert found["wasmtime_func_call_unchecked"] == raw.symbol_address("wasmtime_func_call_unchecked")
    if raw.interruptible():
        assert found["wasmtime_store_new"] != raw.symbol_address("wasmtime_store_new")  # the arming wrapper


def test_the_main_thread_ident_is_threadings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C's main thread is ``threading.main_thread()``'s; before ``threading`` is imported, the thread that
    would import it (``threading`` names that one its main thread): the same answer, without the import."""
    assert raw._main_thread_ident() == threading.main_thread().ident
    monkeypatch.delitem(sys.modules, "threading")
    seen: list[int | None] = []
    worker = threading.Thread(target=lambda: seen.append(raw._main_thread_ident()))
    worker.start()
    worker.join()
    assert seen == [worker.ident] and "threading" not in sys.modules


def test_an_unknown_symbol_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        raw.symbol_address("wasmtime_no_such_function")


def test_handle_and_func_addresses_are_the_live_objects() -> None:
    engine = raw.Engine(wasmtime.Config())
    store = wasmtime.Store(engine)
    raw.arm(store)
    func = wasmtime.Func(store, wasmtime.FuncType([], []), lambda: None)
    assert raw.handle_address(engine) != 0 and raw.handle_address(engine) == raw.handle_address(engine)
    assert isinstance(raw.func_handle(func), raw.Func)
    assert raw.EXTERN_SIZE == ctypes.sizeof(raw.Extern) and raw.EXTERN_UNION_OFFSET > 0
    func(store)  # an armed Store still runs host functions


def test_engines_register_for_sigint_for_their_whole_life() -> None:
    if not raw.interruptible():
        pytest.skip("multipie._interrupt is not built (pip install builds it)")
    engine = raw.Engine(wasmtime.Config())
    assert engine._sigint_slot >= 0
    slot = engine._sigint_slot
    del engine  # unregistered before the engine is freed: the slot is reused by the next engine
    again = raw.Engine(wasmtime.Config())
    assert again._sigint_slot == slot


LOOP_COMMAND = """(module (memory (export "memory") 1)
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "_start") (local $n i32)
    (loop $l
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $l (i32.ne (local.get $n) (i32.const -1))))))"""


class _Unraisable:
    """What ``sys.unraisablehook`` receives when a ctypes callback ends with an exception."""

    def __init__(self, exc: BaseException) -> None:
        self.exc_type, self.exc_value, self.exc_traceback = type(exc), exc, None
        self.err_msg, self.object = "Exception ignored on calling ctypes callback function", None


def _interrupt() -> Any:
    if not raw.interruptible():
        pytest.skip("multipie._interrupt is not built (pip install builds it)")
    raw.Engine(wasmtime.Config())  # an Engine installs the SIGINT handler and the unraisable hook
    return raw._INTERRUPT


def test_a_ctrl_c_that_ended_a_ctypes_callback_is_raised_in_the_same_call() -> None:
    """ctypes can only report a ``KeyboardInterrupt`` ending a callback as unraisable; the hook
    delivers it again as a SIGINT, raised at the caller's next bytecode, and only once."""
    ext = _interrupt()
    assert sys.unraisablehook is ext.unraisablehook

    def stop() -> None:
        raise KeyboardInterrupt

    callback = ctypes.CFUNCTYPE(None)(stop)
    with pytest.raises(KeyboardInterrupt):
        callback()  # before the hook: printed as "Exception ignored" and lost
    rt = multipie.Runtime()
    svc = rt.load(LOOP_COMMAND)
    with svc.spawn() as d:
        assert d.call("add", 20, 22) == 42  # nothing left over for a later call


def test_anything_else_goes_to_the_previous_hook() -> None:
    ext = _interrupt()
    seen: list[object] = []
    previous = ext.chain_unraisable(seen.append)
    try:
        other = _Unraisable(ValueError("x"))
        ext.unraisablehook(other)
        off_main = _Unraisable(KeyboardInterrupt())  # raised by code: Python raises Ctrl-C on the main thread only
        worker = threading.Thread(target=ext.unraisablehook, args=(off_main,))
        worker.start()
        worker.join()
    finally:
        ext.chain_unraisable(previous)
    assert seen == [other, off_main]


def test_address_reads_every_pointer_shape_as_ctypes_cast_does() -> None:
    """Pointers, functions, NULL, ``c_void_p``, arrays (which decay) and ``None``: the same value as ``ctypes.cast``."""
    import ctypes

    import wasmtime
    from wasmtime import _ffi as ffi

    from multipie.domains.wasm._capi.raw import address

    store = wasmtime.Store(wasmtime.Engine())
    buf = (ctypes.c_uint8 * 16)()
    shapes = [store.ptr(), ffi.dll.wasmtime_store_new, ctypes.POINTER(ctypes.c_int)(), ctypes.c_void_p(1234),
              ctypes.c_void_p(), buf, ctypes.cast(buf, ctypes.POINTER(ctypes.c_uint8)), None]
    for shape in shapes:
        assert address(shape) == (ctypes.cast(shape, ctypes.c_void_p).value or 0), shape
    assert address(store.ptr()) != 0 and address(buf) == ctypes.addressof(buf)

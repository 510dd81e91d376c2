"""multipie.domains.wasm._capi.stores: instances, exports and memories through the raw C API, on a real Store."""

from __future__ import annotations

from pathlib import Path

import wasmtime

import multipie
from multipie.domains.wasm import _capi

GROWER = '(module (memory (export "memory") 1 4) (func (export "f") (drop (memory.grow (i32.const 1)))))'


def test_instance_exports_and_memory_bounds_follow_growth() -> None:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module(engine, GROWER)
    ctx = _capi.context(store)
    instance, trap, err = _capi.instance_new(ctx, module, _capi.extern_array(0), 0)
    assert instance is not None and trap == 0 and err == 0
    assert _capi.export_get(ctx, instance, "nope") is None
    assert _capi.export_func(ctx, instance, "memory") is None  # not a function
    assert _capi.export_func(ctx, instance, "f") is not None
    item = _capi.export_get(ctx, instance, "memory")
    assert item is not None and item.kind == _capi.EXTERN_MEMORY
    base, size = _capi.memory_bounds(ctx, item.of.memory)
    assert base != 0 and size == 65536
    _capi.func_of(_capi.export_get(ctx, instance, "f"))(store)
    assert _capi.memory_bounds(ctx, item.of.memory)[1] == 2 * 65536


def test_component_call_frees_the_payload_boxes_of_results(rt: multipie.Runtime, guests: Path) -> None:
    """wasmtime-py's converters empty an option/result payload box but never free it (32 bytes a call)."""
    from multipie.domains.wasm import fastpath
    from tests.heap import leaked_per_call

    svc = rt.load(guests / "component" / "typed.wasm")
    prev = fastpath.use_native(False)  # the Python path: _capi.component_call
    try:
        d = svc.spawn()
    finally:
        fastpath.use_native(prev)
    with d:
        double, divide = d.export("maybe-double"), d.export("divide")
        assert (double(21), double(None), divide(7, 2)) == (42, None, 3)
        assert leaked_per_call(lambda: double(21), calls=10_000) < 8
        assert leaked_per_call(lambda: divide(7, 2), calls=10_000) < 8

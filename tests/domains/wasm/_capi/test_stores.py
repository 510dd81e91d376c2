"""multipie.domains.wasm._capi.stores: instances, exports and memories through the raw C API, on a real Store."""

from __future__ import annotations

import wasmtime

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

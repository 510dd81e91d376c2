"""multipie.domains.wasm.holders: a module may hold a region only if no host code can touch the alias."""

from __future__ import annotations

import pytest
import wasmtime

from multipie.domains.wasm.holders import _memory_layout, check_holder_module
from multipie.errors import CapabilityError

HOLDER = '(module (import "env" "buf" (memory 1)) (memory $own 1) (export "m" (memory $own)))'


def _validator() -> wasmtime.Engine:
    cfg = wasmtime.Config()
    cfg.wasm_bulk_memory = False
    return wasmtime.Engine(cfg)


def test_layout_lists_imported_memories_exports_and_data_targets() -> None:
    wasm = wasmtime.wat2wasm(
        '(module (import "env" "buf" (memory 1)) (import "env" "b2" (memory 1)) (memory 1)'
        ' (export "x" (memory 2)) (data (memory 1) (i32.const 0) "hi"))'
    )
    assert _memory_layout(bytes(wasm)) == ([("env", "buf"), ("env", "b2")], {2}, {1})


def test_a_clean_holder_passes() -> None:
    check_holder_module("h", bytes(wasmtime.wat2wasm(HOLDER)), {"env.buf"}, _validator())


@pytest.mark.parametrize(
    ("wat", "why"),
    [
        ('(module (import "env" "buf" (memory 1)) (data (i32.const 0) "x"))', "active data segment"),
        ('(module (import "env" "buf" (memory 1)) (export "buf" (memory 0)))', "re-exports it"),
        (
            '(module (import "env" "buf" (memory 1)) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 1))))',
            "bulk-memory",
        ),
    ],
)
def test_holders_that_could_touch_the_alias_are_refused(wat: str, why: str) -> None:
    with pytest.raises(CapabilityError, match=why):
        check_holder_module("h", bytes(wasmtime.wat2wasm(wat)), {"env.buf"}, _validator())


def test_truncated_bytes_are_a_capability_error_not_a_crash() -> None:
    wasm = bytes(wasmtime.wat2wasm(HOLDER))
    with pytest.raises(CapabilityError):
        check_holder_module("h", wasm[:-3], {"env.buf"}, _validator())

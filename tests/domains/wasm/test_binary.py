"""multipie.domains.wasm.binary: the section walk and export lookup read straight from module bytes."""

from __future__ import annotations

import pytest
from wasmtime import wat2wasm

from multipie.domains.wasm.binary import exports_function, sections, uleb


def test_exports_function_finds_only_function_exports_of_that_name() -> None:
    assert exports_function(wat2wasm('(module (func (export "_start")))'), "_start")
    assert exports_function(wat2wasm('(module (memory (export "memory") 1) (func) (func (export "_start")))'), "_start")
    assert not exports_function(wat2wasm('(module (global (export "_start") i32 (i32.const 0)))'), "_start")
    assert not exports_function(wat2wasm('(module (func (export "_start2")) (func (export "start")))'), "_start")
    assert not exports_function(b"\0asm\1\0\0\0\7\x05\x01\x06_sta", "_start")  # truncated: no, and no exception


def test_sections_and_leb128() -> None:
    wasm = wat2wasm('(module (memory 1) (func (export "f")))')
    assert [sid for sid, _, _ in sections(wasm)] == [1, 3, 5, 7, 10]
    assert uleb(b"\xe5\x8e\x26", 0) == (624485, 3)
    with pytest.raises(ValueError):
        uleb(b"\x80", 0)

"""multipie.domains.wasm.binary: the section walk and export lookup read straight from module bytes."""

from __future__ import annotations

import pytest
from wasmtime import wat2wasm

from multipie.domains.wasm.binary import MemoryType, exports_function, limits, memory_type, memory_types, sections, uleb


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


def test_memory_types_reads_limits_flags_and_page_size() -> None:
    wasm = wat2wasm("(module (memory 1) (memory 2 5) (memory i64 3))")
    assert memory_types(wasm) == [
        MemoryType(1, None, 0x00),
        MemoryType(2, 5, 0x01),
        MemoryType(3, None, 0x04),
    ]
    assert memory_types(wasm)[2].memory64 and not memory_types(wasm)[2].shared
    # memory section: one shared 1..2 memory; one with a custom page size of 2**0 bytes (flags 8)
    raw = b"\0asm\1\0\0\0" + b"\x05\x08\x02" + b"\x03\x01\x02" + b"\x08\x07\x00"
    assert memory_types(raw) == [MemoryType(1, 2, 0x03), MemoryType(7, None, 0x08, page_size=1)]
    assert memory_types(raw)[0].shared
    assert memory_types(wat2wasm("(module (func))")) == []


def test_limits_and_memory_type_refuse_truncated_or_bad_input() -> None:
    assert limits(b"\x01\x02\x03", 0) == (2, 3, 1, 3)
    with pytest.raises((ValueError, IndexError)):
        limits(b"\x01\x02", 0)  # a maximum is announced but missing
    with pytest.raises(ValueError, match="page size"):
        memory_type(b"\x08\x01\x11", 0)  # 2**17-byte pages
    with pytest.raises((ValueError, IndexError)):
        memory_types(b"\0asm\1\0\0\0\x05\x02\x01\x01")  # one memory, its minimum cut off

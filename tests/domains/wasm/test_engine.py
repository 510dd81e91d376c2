"""Engine settings reach the code Cranelift emits: functions start on cache lines, and the setting names
its own compiled artefacts."""

from __future__ import annotations

import struct

import pytest
import wasmtime
from wasmtime import component as wc

from multipie.domains.wasm.engine import EngineConfig

# Twelve functions of a few instructions each: packed back to back, most would start mid-line.
SMALL_FUNCS = "(module {})".format(
    " ".join(f'(func (export "f{i}") (param i32) (result i32) local.get 0 i32.const {i} i32.add)' for i in range(12))
)

# An export lifted `async` (component-model async): it validates only with the feature on.
ASYNC_LIFT = """(component
  (core module $m
    (func (export "cb") (param i32 i32 i32) (result i32) i32.const 0)
    (func (export "f") (param i32) (result i32) i32.const 0))
  (core instance $i (instantiate $m))
  (func (export "f") async (param "x" u32) (canon lift (core func $i "f") async (callback (core func $i "cb")))))"""
SYNC_LIFT = """(component
  (core module $m (func (export "f") (param i32) (result i32) local.get 0))
  (core instance $i (instantiate $m))
  (func (export "f") (param "x" u32) (result u32) (canon lift (core func $i "f"))))"""


def _function_addresses(cwasm: bytes) -> dict[str, int]:
    """Offsets of the ``wasm[0]::function[N]`` symbols of a serialised module (an ELF64 object)."""
    shoff, shentsize, shnum = struct.unpack_from("<Q", cwasm, 0x28)[0], *struct.unpack_from("<HH", cwasm, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", cwasm, shoff + i * shentsize) for i in range(shnum)]
    out: dict[str, int] = {}
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 2:  # SHT_SYMTAB
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _st_other, _shndx, st_value, _st_size = struct.unpack_from("<IBBHQQ", cwasm, at)
            name = cwasm[strtab + st_name : cwasm.index(b"\0", strtab + st_name)].decode()
            if name.startswith("wasm[0]::function["):
                out[name] = st_value
    return out


def _compiled(config: EngineConfig) -> dict[str, int]:
    engine = wasmtime.Engine(config.build(fuel=False))
    return _function_addresses(wasmtime.Module(engine, SMALL_FUNCS).serialize())


def test_functions_start_on_64_byte_boundaries_by_default() -> None:
    config = EngineConfig()
    assert config.code_alignment_log2 == 6
    aligned = _compiled(config)
    assert len(aligned) == 12
    assert all(at % 64 == 0 for at in aligned.values()), aligned
    # Without the setting Cranelift packs them tighter: the check above is not vacuous.
    packed = _compiled(config._replace(code_alignment_log2=0))
    assert any(at % 64 for at in packed.values()), packed
    assert max(packed.values()) < max(aligned.values())


def test_the_alignment_is_part_of_the_fingerprint() -> None:
    """Artefacts compiled under one alignment are never loaded by an engine with another."""
    config = EngineConfig()
    other = config._replace(code_alignment_log2=4)
    assert config.fingerprint(fuel=False) != other.fingerprint(fuel=False)
    assert config.fingerprint(fuel=False) == EngineConfig().fingerprint(fuel=False)


def test_component_async_is_off_by_default_and_names_its_own_artefacts() -> None:
    """Engines run without Wasmtime's concurrency support: an async lift does not validate, and an
    artefact compiled with it on is refused (so the setting is part of the fingerprint)."""
    off = EngineConfig()
    on = off._replace(component_async=True)
    assert off.component_async is False
    assert off.fingerprint(fuel=False) != on.fingerprint(fuel=False)
    engine_off, engine_on = wasmtime.Engine(off.build(fuel=False)), wasmtime.Engine(on.build(fuel=False))
    wc.Component(engine_on, ASYNC_LIFT)
    with pytest.raises(wasmtime.WasmtimeError, match="component model async feature"):
        wc.Component(engine_off, ASYNC_LIFT)
    artefact = wc.Component(engine_on, SYNC_LIFT).serialize()
    with pytest.raises(wasmtime.WasmtimeError, match="concurrency"):
        wc.Component.deserialize(engine_off, artefact)
    assert wc.Component.deserialize(engine_off, wc.Component(engine_off, SYNC_LIFT).serialize())

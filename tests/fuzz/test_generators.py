"""The generators behind the campaigns: deterministic per seed, and the boundary reader is right."""

from __future__ import annotations

import random
import subprocess

import wasmtime

from fuzz.loaders import mutate
from fuzz.wasmgen import boundary_types, drop_exports, smith, wasm_tools


def test_smith_is_deterministic_and_valid() -> None:
    a, b = smith(3), smith(3)
    assert a is not None and a == b
    assert subprocess.run([wasm_tools(), "validate", "-f", "all", "-"], input=a, check=False).returncode == 0


def test_boundary_types_reads_imports_exports_globals_and_tables() -> None:
    wasm = wasmtime.wat2wasm(
        """(module
          (import "env" "h" (func (param i64) (result f32)))
          (global (export "g") (mut i32) (i32.const 11))
          (global (export "v") v128 (v128.const i64x2 11 11))
          (table (export "t") 1 externref)
          (func (export "f") (param f64 i32 i32) (result i32) i32.const 0)
          (func (export "s") (param v128)))"""
    )
    info = boundary_types(bytes(wasm))
    assert info.imports == {"i64", "f32"}
    assert info.exports == {"i32", "v128", "externref", "f64"}
    assert info.max_arity == 3
    assert [e[0] for e in info.export_entries] == ["g", "v", "t", "f", "s"]


def test_drop_exports_removes_only_exports_carrying_the_types() -> None:
    wasm = bytes(
        wasmtime.wat2wasm(
            """(module (func $s (param v128)) (func (export "f") (result i32) i32.const 7)
               (export "s" (func $s)) (global (export "v") v128 (v128.const i64x2 0 0)))"""
        )
    )
    out, dropped = drop_exports(wasm, boundary_types(wasm), {"v128"})
    assert dropped == 2
    engine = wasmtime.Engine()
    module = wasmtime.Module(engine, out)
    assert [e.name for e in module.exports] == ["f"]
    store = wasmtime.Store(engine)
    assert wasmtime.Instance(store, module, []).exports(store)["f"](store) == 7


def test_mutate_is_deterministic_per_seed_and_changes_input() -> None:
    data = bytes(range(256)) * 4
    runs = [mutate(data, random.Random(s)) for s in range(20)]
    assert runs == [mutate(data, random.Random(s)) for s in range(20)]
    assert sum(r != data for r in runs) >= 18

"""multipie.domains.wasm.backend: how the Runtime loads Wasm (WAT text, bytes) and its Wasm-only operations."""

from __future__ import annotations

import pytest

import multipie
from multipie.domains.wasm.backend import BACKEND, wat2wasm
from multipie.errors import InvalidModule


def test_wat_becomes_wasm_and_bad_text_is_invalid_module_quoting_the_parser() -> None:
    assert wat2wasm(b"(module)", "x")[:4] == b"\0asm"
    with pytest.raises(InvalidModule, match="x: invalid WAT: unknown operator"):
        wat2wasm(b"(module (func i32.bogus))", "x")
    with pytest.raises(InvalidModule, match="not valid UTF-8 .byte 0"):
        wat2wasm(b"\xff(module)", "x")


def test_backend_is_the_wasm_kind_and_the_runtime_uses_it() -> None:
    assert BACKEND.kind == "wasm" and BACKEND.from_text is wat2wasm
    with multipie.Runtime(cache_dir=None) as rt:
        svc = rt.load('(module (func (export "f") (result i32) i32.const 7))')
        assert svc.kind == "wasm" and svc.spawn().call("f") == 7
        double = rt.host_function(lambda x: 2 * x, params=["i32"], results=["i32"], name="double")
        user = rt.load(
            '(module (import "env" "d" (func $d (param i32) (result i32)))'
            ' (func (export "g") (result i32) (call $d (i32.const 21))))'
        )
        assert user.spawn(grants={"env.d": double}).call("g") == 42

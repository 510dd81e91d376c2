"""Names of Wasm value types, read without the C calls that abort the process.

wasmtime-py compares and prints a ``ValType`` through ``wasm_valtype_kind``,
which *panics* (SIGABRT, the whole host) for types the standard C API has no
kind for: ``v128``, ``exnref`` and every GC reference type. A module is
untrusted input, so its import/export types are named here through
``wasmtime_valtype_new`` instead, which describes every type wasmtime knows
(``ValType.__eq__``/``__str__`` must never be called on a module's types).
"""

from __future__ import annotations

import wasmtime

from multipie.domains.wasm import _capi

__all__ = ["NUMBER_KINDS", "kind_name"]

#: The kinds the host can pass to and from a guest.
NUMBER_KINDS = ("i32", "i64", "f32", "f64")

# wasmtime_valtype_kind_t (wasmtime/types/val.h): 0..3 numbers, 4 v128, 5 a reference.
_VALTYPE_KINDS = {0: "i32", 1: "i64", 2: "f32", 3: "f64", 4: "v128"}
_REF = 5
# wasmtime_heaptype_kind_t: abstract heap types by name; concrete ones ("$t") by what they index.
_HEAPTYPES = {
    0: "extern",
    1: "noextern",
    2: "func",
    3: "$func",
    4: "nofunc",
    5: "any",
    6: "none",
    7: "eq",
    8: "i31",
    9: "array",
    10: "$array",
    11: "struct",
    12: "$struct",
    13: "exn",
    14: "$exn",
    15: "noexn",
}


def kind_name(t: wasmtime.ValType) -> str:
    """``"i32"``, ``"v128"``, ``"funcref"``, ``"(ref $struct)"``... for any value type wasmtime accepts."""
    kind, heap_kind, nullable = _capi.valtype_parts(t)
    if kind != _REF:
        return _VALTYPE_KINDS.get(kind, f"valtype{kind}")
    heap = _HEAPTYPES.get(heap_kind, "?")
    if nullable and not heap.startswith("$"):
        return f"{heap}ref"
    return f"(ref {'null ' if nullable else ''}{heap})"

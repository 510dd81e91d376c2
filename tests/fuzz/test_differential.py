"""fuzz.differential: the plain wasmtime-py reference runs under multiPIE's limits, so both agree and stay small."""

from __future__ import annotations

import wasmtime

import multipie
from fuzz.differential import _Multipie, _Plain
from multipie.domains.wasm import fastpath

LIMIT = 1 << 20
# One element past multiPIE's per-table cap (memory_limit / 8 slots of 8 bytes).
GROW = f"""(module (table $t 0 funcref)
  (func (export "grow") (result i32) (table.grow $t (ref.null func) (i32.const {LIMIT // 8 + 1}))))"""


def test_the_reference_caps_tables_like_multipie() -> None:
    # Before the fix the reference capped memories only: a table.grow succeeded there (-1 in multiPIE,
    # a wrong result), and a grow by billions of elements took a worker to 23 GB (seed 2810: a hang).
    wasm = bytes(wasmtime.wat2wasm(GROW))
    plain = _Plain(wasm, None, LIMIT)
    assert plain.start() == ("ok", None)
    assert plain.call("grow", []) == ("ok", (-1,))
    rt = multipie.Runtime(cache_dir=None, memory_limit=LIMIT)
    try:
        mine = _Multipie(rt.load(wasm), native=fastpath.native_available()[0])
        assert mine.start() == ("ok", None)
        assert mine.call("grow", []) == ("ok", (-1,))
        mine.close()
    finally:
        rt.close()

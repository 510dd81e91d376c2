"""memory_limit bounds a domain's memories and tables together, on every path that makes a Store.

The two measurements that found it (issue 15): 16 tables each grown by limit / 8 held 16x
the limit, and 4 memories reached 510 pages where 256 (16 MiB) are allowed. Sizes are read
back from the guest (``table.size``, ``memory.size``); nothing here is a timing.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
import wasmtime

import multipie
from multipie.domains.wasm import budget, fastpath
from multipie.domains.wasm.budget import FUNC_REF_BYTES, GC_REF_BYTES, Caps, Layout, Part
from multipie.errors import OutOfMemory

LIMIT = 16 << 20
PAGE = 65536
NATIVE = fastpath.native_available()[0]


def tables_wat(n: int, *, imports: bool = False) -> str:
    """``n`` growable funcref tables with ``growK``/``sizeK`` exports and ``add``; ``env.add`` imported if asked."""
    imp = '(import "env" "add" (func $imp (param i32 i32) (result i32)))' if imports else ""
    tabs = " ".join(f"(table $t{k} 0 funcref)" for k in range(n))
    funcs = " ".join(
        f'(func (export "grow{k}") (param i32) (result i32) (table.grow $t{k} (ref.null func) (local.get 0)))'
        f' (func (export "size{k}") (result i32) (table.size $t{k}))'
        for k in range(n)
    )
    add = '(func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)'
    return f"(module {imp} {tabs} {funcs} {add})"


def memories_wat(n: int) -> str:
    """``n`` growable memories of one page with ``growK``/``sizeK`` exports."""
    mems = " ".join(f"(memory $m{k} 1)" for k in range(n))
    funcs = " ".join(
        f'(func (export "grow{k}") (param i32) (result i32) (memory.grow $m{k} (local.get 0)))'
        f' (func (export "size{k}") (result i32) (memory.size $m{k}))'
        for k in range(n)
    )
    return f"(module {mems} {funcs})"


def fill(d: Any, n: int) -> list[int]:
    """Grow each of ``n`` tables (memories) as far as the domain lets it; their sizes afterwards."""
    for k in range(n):
        step = 1 << 24
        while step:
            if d.call(f"grow{k}", step) == -1:
                step //= 2
    return [d.call(f"size{k}") for k in range(n)]


def assert_tables_within(sizes: list[int], limit: int = LIMIT) -> None:
    held = sum(sizes) * FUNC_REF_BYTES
    assert held <= limit, f"tables hold {held} bytes under a {limit}-byte limit"
    assert held >= limit * 9 // 10, f"tables got only {held} of {limit} bytes"  # the budget is usable


# -- the layout and the split --------------------------------------------------------------------


def test_layout_reads_defined_memories_and_tables_not_imported_ones() -> None:
    wasm = wasmtime.wat2wasm(
        """(module (import "env" "m" (memory 1)) (import "env" "t" (table 1 funcref))
        (memory 2 5) (memory 1) (table 3 10 funcref) (table 0 externref)
        (table 4 funcref (ref.null func)))"""
    )
    layout = budget.layout_of(bytes(wasm))
    assert layout.memories == (Part("memory", 0, 2, 5, PAGE), Part("memory", 1, 1, 65536, PAGE))
    assert layout.tables == (
        Part("table", 0, 3, 10, FUNC_REF_BYTES),
        Part("table", 1, 0, None, GC_REF_BYTES),
        Part("table", 2, 4, None, FUNC_REF_BYTES),
    )


def test_split_keeps_the_sum_within_the_limit() -> None:
    one = Layout((Part("memory", 0, 1, None, PAGE),), (Part("table", 0, 10, 10, FUNC_REF_BYTES),))
    caps = budget.split(one, LIMIT)
    # A fixed table costs only its own 80 bytes: the memory keeps every whole page that leaves.
    assert caps.memory_size // PAGE == LIMIT // PAGE - 1 and not caps.refusal
    both = Layout((Part("memory", 0, 1, None, PAGE),), (Part("table", 0, 0, None, FUNC_REF_BYTES),))
    caps = budget.split(both, LIMIT)
    assert caps.memory_size // PAGE * PAGE + caps.table_elements * FUNC_REF_BYTES <= LIMIT
    assert caps.memory_size // PAGE == LIMIT // 2 // PAGE  # two growable parts share equally
    assert budget.split(both, None) == budget.NO_CAPS
    big = Layout((Part("memory", 0, 200, None, PAGE),), (Part("table", 0, 0, None, FUNC_REF_BYTES),))
    caps = budget.split(big, LIMIT)  # the memory's minimum is its floor; the table gets what is left
    assert caps.memory_size == 200 * PAGE and caps.table_elements == (LIMIT - 200 * PAGE) // FUNC_REF_BYTES


def test_minimums_over_the_limit_are_refused_with_out_of_memory(rt: multipie.Runtime, backend: str) -> None:
    svc = rt.load("(module (memory 100) (table 200000 funcref))", name="greedy")  # 6.25 MiB + 1.5 MiB
    with pytest.raises(OutOfMemory, match=r"greedy: initial memory exceeds .* need 8153600 bytes.*table 0"):
        svc.spawn(memory_limit=7 << 20)
    svc.spawn(memory_limit=8 << 20).close()
    with pytest.raises(OutOfMemory, match="greedy"):
        svc.spawn(memory_limit=7 << 20, group=rt.group(memory_limit=7 << 20))


# -- the two measurements, on every path ---------------------------------------------------------


def test_sixteen_tables_stay_within_the_limit_in_their_own_store(rt: multipie.Runtime, backend: str) -> None:
    svc = rt.load(tables_wat(16))
    with svc.spawn(memory_limit=LIMIT) as d:
        assert_tables_within(fill(d, 16))
    with svc.spawn(memory_limit=LIMIT, fuel=10**9, timeout=30.0) as d:  # the limited spawn path
        assert_tables_within(fill(d, 16))


def test_four_memories_stay_within_the_limit(rt: multipie.Runtime, backend: str) -> None:
    svc = rt.load(memories_wat(4))
    with svc.spawn(memory_limit=LIMIT) as d:
        pages = fill(d, 4)
    assert sum(pages) <= LIMIT // PAGE == 256
    assert sum(pages) >= 252  # each got its quarter
    with pytest.raises(OutOfMemory):
        svc.spawn(memory_limit=3 * PAGE)  # four one-page minimums do not fit three pages


def test_tables_stay_within_the_limit_in_a_group(rt: multipie.Runtime, backend: str) -> None:
    svc = rt.load(tables_wat(16))
    g = rt.group(memory_limit=LIMIT)
    a, b = svc.spawn(group=g), svc.spawn(group=g)
    assert a._shared is b._shared  # one slab: the caps hold per member
    assert_tables_within(fill(a, 16))
    assert_tables_within(fill(b, 16))
    other = rt.load(tables_wat(2)).spawn(group=g)  # another split: another slab
    assert other._shared is not a._shared
    assert_tables_within(fill(other, 2))
    g.close()


def test_tables_stay_within_the_limit_with_grants(rt: multipie.Runtime, backend: str) -> None:
    provider = rt.load(tables_wat(16)).spawn(memory_limit=LIMIT, group=rt.group(memory_limit=LIMIT))
    client = rt.load(tables_wat(16, imports=True))
    cap = rt.capability(provider, "add")
    joined = client.spawn(memory_limit=LIMIT, grants={"env.add": cap})  # AUTO: same caps, same Store
    assert joined._shared is provider._shared
    own = client.spawn(memory_limit=LIMIT, grants={"env.add": cap}, group=None)  # a Store of its own
    add = rt.host_function(lambda a, b: a + b, params=["i32", "i32"], results=["i32"])
    host = client.spawn(memory_limit=LIMIT, grants={"env.add": add})
    for d in (joined, own, host, provider):
        assert_tables_within(fill(d, 16))
    half = client.spawn(memory_limit=LIMIT // 2, grants={"env.add": cap})  # other caps: not joined
    assert half._shared is not provider._shared
    assert_tables_within(fill(half, 16), LIMIT // 2)


def test_tables_with_a_region_grant_stay_within_the_limit(rt: multipie.Runtime, backend: str) -> None:
    wat = tables_wat(4).replace("(module", '(module (import "env" "buf" (memory 1))', 1)
    region = rt.region(PAGE)
    d = rt.load(wat).spawn(memory_limit=LIMIT, grants={"env.buf": region.capability()})
    assert_tables_within(fill(d, 4))
    region.close()


@pytest.mark.skipif(not NATIVE, reason="reserves need the native extension")
def test_tables_stay_within_the_limit_in_a_reserve(rt: multipie.Runtime) -> None:
    res = rt.load(tables_wat(16)).reserve(2, memory_limit=LIMIT)
    assert res is not None
    d = None
    for _ in range(5000):
        d = res.take()
        if d is not None:
            break
        time.sleep(0.001)
    assert d is not None
    assert_tables_within(fill(d, 16))
    d.close()
    res.close()


def test_a_command_run_keeps_tables_within_the_limit(rt: multipie.Runtime) -> None:
    # Each table first asks for limit / 8 elements (refused: that is the whole budget), then for a
    # thirty-second of it (granted: 16 tables and the memory share the limit); exit 0 when the
    # tables hold exactly those.
    small = LIMIT // 8 // 32
    grow = " ".join(
        f"(drop (table.grow $t{k} (ref.null func) (i32.const {LIMIT // 8})))"
        f" (drop (table.grow $t{k} (ref.null func) (i32.const {small})))"
        for k in range(16)
    )
    sizes = " ".join(f"(table.size $t{k})" for k in range(16)) + " i32.add" * 15
    tabs = " ".join(f"(table $t{k} 0 funcref)" for k in range(16))
    wat = f"""(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
      (memory (export "memory") 1) {tabs}
      (func (export "_start") {grow} {sizes} i32.const {16 * small} i32.ne call $exit))"""
    assert rt.run_command(wat, [], memory_limit=LIMIT) == 0


def test_caps_are_one_object_per_limit() -> None:
    b = budget.Budget(Layout((Part("memory", 0, 1, None, PAGE),), ()))
    assert b.caps(LIMIT) is b.caps(LIMIT)
    assert b.caps(LIMIT) == Caps(LIMIT, LIMIT // FUNC_REF_BYTES, LIMIT)


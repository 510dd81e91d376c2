"""memory_limit holds for a component: every core instance's memories and tables count, each time.

Before, a component's Store capped each memory at the whole limit and left tables uncapped, so two
instances of one module (or two memories, or a growable table) held a multiple of the limit. Sizes
are read back from the guests (``memory.grow``'s answers, ``table.size``); nothing here is a timing.
"""

from __future__ import annotations

from typing import Any

import pytest

import multipie
from multipie.domains.component import budget
from multipie.domains.wasm.budget import FUNC_REF_BYTES
from multipie.errors import InvalidModule, OutOfMemory

PAGE = 65536


def grower(fields: str, kind: str, count: int) -> str:
    """A core module ``fields`` plus ``growK``/``sizeK`` for its ``count`` memories (tables)."""
    if kind == "memory":
        op = "(memory.grow $x{k} (local.get 0))", "(memory.size $x{k})"
    else:
        op = "(table.grow $x{k} (ref.null func) (local.get 0))", "(table.size $x{k})"
    funcs = " ".join(
        f'(func (export "grow{k}") (param i32) (result i32) {op[0].format(k=k)})'
        f' (func (export "size{k}") (result i32) {op[1].format(k=k)})'
        for k in range(count)
    )
    return f"{fields} {funcs}"


def component(fields: str, kind: str, count: int, instances: int) -> str:
    """A component instantiating the module ``instances`` times; exports ``growK-iN``/``sizeK-iN``."""
    insts = " ".join(f"(core instance $i{n} (instantiate $m))" for n in range(instances))
    lifts = " ".join(
        f'(func (export "grow{k}-i{n}") (param "n" s32) (result s32) (canon lift (core func $i{n} "grow{k}")))'
        f' (func (export "size{k}-i{n}") (result s32) (canon lift (core func $i{n} "size{k}")))'
        for n in range(instances)
        for k in range(count)
    )
    return f"(component (core module $m {grower(fields, kind, count)}) {insts} {lifts})"


def fill(d: Any, names: list[str]) -> list[int]:
    """Grow each memory (table) as far as the domain lets it; their sizes afterwards."""
    for name in names:
        step = 1 << 24
        while step:
            if d.call(f"grow{name}", step) == -1:
                step //= 2
    return [d.call(f"size{name}") for name in names]


# -- the reader ----------------------------------------------------------------------------------


def test_layout_counts_each_instantiation_of_each_module() -> None:
    wasm = multipie.Runtime().load(component("(memory $x0 1) (memory $x1 2 3)", "memory", 2, 3)).wasm
    layout = budget.layout_of(wasm)
    assert sorted((p.index, p.minimum, p.maximum, p.count) for p in layout.memories) == [(0, 1, 65536, 3), (1, 2, 3, 3)]
    assert layout.tables == ()
    assert all(p.where == "core module 0 " for p in layout.memories)


def test_layout_follows_nested_components_and_outer_aliases() -> None:
    text = """(component
      (core module $m (memory 1) (table 4 funcref))
      (core module $unused (memory 9))
      (component $inner
        (alias outer 1 $m (core module $mm))
        (core instance (instantiate $mm))
        (core instance (instantiate $mm)))
      (instance (instantiate $inner))
      (instance (instantiate $inner))
      (instance (instantiate $inner))
      (core instance (instantiate $m)))"""
    layout = budget.layout_of(multipie.Runtime().load(text).wasm)
    assert [(p.where, p.kind, p.count) for p in layout.memories + layout.tables] == [
        ("core module 0 ", "memory", 7),  # 3 x 2 in the nested component, 1 at the top
        ("core module 0 ", "table", 7),
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"\0asm\x0d\0\x01\0\x02\x05\x01\x00\x07\x00",  # instantiates core module 7 of none
        b"\0asm\x0d\0\x01\0\x02\x09\x01",  # a section longer than the binary
        b"\0asm\x0d\0\x01\0\x06\x04\x01\x00\x11\x07",  # an alias with an unknown target kind
        b"\0asm\x0d\0\x01\0\x04\x08\0asm\x01\0\0\0",  # a nested "component" that is a core module
        b"\0asm\x0d\0\x01\0\x01\x04\0asm",  # a truncated core module
    ],
)
def test_malformed_components_are_invalid_module_errors(data: bytes) -> None:
    with pytest.raises(InvalidModule, match="cannot read the component"):
        budget.layout_of(data)


# -- the limit, on spawn and on run_command ------------------------------------------------------


def test_one_module_instantiated_twice_shares_the_limit(rt: multipie.Runtime) -> None:
    svc = rt.load(component("(memory $x0 1)", "memory", 1, 2))
    with svc.spawn(memory_limit=8 * PAGE) as d:
        sizes = fill(d, ["0-i0", "0-i1"])
    assert sizes == [4, 4]  # each memory half of 8 pages (it was 8 each: 16 pages under an 8-page limit)
    with svc.spawn() as d:  # no limit: no cap
        assert d.call("grow0-i0", 20) == 1


def test_two_memories_and_a_refusal_naming_each_part(rt: multipie.Runtime) -> None:
    svc = rt.load(component("(memory $x0 1) (memory $x1 1)", "memory", 2, 1), name="twomem")
    with svc.spawn(memory_limit=16 * PAGE) as d:
        assert fill(d, ["0-i0", "1-i0"]) == [8, 8]
    big = rt.load(component("(memory $x0 5)", "memory", 1, 2), name="big")
    with pytest.raises(OutOfMemory, match=r"big: .*need 655360 bytes.*core module 0 memory 0 327680 bytes x2"):
        big.spawn(memory_limit=8 * PAGE)  # each 5-page minimum fits 8 pages; both do not
    big.spawn(memory_limit=10 * PAGE).close()


def test_a_big_table_is_capped(rt: multipie.Runtime) -> None:
    limit = 1 << 20
    svc = rt.load(component("(table $x0 0 funcref)", "table", 1, 1))
    with svc.spawn(memory_limit=limit) as d:
        (size,) = fill(d, ["0-i0"])
    assert size * FUNC_REF_BYTES == limit  # uncapped before: it took the 16M elements asked for


def test_many_tables_stay_within_a_small_limit(rt: multipie.Runtime) -> None:
    """The issue's shape: 16 growable tables (two instances of 8) under 1 MiB hold at most 1 MiB."""
    limit = 1 << 20
    tables = " ".join(f"(table $x{k} 0 funcref)" for k in range(8))
    svc = rt.load(component(tables, "table", 8, 2))
    with svc.spawn(memory_limit=limit) as d:
        sizes = fill(d, [f"{k}-i{n}" for n in range(2) for k in range(8)])
    held = sum(sizes) * FUNC_REF_BYTES
    assert limit * 9 // 10 <= held <= limit  # 16 GiB of slots asked for


RUN = """(component
  (core module $m (memory 1) (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
  (core module $main
    (import "a" "grow" (func $a (param i32) (result i32)))
    (import "b" "grow" (func $b (param i32) (result i32)))
    (func (export "run") (result i32)
      ;; 0 (ok) when each memory gets 3 more pages and not a 4th: half of an 8-page limit each
      (i32.or
        (i32.or (i32.ne (call $a (i32.const 3)) (i32.const 1)) (i32.ne (call $b (i32.const 3)) (i32.const 1)))
        (i32.ne (call $a (i32.const 1)) (i32.const -1)))))
  (core instance $a (instantiate $m))
  (core instance $b (instantiate $m))
  (core instance $r (instantiate $main (with "a" (instance $a)) (with "b" (instance $b))))
  (func $run (result (result)) (canon lift (core func $r "run")))
  (instance $cli (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $cli)))"""


def test_run_command_splits_the_limit_too(rt: multipie.Runtime) -> None:
    svc = rt.load(RUN, name="runner")
    assert rt.run_command(svc, memory_limit=8 * PAGE) == 0
    assert rt.run_command(svc, memory_limit=16 * PAGE) == 1  # the 4th page fits a larger limit
    with pytest.raises(OutOfMemory, match=r"runner#command: .*x2"):
        rt.run_command(svc, memory_limit=PAGE)  # two one-page minimums


def test_mutated_components_read_or_fail_typed() -> None:
    """Byte flips and truncations of a component with every section this reader follows."""
    import random

    wasm = bytes(multipie.Runtime().load(RUN).wasm)
    rng = random.Random(15)
    for case in range(3000):
        data = bytearray(wasm)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(8, len(data))] = rng.randrange(256)
        if case % 5 == 0:
            data = data[: rng.randrange(8, len(data))]
        try:
            layout = budget.layout_of(bytes(data))
        except InvalidModule:
            continue
        assert all(p.count >= 1 for p in layout.memories + layout.tables)

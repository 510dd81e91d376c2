"""A domain's ``memory_limit`` as the caps Wasmtime's Store limiter can enforce.

``memory_limit`` bounds what a domain's linear memories *and* tables take
together (table elements at their host size: 8 bytes for function references,
4 for GC references, 16 for continuations). Wasmtime's Store limiter has no
total: it caps every memory of a Store at one byte size and every table at one
element count (``wasmtime_store_limiter``; the C API of wasmtime-py 50 offers no
custom ``ResourceLimiter``). Since a module's memories and tables are fixed
when it is compiled (none can be created at run time), the budget is split
once per module and limit:

- :func:`layout_of` reads the module's *defined* memories and tables with their
  minimum and maximum (imported ones are granted regions: the runtime's memory);
- :func:`split` finds the largest common level ``L`` such that, with every
  memory capped at ``max(L, largest memory minimum)`` bytes and every table at
  ``max(L // 8, largest table minimum)`` elements, the sum over all of them
  (each at most its own declared maximum) stays within the limit. Items with a
  small declared maximum (a C program's function table) cost only that; the
  growable ones share the rest equally. When the minimums alone exceed the
  limit, the spawn is refused with :class:`~multipie.errors.OutOfMemory`.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

from typing import NamedTuple

from multipie.domains.wasm.binary import MEMORY_SECTION, TABLE_SECTION, limits, memory_type, sections, uleb
from multipie.errors import InvalidModule, OutOfMemory

__all__ = ["NO_CAPS", "Budget", "Caps", "Layout", "Part", "layout_of", "split"]

#: Host bytes of one table element by reference type (wasmtime's table storage).
FUNC_REF_BYTES = 8
GC_REF_BYTES = 4
CONT_REF_BYTES = 16
#: The level in bytes becomes an element cap at the largest common slot size.
_LEVEL_ELEMENT = FUNC_REF_BYTES

# Abstract heap types (one-byte reference type abbreviations and heap types) by host slot size.
_GC_TYPES = frozenset({0x6F, 0x6E, 0x6D, 0x6C, 0x6B, 0x6A, 0x69, 0x74, 0x72, 0x71})  # extern, any, eq, ... exn
_CONT_TYPES = frozenset({0x68, 0x75})  # cont, nocont


class Part(NamedTuple):
    """One defined memory or table: sizes in its own units (pages or elements), ``unit`` bytes each."""

    kind: str  # "memory" | "table"
    index: int  # type: ignore[assignment]  # (shadows tuple.index) among the module's defined memories (tables)
    minimum: int
    maximum: int | None  # None: no declared maximum
    unit: int  # bytes per page (memory) or per element (table)
    where: str = ""  # which module (a component's parts): "core module 2 "
    count: int = 1  # type: ignore[assignment]  # (shadows tuple.count) how many instances of it one domain holds (a component instantiates a module N times)

    def cost(self, cap: int) -> int:
        """Host bytes this part (all ``count`` of it) takes at most when capped at ``cap`` units."""
        units = cap if self.maximum is None else min(cap, self.maximum)
        return units * self.unit * self.count

    def describe(self) -> str:
        """``core module 2 memory 0 65536 bytes x2``: what its minimum needs, for a refusal."""
        times = f" x{self.count}" if self.count != 1 else ""
        return f"{self.where}{self.kind} {self.index} {self.minimum * self.unit} bytes{times}"


class Layout(NamedTuple):
    """A module's defined memories and tables."""

    memories: tuple[Part, ...]
    tables: tuple[Part, ...]


class Caps(NamedTuple):
    """What the Store limiter is set to for one domain: ``-1`` means uncapped."""

    memory_size: int  # bytes per memory
    table_elements: int  # elements per table
    limit: int | None = None  # the memory_limit they were split from
    refusal: str = ""  # non-empty: the minimums alone exceed the limit (why)

    def check(self, label: str) -> None:
        """Raise :class:`OutOfMemory` naming ``label`` when a domain cannot be made within the limit."""
        if self.refusal:
            raise OutOfMemory(f"{label}: {self.refusal}", domain=label)


#: No limit.
NO_CAPS = Caps(-1, -1)


class _Reader:
    def __init__(self, data: bytes, pos: int, end: int) -> None:
        self.data, self.pos, self.end = data, pos, end

    def byte(self) -> int:
        if self.pos >= self.end:
            raise ValueError("truncated")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def uleb(self) -> int:
        value = shift = 0
        while True:
            b = self.byte()
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7
            if shift > 70:
                raise ValueError("LEB128 too long")

    def sleb(self) -> int:
        value = shift = 0
        while True:
            b = self.byte()
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return value - (1 << shift) if b & 0x40 else value
            if shift > 70:
                raise ValueError("LEB128 too long")

    def limits(self) -> tuple[int, int | None]:
        """(minimum, maximum | None) of a limits field (:func:`.binary.limits`)."""
        minimum, maximum, _, self.pos = limits(self.data, self.pos)
        return minimum, maximum

    def slot_bytes(self) -> int:
        """Host bytes per element of the reference type that follows."""
        b = self.byte()
        if b in (0x63, 0x64):  # (ref null? heaptype): an abstract type (negative s33) or a type index
            ht = self.sleb()
            if ht >= 0:
                return FUNC_REF_BYTES  # a concrete type: function types here (GC and stack types are 4 / 16 or less)
            b = ht & 0x7F
        if b in _CONT_TYPES:
            return CONT_REF_BYTES
        return GC_REF_BYTES if b in _GC_TYPES else FUNC_REF_BYTES

    def skip_const_expr(self) -> None:
        """Skip a table's initialiser (the forms a table initialiser takes; others raise ValueError)."""
        while True:
            op = self.byte()
            if op == 0x0B:
                return
            if op in (0x23, 0xD2, 0x41, 0x42):  # global.get, ref.func, i32.const, i64.const
                self.sleb() if op in (0x41, 0x42) else self.uleb()
            elif op == 0xD0:  # ref.null heaptype
                self.sleb()
            elif op in (0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E):  # extended-const arithmetic
                continue
            else:
                raise ValueError(f"initialiser opcode 0x{op:02x}")


def _sections(data: bytes) -> dict[int, tuple[int, int]]:
    """Spans of the table and memory sections (``binary.sections`` walks them)."""
    return {sid: (start, end) for sid, start, end in sections(data) if sid in (TABLE_SECTION, MEMORY_SECTION)}


def _tables(data: bytes, span: tuple[int, int]) -> tuple[Part, ...]:
    r = _Reader(data, *span)
    count = r.uleb()
    parts: list[Part] = []
    for i in range(count):
        try:
            init = data[r.pos] == 0x40
            if init:
                r.pos += 2  # 0x40 0x00: a table with an initialiser expression
            unit = r.slot_bytes()
            minimum, maximum = r.limits()
            if init:
                r.skip_const_expr()
        except ValueError:  # an initialiser this reader does not know: the rest as growable, widest slots
            parts += [Part("table", j, 0, None, CONT_REF_BYTES) for j in range(i, count)]
            break
        parts.append(Part("table", i, minimum, maximum, unit))
    return tuple(parts)


def _memories(data: bytes, span: tuple[int, int]) -> tuple[Part, ...]:
    count, pos = uleb(data, span[0])
    parts = []
    for i in range(count):
        mem, pos = memory_type(data, pos)
        maximum = mem.maximum
        if maximum is None and not mem.memory64:
            maximum = (1 << 32) // mem.page_size  # a 32-bit memory never passes 4 GiB
        parts.append(Part("memory", i, mem.minimum, maximum, mem.page_size))
    return tuple(parts)


def layout_of(wasm: bytes) -> Layout:
    """The defined memories and tables of a (validated) binary module.

    Raises:
        InvalidModule: the sections cannot be read (the module was validated, so only a bug gets here).
    """
    try:
        spans = _sections(wasm)
        tables = _tables(wasm, spans[TABLE_SECTION]) if TABLE_SECTION in spans else ()
        memories = _memories(wasm, spans[MEMORY_SECTION]) if MEMORY_SECTION in spans else ()
    except (ValueError, IndexError) as exc:
        raise InvalidModule(f"cannot read the module's memory and table sections: {exc}") from exc
    return Layout(memories, tables)


def _caps_at(layout: Layout, level: int) -> tuple[int, int, int]:
    """(memory cap in bytes, table cap in elements, total bytes) at common ``level`` bytes."""
    mem_floor = max((p.minimum * p.unit for p in layout.memories), default=0)
    tab_floor = max((p.minimum for p in layout.tables), default=0)
    mem_cap = max(level, mem_floor)
    tab_cap = max(level // _LEVEL_ELEMENT, tab_floor)
    total = sum(p.cost(mem_cap // p.unit) for p in layout.memories)
    total += sum(p.cost(tab_cap) for p in layout.tables)
    return mem_cap, tab_cap, total


def split(layout: Layout, limit: int | None) -> Caps:
    """The Store limiter caps that keep ``layout``'s memories and tables within ``limit`` bytes in sum."""
    if limit is None or limit < 0:
        return NO_CAPS
    if not layout.memories and not layout.tables:
        return Caps(limit, limit // _LEVEL_ELEMENT, limit)
    mem_cap, tab_cap, total = _caps_at(layout, 0)
    if total > limit:
        parts = ", ".join(p.describe() for p in layout.memories + layout.tables if p.minimum)
        refusal = (
            f"initial memory exceeds the domain's memory limit of {limit} bytes: "
            f"its memories and tables need {total} bytes at instantiation ({parts})"
        )
        return Caps(mem_cap, tab_cap, limit, refusal)
    lo, hi = 0, limit
    while lo < hi:  # the largest level whose total fits (the total grows with the level)
        mid = (lo + hi + 1) // 2
        if _caps_at(layout, mid)[2] <= limit:
            lo = mid
        else:
            hi = mid - 1
    mem_cap, tab_cap, _ = _caps_at(layout, lo)
    if not layout.memories:
        mem_cap = limit  # no memory of the domain's own: host-made ones (call flags) are not its budget
    return Caps(mem_cap, tab_cap, limit)


class Budget:
    """A module's layout and its caps per ``memory_limit`` (computed once per limit; spawns look them up).

    Args:
        layout: the module's defined memories and tables.
    """

    __slots__ = ("layout", "_caps")

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self._caps: dict[int | None, Caps] = {}

    @classmethod
    def of(cls, wasm: bytes) -> "Budget":
        """The budget of a binary module (see :func:`layout_of`)."""
        return cls(layout_of(wasm))

    def caps(self, limit: int | None) -> Caps:
        """The Store limiter caps for a domain limited to ``limit`` bytes (``None``: none)."""
        caps = self._caps.get(limit)
        if caps is None:
            if len(self._caps) > 64:  # limits chosen per request: keep the cache small
                self._caps.clear()
            caps = self._caps[limit] = split(self.layout, limit)
        return caps

"""A component's ``memory_limit``: the memories and tables of every core instance it makes.

A component holds core modules and instantiates them (possibly more than once, possibly
inside nested components instantiated more than once); all those core instances live in
the domain's one Store, whose limiter caps every memory and every table alike. So the
component's layout is the multiset of its modules' parts, each counted as many times as
one instantiation of the component instantiates its module, and the limit is split over
it by the core modules' own :func:`multipie.domains.wasm.budget.split`.

:func:`layout_of` reads the binary itself (the component-model binary format): core
module sections (each a core module, read by :func:`multipie.domains.wasm.budget.layout_of`),
nested component sections, core instance and instance sections (which module or component
each instantiates), and the alias, import and export sections that add to the module and
component index spaces. A module or component whose definition it cannot follow (one
imported by a nested component, bound by its parent) counts as every core module of the
binary once: more than it can be, never less.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from multipie.domains.wasm.binary import uleb
from multipie.domains.wasm.budget import Budget, Layout
from multipie.domains.wasm.budget import layout_of as module_layout
from multipie.errors import InvalidModule

__all__ = ["budget_of", "layout_of", "limit_store"]

_PREAMBLE = b"\0asm\x0d\x00\x01\x00"
_CORE_MODULE, _CORE_INSTANCE, _COMPONENT, _INSTANCE, _ALIAS, _IMPORT, _EXPORT = 1, 2, 4, 5, 6, 10, 11
_SORT_CORE, _SORT_COMPONENT, _CORE_SORT_MODULE = 0x00, 0x04, 0x11
_MAX_DEPTH = 100  # nested components (wasmparser's own nesting limit is lower)

#: What one instantiation holds: parts by count; ``None`` counts instantiations of unknown modules.
_Cost = Counter  # Counter[Part | None]


class _Scope:
    """One component's index spaces while it is read (a plain class: a ``@dataclass`` is ~0.4 ms of every run)."""

    __slots__ = ("components", "cost", "modules")

    def __init__(self) -> None:
        self.modules: list[_Cost] = []  # core module index space: one instantiation's cost
        self.components: list[_Cost] = []  # component index space: likewise
        self.cost: _Cost = Counter()  # what instantiating this component once holds


class _Reader:
    def __init__(self, data: memoryview, pos: int, end: int) -> None:
        self.data, self.pos, self.end = data, pos, end

    def byte(self) -> int:
        if self.pos >= self.end:
            raise ValueError("section runs past its end")
        self.pos += 1
        return int(self.data[self.pos - 1])

    def u32(self) -> int:
        value, self.pos = uleb(self.data, self.pos)  # type: ignore[arg-type]
        if self.pos > self.end:
            raise ValueError("section runs past its end")
        return value

    def s33(self) -> None:
        while self.byte() & 0x80:
            pass

    def name(self) -> None:
        length = self.u32()  # (not ``pos += u32()``: that adds to the position before the length)
        self.pos += length

    def extern_name(self) -> None:
        tag = self.byte()
        if tag not in (0x00, 0x01):
            raise ValueError(f"import/export name tag 0x{tag:02x}")
        self.name()

    def sort(self) -> int:
        """A sort, core sorts as ``0x100 | core sort``."""
        sort = self.byte()
        return 0x100 | self.byte() if sort == _SORT_CORE else sort

    def externdesc(self) -> int:
        """Skip an externdesc; returns its sort (as :meth:`sort`)."""
        kind = self.byte()
        if kind == 0x00:
            kind = 0x100 | self.byte()
            self.u32()
        elif kind in (0x01, 0x04, 0x05):
            self.u32()
        elif kind in (0x02, 0x03):  # value / type bound
            if self.byte() == 0x00 or kind == 0x02:
                self.s33()
        else:
            raise ValueError(f"externdesc kind 0x{kind:02x}")
        return kind


def _add(total: _Cost, cost: _Cost, times: int = 1) -> None:
    for key, n in cost.items():
        total[key] += n * times


def _lookup(space: list[_Cost], index: int, what: str) -> _Cost:
    if index >= len(space):
        raise ValueError(f"{what} index {index} out of range ({len(space)} defined)")
    return space[index]


_UNKNOWN: _Cost = Counter({None: 1})


class _Parser:
    def __init__(self, data: memoryview) -> None:
        self.data = data
        self.modules = 0  # core modules read so far (their labels)
        self.every: _Cost = Counter()  # each core module once: what an unknown one counts as

    def component(self, start: int, end: int, outer: list[_Scope]) -> _Scope:
        if len(outer) > _MAX_DEPTH:
            raise ValueError("components nested too deep")
        if bytes(self.data[start : start + 8]) != _PREAMBLE:
            raise ValueError(f"no component preamble at byte {start}")
        scope, pos = _Scope(), start + 8
        while pos < end:
            size, body = uleb(self.data, pos + 1)  # type: ignore[arg-type]
            stop = body + size
            if stop > end:
                raise ValueError(f"section at byte {pos} runs past the end")
            self.section(int(self.data[pos]), _Reader(self.data, body, stop), scope, outer)
            pos = stop
        return scope

    def section(self, sid: int, r: _Reader, scope: _Scope, outer: list[_Scope]) -> None:
        if sid == _CORE_MODULE:
            scope.modules.append(self.module(r.pos, r.end))
        elif sid == _COMPONENT:
            scope.components.append(self.component(r.pos, r.end, [*outer, scope]).cost)
        elif sid in (_CORE_INSTANCE, _INSTANCE):
            self.instances(r, scope, core=sid == _CORE_INSTANCE)
        elif sid == _ALIAS:
            self.aliases(r, scope, outer)
        elif sid in (_IMPORT, _EXPORT):
            self.externs(r, scope, export=sid == _EXPORT)

    def module(self, start: int, end: int) -> _Cost:
        if bytes(self.data[start : start + 8]) != b"\0asm\x01\0\0\0":
            raise ValueError(f"core module section at byte {start} holds no core module")
        where = f"core module {self.modules} "
        self.modules += 1
        layout = module_layout(self.data[start:end])  # type: ignore[arg-type]
        cost: _Cost = Counter(p._replace(where=where) for p in layout.memories + layout.tables)
        _add(self.every, cost)
        return cost

    def instances(self, r: _Reader, scope: _Scope, *, core: bool) -> None:
        for _ in range(r.u32()):
            if r.byte() == 0x00:  # instantiate: module (component) index, then its arguments
                index = r.u32()
                space, what = (scope.modules, "core module") if core else (scope.components, "component")
                _add(scope.cost, _lookup(space, index, what))
                for _ in range(r.u32()):
                    r.name()
                    if core:
                        r.byte()  # 0x12: an instance
                    else:
                        r.sort()
                    r.u32()
            else:  # made of exports: instantiates nothing
                for _ in range(r.u32()):
                    r.extern_name() if not core else r.name()
                    r.sort() if not core else r.byte()
                    r.u32()

    def aliases(self, r: _Reader, scope: _Scope, outer: list[_Scope]) -> None:
        for _ in range(r.u32()):
            sort, target = r.sort(), r.byte()
            cost = _UNKNOWN
            if target in (0x00, 0x01):  # an instance's export
                r.u32()
                r.name()
            elif target == 0x02:  # outer: count enclosing components out, then an index there
                count, index = r.u32(), r.u32()
                chain = [*outer, scope]
                if count >= len(chain):
                    raise ValueError(f"outer alias {count} levels up, {len(chain) - 1} enclosing")
                there = chain[-1 - count]
                if sort == 0x100 | _CORE_SORT_MODULE:
                    cost = _lookup(there.modules, index, "core module")
                elif sort == _SORT_COMPONENT:
                    cost = _lookup(there.components, index, "component")
            else:
                raise ValueError(f"alias target 0x{target:02x}")
            self.grow(scope, sort, cost)

    def externs(self, r: _Reader, scope: _Scope, *, export: bool) -> None:
        for _ in range(r.u32()):
            r.extern_name()
            if not export:
                self.grow(scope, r.externdesc(), _UNKNOWN)
                continue
            sort, index = r.sort(), r.u32()
            if r.byte() == 0x01:  # an ascribed type
                r.externdesc()
            if sort == 0x100 | _CORE_SORT_MODULE:  # an export adds an index for what it exports
                scope.modules.append(_lookup(scope.modules, index, "core module"))
            elif sort == _SORT_COMPONENT:
                scope.components.append(_lookup(scope.components, index, "component"))

    @staticmethod
    def grow(scope: _Scope, sort: int, cost: _Cost) -> None:
        if sort == 0x100 | _CORE_SORT_MODULE:
            scope.modules.append(cost)
        elif sort == _SORT_COMPONENT:
            scope.components.append(cost)


def layout_of(wasm: bytes) -> Layout:
    """The memories and tables of every core instance one instantiation of component ``wasm`` makes.

    Each part carries its module (``where``) and how many times it is instantiated (``count``).

    Raises:
        InvalidModule: the binary is not a component this reader can follow (it names what and where).
    """
    parser = _Parser(memoryview(wasm))
    try:
        cost = parser.component(0, len(wasm), []).cost
    except (ValueError, IndexError, InvalidModule) as exc:
        raise InvalidModule(f"cannot read the component's core modules and instances: {exc}") from exc
    unknown = cost.pop(None, 0)
    if unknown:
        _add(cost, parser.every, unknown)
    parts = [p._replace(count=n) for p, n in cost.items() if p is not None and n]
    return Layout(
        tuple(p for p in parts if p.kind == "memory"),
        tuple(p for p in parts if p.kind == "table"),
    )


def budget_of(wasm: bytes) -> Budget:
    """The :class:`~multipie.domains.wasm.budget.Budget` of component ``wasm`` (see :func:`layout_of`)."""
    return Budget(layout_of(wasm))


def limit_store(store: Any, budget: Budget, memory_limit: int | None, where: str) -> None:
    """Cap a component Store's memories and tables at ``budget``'s share of ``memory_limit``.

    Raises:
        OutOfMemory: the minimums of the component's memories and tables alone exceed the limit
            (the message names each part and its module).
    """
    if memory_limit is None:
        return
    caps = budget.caps(memory_limit)
    caps.check(where)
    store.set_limits(memory_size=caps.memory_size, table_elements=caps.table_elements)

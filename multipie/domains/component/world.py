"""A component's world: its imports and exports as WIT-like text, and the WASI policy they imply.

Types come from Wasmtime structurally (a record has fields but no name), so records,
variants, enums and flags print as ``record { a: u32 }``. Every name printed comes from
the component; callers show the text as plain text (``multipie inspect`` never parses it
as markup), and :func:`escape` makes control characters visible.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import wasmtime
from wasmtime import component as wc

from multipie.domains.base import ExportInfo, ImportInfo

__all__ = ["Item", "describe_func", "describe_type", "escape", "items", "render", "wasi_interfaces"]

_SCALARS: dict[type, str] = {
    wc.Bool: "bool", wc.U8: "u8", wc.U16: "u16", wc.U32: "u32", wc.U64: "u64",
    wc.S8: "s8", wc.S16: "s16", wc.S32: "s32", wc.S64: "s64",
    wc.F32: "f32", wc.F64: "f64", wc.Char: "char", wc.String: "string",
}  # fmt: skip


def escape(name: str) -> str:
    """``name`` with non-printable characters shown as escapes (names come from the component)."""
    return name if name.isprintable() else repr(name)[1:-1]


def describe_type(ty: Any) -> str:
    """A WIT-like spelling of a component value type: ``list<string>``, ``result<u32, string>``."""
    if type(ty) in _SCALARS:
        return _SCALARS[type(ty)]
    if isinstance(ty, wc.ListType):
        return f"list<{describe_type(ty.element)}>"
    if isinstance(ty, wc.TupleType):
        return f"tuple<{', '.join(describe_type(t) for t in ty.elements)}>"
    if isinstance(ty, wc.RecordType):
        return "record { " + ", ".join(f"{escape(n)}: {describe_type(t)}" for n, t in ty.fields) + " }"
    if isinstance(ty, wc.VariantType):
        cases = (escape(n) + (f"({describe_type(t)})" if t is not None else "") for n, t in ty.cases)
        return "variant { " + ", ".join(cases) + " }"
    if isinstance(ty, wc.EnumType):
        return "enum { " + ", ".join(map(escape, ty.names)) + " }"
    if isinstance(ty, wc.FlagsType):
        return "flags { " + ", ".join(map(escape, ty.names)) + " }"
    if isinstance(ty, wc.OptionType):
        return f"option<{describe_type(ty.payload)}>"
    if isinstance(ty, wc.ResultType):
        ok = describe_type(ty.ok) if ty.ok is not None else "_"
        if ty.err is None:
            return "result" if ty.ok is None else f"result<{ok}>"
        return f"result<{ok}, {describe_type(ty.err)}>"
    if isinstance(ty, wc.OwnType):
        return "own<resource>"
    if isinstance(ty, wc.BorrowType):
        return "borrow<resource>"
    return type(ty).__name__.lower()


def describe_func(ft: wc.FuncType) -> str:
    """``func(a: u32, b: u32) -> u32``."""
    params = ", ".join(f"{escape(n)}: {describe_type(t)}" for n, t in ft.params)
    result = ft.result
    return f"func({params})" + (f" -> {describe_type(result)}" if result is not None else "")


class Item:
    """One function (or resource, or nested item) of a component's world.

    ``interface`` is the instance it lives in (``""`` at the top level), ``name`` its name
    inside it, ``kind`` ``function``/``resource``/``type``/``component``/``module``; ``func``
    the ``wasmtime.component.FuncType`` of a function (``None`` otherwise; not compared).
    """

    # A plain class, not a dataclass: each dataclass costs a component run's start-up ~1 ms.
    __slots__ = ("interface", "name", "kind", "type", "func")

    def __init__(self, interface: str, name: str, kind: str, type: str, func: Any = None) -> None:  # noqa: A002
        self.interface = interface
        self.name = name
        self.kind = kind
        self.type = type
        self.func = func

    def _key(self) -> tuple[str, str, str, str]:
        return (self.interface, self.name, self.kind, self.type)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if type(other) is Item else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Item(interface={self.interface!r}, name={self.name!r}, kind={self.kind!r}, type={self.type!r})"

    @property
    def path(self) -> str:
        """``iface#name`` (or ``name`` at the top level): what ``Domain.export`` takes."""
        return f"{self.interface}#{self.name}" if self.interface else self.name


def _describe_item(item: Any) -> tuple[str, str]:
    if isinstance(item, wc.FuncType):
        return "function", describe_func(item)
    if isinstance(item, wc.ResourceType):
        return "resource", "resource"
    if isinstance(item, wc.ComponentType):
        return "component", "component"
    if isinstance(item, wc.ModuleType):
        return "module", "core module"
    return "type", describe_type(item)


def items(externs: dict[str, Any], engine: wasmtime.Engine) -> Iterator[Item]:
    """The items of a component's imports or exports (``ComponentType.imports(engine)`` or ``exports``)."""
    for name, ext in externs.items():
        ty = ext.ty
        if isinstance(ty, wc.ComponentInstanceType):
            for inner, iext in ty.exports(engine).items():
                kind, text = _describe_item(iext.ty)
                yield Item(name, inner, kind, text, iext.ty if kind == "function" else None)
        else:
            kind, text = _describe_item(ty)
            yield Item("", name, kind, text, ty if kind == "function" else None)


def as_imports(world_items: list[Item]) -> tuple[ImportInfo, ...]:
    """The component's imports in the shape every kind reports (``interface.name``)."""
    return tuple(ImportInfo(i.interface or "$root", i.name, i.kind, i.type) for i in world_items)


def as_exports(world_items: list[Item]) -> tuple[ExportInfo, ...]:
    """The component's exports: functions named by :attr:`Item.path`."""
    return tuple(ExportInfo(i.path, i.kind, i.type) for i in world_items)


def wasi_interfaces(imports: list[Item]) -> list[str]:
    """The WASI interfaces the component imports (its derived policy), in import order."""
    seen: dict[str, None] = {}
    for i in imports:
        if i.interface.startswith("wasi:"):
            seen.setdefault(i.interface, None)
    return list(seen)


def render(name: str, imports: list[Item], exports: list[Item]) -> str:
    """The world as WIT-like text: one ``import``/``export`` block per interface, functions inside."""
    lines = [f"world {escape(name)} {{"]
    for verb, group in (("import", imports), ("export", exports)):
        current: str | None = None
        for it in group:
            if it.interface != current:
                if current:
                    lines.append("  }")
                current = it.interface
                if current:
                    lines.append(f"  {verb} {escape(current)} {{")
            indent = "    " if it.interface else "  " + verb + " "
            lines.append(f"{indent}{escape(it.name)}: {it.type};")
        if current:
            lines.append("  }")
    lines.append("}")
    return "\n".join(lines)

"""``multipie call``: one export of a fresh domain, its result printed.

Its parameters are the table :data:`PARAMS` (:mod:`.table`), like ``run``'s: the typer
command and the fast path of :func:`multipie.cli.main.main` are both made from it. No typer here.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from multipie.cli import startgc
from multipie.cli.run import FUEL, MEMORY_LIMIT, TIMEOUT
from multipie.cli.table import Param
from multipie.errors import ArgumentError, NoSuchExport

if TYPE_CHECKING:
    import multipie

__all__ = ["PARAMS", "call", "parse_value"]

#: ``call``'s parameters, in order.
PARAMS: tuple[Param, ...] = (
    Param("module", required=True, help="Module to load."),
    Param("export", required=True, help="Function export to call."),
    Param(
        "args", many=True, help="Arguments: numbers; for components by WIT type (strings as is, lists/records JSON)."
    ),
    TIMEOUT,
    FUEL,
    MEMORY_LIMIT,
)


def parse_value(text: str, kind: str, where: str, func: str, index: int) -> int | float:
    """Argument ``index`` of ``func`` as the Wasm ``kind`` expects (``0x`` hex accepted for ints).

    Raises:
        ArgumentError: ``text`` is not a number of that kind (the message is the one every call path uses).
    """
    try:
        if kind in ("i32", "i64", "u32", "u64", "ptr"):
            return int(text, 0)
        return float(text)
    except ValueError:
        raise ArgumentError.bad_value(where, func, index, kind, text, f"not a valid {kind}") from None


def call(
    module: str,
    export: str,
    args: list[str] | None = None,
    timeout: float | None = None,
    fuel: int | None = None,
    memory_limit: int | None = None,
) -> None:
    """Call one export of a fresh domain and print the result."""
    import multipie

    rt = multipie.Runtime()
    try:
        svc = rt.load(module)
        startgc.resume()  # start-up is over: the guest's run is collected as always
        values = list(args or [])
        typed = getattr(svc, "parse_arguments", None)  # kinds with typed exports (components: WIT)
        params = None if typed is not None else _param_kinds(svc, export)
        parsed: list[Any]
        if typed is not None:
            parsed = typed(export, values)
        elif params is not None:
            if len(values) != len(params):
                raise ArgumentError.arity(svc.name, export, params, len(values))
            parsed = [
                parse_value(v, k, svc.name, export, i) for i, (v, k) in enumerate(zip(values, params, strict=True))
            ]
        else:
            parsed = [
                parse_value(v, "i64" if v.lstrip("-").isdigit() else "f64", svc.name, export, i)
                for i, v in enumerate(values)
            ]
        # A virtine's WRITE hypercall (vt_printf) goes to the terminal, as a WASI program's output does.
        streams: dict[str, Any] = {}
        if svc.kind == "virtine":
            streams = {"stdout": sys.stdout.buffer, "stderr": sys.stderr.buffer}
            sys.stdout.flush()
        with svc.spawn(timeout=timeout, fuel=fuel, memory_limit=memory_limit, **streams) as d:
            result = d.call(export, *parsed)
        if streams:
            sys.stdout.buffer.flush()
    finally:
        rt.close()
    # Results are data, printed as they are (never read as rich markup, never folded at the terminal's width).
    if typed is not None and result is not None and not isinstance(result, str):
        import json  # only structured results need it (a string or a number is printed as is)

        print(json.dumps(result, default=_jsonable))
    elif isinstance(result, tuple):
        print(" ".join(str(r) for r in result))
    elif result is not None:
        print(str(result))


def _jsonable(v: Any) -> Any:
    """JSON for what a typed call returns beyond JSON's own types (variants, flags, bytes, resources)."""
    if isinstance(v, (set, frozenset)):
        return sorted(v)
    if isinstance(v, (bytes, bytearray)):
        return list(v)
    if isinstance(v, tuple):
        return list(v)
    tag = getattr(v, "tag", None)
    if isinstance(tag, str):
        return {tag: getattr(v, "value", None)}
    return repr(v)


def _param_kinds(svc: multipie.Service, export: str) -> list[str] | None:
    for e in svc.exports:
        if e.name == export and e.kind == "function":
            return list(e.params)
    names = sorted(e.name for e in svc.exports if e.kind == "function")
    raise NoSuchExport(f"{svc.name}: no function export '{export}' (function exports: {', '.join(names) or 'none'})")

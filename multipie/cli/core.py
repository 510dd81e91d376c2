"""``multipie call`` and ``inspect``: the wasmtime-CLI-style verbs beside ``run`` (:mod:`.run`)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

import multipie
from multipie.cli.output import console
from multipie.cli.run import FUEL, HOST_ROOT, MEMORY_LIMIT, TIMEOUT, legacy_options
from multipie.cli.table import typer_info
from multipie.errors import ArgumentError, InvalidModule

__all__ = ["call", "describe", "inspect", "parse_value"]


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


#: Limit options shared with ``run`` (one declaration each: :data:`multipie.cli.run.TIMEOUT`, ...).
TimeoutOption = Annotated[float | None, typer_info(TIMEOUT)]
FuelOption = Annotated[int | None, typer_info(FUEL)]
MemoryLimitOption = Annotated[int | None, typer_info(MEMORY_LIMIT)]
HostRootOption = Annotated[str | None, typer_info(HOST_ROOT)]


def _runtime() -> multipie.Runtime:
    return multipie.Runtime()


def call(
    module: Annotated[str, typer.Argument(help="Module to load.")],
    export: Annotated[str, typer.Argument(help="Function export to call.")],
    args: Annotated[
        list[str] | None,
        typer.Argument(help="Arguments: numbers; for components by WIT type (strings as is, lists/records JSON)."),
    ] = None,
    timeout: TimeoutOption = None,
    fuel: FuelOption = None,
    memory_limit: MemoryLimitOption = None,
) -> None:
    """Call one export of a fresh domain and print the result."""
    rt = _runtime()
    try:
        svc = rt.load(module)
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
    if typed is not None and result is not None and not isinstance(result, str):
        console.print(json.dumps(result, default=_jsonable), markup=False, highlight=False)
    elif isinstance(result, tuple):
        console.print(" ".join(str(r) for r in result))
    elif result is not None:
        console.print(str(result))


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
    from multipie.errors import NoSuchExport

    raise NoSuchExport(f"{svc.name}: no function export '{export}' (function exports: {', '.join(names) or 'none'})")


def describe(svc: multipie.Service) -> dict[str, Any]:
    """What ``inspect`` shows, as plain data."""
    from multipie.packages.policy import needs  # `run` never loads the packages machinery

    info: dict[str, Any] = {
        "name": svc.name,
        "kind": svc.kind,
        "digest": svc.digest,
        "imports": [{"name": i.key, "kind": i.kind, "type": i.type} for i in svc.imports],
        "exports": [{"name": e.name, "kind": e.kind, "type": e.type} for e in svc.exports],
        "memories": [e.name for e in svc.exports if e.kind == "memory"]
        + [i.key + " (imported)" for i in svc.imports if i.kind == "memory"],
        "needs": needs(svc.imports),
    }
    info.update(svc.details())
    return info


def _is_dynamic_elf(module: str) -> bool:
    from pathlib import Path

    from multipie.domains.legacy.elf import is_dynamic

    path = Path(module)
    return path.is_file() and is_dynamic(path.read_bytes())


def _cell(value: Any) -> str:
    """A details value as table text: lists comma-separated, mappings as ``k=v``, nothing as ``(none)``."""
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items()) or "(none)"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "(none)"
    return str(value)


def inspect(
    module: Annotated[str, typer.Argument(help="Module or image to describe.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    host_root: HostRootOption = None,
) -> None:
    """Show kind, sha256, imports (requested authority), exports and memories; for a Linux program or
    image also its interpreter, the libraries it loads (and missing ones) and the root it sees."""
    rt = _runtime()
    opts = legacy_options(host_root=host_root)
    try:
        try:
            svc = rt.load(module, **opts)
        except InvalidModule:
            if not _is_dynamic_elf(module):
                raise
            svc = rt.load(module, isolation="process")  # describe it as `run --isolation process` would run it
        info = describe(svc)
    finally:
        rt.close()
    if as_json:
        console.print_json(json.dumps(info))
        return
    from rich.table import Table
    from rich.text import Text

    # Every value may come from the module (names, paths): shown as plain Text, never parsed as
    # markup, so a module cannot restyle or hide the authority it asks for (`env.[network_access]`).
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column(overflow="fold")
    for key in info:
        if key not in ("imports", "exports", "needs"):
            head.add_row(key.replace("_", " "), Text(_cell(info[key])))
    console.print(head)
    console.print("needs: " + (", ".join(info["needs"]) or "nothing"), highlight=False, markup=False)
    for section in ("imports", "exports"):
        t = Table(title=section, title_justify="left")
        for col in ("name", "kind", "type"):
            t.add_column(col, overflow="fold")
        for row in info[section]:
            t.add_row(Text(row["name"]), Text(row["kind"]), Text(row["type"]))
        if not info[section]:
            t.add_row("(none)", "", "")
        console.print(t)

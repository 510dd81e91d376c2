"""``multipie inspect``: what a module, component, program or image is and asks for (``run``, ``call``: own modules)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

import multipie
from multipie.cli.output import console
from multipie.cli.run import HOST_ROOT, legacy_options
from multipie.cli.table import typer_info
from multipie.errors import InvalidModule

__all__ = ["describe", "inspect"]


#: Shared with ``run`` (one declaration: :data:`multipie.cli.run.HOST_ROOT`).
HostRootOption = Annotated[str | None, typer_info(HOST_ROOT)]


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
    rt = multipie.Runtime()
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

"""``multipie run``, ``call`` and ``inspect``: the wasmtime-CLI-style verbs."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Annotated, Any

import typer

import multipie
from multipie.cli.output import console, parse_size_option
from multipie.errors import ArgumentError, InvalidModule, UsageError

__all__ = ["DIR_HELP", "parse_value", "parse_env", "parse_dirs"]


def parse_env(pairs: list[str]) -> dict[str, str]:
    """``["K=V", ...]`` → dict.

    Raises:
        UsageError: a pair without ``=``, an empty key, or bytes that are not UTF-8.
    """
    env: dict[str, str] = {}
    for p in pairs:
        if "=" not in p:
            raise UsageError(f"--env {p!r}: expected KEY=VALUE")
        k, v = p.split("=", 1)
        if not k:
            raise UsageError(f"--env {p!r}: the name before '=' is empty (expected KEY=VALUE)")
        if not _is_utf8(p):
            raise UsageError(f"--env {_shown(p)}: not valid UTF-8 (guests get UTF-8 environment strings)")
        env[k] = v
    return env


def parse_dirs(specs: list[str]) -> dict[str, str]:
    """``["HOST[::GUEST][:ro]", ...]`` → ``{host: guest}`` (guest defaults to host; ``:ro`` kept on it).

    Raises:
        UsageError: no host part, or ``HOST:GUEST`` with one colon where ``HOST::GUEST`` was meant.
    """
    dirs: dict[str, str] = {}
    for s in specs:
        host, sep, guest = s.partition("::")
        if not sep and host.endswith((":ro", ":rw")):  # HOST:ro: same path in the guest
            host, guest = host[:-3], host
        if not host:
            raise UsageError(f"--dir {s!r}: expected HOST[::GUEST][:ro]")
        if not guest and ":" in host and not os.path.isdir(host):
            a, _, b = host.partition(":")
            raise UsageError(f"--dir {s!r}: not a directory on the host; to map {a} at {b}, write {a}::{b}")
        dirs[host] = guest or host
    return dirs


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # undecodable argv bytes arrive as lone surrogates
        return False
    return True


def _shown(text: str) -> str:
    return repr(text.encode("utf-8", "surrogateescape"))


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


DIR_HELP = "HOST[::GUEST][:ro] directory to grant: read-write by default, read-only with :ro."

#: Limit options shared by every verb that runs guest code.
TimeoutOption = Annotated[float | None, typer.Option(metavar="SECONDS", help="Wall-clock limit per call.")]
FuelOption = Annotated[int | None, typer.Option(metavar="N", help="Instruction budget per call.")]
MemoryLimitOption = Annotated[
    int | None,
    typer.Option(
        "--memory-limit", metavar="SIZE", parser=parse_size_option, help="Memory cap: bytes, or 64KiB, 16MiB, 1GiB."
    ),
]


HostRootOption = Annotated[
    str | None,
    typer.Option(
        "--host-root",
        metavar="system|derived|none",
        help="Legacy programs from the host: what of the host they see (default system: /usr, a filtered /etc).",
    ),
]


def _legacy_options(**options: str | list[str] | None) -> dict[str, Any]:
    """The legacy load options given on the command line (others are not passed: a Wasm module takes none)."""
    return {k: v for k, v in options.items() if v}


def _runtime() -> multipie.Runtime:
    return multipie.Runtime()


def run(
    module: Annotated[
        str, typer.Argument(help="A .wasm/.wat file, a static Linux executable, or a package/image (layout, tar, ref).")
    ],
    args: Annotated[list[str] | None, typer.Argument(help="Arguments passed to the program (an image's CMD).")] = None,
    env: Annotated[
        list[str] | None,
        typer.Option("--env", "-e", metavar="KEY=VALUE", help="An environment variable for the guest (repeatable)."),
    ] = None,
    dir: Annotated[list[str] | None, typer.Option("--dir", metavar="HOST[::GUEST][:ro]", help=DIR_HELP)] = None,
    timeout: TimeoutOption = None,
    fuel: FuelOption = None,
    memory_limit: MemoryLimitOption = None,
    isolation: Annotated[
        str | None,
        typer.Option(
            metavar="virtine|process",
            help="Legacy programs: in a virtine (default) or a bubblewrap process (weaker; dynamic ELFs).",
        ),
    ] = None,
    stats: Annotated[
        bool, typer.Option("--stats", help="Print what the run cost to stderr (exits, syscalls, faults, time).")
    ] = False,
    net: Annotated[
        list[str] | None,
        typer.Option("--net", metavar="connect|listen:HOST:PORT", help="Legacy programs: a host address to grant."),
    ] = None,
    host_root: HostRootOption = None,
) -> None:
    """Run a WASI command, a Linux executable or a container image: stream its output, exit with its code."""
    rt = _runtime()
    argv = list(args or [])
    if argv[:1] == ["--"]:
        argv = argv[1:]
    t0, cpu0 = time.perf_counter(), os.times()
    svc: multipie.Service | None = None
    try:
        sys.stdout.flush()
        svc = rt.load(module, **_legacy_options(isolation=isolation, host_root=host_root, net=net))
        code = rt.run_command(
            svc,
            argv,
            env=parse_env(env or []),
            dirs=parse_dirs(dir or []),
            timeout=timeout,
            fuel=fuel,
            memory_limit=memory_limit,
        )
    finally:
        rt.close()
        if stats:
            _print_stats(svc, time.perf_counter() - t0, cpu0)
    raise typer.Exit(code)


def _print_stats(svc: multipie.Service | None, wall: float, cpu0: Any) -> None:
    """``--stats``: the legacy run's counters, or for other kinds what the process measured."""
    cpu = os.times()
    sys.stdout.flush()
    run = getattr(svc, "last_stats", None)
    if run is not None:
        print(run.report(), file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"process     {wall * 1e3:.1f} ms wall (with start-up), user {(cpu.user - cpu0.user) * 1e3:.1f} ms, "
        f"system {(cpu.system - cpu0.system) * 1e3:.1f} ms, peak RSS {peak / 1024:.1f} MiB",
        file=sys.stderr,
    )


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
    opts = _legacy_options(host_root=host_root)
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

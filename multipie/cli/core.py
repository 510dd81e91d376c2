"""``multipie run``, ``call`` and ``inspect``: the wasmtime-CLI-style verbs."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Annotated, Any

import typer
from rich.table import Table

import multipie
from multipie.cli.app import app, console
from multipie.errors import ArgumentError, UsageError
from multipie.packages.policy import needs

__all__ = ["parse_value", "parse_env", "parse_dirs"]


def parse_env(pairs: list[str]) -> dict[str, str]:
    """``["K=V", ...]`` → dict; raises UsageError on a pair without ``=``."""
    env: dict[str, str] = {}
    for p in pairs:
        if "=" not in p:
            raise UsageError(f"--env {p!r}: expected KEY=VALUE")
        k, v = p.split("=", 1)
        env[k] = v
    return env


def parse_dirs(specs: list[str]) -> dict[str, str]:
    """``["HOST[::GUEST]", ...]`` → ``{host: guest}`` (guest defaults to host)."""
    dirs: dict[str, str] = {}
    for s in specs:
        host, _, guest = s.partition("::")
        if not host:
            raise UsageError(f"--dir {s!r}: expected HOST[::GUEST]")
        dirs[host] = guest or host
    return dirs


def parse_value(text: str, kind: str, where: str) -> int | float:
    """A CLI argument as the Wasm ``kind`` expects (``0x`` hex accepted for ints)."""
    try:
        if kind in ("i32", "i64", "u32", "u64", "ptr"):
            return int(text, 0)
        return float(text)
    except ValueError:
        raise ArgumentError(f"{where}: {text!r} is not a valid {kind}") from None


#: Limit options shared by every verb that runs guest code.
TimeoutOption = Annotated[float | None, typer.Option(help="Wall-clock limit per call, seconds.")]
FuelOption = Annotated[int | None, typer.Option(help="Instruction budget per call.")]
MemoryLimitOption = Annotated[int | None, typer.Option("--memory-limit", help="Memory cap in bytes.")]


def _runtime() -> multipie.Runtime:
    return multipie.Runtime()


@app.command(context_settings={"allow_interspersed_args": False, "ignore_unknown_options": True})
def run(
    module: Annotated[
        str, typer.Argument(help="A .wasm/.wat file, a static Linux executable, or a package/image (layout, tar, ref).")
    ],
    args: Annotated[list[str] | None, typer.Argument(help="Arguments passed to the program (an image's CMD).")] = None,
    env: Annotated[list[str] | None, typer.Option("--env", "-e", help="KEY=VALUE for the guest.")] = None,
    dir: Annotated[list[str] | None, typer.Option("--dir", help="HOST[::GUEST] directory to preopen.")] = None,
    timeout: TimeoutOption = None,
    fuel: FuelOption = None,
    memory_limit: MemoryLimitOption = None,
    isolation: Annotated[
        str | None,
        typer.Option(help="Legacy programs: 'virtine' (default) or 'process' (bubblewrap, weaker; dynamic ELFs)."),
    ] = None,
    stats: Annotated[
        bool, typer.Option("--stats", help="Print what the run cost to stderr (exits, syscalls, faults, time).")
    ] = False,
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
        svc = rt.load(module, isolation=isolation) if isolation else rt.load(module)
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


@app.command()
def call(
    module: Annotated[str, typer.Argument(help="Module to load.")],
    export: Annotated[str, typer.Argument(help="Function export to call.")],
    args: Annotated[list[str] | None, typer.Argument(help="Arguments (ints or floats).")] = None,
    timeout: TimeoutOption = None,
    fuel: FuelOption = None,
    memory_limit: MemoryLimitOption = None,
) -> None:
    """Call one export of a fresh domain and print the result."""
    rt = _runtime()
    try:
        svc = rt.load(module)
        params = _param_kinds(svc, export)
        values = list(args or [])
        if params is not None:
            if len(values) != len(params):
                raise ArgumentError(
                    f"{svc.name}: export '{export}' takes {len(params)} argument(s) {tuple(params)}, got {len(values)}"
                )
            parsed: list[Any] = [
                parse_value(v, k, f"{svc.name}.{export} argument {i}")
                for i, (v, k) in enumerate(zip(values, params, strict=True))
            ]
        else:
            parsed = [parse_value(v, "i64" if v.lstrip("-").isdigit() else "f64", export) for v in values]
        with svc.spawn(timeout=timeout, fuel=fuel, memory_limit=memory_limit) as d:
            result = d.call(export, *parsed)
    finally:
        rt.close()
    if isinstance(result, tuple):
        console.print(" ".join(str(r) for r in result))
    elif result is not None:
        console.print(str(result))


def _param_kinds(svc: multipie.Service, export: str) -> list[str] | None:
    for e in svc.exports:
        if e.name == export and e.kind == "function":
            return list(e.params)
    names = sorted(e.name for e in svc.exports if e.kind == "function")
    from multipie.errors import NoSuchExport

    raise NoSuchExport(f"{svc.name}: no function export '{export}' (function exports: {', '.join(names) or 'none'})")


def describe(svc: multipie.Service) -> dict[str, Any]:
    """What ``inspect`` shows, as plain data."""
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


@app.command()
def inspect(
    module: Annotated[str, typer.Argument(help="Module or image to describe.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Show kind, sha256, imports (requested authority), exports and memories."""
    rt = _runtime()
    try:
        info = describe(rt.load(module))
    finally:
        rt.close()
    if as_json:
        console.print_json(json.dumps(info))
        return
    head = Table.grid(padding=(0, 2))
    for key in info:
        if key not in ("imports", "exports", "needs"):
            value = info[key]
            head.add_row(f"[bold]{key}[/]", ", ".join(map(str, value)) if isinstance(value, list) else str(value))
    console.print(head)
    console.print("needs: " + (", ".join(info["needs"]) or "nothing"), highlight=False, markup=False)
    for section in ("imports", "exports"):
        t = Table(title=section, title_justify="left")
        t.add_column("name")
        t.add_column("kind")
        t.add_column("type")
        for row in info[section]:
            t.add_row(row["name"], row["kind"], row["type"])
        if not info[section]:
            t.add_row("(none)", "", "")
        console.print(t)

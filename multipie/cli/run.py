"""``multipie run``: a WASI command, a Linux executable or a container image, output streamed, its exit code.

Its parameters are the table :data:`PARAMS` (:mod:`.table`): the typer command and the
fast path of :func:`multipie.cli.main.main` (which runs ``run`` without importing typer)
are both made from it. This module imports no typer.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any

from multipie.cli import startgc
from multipie.cli.table import Param
from multipie.errors import UsageError

if TYPE_CHECKING:
    import multipie

__all__ = ["DIR_HELP", "FUEL", "HOST_ROOT", "MEMORY_LIMIT", "PARAMS", "TIMEOUT", "parse_dirs", "parse_env", "run"]


def _size(text: str) -> int:
    from multipie.cli.output import parse_size_option

    return parse_size_option(text)


DIR_HELP = "HOST[::GUEST][:ro] directory to grant: read-write by default, read-only with :ro."

#: Limit options shared by every verb that runs guest code (``call`` takes them from here too).
TIMEOUT = Param("timeout", float, ("--timeout",), metavar="SECONDS", help="Wall-clock limit per call.")
FUEL = Param("fuel", int, ("--fuel",), metavar="N", help="Instruction budget per call.")
MEMORY_LIMIT = Param(
    "memory_limit", int, ("--memory-limit",), metavar="SIZE", parser=_size,
    help="Memory cap: bytes, or 64KiB, 16MiB, 1GiB.",
)  # fmt: skip
HOST_ROOT = Param(
    "host_root", str, ("--host-root",), metavar="system|derived|none",
    help="Legacy programs from the host: what of the host they see (default system: /usr, a filtered /etc).",
)  # fmt: skip

#: ``run``'s parameters, in order (options must come before MODULE; what follows it is the program's).
PARAMS: tuple[Param, ...] = (
    Param(
        "module", required=True,
        help="A .wasm/.wat file, a static Linux executable, or a package/image (layout, tar, ref).",
    ),
    Param("args", many=True, help="Arguments passed to the program (an image's CMD)."),
    Param(
        "env", str, ("--env", "-e"), many=True, metavar="KEY=VALUE",
        help="An environment variable for the guest (repeatable).",
    ),
    Param("dir", str, ("--dir",), many=True, metavar="HOST[::GUEST][:ro]", help=DIR_HELP),
    TIMEOUT,
    FUEL,
    MEMORY_LIMIT,
    Param(
        "isolation", str, ("--isolation",), metavar="virtine|process",
        help="Legacy programs: in a virtine (default) or a bubblewrap process (weaker; dynamic ELFs).",
    ),
    Param("stats", bool, ("--stats",), help="Print what the run cost to stderr (exits, syscalls, faults, time)."),
    Param("net", str, ("--net",), many=True, metavar="connect|listen:HOST:PORT",
          help="Legacy programs: a host address to grant."),
    HOST_ROOT,
)  # fmt: skip


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


def legacy_options(**options: str | list[str] | None) -> dict[str, Any]:
    """The legacy load options given on the command line (others are not passed: a Wasm module takes none)."""
    return {k: v for k, v in options.items() if v}


def run(
    module: str,
    args: list[str] | None = None,
    env: list[str] | None = None,
    dir: list[str] | None = None,  # noqa: A002 - the option's name
    timeout: float | None = None,
    fuel: int | None = None,
    memory_limit: int | None = None,
    isolation: str | None = None,
    stats: bool = False,
    net: list[str] | None = None,
    host_root: str | None = None,
) -> int:
    """Run a WASI command, a Linux executable or a container image: stream its output, exit with its code."""
    import multipie

    rt = multipie.Runtime()
    argv = list(args or [])
    if argv[:1] == ["--"]:
        argv = argv[1:]
    t0, cpu0 = time.perf_counter(), os.times()
    svc: multipie.Service | None = None
    try:
        sys.stdout.flush()
        svc = rt.load(module, **legacy_options(isolation=isolation, host_root=host_root, net=net))
        startgc.resume()  # start-up is over: the guest's run is collected as always
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
    return code


def _print_stats(svc: multipie.Service | None, wall: float, cpu0: Any) -> None:
    """``--stats``: the legacy run's counters, or for other kinds what the process measured."""
    cpu = os.times()
    sys.stdout.flush()
    stats = getattr(svc, "last_stats", None)
    if stats is not None:
        print(stats.report(), file=sys.stderr)
    import resource  # --stats only

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"process     {wall * 1e3:.1f} ms wall (with start-up), user {(cpu.user - cpu0.user) * 1e3:.1f} ms, "
        f"system {(cpu.system - cpu0.system) * 1e3:.1f} ms, peak RSS {peak / 1024:.1f} MiB",
        file=sys.stderr,
    )

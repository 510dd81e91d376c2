"""WASI preview 1: running command modules and configuring reactors.

A command (``_start``) runs to completion in a fresh domain with argv, env,
stdio and preopened directories; its exit code is returned. Preopens are
capabilities: the guest can reach only what lies under the host directories
it was given, and Wasmtime's WASI implementation refuses ``..`` and absolute
paths that would leave them (tests prove it).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import wasmtime

from multipie.domains.base import Command, Stream
from multipie.domains.wasm import _capi, traps
from multipie.domains.wasm.binary import memory_types
from multipie.domains.wasm.budget import Caps
from multipie.domains.wasm.engine import NO_DEADLINE, EngineConfig
from multipie.domains.wasm.holders import _memory_layout
from multipie.domains.wasm.writers import Writers
from multipie.errors import InvalidModule, MultipieError, UsageError

__all__ = ["Stream", "run_command", "reactor_wasi", "revocable_memories"]

#: Most memories a run revoked on Ctrl-C may have (``native/revoke.c``'s MEMS).
_MAX_REVOCABLE = 4

#: A stdio argument: ``None`` (inherit the host's), a path, bytes (stdin), or a file-like object.


def reactor_wasi() -> wasmtime.WasiConfig:
    """WASI context for reactor domains: host stdout/stderr (logs), no stdin, no files, no env."""
    cfg = wasmtime.WasiConfig()
    cfg.inherit_stdout()
    cfg.inherit_stderr()
    return cfg


def revocable_memories(wasm: bytes) -> bool:
    """True when revoking a module's exported memories reaches all of its memory (Ctrl-C without epochs).

    Every memory must be defined by the module (an imported one is someone else's), exported
    (the run finds its address through the export), not shared (other threads use it) and
    32-bit; at most four. Anything the reader does not understand answers False.
    """
    try:
        imports, exported, _ = _memory_layout(wasm)
        mems = memory_types(wasm)
    except (ValueError, IndexError):
        return False
    if imports or not mems or len(mems) > _MAX_REVOCABLE or any(m.shared or m.memory64 for m in mems):
        return False
    return exported == set(range(len(mems)))


def _writer(stream: Any) -> Callable[[bytes], None]:
    if hasattr(stream, "buffer"):
        buf = stream.buffer

        def write(data: bytes) -> None:
            buf.write(data)
            buf.flush()

        return write
    if isinstance(stream, (bytearray,)):
        return stream.extend
    return stream.write  # type: ignore[no-any-return]


def _set_out(cfg: wasmtime.WasiConfig, which: str, stream: Stream, writers: Writers | None) -> None:
    if stream is None:
        getattr(cfg, f"inherit_{which}")()
    elif isinstance(stream, (str, os.PathLike)):
        setattr(cfg, f"{which}_file", os.fspath(stream))
    elif stream is sys.stdout or stream is sys.stderr or hasattr(stream, "write") or isinstance(stream, bytearray):
        write = _writer(stream)
        setattr(cfg, f"{which}_custom", write if writers is None else writers.wrap(which, write))
    else:
        raise UsageError(f"{which} must be None, a path, a bytearray or a writable file object")


def _set_in(cfg: wasmtime.WasiConfig, stream: Stream, cleanup: list[str]) -> None:
    if stream is None:
        cfg.inherit_stdin()
        return
    if isinstance(stream, (str, os.PathLike)):
        if not Path(stream).is_file():
            raise UsageError(f"stdin file {os.fspath(stream)!r} does not exist")
        cfg.stdin_file = os.fspath(stream)
        return
    if isinstance(stream, (bytes, bytearray, memoryview)):
        data = bytes(stream)
    elif hasattr(stream, "read"):
        data = stream.read()
        if isinstance(data, str):
            data = data.encode()
    else:
        raise UsageError("stdin must be None, a path, bytes or a readable file object")
    import tempfile  # only runs given stdin as bytes pay for tempfile (and shutil, random) at start-up

    fd, tmp = tempfile.mkstemp(prefix="multipie-stdin-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    cleanup.append(tmp)
    cfg.stdin_file = tmp


def build_config(
    args: Sequence[str],
    env: Mapping[str, str],
    dirs: Mapping[str, str],
    stdin: Stream,
    stdout: Stream,
    stderr: Stream,
    cleanup: list[str],
    *,
    readonly_dirs: bool = False,
    writers: Writers | None = None,
) -> wasmtime.WasiConfig:
    """A WasiConfig for one command run (argv[0] included in ``args``; ``readonly_dirs``: no writes).

    ``writers``: keeps what a custom stdout/stderr writer raises, for :meth:`Writers.check` after the run.
    """
    cfg = wasmtime.WasiConfig()
    cfg.argv = list(args)
    cfg.env = [(str(k), str(v)) for k, v in env.items()]
    if dirs:  # the file multiplexer's package is only needed here: a run without --dir never imports it
        from multipie.resources.fs import grant_mode
    for host, spec in dirs.items():
        hp = Path(host)
        if not hp.is_dir():
            raise UsageError(f"directory grant {host!r}: not a directory on the host")
        guest, readonly = grant_mode(str(spec))
        if not guest.startswith("/") and guest != ".":
            guest = "/" + guest
        cfg.preopen_dir(str(hp.resolve()), guest, fs_mutable=not (readonly_dirs or readonly))
    _set_in(cfg, stdin, cleanup)
    _set_out(cfg, "stdout", stdout, writers)
    _set_out(cfg, "stderr", stderr, writers)
    return cfg


def run_command(
    service: Any,
    command: Command,
    *,
    memory_limit: int | None,
    fuel: int | None,
    timeout: float | None,
    readonly_dirs: bool = False,
) -> int:
    """Run a WASI command service once; returns its exit code (``readonly_dirs``: preopens are read-only).

    Ctrl-C (SIGINT on the main thread) stops it: ``KeyboardInterrupt`` is raised. A run with
    no timeout runs without epoch checks where its memories can be revoked and its loops and
    tail-calling functions start with a poll of memory 0
    (:meth:`~multipie.domains.wasm.engine.EngineSet.run_config`, :mod:`.looppoll`), so even a
    loop touching nothing else stops; any other run has epoch checks. Should a run go on without
    touching its memory all the same, a second Ctrl-C ends the process (``native/revoke.c``).

    Raises:
        InvalidModule: the module has no ``_start``.
        Trap, Timeout, OutOfFuel, OutOfMemory: the program faulted.
        HostError: a custom stdout/stderr writer raised (its exception is the ``__cause__``).
    """
    if not service.is_command:
        raise InvalidModule(f"{service.name}: not a WASI command (no '_start' export)")
    state = service.state
    limits = service.host.limits(memory_limit=memory_limit, fuel=fuel, timeout=timeout)
    cleanup: list[str] = []
    metered = limits.fuel is not None
    # Commands run on their own engine (big reservations: memory never moves, no bounds checks),
    # without epoch checks when nothing needs them.
    config = service.run_config(timed=limits.timeout is not None, fuel=metered)
    store = _capi.OwnedStore(state.engines.reserve_engine(config, fuel=metered))
    writers = Writers()
    try:
        store.set_wasi(_command_config(service.name, command, cleanup, readonly_dirs, writers))
        ticker = state.ticker if limits.timeout is not None else None
        caps = service.budget.caps(limits.memory_limit)
        caps.check(service.name)
        _apply_limits(store, limits, caps, ticker)
        instance = service._instantiate_pre(store, metered, config=config)
        memories = None if config.interruptible else _memories(store, instance, service, config)
        label = f"{service.name}#command"
        try:
            code = _run_start(store, instance, label, limits.timeout, ticker, memories)
        except MultipieError:
            writers.check(label)  # the writer's failure is the cause (a guest may trap on EIO)
            raise
        writers.check(label)
        return code
    finally:
        store.close()
        writers.settle()
        remove_spooled(cleanup)


def _command_config(
    name: str, command: Command, cleanup: list[str], readonly_dirs: bool, writers: Writers
) -> wasmtime.WasiConfig:
    """The WASI configuration of one run of ``command`` (argv[0] is the service's name)."""
    return build_config(
        [name, *command.args],
        command.env,
        command.dirs,
        command.stdin,
        command.stdout,
        command.stderr,
        cleanup,
        readonly_dirs=readonly_dirs,
        writers=writers,
    )


def remove_spooled(paths: list[str]) -> None:
    """Remove a run's temporary files (``build_config``'s ``cleanup``: spooled stdin); one already gone is fine."""
    for path in paths:
        try:
            os.unlink(path)
        except OSError:
            pass


def _apply_limits(store: wasmtime.Store, limits: Any, caps: Caps, ticker: Any) -> None:
    """Memory and table caps, fuel and deadline (``ticker``: the run is timed) of a command's fresh Store."""
    if limits.memory_limit is not None:
        store.set_limits(memory_size=caps.memory_size, table_elements=caps.table_elements)
    if limits.fuel is not None:
        store.set_fuel(limits.fuel)
    _capi.set_store_deadline(store, ticker.ticks_for(limits.timeout) if ticker is not None else NO_DEADLINE)


def _memories(store: wasmtime.Store, instance: bytes, service: Any, config: EngineConfig) -> list[tuple[int, int]]:
    """(base, reservation) of each memory the instance exports (all of its memories: revocable_memories)."""
    ctx = _capi.context(store)
    found = []
    for e in service.exports:
        if e.kind != "memory":
            continue
        item = _capi.export_get(ctx, instance, e.name)
        if item is not None and item.kind == _capi.EXTERN_MEMORY:
            base, _ = _capi.memory_bounds(ctx, item.of.memory)
            found.append((base, config.memory_reservation))
    return sorted(set(found))


def _run_start(
    store: wasmtime.Store,
    instance: bytes,
    label: str,
    timeout: float | None,
    ticker: Any,
    memories: list[tuple[int, int]] | None = None,
) -> int:
    """Call ``_start`` of ``instance``: its exit code (0 when it returns, else ``proc_exit``'s).

    ``memories``: the run has no epoch checks; these are revoked on Ctrl-C (``native/revoke.c``).
    """
    ctx = _capi.context(store)
    func = _capi.export_func(ctx, instance, "_start")
    raw = _capi.val_array(1)
    trap = _capi.TrapP()
    if memories is not None:
        # SAFETY: as below; memories are this Store's own, alive until store.close() after the call.
        code, interrupted = _capi.call_revocable(ctx, func, raw, 1, trap, memories)
        if interrupted:
            _discard(trap, code)
            raise KeyboardInterrupt
        return _outcome(trap, code, label, timeout)
    if ticker is not None:
        ticker.enter()
    try:
        # SAFETY: _start is () -> () in this Store (checked by is_command); one slot suffices.
        err = _capi.call_unchecked(ctx, ctypes.byref(func), raw, 1, ctypes.byref(trap))
    finally:
        if ticker is not None:
            ticker.leave()
    return _outcome(trap, err, label, timeout)


def _discard(trap: Any, err: int) -> None:
    """Free what an interrupted run returned (and any host exception it left)."""
    _capi.clear_host_exception()
    if trap:
        _capi.delete_trap(trap)
    if err:
        _capi.delete_error(err)


def _outcome(trap: Any, err: Any, label: str, timeout: float | None) -> int:
    """The exit code of a finished ``_start`` call, or its fault raised."""
    if trap:
        raise traps.from_trap_ptr(trap, domain=label, timeout=timeout)
    if err:
        werr = _capi.take_error(err)
        status = _capi.exit_status(werr)
        if status is not None:
            return status
        raise traps.from_error_ptr(werr, domain=label, timeout=timeout)
    return 0

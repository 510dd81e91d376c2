"""Isolated SQLite user-defined functions: register a virtine (or a Wasm export) with ``sqlite3``.

::

    import sqlite3
    from multipie import udf, virtine

    conn = sqlite3.connect(":memory:")
    udf.register(conn, "fib", virtine.compile(SRC, "fib"))
    conn.execute("SELECT fib(x) FROM t")

Every row's call of a virtine runs in a fresh VM state. A Wasm export keeps
its domain's memory between rows (it is one instance); pass a
:class:`~multipie.domains.base.Service` and ``export=`` with ``fresh=True``
to spawn a new domain per row instead.

SQL semantics: a row with a NULL argument gives NULL without calling the guest
(as SQL's own functions do). A function with more than one result cannot be a
scalar SQL function and is refused by :func:`register`.

Errors: SQLite replaces any exception raised in a function by its own
``sqlite3.OperationalError("user-defined function raised exception")``, so
the multiPIE error (which names the function and the row's arguments) is kept
for the caller: :func:`last_error` returns it (per thread), and it is logged on
the ``multipie.udf`` logger.
"""

from __future__ import annotations

import inspect
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from multipie.domains.base import Service
from multipie.errors import MultipieError, UsageError

__all__ = ["last_error", "register"]

log = logging.getLogger("multipie.udf")
_last = threading.local()


def last_error() -> MultipieError | None:
    """The last error a multiPIE SQL function raised in this thread (what SQLite's generic message hides).

    It keeps its type and attributes; its message starts with the SQL function's name and the
    row's arguments. ``None`` until a function failed (a connection is used by one thread).
    """
    return getattr(_last, "error", None)


def _results(fn: Any) -> int | None:
    """How many results ``fn`` returns, when it says (a virtine entry, a bound Wasm export)."""
    entry = getattr(fn, "entry", None)
    if entry is not None and isinstance(getattr(entry, "result", None), str):
        return 0 if entry.result == "void" else 1
    sig = getattr(fn, "signature", None)
    results = getattr(sig, "results", None)
    return len(results) if results is not None else None


def _arity(fn: Any) -> int:
    for attr in ("nargs",):
        if isinstance(getattr(fn, attr, None), int):
            return int(getattr(fn, attr))
    entry = getattr(fn, "entry", None)  # a virtine BoundEntry
    if entry is not None and hasattr(entry, "params"):
        return len(entry.params)
    sig = getattr(fn, "signature", None)  # a Wasm BoundExport
    if sig is not None and hasattr(sig, "params"):
        return len(sig.params)
    try:
        return len(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        raise UsageError(f"cannot tell how many arguments {fn!r} takes; pass nargs=") from None


def _service_call(name: str, svc: Service, export: str | None, fresh: bool) -> tuple[Callable[..., Any], int, int]:
    """``(callable, parameter count, result count)`` of ``svc``'s function export ``export``.

    Raises:
        UsageError: no ``export`` given, or no such function export.
    """
    if export is None:
        raise UsageError(f"udf.register({name!r}): give export= to call a Service")
    info = next((e for e in svc.exports if e.name == export and e.kind == "function"), None)
    if info is None:
        raise UsageError(f"udf.register({name!r}): {svc.name} has no function export {export!r}")
    if not fresh:
        return svc.spawn().export(export), len(info.params), len(info.results)

    def call(*args: Any) -> Any:
        with svc.spawn() as d:
            return d.call(export, *args)

    return call, len(info.params), len(info.results)


def register(
    conn: sqlite3.Connection,
    name: str,
    fn: Callable[..., Any] | Service,
    *,
    export: str | None = None,
    nargs: int | None = None,
    fresh: bool = False,
    deterministic: bool = True,
) -> None:
    """Register ``fn`` as SQL function ``name`` on ``conn``.

    Args:
        conn: the SQLite connection.
        name: the SQL function name.
        fn: a :mod:`multipie.virtine` callable, a bound export (``domain.export("f")``), or a Service
            (then ``export`` names the function).
        export: the export to call when ``fn`` is a Service.
        nargs: number of SQL arguments (default: read from ``fn``).
        fresh: with a Service, spawn a new domain for every row.
        deterministic: tell SQLite the function is deterministic (enables more optimisations).

    Raises:
        UsageError: ``fn`` is a Service without ``export``, or its arity is unknown.
    """
    results: int | None
    if isinstance(fn, Service):
        call, params, results = _service_call(name, fn, export, fresh)
        n = nargs if nargs is not None else params
    else:
        call = fn
        n = nargs if nargs is not None else _arity(fn)
        results = _results(fn)
    if results is not None and results > 1:
        raise UsageError(f"udf.register({name!r}): the function returns {results} values; an SQL function returns one")

    def sql_function(*args: Any) -> Any:
        if None in args:
            return None
        try:
            return call(*args)
        except MultipieError as exc:
            shown = ", ".join(repr(a) for a in args)
            if exc.args:  # keep the type and its attributes (a Trap's code); name the function first
                exc.args = (f"SQL function {name}({shown}): {exc.args[0]}", *exc.args[1:])
            _last.error = exc
            log.warning("%s", exc)
            raise sqlite3.OperationalError(str(exc)) from exc

    conn.create_function(name, n, sql_function, deterministic=deterministic)

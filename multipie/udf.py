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
to spawn a new domain per row instead. Errors inside a call surface as
``sqlite3.OperationalError`` naming the function, with the multiPIE error
chained (SQLite itself swallows exception types).
"""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from typing import Any

from multipie.domains.base import Service
from multipie.errors import MultipieError, UsageError

__all__ = ["register"]


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
    if isinstance(fn, Service):
        svc = fn
        if export is None:
            raise UsageError(f"udf.register({name!r}): give export= to call a Service")
        info = next((e for e in svc.exports if e.name == export and e.kind == "function"), None)
        if info is None:
            raise UsageError(f"udf.register({name!r}): {svc.name} has no function export {export!r}")
        if fresh:

            def call(*args: Any) -> Any:
                with svc.spawn() as d:
                    return d.call(export, *args)

        else:
            call = svc.spawn().export(export)
        n = nargs if nargs is not None else len(info.params)
    else:
        call = fn
        n = nargs if nargs is not None else _arity(fn)

    def sql_function(*args: Any) -> Any:
        try:
            return call(*args)
        except MultipieError as exc:
            raise sqlite3.OperationalError(f"{name}: {exc}") from exc

    conn.create_function(name, n, sql_function, deterministic=deterministic)

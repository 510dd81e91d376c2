"""multipie.udf: virtines and Wasm exports as SQLite functions (errors reachable, NULL in, NULL out)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import multipie
from multipie import udf, virtine
from multipie.errors import Trap, TrapCode
from tests.cfunctionsources import CHECKSUM, FIB
from tests.conftest import needs_kvm

pytestmark = needs_kvm


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_CACHE_DIR", str(tmp_path / "cache"))


def test_sqlite_udf_over_ten_thousand_rows() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i % 20,) for i in range(10_000)])
    udf.register(conn, "vfib", virtine.compile(FIB, "fib"))
    (total,) = conn.execute("SELECT sum(vfib(x)) FROM t").fetchone()
    fibs = [0, 1]
    while len(fibs) < 20:
        fibs.append(fibs[-1] + fibs[-2])
    assert total == sum(fibs[i % 20] for i in range(10_000))


def test_sqlite_udf_with_a_wasm_export(rt: multipie.Runtime) -> None:
    svc = rt.load('(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))')
    conn = sqlite3.connect(":memory:")
    udf.register(conn, "wadd", svc, export="add")
    udf.register(conn, "wadd_fresh", svc, export="add", fresh=True)
    assert conn.execute("SELECT wadd(2, 3), wadd_fresh(4, 5)").fetchone() == (5, 9)


def test_sqlite_udf_errors_are_reported() -> None:
    conn = sqlite3.connect(":memory:")
    udf.register(conn, "crash", virtine.compile(CHECKSUM, "crash"))
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("SELECT crash(0)").fetchone()
    assert conn.execute("SELECT crash(65536) != 0").fetchone() == (1,)


def test_sqlite_udf_error_names_the_function_and_is_reachable() -> None:
    conn = sqlite3.connect(":memory:")
    udf.register(conn, "crash", virtine.compile(CHECKSUM, "crash"))
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("SELECT crash(0)").fetchone()  # SQLite's message is generic
    err = udf.last_error()
    assert isinstance(err, Trap) and err.code is TrapCode.PAGE_FAULT
    assert str(err).startswith("SQL function crash(0): ")
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("SELECT crash('text')").fetchone()  # a str for a long: ArgumentError, reachable too
    assert isinstance(udf.last_error(), multipie.ArgumentError)
    assert "crash('text')" in str(udf.last_error())


def test_sqlite_udf_null_gives_null() -> None:
    conn = sqlite3.connect(":memory:")
    udf.register(conn, "vfib", virtine.compile(FIB, "fib"))
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(10,), (None,), (5,)])
    assert conn.execute("SELECT vfib(x) FROM t ORDER BY rowid").fetchall() == [(55,), (None,), (5,)]


def test_sqlite_udf_refuses_two_results(rt: multipie.Runtime) -> None:
    svc = rt.load(
        '(module (func (export "divmod") (param i32 i32) (result i32 i32)'
        " local.get 0 local.get 1 i32.div_u local.get 0 local.get 1 i32.rem_u))"
    )
    conn = sqlite3.connect(":memory:")
    with pytest.raises(multipie.UsageError, match="returns 2 values"):
        udf.register(conn, "dm", svc, export="divmod")
    with svc.spawn() as d, pytest.raises(multipie.UsageError, match="returns 2 values"):
        udf.register(conn, "dm", d.export("divmod"))

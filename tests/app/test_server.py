"""`multipie up` lifecycle: SIGTERM with requests in flight, SIGINT, and start-up errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from apphelpers import HERE, Server, free_port, write_app

ECHO = (HERE / "guests" / "echo.wat").as_posix()
# 'work' computes ~0.5-2 s when idle; the grace and the timeout are hang guards a loaded machine never meets.
APP = f"""
[app]
name = "slow"
shutdown_grace = 120

[services.work]
source = "{ECHO}"
route = "/..."
timeout = 120
pool = 2
"""


def test_sigterm_finishes_in_flight_requests_and_exits_0(tmp_path: Path, start_server: Callable[..., Server]) -> None:
    server = start_server(write_app(tmp_path / "app", APP))
    results: list[httpx.Response | Exception] = []

    def slow() -> None:
        try:
            results.append(httpx.post(server.url + "/w", content=b"work", timeout=120))
        except httpx.HTTPError as exc:
            results.append(exc)

    threads = [threading.Thread(target=slow) for _ in range(3)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 10
    while server.ps()["inflight"] < 3:
        assert time.monotonic() < deadline, "requests never got in flight"
        time.sleep(0.01)
    server.proc.send_signal(signal.SIGTERM)
    for t in threads:
        t.join()
    code = server.stop(timeout=120)  # a hang guard: the requests have drained
    assert code == 0
    assert all(isinstance(r, httpx.Response) and r.status_code == 200 for r in results), results
    with pytest.raises(httpx.TransportError):  # no longer accepting
        httpx.get(server.url + "/metrics", timeout=2)
    logs = server.logs()
    assert any(rec["msg"] == "shutting down" and rec["signal"] == "SIGTERM" for rec in logs)
    assert any(rec["msg"] == "stopped" for rec in logs)
    assert not any(rec["msg"] == "exiting with guest calls still running" for rec in logs)  # all drained
    assert not list((server.cache / "run").glob("*.json"))  # unregistered from `multipie ps`


def test_shutdown_is_bounded_when_a_guest_outlives_the_grace(
    tmp_path: Path, start_server: Callable[..., Server]
) -> None:
    # The guest spins until its 600 s timeout: the server can only be gone within stop()'s wait if the
    # grace bounds the shutdown.
    app = f'[app]\nshutdown_grace = 1\n[services.spin]\nsource = "{ECHO}"\nroute = "/..."\ntimeout = 600\n'
    server = start_server(write_app(tmp_path / "app", app))
    t = threading.Thread(target=lambda: _swallow(lambda: httpx.post(server.url + "/", content=b"spin", timeout=60)))
    t.start()
    deadline = time.monotonic() + 10
    while server.ps()["inflight"] < 1:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert server.stop(timeout=120) == 0  # exited by itself (a kill would raise), with the guest still running
    t.join()
    left = [rec for rec in server.logs() if rec["msg"] == "exiting with guest calls still running"]
    assert len(left) == 1 and left[0]["running"] == 1 and left[0]["grace_s"] == 1


def _swallow(fn: Callable[[], object]) -> None:
    try:
        fn()
    except httpx.HTTPError:
        pass


def test_sigint_exits_0(tmp_path: Path, start_server: Callable[..., Server]) -> None:
    server = start_server(write_app(tmp_path / "app", APP))
    assert httpx.post(server.url + "/x", content=b"hi", timeout=10).status_code == 200
    assert server.stop(signal.SIGINT) == 0


def run_up(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", "from multipie.cli import main; main()", "up", *args]
    env = {**os.environ, "COLUMNS": "300"}  # rich wraps error lines at the terminal width
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)


def test_bad_manifest_is_one_line_and_exit_2(tmp_path: Path) -> None:
    write_app(tmp_path / "bad", '[services.a]\nsource = "a.wasm"\ntimeout = "soon"\n')
    out = run_up(str(tmp_path / "bad"), "--listen", f"127.0.0.1:{free_port()}")
    assert out.returncode == 2
    assert "ManifestError:" in out.stderr and "multipie.toml:3: services.a.timeout" in out.stderr
    assert "Traceback" not in out.stderr


def test_ungranted_import_refuses_to_start(tmp_path: Path) -> None:
    needs = '(module (import "env" "f" (func)) (memory (export "memory") 1))'
    write_app(tmp_path / "app", '[services.a]\nsource = "a.wat"\n', **{"a.wat": needs})
    out = run_up(str(tmp_path / "app"), "--listen", f"127.0.0.1:{free_port()}")
    assert out.returncode == 1 and "PolicyViolation:" in out.stderr and "env.f (function ->)" in out.stderr


def test_port_in_use_is_a_clear_error(tmp_path: Path, start_server: Callable[..., Server]) -> None:
    server = start_server(write_app(tmp_path / "app", APP))
    out = run_up(str(tmp_path / "app"), "--listen", f"127.0.0.1:{server.port}")
    assert out.returncode == 2 and f"cannot listen on 127.0.0.1:{server.port}" in out.stderr

"""``apps``: HTTP requests per second and latency, ours (a fresh domain per request) against three peers.

Every contender does the same work — answer a POST with the request's head and
body, headers ``content-type`` and ``x-guest`` (ours also adds ``x-request-id``) —
behind uvicorn (1 worker, no access log), measured with ``wrk`` against 127.0.0.1
in the same run. The peers run uvicorn's defaults of this project's history (h11,
asyncio's loop); ours runs ``multipie up``'s stack (llhttp and uvloop, docs/components.md),
and ``uvicorn-python-uvloop`` is the plain handler on that same stack (uvicorn's
``httptools`` protocol, uvloop), so the parser's and the loop's share can be told apart:

- ``ours``: ``multipie up`` serving the zero-copy test guest ``echo.wat``, one
  fresh isolated domain per request taken from the service's native reserve, run
  on a native worker thread (the default ``run = "thread"``); ``ours-inline``: the
  same with ``run = "inline"`` (on the event loop, timeout 0.1 s); ``ours-virtine``: the same echo written in C as a
  virtine (``guest/virtine/tests/http.c``), a fresh domain (VM state) per request;
- ``uvicorn-python``: a plain ASGI handler doing the echo in Python (no isolation);
  ``uvicorn-python-uvloop``: the same under ``http="httptools"``, ``loop="uvloop"``;
- ``wasmtime-py-per-request``: the same module, a new wasmtime-py Store and
  Instance per request, called through wasmtime-py's ``Func.__call__``;
- ``process-per-request``: CGI style, ``/bin/cat`` spawned per request with the
  body on stdin.

Servers start in parallel (each its own process), then ``wrk`` runs against one at
a time. ``... CPU`` rows: each server process's CPU time (all threads, ``/proc/PID/stat``)
per request served in the same ``wrk`` run. Quick mode: 2 s per contender (about 20 s in all).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from multipie.bench import BenchContext, Measurement, suite

__all__ = ["apps", "cpu_seconds", "parse_wrk", "serve_peer", "served_requests"]

_ECHO_WAT = Path(__file__).resolve().parents[3] / "tests" / "app" / "guests" / "echo.wat"
_BODY = b"x" * 64
#: ours-virtine: the same echo as a C virtine (guest/virtine/tests/http.c, built by `make guests`).
_ECHO_VIRTINE = Path(__file__).resolve().parents[3] / "build" / "guest" / "virtine" / "tests" / "http.virtine"


def _virtine_ready() -> bool:
    return _ECHO_VIRTINE.is_file() and os.access("/dev/kvm", os.R_OK | os.W_OK)


SERVERS = ("ours", "uvicorn-python", "uvicorn-python-uvloop", "wasmtime-py-per-request", "process-per-request")
#: (contender, server, path): ours runs twice, in a worker thread (the default) and inline on the loop.
CONTENDERS = (
    ("ours", "ours", "/echo"),
    ("ours-inline", "ours", "/inline/echo"),
    ("ours-virtine", "ours", "/virtine/echo"),
    ("uvicorn-python", "uvicorn-python", "/echo"),
    ("uvicorn-python-uvloop", "uvicorn-python-uvloop", "/echo"),
    ("wasmtime-py-per-request", "wasmtime-py-per-request", "/echo"),
    ("process-per-request", "process-per-request", "/echo"),
)

# -- the peers' servers (run in child processes) -----------------------------------------


def _read_body(receive: object) -> object:
    async def read() -> bytes:
        chunks = []
        while True:
            msg = await receive()  # type: ignore[operator]
            chunks.append(msg.get("body", b""))
            if not msg.get("more_body"):
                return b"".join(chunks)

    return read()


def _head(scope: dict) -> bytes:
    target = scope["path"] + (("?" + scope["query_string"].decode()) if scope.get("query_string") else "")
    lines = [f"{scope['method']} {target} HTTP/1.1"] + [f"{k.decode()}: {v.decode()}" for k, v in scope["headers"]]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def _send(send: object, body: bytes) -> None:
    # The headers ours sends for echo.wat's response (less the gateway's own x-request-id).
    headers = [(b"content-type", b"text/plain"), (b"x-guest", b"echo"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": body})  # type: ignore[operator]


def _plain_app() -> object:
    async def app(scope: dict, receive: object, send: object) -> None:
        if scope["type"] != "http":
            return
        body = await _read_body(receive)  # type: ignore[misc]
        await _send(send, _head(scope) + body)

    return app


def _wasmtime_app() -> object:
    import wasmtime

    engine = wasmtime.Engine()
    module = wasmtime.Module(engine, bytes(wasmtime.wat2wasm(_ECHO_WAT.read_text())))

    async def app(scope: dict, receive: object, send: object) -> None:
        if scope["type"] != "http":
            return
        body = await _read_body(receive)  # type: ignore[misc]
        store = wasmtime.Store(engine)
        inst = wasmtime.Instance(store, module, [])
        ex: Any = inst.exports(store)
        mem = ex["memory"]
        head = _head(scope)
        data = head + body
        ptr = ex["http_alloc"](store, len(data))
        mem.write(store, data, ptr)
        packed = ex["http_handle"](store, ptr, len(head), len(body)) & 0xFFFFFFFFFFFFFFFF
        out = mem.read(store, packed >> 32, (packed >> 32) + (packed & 0xFFFFFFFF))
        await _send(send, bytes(out).split(b"\r\n\r\n", 1)[1])

    return app


def _process_app() -> object:
    import asyncio

    async def app(scope: dict, receive: object, send: object) -> None:
        if scope["type"] != "http":
            return
        body = await _read_body(receive)  # type: ignore[misc]
        env = {"REQUEST_METHOD": scope["method"], "PATH_INFO": scope["path"], "CONTENT_LENGTH": str(len(body))}
        proc = await asyncio.create_subprocess_exec("/bin/cat", stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        out, _ = await proc.communicate(_head(scope) + body)
        await _send(send, out)

    return app


def serve_peer(name: str, port: int) -> None:
    """Run peer ``name``'s server on 127.0.0.1:``port`` until killed (called in a child process)."""
    import uvicorn

    apps = {"uvicorn-python": _plain_app, "uvicorn-python-uvloop": _plain_app, "wasmtime-py-per-request": _wasmtime_app,
            "process-per-request": _process_app}
    fast = name == "uvicorn-python-uvloop"
    uvicorn.run(
        apps[name](),  # type: ignore[arg-type]
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        loop="uvloop" if fast else "asyncio",
        http="httptools" if fast else "h11",
        lifespan="off",
        backlog=2048,
    )


# -- the harness ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(name: str, port: int, scratch: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MULTIPIE_CACHE_DIR": str(scratch / "cache")}
    if name == "ours":
        app = scratch / "app"
        app.mkdir(parents=True, exist_ok=True)
        (app / "multipie.toml").write_text(
            f'[app]\nname = "bench"\n[services.echo]\nsource = "{_ECHO_WAT.as_posix()}"\nroute = "/..."\n'
            "pool = 64\nmax_concurrency = 256\n"
            f'[services.inline]\nsource = "{_ECHO_WAT.as_posix()}"\nroute = "/inline/..."\n'
            'pool = 64\nmax_concurrency = 256\nrun = "inline"\ntimeout = 0.1\n'
            + (
                f'[services.virtine]\nsource = "{_ECHO_VIRTINE.as_posix()}"\nroute = "/virtine/..."\n'
                "pool = 64\nmax_concurrency = 256\n"
                if _virtine_ready()
                else ""
            )
        )
        code = "from multipie.cli import main; main()"
        args = ["up", str(app), "--listen", f"127.0.0.1:{port}", "--no-access-log", "--log-format", "text"]
        cmd = [sys.executable, "-c", code, *args]
    else:
        cmd = [sys.executable, "-c", f"from multipie.bench.suites.apps import serve_peer; serve_peer({name!r}, {port})"]
    log = (scratch / f"{name}.log").open("wb")
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)


def _wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.post(f"http://127.0.0.1:{port}/echo", content=_BODY, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError("server did not become ready")


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds process ``pid`` has used so far, all its threads (``/proc/PID/stat``)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()  # the name may hold spaces: fields after it
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def served_requests(wrk_out: str) -> int:
    """How many requests a ``wrk`` run completed."""
    m = re.search(r"(\d+) requests in", wrk_out)
    return int(m.group(1)) if m else 0


def parse_wrk(text: str) -> tuple[float, float | None, float | None, int]:
    """(req/s, p50 ms, p99 ms, non-2xx count) from ``wrk --latency`` output."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))  # type: ignore[union-attr]

    def pct(p: str) -> float | None:
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        return float(m.group(1)) * _UNITS[m.group(2)] if m else None

    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    return rps, pct("50"), pct("99"), int(bad.group(1)) if bad else 0


@contextlib.contextmanager
def _servers(scratch: Path, pids: dict[str, int]) -> Iterator[dict[str, int]]:
    procs: dict[str, subprocess.Popen[bytes]] = {}
    ports = {name: _free_port() for name in SERVERS}
    try:
        for name in SERVERS:
            procs[name] = _start(name, ports[name], scratch)
            pids[name] = procs[name].pid
        for name in SERVERS:
            _wait_ready(ports[name], procs[name])
        yield ports
    finally:
        for p in procs.values():
            p.terminate()
        for p in procs.values():
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


@suite("apps")
def apps(ctx: BenchContext) -> list[Measurement]:
    """req/s and p50/p99 latency for ours and three peers, measured with wrk in the same run."""
    wrk = shutil.which("wrk")
    row = "HTTP echo, wrk -t2 -c32, POST 64 B"
    if wrk is None:
        return [Measurement(row, "ours", "req/s", "req/s", note="wrk not installed (Debian package 'wrk')")]
    duration = 2 if ctx.quick else 10
    scratch = ctx.scratch / "apps"
    scratch.mkdir(parents=True, exist_ok=True)
    script = scratch / "post.lua"
    script.write_text(f'wrk.method = "POST"\nwrk.body = "{_BODY.decode()}"\n')
    out: list[Measurement] = []
    pids: dict[str, int] = {}
    with _servers(scratch, pids) as ports:
        for name, server, path in CONTENDERS:
            url = f"http://127.0.0.1:{ports[server]}{path}"
            if name == "ours-virtine" and not _virtine_ready():
                out.append(Measurement(row, name, "throughput", "req/s", note="no /dev/kvm or image not built"))
                continue
            if not ctx.quick:  # warm up (pools, caches, JIT-free but allocator-warm)
                subprocess.run([wrk, "-t2", "-c32", "-d2s", "-s", str(script), url], capture_output=True, check=False)
            cpu = cpu_seconds(pids[server])
            proc = subprocess.run(
                [wrk, "-t2", "-c32", f"-d{duration}s", "--latency", "-s", str(script), url],
                capture_output=True,
                text=True,
                check=False,
                timeout=duration + 30,
            )
            cpu, served = cpu_seconds(pids[server]) - cpu, served_requests(proc.stdout)
            rps, p50, p99, bad = parse_wrk(proc.stdout)
            note = f"{bad} non-2xx" if bad else ""
            out.append(Measurement(row, name, "throughput", "req/s", value=rps, note=note))
            out.append(Measurement(row + " latency", name, "latency", "ms", p50=p50, p99=p99, value=p50, note=note))
            per = 1000 * cpu / served if served else None
            out.append(Measurement(row + " CPU", name, "cpu", "ms/req", value=per, note="all threads"))
    plain = next(m.value for m in out if m.who == "uvicorn-python" and m.unit == "req/s")
    for m in out:  # the same-run ratio is the figure to compare across runs (the machine is noisy)
        if m.who.startswith("ours") and m.unit == "req/s" and m.value and plain:
            m.note = (m.note + "; " if m.note else "") + f"{100 * m.value / plain:.0f}% of plain uvicorn"
    return out

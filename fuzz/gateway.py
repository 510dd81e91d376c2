"""Gateway soak: ``multipie up`` at saturation, ~10% faulting requests, malformed traffic mixed in.

One seed is one soak of ``FUZZ_SOAK_SECONDS`` (default 600 s, the issue's goal; the CI
slice uses ~15 s). The worker writes an app whose services ``echo`` and ``fault`` are the
test guest ``tests/app/guests/echo.wat`` (its first body byte picks a misbehaviour), starts
``multipie up`` on a free port and drives it from eight client threads with keep-alive
connections until the time is up:

- **valid** requests (~85%): ``POST /echo/<nonce>`` whose answer must be 200 and carry
  the nonce. An overload answer (503) is retried up to 50 times; a valid request is
  *lost* (a wrong result) when it never gets its answer: another status, a wrong body,
  a dropped connection or no answer within 30 s;
- **faulting** requests (~10%, to ``fault``, which has a 0.2 s timeout; ``echo`` has 5 s so
  that a loaded machine does not turn valid requests into timeouts): trap (500), endless
  loop (504), memory bomb (500, or 504 when the timeout comes first), response pointer
  outside memory and headers without an end (502): any other status (but 503) is a wrong
  result;
- **malformed** traffic (~5%, raw sockets): garbage request lines, bad versions,
  negative/huge/non-numeric Content-Length, a truncated body, a header without a colon,
  NUL bytes, a request line of spaces: the gateway must answer 4xx or close the
  connection, within 30 s; and (half of them) a valid request with byte-level mutations
  (:func:`fuzz.loaders.mutate`): any HTTP answer or a close, within 30 s.

The server's resident memory (:func:`fuzz.harness.resident_bytes`) is sampled every 0.5 s;
its drift is the median of the last quarter of the run against the median of the second
quarter (after warm-up). Cases are requests.
"""

from __future__ import annotations

import http.client
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .harness import ROOT, Campaign, Outcome, resident_bytes
from .known import is_open
from .loaders import mutate

__all__ = ["GatewaySoak"]

ECHO = ROOT / "tests" / "app" / "guests" / "echo.wat"
THREADS = 8
#: RSS samples (one each 0.5 s) a soak needs before its drift is measured (see :meth:`GatewaySoak._drive`).
MIN_DRIFT_SAMPLES = 20

MANIFEST = """
[app]
name = "soak"
max_body = 4096

[services.echo]
source = "{echo}"
route = "/echo/..."
timeout = 5.0
memory = "2MiB"
pool = 8

[services.fault]
source = "{echo}"
route = "/fault/..."
timeout = 0.2
memory = "2MiB"
pool = 4
"""

# First body byte -> the statuses the gateway documents for that fault (tests/app/test_gateway.py);
# a memory bomb may meet the 0.2 s timeout before the memory limit on a loaded machine.
FAULTS = {b"trap": {500}, b"spin": {504}, b"memory bomb": {500, 504}, b"pointer": {502}, b"garbage": {502}}

MALFORMED = [
    b"GARBAGE\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
    b"POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    b"POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    b"POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n",
    b"POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nshort",
    b"GET /echo/x HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n",
    b"GET /echo/\x00x HTTP/1.1\r\nHost: x\r\n\r\n",
    b"        \r\n\r\n",
    b"\xff\xfe\xfd\r\n\r\n",
    b"POST /echo/x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n0\r\n\r\n",
]
# reliability #16: both Content-Length and Transfer-Encoding, 100 KB URLs/headers.
KNOWN_MALFORMED = [
    b"POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    b"GET /echo/" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /echo/x HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 100_000 + b"\r\n\r\n",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Soak:
    """One soak run against one server."""

    def __init__(self, port: int, seconds: float, seed: int) -> None:
        self.port, self.seconds, self.seed = port, seconds, seed
        self.lock = threading.Lock()
        self.out = Outcome()
        self.valid = self.answered = self.shed = 0

    def _record(self, *, wrong: str | None = None) -> None:
        with self.lock:
            self.out.cases += 1
            if wrong is not None and len(self.out.wrong) < 50:
                self.out.wrong.append(wrong)

    def _post(self, conn: http.client.HTTPConnection, path: str, body: bytes) -> tuple[int, bytes]:
        conn.request("POST", path, body=body, headers={"Content-Type": "text/plain"})
        r = conn.getresponse()
        return r.status, r.read()

    def client(self, tid: int, deadline: float) -> None:
        rng = random.Random(self.seed * 100 + tid)
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        n = 0
        while time.monotonic() < deadline:
            n += 1
            roll = rng.random()
            try:
                if roll < 0.05:
                    self._malformed(rng)
                elif roll < 0.15:
                    body = rng.choice(list(FAULTS))
                    status, _ = self._post(conn, f"/fault/{tid}", body)
                    want = FAULTS[body] | {503}
                    self._record(wrong=None if status in want else f"fault {body!r}: status {status}, want {want}")
                else:
                    self._valid(conn, f"{self.seed}-{tid}-{n}")
            except (OSError, http.client.HTTPException) as exc:
                self._record(wrong=f"connection failed mid-request: {type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.close()

    def _valid(self, conn: http.client.HTTPConnection, nonce: str) -> None:
        with self.lock:
            self.valid += 1
        for attempt in range(50):
            status, body = self._post(conn, f"/echo/{nonce}", f"v{nonce}".encode())
            if status != 503:
                break
            with self.lock:
                self.shed += 1
            time.sleep(min(0.1, 0.001 * (2**attempt)))  # back off before retrying an overload answer
        ok = status == 200 and f"v{nonce}".encode() in body and f"/echo/{nonce}".encode() in body
        if ok:
            with self.lock:
                self.answered += 1
        self._record(wrong=None if ok else f"valid request lost: status {status}, body {body[:80]!r}")

    def _exchange(self, raw: bytes, what: str) -> bytes | None:
        """Send ``raw``, half-close, read the reply's start (b"" on a reset); None (recorded) on a 30 s silence."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as s:
            try:
                s.sendall(raw)
                s.shutdown(socket.SHUT_WR)
                return s.recv(64)
            except ConnectionResetError:
                return b""
            except TimeoutError:
                self._record(wrong=f"{what}: no answer or close within 30 s")
                return None

    def _malformed(self, rng: random.Random) -> None:
        if rng.random() < 0.5:
            return self._mutated(rng)
        pool = MALFORMED + ([] if is_open("gateway-oversize") else KNOWN_MALFORMED)
        raw = rng.choice(pool)
        reply = self._exchange(raw, f"malformed {raw[:40]!r}")
        if reply is None:
            return
        status = reply[9:12]
        # 4xx, or 505 for an HTTP version the gateway does not speak.
        good = not reply or reply.startswith((b"HTTP/1.1 4", b"HTTP/1.0 4", b"HTTP/1.1 505"))
        self._record(wrong=None if good else f"malformed {raw[:40]!r}: answered {reply[:40]!r} ({status!r})")

    def _mutated(self, rng: random.Random) -> None:
        """A valid request with byte-level mutations: any HTTP answer or a close, within 30 s."""
        body = rng.choice([b"hello", b"trap", b"x" * 300])
        valid = b"POST /echo/m HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        raw = mutate(valid, rng)
        if is_open("gateway-oversize") and len(raw) > 8000:
            return  # reliability #16: oversized heads are answered 502
        reply = self._exchange(raw, f"mutated request {raw[:60]!r}")
        if reply is None:
            return
        good = not reply or reply.startswith((b"HTTP/1.1 ", b"HTTP/1.0 "))
        self._record(wrong=None if good else f"mutated request {raw[:60]!r}: answered {reply[:40]!r}")


class GatewaySoak(Campaign):
    """The gateway soak; one seed is one run of ``FUZZ_SOAK_SECONDS``."""

    name = "gateway"
    unit = "request"
    cases_per_seed = 20_000

    def __init__(self) -> None:
        self.seconds = float(os.environ.get("FUZZ_SOAK_SECONDS", "600"))
        # a hang is a soak that does not finish well after its duration (start-up, stop)
        type(self).seed_timeout = self.seconds + 120.0

    def run(self, seed: int) -> Outcome:
        """Serve the soak app, run the clients for the soak's duration, stop the server."""
        with tempfile.TemporaryDirectory(prefix="fuzz-soak-") as tmp:
            app = Path(tmp) / "app"
            app.mkdir()
            (app / "multipie.toml").write_text(MANIFEST.format(echo=ECHO.as_posix()))
            port = _free_port()
            log = open(Path(tmp) / "up.log", "wb")  # noqa: SIM115 - closed below
            cmd = [sys.executable, "-c", "from multipie.cli import main; main()", "up", str(app)]
            proc = subprocess.Popen([*cmd, "--listen", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
            try:
                return self._drive(proc, port, seed, Path(tmp) / "up.log")
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                log.close()

    def _drive(self, proc: subprocess.Popen[bytes], port: int, seed: int, log: Path) -> Outcome:
        deadline = time.monotonic() + 60
        while True:  # wait until it serves
            if proc.poll() is not None:
                out = Outcome()
                out.wrong.append(f"multipie up exited {proc.returncode}: {log.read_text()[-400:]}")
                return out
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("multipie up did not start in 60 s") from None
                time.sleep(0.1)
        soak = _Soak(port, self.seconds, seed)
        end = time.monotonic() + self.seconds
        threads = [threading.Thread(target=soak.client, args=(i, end)) for i in range(THREADS)]
        for t in threads:
            t.start()
        samples: list[int] = []
        while any(t.is_alive() for t in threads):
            if proc.poll() is not None:
                soak.out.wrong.append(f"multipie up died during the soak: exit {proc.returncode}")
                break
            samples.append(resident_bytes(proc.pid))
            time.sleep(0.5)
        for t in threads:
            t.join()
        out = soak.out
        # A drift needs a plateau to start from: a soak under 10 s (20 samples) is still in the server's warm-up (llhttp
        # and uvloop's buffers, the allocator's arenas: 37 -> 43 MiB in a 5 s soak of ~5,000 requests), so it says none.
        if len(samples) >= MIN_DRIFT_SAMPLES:
            q = len(samples) // 4
            base, last = statistics.median(samples[q : 2 * q]), statistics.median(samples[-q:])
            out.rss_drift = round((last - base) * 100.0 / base, 2)
        out.notes.append(
            f"{self.seconds:.0f} s: {out.cases} requests, {soak.valid} valid ({soak.answered} answered, "
            f"{soak.shed} overload answers retried), server RSS {samples[0] >> 20 if samples else 0}"
            f"->{samples[-1] >> 20 if samples else 0} MiB, drift {out.rss_drift}%"
        )
        return out

"""Ctrl-C stops a running Wasm command: SIGINT, sent once the guest has written to stdout
(so it is surely running), ends ``Runtime.run_command`` with ``KeyboardInterrupt`` and
``multipie run`` with exit code 130 (issue 15: "Ctrl-C does not stop a running Wasm guest")."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from multipie.domains.wasm import interrupt

SPIN = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "running\\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 8))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (loop $l (br $l))))"""

API = """
import sys, multipie
rt = multipie.Runtime(cache_dir=sys.argv[2])
svc = rt.load(open(sys.argv[1]).read().encode(), name="spin")
try:
    rt.run_command(svc)
except KeyboardInterrupt:
    print("KeyboardInterrupt live_domains", rt.live_domains, flush=True)
    print("still usable:", rt.run_command(b'(module (func (export "_start")))'), flush=True)
"""

pytestmark = pytest.mark.skipif(interrupt._module() is None, reason="multipie._interrupt not built")


def _interrupt_when_running(argv: list[str]) -> tuple[int, str, str]:
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stdout is not None
        first = p.stdout.readline()
        assert first == "running\n", p.stderr.read() if p.stderr else ""
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=120)  # bound only: a hang fails here
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    return p.returncode, first + out, err


def test_sigint_raises_keyboard_interrupt_from_run_command(tmp_path: Path) -> None:
    wat = tmp_path / "spin.wat"
    wat.write_text(SPIN)
    code, out, err = _interrupt_when_running([sys.executable, "-c", API, str(wat), str(tmp_path / "cache")])
    assert code == 0, err
    assert "KeyboardInterrupt live_domains 0" in out
    assert "still usable: 0" in out


def test_sigint_stops_multipie_run(tmp_path: Path) -> None:
    wat = tmp_path / "spin.wat"
    wat.write_text(SPIN)
    cli = [sys.executable, "-m", "multipie", "run", str(wat)]
    code, _, err = _interrupt_when_running(cli)
    assert code == 130, err

"""Ctrl-C stops a running guest of every kind promptly, on a loaded machine (issue 15: "SIGINT stops any
running guest within 100 ms").

Each case runs a guest that never ends by itself in a child process (no timeout, or one of ten
minutes): a Wasm call and a Wasm command, a component call and a component command, a virtine call
and a legacy program. Two more stall in a Python callback when the signal comes: a component's
host function, where Python raises the KeyboardInterrupt (it must end the call, not be consumed
there), and a command's custom stdout writer (wasmtime calls it on a thread of its own: the guest
stops at its next check once the writer returns). Once the child says the guest is running (the
guest's own output, its vCPU's state, or the main thread's stack inside the C call into Wasmtime),
the test sends a real SIGINT;
the child must answer ``interrupted`` (``KeyboardInterrupt`` came out of the call), its domain must
be torn down and a fresh one must work. Two busy processes load both cores meanwhile.

Commands run with no timeout have no epoch checks where Ctrl-C can revoke their linear memory
(``native/revoke.c``) and their loops and tail-calling functions poll it (``looppoll``). Those cases
(``wasm-run-*``) also show that the revocation happened and that host code touching the revoked
memory (a WASI call) was let through rather than crashing the process; the other memory shapes
(``wasm-epoch-*``) run on epochs even untimed. A loop that never touches memory on a run without
either ends on a second Ctrl-C.

The bound on the latency (:data:`BOUND`) is far above the goal of ~100 ms so that a loaded CI
machine does not flake, and far below what anything but the signal could end (the guests have no
timeout, or ten minutes); ``docs/reliability.md`` has the latencies measured here.
"""

from __future__ import annotations

import ast
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import HAS_KVM

#: Seconds from the SIGINT to the child's ``interrupted`` line that fail the test (the goal is ~0.1 s).
BOUND = 5.0

SPIN_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "running\\n")
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func $spin
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 8))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (loop $l (br $l)))
  (func (export "spin") (call $spin))
  (func (export "_start") (call $spin)))"""

#: A command with no timeout whose loop is a register-only hash: no memory access, no call. Its
#: loop polls memory 0 (``looppoll``), so revoking the memory stops it at the first Ctrl-C.
REGLOOP_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "running\\n")
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "_start") (local $h i32)
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 8))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (loop $l (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (i32.const 7))) (br $l))))"""

#: Commands with no timeout looping in tail calls only (no `loop`, constant stack), register-only:
#: a function calling itself, and two calling each other (one through the table). Each function
#: making a tail call polls memory 0 at its entry (``looppoll``), so the first Ctrl-C stops them.
TAILCALL_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "running\\n")
  (type $t (func (param i32)))
  (table 2 funcref)
  (elem (i32.const 0) $ping $pong)
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func $self (param $h i32) (return_call $self (i32.add (i32.mul (local.get $h) (i32.const 31)) (i32.const 7))))
  (func $ping (type $t) (return_call $pong (i32.add (local.get 0) (i32.const 1))))
  (func $pong (type $t) (return_call_indirect (type $t) (i32.mul (local.get 0) (i32.const 3)) (i32.const 0)))
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 8))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (call $ENTRY (i32.const 0))))"""

#: Register-only loops in the shapes whose memories Ctrl-C cannot revoke, or not poll (memory 0
#: starts empty): they run on epochs, timed or not. No output of their own (some cannot write):
#: the child's watcher says when the main thread is inside the guest.
EPOCH_SHAPES = {
    "wasm-epoch-empty": '(memory (export "memory") 0)',
    "wasm-epoch-mem64": '(memory (export "memory") i64 1)',
    "wasm-epoch-hidden": "(memory 1)",
    "wasm-epoch-none": "",
}
EPOCH_WAT = """(module {memory}
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "_start") (local $h i32)
    (loop $l (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (i32.const 7))) (br $l))))"""

#: A command with no timeout (no epoch checks) whose loop reads and writes its memory.
MEMLOOP_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "running\\n")
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 8))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (loop $l (i32.store (i32.const 32) (i32.add (i32.load (i32.const 32)) (i32.const 1))) (br $l))))"""

#: Spends nearly all its time in a host call reading and writing its memory (fd_write of 1 MiB to
#: /dev/null: the iovec at 32, the count written back at 40), then touches a page no host call does.
HOSTCALL_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 40)
  (data (i32.const 16) "running\\n")
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 8))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store (i32.const 32) (i32.const 65536)) (i32.store (i32.const 36) (i32.const 1048576))
    (loop $l
      (drop (call $w (i32.const 2) (i32.const 32) (i32.const 1) (i32.const 40)))
      (i32.store (i32.const 2097152) (i32.const 1))
      (br $l))))"""

#: A timed command writing one byte 100,000 times to its stdout (a Python writer, wasmtime-py's custom output).
WRITER_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "x")
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "_start") (local $n i32)
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 1))
    (loop $l
      (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $n) (i32.const 100000))))))"""

#: A component whose ``spin`` calls its imported host function ``tick`` 100,000 times.
HOSTFN_COMPONENT = """(component
  (import "tick" (func $tick (result s64)))
  (core func $t (canon lower (func $tick)))
  (core module $m
    (import "host" "tick" (func $tick (result i64)))
    (func (export "spin") (result i64) (local $n i32) (local $sum i64)
      (loop $l
        (local.set $sum (i64.add (local.get $sum) (call $tick)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $n) (i32.const 100000))))
      (local.get $sum))
    (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
  (core instance $i (instantiate $m (with "host" (instance (export "tick" (func $t))))))
  (func (export "spin") (result s64) (canon lift (core func $i "spin")))
  (func (export "add") (param "a" s32) (param "b" s32) (result s32) (canon lift (core func $i "add"))))"""

CHILD = r"""
import io, os, sys, threading, time
import multipie
kind, src, cache = sys.argv[1], sys.argv[2], sys.argv[3]
rt = multipie.Runtime(cache_dir=cache)
svc = rt.load(src)
main = threading.main_thread().ident
inside = threading.Event()
began = threading.Event()

def in_wasmtime():  # the main thread is inside a C call into the guest
    f = sys._current_frames().get(main)
    if f is None:
        return False
    if f.f_code.co_name == "wasmtime_component_func_call":  # wasmtime-py's wrapper (the Python path)
        return True
    # The native call path has no Python frame of its own: the caller's frame stands still while
    # the guest runs (its instruction does not move for 50 ms once the call has begun).
    spot = (f.f_code, f.f_lasti)
    time.sleep(0.05)
    g = sys._current_frames().get(main)
    return began.is_set() and g is not None and (g.f_code, g.f_lasti) == spot

def watch(cond):
    while not cond():
        time.sleep(0.001)
    print("running", flush=True)

class Output(io.BytesIO):  # faults wbuf loop: its last line means the program is in its endless loop
    def write(self, data):
        n = super().write(data)
        if self.getvalue().endswith(b"last\n"):
            print("running", flush=True)
        return n

class Stall:  # a stdout writer / host function, slow on its first use (and a little on every use)
    def __init__(self, first, each):
        self.calls, self.first, self.each = 0, first, each
    def write(self, data):
        self.calls += 1
        if self.calls == 1:
            print("running", flush=True)
        time.sleep(self.first if self.calls == 1 else self.each)
    def __call__(self):
        self.write(b"")
        return 1

d = None
if kind == "writer-wasm":  # wasmtime calls the writer on a thread of its own: Ctrl-C comes in the guest
    go = lambda: rt.run_command(svc, stdout=Stall(0.5, 0.001), timeout=600)
if kind == "hostfn-component":  # the main thread calls it: Python raises KeyboardInterrupt inside it
    grants = {"tick": rt.host_function(Stall(60, 0), params=[], results=["i64"])}
    d = svc.spawn(grants=grants, timeout=600)
    go = lambda: d.call("spin")
if kind in ("wasm-call", "component-call", "virtine"):
    d = svc.spawn(timeout=600)
    go = lambda: d.call("spin")
if kind == "wasm-run":
    go = lambda: rt.run_command(svc, timeout=600)
if kind.startswith(("wasm-run-", "wasm-epoch-")) and kind not in ("wasm-run-hostcall", "wasm-run-reset"):
    go = lambda: rt.run_command(svc)  # no timeout
if kind == "wasm-run-spin":  # no polls and no epochs (no module runs so): revoke.c's second Ctrl-C is the last resort
    bare = svc.state.engines.command_config._replace(interruptible=False)
    svc.run_config = lambda **_: bare
if kind == "wasm-run-hostcall":
    go = lambda: rt.run_command(svc, stderr=os.devnull)
if kind == "wasm-run-reset":  # the app sets Python's handler again once multiPIE has put its own in front
    import signal
    from multipie.domains.wasm import _capi
    _capi.revocable()
    signal.signal(signal.SIGINT, signal.default_int_handler)
    go = lambda: rt.run_command(svc)
if kind == "component-run":
    go = lambda: rt.run_command(svc, ["l"], timeout=600)
if kind == "legacy":
    go = lambda: rt.run_command(svc, ["wbuf", "loop"], stdout=Output(), timeout=600)
if kind.startswith(("component", "wasm-epoch-")):
    threading.Thread(target=watch, args=(in_wasmtime,), daemon=True).start()
if kind == "virtine":
    from multipie.kvm.vcpu import VcpuState
    vcpu = d.machine.vcpu
    threading.Thread(target=watch, args=(lambda: vcpu.state is VcpuState.RUNNING,), daemon=True).start()
try:
    began.set()
    go()
    print("not interrupted", flush=True)
except KeyboardInterrupt:
    print("interrupted", flush=True)
print("open:", d is not None and d.is_open, "live:", rt.live_domains, flush=True)
if kind.startswith(("wasm-run-", "wasm-epoch-")):
    from multipie.domains.wasm import _capi
    print("revoke:", sorted(_capi.revoke_stats().items()), flush=True)
    print("epochs:", svc.run_config(timed=False, fuel=False).interruptible, flush=True)
if kind.startswith("wasm") or kind == "writer-wasm":
    print("fresh:", svc.spawn().call("add", 20, 22), flush=True)
if kind == "hostfn-component":
    print("fresh:", svc.spawn(grants=grants).call("add", 20, 22), flush=True)
if kind.startswith("component"):
    print("fresh:", svc.spawn().call("add", 20, 22) if kind == "component-call" else rt.run_command(svc, ["q"]))
if kind == "virtine":
    print("fresh:", svc.spawn().call("divide", 84, 2), flush=True)
if kind == "legacy":
    print("fresh:", rt.run_command(svc, ["socket"], stdout=bytearray()), flush=True)
"""

#: kind -> (source under the built guests, or None for its WAT text in WATS; what a fresh domain answers).
KINDS = {
    "wasm-call": (None, "42"),
    "wasm-run": (None, "42"),
    "wasm-run-untimed": (None, "42"),
    "wasm-run-regloop": (None, "42"),
    "wasm-run-tailcall": (None, "42"),
    "wasm-run-mutual": (None, "42"),
    **{kind: (None, "42") for kind in EPOCH_SHAPES},
    "wasm-run-hostcall": (None, "42"),
    "wasm-run-reset": (None, "42"),
    "component-call": ("component/typed.wasm", "42"),
    "component-run": ("component/echo.wasm", "0"),
    "virtine": ("virtine/tests/faults.virtine", "42"),
    "legacy": ("legacy/programs/faults", "0"),
    "writer-wasm": (None, "42"),
    "hostfn-component": (None, "42"),
}


WATS = {
    "wasm-run-untimed": MEMLOOP_WAT,
    "wasm-run-regloop": REGLOOP_WAT,
    "wasm-run-spin": SPIN_WAT,
    "wasm-run-tailcall": TAILCALL_WAT.replace("$ENTRY", "$self"),
    "wasm-run-mutual": TAILCALL_WAT.replace("$ENTRY", "$ping"),
    **{kind: EPOCH_WAT.format(memory=memory) for kind, memory in EPOCH_SHAPES.items()},
    "wasm-run-hostcall": HOSTCALL_WAT,
    "wasm-run-reset": MEMLOOP_WAT,
    "writer-wasm": WRITER_WAT,
    "hostfn-component": HOSTFN_COMPONENT,
}


@pytest.fixture(scope="module")
def loaded() -> Iterator[None]:
    """Two busy processes, one per core, for the module's tests."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for b in burners:
            b.kill()
            b.wait()


@pytest.mark.parametrize("kind", list(KINDS))
def test_sigint_stops_a_running_guest_promptly_under_load(
    kind: str, loaded: None, guests: Path, tmp_path: Path
) -> None:
    rel, fresh = KINDS[kind]
    if kind in ("virtine", "legacy") and not HAS_KVM:
        pytest.skip("needs /dev/kvm")
    p = _child(kind, guests / rel if rel else None, tmp_path)
    guard = threading.Timer(300, p.kill)  # a child that never says it runs fails the test, not hangs it
    guard.start()
    try:
        assert p.stdout is not None
        first = p.stdout.readline()
        assert first == "running\n", (first, p.stderr.read() if p.stderr else "")
        t0 = time.monotonic()
        stuck = threading.Timer(10, p.kill)  # one SIGINT that does not stop it fails the test at once
        stuck.start()
        p.send_signal(signal.SIGINT)
        answer = p.stdout.readline()
        latency = time.monotonic() - t0
        stuck.cancel()
        out = p.stdout.read()  # the guard kills a child that hangs here
        err = p.stderr.read() if p.stderr else ""
        p.wait()
    finally:
        guard.cancel()
        if p.poll() is None:
            p.kill()
            p.wait()
    print(f"{kind}: {latency * 1000:.0f} ms from SIGINT to KeyboardInterrupt")  # shown with -s
    assert answer == "interrupted\n", (answer, out, err)
    assert latency < BOUND, f"{kind}: {latency:.3f} s from SIGINT to KeyboardInterrupt"
    assert p.returncode == 0, err
    assert "open: False live: 0" in out, out + err  # the interrupted domain was torn down
    assert f"fresh: {fresh}" in out, out + err
    if kind.startswith("wasm-run-"):  # stopped by revoking its memory, not by an epoch check
        stats = _revoke_stats(out)
        assert stats["interrupted"] >= 1 and stats["revocations"] >= 1, out
    if kind == "wasm-run-hostcall":  # the WASI call met the revoked memory and went on: no crash
        assert _revoke_stats(out)["restored"] >= 1, out
    if kind.startswith("wasm-epoch-"):  # untimed, yet on epochs: nothing was revoked
        assert "epochs: True" in out and _revoke_stats(out)["revocations"] == 0, out


def _child(kind: str, src: Path | None, tmp_path: Path) -> subprocess.Popen[str]:
    """The CHILD script running ``kind`` on ``src`` (None: the kind's WAT text)."""
    if src is None:
        src = tmp_path / "spin.wat"
        src.write_text(WATS.get(kind, SPIN_WAT))
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, kind, str(src), str(tmp_path / "cache")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _revoke_stats(out: str) -> dict[str, int]:
    line = next(x for x in out.splitlines() if x.startswith("revoke: "))
    return dict(ast.literal_eval(line.removeprefix("revoke: ")))


def test_second_sigint_ends_a_command_that_never_touches_memory(loaded: None, tmp_path: Path) -> None:
    """The last resort of ``native/revoke.c``: a run without epoch checks whose loop touches neither memory
    nor the host cannot be stopped by revoking its memory. No module runs so any more (an untimed run
    without loop polls has epochs), so the child forces that config. The first Ctrl-C says so after a
    moment; the second ends the process as an unhandled SIGINT does (docs/performance.md, "Ctrl-C
    without epoch checks")."""
    p = _child("wasm-run-spin", None, tmp_path)
    guard = threading.Timer(300, p.kill)
    guard.start()
    try:
        assert p.stdout is not None
        first = p.stdout.readline()
        assert first == "running\n", (first, p.stderr.read() if p.stderr else "")
        p.send_signal(signal.SIGINT)
        assert p.stderr is not None
        said = ""
        while "press Ctrl-C again" not in said:  # the watcher's hint, 0.5 s into the revocation
            line = p.stderr.readline()
            assert line, p.stdout.read()
            said += line
        still = p.poll()
        p.send_signal(signal.SIGINT)
        out, err = p.communicate()
        err = said + err
    finally:
        guard.cancel()
        if p.poll() is None:
            p.kill()
            p.wait()
    assert still is None, (out, err)  # the first Ctrl-C could not stop it
    assert p.returncode == -signal.SIGINT, (p.returncode, out, err)
    assert "press Ctrl-C again" in err and "second Ctrl-C" in err, err

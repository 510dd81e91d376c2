"""handle_exit and other pure pieces (without /dev/kvm); Ctrl-C of a vCPU the main thread runs (with it)."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from multipie.kvm import _abi
from multipie.kvm.vcpu import VcpuExit, handle_exit

if TYPE_CHECKING:
    from multipie.kvm.vm import Vm


@pytest.mark.parametrize(
    ("reason", "direction", "expected"),
    [
        (_abi.ExitReason.IO, _abi.KVM_EXIT_IO_OUT, VcpuExit.PORT_OUT),
        (_abi.ExitReason.IO, _abi.KVM_EXIT_IO_IN, VcpuExit.PORT_IN),
        (_abi.ExitReason.SHUTDOWN, 0, VcpuExit.SHUTDOWN),
        (_abi.ExitReason.HLT, 0, VcpuExit.HALT),
        (_abi.ExitReason.MMIO, 0, VcpuExit.MMIO),
        (_abi.ExitReason.INTERNAL_ERROR, 0, VcpuExit.INTERNAL_ERROR),
        (_abi.ExitReason.FAIL_ENTRY, 0, VcpuExit.FAIL_ENTRY),
        (_abi.ExitReason.INTR, 0, VcpuExit.INTERRUPTED),
        (_abi.ExitReason.DEBUG, 0, VcpuExit.UNEXPECTED),
        (12345, 0, VcpuExit.UNEXPECTED),
    ],
)
def test_handle_exit_maps_raw_exits(reason: int, direction: int, expected: VcpuExit) -> None:
    assert handle_exit(reason, direction) is expected


def test_abi_layouts_match_the_kernel() -> None:
    import ctypes

    assert ctypes.sizeof(_abi.KvmRegs) == 144
    assert ctypes.sizeof(_abi.KvmSregs) == 312
    assert _abi.KvmSregs.cr0.offset == 224 and _abi.KvmSregs.efer.offset == 264
    assert _abi.KvmRun.s.offset == 304


def test_tsc_rate_and_counter_are_readable() -> None:
    from multipie.kvm.vm import Vm
    from tests.conftest import HAS_KVM

    if not HAS_KVM:
        pytest.skip("needs /dev/kvm")
    vm = Vm()
    try:
        vcpu = vm.create_vcpu()
        assert vcpu.tsc_khz() > 100_000  # a TSC of more than 100 MHz (the legacy vDSO's clock rate)
        first = vcpu.get_msrs([0x10])[0x10]
        assert vcpu.get_msrs([0x10])[0x10] >= first  # IA32_TSC moves forward
    finally:
        vm.close()


@pytest.fixture
def vm_with_default_sigint() -> Iterator[Vm]:
    """A VM to make vCPUs in, while SIGINT has Python's default handler (what the C handler goes in front of)."""
    from multipie.kvm.vm import Vm
    from tests.conftest import HAS_KVM

    if not HAS_KVM:
        pytest.skip("needs /dev/kvm")
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("SIGINT has a handler of its own here")
    vm = Vm()
    try:
        yield vm
    finally:
        vm.close()


def test_a_sigint_while_entered_sets_immediate_exit_and_leave_clears_it(vm_with_default_sigint: Vm) -> None:
    """Between enter() and leave() on the main thread, the C SIGINT handler sets ``immediate_exit``."""
    vcpu = vm_with_default_sigint.create_vcpu()
    vcpu.enter()
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    assert vcpu.run_page.immediate_exit == 1  # a KVM_RUN entered now would return at once
    vcpu.leave()
    assert vcpu.run_page.immediate_exit == 0
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    assert vcpu.run_page.immediate_exit == 0  # not watched any more
    vcpu.enter()
    vcpu.close()  # entered, never left: closing unwatches before the page goes
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)


def test_a_sigint_handler_set_again_by_python_is_put_behind_ours_at_the_next_entry(vm_with_default_sigint: Vm) -> None:
    # signal.signal() replaces the process's handler, ours too (an app restoring default_int_handler
    # after one of its own, a test harness): before, the C handler was installed once, and from then
    # on a SIGINT no longer set immediate_exit (a spinning virtine could not be stopped).
    vcpu = vm_with_default_sigint.create_vcpu()
    vcpu.enter()
    vcpu.leave()  # our handler is in
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Python's own C handler replaces it
    vcpu.enter()
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    assert vcpu.run_page.immediate_exit == 1
    vcpu.leave()


#: Replaces KVM_RUN's ioctl: when armed, a SIGINT lands on the calling thread right before the ioctl,
#: after the run loop's last look at signals (the window no Python code can see).
SIGINT_THEN_IOCTL = r"""
#include <signal.h>
#include <sys/ioctl.h>
int armed;
int sigint_then_ioctl(int fd, unsigned long request, void *arg) {
    if (armed) {
        armed = 0;
        raise(SIGINT);
    }
    return ioctl(fd, request, arg);
}
"""

#: argv: kind (virtine | legacy), guest, shared library with sigint_then_ioctl, cache dir.
_WINDOW_CHILD = r"""
import ctypes, io, sys
import multipie
import multipie.kvm.vcpu as vcpu_module
kind, src, lib, cache = sys.argv[1:5]
lib = ctypes.CDLL(lib, use_errno=True)
trigger = lib.sigint_then_ioctl
trigger.restype, trigger.argtypes = ctypes.c_int, [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p]
armed = ctypes.c_int.in_dll(lib, "armed")
real, vcpu_module._run_ioctl = vcpu_module._run_ioctl, trigger

class Output(io.BytesIO):  # faults wbuf loop: its last line means the next entry runs the endless loop
    def write(self, data):
        n = super().write(data)
        if self.getvalue().endswith(b"last\n"):
            armed.value = 1
        return n

with multipie.Runtime(cache_dir=cache) as rt:
    svc = rt.load(src)
    d = svc.spawn(timeout=600) if kind == "virtine" else None
    try:
        if d is not None:
            armed.value = 1
            d.call("spin")
        else:
            rt.run_command(svc, ["wbuf", "loop"], stdout=Output(), timeout=600)
        print("not interrupted", flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    vcpu_module._run_ioctl = real
    print("armed:", armed.value, "open:", d is not None and d.is_open, "live:", rt.live_domains, flush=True)
    if d is not None:
        print("fresh:", svc.spawn().call("divide", 84, 2), flush=True)
    else:
        print("fresh:", rt.run_command(svc, ["socket"], stdout=bytearray()), flush=True)
"""


@pytest.fixture(scope="module")
def sigint_then_ioctl(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A shared library with ``sigint_then_ioctl`` (the host's ``cc``, else zig's)."""
    import shutil

    from multipie.toolchain import zig_cc

    d = tmp_path_factory.mktemp("window")
    (d / "window.c").write_text(SIGINT_THEN_IOCTL)
    out, args = d / "window.so", ["-shared", "-fPIC", "-O1", str(d / "window.c"), "-o", str(d / "window.so")]
    cc = shutil.which("cc")
    if cc is not None:
        subprocess.run([cc, *args], check=True, capture_output=True)
    else:
        assert zig_cc(["-target", "x86_64-linux-gnu", *args]).returncode == 0
    return str(out)


@pytest.mark.parametrize(
    ("kind", "rel", "fresh"),
    [("virtine", "virtine/tests/faults.virtine", "42"), ("legacy", "legacy/programs/faults", "0")],
)
def test_a_sigint_just_before_kvm_run_stops_a_spinning_guest(
    kind: str, rel: str, fresh: str, guests: Path, sigint_then_ioctl: str, tmp_path: Path
) -> None:
    # Before, Python's handler only recorded it and KVM_RUN ran the endless loop for ever: the
    # child hung (a hang fails this test through the timeout; no latency is asserted).
    from tests.conftest import HAS_KVM

    if not HAS_KVM:
        pytest.skip("needs /dev/kvm")
    cmd = [sys.executable, "-c", _WINDOW_CHILD, kind, str(guests / rel), sigint_then_ioctl, str(tmp_path)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[:3] == ["interrupted", "armed: 0 open: False live: 0", f"fresh: {fresh}"], out.stdout + out.stderr


#: argv: virtine, cache dir, rounds. A thread sends the main thread a SIGINT 0-2 ms after each call begins.
_JITTER_CHILD = r"""
import random, signal, sys, threading, time
import multipie
src, cache, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
main = threading.main_thread().ident
go, sent = threading.Event(), threading.Event()

def sender():
    while True:
        go.wait()
        go.clear()
        time.sleep(random.uniform(0, 0.002))
        signal.pthread_kill(main, signal.SIGINT)
        sent.set()

threading.Thread(target=sender, daemon=True).start()
stopped = 0
with multipie.Runtime(cache_dir=cache) as rt:
    svc = rt.load(src)
    for _ in range(rounds):
        d = svc.spawn()
        try:
            go.set()
            d.call("spin")
        except KeyboardInterrupt:
            stopped += 1
        sent.wait()
        sent.clear()
        d.close()
    print("stopped:", stopped, "live:", rt.live_domains, flush=True)
    print("fresh:", svc.spawn().call("divide", 84, 2), flush=True)
"""


def test_sigints_at_random_moments_always_stop_a_spinning_virtine(guests: Path, tmp_path: Path) -> None:
    # 200 calls, each stopped by one SIGINT 0-2 ms after it begins (some land before the guest
    # runs, some around KVM_RUN's entry, most inside it): every one must come out as a
    # KeyboardInterrupt (a lost one hangs the child: the timeout fails the test), and the
    # runtime keeps working.
    from tests.conftest import HAS_KVM

    if not HAS_KVM:
        pytest.skip("needs /dev/kvm")
    cmd = [sys.executable, "-c", _JITTER_CHILD, str(guests / "virtine/tests/faults.virtine"), str(tmp_path), "200"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[:2] == ["stopped: 200 live: 0", "fresh: 42"], out.stdout + out.stderr

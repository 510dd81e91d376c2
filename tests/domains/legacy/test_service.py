"""multipie.domains.legacy.service: a program loaded in the main thread runs with a timeout from any thread."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import multipie
from tests.conftest import kvm_fds
from tests.domains.legacy.conftest import needs_vm

pytestmark = needs_vm

# A fresh interpreter: nothing else (a virtine, another test) has installed the vCPU kick handler.
FIRST_RUN_IN_A_THREAD = """
import sys, threading, multipie
rt = multipie.Runtime(cache_dir=None)
svc = rt.load(sys.argv[1])  # the main thread: loading is where the kick handler can be installed
out = []

def run():
    try:
        out.append(svc.spawn(timeout=0.5).run(["loop"], stdout=bytearray()))
    except multipie.MultipieError as exc:
        out.append(type(exc).__name__)

t = threading.Thread(target=run)  # the first machine is made here, as in a gateway's request thread
t.start()
t.join()
print(out[0])
"""


def test_a_timed_first_run_in_another_thread_times_out(programs: Path) -> None:
    # Before the fix the handler was installed when the first machine was made, a no-op off the
    # main thread: the run's deadline refused with UsageError ("... need a signal handler ...").
    p = subprocess.run(
        [sys.executable, "-c", FIRST_RUN_IN_A_THREAD, str(programs / "faults")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "Timeout", p.stdout + p.stderr


def test_release_memory_closes_idle_machines_of_every_size(rt: multipie.Runtime, programs: Path) -> None:
    # Idle machines stayed pooled (memory, KVM fds) until Runtime.close: a fork bomb's machines sat in the
    # pools between seeds of the attack campaign, as an fd drift. release_memory hands them back.
    before = kvm_fds()
    svc = rt.load(programs / "hello")
    for limit in (32 << 20, 64 << 20):
        with svc.spawn(memory_limit=limit) as d:
            assert d.run([], stdout=bytearray()) == 0
    assert kvm_fds() > before
    rt.release_memory()
    assert kvm_fds() == before
    out = bytearray()
    with svc.spawn() as d:
        assert d.run([], stdout=out) == 0 and out


def test_release_memory_closes_the_layers_directory_watches(rt: multipie.Runtime) -> None:
    # A dynamic program's loader looks names up in the host's system layer, which watches those
    # directories (an inotify fd per layer) to keep answers between runs. The fd stayed open for the
    # process's life: the attack campaign's workers ended one fd over their plateau (session 12's fuzz).
    from fuzz.harness import fd_targets

    def inotify() -> int:
        return fd_targets()["anon_inode:inotify"]

    svc = rt.load("/bin/true")
    rt.release_memory()
    before = inotify()
    with svc.spawn() as d:
        assert d.run([]) == 0
    assert inotify() == before + 1
    rt.release_memory()
    assert inotify() == before
    with svc.spawn() as d:  # the watch is made again by the next lookups
        assert d.run([]) == 0
    assert inotify() == before + 1

"""Legacy programs: what one run leaves behind for the next, blocking forever, fork bombs, unloading.

``guest/legacy/programs/attacks.c`` tries each attack; a ``probe`` run before and after must print the
same (reliability findings 7, 10, 13, 15).
"""

from __future__ import annotations

import ctypes
import gc
import io
import os
from pathlib import Path

import pytest

import multipie
from multipie.errors import ArgumentError, Timeout, Trap
from tests.domains.legacy.conftest import needs_vm
from tests.inflight import DEADLINE

pytestmark = needs_vm


def _run(svc: multipie.Service, *args: str, **limits: object) -> tuple[int, bytes]:
    out = bytearray()
    with svc.spawn(**limits) as d:  # type: ignore[arg-type]
        code = d.run(list(args), stdout=out)  # type: ignore[attr-defined]
    return code, bytes(out)


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _rss() -> int:
    # Free heap pages go back to the OS first: after the fork bomb freed large mmapped chunks, glibc's
    # dynamic mmap threshold puts a later 17 MB temporary on the brk heap, which then stays resident
    # once (not a leak: flat afterwards). RSS should count what is held, not what malloc keeps cached.
    ctypes.CDLL(None).malloc_trim(0)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) << 10 for line in f if line.startswith("VmRSS"))


@pytest.mark.parametrize(
    "attack", ["in", "in3", "inl", "ins", "fpmodes", "segs", "segs_fault", "msr", "dr7", "fsgsbase", "ymm"]
)
def test_the_next_run_sees_a_clean_machine(rt: multipie.Runtime, programs: Path, attack: str) -> None:
    svc = rt.load(programs / "attacks")
    before = _run(svc, "probe", timeout=10)
    assert before[0] == 0 and b"mxcsr=1f80" in before[1] and b"tenth=3fb999999999999a" in before[1]
    assert b"gsbase=0 ymm1hi=0" in before[1]
    try:
        _run(svc, attack, timeout=10)
    except Trap:
        pass  # a port read or a fault: typed, and the machine is not reused
    for _ in range(3):
        assert _run(svc, "probe", timeout=10) == before


@pytest.mark.parametrize("how", ["pause", "sigsuspend"])
def test_blocking_forever_is_a_timeout(rt: multipie.Runtime, programs: Path, how: str) -> None:
    svc = rt.load(programs / "attacks")
    with pytest.raises(Timeout, match="time limit"):  # blocks until the domain's timeout, as on Linux
        _run(svc, how, timeout=0.2)
    with pytest.raises(Timeout, match="nothing can wake them"):  # no timeout: would never end
        _run(svc, how)
    assert _run(svc, "probe", timeout=10)[0] == 0


def test_fork_bomb_counts_against_the_memory_limit(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "attacks")
    _run(svc, "probe", timeout=30)
    gc.collect()
    rss = _rss()
    for limit in (32 << 20, 64 << 20):
        code, out = _run(svc, "forkbomb", memory_limit=limit, timeout=60)
        assert code == 0 and b"errno=Out of memory" in out  # fork refused once the processes hold the limit
        forks = int(out.split(b"forks=")[1].split()[0])
        assert 0 < forks <= limit // (2 << 20)  # each child holds 2 MiB of its own
    # every machine of the run went back (or was closed): not 16 MiB or more per process kept
    assert _rss() - rss < 64 << 20


def test_unload_returns_memory_and_fds(programs: Path, tmp_path: Path) -> None:
    rt = multipie.Runtime(cache_dir=tmp_path)
    data = (programs / "attacks").read_bytes()

    def cycle(i: int) -> None:
        svc = rt.load(data + bytes(i + 1), name=f"copy{i}")  # another digest: another service
        assert _run(svc, "probe", timeout=600)[0] == 0  # a long timeout: its deadline outlives the run
        rt.unload(svc)

    try:
        for i in range(3):
            cycle(i)
        gc.collect()
        fds, rss = _fds(), _rss()
        for i in range(3, 13):
            cycle(i)
        gc.collect()
        assert _fds() == fds
        assert _rss() - rss < 10 * (1 << 20)  # ~16 MiB per service before unload existed
    finally:
        rt.close()


def test_bare_string_args_and_text_streams_are_refused(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "attacks")
    with svc.spawn() as d:
        with pytest.raises(ArgumentError, match="bare str"):
            d.run("probe")  # type: ignore[attr-defined]
        with pytest.raises(ArgumentError, match="text stream"):
            d.run(["probe"], stdout=io.StringIO())  # type: ignore[attr-defined]
        assert d.run(["probe"], stdout=io.BytesIO()) == 0  # type: ignore[attr-defined]
    with pytest.raises(ArgumentError, match="bare str"):
        rt.run_command(svc, "probe")  # type: ignore[arg-type]


def test_sigint_stops_a_running_program(rt: multipie.Runtime, programs: Path) -> None:
    import signal
    import threading

    from multipie.kvm.timeouts import watchdog

    svc = rt.load(programs / "faults")
    armed = watchdog().armed
    inside = threading.Event()

    class Output(io.BytesIO):
        """``faults wbuf loop`` writes, then loops forever: its last line means the program is running."""

        def write(self, data: object) -> int:
            n = super().write(data)  # type: ignore[call-overload]
            if self.getvalue().endswith(b"last\n"):
                inside.set()
            return n

    def interrupt() -> None:
        if inside.wait(DEADLINE):  # never set: no signal, the run ends by its timeout and the test fails
            os.kill(os.getpid(), signal.SIGINT)

    t = threading.Thread(target=interrupt, daemon=True)
    t.start()
    out = Output()
    with svc.spawn(timeout=120) as d, pytest.raises(KeyboardInterrupt):
        d.run(["wbuf", "loop"], stdout=out)  # type: ignore[attr-defined]
    t.join()
    assert out.getvalue().endswith(b"last\n")
    assert watchdog().armed == armed  # its deadline went with it
    assert _run(svc, "socket", timeout=10)[0] == 0  # the next run works

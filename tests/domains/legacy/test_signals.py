"""Signals delivered to handlers (signals.py) whose dispositions and masks the guest set without an exit:
the host's delivery reads the one signal block (syscalls/sigstate.py) the guest's entry stub writes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import multipie
from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.conftest import needs_vm

pytestmark = needs_vm

ACTION, MASK = int(Sys.rt_sigaction), int(Sys.rt_sigprocmask)


def _native(prog: Path, *args: str) -> tuple[int, bytes]:
    p = subprocess.run([str(prog), *args], capture_output=True, env={})
    return p.returncode, p.stdout


def test_handlers_set_in_the_guest_run_for_timer_child_and_self_signals(rt: multipie.Runtime, programs: Path) -> None:
    n = 20
    with rt.load(programs / "signals").spawn(timeout=30) as d:
        out = bytearray()
        assert d.run(["calls", str(n)], stdout=out) == 0
        st = d.stats
    assert (0, bytes(out)) == _native(programs / "signals", "calls", str(n))
    assert bytes(out) == (b"rounds 20, checks 60 of 60\nalarm 1, child 1, kill 1\n"
                          b"blocked 1, then delivered 2\n")  # fmt: skip
    # 2 per round + SIGALRM and SIGCHLD installed, all in the guest; the masks too, but the one unblocking a
    # pending signal
    assert st.guest_calls[ACTION] == 2 * n + 2 and st.host_calls[ACTION] == 0, st.syscalls()
    assert st.guest_calls[MASK] >= 3 * n and st.host_calls[MASK] == 1, st.syscalls()


def test_a_mask_set_in_the_guest_holds_across_fork_and_execve(rt: multipie.Runtime, programs: Path) -> None:
    with rt.load(programs / "signals").spawn(timeout=30) as d:
        out = bytearray()
        assert d.run(["fork"], stdout=out) == 0
        st = d.stats
    assert (0, bytes(out)) == _native(programs / "signals", "fork")
    assert bytes(out) == (b"parent: usr1 blocked 1, usr2 ignored 1, term handled 1\n"
                          b"child: usr1 blocked 1, usr2 ignored 1, term handled 1\n"
                          b"after execve: usr1 blocked 1, usr2 ignored 1, term handled 0\n"
                          b"child exit 0\n")  # fmt: skip
    assert st.host_calls[ACTION] == st.host_calls[MASK] == 0 and st.guest_calls[MASK] >= 3, st.syscalls()

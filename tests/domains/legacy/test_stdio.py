"""multipie.domains.legacy.stdio: a program reading the host's stdin still stops at its timeout."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from tests.domains.legacy.conftest import needs_vm

pytestmark = needs_vm

READ_HOST_STDIN = """
import sys, multipie
rt = multipie.Runtime(cache_dir=None)
try:
    rt.run_command(sys.argv[1], timeout=1.0, stdout=bytearray())  # stdin=None: the host's, which stays silent
except multipie.Timeout as exc:
    print("Timeout:", exc)
"""


def test_a_program_waiting_for_the_hosts_stdin_times_out(programs: Path) -> None:
    # Before the fix the read blocked in os.read, restarted after every kick: the run never ended
    # (the attack campaign's hangs at seeds 935 and 961, whose worker's stdin is the seed pipe).
    p = subprocess.Popen(
        [sys.executable, "-c", READ_HOST_STDIN, str(programs / "hello")],
        stdin=subprocess.PIPE,  # open, and never written: a terminal nobody types in
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    guard = threading.Timer(120, p.kill)  # a run that never ends fails the test, not hangs it
    guard.start()
    try:
        assert p.stdout is not None and p.stderr is not None
        out, err = p.stdout.read(), p.stderr.read()  # stdin stays open (communicate() would close it)
    finally:
        guard.cancel()
        if p.poll() is None:
            p.kill()
        p.wait()
    assert "Timeout:" in out and "stdin" in out, out + err

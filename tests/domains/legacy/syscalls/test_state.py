"""A process's state: refused calls are recorded as policy events and logged."""

from __future__ import annotations

import errno

import pytest

from multipie.domains.legacy.syscalls import SUPPORTED, Sys
from tests.domains.legacy.syscalls.harness import Harness


def test_forbidden_is_enosys_and_logged(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger="multipie.legacy"):
        assert h(Sys.ptrace, 0, 0, 0) == -errno.ENOSYS
        assert h(Sys.execve, h.s("/bin/sh"), 0, 0) == -errno.ENOSYS
        assert h.p.syscall(9999) == -errno.ENOSYS
    assert [e.name for e in h.p.events] == ["ptrace", "execve", "syscall_9999"]
    assert "ptrace" in caplog.text
    # fork/execve are served by the run's process kernel; a bare LinuxProcess has none (above).
    assert Sys.ptrace not in SUPPORTED and Sys.fork in SUPPORTED and Sys.openat in SUPPORTED

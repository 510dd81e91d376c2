"""multipie.domains.legacy.runner: runs reuse pooled machines per memory size, reset between programs."""

from __future__ import annotations

from pathlib import Path

import multipie
from tests.domains.legacy.conftest import needs_vm

pytestmark = needs_vm


def test_runs_reuse_one_clean_machine_per_memory_size(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "hello")
    outs = []
    for _ in range(3):
        out = bytearray()
        assert rt.run_command(svc, ["ok"], stdout=out) == 0
        outs.append(bytes(out))
    assert outs[0] == outs[1] == outs[2]  # reset between runs: the third run sees what the first saw
    runner = svc._machines()
    assert runner.stats()["created"] == 1 and runner.stats()["hits"] >= 2
    out = bytearray()
    with svc.spawn(memory_limit=64 << 20) as d:  # another memory size: another pool
        assert d.run(["ok"], stdout=out) == 0
    assert runner.stats()["created"] == 2
    runner.close()
    assert runner.stats()["created"] == 2  # counters survive; idle machines are gone

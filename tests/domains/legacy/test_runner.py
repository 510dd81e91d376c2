"""multipie.domains.legacy.runner: runs reuse pooled machines per memory size, reset between programs."""

from __future__ import annotations

from pathlib import Path

import multipie
from multipie.kvm.snapshot import SnapshotData
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


def test_machines_closed_while_others_are_out_leave_one_snapshot_copy(rt: multipie.Runtime, programs: Path) -> None:
    """Machines of one size share one copy of the snapshot data, held by the runner for its life.

    When the machine whose data the others shared was closed (torn down after a fault), the next
    machine took a copy of its own while the others kept the old one: one more copy (16 MiB for
    the test programs) per turn, the attack campaign's RSS drift. Here 5 copies before the fix.
    """
    svc = rt.load(programs / "hello")
    runner = svc._machines()
    pool = runner.pools.pool(64 << 20)
    before = SnapshotData.live()
    held = []
    sharer = runner._take(pool)  # the first machine: the others share its snapshot's copy
    for _ in range(4):
        held.append(runner._take(pool))  # out of the pool (a forked child's, or running)
        sharer.close()  # as after a fault: the machine that took the copy goes
        sharer = runner._take(pool)  # a new machine
    held.append(sharer)
    assert len({m.snapshot.data for m in held}) == 1
    copies, size = SnapshotData.live()
    assert copies - before[0] == 1 and size - before[1] == sharer.snapshot.covered
    for m in held:
        runner._give_back(m)  # the pool keeps 4, closes the rest
    assert rt.run_command(svc, ["ok"], stdout=bytearray(), memory_limit=64 << 20) == 0  # restores from it
    runner.close()
    assert SnapshotData.live() == before  # returned when the runner closes

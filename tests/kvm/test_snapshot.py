"""multipie.kvm.snapshot: every page a call wrote goes back, covered or not, hot or not."""

from __future__ import annotations

from collections.abc import Callable, Collection

import pytest

from multipie.kvm.snapshot import Snapshot, SnapshotData
from tests.conftest import needs_kvm
from tests.kvm.minivm import CODE, DATA, HIGH, PAGE, TABLES, MiniVm

pytestmark = needs_kvm
COVERED = DATA + PAGE  # tables, GDT, code and DATA are snapshot data; HIGH (2 MiB page) is above: zero


@pytest.fixture
def m():  # type: ignore[no-untyped-def]
    machine = MiniVm()
    machine.mem.write(DATA, b"before")
    yield machine
    machine.close()


def test_restore_puts_back_what_the_guest_wrote(m: MiniVm) -> None:
    snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    assert m.run().name == "PORT_OUT" and m.mem.read(DATA, 6) == b"Aefore"
    assert snap.restore() == 2
    assert m.mem.read(DATA, 6) == b"before" and m.mem.read(HIGH, 1) == b"\0"
    assert snap.restore() == 0 and snap.restored_pages == 2  # nothing written since


def test_host_written_pages_are_restored_too(m: MiniVm) -> None:
    snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    m.mem.write(CODE + 100, b"host")  # a buffer the host wrote: KVM does not log it
    m.mem.write(HIGH + PAGE, b"host")
    assert snap.restore(host_written=[CODE // PAGE, HIGH // PAGE + 1]) == 2
    assert m.mem.read(CODE + 100, 4) == bytes(4) and m.mem.read(HIGH + PAGE, 4) == bytes(4)


def test_the_always_zero_range_is_zeroed_on_every_restore(m: MiniVm) -> None:
    snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED, always_zero=(HIGH + 8 * PAGE, PAGE))
    m.mem.write(HIGH + 8 * PAGE, b"stack")
    snap.restore()
    assert m.mem.read(HIGH + 8 * PAGE, 5) == bytes(5)
    with pytest.raises(ValueError, match="above the snapshot's data"):
        Snapshot(m.vm, m.vcpu, m.mem, COVERED, always_zero=(0, PAGE))


def test_hot_pages_stay_reported_until_relearnt() -> None:
    m = MiniVm(manual=True)
    try:
        if not m.manual:
            pytest.skip("this KVM has no KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2")
        m.mem.write(DATA, b"before")
        snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED, hot_pages=8)
        m.run()
        assert snap.restore() == 2
        assert snap.restore() == 2  # still writable, so still restored although nothing ran
        assert m.mem.read(DATA, 6) == b"before"
        few = Snapshot(m.vm, m.vcpu, m.mem, COVERED, hot_pages=1)  # two dirty pages > 1: protect them again
        m.run()
        assert few.restore() == 2 and few.restore() == 0
    finally:
        m.close()


class _Policy:
    """A hot-page policy that answers as told and records what it was shown."""

    def __init__(self, drop: bool) -> None:
        self.drop = drop
        self.seen: list[list[int]] = []
        self.probes: list[int] = []

    def observe(self, pages: Collection[int], unchanged: Callable[[int], bool]) -> None:
        self.seen.append(sorted(p for p in pages if not unchanged(p)))

    def decide(self, dirty: int) -> tuple[bool, bool]:
        return self.drop, False


def test_a_policy_decides_when_hot_pages_are_protected_again() -> None:
    m = MiniVm(manual=True)
    try:
        if not m.manual:
            pytest.skip("this KVM has no KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2")
        m.mem.write(DATA, b"before")
        keep = _Policy(drop=False)
        snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED, hot_pages=8, policy=keep)
        m.run()
        assert snap.restore() == 2 and snap.logged == 2 and not snap.reprotected
        assert keep.seen == [[DATA // PAGE, HIGH // PAGE]]  # shown before the restore, both changed
        assert snap.restore() == 2 and keep.seen[-1] == []  # still reported; nothing changed this time
        snap.policy = _Policy(drop=True)
        assert snap.restore() == 2 and snap.reprotected
        assert snap.restore() == 0  # protected again: nothing reported until the guest writes
    finally:
        m.close()


def test_runs_of_pages_across_the_snapshot_end_are_restored(m: MiniVm) -> None:
    snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    first = COVERED // PAGE - 3  # three covered pages, then three above: one copy and one clear
    m.mem.write(first * PAGE, b"\xff" * 6 * PAGE)
    assert snap.restore(host_written=[*range(first, first + 6), first]) == 6  # duplicates count once
    assert all(snap.unchanged(p) for p in range(first, first + 6))
    assert m.mem.read(DATA, 6) == b"before"  # the last covered page
    assert m.mem.read((first + 3) * PAGE, 3 * PAGE) == bytes(3 * PAGE)


def test_a_shared_snapshot_restores_the_same_contents(m: MiniVm) -> None:
    other = MiniVm()
    try:
        other.mem.write(DATA, b"before")
        first = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
        second = Snapshot(other.vm, other.vcpu, other.mem, COVERED, share=first)
        other.run()
        assert second.restore() == 2 and other.mem.read(DATA, 6) == b"before"
        assert first.restore() == 0
    finally:
        other.close()


def test_restore_sregs_undoes_a_change(m: MiniVm) -> None:
    snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    sregs = m.vcpu.get_sregs()
    sregs.cr3 = 0x9000
    m.vcpu.set_sregs(sregs)
    snap.restore_sregs(m.vcpu)
    assert m.vcpu.get_sregs().cr3 == TABLES


def test_unchanged_tells_pages_a_run_left_alone(m: MiniVm) -> None:
    snap = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    m.mem.write(HIGH + PAGE, b"x")
    assert snap.unchanged(CODE // PAGE) and snap.unchanged(HIGH // PAGE)  # as captured; zero above
    assert not snap.unchanged(HIGH // PAGE + 1)
    m.run()  # writes DATA
    assert not snap.unchanged(DATA // PAGE)
    snap.restore(host_written=[HIGH // PAGE + 1])
    assert snap.unchanged(DATA // PAGE) and snap.unchanged(HIGH // PAGE + 1)


def test_a_released_snapshot_shares_on_and_refuses_to_restore(m: MiniVm) -> None:
    first = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    second = Snapshot(m.vm, m.vcpu, m.mem, COVERED, share=first)
    first.release()  # the data lives on in `second`
    m.run()
    assert second.restore() == 2 and m.mem.read(DATA, 6) == b"before"
    with pytest.raises(ValueError, match="released"):
        first.restore_pages([DATA // PAGE])


def test_a_released_snapshot_is_not_shared_again(m: MiniVm) -> None:
    # The legacy runner shares its first machine's snapshot; when that machine was closed (torn
    # down after a fault), a new machine sharing the released data restored from a dead address
    # (the attack campaign's healthy tenants then faulted).
    first = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    first.release()
    assert first.released
    fresh = Snapshot(m.vm, m.vcpu, m.mem, COVERED, share=first)  # a private copy instead
    assert not fresh.released
    m.run()
    assert fresh.restore() == 2 and m.mem.read(DATA, 6) == b"before"


def test_snapshot_data_outlives_the_snapshot_that_took_it_while_an_owner_holds_it(m: MiniVm) -> None:
    before = SnapshotData.live()
    first = Snapshot(m.vm, m.vcpu, m.mem, COVERED)
    data = first.data  # an owner's reference (the legacy runner keeps one per memory size)
    assert data is not None and SnapshotData.live() == (before[0] + 1, before[1] + first.covered)
    first.release()
    assert first.data is None
    second = Snapshot(m.vm, m.vcpu, m.mem, COVERED, share=data)  # no new copy
    assert second.data is data and SnapshotData.live()[0] == before[0] + 1
    m.run()
    assert second.restore() == 2 and m.mem.read(DATA, 6) == b"before"
    second.release()
    del data
    assert SnapshotData.live() == before  # unmapped with the last reference

"""multipie.kvm.vm: a VM's slots, its dirty log and its lifetime."""

from __future__ import annotations

import pytest

from multipie.errors import Trap, TrapCode
from multipie.kvm.memory import PAGE, GuestMemory
from multipie.kvm.vm import Vm
from tests.conftest import needs_kvm
from tests.kvm.minivm import DATA, HIGH, MiniVm

pytestmark = needs_kvm


def test_slots_are_numbered_and_looked_up_by_guest_address() -> None:
    with Vm() as vm:
        low, high = GuestMemory(4 * PAGE), GuestMemory(2 * PAGE, gpa=0x10000)
        assert vm.add_memory(low, size=2 * PAGE).number == 0
        assert vm.add_memory(low, offset=2 * PAGE, slot=3).number == 3  # one mapping, two slots
        assert vm.add_memory(high).number == 4  # the next free number
        assert vm.memory_at(0x10000 + PAGE, 8) is high and vm.memory_at(3 * PAGE) is low
        with pytest.raises(Trap, match="0x4000\\+1 is not backed") as info:
            vm.memory_at(4 * PAGE)  # between the regions
        assert info.value.code is TrapCode.MEMORY_OUT_OF_BOUNDS
        with pytest.raises(Trap):
            vm.memory_at(0x10000 + PAGE, 2 * PAGE)  # runs past the end
    assert low.closed and high.closed and vm.fd == -1  # the VM closed what it owned
    vm.close()  # idempotent


@pytest.mark.parametrize(("offset", "size"), [(1, PAGE), (0, PAGE + 1), (0, 0), (PAGE, 4 * PAGE)])
def test_a_slot_must_be_a_page_aligned_part_of_its_memory(offset: int, size: int) -> None:
    with Vm() as vm, pytest.raises(ValueError, match="not a page-aligned part"):
        vm.add_memory(GuestMemory(4 * PAGE), offset=offset, size=size)


def test_a_removed_slot_gives_its_memory_back() -> None:
    vm = Vm()
    mem = GuestMemory(PAGE)
    vm.add_memory(mem)
    assert vm.remove_memory(0) is mem and vm.slots == {}
    vm.close()
    assert not mem.closed
    mem.close()


def test_the_dirty_log_reports_the_pages_the_guest_wrote_once() -> None:
    m = MiniVm()
    try:
        assert m.vm.dirty_pages(0) == []  # host writes (tables, code) are not logged
        assert m.run().name == "PORT_OUT"
        assert m.vm.dirty_pages(0) == [DATA // PAGE, HIGH // PAGE]
        assert m.vm.dirty_pages(0) == []  # fetching re-arms the log
    finally:
        m.close()


def test_dirty_words_needs_a_logged_slot() -> None:
    m = MiniVm(log_dirty=False)
    try:
        with pytest.raises(ValueError, match="without log_dirty"):
            m.vm.dirty_words(0)
    finally:
        m.close()


def test_protected_pages_are_reported_again_only_once_written() -> None:
    m = MiniVm(manual=True)
    try:
        if not m.manual:
            pytest.skip("this KVM has no manual dirty-log protection")
        assert m.run().name == "PORT_OUT"
        written = [DATA // PAGE, HIGH // PAGE]
        assert m.vm.dirty_pages(0) == written
        assert m.vm.dirty_pages(0) == written  # manual mode: still writable, still reported
        m.vm.protect_pages(0, [HIGH // PAGE])
        assert m.vm.dirty_pages(0) == [DATA // PAGE]  # protected again: no longer reported
        assert m.run().name == "PORT_OUT"
        assert m.vm.dirty_pages(0) == written  # the guest wrote it again: reported
    finally:
        m.close()

"""multipie.domains.legacy.sysarea: the address-space state crosses the state page and hole table intact."""

from __future__ import annotations

from multipie.domains.legacy import sysarea
from multipie.domains.legacy.syscalls import AddressSpace, UserMemory
from multipie.kvm.memory import PAGE, GuestMemory


def test_space_round_trips_through_the_state_page_and_hole_table() -> None:
    mem = GuestMemory(0x10000)
    user = UserMemory(bytearray(64 * PAGE), base=0x400000)
    space = AddressSpace(user, brk_start=0x410000, top=0x440000)
    space.load_state(0x410000, 0x412000, 0x414000, 0x430000, 0x430000, holes=[(0x432000, 2 * PAGE)])
    sysarea.store_space(mem, space)
    again = AddressSpace(user, brk_start=0x410000, top=0x440000)
    sysarea.load_space(mem, again)
    assert again.state() == space.state() == (0x410000, 0x412000, 0x414000, 0x430000, 0x430000)
    assert again.shared_holes() == space.shared_holes()
    mem.close()


def test_fork_state_gives_the_child_its_pid_and_fresh_counters() -> None:
    mem = GuestMemory(0x10000)
    mem.write(sysarea.COUNTS, b"\xff" * 8)
    sysarea.fork_state(mem, pid=42)
    assert mem.read_u64(sysarea.STATE + sysarea.S_PID) == 42
    assert mem.read(sysarea.COUNTS, 8) == bytes(8)
    mem.close()

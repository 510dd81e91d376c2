"""Guest memory (multipie.kvm.memory): closing is idempotent even while a caller still holds a view."""

from __future__ import annotations

import pytest

from multipie.errors import Trap, TrapCode
from multipie.kvm.memory import PAGE, GuestMemory


def test_close_twice_while_a_view_is_held() -> None:
    mem = GuestMemory(PAGE)
    held = mem.view[:8]  # e.g. a reference cycle keeping a slice alive past close()
    mem.close()
    mem.close()  # used to fail: the first close had already dropped its anchor
    assert not mem.closed  # the mapping stays until the last view goes
    held.release()
    mem.close()
    assert mem.closed


BASE = 0x10000


@pytest.fixture
def mem():  # type: ignore[no-untyped-def]
    m = GuestMemory(2 * PAGE, gpa=BASE)
    yield m
    m.close()


def test_size_rounds_up_to_whole_pages() -> None:
    m = GuestMemory(1, gpa=BASE)
    assert (m.size, m.gpa, m.end) == (PAGE, BASE, BASE + PAGE)
    assert m.read(BASE, PAGE) == bytes(PAGE)  # zeroed
    m.close()
    with pytest.raises(ValueError, match="positive"):
        GuestMemory(0)


def test_reads_and_writes_at_guest_addresses(mem: GuestMemory) -> None:
    mem.write(BASE + 10, b"hello\0world")
    assert mem.read(BASE + 10, 5) == b"hello"
    assert mem.read_cstring(BASE + 10, 100) == b"hello"
    assert mem.read_cstring(BASE + 10, 3) == b"hel"  # the limit holds without a NUL
    assert mem.read_cstring(mem.end - 1, 100) == b""  # stops at the end of memory
    mem.write_u64(BASE + 64, -1)
    assert mem.read_u64(BASE + 64) == 2**64 - 1
    view = mem.slice(BASE + 64, 8)
    view[0] = 0  # zero-copy: the slice is the guest's memory
    assert mem.read_u64(BASE + 64) == 2**64 - 256
    mem.zero(BASE + 64, 8)
    assert mem.read(BASE + 64, 8) == bytes(8)


@pytest.mark.parametrize(
    ("gpa", "length"),
    [(BASE - 1, 1), (BASE + 2 * PAGE, 1), (BASE + 2 * PAGE - 4, 8), (BASE, -1), (0, 1), (2**64 - 1, 2)],
)
def test_out_of_bounds_pointers_trap(mem: GuestMemory, gpa: int, length: int) -> None:
    with pytest.raises(Trap, match=f"buf 0x{gpa:x}\\+{length} is outside guest memory") as info:
        mem.read(gpa, length, what="buf")
    assert info.value.code is TrapCode.MEMORY_OUT_OF_BOUNDS
    if length > 0:
        with pytest.raises(Trap):
            mem.write(gpa, b"x" * length)
    assert not mem.contains(gpa, length)


def test_contains_includes_an_empty_range_at_the_end(mem: GuestMemory) -> None:
    assert mem.contains(BASE, 2 * PAGE) and mem.contains(mem.end, 0)
    assert not mem.contains(mem.end, 1)


def test_resident_and_discard(mem: GuestMemory) -> None:
    assert mem.resident() == 0  # nothing touched yet
    mem.write(BASE + PAGE, b"x")
    assert mem.resident() == PAGE
    mem.discard()
    assert mem.resident() == 0 and mem.read(BASE + PAGE, 1) == b"\0"


def test_close_is_idempotent(mem: GuestMemory) -> None:
    mem.close()
    mem.close()
    assert mem.closed


def test_close_with_a_view_still_held_leaves_the_unmap_to_the_gc() -> None:
    mem = GuestMemory(PAGE, gpa=BASE)
    view = mem.slice(BASE, 4)
    mem.close()  # no BufferError: the mapping goes with the last view
    view[0] = 1  # still mapped while the view lives
    del view

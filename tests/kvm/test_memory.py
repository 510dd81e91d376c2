"""Guest memory (multipie.kvm.memory): closing is idempotent even while a caller still holds a view."""

from __future__ import annotations

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

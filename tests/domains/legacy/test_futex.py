"""Futex wait queues and FUTEX_WAKE_OP's arithmetic, without a VM."""

from __future__ import annotations

import pytest

from multipie.domains.legacy.futex import MATCH_ANY, FutexTable, wake_op


def test_wake_is_fifo_and_bounded() -> None:
    t = FutexTable()
    for who in "abc":
        t.wait(0x1000, who)
    t.wait(0x2000, "other")
    assert t.wake(0x1000, 2) == ["a", "b"]
    assert t.wake(0x1000, 5) == ["c"] and t.wake(0x1000, 5) == []
    assert t.waiting(0x2000) == 1 and len(t) == 1
    assert t.wake(0x2000, 0) == []  # the syscall layer turns 0 into 1, as Linux counts


def test_bitsets_select_waiters() -> None:
    t = FutexTable()
    t.wait(0x1000, "one", bitset=0b01)
    t.wait(0x1000, "two", bitset=0b10)
    t.wait(0x1000, "any")
    assert t.wake(0x1000, 5, bitset=0b10) == ["two", "any"]
    assert t.wake(0x1000, 5, bitset=0b100) == []
    assert t.wake(0x1000, 5, bitset=MATCH_ANY) == ["one"]


def test_cancel_takes_a_waiter_off() -> None:
    t = FutexTable()
    a, b = t.wait(0x1000, "a"), t.wait(0x1000, "b")
    t.cancel(a)
    t.cancel(a)  # twice: no error
    assert t.wake(0x1000, 5) == ["b"] and b.woken and not a.woken
    t.cancel(b)  # after its wake: nothing to do
    assert len(t) == 0


def test_requeue_wakes_then_moves() -> None:
    t = FutexTable()
    ws = [t.wait(0x1000, i) for i in range(5)]
    woken, moved = t.requeue(0x1000, 1, 0x2000, 3)
    assert woken == [0] and moved == 3
    assert t.waiting(0x1000) == 1 and t.waiting(0x2000) == 3
    assert [w.addr for w in ws[1:4]] == [0x2000] * 3
    t.cancel(ws[2])  # a moved waiter is cancelled where it now waits
    assert t.wake(0x2000, 5) == [1, 3] and t.wake(0x1000, 5) == [4]
    t.wait(0x3000, "x")
    assert t.requeue(0x3000, 0, 0x3000, 4) == ([], 1)  # onto itself: counted, left in place
    assert t.waiting(0x3000) == 1


@pytest.mark.parametrize(
    ("old", "encoded", "expected"),
    [
        (0, (0 << 28) | (5 << 12), (5, True)),  # SET 5; cmp EQ 0: old 0 == 0
        (7, (1 << 28) | (1 << 24) | (3 << 12) | 7, (10, False)),  # ADD 3; cmp NE 7
        (0b1010, (2 << 28) | (2 << 24) | (0b0101 << 12) | 11, (0b1111, True)),  # OR; cmp LT 11
        (0b1111, (3 << 28) | (3 << 24) | (0b0101 << 12) | 15, (0b1010, True)),  # ANDN; cmp LE 15
        (0b1111, (4 << 28) | (4 << 24) | (0b0101 << 12) | 15, (0b1010, False)),  # XOR; cmp GT 15
        (5, ((8 | 1) << 28) | (5 << 24) | (3 << 12) | 5, (13, True)),  # ADD 1<<3 (OPARG_SHIFT); cmp GE 5
        (0xFFFFFFFF, (0 << 28) | (2 << 24) | (1 << 12) | 0, (1, True)),  # the old value is signed: -1 < 0
        (0, (0 << 28) | (0 << 24) | (0xFFF << 12) | 0xFFF, (0xFFFFFFFF, False)),  # 12-bit args sign-extend
    ],
)
def test_wake_op_arithmetic(old: int, encoded: int, expected: tuple[int, bool]) -> None:
    assert wake_op(old, encoded) == expected


def test_wake_op_refuses_unknown_codes() -> None:
    assert wake_op(0, 5 << 28) is None  # no operation 5
    assert wake_op(0, 6 << 24) is None  # no comparison 6

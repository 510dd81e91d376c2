"""A virtine function with a working set of its own (512 KiB): results stable across pooled calls, and no
call ever sees what an earlier one left, whether its pages stayed writable (hot) or were re-protected."""

from __future__ import annotations

from collections.abc import Callable

import multipie
from multipie.kvm import snapshot
from tests.conftest import needs_kvm

pytestmark = needs_kvm

Load = Callable[[str], multipie.Service]


def test_heap_results_stable_and_nothing_left_between_calls(load: Load) -> None:
    svc = load("tests/heap")
    with svc.spawn() as d:
        small = d.call("heap_sort", 1000, 7)  # a few pages: they stay hot
        big = d.call("heap_sort", 65536, 7)  # 128 pages of .bss plus the stack
        assert d.call("heap_leftover") == 0
        for i in range(snapshot.RELEARN + 3):  # across a re-learn of the hot set
            assert d.call("heap_sort", 65536 if i % 2 else 1000, 7) == (big if i % 2 else small)
            assert d.call("heap_leftover") == 0
    with svc.spawn() as d:  # the next domain of the pool
        assert d.call("heap_leftover") == 0
        assert d.call("heap_sort", 65536, 7) == big

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


def test_a_working_set_the_calls_rewrite_stays_writable(load: Load) -> None:
    # 400 pages is more than the 256 a virtine used to keep hot: every reset protected them again and the
    # next call took a write-protection fault (~15-25 µs under PVM) on each (the LZ4 virtine's ~350).
    svc = load("tests/heap")
    with svc.spawn() as d:
        for i in range(4):
            assert d.call("wide_touch", 400, i) == 400
            st = d.stats
            assert st is not None and st.dirty_pages >= 400
            assert not st.reprotected, f"call {i}: the working set was protected again"
        assert d.call("wide_leftover") == 0  # and every call still starts from zeros
    with svc.spawn() as d:  # the next tenant of the pooled machine
        assert d.call("wide_leftover") == 0


def test_a_stale_working_set_is_protected_again_and_stops_costing_restores(load: Load) -> None:
    with load("tests/heap").spawn() as d:
        d.call("wide_touch", 400, 1)
        d.call("heap_touch", 2)  # the 400 pages are still reported: this reset finds them unchanged
        st = d.stats
        assert st is not None and not st.reprotected  # a few probes protected, the set kept
        d.call("heap_touch", 2)  # the log says the probes went unwritten: the set is stale
        st = d.stats
        assert st is not None and st.reprotected
        d.call("heap_touch", 2)
        assert d.stats is not None and d.stats.restored_pages < 32  # no longer the 400
        assert d.call("wide_leftover") == 0

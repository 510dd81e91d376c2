"""multipie.domains.virtine.stats: each counter of a call counts what it claims."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

import multipie
from multipie.domains.virtine.stats import CallStats
from multipie.errors import Trap
from tests.conftest import needs_kvm

pytestmark = needs_kvm

Load = Callable[[str], multipie.Service]
PAGE = 4096


def test_exits_count_hypercalls_by_name(load: Load) -> None:
    with load("tests/buffers").spawn(stdout=io.BytesIO()) as d:
        assert d.stats is None  # no call yet
        d.call("greet", 7)  # one vt_printf: one WRITE, then RETURN
        st = d.stats
        assert st is not None and st.exits == {"write": 1, "return": 1}
        d.call("negate", 3)
        assert d.stats is not st and d.stats.exits == {"return": 1}


def test_times_add_up(load: Load) -> None:
    with load("tests/heap").spawn() as d:
        d.call("heap_sort", 65536, 3)
        st = d.stats
        assert st is not None and 0 < st.guest_time <= st.wall
        assert st.host_time == pytest.approx(st.wall - st.guest_time)


def test_pages_written_by_guest_and_host_are_counted(load: Load) -> None:
    with load("tests/heap").spawn() as d:
        d.call("wide_touch", 300, 1)
        first = d.stats
        assert first is not None and 300 <= first.dirty_pages <= 300 + 16  # + a few stack pages
        assert first.host_pages == 0 and first.restored_pages == first.dirty_pages
    with load("tests/buffers").spawn() as d:
        d.call("checksum", bytes(3 * PAGE), 3 * PAGE)  # copied into the heap (page-aligned): 3 pages
        st = d.stats
        assert st is not None and st.host_pages == 3 and st.restored_pages >= 3


def test_a_faulted_call_keeps_its_counters(load: Load) -> None:
    d = load("tests/faults").spawn()
    with pytest.raises(Trap):
        d.call("null_read")
    assert not d.is_open and d.stats is not None and d.stats.exits == {"fault": 1}


def test_a_new_tenant_does_not_see_the_last_one_s_counters(load: Load) -> None:
    svc = load("tests/heap")
    with svc.spawn() as d:
        d.call("wide_touch", 100, 1)
    with svc.spawn() as d:  # the same pooled machine
        assert d.stats is None
    assert d.stats is None  # closing without a call reports nothing either


def test_report_and_dict() -> None:
    st = CallStats(wall=0.002, guest_time=0.0015, host_page_faults=3, dirty_pages=5, restored_pages=5)
    st.exits.update({"return": 1, "write": 2})
    assert st.as_dict()["host_s"] == pytest.approx(0.0005) and st.as_dict()["exits"] == {"return": 1, "write": 2}
    text = st.report()
    assert "write 2" in text and "host page faults 3" in text and "written by the guest 5" in text

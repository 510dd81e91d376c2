"""The ``components`` bench suite in quick mode: every row has ours beside plain wasmtime-py (no timing asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.bench import BenchContext
from multipie.bench.suites.components import PLAIN, components


@pytest.mark.slow
def test_quick_run_measures_every_row_for_both(tmp_path: Path, guests: Path) -> None:
    out = components(BenchContext(quick=True, guests=guests, scratch=tmp_path))
    rows: dict[str, set[str]] = {}
    for m in out:
        rows.setdefault(m.row, set()).add(m.who)
        assert ("echo.wasm" if m.row == "component cached run (process)" else "typed.wasm") in m.note
        if m.unit == "x":  # a ratio of two rows of the same run
            assert m.value is not None and m.value > 0 and m.who == f"ours / {PLAIN}"
        else:
            assert m.samples and m.p50 is not None
    assert set(rows) == {
        "component compile",
        "component deserialise",
        "component fresh instance",
        "component typed call (string in/out)",
        "component cached start (process)",
        "component cached run (process)",
    }
    for row, whos in rows.items():
        assert "ours" in whos or any(w.startswith("ours ") for w in whos), row
        assert any(w.startswith(PLAIN) for w in whos), row
    assert {"ours (spawn)", "ours (reserve)"} <= rows["component fresh instance"]
    assert {"ours", "ours (python path)"} <= rows["component typed call (string in/out)"]

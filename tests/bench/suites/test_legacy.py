"""The legacy bench suite's start-up rows: every row is measured or says why not (never asserts timings)."""

from __future__ import annotations

from pathlib import Path

import multipie
from multipie.bench import BenchContext
from multipie.bench.suites import legacy
from tests.domains.legacy.conftest import needs_vm


@needs_vm
def test_startup_rows_measure_static_and_report_dynamic_cleanly(guests: Path, tmp_path: Path) -> None:
    ctx = BenchContext(quick=True, guests=guests, scratch=tmp_path)
    rt = multipie.Runtime(cache_dir=None)
    try:
        rows = legacy._startup_rows(rt, ctx, 3)
    finally:
        rt.close()
    by = {(m.row, m.who): m for m in rows}
    static = "start-up: true (static musl)"
    for who in ("fork+exec", "ours (run path)", "ours (pooled spawn)"):
        m = by[(static, who)]
        assert len(m.samples) == 3 and m.p50 is not None, (who, m.note)
    assert by[(static, "ours (pooled spawn)")].note.endswith("x fork+exec")
    dynamic = "start-up: /bin/true (dynamic, host)"
    assert by[(dynamic, "fork+exec")].samples
    for who in ("ours (run path)", "ours (pooled spawn)"):
        m = by[(dynamic, who)]
        # Measured once dynamic executables load in a virtine; until then a clean "unsupported" note.
        assert m.samples or m.note.startswith("unsupported: "), m.note


def test_a_missing_program_is_a_skipped_row(tmp_path: Path) -> None:
    rt = multipie.Runtime(cache_dir=None)
    try:
        rows = legacy._startup(rt, "start-up: x", tmp_path / "missing", [], 3)
    finally:
        rt.close()
    assert [(m.who, m.note.split(":")[0]) for m in rows] == [("fork+exec", "skipped")]

"""benchmarks/compare_runs.py: matching two trees' bench runs, medians, direction of 'worse', the table."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

_SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "compare_runs.py"


def _module() -> ModuleType:
    """benchmarks/ is a folder of scripts, not a package: load the script by path."""
    spec = importlib.util.spec_from_file_location("compare_runs", _SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["compare_runs"] = mod  # dataclasses look the module up while the class is made
    spec.loader.exec_module(mod)
    return mod


cr = _module()


def _m(
    row: str, who: str, value: float | None, unit: str = "us", metric: str = "p50", note: str = ""
) -> dict[str, Any]:
    return {"row": row, "who": who, "metric": metric, "unit": unit, "value": value, "p50": value, "note": note}


def _write(tmp_path: Path, name: str, ms: list[dict[str, Any]]) -> Path:
    p = tmp_path / name
    p.write_text(json.dumps({"schema": 1, "measurements": ms}))
    return p


def test_medians_per_figure_and_ratio_head_over_base(tmp_path: Path) -> None:
    base = [[_m("creation", "ours", v)] for v in (10.0, 30.0, 11.0)]
    head = [[_m("creation", "ours", v)] for v in (12.0, 1.0, 13.0)]
    (row,) = cr.compare([cr.figures(b) for b in base], [cr.figures(h) for h in head])
    assert (row.base, row.head, row.runs) == (11.0, 12.0, (3, 3))
    assert row.ratio == pytest.approx(12 / 11)
    assert row.worse == pytest.approx((12 / 11 - 1) * 100)


def test_throughput_is_worse_when_lower() -> None:
    assert cr.worse_percent(0.9, "req/s") == pytest.approx((1 / 0.9 - 1) * 100)  # 11.1 % fewer served
    assert cr.worse_percent(1.1, "req/s") < 0
    assert cr.worse_percent(1.1, "ns") == pytest.approx(10.0)
    assert cr.worse_percent(None, "ns") is None


def test_figures_skip_errors_and_unmeasured_and_read_density_creation_speed() -> None:
    got = cr.figures(
        [
            _m("calls", "error", 1.0),
            _m("calls", "extism", None, note="not installed"),
            _m("density", "ours (group)", 1e3, unit="domains", metric="1,000 live", note="in 0.1 s (9.5 us each)"),
        ]
    )
    assert got == {
        ("density", "ours (group)", "1,000 live"): (1000.0, "domains"),
        ("density", "ours (group)", "1,000 live create, us each"): (9.5, "us"),
    }


def test_a_row_with_a_plain_peer_gets_same_run_shares_compared_by_direction() -> None:
    run = [_m("echo", "ours", 50.0, unit="req/s"), _m("echo", "uvicorn-python", 100.0, unit="req/s")]
    got = cr.figures(run)
    assert got[("echo", "ours", "p50 / uvicorn-python's")] == (0.5, "req/s / uvicorn-python")
    assert ("echo", "uvicorn-python", "p50 / uvicorn-python's") not in got
    assert cr.worse_percent(0.5, "req/s / uvicorn-python") == pytest.approx(100.0)  # half the share: worse


def test_a_figure_of_one_tree_only_is_listed_without_ratio() -> None:
    rows = cr.compare([cr.figures([_m("a", "ours", 1.0)])], [cr.figures([_m("b", "ours", 2.0)])])
    assert [(r.key[0], r.base, r.head, r.ratio) for r in rows] == [("b", None, 2.0, None), ("a", 1.0, None, None)]


def test_renamed_baseline_figures_match_the_head(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cr.RENAMES, ("old", "ours", "p50"), ("new", "ours", "p50"))
    (row,) = cr.compare([cr.figures([_m("old", "ours", 2.0)])], [cr.figures([_m("new", "ours", 3.0)])])
    assert row.key == ("new", "ours", "p50") and row.ratio == pytest.approx(1.5)


def test_main_prints_the_table_and_fails_past_the_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    b = _write(tmp_path, "b.json", [_m("creation", "ours", 10.0), _m("creation", "peer", 10.0)])
    h = _write(tmp_path, "h.json", [_m("creation", "ours", 10.4), _m("creation", "peer", 20.0)])
    assert cr.main(["--base", str(b), "--head", str(h), "--who", "ours"]) == 0
    out = capsys.readouterr().out
    assert "| creation | ours | p50 | us | 10 (1) | 10.4 (1) | 1.040 | +4.0% |  |" in out
    assert "peer" not in out
    assert cr.main(["--base", str(b), "--head", str(h)]) == 1
    assert "**> 5%**" in capsys.readouterr().out

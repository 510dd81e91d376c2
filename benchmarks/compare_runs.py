"""Two trees' ``multipie bench`` runs side by side: per-row medians over runs and the head/base ratio.

    python benchmarks/compare_runs.py --base b1/results.json b2/results.json --head h1/results.json h2/results.json

Each file is the ``results.json`` that ``multipie bench --out DIR`` writes (the bench has no ``--json``
flag; every tree since wave 1 writes the same ``schema: 1`` document). A figure is identified by its
``(row, who, metric)``; :data:`RENAMES` maps a baseline key to the head's where a row was renamed.
Per figure, the median of its per-run values (each run's value is already a p50 or a single
``wrk`` figure), then ``head / base``. Lower is better except for the units in :data:`HIGHER_IS_BETTER`;
``worse`` is the head's loss in percent whichever the direction, and rows past ``--threshold``
(default 5 %, issue 14's goal) are marked. Density rows carry their creation speed only in the note
(``(12.3 us each)``); it is read out as a figure of its own (metric ``... create, us each``). Where a
row has a plain peer (:data:`PLAIN`, e.g. apps' ``uvicorn-python``), each other figure of the row is
also given relative to it *in the same run* (unit ``req/s / uvicorn-python``): on a loaded machine the
absolute figures of a server swing by 2x between runs, their share of the peer far less.

Run the trees alternately (base, head, base, head, ...) so both see the same load; this script only
reads the files.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Key", "Row", "compare", "figures", "format_table", "load", "main", "worse_percent"]

#: (row, who, metric): what one figure measures.
Key = tuple[str, str, str]

#: Units where a larger figure is the better one (throughput, capacity).
HIGHER_IS_BETTER = frozenset({"req/s", "domains"})

#: Baseline key -> head key, for figures renamed since the baseline (none in the four suites of issue 14).
RENAMES: dict[Key, Key] = {}

#: Peers that every other figure of their row is also divided by, run by run.
PLAIN = ("uvicorn-python",)

_EACH = re.compile(r"\(([\d.]+) us each\)")


@dataclass
class Row:
    """One matched figure: its medians in each tree (None when a tree has no such figure)."""

    key: Key
    unit: str
    base: float | None
    head: float | None
    runs: tuple[int, int]

    @property
    def ratio(self) -> float | None:
        """head / base (None when either side is missing or zero)."""
        if self.base is None or self.head is None or self.base == 0:
            return None
        return self.head / self.base

    @property
    def worse(self) -> float | None:
        """The head's loss in percent (negative: the head is better), by the unit's direction."""
        return worse_percent(self.ratio, self.unit)


def worse_percent(ratio: float | None, unit: str) -> float | None:
    """How much worse a head/base ``ratio`` is, in percent, for a figure in ``unit``."""
    if ratio is None or ratio == 0:
        return None
    if unit.split(" / ")[0] in HIGHER_IS_BETTER:
        return (1 / ratio - 1) * 100
    return (ratio - 1) * 100


def load(path: Path) -> list[dict[str, Any]]:
    """The measurements of one ``results.json``."""
    doc = json.loads(path.read_text())
    return list(doc["measurements"])


def figures(measurements: Iterable[dict[str, Any]]) -> dict[Key, tuple[float, str]]:
    """Key -> (value, unit) of every measured figure of one run, plus density's per-domain creation time."""
    out: dict[Key, tuple[float, str]] = {}
    for m in measurements:
        value = m.get("value")
        if value is None:
            value = m.get("p50")
        if value is None or m.get("who") == "error":
            continue
        key = (m["row"], m["who"], m["metric"])
        out[RENAMES.get(key, key)] = (float(value), m.get("unit", ""))
        each = _EACH.search(m.get("note") or "")
        if each and m.get("unit") == "domains":
            out[(m["row"], m["who"], f"{m['metric']} create, us each")] = (float(each.group(1)), "us")
    return _relative(out)


def _relative(out: dict[Key, tuple[float, str]]) -> dict[Key, tuple[float, str]]:
    """``out`` plus every figure of a row with a :data:`PLAIN` peer divided by that peer's, same metric."""
    extra: dict[Key, tuple[float, str]] = {}
    for (row, who, metric), (value, unit) in out.items():
        for plain in PLAIN:
            ref = out.get((row, plain, metric))
            if ref and ref[0] and who != plain:
                extra[(row, who, f"{metric} / {plain}'s")] = (value / ref[0], f"{unit} / {plain}")
    return {**out, **extra}


def _medians(runs: Sequence[dict[Key, tuple[float, str]]]) -> dict[Key, tuple[float, str, int]]:
    values: dict[Key, list[float]] = {}
    units: dict[Key, str] = {}
    for run in runs:
        for key, (value, unit) in run.items():
            values.setdefault(key, []).append(value)
            units[key] = unit
    return {k: (statistics.median(v), units[k], len(v)) for k, v in values.items()}


def compare(base: Sequence[dict[Key, tuple[float, str]]], head: Sequence[dict[Key, tuple[float, str]]]) -> list[Row]:
    """Every figure of either tree, in the head's order (then the baseline's leftovers)."""
    b, h = _medians(base), _medians(head)
    order = list(h) + [k for k in b if k not in h]
    rows = []
    for key in order:
        bv, hv = b.get(key), h.get(key)
        unit = (hv or bv or (0.0, "", 0))[1]
        rows.append(
            Row(key, unit, bv[0] if bv else None, hv[0] if hv else None, (bv[2] if bv else 0, hv[2] if hv else 0))
        )
    return rows


def _num(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:.3g}" if abs(v) < 1000 else f"{v:,.0f}"


def format_table(rows: Sequence[Row], *, threshold: float = 5.0) -> str:
    """A Markdown table: row, who, metric, unit, base and head medians (runs), head/base, worse %, flag."""
    lines = [
        "| row | who | metric | unit | base (runs) | head (runs) | head/base | worse | |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratio = "—" if r.ratio is None else f"{r.ratio:.3f}"
        worse = r.worse
        flag = f"**> {threshold:g}%**" if worse is not None and worse > threshold else ""
        lines.append(
            f"| {r.key[0]} | {r.key[1]} | {r.key[2]} | {r.unit} | {_num(r.base)} ({r.runs[0]}) | "
            f"{_num(r.head)} ({r.runs[1]}) | {ratio} | {'—' if worse is None else f'{worse:+.1f}%'} | {flag} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the matched table; exit status 1 when a figure is worse than ``--threshold`` percent."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", nargs="+", type=Path, required=True, help="the baseline tree's results.json files")
    ap.add_argument("--head", nargs="+", type=Path, required=True, help="this tree's results.json files")
    ap.add_argument("--threshold", type=float, default=5.0, help="percent worse that marks a row (default 5)")
    ap.add_argument("--who", default="", help="only figures whose `who` starts with this (e.g. 'ours')")
    args = ap.parse_args(argv)
    rows = compare([figures(load(p)) for p in args.base], [figures(load(p)) for p in args.head])
    rows = [r for r in rows if r.key[1].startswith(args.who)]
    print(format_table(rows, threshold=args.threshold))
    return 1 if any((r.worse or 0) > args.threshold for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

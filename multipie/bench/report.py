"""Writing a :class:`~multipie.bench.harness.BenchRun`: ``results.json``, ``results.md``, ``results.png``.

``results.md`` opens with the seed's table (Execution, Creation, Domains, Switch time, Sharing) next
to the seed's own claims, each figure recomputed from measured rows, then every row with peers and
ratios. Rows other suites provide are picked up by name when present and shown as *pending*
otherwise (see :data:`SEED_TABLE`): ``guest->host call`` and ``service->service call`` (sharing
suite), and any row whose ``who`` starts with ``virtine`` (the MicroVM column). The Execution line
quotes the *default path's* worst ratio to native over every ``execution (NAME) vs native`` row
(what a user gets with no options), beside the best Wasm profile's worst and the legacy path's.
"""

from __future__ import annotations

import json
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from multipie.bench import Measurement
from multipie.bench.harness import BenchRun

__all__ = [
    "DEFAULT_PATH",
    "LEGACY",
    "SAME_BINARY",
    "SEED_TABLE",
    "SCHEMA_VERSION",
    "SeedLine",
    "seed_rows",
    "write_all",
    "write_json",
    "write_markdown",
    "write_png",
]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class SeedLine:
    """One line of the seed's table and where its measured figures come from.

    ``ours``/``microvm`` are (row substrings, who prefix) alternatives, tried in order.
    ``claim`` is the seed's multiPIE figure in ``unit`` for the ratio column; ``better`` says
    whether lower (``"lower"``) or higher values win.
    """

    name: str
    sfi: str
    microvm: str
    multipie: str
    ours: tuple[tuple[str, str], ...]
    microvm_rows: tuple[tuple[str, str], ...]
    claim: float
    better: str


SEED_TABLE: tuple[SeedLine, ...] = (
    SeedLine(
        "Execution",
        "20-40% slower",
        "Native",
        "Native",
        (("execution (lz4) vs native", "ours"),),
        (),
        1.0,
        "lower",
    ),
    SeedLine(
        "Creation",
        "5 ms",
        "20x slower",
        "<10ms",
        (("creation", "ours"),),
        (("pooled create+run+reset", "ours"), ("VM creation", "ours")),
        10_000.0,
        "lower",
    ),
    SeedLine(
        "Domains",
        "10,000",
        "100x fewer",
        "100,000s",
        (("density", "ours (group)"),),
        (("virtine density", "ours"),),
        100_000.0,
        "higher",
    ),
    SeedLine(
        "Switch time",
        "2 ns",
        "> 1,000 ns",
        "<10ns",
        (("service->service call", "ours"),),
        (("fib(0) call (run + reset)", "ours"),),
        10.0,
        "lower",
    ),
    SeedLine(
        "Sharing",
        "5-10% wasted",
        "25% wasted",
        "instant",
        (("guest->host call", "ours"),),
        (("virtine hypercall", "ours"),),
        0.5,
        "lower",
    ),
)
"""Where each seed line's figures come from. Rows of the sharing suite (``service->service call``,
``guest->host call``) and of the virtine suite (``who == "ours"`` in its rows) fill their cells
when those suites ran; otherwise the cell says *pending*. The MicroVM execution figure is the
virtine suite's largest ``fib(N)`` row: ours ÷ ``native (ctypes)``."""


def _virtine_execution(ms: Sequence[Measurement]) -> Measurement | None:
    best: tuple[int, Measurement] | None = None
    for m in ms:
        if m.row.startswith("fib(") and m.row.endswith(")") and m.who == "ours" and m.value:
            try:
                arg = int(m.row[4:-1])
            except ValueError:
                continue
            nat = next((x for x in ms if x.row == m.row and x.who.startswith("native") and x.value), None)
            if nat is not None and (best is None or arg > best[0]):
                ratio = Measurement(row=m.row, who="virtine", metric=f"{m.row} virtine / native", unit="x native")
                ratio.value = (m.value or 0) / (nat.value or 1)
                best = (arg, ratio)
    return best[1] if best else None


#: ``who`` of the ratio rows measured through the configuration a user gets (no options).
DEFAULT_PATH = "ours (default path)"
#: ``who`` of a legacy static executable's ratio rows: against glibc's native build, and against itself natively.
LEGACY = "ours (legacy static)"
SAME_BINARY = "legacy vs same binary"


def _execution(ms: Sequence[Measurement]) -> tuple[Measurement, str] | None:
    """The Execution line from every ``execution (NAME) vs native`` row: the default path's worst
    ratio (what the line's claim is judged on), beside the best Wasm profile's worst and the legacy
    path's worst. None when no program reported a default-path ratio."""
    by_prog: dict[str, list[Measurement]] = {}
    for m in ms:
        ours = m.who.startswith("ours") or m.who == SAME_BINARY
        if m.row.startswith("execution (") and m.row.endswith(") vs native") and ours and m.value:
            by_prog.setdefault(m.row[len("execution (") : -len(") vs native")], []).append(m)
    defaults = [(m.value or 0, prog) for prog, rs in by_prog.items() for m in rs if m.who == DEFAULT_PATH]
    if not defaults:
        return None
    worst_default = max(defaults)
    bests = []
    for prog, rs in by_prog.items():
        wasm = [m for m in rs if "legacy" not in m.who and "virtine" not in m.who]
        if wasm:
            best = min(wasm, key=lambda m: m.value or 0)
            bests.append((best.value or 0, prog, best.who))
    legacy = [(m.value or 0, prog) for prog, rs in by_prog.items() for m in rs if m.who == LEGACY]
    same = [(m.value or 0, prog) for prog, rs in by_prog.items() for m in rs if m.who == SAME_BINARY]
    text = f"default path: worst {worst_default[0]:.2f}x native ({worst_default[1]})"
    if bests:
        worst_best = max(bests)
        text += f"; best profile: worst {worst_best[0]:.2f}x ({worst_best[1]}, {worst_best[2]})"
    if legacy:
        worst_legacy = max(legacy)
        text += f"; legacy static: worst {worst_legacy[0]:.2f}x ({worst_legacy[1]})"
    if same:  # the goal's measure: the user's own static executable, run natively and in a virtine
        worst_same = max(same)
        text += f", {worst_same[0]:.2f}x vs the same binary natively ({worst_same[1]})"
    ratio = Measurement(row="execution", who=DEFAULT_PATH, metric="worst default-path ratio", unit="x native")
    ratio.value = worst_default[0]
    return ratio, text


def _find(ms: Sequence[Measurement], alts: tuple[tuple[str, str], ...], *, best: str) -> Measurement | None:
    for row, who in alts:
        hits = [m for m in ms if row in m.row and m.who.startswith(who) and m.value is not None]
        # The headline is the path users get: a fallback only when the native one was not measured.
        hits = [m for m in hits if "fallback" not in m.who.lower()] or hits
        if hits:
            if best == "higher":
                return max(hits, key=lambda m: m.value or 0)
            return min(hits, key=lambda m: m.value or 0)
    return None


def _fmt(v: float | None, unit: str = "") -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if abs(v) >= 1e6:
        text = f"{v:,.0f}"
    elif abs(v) >= 100:
        text = f"{v:,.0f}"
    elif abs(v) >= 1:
        text = f"{v:.2f}"
    else:
        text = _sig(v)
    return f"{text} {unit}".strip()


def _sig(v: float, digits: int = 3) -> str:
    """``v`` with ``digits`` significant digits in plain decimal notation (0.0000935, never 9.35e-05)."""
    if v == 0 or not math.isfinite(v):
        return f"{v:g}"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(v))))
    return f"{v:,.{decimals}f}"


def _ratio(r: float) -> str:
    """A ratio for the tables: ``2,090x``, ``12.5x``, ``1.07x`` (no e-notation)."""
    if r >= 100:
        return f"{r:,.0f}x"
    text = _sig(r)
    return (text.rstrip("0").rstrip(".") if "." in text else text) + "x"


def seed_rows(ms: Sequence[Measurement]) -> list[dict[str, str]]:
    """The seed table's lines with measured figures (or ``pending``) and a ratio vs the seed's claim."""
    out = []
    for line in SEED_TABLE:
        ours = _find(ms, line.ours, best=line.better)
        micro = _virtine_execution(ms) if line.name == "Execution" else _find(ms, line.microvm_rows, best=line.better)
        execution = _execution(ms) if line.name == "Execution" else None
        if execution is not None:
            ours = execution[0]
        if ours is not None and ours.value:
            ratio = line.claim / ours.value if line.better == "lower" else ours.value / line.claim
            ratio_text = (
                f"{_ratio(ratio)} better than the claim" if ratio >= 1 else f"{_ratio(1 / ratio)} short of the claim"
            )
            measured = execution[1] if execution else f"{_fmt(ours.value, ours.unit)} ({ours.who}: {ours.metric})"
        else:
            ratio_text, measured = "pending", "pending"
        out.append(
            {
                "line": line.name,
                "seed_sfi": line.sfi,
                "seed_microvm": line.microvm,
                "seed_multipie": line.multipie,
                "measured_multipie": measured,
                "measured_microvm": f"{_fmt(micro.value, micro.unit)} ({micro.who}: {micro.metric})"
                if micro
                else "pending",
                "ratio": ratio_text,
            }
        )
    return out


def write_json(run: BenchRun, path: Path) -> None:
    """Every figure with unit, samples, p50/p99, plus machine info and per-suite status."""
    doc: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "quick": run.quick,
        "started": run.started,
        "machine": run.machine,
        "suites": run.suites,
        "seed_table": seed_rows(run.measurements),
        "measurements": [m.to_dict() for m in run.measurements],
    }
    path.write_text(json.dumps(doc, indent=1, default=str))


def _rows(ms: Sequence[Measurement]) -> dict[str, list[Measurement]]:
    rows: dict[str, list[Measurement]] = {}
    for m in ms:
        rows.setdefault(m.row, []).append(m)
    return rows


def write_markdown(run: BenchRun, path: Path) -> None:
    """The seed's table recomputed, then every row with peers and ratio to ours."""
    mi = run.machine
    lines = [
        "# multiPIE benchmark results" + (" (quick)" if run.quick else ""),
        "",
        f"Machine: {mi.get('cpu')}, {mi.get('cores')} cores, {mi.get('memory_gib')} GiB, Linux {mi.get('kernel')}, "
        f"Python {mi.get('python')}, wasmtime {mi.get('wasmtime')}, native fast path: {mi.get('native_fastpath')}.",
        "",
        "## The seed's table, measured",
        "",
        "| | Seed: SFI | Seed: MicroVM | Seed: multiPIE | Measured: multiPIE | Measured: MicroVM (virtines) "
        "| Ours vs seed claim |",
        "|---|---|---|---|---|---|---|",
    ]
    for sr in seed_rows(run.measurements):
        lines.append(
            f"| {sr['line']} | {sr['seed_sfi']} | {sr['seed_microvm']} | {sr['seed_multipie']} | "
            f"{sr['measured_multipie']} | {sr['measured_microvm']} | {sr['ratio']} |"
        )
    lines += ["", "## Every row (p50 / p99; ratio = peer ÷ ours, >1 means ours is faster/smaller)", ""]
    for row, ms in _rows(run.measurements).items():
        ours = next((m for m in ms if m.who.startswith("ours") and m.value), None)
        by_metric: dict[str, Measurement] = {}
        for m in ms:
            if m.who.startswith("ours") and m.value:
                by_metric.setdefault(m.metric, m)
        lines += [f"### {row}", "", "| who | metric | p50 | p99 | vs ours | note |", "|---|---|---|---|---|---|"]
        for m in ms:
            ratio = ""
            ref = by_metric.get(m.metric, ours)
            if ref is not None and m is not ref and m.value and ref.value and m.unit == ref.unit:
                higher_better = m.unit.startswith("domains") or m.unit == "MB/s"
                r = (ref.value / m.value) if higher_better else (m.value / ref.value)
                ratio = _ratio(r)
            lines.append(
                f"| {m.who} | {m.metric} | {_fmt(m.p50 if m.p50 is not None else m.value, m.unit)} | "
                f"{_fmt(m.p99, m.unit) if m.p99 is not None else ''} | {ratio} | {m.note} |"
            )
        lines.append("")
    lines += ["## Suites", "", "| suite | seconds | status |", "|---|---|---|"]
    lines += [f"| {k} | {v['seconds']} | {v['status']} |" for k, v in run.suites.items()]
    path.write_text("\n".join(lines) + "\n")


def write_png(run: BenchRun, path: Path) -> None:
    """A grid of horizontal bar charts, one per row (p50 per who), log scale where values span > 20x.

    Up to :data:`PNG_COLUMNS` charts side by side, so forty rows make a page, not a 6,000-pixel strip.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [(r, [m for m in ms if m.value]) for r, ms in _rows(run.measurements).items()]
    rows = [(r, ms) for r, ms in rows if ms]
    n = max(1, len(rows))
    cols = min(PNG_COLUMNS, n)
    grid = math.ceil(n / cols)
    bars = max((len(ms) for _, ms in rows), default=1)
    fig, axes = plt.subplots(grid, cols, figsize=(4.6 * cols, (0.9 + 0.28 * bars) * grid), squeeze=False)
    flat = [ax for line in axes for ax in line]
    for ax, (row, ms) in zip(flat, rows):
        vals = [float(m.value or 0) for m in ms]
        labels = [textwrap.shorten(m.who, 28, placeholder="…") for m in ms]
        colors = ["tab:green" if m.who.startswith("ours") else "tab:gray" for m in ms]
        ax.barh(range(len(vals)), vals, color=colors)
        ax.set_yticks(range(len(vals)), labels)
        positive = [v for v in vals if v > 0]
        if positive and max(positive) / min(positive) > 20:
            ax.set_xscale("log")
        ax.set_title(textwrap.shorten(f"{row} ({ms[0].unit})", 60, placeholder="…"), fontsize=8)
        ax.tick_params(labelsize=7)
        ax.invert_yaxis()
    for ax in flat[len(rows) :]:
        ax.axis("off")
    if not rows:
        flat[0].text(0.5, 0.5, "no measurements", ha="center")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


#: Charts side by side in results.png.
PNG_COLUMNS = 4


def write_all(run: BenchRun, out: Path) -> list[Path]:
    """Write the three files into ``out`` (created); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "results.json", out / "results.md", out / "results.png"]
    write_json(run, paths[0])
    write_markdown(run, paths[1])
    write_png(run, paths[2])
    return paths

"""Build the third-party programs of the execution bench (Lua, SQLite, zstd) three ways each.

Called by ``multipie.toolchain`` (``make guests``) as ``build(src_dir, out_dir)``. The recipes and
workloads live in :mod:`multipie.bench.programs` (one table shared with the bench and the tests);
the sources are under ``third_party/`` (unmodified) and here (the drivers and the WASI shims of Lua).
"""

from __future__ import annotations

from pathlib import Path


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build stale outputs; returns the paths (re)built."""
    from multipie.bench import programs

    return programs.build(src_dir.parent.parent, out_dir, builder=Path(__file__))

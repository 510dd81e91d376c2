"""Build the syscall conformance suite: every ``*.c`` here, once per variant in :data:`VARIANTS`.

Called by ``multipie.toolchain`` (``make guests``) as ``build(src_dir, out_dir)``; the programs land in
``out_dir/<variant>/<program>``. ``tests/conformance/`` runs each of them natively and in a virtine and
compares the outputs line by line. A new libc or linking mode is one more line in :data:`VARIANTS`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

#: variant → (zig target, extra flags). ``glibc-dynamic`` runs in a virtine once dynamic executables
#: (``PT_INTERP``) are loaded there; until then its virtine runs are skipped with the loader's reason.
VARIANTS: dict[str, tuple[str, list[str]]] = {
    "musl-static": ("x86_64-linux-musl", ["-static"]),
    "glibc-dynamic": ("x86_64-linux-gnu.2.36", []),
}


def programs(src_dir: Path) -> list[str]:
    """The suite's program names (one per ``*.c``)."""
    return sorted(p.stem for p in src_dir.glob("*.c"))


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build stale outputs; returns the paths (re)built."""
    from multipie.toolchain import compile_c

    built: list[Path] = []
    shared = [src_dir / "conform.h", Path(__file__)]
    for variant, (target, flags) in VARIANTS.items():
        for name in programs(src_dir):
            src, out = src_dir / f"{name}.c", out_dir / variant / name
            newest = max(p.stat().st_mtime for p in [src, *shared])
            if out.exists() and out.stat().st_mtime >= newest:
                continue
            t0 = time.perf_counter()
            compile_c(src, out, target=target, flags=flags)
            print(f"  {variant}  conformance/{name}.c ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
            built.append(out)
    return built

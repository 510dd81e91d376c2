"""Build the legacy guest pieces: the system call entry stub and the static test programs.

Called by ``multipie.toolchain`` (``make guests``) as ``build(src_dir, out_dir)``:

- ``entry.S`` (+ ``mm.c``, included as assembly) → ``entry.bin`` (flat code mapped at the guest's LSTAR page);
- ``vdso/vdso.c`` → ``vdso.so``, the vDSO dynamically linked programs get (``multipie/domains/legacy/vdso.py``);
- ``programs/*.c`` → static x86-64 Linux executables built against musl with
  ``python -m ziglang cc -target x86_64-linux-musl -static`` (what the tests
  and benchmarks run in virtines and natively, to compare);
- ``dynamic/*.c`` → dynamically linked x86-64 Linux executables against glibc
  (``-target x86_64-linux-gnu``: they run with the system's ``/lib64/ld-linux-x86-64.so.2``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build stale outputs; returns the paths (re)built."""
    from multipie.domains.legacy import vdso
    from multipie.domains.legacy.stub import build_blob, sources
    from multipie.toolchain import compile_c

    built: list[Path] = []
    entry, entry_out = src_dir / "entry.S", out_dir / "entry.bin"
    if not entry_out.exists() or entry_out.stat().st_mtime < max(p.stat().st_mtime for p in sources(entry)):
        built.append(build_blob(entry, entry_out))
    vdso_out = out_dir / "vdso.so"
    if not vdso_out.exists() or vdso_out.stat().st_mtime < max(p.stat().st_mtime for p in (src_dir / "vdso").iterdir()):
        built.append(vdso.build(src_dir, vdso_out))
    kinds = (("programs", "x86_64-linux-musl", ["-static"]), ("dynamic", "x86_64-linux-gnu", ["-ldl", "-lm"]))
    for folder, target, flags in kinds:
        for src in sorted(src_dir.glob(f"{folder}/*.c")):
            out = out_dir / folder / src.stem
            if out.exists() and out.stat().st_mtime >= max(src.stat().st_mtime, Path(__file__).stat().st_mtime):
                continue
            t0 = time.perf_counter()
            compile_c(src, out, target=target, flags=flags)
            print(f"  {target}  {src.relative_to(src_dir)} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
            built.append(out)
    return built

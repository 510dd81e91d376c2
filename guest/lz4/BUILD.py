"""Build the LZ4 benchmark twice from the same source: wasm32-wasi (reactor) and a native shared library.

Outputs: ``lz4_bench.wasm`` (exports lz4b_fill, lz4b_roundtrip) and ``liblz4_bench.so``
(loaded with ctypes by the execution-speed benchmark). Both with ``python -m ziglang cc -O2``.
"""

from __future__ import annotations

from pathlib import Path

from multipie.errors import InvalidModule
from multipie.toolchain import zig_cc

_EXPORTS = ["-Wl,--export=lz4b_fill", "-Wl,--export=lz4b_roundtrip"]


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build both artefacts when stale; returns those (re)built."""
    src = src_dir / "lz4_bench.c"
    deps = [src, src_dir.parent.parent / "third_party" / "lz4" / "lz4.c", Path(__file__)]
    newest = max(p.stat().st_mtime for p in deps if p.exists())
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [
        (out_dir / "lz4_bench.wasm", ["-target", "wasm32-wasi", "-mexec-model=reactor", *_EXPORTS]),
        (out_dir / "liblz4_bench.so", ["-target", "native", "-shared", "-fPIC"]),
    ]
    built: list[Path] = []
    for out, flags in jobs:
        if out.exists() and out.stat().st_mtime >= newest:
            continue
        proc = zig_cc([*flags, "-O2", "-s", str(src), "-o", str(out)])
        if proc.returncode != 0:
            raise InvalidModule(f"{src}: build for {out.name} failed:\n{proc.stderr.strip()}")
        built.append(out)
    return built

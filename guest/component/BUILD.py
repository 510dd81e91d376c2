"""Build the test components: each directory here holds one core module (``NAME.wat``) and its ``wit/``.

Called by ``multipie.toolchain`` (``make guests``) as ``build(src_dir, out_dir)``; each
``DIR/DIR.wat`` + ``DIR/wit/`` becomes ``out_dir/DIR.wasm`` through
:func:`multipie.toolchain.build_component` (``wasm-tools component embed`` + ``new``).
"""

from __future__ import annotations

from pathlib import Path


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build stale outputs; returns the paths (re)built."""
    from multipie.toolchain import build_component

    built = []
    for d in sorted(p for p in src_dir.iterdir() if p.is_dir()):
        core = d / f"{d.name}.wat"
        out = out_dir / f"{d.name}.wasm"
        sources = [core, Path(__file__), *(d / "wit").rglob("*.wit")]
        if out.exists() and out.stat().st_mtime >= max(p.stat().st_mtime for p in sources):
            continue
        build_component(core, d / "wit", out)
        built.append(out)
    return built

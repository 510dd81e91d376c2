"""Build the test components: each directory here holds one guest and its ``wit/``.

Called by ``multipie.toolchain`` (``make guests``) as ``build(src_dir, out_dir)``:

- ``DIR/DIR.wat`` + ``DIR/wit/``: a core module against the canonical ABI, wrapped by
  :func:`multipie.toolchain.build_component` (``wasm-tools component embed`` + ``new``);
- ``DIR/app.py`` + ``DIR/wit/`` (world ``DIR``): a Python guest built by componentize-py
  (:func:`multipie.toolchain.build_python_component`, cached by content: ~18 MB each).

Each becomes ``out_dir/DIR.wasm``.
"""

from __future__ import annotations

from pathlib import Path


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build stale outputs; returns the paths (re)built."""
    from multipie.toolchain import build_component, build_python_component

    built = []
    # Only guest directories (they have a wit/): importing this file makes a __pycache__ here.
    for d in sorted(p for p in src_dir.iterdir() if (p / "wit").is_dir()):
        app = d / "app.py"
        core = app if app.exists() else d / f"{d.name}.wat"
        out = out_dir / f"{d.name}.wasm"
        sources = [core, Path(__file__), *(d / "wit").rglob("*.wit")]
        if out.exists() and out.stat().st_mtime >= max(p.stat().st_mtime for p in sources):
            continue
        if app.exists():
            build_python_component(app, d / "wit", d.name, out)
        else:
            build_component(core, d / "wit", out)
        built.append(out)
    return built

"""Build every virtine guest here (``examples/*.c``, ``tests/*.c``) into ``*.virtine`` images.

Called by ``multipie.toolchain`` (``make guests``) as ``build(src_dir, out_dir)``.
The compile/derive/link/pack steps live in ``multipie.domains.virtine.build``,
shared with ``multipie build`` and the Python extension. Incremental: an image
is rebuilt only when its source, the crt, ``libvirtine.c``, ``virtine.h``,
``virtine.ld`` or the builder is newer.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build stale images; returns the paths (re)built."""
    from multipie.domains.virtine import build as vbuild

    common = [src_dir / n for n in ("crt.S", "libvirtine.c", "virtine.h", "vt_http.h", "virtine.ld")]
    common += [Path(vbuild.__file__), Path(__file__)]
    newest_common = max(p.stat().st_mtime for p in common if p.exists())
    built: list[Path] = []
    for src in sorted([*src_dir.glob("examples/*.c"), *src_dir.glob("tests/*.c")]):
        out = out_dir / src.relative_to(src_dir).with_suffix(".virtine")
        if out.exists() and out.stat().st_mtime >= max(src.stat().st_mtime, newest_common):
            continue
        t0 = time.perf_counter()
        image = vbuild.build_image(src)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        tmp.write_bytes(image.to_bytes())
        tmp.replace(out)
        print(f"  virtine  {src.relative_to(src_dir)} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        built.append(out)
    return built

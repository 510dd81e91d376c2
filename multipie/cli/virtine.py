"""``multipie build``: compile C into a virtine image with a derived context."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from multipie.cli.app import app, console

__all__ = ["build"]


@app.command()
def build(
    source: Annotated[Path, typer.Argument(help="C file with functions marked VIRTINE.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Image path (default: FILE.virtine).")] = None,
    memory: Annotated[int | None, typer.Option(help="Guest memory in bytes (default: derived).")] = None,
) -> None:
    """Build a virtine image: entry points, allow-list and memory size are derived from the code."""
    from multipie.domains.virtine.build import build_image
    from multipie.domains.virtine.hypercalls import allow_names

    image = build_image(source, memory=memory)
    out = output or source.with_suffix(".virtine")
    out.write_bytes(image.to_bytes())
    console.print(f"[bold]{out}[/]: {len(image.entries)} entry point(s), memory {image.memory >> 10} KiB")
    for e in image.entries.values():
        console.print(f"  entry  {e.describe()}")
    console.print(f"  allow  {', '.join(allow_names(image.allow)) or '(none)'}")

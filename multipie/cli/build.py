"""``multipie build``: compile C into a virtine image with a derived context."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated

import typer

from multipie.cli.output import console, parse_size_option
from multipie.errors import UsageError

__all__ = ["build"]


def build(
    source: Annotated[Path, typer.Argument(help="C file with functions marked VIRTINE.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", metavar="FILE", help="Image path (default: FILE.virtine).")
    ] = None,
    memory: Annotated[
        int | None,
        typer.Option(
            metavar="SIZE", parser=parse_size_option, help="Guest memory: bytes, or 64KiB, 16MiB (default: derived)."
        ),
    ] = None,
) -> None:
    """Build a virtine image: entry points, allow-list and memory size are derived from the code."""
    from multipie.domains.virtine.build import build_image
    from multipie.domains.virtine.hypercalls import allow_names

    image = build_image(source, memory=memory)
    out = output or source.with_suffix(".virtine")
    try:
        out.write_bytes(image.to_bytes())
    except OSError as exc:
        raise UsageError(f"-o {out}: cannot write the image ({exc.strerror})") from exc
    say = functools.partial(console.print, highlight=False, markup=False, soft_wrap=True)
    say(f"{out}: {len(image.entries)} entry point(s), memory {image.memory >> 10} KiB")
    for e in image.entries.values():
        say(f"  entry  {e.describe()}")
    say(f"  allow  {', '.join(allow_names(image.allow)) or '(none)'}")

"""The Foundation contract in a few lines (the detailed tests live beside it)."""

from pathlib import Path

import multipie


def test_add_roundtrip(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    with svc.spawn() as d:
        assert d.call("add", 2, 3) == 5

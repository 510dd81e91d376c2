"""multipie.domains.wasm.placement: the ``AUTO`` sentinel, one object wherever it is imported from."""

from __future__ import annotations

from multipie.domains.wasm import group, placement


def test_auto_is_one_sentinel_also_named_from_group() -> None:
    assert placement.Placement() is placement.AUTO and repr(placement.AUTO) == "AUTO"
    assert group.AUTO is placement.AUTO and group.Placement is placement.Placement

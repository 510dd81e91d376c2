"""The placement sentinel :data:`AUTO` (``svc.spawn(group=AUTO)``), apart from the groups that use it.

:mod:`.group` re-exports both names (their documented home). They live here so that the service,
whose ``spawn`` takes ``AUTO`` as its default, does not import the group machinery (groups, shared
Stores, domains: ~1 ms) on a ``multipie run``, which spawns no domain.
"""

from __future__ import annotations

__all__ = ["AUTO", "Placement"]


class Placement:
    """The type of :data:`AUTO` (a sentinel: "decide from the grants")."""

    _instance: Placement | None = None

    def __new__(cls) -> Placement:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "AUTO"


#: ``svc.spawn(group=AUTO)``: join the Store of the domain a function grant calls when compatible.
AUTO = Placement()

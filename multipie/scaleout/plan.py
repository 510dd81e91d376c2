"""Where an app's services run on a Ray cluster: placement units, replicas, and what crosses runtimes.

A *unit* is the set of services one Runtime hosts: the unit Ray places is a whole
multiPIE Runtime (one Ray actor per replica of a unit, never one per domain).
By default services that call each other through capabilities or share a region
form one unit (the connected components of the grant graph), so their calls stay
in-process at nanosecond cost. ``placement = "NAME"`` on services overrides the
default: services naming the same placement share a unit; a grant between two
units becomes a remote capability call (:mod:`multipie.scaleout.tokens`).

Regions crossing units: a read-only holder in another unit gets a snapshot
through Ray's object store; a *writable* region stays in one unit (every writer
in the same Runtime), anything else is refused with a :class:`CapabilityError`.

This module is pure (no Ray): it is checked before anything is deployed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from multipie.app.manifest import Autoscale, FunctionGrant, Manifest, RegionGrant
from multipie.errors import CapabilityError

__all__ = ["Plan", "Unit", "desired_replicas", "plan_app"]


@dataclass
class Unit:
    """Services hosted together in one Runtime, and how many replicas of it run."""

    name: str
    services: list[str]
    min_replicas: int = 1
    max_replicas: int = 1
    #: requests in flight per replica the autoscaler aims at (None: a fixed replica count)
    target: int | None = None
    #: function grants leaving the unit: (holder service, import key) -> (provider unit, service, export)
    remote_grants: dict[tuple[str, str], tuple[str, str, str]] = field(default_factory=dict)
    #: regions this unit holds read-only whose writer lives in another unit (or no unit): snapshots
    snapshot_regions: set[str] = field(default_factory=set)

    @property
    def autoscaled(self) -> bool:
        """True when the replica count follows load."""
        return self.target is not None


@dataclass
class Plan:
    """Every unit of an app, and which unit serves which service."""

    units: dict[str, Unit]
    unit_of: dict[str, str]
    strategy: str  # Ray placement-group strategy: "SPREAD" or "PACK"


def _components(m: Manifest) -> list[list[str]]:
    """Services connected by function grants or a shared region (union-find, manifest order)."""
    parent = {s: s for s in m.services}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    holders: dict[str, str] = {}
    for name, spec in m.services.items():
        for g in spec.grants.values():
            if isinstance(g, FunctionGrant):
                union(name, g.service)
            elif g.region in holders:
                union(name, holders[g.region])
            else:
                holders[g.region] = name
    groups: dict[str, list[str]] = {}
    for name in m.services:
        groups.setdefault(find(name), []).append(name)
    return list(groups.values())


def plan_app(m: Manifest, *, where: str = "multipie.toml") -> Plan:
    """Group ``m``'s services into units and check what crosses units.

    Raises:
        CapabilityError: a writable region is granted in more than one unit.
    """
    unit_of: dict[str, str] = {}
    explicit = {n: s.placement for n, s in m.services.items() if s.placement}
    for comp in _components(m):
        # Services without a placement follow the first one in their component that has one.
        default = next((explicit[s] for s in comp if s in explicit), comp[0])
        for name in comp:
            unit_of[name] = explicit.get(name, default)
    units: dict[str, Unit] = {}
    for name in m.services:
        u = units.setdefault(unit_of[name], Unit(unit_of[name], []))
        u.services.append(name)
    for u in units.values():
        specs = [m.services[s].replicas for s in u.services]
        auto = [r for r in specs if isinstance(r, Autoscale)]
        fixed = [r for r in specs if isinstance(r, int)]
        if auto:
            u.min_replicas = max([a.min for a in auto] + [f for f in fixed if f > 1] or [1])
            u.max_replicas = max(u.min_replicas, *(a.max for a in auto))
            u.target = min(a.target for a in auto)
        else:
            u.min_replicas = u.max_replicas = max(fixed)
    writers: dict[str, set[str]] = {}
    for name, spec in m.services.items():
        for key, g in spec.grants.items():
            if isinstance(g, FunctionGrant) and unit_of[g.service] != unit_of[name]:
                units[unit_of[name]].remote_grants[(name, key)] = (unit_of[g.service], g.service, g.export)
            elif isinstance(g, RegionGrant) and g.writable:
                writers.setdefault(g.region, set()).add(name)
    for region, ws in writers.items():
        wunits = {unit_of[w] for w in ws}
        if len(wunits) > 1:
            raise CapabilityError(
                f"{where}: region {region!r} is writable by services in different placements "
                f"({', '.join(sorted(f'{w} in {unit_of[w]!r}' for w in ws))}): a writable region stays node-local, "
                "in one Runtime; give its writers the same placement, or grant it read-only"
            )
    for name, spec in m.services.items():
        for key, g in spec.grants.items():
            if not isinstance(g, RegionGrant):
                continue
            owner = {unit_of[w] for w in writers.get(g.region, ())}
            if owner and unit_of[name] not in owner:
                if g.writable:  # pragma: no cover - caught above (a writer defines its unit)
                    raise CapabilityError(f"{where}: services.{name}.grants.{key}: writable region across nodes")
                units[unit_of[name]].snapshot_regions.add(g.region)
    strategy = "PACK" if m.app.placement == "pack" else "SPREAD"
    return Plan(units=units, unit_of=unit_of, strategy=strategy)


def desired_replicas(unit: Unit, inflight: int, current: int) -> int:
    """The replica count an autoscaled unit should have with ``inflight`` requests across ``current`` replicas.

    Scales up as soon as the load per replica exceeds the target; scales down only when
    one replica fewer would still stay at or below half the target (hysteresis, so a
    steady load does not flap).
    """
    if unit.target is None:
        return unit.min_replicas
    want = current
    if inflight > unit.target * current:
        want = math.ceil(inflight / unit.target)
    elif current > 1 and inflight <= unit.target * (current - 1) / 2:
        want = max(1, math.ceil(inflight * 2 / unit.target))
    return max(unit.min_replicas, min(unit.max_replicas, want))

"""An app on a Ray cluster: replicas per placement unit, placement groups, routing, faults, autoscaling.

:class:`ClusterApp` is an :class:`~multipie.app.loader.App` whose services run in
replicas (:class:`~multipie.scaleout.replica.Replica` actors) instead of this
process. The driver loads and checks the whole app first (manifest, signatures,
lock, import policy: errors surface before anything is deployed), then
:meth:`ClusterApp.start`:

1. starts the app's :class:`~multipie.scaleout.tokens.Authority`;
2. ships each service's bytes once through Ray's object store, named by digest
   (replicas keep them in their node's blob store);
3. mints one token per grant that crosses units (``grants[holder][import]``);
4. makes one placement group per unit, one bundle per possible replica
   (``[app] placement``: ``"spread"`` over nodes, default, or ``"pack"``), and
   starts ``replicas`` (or ``min``) actors in it, each restarted by Ray when it or
   its node dies (``max_restarts=-1``);
5. loads read-only region snapshots into the units that read them.

:meth:`forward` sends a request to the least-loaded live replica of the unit
serving it: as HTTP bytes to the replica's own gateway over a kept-alive
connection (``transport="http"``, the default, :mod:`multipie.scaleout.forward`),
or as a Ray actor call (``transport="actor"``, about 1 ms more CPU per request).
A replica that dies is taken out of rotation and probed until Ray has
restarted it (it then rejoins, at the new address it reports). A request it was serving is retried on another
replica when that is safe: idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE)
always; other methods only when they had not been sent (a connection that could
not be made; a request waiting for a live replica is never lost).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from multipie.app.loader import App, AppService
from multipie.app.manifest import FunctionGrant, Manifest, load_manifest
from multipie.errors import CapacityError, ManifestError, MultipieError, UsageError
from multipie.runtime import Runtime
from multipie.scaleout.blobs import digest_of
from multipie.scaleout.connect import connect
from multipie.scaleout.forward import Lost, NotSent, Upstream
from multipie.scaleout.metrics import merge_metrics
from multipie.scaleout.plan import Unit, desired_replicas, plan_app
from multipie.scaleout.replica import KEEP_ALIVE, RemoteCapability, ReplicaConfig, ShippedCode, actor_class
from multipie.scaleout.tokens import Authority

__all__ = ["IDEMPOTENT", "REPLICA_CPUS", "TRANSPORTS", "ClusterApp", "deploy"]

log = logging.getLogger("multipie.scaleout")

#: CPU Ray reserves per replica (a placement-group bundle): small, since a replica hosts many domains.
REPLICA_CPUS = 0.1
#: Methods retried on another replica when the one serving them died.
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Times one request is retried on another replica.
_RETRIES = 3
#: Longest a request waits for a live replica of its unit (seconds; Ray restarts replicas meanwhile).
_WAIT_LIVE = 30.0
#: How requests reach a replica: HTTP to its gateway (default), or one Ray actor call each.
TRANSPORTS = ("http", "actor")


@dataclass
class _Slot:
    """One replica as the router sees it."""

    index: int
    handle: Any
    #: its gateway's HTTP connections (None with transport="actor")
    upstream: Upstream | None = None
    #: its process (benchmarks add up the CPU of replica processes)
    pid: int = 0
    inflight: int = 0
    live: bool = True
    probing: bool = False


class ClusterApp(App):
    """An app served by replicas on a Ray cluster (see the module docstring).

    Args:
        manifest, root, manifest_path: as for :class:`~multipie.app.loader.App`.
        address: the Ray cluster (``"auto"``, ``HOST:PORT``, or ``None``/``"local"``: start one here).
        autoscale_every: seconds between autoscaling decisions (units with ``replicas = { ... }``;
            0: only when :meth:`autoscale_once` is called).
        transport: ``"http"`` (requests as HTTP to each replica's gateway) or ``"actor"`` (a Ray
            actor call per request; kept to compare, see docs/scale-out.md).
    """

    def __init__(
        self,
        manifest: Manifest,
        root: Path,
        *,
        address: str | None = None,
        manifest_path: str | None = None,
        autoscale_every: float = 1.0,
        runtime: Runtime | None = None,
        transport: str = "http",
    ) -> None:
        if transport not in TRANSPORTS:
            raise UsageError(f"transport {transport!r}: expected one of {', '.join(TRANSPORTS)}")
        self.transport = transport
        self.plan = plan_app(manifest, where=manifest_path or str(root / "multipie.toml"))
        self.slots: dict[str, dict[int, _Slot]] = {u: {} for u in self.plan.units}
        #: holder service -> import key -> the remote capability its replicas use
        self.grants_remote: dict[str, dict[str, RemoteCapability]] = {}
        self.retries: dict[str, int] = {}
        self.lost: dict[str, int] = {}
        self.authority: Any = None
        self._pgs: dict[str, Any] = {}
        self._configs: dict[str, ReplicaConfig] = {}
        self._autoscale_every = autoscale_every
        self._stop = threading.Event()
        self._scaler: threading.Thread | None = None
        self._scale_lock = threading.Lock()
        self._ray: Any = None
        super().__init__(manifest, root, runtime=runtime, manifest_path=manifest_path)
        self.address = address
        for name, s in self.services.items():
            if s.service.kind not in ("wasm", "virtine"):
                super().close()
                raise ManifestError(
                    f"{self.where}: services.{name}: a {s.service.kind} service cannot be scaled out on Ray yet "
                    "(Wasm modules and virtines can)"
                )

    # -- deployment ----------------------------------------------------------------

    def _module_bytes(self, name: str) -> bytes:
        """The exact bytes the driver loaded for service ``name`` (after package checks)."""
        from multipie import packages

        spec = self.manifest.services[name]
        local = self.root / spec.source
        source = str(local) if local.exists() else spec.source
        if packages.is_package_source(source):
            return bytes(packages.resolve_source(source, self._package_options(name, spec, source)).data)
        return local.read_bytes()

    def start(self, *, fill: bool = True) -> None:
        """Deploy to the cluster (see the module docstring); returns once every replica answers.

        Raises:
            UsageError: Ray is missing or the cluster cannot be reached.
            MultipieError: a replica failed to start (the message carries its error).
        """
        with self._lock:
            if self._started:
                return
            self._started = True
        try:
            self._deploy()
        except BaseException:
            self.close()
            raise

    def _deploy(self) -> None:
        ray = self._ray = connect(self.address)
        from ray.util.placement_group import placement_group
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        # The authority lives on the driver's node: it shares the ingress's fate, never a replica's.
        here = NodeAffinitySchedulingStrategy(ray.get_runtime_context().get_node_id(), soft=False)
        self.authority = ray.remote(Authority).options(num_cpus=0, scheduling_strategy=here).remote()
        code: dict[str, ShippedCode] = {}
        for name, s in self.services.items():
            data = self._module_bytes(name)
            code[name] = ShippedCode(digest_of(data), s.service.digest, [ray.put(data)])
        tokens: dict[str, dict[tuple[str, str], Any]] = {u: {} for u in self.plan.units}
        for uname, unit in self.plan.units.items():
            for (holder, key), (punit, service, export) in unit.remote_grants.items():
                token = ray.get(self.authority.mint.remote(service, export))
                tokens[uname][(holder, key)] = token
                self.grants_remote.setdefault(holder, {})[key] = RemoteCapability(self.authority, punit, token)
        pending = []
        for uname, unit in self.plan.units.items():
            needed = set(unit.services)
            for member in unit.services:
                grants = self.manifest.services[member].grants.values()
                needed |= {g.service for g in grants if isinstance(g, FunctionGrant)}
            self._configs[uname] = ReplicaConfig(
                app=self.name,
                unit=uname,
                services=list(unit.services),
                manifest=self.manifest,
                root=str(self.root),
                code={n: code[n] for n in needed},
                tokens=tokens[uname],
                unit_of=dict(self.plan.unit_of),
            )
            pg = placement_group([{"CPU": REPLICA_CPUS}] * unit.max_replicas, strategy=self.plan.strategy)
            self._pgs[uname] = pg
            ray.get(pg.ready())
            for i in range(unit.min_replicas):
                pending.append(self._launch(uname, i))
        self._ready(pending)
        for region in sorted({r for unit in self.plan.units.values() for r in unit.snapshot_regions}):
            self.publish_region(region)
        if self._autoscale_every > 0 and any(u.autoscaled for u in self.plan.units.values()):
            self._scaler = threading.Thread(target=self._autoscale, name="multipie-autoscale", daemon=True)
            self._scaler.start()

    def _launch(self, unit: str, index: int) -> tuple[str, int, Any]:
        from ray.util.scheduling_strategies import PlacementGroupSchedulingStrategy

        strategy = PlacementGroupSchedulingStrategy(self._pgs[unit], placement_group_bundle_index=index)
        cfg = self._configs[unit]
        handle = (
            actor_class(cfg.workers)
            .options(num_cpus=REPLICA_CPUS, max_restarts=-1, scheduling_strategy=strategy)
            .remote(cfg, index, self.authority)
        )
        return unit, index, handle

    def _ready(self, pending: list[tuple[str, int, Any]]) -> None:
        ray = self._ray
        for unit, index, handle in pending:
            try:
                info = ray.get(handle.ping.remote())
            except ray.exceptions.RayActorError as exc:
                ray.kill(handle)
                raise MultipieError(f"{self.where}: replica {index} of unit {unit!r} failed to start: {exc}") from None
            slot = self.slots[unit][index] = _Slot(index, handle)
            self._attach(slot, info)

    def _attach(self, slot: _Slot, info: dict[str, Any]) -> None:
        """Point ``slot`` at the replica that answered ``ping`` with ``info`` (its process, its HTTP address)."""
        slot.pid = int(info["pid"])
        if self.transport == "http":
            # Dropped well before the replica's idle deadline could close it under a request.
            slot.upstream = Upstream(*info["http"], max_idle=KEEP_ALIVE / 2)

    def replicas(self, service: str) -> list[Any]:
        """Actor handles of the live replicas serving ``service``."""
        return [s.handle for s in self.slots[self.plan.unit_of[service]].values() if s.live]

    def capability(self, service: str, export: str) -> RemoteCapability:
        """A new remote capability to ``service.export`` (for host code: call, forward, revoke)."""
        ray = self._ray
        token = ray.get(self.authority.mint.remote(service, export))
        return RemoteCapability(self.authority, self.plan.unit_of[service], token)

    def publish_region(self, region: str, data: bytes | None = None) -> int:
        """Publish a read-only snapshot of ``region`` to every replica that holds it; returns its size.

        ``data`` given: those bytes (host-provided content). Otherwise the region as its writer
        unit's first replica sees it now. The snapshot is owned by this driver, so it outlives
        the replica it was taken from; replicas that (re)start later load it when they register.
        """
        import numpy as np

        ray = self._ray
        if data is None:
            writer = next(
                (u for u, unit in self.plan.units.items() for s in unit.services
                 if any(getattr(g, "region", None) == region and getattr(g, "writable", False)
                        for g in self.manifest.services[s].grants.values())),
                None,
            )
            if writer is None:
                raise ManifestError(f"{self.where}: region {region!r} has no writer: publish it with data")
            slot = next(s for s in self.slots[writer].values() if s.live)
            array = ray.get(ray.get(slot.handle.snapshot.remote(region))[0])
        else:
            array = np.frombuffer(data, dtype=np.uint8)
        ref = [ray.put(array)]
        ray.get(self.authority.publish.remote(region, ref))
        return int(array.size)

    # -- routing -----------------------------------------------------------------------

    def _pick(self, unit: str) -> _Slot | None:
        live = [s for s in list(self.slots[unit].values()) if s.live]  # list(): the autoscaler may resize it
        return min(live, key=lambda s: s.inflight) if live else None

    async def forward(
        self,
        s: AppService,
        method: str,
        path: str,
        query: bytes,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        *,
        raw_path: bytes | None = None,
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Serve a request on a replica of ``s``'s unit (retrying on another one when safe, see above).

        ``headers`` must not hold hop-by-hop fields (:data:`~multipie.scaleout.forward.HOP_BY_HOP`
        except ``x-request-id``, which the replica keeps); ``raw_path`` is the path as the client
        sent it (percent-encoded; default ``path``).

        Raises:
            CapacityError: no replica could serve it (all lost, or lost mid-request and not retryable).
        """
        unit = self.plan.unit_of[s.name]
        retryable = method in IDEMPOTENT
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _WAIT_LIVE
        target = (raw_path or path.encode("latin-1")) + (b"?" + query if query else b"")
        attempt = 0
        while True:
            slot = self._pick(unit)
            if slot is None:
                if loop.time() > deadline:
                    raise CapacityError(f"no live replica of service {s.name!r} within {_WAIT_LIVE:g} s")
                await asyncio.sleep(0.05)  # Ray is restarting replicas; a request not yet sent is kept
                continue
            slot.inflight += 1
            try:
                if slot.upstream is None:
                    result: tuple[int, list[tuple[bytes, bytes]], bytes] = await slot.handle.handle.remote(
                        method, path, query, headers, body
                    )
                    return result
                # bounded by the replica's own limits (admission wait + the guest's timeout), plus a margin
                return await slot.upstream.request(method, target, headers, body, timeout=2 * s.spec.timeout + 30)
            except NotSent:  # never reached the replica: any method may go to another one
                self._lose(unit, slot)
                self.retries[s.name] = self.retries.get(s.name, 0) + 1
            except (Lost, self._ray.exceptions.RayActorError) as exc:
                self._lose(unit, slot)
                self.lost[s.name] = self.lost.get(s.name, 0) + 1
                attempt += 1
                if not retryable or attempt > _RETRIES:
                    why = f"{method} is not idempotent" if not retryable else f"{_RETRIES} retries"
                    raise CapacityError(
                        f"replica {slot.index} of service {s.name!r} was lost while serving the request "
                        f"({type(exc).__name__}); not retried ({why})"
                    ) from None
                self.retries[s.name] = self.retries.get(s.name, 0) + 1
            finally:
                slot.inflight -= 1

    def _lose(self, unit: str, slot: _Slot) -> None:
        """Take a replica out of rotation and probe it (in a thread) until Ray has restarted it."""
        slot.live = False
        if slot.upstream is not None:
            slot.upstream.close()  # on the loop that used it; the restarted replica gets a new one
        if not slot.probing:
            slot.probing = True
            threading.Thread(target=self._probe, args=(unit, slot), name="multipie-probe", daemon=True).start()

    def _probe(self, unit: str, slot: _Slot) -> None:
        ray = self._ray
        delay = 0.1
        try:
            while not self._closing and self.slots[unit].get(slot.index) is slot:
                try:
                    self._attach(slot, ray.get(slot.handle.ping.remote(), timeout=10))
                    slot.live = True  # restarted (on this or another node): it rejoins at its new address
                    log.info("replica %d of unit %s rejoined", slot.index, unit)
                    return
                except Exception as exc:  # noqa: BLE001 - still restarting (or its node is being replaced)
                    log.debug("replica %d of unit %s not back yet: %s", slot.index, unit, type(exc).__name__)
                    self._stop.wait(delay)
                    delay = min(delay * 2, 1.0)
        finally:
            slot.probing = False

    # -- scaling -------------------------------------------------------------------------

    def scale_to(self, unit: str, n: int) -> int:
        """Run ``n`` replicas of ``unit`` (clamped to its min and max); returns the count reached."""
        u = self.plan.units[unit]
        n = max(u.min_replicas, min(u.max_replicas, n))
        with self._scale_lock:
            have = self.slots[unit]
            if n > len(have):
                free = [i for i in range(u.max_replicas) if i not in have][: n - len(have)]
                self._ready([self._launch(unit, i) for i in free])
            elif n < len(have):
                ray = self._ray
                for i in sorted(have, reverse=True)[: len(have) - n]:
                    slot = self.slots[unit].pop(i)  # out of rotation first
                    ray.get(self.authority.unregister.remote(unit, i))
                    ray.get(slot.handle.close.remote())  # its in-flight requests finish first
                    ray.kill(slot.handle, no_restart=True)
            return len(self.slots[unit])

    def autoscale_once(self) -> dict[str, int]:
        """One autoscaling decision for every autoscaled unit (from requests in flight at the ingress).

        Returns the units whose replica count changed, with the new count.
        """
        changed: dict[str, int] = {}
        for name, unit in self.plan.units.items():
            if not unit.autoscaled:
                continue
            cur = len(self.slots[name])
            inflight = sum(s.inflight for s in self.slots[name].values())
            want = desired_replicas(unit, inflight, cur)
            if want != cur:
                changed[name] = self.scale_to(name, want)
        return changed

    def _autoscale(self) -> None:
        while not self._stop.wait(self._autoscale_every):
            try:
                self.autoscale_once()
            except Exception:  # noqa: BLE001 - a failed scaling step is retried at the next tick
                log.exception("autoscaling failed")

    def unit(self, service: str) -> Unit:
        """The placement unit hosting ``service``."""
        return self.plan.units[self.plan.unit_of[service]]

    # -- observability -------------------------------------------------------------------

    async def scrape(self, own: bytes) -> bytes:
        """``/metrics``: every live replica's metrics summed per series, plus ``own`` (the ingress's)."""
        ray = self._ray
        slots = [s for unit in self.slots.values() for s in unit.values() if s.live]
        texts = [own]
        for r in await asyncio.gather(*(s.handle.metrics.remote() for s in slots), return_exceptions=True):
            if isinstance(r, bytes):
                texts.append(r)
            elif not isinstance(r, ray.exceptions.RayActorError):
                raise r
        extra = []
        for name in self.services:
            u = self.plan.unit_of[name]
            live = sum(1 for s in self.slots[u].values() if s.live)
            extra.append(("multipie_replicas", "gauge", "Live replicas serving the service", {"service": name}, live))
            extra.append(("multipie_retried", "counter", "Requests retried on another replica after a replica was lost",
                          {"service": name}, self.retries.get(name, 0)))
            extra.append(("multipie_replicas_lost", "counter", "Requests whose replica died while serving them",
                          {"service": name}, self.lost.get(name, 0)))
        return merge_metrics(texts, extra)

    def stats(self, name: str) -> dict[str, Any]:
        """Pools live in replicas: the driver reports none (``/metrics`` sums the replicas')."""
        u = self.plan.unit_of[name]
        return {"live": 0, "idle": 0, "in_use": 0, "memory_bytes": 0, "pool_hits": 0, "pool_misses": 0,
                "provider": None, "replicas": sum(1 for s in self.slots[u].values() if s.live)}

    def close(self) -> None:
        """Stop autoscaling, close and kill every replica, remove placement groups, close the driver's runtime."""
        self._closing = True
        self._stop.set()
        ray = self._ray
        if ray is not None and ray.is_initialized():
            from ray.util.placement_group import remove_placement_group

            handles = [s.handle for unit in self.slots.values() for s in unit.values()]
            refs = [h.close.remote() for h in handles]
            try:
                ray.wait(refs, num_returns=len(refs), timeout=10)
            except Exception:  # noqa: BLE001 - replicas being killed anyway
                pass
            for h in handles:
                ray.kill(h, no_restart=True)
            for pg in self._pgs.values():
                remove_placement_group(pg)
            if self.authority is not None:
                ray.kill(self.authority, no_restart=True)
        for unit in self.slots.values():
            unit.clear()
        self._pgs.clear()
        super().close()


def deploy(location: str | Path, *, address: str | None = None, **options: Any) -> ClusterApp:
    """Load the app at ``location`` and deploy it on the Ray cluster at ``address`` (started).

    Raises:
        ManifestError, PolicyViolation, PackageError, InvalidModule: as :func:`~multipie.app.loader.load_app`.
        CapabilityError: a writable region would cross placement units.
        UsageError: Ray is missing or the cluster cannot be reached.
    """
    manifest, root = load_manifest(location)
    path = Path(location)
    where = str(path / "multipie.toml" if path.is_dir() else path)
    app = ClusterApp(manifest, root, address=address, manifest_path=where, **options)
    app.start()
    return app

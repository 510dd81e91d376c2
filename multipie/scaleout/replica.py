"""One replica of a placement unit: a Ray actor hosting a whole multiPIE Runtime and its app's services.

A replica runs the ordinary single-node machinery unchanged: an
:class:`~multipie.app.loader.App` (one Runtime, providers, pools, regions) for the
unit's services, and a :class:`~multipie.app.gateway.Gateway` driven through ASGI
(routing, body limits, admission, error mapping and metrics exactly as under
``multipie up``). What is added:

- code comes from the node-local :class:`~multipie.scaleout.blobs.BlobStore`, by
  digest (fetched once through Ray's object store when missing), and the pinned
  module digest is checked by the app loader;
- grants to services of another unit are host functions calling that unit's
  replicas with a :class:`~multipie.scaleout.tokens.Token`
  (:class:`RemoteCapability`); calls *into* this unit arrive at :meth:`Replica.cap_call`,
  which checks the token on every call;
- read-only regions written in another unit are loaded from object-store snapshots;
- the gateway also listens on a port of the replica's node, on an event loop of the
  replica's own (thread ``multipie-hop``), behind a lean HTTP/1.1 server
  (:mod:`multipie.scaleout.hop`): the entry point forwards requests there over kept-alive
  connections (:mod:`multipie.scaleout.forward`), so a request costs no Ray actor call.
  :meth:`Replica.handle` (an actor call per request) remains for ``transport="actor"``.

The actor is a *threaded* Ray actor (no ``async`` method; :func:`actor_class`), not an
async one: Ray runs an async actor's every method on its event loop, one thread hop
from the thread that received the call, and the provider's export then needed a second
hop to a worker thread and a third back. A capability call now runs the export on the
thread Ray delivered it to, in the ``calls`` concurrency group (docs/scale-out.md has the
measurements behind this choice).
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import os
import threading
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from multipie.app.answer import whole_body
from multipie.app.gateway import Gateway
from multipie.app.loader import App, AppService
from multipie.app.manifest import FunctionGrant, Manifest, ServiceSpec
from multipie.errors import CapabilityError, DomainClosed, HostBug, MultipieError
from multipie.runtime import Runtime
from multipie.scaleout.blobs import BlobStore
from multipie.scaleout.hop import listen, serve_hop
from multipie.scaleout.tokens import Token, TokenChecker

__all__ = [
    "CONTROL_THREADS", "KEEP_ALIVE", "REQUEST_THREADS", "RemoteCapability", "Replica", "ReplicaConfig",
    "ShippedCode", "actor_class",
]

#: Seconds a replica keeps an idle connection from the entry point open (the entry point drops them sooner).
KEEP_ALIVE = 60.0
#: Threads for ``transport="actor"`` requests (each waits while the replica's loop serves it).
REQUEST_THREADS = 64
#: Threads for everything else Ray calls (ping, revocations, metrics, snapshots, close): never queued
#: behind capability calls or requests, so a revocation push is acknowledged at once.
CONTROL_THREADS = 4


@dataclass(frozen=True)
class ShippedCode:
    """A service's code as shipped: the blob's digest, the module digest the app pins, and where to get it."""

    blob: str
    module: str
    ref: Any  # a list holding one ray.ObjectRef (a bare ref would be resolved when passed to an actor)


@dataclass
class ReplicaConfig:
    """Everything a replica needs to start (picklable, the same for every replica of a unit)."""

    app: str
    unit: str
    services: list[str]
    manifest: Manifest
    root: str
    code: dict[str, ShippedCode]
    #: (holder service, import key) -> token of the remote grant
    tokens: dict[tuple[str, str], Token] = field(default_factory=dict)
    #: provider service -> its unit
    unit_of: dict[str, str] = field(default_factory=dict)
    workers: int = 8
    blob_dir: str | None = None


def _get(ref: Any) -> Any:
    """``ray.get(ref)``, re-raising a multiPIE error from the other side as itself."""
    import ray

    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as exc:
        if isinstance(exc.cause, MultipieError):
            raise exc.cause from None
        raise


class RemoteCapability:
    """A capability to ``service.export`` in another runtime: call it, forward it, revoke it.

    Calls go to one live replica of the provider's unit through its Ray actor handle,
    carrying :attr:`token`; the provider checks the token on every call.
    """

    def __init__(self, authority: Any, unit: str, token: Token) -> None:
        self.authority = authority
        self.unit = unit
        self.token = token
        self._handles: list[Any] = []
        self._next = itertools.count()

    def __reduce__(self) -> Any:  # handed to replicas: handles are re-fetched there
        return (RemoteCapability, (self.authority, self.unit, self.token))

    def _refresh(self) -> list[Any]:
        import ray

        self._handles = list(ray.get(self.authority.replicas.remote(self.unit)).values())
        return self._handles

    def call_on(self, handle: Any, *args: Any) -> Any:
        """Call through one given provider replica (tests and benchmarks use it to reach every node)."""
        # One argument of plain tuples: Ray serialises each argument on its own, and a dataclass costs more.
        return _get(handle.cap_call.remote((*self.token.wire, args)))

    def __call__(self, *args: Any) -> Any:
        """Call the export with ``args`` on some replica of the provider.

        Raises:
            CapabilityRevoked: the capability (or an ancestor) was revoked.
            DomainClosed: no replica of the provider could be reached.
        """
        import ray

        handles = self._handles or self._refresh()
        if not handles:
            raise DomainClosed(f"no replica of unit {self.unit!r} is registered", domain=self.token.service)
        h = handles[next(self._next) % len(handles)]
        try:
            return self.call_on(h, *args)
        except ray.exceptions.RayActorError as exc:
            self._handles = []
            # Not retried: the call may have entered the provider before it died (as in one process,
            # a call that entered a dead provider is never re-run).
            raise DomainClosed(
                f"provider replica of {self.token.service} was lost during the call: {type(exc).__name__}",
                domain=self.token.service,
            ) from None

    def forward(self) -> RemoteCapability:
        """A child capability for another holder; revoked together with this one.

        Raises:
            CapabilityError: this capability is revoked.
        """
        child = _get(self.authority.mint.remote(self.token.service, self.token.export, self.token.cap_id))
        return RemoteCapability(self.authority, self.unit, child)

    def revoke(self) -> None:
        """Revoke this capability and its descendants on every replica; returns once all refuse it."""
        _get(self.authority.revoke.remote(self.token.cap_id))

    @property
    def revoked(self) -> bool:
        """True once revoked (directly or through an ancestor)."""
        return bool(_get(self.authority.is_revoked.remote(self.token.cap_id)))


class _ReplicaApp(App):
    """An app holding only one unit's services; grants to other units are remote capabilities."""

    def __init__(self, manifest: Manifest, root: Path, local: set[str], remote: dict[tuple[str, str], Any]) -> None:
        self._local = local
        self._remote = remote
        super().__init__(manifest, root, runtime=Runtime())
        self._own_runtime = True

    def _check_policy(self, app_svc: AppService) -> None:
        if app_svc.name in self._local:  # remote services are loaded only for their export types
            super()._check_policy(app_svc)

    def _remote_grant(self, app_svc: AppService, key: str) -> Any:
        g = app_svc.spec.grants[key]
        assert isinstance(g, FunctionGrant)
        sig = self.services[g.service].service.signature(g.export)  # type: ignore[attr-defined]
        return self.runtime.host_function(
            self._remote[(app_svc.name, key)], params=sig.params, results=sig.results, name=f"{g.service}.{g.export}"
        )

    def _grants_for(self, app_svc: AppService) -> dict[str, Any]:
        mine = {k: g for k, g in app_svc.spec.grants.items() if (app_svc.name, k) not in self._remote}
        grants = super()._grants_for(_with_grants(app_svc, mine))
        for key in app_svc.spec.grants:
            if (app_svc.name, key) in self._remote:
                grants[key] = self._remote_grant(app_svc, key)
        return grants

    def _request_grants_for(self, app_svc: AppService) -> dict[str, Any]:
        mine = {k: g for k, g in app_svc.spec.grants.items() if (app_svc.name, k) not in self._remote}
        grants = super()._request_grants_for(_with_grants(app_svc, mine))
        for key in app_svc.spec.grants:
            if (app_svc.name, key) in self._remote:
                grants[key] = app_svc.grants[key]  # already a host function to the remote unit
        return grants

    def provider(self, name: str) -> Any:
        if name not in self._local:
            raise HostBug(f"service {name!r} runs in another unit: its provider is reached by token, not spawned here")
        return super().provider(name)


def _with_grants(app_svc: AppService, grants: dict[str, Any]) -> AppService:
    """A view of ``app_svc`` whose spec lists only ``grants`` (the local ones)."""
    view = AppService(app_svc.name, app_svc.spec.model_copy(update={"grants": grants}), app_svc.service)
    view.grants = {k: v for k, v in app_svc.grants.items() if k in grants}
    return view


def replica_manifest(cfg: ReplicaConfig, paths: dict[str, Path]) -> Manifest:
    """The manifest a replica runs: its unit's services from their blobs, pinned, plus remote providers' types."""
    m = cfg.manifest
    local = set(cfg.services)
    needed = set(local)
    for name in local:
        needed |= {g.service for g in m.services[name].grants.values() if isinstance(g, FunctionGrant)}
    services: dict[str, ServiceSpec] = {}
    for name in m.services:
        if name not in needed:
            continue
        spec = m.services[name]
        update: dict[str, Any] = {
            "source": str(paths[name]),
            "digest": cfg.code[name].module,
            "require_signature": None,  # checked by the driver; the digest pins those exact bytes
        }
        if name not in local:
            update.update({"route": None, "routes": [], "grants": {}})
        services[name] = spec.model_copy(update=update)
    regions = {
        r: spec
        for r, spec in m.regions.items()
        if any(getattr(g, "region", None) == r for s in local for g in m.services[s].grants.values())
    }
    app = m.app.model_copy(update={"build": None, "require_signature": False, "trust_policy": None, "trusted_keys": []})
    return m.model_copy(update={"app": app, "services": services, "regions": regions})


class Replica:
    """The actor class (wrapped with ``ray.remote`` by the cluster): one Runtime serving one unit.

    Args:
        cfg: what to run.
        index: this replica's index in its unit.
        authority: the app's :class:`~multipie.scaleout.tokens.Authority` handle.
    """

    def __init__(self, cfg: ReplicaConfig, index: int, authority: Any) -> None:
        import ray

        self.cfg = cfg
        self.index = index
        self.authority = authority
        store = BlobStore(cfg.blob_dir)
        self.fetched: list[str] = []  # blobs this start had to pull through the object store
        paths: dict[str, Path] = {}
        for name, code in cfg.code.items():
            p = store.get(code.blob)
            if p is None:
                p = store.put(ray.get(code.ref[0]), code.blob)
                self.fetched.append(name)
            paths[name] = p
        remote = {
            key: RemoteCapability(authority, cfg.unit_of[token.service], token) for key, token in cfg.tokens.items()
        }
        self.app = _ReplicaApp(replica_manifest(cfg, paths), Path(cfg.root), set(cfg.services), remote)
        self.app.name = cfg.app
        self.app.start()
        self.gateway = Gateway(self.app, workers=cfg.workers, access_log=False)
        self._exports: dict[tuple[str, str], tuple[Any, Any]] = {}
        self._binding = threading.Lock()  # capability calls arrive on several threads
        me = ray.get_runtime_context().current_actor
        key, revoked, snapshots = ray.get(authority.register.remote(cfg.unit, index, me))
        self.checker = TokenChecker(key, revoked)
        for region, ref in snapshots.items():
            self._load(region, ray.get(ref[0]))
        self.node_id = ray.get_runtime_context().get_node_id()
        self._sock = listen(ray.util.get_node_ip_address())
        self._loop = asyncio.new_event_loop()
        self._hop = threading.Thread(target=self._loop.run_forever, name="multipie-hop", daemon=True)
        self._hop.start()
        m = self.app.manifest
        max_body = max([m.app.max_body, *(s.max_body or 0 for s in m.services.values())])
        self._server: asyncio.Server | None = self._on_loop(
            serve_hop(self.gateway, self._sock, max_body=max_body, idle=KEEP_ALIVE)
        )

    def _on_loop(self, coro: Coroutine[Any, Any, Any]) -> Any:
        """Run ``coro`` on the replica's loop (where the gateway lives) and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    @property
    def address(self) -> tuple[str, int]:
        """(host, port) where this replica's gateway serves HTTP."""
        host, port = self._sock.getsockname()[:2]
        return str(host), int(port)

    def ping(self) -> dict[str, Any]:
        """Who and where this replica is (node, pid, unit, index, blobs fetched at start, HTTP address)."""
        host, port = self.address
        return {"node": self.node_id, "pid": os.getpid(), "unit": self.cfg.unit, "index": self.index,
                "fetched": list(self.fetched), "http": (host, port)}

    def handle(
        self, method: str, path: str, query: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Serve one HTTP request through this replica's gateway; returns (status, headers, body)."""
        headers = [*headers, (b"content-length", b"%d" % len(body))]  # the entry point left framing to the hop
        scope = {
            "type": "http", "method": method, "path": path, "query_string": query, "headers": headers,
            "http_version": "1.1", "scheme": "http", "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 0),
        }
        result: tuple[int, list[tuple[bytes, bytes]], bytes] = self._on_loop(_asgi(self.gateway, scope, body))
        return result

    def _bound(self, service: str, export: str) -> Any:
        d, fn = self._exports.get((service, export), (None, None))
        if d is None or not d.is_open:
            with self._binding:  # one provider domain, even when its first calls arrive together
                d, fn = self._exports.get((service, export), (None, None))
                if d is None or not d.is_open:
                    d = self.app.provider(service)
                    fn = d.export(export)
                    self._exports[(service, export)] = (d, fn)
        return fn

    def cap_call(self, msg: tuple[Any, ...]) -> Any:
        """A call through a remote capability, ``msg`` = ``(*token.wire, args)``: the token is checked, then
        the provider's export runs on this thread (Ray's, in the ``calls`` group), bounded by its timeout.

        Raises:
            CapabilityError: the token is malformed, forged or names a service this unit does not host.
            CapabilityRevoked: the token was revoked.
        """
        if not (isinstance(msg, tuple) and len(msg) == 5 and isinstance(msg[4], tuple)):
            raise CapabilityError(f"a remote capability call takes (*token, args), got {msg!r:.80}")
        t = self.checker.check(Token.from_wire(msg[:4]))
        if t.service not in self.cfg.services:
            raise CapabilityError(f"unit {self.cfg.unit!r} does not host service {t.service!r}")
        return self._bound(t.service, t.export)(*msg[4])

    def revoked(self, ids: list[int]) -> None:
        """Refuse these capability ids from now on (pushed by the authority)."""
        self.checker.revoked.update(ids)

    def metrics(self) -> bytes:
        """This replica's Prometheus text (the gateway's metrics, read on its loop)."""
        text: bytes = self._on_loop(_now(self.gateway.metrics.render))
        return text

    def inflight(self) -> int:
        """HTTP requests in flight in this replica."""
        return self.gateway.inflight

    def snapshot(self, region: str) -> list[Any]:
        """Put a copy of ``region``'s bytes in Ray's object store; returns ``[ref]``."""
        import numpy as np
        import ray

        view = self.app.regions[region].view
        return [ray.put(np.array(view, dtype=np.uint8))]

    def load_snapshot(self, region: str, ref: list[Any]) -> int:
        """Copy a snapshot (read zero-copy from the node's object store) into this replica's region, if held."""
        import ray

        if region not in self.app.regions:
            return 0
        return self._load(region, ray.get(ref[0]))

    def _load(self, region: str, data: Any) -> int:
        r = self.app.regions.get(region)
        if r is None:
            return 0
        view = r.view
        n = min(len(view), len(data))
        view[:n] = memoryview(data).cast("B")[:n]
        return n

    def close(self) -> None:
        """Stop serving HTTP (requests in flight finish), close the app before the actor is killed."""
        if self._server is not None:
            server, self._server = self._server, None
            self._on_loop(_drain(server, self.gateway, self.app.manifest.app.shutdown_grace))
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._hop.join(timeout=10)
        self._sock.close()
        self.gateway.close()
        self.app.close()


@functools.cache
def actor_class(workers: int) -> Any:
    """:class:`Replica` as a threaded Ray actor class, ``workers`` threads for capability calls.

    Three concurrency groups: ``calls`` (:meth:`Replica.cap_call`, ``workers`` threads, the
    bound the provider's old thread pool had), ``requests`` (:meth:`Replica.handle`,
    :data:`REQUEST_THREADS`) and the default one for the rest (:data:`CONTROL_THREADS`), so
    control calls are never queued behind slow exports.
    """
    import ray

    method: Any = ray.method  # Ray's stubs do not know these options
    remote: Any = ray.remote

    class ReplicaActor(Replica):
        @method(concurrency_group="calls")
        def cap_call(self, msg: tuple[Any, ...]) -> Any:  # noqa: D102 - Replica.cap_call
            return super().cap_call(msg)

        @method(concurrency_group="requests")
        def handle(self, *request: Any) -> tuple[int, list[tuple[bytes, bytes]], bytes]:  # noqa: D102
            return super().handle(*request)

    ReplicaActor.__name__ = ReplicaActor.__qualname__ = "Replica"  # what Ray's logs and errors show
    groups = {"calls": workers, "requests": REQUEST_THREADS}
    return remote(concurrency_groups=groups, max_concurrency=CONTROL_THREADS)(ReplicaActor)


async def _now(fn: Callable[[], Any]) -> Any:
    return fn()


async def _asgi(app: Callable[..., Awaitable[None]], scope: dict[str, Any], body: bytes) -> Any:
    """Drive the ASGI ``app`` with one request of ``body``; returns (status, headers, body)."""
    out: dict[str, Any] = {}

    async def send(msg: dict[str, Any]) -> None:
        if msg["type"] == "http.response.start":
            out["status"], out["headers"] = msg["status"], list(msg["headers"])
        else:
            out["body"] = out.get("body", b"") + msg.get("body", b"")

    await app(scope, whole_body(body), send)
    return out["status"], out["headers"], out.get("body", b"")


async def _drain(server: asyncio.Server, gateway: Gateway, grace: float) -> None:
    """Close ``server`` to new connections and wait up to ``grace`` s for the requests in flight."""
    server.close()
    deadline = asyncio.get_running_loop().time() + grace
    while gateway.inflight and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)

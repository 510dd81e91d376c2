"""From a manifest to a running app: load every service, enforce the import policy, wire grants.

Ownership: an :class:`App` owns the :class:`~multipie.runtime.Runtime` it
was given or created (closing the app closes a runtime it created), the
shared regions declared in ``[regions.*]``, one long-lived *provider* domain
per service whose exports are granted to others (the capability points at
it), and one :class:`~multipie.app.pool.DomainPool` per routed ``http``
service (Wasm modules and virtines alike: the pool holds domains of either kind).
WAGI services run as one WASI command per request and need no pool. A virtine
service takes ``memory`` and ``timeout`` limits; ``fuel`` and ``grants`` are
refused for it with a :class:`~multipie.errors.ManifestError`. A legacy program (a Linux
executable or a container image) takes ``net`` grants and, from the host, ``host_root``: they are
its load options (refused, naming the key, on any other kind).

Load order: guests are built (``[app] build``), every service is loaded
through :meth:`Runtime.load` (paths; OCI layouts, tars and references when
:mod:`multipie.packages` is present), pinned digests are checked, and each
service's imports are compared with its grants: an import not granted is a
:class:`~multipie.errors.PolicyViolation` naming it, a grant that matches no
import (or the wrong kind of import) is a :class:`~multipie.errors.ManifestError`.
Nothing is spawned before the whole app passes these checks.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from multipie.app.abi import check_http_exports
from multipie.app.manifest import FunctionGrant, Manifest, RegionGrant, ServiceSpec, load_manifest, route_matches
from multipie.app.pool import DomainPool, Refiller
from multipie.domains.base import Domain, Service
from multipie.errors import (
    DigestMismatch,
    DomainClosed,
    DomainError,
    InvalidModule,
    ManifestError,
    MultipieError,
    PolicyViolation,
    UsageError,
)
from multipie.runtime import Runtime

__all__ = ["App", "AppService", "load_app"]

log = logging.getLogger("multipie.app")

#: Times a routed capability call retries on a replacement provider (each time the one it reached had
#: been torn down by another request's fault before the call entered it).
_REROUTES = 3

_WASI_MODULES = frozenset({"wasi_snapshot_preview1", "wasi_unstable"})
#: Kinds that take the legacy load options ``net`` and ``host_root``.
_LEGACY_KINDS = ("elf", "container")
#: Room kept for a request head when checking that a virtine's free memory holds max_body.
_VIRTINE_HEAD_ROOM = 64 << 10


@dataclass
class AppService:
    """One service of a running app: its spec, loaded code, grants and (for routed http services) pool."""

    name: str
    spec: ServiceSpec
    service: Service
    grants: dict[str, Any] = field(default_factory=dict)
    #: what per-request domains get: function grants as routes to the current provider (see App._route)
    request_grants: dict[str, Any] = field(default_factory=dict)
    pool: DomainPool | None = None
    #: a routed proxy component's never-used domains, made ahead on a thread (one per request)
    fresh: Any = None
    dirs: dict[str, str] = field(default_factory=dict)

    @property
    def routes(self) -> list[str]:
        """The routes this service answers."""
        return self.spec.all_routes

    @property
    def proxy(self) -> bool:
        """A ``wasi:http/proxy`` component (served by multipie.app.proxy, a fresh instance per request)."""
        return self.service.kind == "component"

    def spawn(self, *, provider: bool = False) -> Domain:
        """A new domain with the service's limits and grants.

        Args:
            provider: spawn the long-lived domain that capabilities to this service's exports call.
        """
        s = self.spec
        if provider or self.service.kind != "wasm":
            # A provider is long-lived: placement AUTO lets it join the Store of a provider it calls
            # (guest-to-guest calls in nanoseconds) when both ask for the same limits.
            return self.service.spawn(memory_limit=s.memory, fuel=s.fuel, timeout=s.timeout, grants=self.grants or None)
        # A request domain is short-lived, and a Store frees nothing before it is dropped: joining a
        # provider's Store would grow it by every request. group=None gives it a Store of its own
        # (calls to providers go through the host), dropped with the domain.
        grants = self.request_grants or self.grants
        return self.service.spawn(  # type: ignore[call-arg]
            memory_limit=s.memory, fuel=s.fuel, timeout=s.timeout, grants=grants or None, group=None
        )


def _check_proxy(name: str, spec: ServiceSpec, svc: Service) -> None:
    """A routed component must be a ``wasi:http/proxy`` handler served as one."""
    if getattr(svc, "http_handler", None) is None:
        raise InvalidModule(f"{name}: a component serves HTTP only if it exports wasi:http/incoming-handler")
    if spec.abi != "http" or spec.instances != "fresh" or spec.grants:
        raise InvalidModule(
            f"{name}: a wasi:http/proxy component is served with a fresh instance per request "
            "(abi, instances and grants do not apply; outgoing lists the hosts it may call)"
        )


def _requested(svc: Service) -> list[Any]:
    """The imports a service needs granted (for Wasm: everything but WASI; virtines, legacy programs: none).

    A virtine's imports are the hypercalls its build derived (its bespoke context, shown by
    ``multipie inspect``), a legacy program's the Linux system calls the runtime serves: not
    capabilities a manifest could grant.
    """
    if svc.kind in ("virtine", "component", *_LEGACY_KINDS):
        return []  # a component's imports are WASI 0.2 (or the proxy world), or it fails to link at spawn
    return [i for i in svc.imports if not (svc.kind == "wasm" and i.module in _WASI_MODULES)]


class App:
    """A loaded app: services checked and ready; :meth:`start` creates regions, providers and pools.

    Args:
        manifest: the parsed manifest.
        root: the app directory (relative paths in the manifest are resolved against it).
        runtime: the runtime to load into (default: a new one, closed with the app).
        manifest_path: how errors name the manifest file.
    """

    def __init__(
        self,
        manifest: Manifest,
        root: Path,
        *,
        runtime: Runtime | None = None,
        manifest_path: str | None = None,
    ) -> None:
        self.manifest = manifest
        self.root = root
        self.name = manifest.app.name or root.name
        self.where = manifest_path or str(root / "multipie.toml")
        self._own_runtime = runtime is None
        self.runtime = runtime or Runtime()
        self.services: dict[str, AppService] = {}
        self.regions: dict[str, Any] = {}
        self.providers: dict[str, Domain] = {}
        self._refiller: Refiller | None = None
        self._lock = threading.Lock()
        self._started = False
        self._closing = False
        try:
            self._build()
            for name, spec in manifest.services.items():
                self.services[name] = self._load(name, spec)
            for app_svc in self.services.values():
                self._check_policy(app_svc)
        except BaseException:
            self.close()
            raise
        # Most specific first: exact routes, then longer wildcard prefixes.
        self.routes: list[tuple[str, AppService]] = sorted(
            ((r, s) for s in self.services.values() for r in s.routes),
            key=lambda rs: (rs[0].endswith("/..."), -len(rs[0])),
        )

    # -- loading ---------------------------------------------------------------

    def _err(self, key: str, message: str) -> ManifestError:
        return ManifestError(f"{self.where}: {key}: {message}")

    def _build(self) -> None:
        build = self.manifest.app.build
        if not build:
            return
        from multipie.toolchain import build_tree

        src = self.root / build
        if not src.is_dir():
            raise self._err("app.build", f"{src} is not a directory of guest sources")
        try:
            out = self.root / "build"
            if not out.is_dir() or not any(out.iterdir()):
                # A first build compiles C with zig (seconds per file): say so rather than look hung.
                log.info("building guests", extra={"fields": {"source": build, "into": "build"}})
            build_tree(src, out, verbose=False)
        except (InvalidModule, UsageError) as exc:
            raise InvalidModule(f"{self.where}: app.build: {exc}") from exc

    def _package_options(self, name: str, spec: ServiceSpec, source: str) -> dict[str, Any]:
        """Supply-chain options for ``Runtime.load``: signatures, trust policy, and the lock's pin."""
        app = self.manifest.app
        opts: dict[str, Any] = {}
        required = spec.require_signature if spec.require_signature is not None else app.require_signature
        if required:
            opts["require_signature"] = True
        if app.trust_policy:
            opts["trust_policy"] = str(self.root / app.trust_policy)
        if app.trusted_keys:
            opts["trusted_keys"] = [str(self.root / k) for k in app.trusted_keys]
        lock_file = self.root / "multipie.lock"
        from multipie.packages import is_package_source
        from multipie.packages.lock import Lock

        if lock_file.is_file() and is_package_source(source):
            lock = Lock.load(lock_file)
            opts["lock"] = {source: lock.pinned(spec.source)}
        return opts

    def _legacy_options(self, name: str, spec: ServiceSpec, source: str) -> dict[str, Any]:
        """``net`` and ``host_root`` for ``Runtime.load``, refused for a service that is not a legacy program.

        The kind is told from the source before loading (``kind``, an image, or the file's first
        bytes): the options change what the service is, so it is loaded once, with them.
        """
        given = {k: v for k, v in (("net", list(spec.net)), ("host_root", spec.host_root)) if v}
        if not given:
            return {}
        from multipie.domains.detect import source_kind

        kind = spec.kind or source_kind(source)
        key = f"services.{name}.{next(iter(given))}"
        if kind not in _LEGACY_KINDS:
            raise self._err(key, f"applies to legacy programs (Linux executables and container images); "
                                 f"{spec.source!r} is {f'a {kind} service' if kind else 'not one'}")  # fmt: skip
        if kind == "container" and "host_root" in given:
            raise self._err(
                f"services.{name}.host_root",
                "applies to a program from the host; a container image's program sees its image's layers",
            )
        return given

    def _load(self, name: str, spec: ServiceSpec) -> AppService:
        key = f"services.{name}"
        local = self.root / spec.source
        source = str(local) if local.exists() else spec.source
        legacy = self._legacy_options(name, spec, source)
        try:
            opts = {**self._package_options(name, spec, source), **legacy}
            svc = self.runtime.load(source, kind=spec.kind, name=name, **opts)
        except UsageError as exc:
            raise self._err(f"{key}.source", f"cannot load {spec.source!r}: {exc}") from exc
        except (InvalidModule, MultipieError) as exc:
            if isinstance(exc, DomainError):
                raise
            raise type(exc)(f"{self.where}: {key}.source ({spec.source}): {exc}") from exc
        if spec.digest is not None and svc.digest != spec.digest:
            raise DigestMismatch(
                f"{self.where}: {key}.digest: {spec.source} has digest {svc.digest}, the manifest pins {spec.digest}"
            )
        app_svc = AppService(name, spec, svc)
        if svc.kind == "virtine":
            self._check_virtine(name, spec, svc)
        if spec.all_routes:
            try:
                if svc.kind == "virtine" and spec.abi == "wagi":
                    raise InvalidModule(
                        f"{name}: abi = 'wagi' needs a WASI command; a virtine serves HTTP with abi = 'http' "
                        "(one entry http_handle, see docs/apps.md)"
                    )
                if svc.kind == "component":
                    _check_proxy(name, spec, svc)
                elif svc.kind not in ("wasm", "virtine"):
                    raise InvalidModule(
                        f"{name}: a service of kind {svc.kind!r} cannot serve HTTP (the {spec.abi} ABI needs "
                        "a Wasm module or a virtine)"
                    )
                if svc.kind == "component":
                    pass
                elif spec.abi == "http":
                    check_http_exports(svc)
                elif not getattr(svc, "is_command", False):
                    raise InvalidModule(f"{name}: abi = 'wagi' needs a WASI command (an export '_start')")
            except InvalidModule as exc:
                raise InvalidModule(f"{self.where}: {key}.abi: {exc}") from exc
        for guest, host in spec.files.items():
            hp = (self.root / host).resolve()
            if not hp.is_dir():
                raise self._err(f"{key}.files.{guest}", f"{hp} is not a directory")
            app_svc.dirs[str(hp)] = guest
        return app_svc

    def _check_virtine(self, name: str, spec: ServiceSpec, svc: Service) -> None:
        """Limits and wiring a virtine service can honour: memory and timeout, no fuel, no grants."""
        key = f"services.{name}"
        image = svc.image  # type: ignore[attr-defined]
        if spec.fuel is not None:
            raise self._err(f"{key}.fuel", "virtines are not fuel-metered; bound them with timeout instead")
        if spec.grants:
            raise self._err(
                f"{key}.grants",
                "capability grants to virtine services are not supported in apps (only between Wasm services)",
            )
        if image.memory > spec.memory:
            raise self._err(
                f"{key}.memory",
                f"the virtine image needs {image.memory} bytes of guest memory, more than the limit of {spec.memory}",
            )
        if spec.all_routes and spec.abi == "http":
            from multipie.domains.virtine.http import MIN_RESPONSE_ROOM

            limit = spec.max_body if spec.max_body is not None else self.manifest.app.max_body
            room = image.heap_end - image.heap_start
            if limit + _VIRTINE_HEAD_ROOM + MIN_RESPONSE_ROOM > room:
                raise self._err(
                    f"{key}.max_body",
                    f"a body of {limit} bytes (plus the request head and a response) does not fit the virtine's "
                    f"{room} bytes of free memory; lower max_body or build the image with more memory",
                )

    def _check_policy(self, app_svc: AppService) -> None:
        """Every import granted, every grant an import of the right kind, every granted export real."""
        name, spec, svc = app_svc.name, app_svc.spec, app_svc.service
        requested = {i.key: i for i in _requested(svc)}
        missing = [str(i) for k, i in requested.items() if k not in spec.grants]
        if missing:
            raise PolicyViolation(
                f"{self.where}: service {name!r} imports {', '.join(missing)}, not granted in "
                f"[services.{name}.grants]; refusing to load it"
            )
        for key, g in spec.grants.items():
            where = f'services.{name}.grants."{key}"'
            imp = requested.get(key)
            if imp is None:
                have = ", ".join(sorted(requested)) or "none"
                raise self._err(where, f"{name} has no import {key!r} (its imports: {have})")
            if isinstance(g, FunctionGrant):
                if imp.kind != "function":
                    raise self._err(where, f"import {imp} is a {imp.kind}; a 'SERVICE.EXPORT' grant needs a function")
                target = self.services[g.service].service
                if target.kind != "wasm":
                    raise self._err(
                        where, f"service {g.service!r} is of kind {target.kind!r}: only Wasm exports can be granted"
                    )
                exp = {e.name: e for e in target.exports}.get(g.export)
                if exp is None or exp.kind != "function":
                    names = ", ".join(sorted(e.name for e in target.exports if e.kind == "function")) or "none"
                    raise self._err(where, f"service {g.service!r} has no function export {g.export!r} ({names})")
                if exp.type != imp.type:
                    raise self._err(where, f"import {key} has type {imp.type}, {g.service}.{g.export} has {exp.type}")
            elif imp.kind != "memory":
                raise self._err(where, f"import {imp} is a {imp.kind}; a region grant needs a memory import")

    # -- running ---------------------------------------------------------------

    def start(self, *, fill: bool = True) -> None:
        """Create regions, provider domains and pools; fill pools (errors surface now) and start refilling.

        Raises:
            CapabilityError: a grant could not be bound (for example a module refused as a region holder).
            MultipieError: a provider or first pooled domain could not be spawned.
        """
        with self._lock:
            if self._started:
                return
            self._started = True
        try:
            for rname, rspec in self.manifest.regions.items():
                if any(
                    isinstance(g, RegionGrant) and g.region == rname
                    for s in self.services.values()
                    for g in s.spec.grants.values()
                ):
                    self.regions[rname] = self.runtime.region(rspec.size, name=rname)
            for app_svc in self.services.values():
                app_svc.grants = self._grants_for(app_svc)
                app_svc.request_grants = self._request_grants_for(app_svc)
            pools = []
            for app_svc in self.services.values():
                if app_svc.routes and app_svc.proxy and app_svc.spec.pool and not app_svc.grants:
                    s = app_svc.spec
                    app_svc.fresh = app_svc.service.reserve(  # type: ignore[attr-defined]
                        s.pool, memory_limit=s.memory, fuel=s.fuel, timeout=s.timeout
                    )
                if app_svc.routes and app_svc.spec.abi == "http" and not app_svc.proxy:
                    s = app_svc.spec
                    size = s.pool if s.instances == "fresh" else min(s.pool, s.max_concurrency)
                    reserve = None
                    if s.instances == "fresh" and not app_svc.grants:
                        reserve = app_svc.service.reserve(size, memory_limit=s.memory, fuel=s.fuel, timeout=s.timeout)
                    machines = getattr(app_svc.service, "pool", None)
                    if machines is not None and machines.size < size:
                        # A virtine domain holds a prepared VM from its service's machine pool; when
                        # the refiller closes a batch of used domains, their VMs must all fit back
                        # in, or each batch would close VMs and create new ones (~1 ms each).
                        machines.size = size
                    app_svc.pool = DomainPool(
                        app_svc.name,
                        app_svc.spawn,
                        size=size,
                        reuse=s.instances == "reuse",
                        reserve=reserve,
                    )
                    pools.append(app_svc.pool)
            self._refiller = Refiller(pools)
            if fill:
                self._refiller.fill_now()
            self._refiller.start()
        except BaseException:
            self.close()
            raise

    def _grants_for(self, app_svc: AppService) -> dict[str, Any]:
        grants: dict[str, Any] = {}
        for key, g in app_svc.spec.grants.items():
            if isinstance(g, FunctionGrant):
                grants[key] = self.runtime.capability(self.provider(g.service), g.export)
            else:
                grants[key] = self.regions[g.region].capability(writable=g.writable)
        return grants

    def _request_grants_for(self, app_svc: AppService) -> dict[str, Any]:
        """Per-request grants: each function grant is a route to the current provider, regions as given."""
        if app_svc.service.kind != "wasm":
            return dict(app_svc.grants)
        grants: dict[str, Any] = {}
        for key, g in app_svc.spec.grants.items():
            if isinstance(g, FunctionGrant):
                grants[key] = self._route(g.service, g.export)
            else:
                grants[key] = app_svc.grants[key]
        return grants

    def _route(self, name: str, export: str) -> Any:
        """A host-function capability calling ``export`` of service ``name``'s *current* provider.

        Per-request domains hold these instead of capabilities to one provider domain, so a
        provider replaced by :meth:`heal` is reached by domains spawned before the replacement,
        and a request that finds its provider already dead (torn down by another request's
        fault, so ``DomainClosed`` before its call entered the provider) heals and retries (at most
        ``_REROUTES`` times, each on a new provider).
        A fault *inside* the call (a trap caused by this request's arguments) is not retried:
        it surfaces as this request's error. The route is itself a capability: revocable, and
        bound per holder (each domain gets its own revocation flag).
        """
        target = self.services[name].service
        sig = target.signature(export)  # type: ignore[attr-defined]
        current: tuple[Domain | None, Any] = (None, None)

        def bound() -> tuple[Domain, Any]:
            nonlocal current
            d = self.providers.get(name)
            if d is None or not d.is_open:
                if self._closing:
                    raise DomainClosed(f"app {self.name} is closing: provider of {name!r} is gone", domain=name)
                self.heal()
                with self._lock:
                    d = self.provider(name)
            fn = current[1] if current[0] is d else d.export(export)
            current = (d, fn)
            return d, fn

        def route(*args: Any) -> Any:
            _, fn = current if current[0] is not None and current[0].is_open else bound()
            for _ in range(_REROUTES):
                try:
                    return fn(*args)
                except DomainClosed:
                    # The provider was torn down before this call entered it (a fault in it caused
                    # by this call is a Trap, not DomainClosed): retry on its replacement.
                    _, fn = bound()
            return fn(*args)

        return self.runtime.host_function(route, params=sig.params, results=sig.results, name=f"{name}.{export}")

    def provider(self, name: str) -> Domain:
        """The long-lived domain of service ``name`` that capabilities to its exports call into."""
        d = self.providers.get(name)
        if d is None or not d.is_open:
            app_svc = self.services[name]
            if not app_svc.grants and app_svc.spec.grants:
                app_svc.grants = self._grants_for(app_svc)
            d = app_svc.spawn(provider=True)
            self.providers[name] = d
        return d

    def heal(self) -> list[str]:
        """Replace provider domains that were torn down (a fault in a capability call), and re-wire.

        The capability layer revokes every capability to a domain that dies, so each provider
        holding one is replaced (its grants are bound at spawn) with capabilities to the fresh
        provider. Per-request domains hold routes to the current provider (see :meth:`_route`),
        so they need nothing: pooled domains keep working, and a request already calling the
        dead provider retries on the new one. Holders of another kind (no routes) have their
        idle pooled domains closed so the pool refills with the new grants. Cheap when nothing
        died. Returns the services whose provider was replaced.

        Raises:
            MultipieError: a replacement could not be spawned (the next call retries).
        """
        if all(d.is_open for d in self.providers.values()):
            return []
        with self._lock:
            dead = {n for n, d in self.providers.items() if not d.is_open}
            replaced: list[str] = []
            while dead:
                for name in dead:
                    self.providers.pop(name).close()
                    replaced.append(name)
                    log.warning("provider of %s was torn down; replacing it", name, extra={"fields": {"service": name}})
                holders = [
                    s
                    for s in self.services.values()
                    if any(isinstance(g, FunctionGrant) and g.service in dead for g in s.spec.grants.values())
                ]
                for holder in holders:
                    grants = dict(holder.grants)  # swapped whole: spawns in other threads read it unlocked
                    for key, g in holder.spec.grants.items():
                        if isinstance(g, FunctionGrant) and g.service in dead:
                            grants[key] = self.runtime.capability(self.provider(g.service), g.export)
                    stale = [c for k, c in holder.grants.items() if grants[k] is not c]
                    holder.grants = grants
                    for cap in stale:
                        cap.revoke()
                    if holder.service.kind != "wasm":
                        holder.request_grants = dict(grants)
                        if holder.pool is not None:
                            holder.pool.drain_idle()
                # A holder's own provider domain is bound to the dead callee: replace it as well.
                dead = {h.name for h in holders if h.name in self.providers}
                for name in dead:
                    self.providers[name]._fault()
            if self._refiller is not None:
                self._refiller.retry_now()
            return replaced

    def stats(self, name: str) -> dict[str, Any]:
        """Live domains of service ``name`` (pool and provider): counts, memory, pool hits and misses."""
        p = self.services[name].pool
        provider = self.providers.get(name)
        has_provider = provider is not None and provider.is_open
        memory = p.memory_bytes if p else 0
        if has_provider and provider is not None:
            try:
                memory += len(provider.memory)
            except Exception:  # noqa: BLE001 - a provider without an exported memory counts 0
                pass
        return {
            "live": (p.live if p else 0) + (1 if has_provider else 0),
            "idle": p.idle if p else 0,
            "in_use": p.in_use if p else 0,
            "memory_bytes": memory,
            "pool_hits": p.hits if p else 0,
            "pool_misses": p.misses if p else 0,
            "provider": provider.label if has_provider and provider is not None else None,
        }

    def match(self, path: str) -> tuple[str, AppService] | None:
        """The (route, service) serving ``path``, most specific route first; ``None`` if none does."""
        for route, app_svc in self.routes:
            if route_matches(route, path):
                return route, app_svc
        return None

    def close(self) -> None:
        """Stop refilling, close pools and providers, and the runtime if the app created it."""
        self._closing = True
        if self._refiller is not None:
            self._refiller.stop()
        for app_svc in self.services.values():
            if app_svc.pool is not None:
                app_svc.pool.close()
            if app_svc.fresh is not None:
                app_svc.fresh.close()
                app_svc.fresh = None
        for d in self.providers.values():
            d.close()
        self.providers.clear()
        for region in self.regions.values():  # after every holder is gone
            region.close()
        self.regions.clear()
        if self._own_runtime:
            self.runtime.close()


def load_app(location: str | Path, *, runtime: Runtime | None = None) -> App:
    """Load the app at ``location`` (a directory holding ``multipie.toml``, or that file).

    Raises:
        ManifestError: the manifest is missing or invalid, or names files that do not exist.
        PolicyViolation: a service imports something the manifest does not grant.
        InvalidModule, PackageError: a service's code cannot be loaded or fails validation.
    """
    manifest, root = load_manifest(location)
    path = Path(location)
    where = str(path / "multipie.toml" if path.is_dir() else path)
    return App(manifest, root, runtime=runtime, manifest_path=where)

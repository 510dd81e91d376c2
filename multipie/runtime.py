"""The Runtime: one per process (or per tenant), owning everything domains share.

Who owns what:

- the Wasm engines and the epoch :class:`~multipie.domains.wasm.engine.Ticker`
  that enforces every timeout (one thread, not one per domain);
- the :class:`~multipie.domains.wasm.cache.ModuleCache` (compile once);
- the table of live domains (weak: a domain dropped without ``close()`` is
  freed by the garbage collector like any Python object);
- process-wide capacity checks (``vm.max_map_count``);
- hooks the capability layer installs (grant binding, revoked-call detection).

Services and domains keep a reference to their runtime; the runtime keeps
only weak references to domains.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import wasmtime

from multipie.domains import detect
from multipie.domains.base import Command, Domain, Limits, Service, check_streams
from multipie.domains.wasm.cache import ModuleCache, default_cache_dir
from multipie.domains.wasm.engine import EngineConfig, EngineSet, Ticker
from multipie.errors import ArgumentError, CapabilityError, CapacityError, InvalidModule, UsageError

if TYPE_CHECKING:
    from multipie.capabilities import Capability
    from multipie.domains.wasm.wasi import Stream
    from multipie.sharing import Region

__all__ = ["Runtime", "Source", "max_map_count"]

#: What ``Runtime.load`` accepts: a path, WAT text, or module bytes.
Source = str | os.PathLike[str] | bytes | bytearray | memoryview

_USE_DEFAULT: Any = object()
_MAPS_CHECK_EVERY = 2048


def _malloc_trim() -> None:
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return
    # SAFETY: malloc_trim(size_t pad) only releases free heap memory; it takes no pointers.
    trim(ctypes.c_size_t(0))


def max_map_count() -> int | None:
    """The kernel's ``vm.max_map_count`` (``None`` when unreadable)."""
    try:
        return int(Path("/proc/sys/vm/max_map_count").read_text())
    except (OSError, ValueError):
        return None


def _current_maps() -> int:
    with open("/proc/self/maps", "rb") as f:
        return sum(1 for _ in f)


class Runtime:
    """Loads services and runs their domains, all in this process.

    Args:
        cache_dir: directory for compiled artefacts (default ``$MULTIPIE_CACHE_DIR``
            or ``~/.cache/multipie``; ``None``: in memory only).
        memory_limit: default per-domain memory cap in bytes when a spawn gives none.
        engine: Wasmtime settings shared by every engine (see :class:`EngineConfig`).
        tick: epoch ticker period in seconds (timeout resolution).

    Example:
        >>> import multipie
        >>> rt = multipie.Runtime(cache_dir=None)
        >>> svc = rt.load('(module (func (export "add") (param i32 i32) (result i32) '
        ...               'local.get 0 local.get 1 i32.add))')
        >>> with svc.spawn() as d:
        ...     d.call("add", 2, 3)
        5
    """

    def __init__(
        self,
        *,
        cache_dir: str | os.PathLike[str] | None = _USE_DEFAULT,
        memory_limit: int | None = 256 << 20,
        engine: EngineConfig | None = None,
        tick: float = 0.002,
    ) -> None:
        if cache_dir is _USE_DEFAULT:
            cache_path: Path | None = default_cache_dir()
        else:
            cache_path = Path(cache_dir) if cache_dir is not None else None
        self.memory_limit = memory_limit
        self._engines = EngineSet(engine or EngineConfig())
        self._module_cache = ModuleCache(cache_path)
        self._ticker = Ticker(self._engines, tick)
        # Live domains, weakly: a plain dict keyed by weak references (a ref hashes and compares
        # like its domain while it lives) whose callback drops the entry when a domain is
        # collected without close(). ~5x cheaper per spawn than a WeakValueDictionary.
        self._domains: dict[weakref.ref[Domain], None] = {}
        self._reaper = self._reaped
        self._services: dict[tuple[str, str], Service] = {}
        self._lock = threading.Lock()
        self._spawned = 0
        self._max_maps = max_map_count()
        self._trap_hooks: list[Callable[[Domain, Exception], Exception | None]] = []
        self._grant_binder: Callable[[Service, Mapping[str, Any]], Any] | None = None
        self._groups: weakref.WeakSet[Any] = weakref.WeakSet()
        self._reserves: weakref.WeakSet[Any] = weakref.WeakSet()  # native reserves (Service.reserve)
        self._closed = False

    # -- loading -------------------------------------------------------------

    def load(self, source: Source, *, kind: str | None = None, name: str | None = None, **options: Any) -> Service:
        """Load code once; returns a :class:`Service` to spawn domains from.

        Args:
            source: a path to a ``.wasm``/``.wat`` file (or another kind's file),
                WAT text, or module bytes. OCI layouts, tars and registry
                references are accepted when :mod:`multipie.packages` is present.
            kind: force a kind (``"wasm"``, ...); default: detected from the bytes.
            name: a human name (default: the file stem or ``sha256:<12 hex>``).
            options: kind- or package-specific options: ``require_signature``,
                ``trust_policy``, ``trusted_keys``, ``lock``, ``store`` (see
                :func:`multipie.packages.resolve_source`); ``allow_imports``: the
                ``module.name`` keys (globs allowed) the app grants: any other
                import is refused with PolicyViolation.

        Raises:
            UsageError: the path does not exist or the kind is unknown.
            InvalidModule: the bytes are not a valid module of that kind.
            PackageError: a package failed validation.
            PolicyViolation: the module imports something ``allow_imports`` does not grant.
        """
        self._check_open()
        allow_imports = options.pop("allow_imports", None)
        if kind == "container" or (kind is None and detect.is_container_source(source)):
            from multipie.domains.legacy.container import load_container

            csvc = load_container(self, str(source), name=name, **options)
            known = self._services.setdefault(("container", f"{csvc.digest}?{csvc.name}"), csvc)
            if known is not csvc:
                csvc.close()
            if allow_imports is not None:
                from multipie.packages.policy import enforce

                enforce(known.imports, allow_imports, where=known.name)
            return known
        data, default_name = self._read_source(source, options)
        if kind is None or kind == "wat":
            detected = detect.detect_kind(data, where=default_name)
            kind = kind or detected
            if detected == "wat":
                data = self._wat2wasm(data, default_name)
                kind = detect.detect_kind(data, where=default_name)  # a module or a component
        if kind == "wasm" and data[:4] != detect.WASM_MAGIC:
            detect.detect_kind(data, where=default_name)  # raises a precise InvalidModule
            raise InvalidModule(f"{default_name}: not a Wasm module")
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        # Loader options (isolation, layers, ...) change what a service is: they are part of its key.
        key = (kind, digest if not options else f"{digest}?{sorted(options.items())!r}")
        svc = self._services.get(key)
        if svc is None or name not in (None, svc.name):
            loader = detect.loader_for(kind)
            _check_options(loader, kind, options, where=default_name)
            svc = loader(self, bytes(data), name=name or default_name or digest[:19], digest=digest, **options)
            self._services.setdefault(key, svc)
        if allow_imports is not None:
            from multipie.packages.policy import enforce

            enforce(svc.imports, allow_imports, where=svc.name)
        return svc

    def unload(self, service: Service) -> None:
        """Forget a loaded service and free what it holds; idempotent.

        Its open domains are closed, its prepared machines (VM pools) released and it leaves the
        load cache, so a loader loop does not keep every service it ever loaded (``load`` of the
        same bytes afterwards loads it anew). Without ``unload`` a service lives as long as the runtime.
        """
        for d in self.domains:
            if d.service is service:
                d.close()
        for key in [k for k, s in self._services.items() if s is service]:
            del self._services[key]
        closer = getattr(service, "close", None)
        if closer is not None:
            closer()

    def _read_source(self, source: Source, options: dict[str, Any]) -> tuple[bytes, str]:
        # Imported here: loading a plain module never pays for the OCI machinery's imports.
        from multipie import packages

        if isinstance(source, (bytes, bytearray, memoryview)) or (
            isinstance(source, str) and source.lstrip().startswith(("(", ";;"))
        ):
            data = source.encode() if isinstance(source, str) else bytes(source)
            where = "sha256:" + hashlib.sha256(data).hexdigest()[:12]
            packages.reject_plain(options, where=where)  # package options mean nothing for bytes
            return data, where
        if not isinstance(source, (str, os.PathLike)):
            raise UsageError(f"cannot load a {type(source).__name__}: give a path, WAT text or module bytes")
        path = Path(source)
        shown = _shorten(os.fspath(source))
        try:
            is_file, is_dir = path.is_file(), path.is_dir()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte: not a path at all
            raise UsageError(
                f"{shown}: neither a readable path ({getattr(exc, 'strerror', None) or exc}) nor WAT text "
                "(WAT text must start with '(' or ';;')"
            ) from exc
        if is_file and not path.name.endswith(".tar"):
            packages.reject_plain(options, where=str(path))
            try:
                return path.read_bytes(), path.stem
            except OSError as exc:
                raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
        if packages.is_package_source(str(source)):
            blob = packages.resolve_source(str(source), options)
            return blob.data, blob.name
        if is_dir:
            raise UsageError(f"{shown}: a directory, but not an OCI image layout (no 'oci-layout' file in it)")
        if isinstance(source, str) and ("(module" in source or "\n" in source):
            raise UsageError(f"{shown}: no such file; if this is WAT text, it must start with '(' or ';;'")
        raise UsageError(f"{shown}: no such file")

    @staticmethod
    def _wat2wasm(data: bytes, where: str) -> bytes:
        try:
            text = data.decode()
        except UnicodeDecodeError as exc:
            raise InvalidModule(f"{where}: WAT text is not valid UTF-8 (byte {exc.start})") from exc
        try:
            return bytes(wasmtime.wat2wasm(text))
        except wasmtime.WasmtimeError as exc:
            msg = " ".join(str(exc).split("\n")[:3])
            raise InvalidModule(f"{where}: invalid WAT: {msg}") from exc

    # -- commands ------------------------------------------------------------

    def run_command(
        self,
        source: Source | Service,
        args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        dirs: Mapping[str, str] | None = None,
        stdin: Stream = None,
        stdout: Stream = None,
        stderr: Stream = None,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> int:
        """Run a WASI command (``_start``) to completion in a fresh domain; returns its exit code.

        Args:
            source: what :meth:`load` accepts, or a loaded service.
            args: arguments after argv[0] (argv[0] is the service name).
            env: environment variables.
            dirs: preopened directories, ``{"host/path": "/guest/path"}``.
            stdin: ``None`` (inherit), a path, bytes or a readable file object.
            stdout, stderr: ``None`` (inherit), a path, a bytearray or a writable file object.
            memory_limit, fuel, timeout: limits as for :meth:`Service.spawn`.

        Raises:
            ArgumentError: ``args`` is a bare str (give a list).
            ArgumentError: ``stdout``/``stderr`` is a text stream such as ``io.StringIO``.
            InvalidModule: not a WASI command.
            Trap, Timeout, OutOfFuel, OutOfMemory: the program faulted.
        """
        if isinstance(args, (str, bytes)):
            raise ArgumentError(
                f"run_command: args must be a list of strings, not a bare {type(args).__name__} "
                f"(a str would be split into characters): use [{_shorten(str(args), 40)!r}]"
            )
        check_streams(stdout=stdout, stderr=stderr)
        svc = source if isinstance(source, Service) else self.load(source)
        command = Command(list(args), dict(env or {}), dict(dirs or {}), stdin, stdout, stderr)
        return svc.run_command(command, memory_limit=memory_limit, fuel=fuel, timeout=timeout)

    # -- domain table --------------------------------------------------------

    def group(
        self, *, slab_size: int = 100_000, memory_limit: int | None = None, fuel: bool = False, name: str = "group"
    ) -> Any:
        """A :class:`~multipie.domains.wasm.group.DomainGroup`: Wasm domains packed into shared Stores.

        Spawn into it with ``svc.spawn(group=g)``; see ``docs/performance.md`` for
        what grouping keeps (isolation, per-call fuel/timeout, fault containment)
        and what it bounds (instances are freed per slab).
        """
        from multipie.domains.wasm.group import DomainGroup

        self._check_open()
        g = DomainGroup(self, slab_size=slab_size, memory_limit=memory_limit, fuel=fuel, name=name)
        self._groups.add(g)
        return g

    @property
    def domains(self) -> list[Domain]:
        """The live domains of this runtime."""
        return [d for r in list(self._domains) if (d := r()) is not None]

    @property
    def live_domains(self) -> int:
        """How many domains are open."""
        return len(self._domains)

    def release_memory(self) -> None:
        """Hand memory freed by closed domains back to the OS (glibc ``malloc_trim``).

        Closing a domain frees its memory to the allocator at once, where the
        next domains reuse it; after closing many domains, this returns the
        free pages to the kernel too (a no-op where the C library lacks it).
        """
        _malloc_trim()

    def close(self) -> None:
        """Close every domain (and services holding resources, such as VM pools) and stop the ticker."""
        if self._closed:
            return
        for d in self.domains:
            d.close()
        for g in list(self._groups):
            g.close()
        for r in list(self._reserves):  # before the ticker stops: their timed requests need it
            r.close()
        for svc in list(self._services.values()):
            closer = getattr(svc, "close", None)
            if closer is not None:
                closer()
        self._ticker.stop()
        self._closed = True

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals shared by domain kinds ------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise UsageError("this Runtime is closed")

    def _limits(self, *, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        self._check_open()
        if memory_limit is not None and (not isinstance(memory_limit, int) or memory_limit <= 0):
            raise UsageError(f"memory_limit must be a positive number of bytes, got {memory_limit!r}")
        if fuel is not None and (not isinstance(fuel, int) or fuel <= 0):
            raise UsageError(f"fuel must be a positive integer, got {fuel!r}")
        if timeout is not None and (not isinstance(timeout, (int, float)) or not timeout > 0):
            raise UsageError(f"timeout must be a positive number of seconds, got {timeout!r}")
        return Limits(memory_limit if memory_limit is not None else self.memory_limit, fuel, timeout)

    def _track(self, domain: Domain) -> None:
        self._domains[weakref.ref(domain, self._reaper)] = None
        self._spawned += 1
        if self._max_maps is not None and self._spawned % _MAPS_CHECK_EVERY == 0:
            used = _current_maps()
            if used > self._max_maps * 0.9:
                domain.close()
                raise CapacityError(self._capacity_advice(f"{used} memory mappings in use"))

    def _forget(self, domain: Domain) -> None:
        self._domains.pop(weakref.ref(domain), None)  # equal to the tracked ref while domain lives

    def _reaped(self, ref: weakref.ref[Domain]) -> None:
        """A tracked domain was collected without close() (its resources went with it)."""
        self._domains.pop(ref, None)

    def _capacity_advice(self, detail: str) -> str:
        limit = self._max_maps
        return (
            f"cannot create more domains: the process is near the kernel's limit on memory mappings "
            f"(vm.max_map_count = {limit}; {detail}, {self.live_domains} live domains). "
            f"Raise it as root with `sysctl -w vm.max_map_count={max(4 * (limit or 65530), 1 << 20)}`, "
            "or close domains."
        )

    # -- capabilities and sharing (multipie.capabilities, .sharing, .hostfuncs) ----

    def capability(self, domain: Domain, export: str) -> Capability:
        """A revocable capability to call ``domain``'s function export ``export``.

        Granted to another domain's import (``spawn(grants={"env.f": cap})``), calls go
        guest to guest (same capability group) or through a host trampoline (another Store).

        Raises:
            NoSuchExport: no such function export.
            CapabilityError: the domain belongs to another runtime.
            DomainClosed: the domain is closed.
        """
        self._check_open()
        from multipie.domains.wasm.grants import function_capability

        return function_capability(self, domain, export)

    def region(self, size: int, *, name: str = "region") -> Region:
        """A shared region of ``size`` bytes (memfd-backed; ``region.view`` is the host's view).

        Raises:
            UsageError: ``size`` is not a positive int of at most 4 GiB.
        """
        self._check_open()
        from multipie.domains.wasm.grants import table_of
        from multipie.sharing import Region

        return Region(table_of(self), size, name=name)

    def host_function(
        self,
        fn: Callable[..., Any],
        *,
        params: Sequence[str] | None = None,
        results: Sequence[str] | None = None,
        name: str | None = None,
    ) -> Capability:
        """A capability for the Python callable ``fn`` (signature from type hints or given).

        Raises:
            UsageError: ``fn`` is not callable or its signature has no Wasm types.
        """
        self._check_open()
        from multipie.capabilities import CapabilityKind
        from multipie.domains.wasm.grants import table_of
        from multipie.hostfuncs import HostFunction

        host = HostFunction(fn, params=params, results=results, name=name)
        return table_of(self).issue(CapabilityKind.HOST_FUNCTION, f"function {host.type_text}", target=host)

    def _reactor_wasi(self) -> wasmtime.WasiConfig:
        from multipie.domains.wasm.wasi import reactor_wasi

        return reactor_wasi()

    def _bind_grants(self, service: Service, grants: Mapping[str, Any]) -> Any:
        if self._grant_binder is None:
            key, value = next(iter(grants.items()))
            raise CapabilityError(
                f"{service.name}: grant {key!r} is a {type(value).__name__}, not a capability issued by this runtime"
            )
        return self._grant_binder(service, grants)


def raise_map_limit(target: int = 1 << 20) -> bool:
    """Raise ``vm.max_map_count`` to ``target`` when running as root; True on success."""
    current = max_map_count()
    if current is not None and current >= target:
        return True
    try:
        Path("/proc/sys/vm/max_map_count").write_text(str(target))
    except OSError:
        return False
    return True


def _shorten(text: str, limit: int = 80) -> str:
    """``text`` for a message: its repr when it has odd characters, cut to ``limit`` characters."""
    shown = text if text.isprintable() else repr(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _check_options(loader: Any, kind: str, options: dict[str, Any], *, where: str) -> None:
    """Refuse options ``loader`` does not take, naming the valid ones.

    Raises:
        UsageError: an unknown option.
    """
    import inspect

    params = inspect.signature(loader).parameters
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return  # the loader checks its own options
    valid = sorted(n for n, p in params.items() if p.kind is p.KEYWORD_ONLY and n not in ("name", "digest"))
    unknown = sorted(set(options) - set(valid))
    if unknown:
        from multipie.packages.operations import PACKAGE_OPTIONS

        listed = ", ".join(valid + ["allow_imports", *PACKAGE_OPTIONS])
        raise UsageError(
            f"{where}: load() got unknown option(s) {', '.join(map(repr, unknown))} for a {kind} module "
            f"(valid options: {listed})"
        )

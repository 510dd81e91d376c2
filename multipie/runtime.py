"""The Runtime: one per process (or per tenant), owning everything domains share.

Who owns what:

- its :class:`~multipie.host.RuntimeHost`: the table of live domains, default limits,
  the capability table, the fault hooks and each kind's runtime-wide state (Wasm engines,
  epoch ticker and module cache, VM pools), handed to every service it loads;
- the load cache (services by kind and digest) and the reading of sources (paths, WAT
  text, bytes, packages);
- the domain kinds, reached only through :mod:`multipie.domains.registry` (no kind is
  imported here; kinds never import this module).

Services and domains keep a reference to their runtime's host; the host keeps only weak
references to domains.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multipie import libc
from multipie.domains import detect, registry
from multipie.domains.base import Command, Domain, Service, Stream, check_streams
from multipie.errors import ArgumentError, InvalidModule, UsageError
from multipie.host import RuntimeHost, default_cache_dir, max_map_count
from multipie.packages import digestcache

if TYPE_CHECKING:
    from collections.abc import Mapping

    from multipie.capabilities import Capability
    from multipie.sharing import Region

__all__ = ["Runtime", "Source", "max_map_count"]

#: What ``Runtime.load`` accepts: a path, WAT text, or module bytes.
Source = str | os.PathLike[str] | bytes | bytearray | memoryview

_USE_DEFAULT: Any = object()


_malloc_trim = libc.malloc_trim


def _digest_of(data: bytes, read: digestcache.Source | None) -> str:
    """``sha256:<hex>`` of ``data``: remembered from an earlier load when these are a file's bytes as read
    (a WAT file's digest is not its module's)."""
    if read is not None and read.data is data:
        return read.digest
    return digestcache.digest_of(data)


class Runtime:
    """Loads services and runs their domains, all in this process.

    Args:
        cache_dir: directory for compiled artefacts (default ``$MULTIPIE_CACHE_DIR``
            or ``~/.cache/multipie``; ``None``: in memory only).
        memory_limit: default per-domain memory cap in bytes when a spawn gives none.
        engine: Wasmtime settings shared by every engine (see :class:`~multipie.domains.wasm.engine.EngineConfig`).
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
        engine: Any = None,
        tick: float = 0.002,
    ) -> None:
        if cache_dir is _USE_DEFAULT:
            cache_path: Path | None = default_cache_dir()
        else:
            cache_path = Path(cache_dir) if cache_dir is not None else None
        self._host = RuntimeHost(self, memory_limit=memory_limit, cache_dir=cache_path,
                                 options={"engine": engine, "tick": tick})  # fmt: skip
        self._services: dict[tuple[str, str], Service[Any]] = {}
        for kind in registry.OPEN_WITH_RUNTIME:
            self._host.state(kind)

    @property
    def memory_limit(self) -> int | None:
        """Default per-domain memory cap in bytes when a spawn gives none."""
        return self._host.memory_limit

    @memory_limit.setter
    def memory_limit(self, value: int | None) -> None:
        self._host.memory_limit = value

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
        self._host.check_open()
        allow_imports = options.pop("allow_imports", None)
        if kind == "container" or (kind is None and detect.is_container_source(source)):
            backend = registry.backend("container")
            csvc = backend.load(self._host, str(source), name=name, **options)
            known = self._services.setdefault(("container", f"{csvc.digest}?{csvc.name}"), csvc)
            if known is not csvc:
                csvc.close()
            if allow_imports is not None:
                _enforce(known, allow_imports)
            return known
        data, default_name, path, read = self._read_source(source, options)
        if kind is None or kind in detect.TEXT_FORMATS:
            detected = detect.detect_kind(data, where=default_name)
            kind = kind or detected
            binary = detect.TEXT_FORMATS.get(detected)
            if binary is not None:
                from_text = registry.backend(binary).from_text
                assert from_text is not None  # a kind listed in TEXT_FORMATS has one
                data = from_text(data, default_name)
                kind = detect.detect_kind(data, where=default_name)  # a module or a component
        if kind == "wasm" and data[:4] != detect.WASM_MAGIC:
            detect.detect_kind(data, where=default_name)  # raises a precise InvalidModule
            raise InvalidModule(f"{default_name}: not a Wasm module")
        digest = _digest_of(data, read)
        # Loader options (isolation, layers, ...) change what a service is: they are part of its key.
        backend = registry.backend(kind)
        # A kind that takes the source's path (what a program sees as its own path) keys services by it too.
        at = {"path": path} if backend.source_path else {}
        key = (kind, digest if not options and not at else f"{digest}?{sorted({**options, **at}.items())!r}")
        svc = self._services.get(key)
        if svc is None or name not in (None, svc.name):
            _check_options(backend.load, kind, options, where=default_name)
            svc = backend.load(self._host, bytes(data), name=name or default_name or digest[:19], digest=digest,
                               **options, **at)  # fmt: skip
            self._services.setdefault(key, svc)
        if allow_imports is not None:
            _enforce(svc, allow_imports)
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
        service.close()

    def _read_source(
        self, source: Source, options: dict[str, Any]
    ) -> tuple[bytes, str, str | None, digestcache.Source | None]:
        """``(bytes, default name, real host path of a file source or None, the file's bytes and digest)``."""
        # Imported here, and lazily inside: a plain module never pays for the OCI machinery's imports
        # (the registry client alone takes seconds to import on a busy machine).
        from multipie import packages

        if isinstance(source, (bytes, bytearray, memoryview)) or (
            isinstance(source, str) and source.lstrip().startswith(("(", ";;"))
        ):
            data = source.encode() if isinstance(source, str) else bytes(source)
            where = digestcache.digest_of(data)[:19]  # sha256: and 12 hex digits
            packages.reject_plain(options, where=where)  # package options mean nothing for bytes
            return data, where, None, None
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
                read = digestcache.read_file(path, self._host.cache_dir)
                return read.data, path.stem, os.path.realpath(path), read
            except OSError as exc:
                raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
        if packages.is_package_source(str(source)):
            blob = packages.resolve_source(str(source), options)
            return blob.data, blob.name, None, None
        if is_dir:
            raise UsageError(f"{shown}: a directory, but not an OCI image layout (no 'oci-layout' file in it)")
        if isinstance(source, str) and ("(module" in source or "\n" in source):
            raise UsageError(f"{shown}: no such file; if this is WAT text, it must start with '(' or ';;'")
        raise UsageError(f"{shown}: no such file")

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
        self._host.check_open()
        return self._host.state("wasm").group(slab_size=slab_size, memory_limit=memory_limit, fuel=fuel, name=name)

    @property
    def domains(self) -> list[Domain]:
        """The live domains of this runtime."""
        return self._host.live()

    @property
    def live_domains(self) -> int:
        """How many domains are open."""
        return len(self._host.domains)

    def release_memory(self) -> None:
        """Hand memory freed by closed domains and held by idle prepared machines back to the OS.

        Closing a domain frees its memory to the allocator at once, where the
        next domains reuse it, and puts a virtine's or legacy program's machine
        back in its service's pool (up to its size). This closes those idle
        machines (:meth:`Service.release_idle`: their guest memory and KVM fds;
        later spawns prepare new ones) and returns free heap pages to the kernel
        (glibc ``malloc_trim``; a no-op where the C library lacks it).
        """
        for svc in list(self._services.values()):
            svc.release_idle()
        _malloc_trim()

    def close(self) -> None:
        """Close every domain, every service holding resources (VM pools) and each kind's state (ticker, groups)."""
        host = self._host
        if host.closed:
            return
        for d in self.domains:
            d.close()
        for svc in list(self._services.values()):
            svc.close()
        host.close_states()
        host.closed = True

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- capabilities and sharing (multipie.capabilities, .sharing) ----------

    def capability(self, domain: Domain, export: str) -> Capability:
        """A revocable capability to call ``domain``'s function export ``export``.

        Granted to another domain's import (``spawn(grants={"env.f": cap})``), calls go
        guest to guest (same capability group) or through a host trampoline (another Store).

        Raises:
            NoSuchExport: no such function export.
            CapabilityError: the domain belongs to another runtime.
            DomainClosed: the domain is closed.
        """
        self._host.check_open()
        issue = getattr(domain, "function_capability", None)  # a kind with typed exports (components)
        cap: Capability = issue(self._host, export) if issue else self._host.state("wasm").capability(domain, export)
        return cap

    def region(self, size: int, *, name: str = "region") -> Region:
        """A shared region of ``size`` bytes (memfd-backed; ``region.view`` is the host's view).

        Raises:
            UsageError: ``size`` is not a positive int of at most 4 GiB.
        """
        self._host.check_open()
        from multipie.sharing import Region  # shared memory (mmap) only when asked for

        return Region(self._host.capabilities, size, name=name)

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
        self._host.check_open()
        cap: Capability = self._host.state("wasm").host_function(fn, params=params, results=results, name=name)
        return cap


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


def _enforce(svc: Service[Any], allow_imports: Any) -> None:
    """Refuse a service whose imports ``allow_imports`` does not grant (``PolicyViolation``)."""
    from multipie.packages.policy import enforce  # only apps with an allow-list pay for the policy module

    enforce(svc.imports, allow_imports, where=svc.name)


def _check_options(loader: Any, kind: str, options: dict[str, Any], *, where: str) -> None:
    """Refuse options ``loader`` does not take, naming the valid ones.

    Raises:
        UsageError: an unknown option.
    """
    if not options:
        return
    import inspect  # only when options are given (a plain run gives none)

    params = inspect.signature(loader).parameters
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return  # the loader checks its own options
    valid = sorted(n for n, p in params.items() if p.kind is p.KEYWORD_ONLY and n not in ("name", "digest"))
    unknown = sorted(set(options) - set(valid))
    if unknown:
        from multipie.packages.options import PACKAGE_OPTIONS

        listed = ", ".join(valid + ["allow_imports", *PACKAGE_OPTIONS])
        raise UsageError(
            f"{where}: load() got unknown option(s) {', '.join(map(repr, unknown))} for a {kind} module "
            f"(valid options: {listed})"
        )

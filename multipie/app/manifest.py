"""The app manifest, ``multipie.toml``: pydantic models and error reporting that points at the line.

A manifest declares an app's services (where their code comes from, their
limits, HTTP routes, handler ABI and instance policy), the shared regions
the runtime creates for them, and the grants wiring them together::

    [app]
    name = "notes"
    build = "guest"                    # guest sources built (incrementally) into build/ first

    [regions.notes]
    size = "64KiB"

    [services.front]
    source = "build/front.wasm"        # path, OCI layout/tar, or HOST/REPO@sha256:...
    route = "/..."                     # "/..." = this prefix and everything below it
    timeout = 2.0
    memory = "4MiB"

    [services.front.grants]
    "env.render" = "render.render"     # import -> SERVICE.EXPORT (a function capability)
    "env.notes" = { region = "notes", writable = false }

Every mistake becomes one :class:`~multipie.errors.ManifestError` whose
message names the file, the line (when the key is written in the file), the
key path (``services.front.timeout``) and what was expected.

This module only parses and validates; :mod:`multipie.app.loader` turns a
:class:`Manifest` into running services.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from multipie.errors import ManifestError, UsageError

__all__ = [
    "AppSection",
    "Autoscale",
    "FunctionGrant",
    "Manifest",
    "RegionGrant",
    "RegionSpec",
    "ServiceSpec",
    "load_manifest",
    "parse_manifest",
    "parse_size",
    "route_matches",
    "MANIFEST_NAME",
    "RESERVED_PATHS",
]

#: The file ``multipie up DIR`` looks for.
MANIFEST_NAME = "multipie.toml"
#: Longest timeout a ``run = "inline"`` service may have (it blocks the event loop while it runs).
INLINE_MAX_TIMEOUT = 0.25
#: Paths the gateway itself answers; no route may claim them.
RESERVED_PATHS = ("/metrics",)

_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,62}$")
_IMPORT_KEY = re.compile(r"^[^.\s]+\.[^\s]+$")
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "kb": 1000, "kib": 1 << 10, "m": 1 << 20, "mb": 1000**2, "mib": 1 << 20}
_UNITS.update({"g": 1 << 30, "gb": 1000**3, "gib": 1 << 30})
_SIZE = re.compile(r"^\s*(\d+)\s*([a-zA-Z]*)\s*$")


def parse_size(value: object) -> int:
    """Bytes from an int or a string such as ``"64KiB"``, ``"16MiB"``, ``"1GiB"``.

    Raises:
        ValueError: not a positive size (the message says what is accepted).
    """
    if isinstance(value, bool):
        raise ValueError("expected a size in bytes (an integer or a string like '64KiB'), got a boolean")
    if isinstance(value, int):
        n = value
    elif isinstance(value, str):
        m = _SIZE.match(value)
        unit = m.group(2).lower() if m else ""
        if not m or unit not in _UNITS:
            raise ValueError(f"expected a size like 65536, '64KiB', '16MiB' or '1GiB', got {value!r}")
        n = int(m.group(1)) * _UNITS[unit]
    else:
        raise ValueError(f"expected a size in bytes (an integer or a string like '64KiB'), got {value!r}")
    if n <= 0:
        raise ValueError(f"expected a positive size, got {value!r}")
    return n


Size = Annotated[int, BeforeValidator(parse_size)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AppSection(_Model):
    """``[app]``: name, guest sources to build, defaults for every service, and the supply-chain policy.

    ``require_signature``, ``trust_policy`` (a trust-policy file) and ``trusted_keys`` (public keys)
    apply to every package source (see docs/packages.md); a ``multipie.lock`` beside the manifest
    pins every package source to a digest.
    """

    name: str | None = None
    build: str | None = Field(default=None, description="directory of guest sources, built into build/ first")
    max_body: Size = 1 << 20
    shutdown_grace: float = Field(default=5.0, gt=0, le=120)
    header_timeout: float = Field(default=10.0, gt=0, le=300, description="seconds a request head may take")
    body_timeout: float = Field(default=30.0, gt=0, le=3600, description="seconds a request body may take")
    metrics: Literal["public", "admin"] = Field(
        default="public", description="serve /metrics on the public listener too, or on the admin port only"
    )
    require_signature: bool = False
    trust_policy: str | None = None
    trusted_keys: list[str] = Field(default_factory=list)
    #: Scale-out only (``multipie up --ray``): how Ray spreads replicas over nodes (docs/scale-out.md).
    placement: Literal["spread", "pack"] = "spread"


class RegionSpec(_Model):
    """``[regions.NAME]``: a shared region the runtime creates (one memfd) and services may be granted."""

    size: Size

    @field_validator("size")
    @classmethod
    def _pages(cls, v: int) -> int:
        if v % 65536:
            raise ValueError(f"expected a multiple of 64 KiB (Wasm pages), got {v} bytes")
        return v


class RegionGrant(_Model):
    """A grant of a shared region to a memory import: ``{ region = "notes", writable = false }``."""

    region: str
    writable: bool = False


class FunctionGrant(_Model):
    """A grant of another service's export to a function import (written ``"SERVICE.EXPORT"``)."""

    service: str
    export: str


def _parse_grant(value: object) -> object:
    if isinstance(value, str):
        service, dot, export = value.partition(".")
        if not dot or not service or not export:
            raise ValueError(f"expected 'SERVICE.EXPORT' or {{ region = \"NAME\" }}, got {value!r}")
        return FunctionGrant(service=service, export=export)
    if isinstance(value, dict):
        unknown = [k for k in value if k not in RegionGrant.model_fields]
        if unknown:
            hint = difflib.get_close_matches(unknown[0], list(RegionGrant.model_fields), n=1)
            extra = f" (did you mean {hint[0]!r}?)" if hint else " (expected region and writable)"
            raise ValueError(f"unknown key {unknown[0]!r} in a region grant{extra}")
        if not isinstance(value.get("region"), str):
            raise ValueError('a region grant needs region = "NAME" (a [regions.NAME] table)')
        if not isinstance(value.get("writable", False), bool):
            raise ValueError(f"writable: expected true or false, got {value['writable']!r}")
        return RegionGrant(region=value["region"], writable=value.get("writable", False))
    raise ValueError(f"expected 'SERVICE.EXPORT' or {{ region = \"NAME\" }}, got {value!r}")


Grant = Annotated[FunctionGrant | RegionGrant, BeforeValidator(_parse_grant)]


class Autoscale(_Model):
    """``replicas = { min = 1, max = 4, target = 8 }``: scale-out replicas chosen from load.

    ``target`` is the number of requests in flight per replica the autoscaler aims at.
    """

    min: int = Field(default=1, ge=1, le=1000)
    max: int = Field(ge=1, le=1000)
    target: int = Field(default=8, ge=1, le=100_000)

    @model_validator(mode="after")
    def _ordered(self) -> Autoscale:
        if self.min > self.max:
            raise ValueError(f"replicas: min ({self.min}) must not exceed max ({self.max})")
        return self


class ServiceSpec(_Model):
    """``[services.NAME]``: one service of the app.

    Attributes mirror the TOML keys: ``source`` (path relative to the manifest,
    OCI layout/tar, or reference), ``kind``, ``digest`` (pin), ``abi``
    (``"http"`` zero-copy or ``"wagi"``), ``route``/``routes``, ``instances``
    (``"fresh"`` per request or ``"reuse"``), ``run`` (``"thread"``: in a worker
    thread; ``"inline"``: on the event loop, fastest, for short timeouts only),
    ``pool`` (pre-created domains),
    ``max_concurrency``/``queue`` (503 beyond), ``memory``, ``fuel``,
    ``timeout``, ``max_body``, ``env`` and ``files`` (WAGI only), ``grants``,
    ``outgoing`` (``host:port`` a ``wasi:http/proxy`` component may send requests to);
    ``replicas`` and ``placement`` apply only when scaled out on Ray (docs/scale-out.md).
    Legacy programs (Linux executables and container images) also take ``net`` (host
    addresses their domains may reach, ``"connect:HOST:PORT"``/``"listen:HOST:PORT"``, denied by
    default) and, for a program from the host, ``host_root`` (``"system"``, ``"derived"`` or
    ``"none"``: what of the host it sees; docs/legacy.md).
    """

    source: str
    kind: str | None = None
    require_signature: bool | None = None
    digest: str | None = Field(default=None, pattern=r"^sha256:[0-9a-f]{64}$")
    abi: Literal["http", "wagi"] = "http"
    route: str | None = None
    routes: list[str] = Field(default_factory=list)
    instances: Literal["fresh", "reuse"] = "fresh"
    run: Literal["thread", "inline"] = "thread"
    pool: int = Field(default=4, ge=0, le=10_000)
    max_concurrency: int = Field(default=64, ge=1, le=100_000)
    queue: int = Field(default=256, ge=0, le=1_000_000)
    memory: Size = 64 << 20
    fuel: int | None = Field(default=None, gt=0)
    timeout: float = Field(default=5.0, gt=0, le=3600)
    max_body: Size | None = None
    env: dict[str, str] = Field(default_factory=dict)
    files: dict[str, str] = Field(default_factory=dict)
    grants: dict[str, Grant] = Field(default_factory=dict)
    outgoing: list[Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]+:[0-9]{1,5}$")]] = Field(default_factory=list)
    replicas: Annotated[int, Field(ge=1, le=1000)] | Autoscale = 1
    placement: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_-]{0,62}$")
    net: list[str] = Field(default_factory=list)
    host_root: Literal["system", "derived", "none"] | None = None

    @field_validator("net", mode="after")
    @classmethod
    def _net_ok(cls, v: list[str]) -> list[str]:
        if not v:
            return v
        from multipie.resources.net.policy import NetGrant  # the network package only when a grant is written

        for spec in v:
            try:
                NetGrant.parse(spec)
            except UsageError as exc:
                raise ValueError(str(exc)) from None
        return v

    @field_validator("route", "routes", mode="after")
    @classmethod
    def _routes_ok(cls, v: Any) -> Any:
        for r in [v] if isinstance(v, str) else v or []:
            _check_route(r)
        return v

    @field_validator("grants", mode="after")
    @classmethod
    def _grant_keys(cls, v: dict[str, Any]) -> dict[str, Any]:
        for key in v:
            if not _IMPORT_KEY.match(key):
                raise ValueError(f"grant key {key!r}: expected an import name 'MODULE.NAME' such as 'env.render'")
        return v

    @field_validator("files", mode="after")
    @classmethod
    def _files_ok(cls, v: dict[str, str]) -> dict[str, str]:
        for guest in v:
            if not guest.startswith("/"):
                raise ValueError(f"files key {guest!r}: expected an absolute guest path such as '/static'")
        return v

    @model_validator(mode="after")
    def _abi_fits(self) -> ServiceSpec:
        if self.abi == "wagi" and self.grants:
            raise ValueError("grants need abi = 'http' (a WAGI program is a WASI command: its imports are WASI only)")
        if self.abi == "http" and (self.env or self.files):
            raise ValueError("env and files apply to abi = 'wagi' services (CGI environment and preopened dirs)")
        if self.abi == "wagi" and self.instances == "reuse":
            raise ValueError("instances = 'reuse' needs abi = 'http' (a WAGI command runs once per request)")
        if self.run == "inline" and self.timeout > INLINE_MAX_TIMEOUT:
            raise ValueError(
                f"run = 'inline' needs timeout <= {INLINE_MAX_TIMEOUT} s (an inline handler holds the event loop "
                f"while it runs), got {self.timeout}"
            )
        return self

    @property
    def all_routes(self) -> list[str]:
        """``route`` and ``routes`` together."""
        return ([self.route] if self.route else []) + list(self.routes)


class Manifest(_Model):
    """A whole ``multipie.toml``: ``[app]``, ``[regions.*]`` and ``[services.*]``."""

    app: AppSection = Field(default_factory=AppSection)
    regions: dict[str, RegionSpec] = Field(default_factory=dict)
    services: dict[str, ServiceSpec]

    @field_validator("services", mode="after")
    @classmethod
    def _some(cls, v: dict[str, ServiceSpec]) -> dict[str, ServiceSpec]:
        if not v:
            raise ValueError("expected at least one [services.NAME] table")
        for name in v:
            if not _NAME.match(name):
                raise ValueError(f"service name {name!r}: expected lowercase letters, digits, '-' or '_'")
        return v

    @model_validator(mode="after")
    def _wiring(self) -> Manifest:
        seen: dict[str, str] = {}
        for name, svc in self.services.items():
            for r in svc.all_routes:
                if r in seen:
                    raise _KeyError(
                        ("services", name, "route"), f"route {r!r} is already served by service {seen[r]!r}"
                    )
                seen[r] = name
            for key, g in svc.grants.items():
                where = ("services", name, "grants", key)
                if isinstance(g, FunctionGrant):
                    if g.service not in self.services:
                        raise _KeyError(where, f"grant names unknown service {g.service!r} ({_known(self.services)})")
                    if g.service == name:
                        raise _KeyError(where, f"service {name!r} cannot be granted its own export")
                elif g.region not in self.regions:
                    raise _KeyError(where, f"grant names unknown region {g.region!r} ({_known(self.regions)})")
        _check_cycles(self)
        return self


class _KeyError(ValueError):
    """A cross-field error that knows which key it is about."""

    def __init__(self, loc: tuple[str, ...], message: str) -> None:
        super().__init__(message)
        self.loc = loc
        self.message = message


def _known(names: dict[str, Any]) -> str:
    return "defined: " + (", ".join(sorted(names)) or "none")


def _check_route(r: str) -> None:
    if not r.startswith("/"):
        raise ValueError(f"route {r!r}: expected a path starting with '/', such as '/api/...'")
    if "..." in r[:-3] or ("..." in r and not r.endswith("/...")):
        raise ValueError(f"route {r!r}: '...' (wildcard suffix) is allowed only at the end, after a '/'")
    if any(c in r for c in "?#* \t"):
        raise ValueError(f"route {r!r}: expected a plain path ('/...' as the only wildcard)")
    base = r.removesuffix("/...") or "/"
    for reserved in RESERVED_PATHS:
        if base == reserved:
            raise ValueError(f"route {r!r}: {reserved} is reserved for the gateway")


def route_matches(route: str, path: str) -> bool:
    """True when ``path`` is served by ``route`` (exact, or under a ``/...`` wildcard suffix)."""
    if route.endswith("/..."):
        prefix = route[:-4]
        return path == prefix or path.startswith(prefix + "/") or prefix == ""
    return path == route


def _check_cycles(m: Manifest) -> None:
    state: dict[str, int] = {}

    def visit(name: str, chain: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise _KeyError(("services", name, "grants"), "grants form a cycle: " + " -> ".join([*chain, name]))
        state[name] = 1
        for g in m.services[name].grants.values():
            if isinstance(g, FunctionGrant):
                visit(g.service, [*chain, name])
        state[name] = 2

    for name in m.services:
        visit(name, [])


# -- error reporting ---------------------------------------------------------


def _locate(text: str, loc: tuple[str | int, ...]) -> int | None:
    """Best-effort line number (1-based) of the key at ``loc`` in TOML ``text``."""
    keys = [str(k) for k in loc]
    table: list[str] = []
    best: int | None = None
    best_depth = -1
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("["):
            name = line.strip("[] \t")
            table = [p.strip().strip('"') for p in _split_dotted(name)]
            depth = _prefix_depth(table, keys)
            if depth == len(table) and depth > best_depth:
                best, best_depth = i, depth
            continue
        key, eq, _ = line.partition("=")
        if not eq or line.startswith("#"):
            continue
        full = table + [p.strip().strip('"') for p in _split_dotted(key.strip())]
        depth = _prefix_depth(full, keys)
        if depth == len(full) and depth > best_depth:
            best, best_depth = i, depth
    return best


def _split_dotted(name: str) -> list[str]:
    parts, cur, quoted = [], "", False
    for c in name:
        if c == '"':
            quoted = not quoted
        elif c == "." and not quoted:
            parts.append(cur)
            cur = ""
            continue
        cur += c
    parts.append(cur)
    return parts


def _prefix_depth(have: list[str], want: list[str]) -> int:
    n = 0
    for a, b in zip(have, want):
        if a != b:
            break
        n += 1
    return n


_FIELDS: dict[str, list[str]] = {
    "": list(Manifest.model_fields),
    "app": list(AppSection.model_fields),
    "services": list(ServiceSpec.model_fields),
    "regions": list(RegionSpec.model_fields),
}


def _describe(err: dict[str, Any]) -> str:
    typ = err["type"]
    loc = [str(x) for x in err["loc"] if not str(x).startswith(("function-", "FunctionGrant", "RegionGrant"))]
    if typ == "extra_forbidden":
        section = loc[0] if len(loc) > 1 else ""
        key = loc[-1]
        choices = _FIELDS.get(section, [])
        if section == "services" and "grants" in loc:
            choices = list(RegionGrant.model_fields)
        hint = difflib.get_close_matches(key, choices, n=1)
        extra = f" (did you mean {hint[0]!r}?)" if hint else f" (expected one of: {', '.join(choices)})"
        return f"unknown key {key!r}{extra}"
    if typ == "missing":
        return f"missing required key {loc[-1]!r}"
    msg = str(err["msg"]).removeprefix("Value error, ")
    if "input" in err and typ not in ("value_error",) and not isinstance(err["input"], dict):
        msg += f", got {err['input']!r}"
    return msg


def _clean_loc(loc: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(str(x) for x in loc if not str(x).startswith(("function-", "FunctionGrant", "RegionGrant")))


def parse_manifest(text: str, *, path: str = MANIFEST_NAME) -> Manifest:
    """Parse and validate manifest ``text``; ``path`` names it in errors.

    Raises:
        ManifestError: the text is not valid TOML or not a valid manifest; the
            message is ``PATH:LINE: KEY: what was wrong and what was expected``.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f"{path}:{m.group(1)}" if m else path
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ManifestError(f"{where}: invalid TOML: {detail}") from exc
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            ctx_err = (err.get("ctx") or {}).get("error")
            if isinstance(ctx_err, _KeyError):
                loc, msg = ctx_err.loc, ctx_err.message
            else:
                loc, msg = _clean_loc(err["loc"]), _describe(dict(err))
            line = _locate(text, loc)
            where = f"{path}:{line}" if line else path
            key = ".".join(f'"{k}"' if "." in k else k for k in loc) or "(top level)"
            lines.append(f"{where}: {key}: {msg}")
        raise ManifestError("\n".join(lines)) from None


def load_manifest(location: str | Path) -> tuple[Manifest, Path]:
    """Read ``location`` (a ``multipie.toml`` or a directory holding one); returns (manifest, app dir).

    Raises:
        ManifestError: the file is missing, unreadable or invalid.
    """
    p = Path(location)
    file = p / MANIFEST_NAME if p.is_dir() else p
    if not file.is_file():
        what = f"{p} has no {MANIFEST_NAME}" if p.is_dir() else f"{file}: no such manifest file"
        raise ManifestError(f"{what} (expected an app directory or the path of its {MANIFEST_NAME})")
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{file}: cannot read: {exc}") from exc
    return parse_manifest(text, path=str(file)), file.parent.resolve()

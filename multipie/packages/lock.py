"""``multipie.lock``: every package source of an app pinned to the digest it resolved to.

The lock maps a source exactly as the app names it (a registry reference, a
layout directory or a tar) to the digest of the manifest (or index) it
resolved to when locked. Loading with a lock fetches registry references by
that digest and refuses any source whose digest differs
(:class:`~multipie.errors.DigestMismatch`) or that the lock does not list.

File format (TOML, written by :func:`write_lock`)::

    # multipie.lock: written by `multipie lock`; do not edit by hand.
    version = 1

    [references]
    "127.0.0.1:5000/demo/add:v1" = "sha256:4f0c..."
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from multipie.errors import DigestMismatch, PackageError
from multipie.packages.digest import parse_digest

__all__ = ["LOCK_NAME", "Lock", "collect_references", "lock_references", "write_lock"]

LOCK_NAME = "multipie.lock"


class Lock:
    """Pinned digests by source string.

    Args:
        pins: ``{source: "sha256:..."}``.
        where: where the lock came from (for messages).
    """

    def __init__(self, pins: Mapping[str, str], *, where: str = LOCK_NAME) -> None:
        self.where = where
        self.pins = {k: parse_digest(v, where=f"{where}: {k}") for k, v in pins.items()}

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Lock:
        """Read a lock file.

        Raises:
            PackageError: unreadable or malformed.
        """
        p = Path(path)
        try:
            doc = tomllib.loads(p.read_text())
        except OSError as exc:
            raise PackageError(f"{p}: cannot read lock file: {exc.strerror}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PackageError(f"{p}: malformed lock file: {exc}") from exc
        if doc.get("version") != 1:
            raise PackageError(f"{p}: unsupported lock version {doc.get('version')!r} (expected 1)")
        refs = doc.get("references", {})
        if not isinstance(refs, dict) or not all(isinstance(v, str) for v in refs.values()):
            raise PackageError(f"{p}: [references] must map sources to digest strings")
        return cls(refs, where=str(p))

    @classmethod
    def coerce(cls, value: Any) -> Lock:
        """A :class:`Lock` from a Lock, a mapping, or a path to a lock file."""
        if isinstance(value, Lock):
            return value
        if isinstance(value, Mapping):
            return cls(value, where="lock")
        if isinstance(value, (str, os.PathLike)):
            return cls.load(value)
        raise PackageError(f"lock must be a path, a mapping or a Lock, not {type(value).__name__}")

    def pinned(self, source: str) -> str:
        """The digest ``source`` is pinned to.

        Raises:
            PackageError: the lock does not list ``source``.
        """
        digest = self.pins.get(source)
        if digest is None:
            raise PackageError(f"{source}: not pinned in {self.where}; run `multipie lock` again")
        return digest

    def check(self, source: str, digest: str) -> None:
        """Refuse ``source`` unless it resolved to its pinned digest.

        Raises:
            DigestMismatch: it resolved to another digest.
            PackageError: the lock does not list it.
        """
        expected = self.pinned(source)
        if digest != expected:
            raise DigestMismatch(f"{source}: digest mismatch with {self.where}: expected {expected}, got {digest}")


def write_lock(path: str | os.PathLike[str], pins: Mapping[str, str]) -> Path:
    """Write ``pins`` as a lock file (atomically); returns its path.

    Raises:
        PackageError: cannot be written.
    """
    p = Path(path)
    lines = ["# multipie.lock: written by `multipie lock`; do not edit by hand.", "version = 1", "", "[references]"]
    for source in sorted(pins):
        lines.append(f"{json.dumps(source)} = {json.dumps(parse_digest(pins[source], where=source))}")
    tmp = p.with_name(f".{p.name}.tmp")
    try:
        tmp.write_text("\n".join(lines) + "\n")
        os.replace(tmp, p)
    except OSError as exc:
        raise PackageError(f"{p}: cannot write lock file: {exc.strerror}") from exc
    return p


def collect_references(path: str | os.PathLike[str]) -> list[str]:
    """Every package source named in an app manifest (``.toml``) or a list file (one per line).

    In a TOML manifest every string value (at any depth) that is a registry
    reference, or an existing layout directory or ``.tar`` relative to the
    manifest, is collected. In a list file, each non-empty line not starting
    with ``#``.

    Raises:
        PackageError: the file cannot be read or parsed.
    """
    from multipie.packages.source import is_package_source

    p = Path(path)
    try:
        text = p.read_text()
    except OSError as exc:
        raise PackageError(f"{p}: cannot read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise PackageError(f"{p}: not UTF-8 text") from exc
    if p.suffix == ".toml":
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise PackageError(f"{p}: malformed TOML: {exc}") from exc
        found: list[str] = []

        def walk(v: Any) -> None:
            if isinstance(v, str):
                if is_package_source(v) or (len(v) < 4096 and is_package_source(str(p.parent / v))):
                    found.append(v)
            elif isinstance(v, dict):
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)

        walk(doc)
        return list(dict.fromkeys(found))
    lines = [ln.strip() for ln in text.splitlines()]
    return list(dict.fromkeys(ln for ln in lines if ln and not ln.startswith("#")))


def lock_references(
    refs: Iterable[str], *, base: str | os.PathLike[str] | None = None, **options: Any
) -> dict[str, str]:
    """Resolve each source to the digest of what it names now.

    Args:
        refs: registry references, layout directories or tars.
        base: directory relative paths are resolved against (the app manifest's); keys stay as given.
        options: ``store=``, ``insecure=`` as for :func:`multipie.packages.resolve_source`.

    Returns:
        ``{source: "sha256:..."}``.

    Raises:
        PackageError: a source cannot be resolved (unreachable, malformed).
    """
    from multipie.packages.source import is_package_source, open_source

    pins: dict[str, str] = {}
    for ref in refs:
        target = ref
        if base is not None and not Path(ref).is_absolute() and is_package_source(str(Path(base) / ref)):
            target = str(Path(base) / ref)
        with open_source(target, **options) as src:
            pins[ref] = src.identity()
    return pins

"""OCI content descriptors and the strict JSON parsing every package document goes through.

A descriptor (``mediaType``, ``digest``, ``size``, optional ``annotations``,
``artifactType``, ``platform``) is how one OCI document points at another;
:func:`parse_descriptor` is the single place one is read from untrusted JSON,
so a wrong type, a negative or absurd size or a non-sha256 digest is refused
the same way in layouts, tars and registry responses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from multipie.errors import PackageError
from multipie.packages.digest import digest_of, parse_digest

__all__ = ["MAX_BLOB", "MAX_JSON", "Descriptor", "load_json", "parse_descriptor", "to_json_bytes"]

#: Largest manifest, index or config accepted (the registry spec's 4 MiB manifest limit).
MAX_JSON = 4 << 20
#: Largest blob accepted (a module, image or layer).
MAX_BLOB = 1 << 30


@dataclass(frozen=True)
class Descriptor:
    """A typed, verified-shape pointer to a blob: what it is, its digest and exact size."""

    media_type: str
    digest: str
    size: int
    annotations: dict[str, str] = field(default_factory=dict, compare=False)
    artifact_type: str | None = field(default=None, compare=False)
    platform: dict[str, Any] | None = field(default=None, compare=False)

    @classmethod
    def of(cls, media_type: str, data: bytes, **kw: Any) -> Descriptor:
        """The descriptor of ``data`` (digest and size computed)."""
        return cls(media_type, digest_of(data), len(data), **kw)

    def to_json(self) -> dict[str, Any]:
        """The descriptor as OCI JSON (keys in spec spelling)."""
        out: dict[str, Any] = {"mediaType": self.media_type, "digest": self.digest, "size": self.size}
        if self.artifact_type:
            out["artifactType"] = self.artifact_type
        if self.platform:
            out["platform"] = self.platform
        if self.annotations:
            out["annotations"] = dict(self.annotations)
        return out

    @property
    def ref_name(self) -> str | None:
        """The ``org.opencontainers.image.ref.name`` annotation (a tag in a layout's index)."""
        return self.annotations.get("org.opencontainers.image.ref.name")


def parse_descriptor(obj: object, *, where: str, max_size: int = MAX_BLOB) -> Descriptor:
    """A :class:`Descriptor` from untrusted JSON.

    Raises:
        PackageError: not an object, a field missing or of the wrong type, a size
            below 0 or above ``max_size``, or a digest that is not sha256.
    """
    if not isinstance(obj, dict):
        raise PackageError(f"{where}: descriptor must be a JSON object, got {type(obj).__name__}")
    media_type = obj.get("mediaType")
    if not isinstance(media_type, str) or not media_type:
        raise PackageError(f"{where}: descriptor has no mediaType")
    digest = parse_digest(obj.get("digest"), where=where)
    size = obj.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PackageError(f"{where}: descriptor size must be a non-negative integer, got {size!r}")
    if size > max_size:
        raise PackageError(f"{where}: blob {digest} claims {size} bytes, over the {max_size}-byte limit")
    annotations = obj.get("annotations") or {}
    if not isinstance(annotations, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in annotations.items()
    ):
        raise PackageError(f"{where}: annotations must map strings to strings")
    artifact_type = obj.get("artifactType")
    if artifact_type is not None and not isinstance(artifact_type, str):
        raise PackageError(f"{where}: artifactType must be a string")
    platform = obj.get("platform")
    if platform is not None and not isinstance(platform, dict):
        raise PackageError(f"{where}: platform must be an object")
    return Descriptor(media_type, digest, size, dict(annotations), artifact_type, platform)


def load_json(data: bytes, *, where: str) -> dict[str, Any]:
    """Parse a JSON object from untrusted bytes.

    Raises:
        PackageError: not UTF-8, not JSON, too deeply nested, or not an object.
    """
    try:
        obj = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PackageError(f"{where}: not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise PackageError(f"{where}: malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise PackageError(f"{where}: JSON nested too deeply") from None
    if not isinstance(obj, dict):
        raise PackageError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    return obj


def to_json_bytes(obj: dict[str, Any]) -> bytes:
    """Canonical bytes for a document multiPIE writes (sorted keys, no spaces): same input, same digest."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

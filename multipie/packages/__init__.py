"""Packages and the trusted supply chain: OCI images, digests, signatures, locks, policy.

Who owns what (one concept per module):

- :mod:`.digest` — sha256 digests; verifying bytes and streams against them.
- :mod:`.descriptor` — OCI descriptors and strict JSON parsing of package documents.
- :mod:`.mediatypes` — the media types read and written (OCI, Docker, CNCF Wasm, cosign, virtine).
- :mod:`.files` / :mod:`.tar` — read-only views of a directory or a vetted tar; deterministic tar writing.
- :mod:`.layout` — OCI image layouts: read (verifying every blob) and write.
- :mod:`.image` — from a manifest to the module it carries; building Wasm artifacts.
- :mod:`.store` — the content-addressed blob store shared by every app.
- :mod:`.reference` — ``HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]``.
- :mod:`.registry` — push/pull through the ``oras`` client, verifying what comes back.
- :mod:`.source` — one interface over layouts, tars, docker archives and registries.
- :mod:`.signing` — Ed25519 signatures (cosign's tag layout) and the trust policy.
- :mod:`.lock` — ``multipie.lock``: sources pinned to digests.
- :mod:`.policy` — a module's imports as its requested authority; refusing what is not granted.
- :mod:`.options` — the load options a package takes (light: plain loads import only this).
- :mod:`.operations` — the verbs: resolve (what ``Runtime.load`` uses), pack, push, pull, sign, verify.

The runtime integration is :func:`is_package_source` and :func:`resolve_source`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multipie.packages.lock import Lock, collect_references, lock_references, write_lock
    from multipie.packages.operations import (
        PACKAGE_OPTIONS,
        Blob,
        pack,
        pull,
        push,
        reject_plain,
        resolve_source,
        sign,
        verify,
    )
    from multipie.packages.policy import enforce, needs, needs_line
    from multipie.packages.reference import Reference, parse_reference
    from multipie.packages.signing import TrustPolicy, generate_keypair
    from multipie.packages.source import is_package_source, open_source
    from multipie.packages.store import BlobStore, default_store_dir

#: Where each public name lives. Imported on first use (PEP 562): ``Runtime.load`` of a plain
#: file touches only :mod:`.options`, so it never pays for oras, requests or cryptography.
_HOMES = {
    "Lock": "lock",
    "collect_references": "lock",
    "lock_references": "lock",
    "write_lock": "lock",
    "PACKAGE_OPTIONS": "options",
    "reject_plain": "options",
    "Blob": "operations",
    "pack": "operations",
    "pull": "operations",
    "push": "operations",
    "resolve_source": "operations",
    "sign": "operations",
    "verify": "operations",
    "enforce": "policy",
    "needs": "policy",
    "needs_line": "policy",
    "Reference": "reference",
    "parse_reference": "reference",
    "TrustPolicy": "signing",
    "generate_keypair": "signing",
    "is_package_source": "source",
    "open_source": "source",
    "BlobStore": "store",
    "default_store_dir": "store",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'multipie.packages' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"multipie.packages.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "PACKAGE_OPTIONS",
    "Blob",
    "BlobStore",
    "Lock",
    "Reference",
    "TrustPolicy",
    "collect_references",
    "default_store_dir",
    "enforce",
    "generate_keypair",
    "is_package_source",
    "lock_references",
    "needs",
    "needs_line",
    "open_source",
    "pack",
    "parse_reference",
    "pull",
    "push",
    "reject_plain",
    "resolve_source",
    "sign",
    "verify",
    "write_lock",
]

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
- :mod:`.operations` — the verbs: resolve (what ``Runtime.load`` uses), pack, push, pull, sign, verify.

The runtime integration is :func:`is_package_source` and :func:`resolve_source`.
"""

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

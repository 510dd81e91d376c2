"""A node-local content-addressed blob store: the exact, verified bytes of every service a replica runs.

The driver resolves each service once (paths, OCI packages with their signature
and lock checks, registry references) and ships the module bytes through Ray's
object store; each node keeps them under ``$MULTIPIE_CACHE_DIR/blobs/sha256/HEX``
(written atomically, re-verified on every read), so a replica restarted on a node
that has them loads nothing over the network. A blob whose bytes do not hash to
its name is deleted and refused (:class:`~multipie.errors.DigestMismatch`); the
replica's app then checks the module digest the manifest pins, so every node runs
exactly the locked code.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from multipie.errors import DigestMismatch, UsageError
from multipie.host import default_cache_dir

__all__ = ["BlobStore", "digest_of"]


def digest_of(data: bytes) -> str:
    """``sha256:<hex>`` of ``data``."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


class BlobStore:
    """Blobs by digest in ``root`` (default ``$MULTIPIE_CACHE_DIR/blobs``)."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else default_cache_dir() / "blobs"

    def path(self, digest: str) -> Path:
        """Where the blob ``digest`` lives (it may not exist yet).

        Raises:
            UsageError: ``digest`` is not ``sha256:<64 hex>``.
        """
        algo, _, hexd = digest.partition(":")
        if algo != "sha256" or len(hexd) != 64 or any(c not in "0123456789abcdef" for c in hexd):
            raise UsageError(f"blob digest {digest!r}: expected 'sha256:' and 64 lowercase hex digits")
        return self.root / "sha256" / hexd

    def put(self, data: bytes, digest: str | None = None) -> Path:
        """Store ``data`` (checked against ``digest`` when given); returns its path.

        Raises:
            DigestMismatch: ``data`` does not hash to ``digest``.
        """
        actual = digest_of(data)
        if digest is not None and digest != actual:
            raise DigestMismatch(f"blob should be {digest} but its bytes hash to {actual}: refused")
        p = self.path(actual)
        if p.is_file() and self.get(actual) is not None:
            return p
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, p)  # atomic: a reader never sees half a blob
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return p

    def get(self, digest: str) -> Path | None:
        """The path of blob ``digest`` if present and intact (a corrupt one is deleted); else ``None``."""
        p = self.path(digest)
        try:
            data = p.read_bytes()
        except OSError:
            return None
        if digest_of(data) != digest:
            p.unlink(missing_ok=True)
            return None
        return p

"""The content-addressed local blob store shared by every app on the machine.

Layout on disk (the ``blobs/`` half of an OCI image layout)::

    <root>/sha256/<hex>          one file per blob, named by its digest
    <root>/tmp/                  staging for writes in progress

A blob enters the store only after its bytes were hashed and matched the
digest it is filed under (write to ``tmp``, verify, then an atomic rename),
and every read hashes again, so a file corrupted or replaced on disk is
reported as a :class:`~multipie.errors.DigestMismatch` instead of being used.
Nothing outside ``<root>`` is ever written. Two apps that use the same blob
share one file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from multipie.errors import PackageError
from multipie.host import default_cache_dir
from multipie.packages.digest import digest_of, hex_of, verify

__all__ = ["BlobStore", "default_store_dir"]


def default_store_dir() -> Path:
    """``$MULTIPIE_STORE_DIR``, else ``<multiPIE cache dir>/blobs``."""
    env = os.environ.get("MULTIPIE_STORE_DIR")
    return Path(env) if env else default_cache_dir() / "blobs"


class BlobStore:
    """Blobs by sha256 digest, verified on the way in and on the way out.

    Args:
        root: the store's directory (created on first write); default
            :func:`default_store_dir`.
    """

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else default_store_dir()

    def path(self, digest: str) -> Path:
        """Where the blob of ``digest`` lives (whether or not it is there).

        Raises:
            PackageError: ``digest`` is not a valid sha256 digest.
        """
        return self.root / "sha256" / hex_of(digest)

    def has(self, digest: str) -> bool:
        """Whether a file for ``digest`` exists (its content is checked only when read)."""
        return self.path(digest).is_file()

    def get(self, digest: str, *, what: str | None = None) -> bytes:
        """The blob's bytes, verified against ``digest``.

        Raises:
            PackageError: the blob is not in the store.
            DigestMismatch: the file no longer matches its name.
        """
        path = self.path(digest)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise PackageError(f"{what or digest}: blob {digest} is not in the store {self.root}") from None
        except OSError as exc:
            raise PackageError(f"{what or digest}: cannot read {path}: {exc.strerror}") from exc
        return verify(data, digest, what=what or f"store blob {path}")

    def put(self, data: bytes | bytearray | memoryview, digest: str | None = None, *, what: str = "blob") -> str:
        """Add ``data`` (verified against ``digest`` when given); returns its digest.

        Raises:
            DigestMismatch: ``data`` does not match ``digest``; nothing is written.
            PackageError: the store cannot be written.
        """
        if digest is not None:
            verify(data, digest, what=what)
        else:
            digest = digest_of(data)
        path = self.path(digest)
        if path.is_file():
            return digest
        with self._staged(what) as (fd, tmp):
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        return digest

    @contextlib.contextmanager
    def _staged(self, what: str) -> Iterator[tuple[int, str]]:
        try:
            (self.root / "sha256").mkdir(parents=True, exist_ok=True)
            (self.root / "tmp").mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root / "tmp", prefix="blob-")
        except OSError as exc:
            raise PackageError(f"{what}: cannot write to the blob store {self.root}: {exc.strerror}") from exc
        try:
            yield fd, tmp
        except OSError as exc:
            raise PackageError(f"{what}: cannot write to the blob store {self.root}: {exc.strerror}") from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)

    def digests(self) -> list[str]:
        """Every digest with a file in the store (sorted)."""
        folder = self.root / "sha256"
        if not folder.is_dir():
            return []
        return sorted(f"sha256:{p.name}" for p in folder.iterdir() if p.is_file())

    def __repr__(self) -> str:
        return f"BlobStore({str(self.root)!r})"

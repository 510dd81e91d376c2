"""Content digests: parsing ``sha256:<hex>`` and verifying bytes and streams against them.

Every byte multiPIE takes from a package (layout, tar, registry) passes through
:func:`verify` or a :class:`VerifyingReader` before anything else looks at it,
so a blob is either exactly what its digest names or a
:class:`~multipie.errors.DigestMismatch`. Only sha256 is accepted: it is what
every OCI tool writes, and one algorithm keeps the store's naming unambiguous.
"""

from __future__ import annotations

import hashlib
import re
from typing import BinaryIO

from multipie.errors import DigestMismatch, PackageError

__all__ = ["ALGORITHM", "VerifyingReader", "digest_of", "hex_of", "parse_digest", "verify"]

ALGORITHM = "sha256"
_DIGEST = re.compile(r"^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$")
_SHA256_HEX = re.compile(r"^[a-f0-9]{64}$")


def digest_of(data: bytes | bytearray | memoryview) -> str:
    """The ``sha256:<hex>`` digest of ``data``."""
    return f"{ALGORITHM}:{hashlib.sha256(data).hexdigest()}"


def parse_digest(digest: object, *, where: str = "digest") -> str:
    """Validate a digest string and return it unchanged.

    Args:
        digest: the value found in a descriptor, reference or file name.
        where: what it came from, for the error message.

    Returns:
        The digest, ``sha256:`` followed by 64 lowercase hex digits.

    Raises:
        PackageError: not a string, malformed, or an algorithm other than sha256.
    """
    if not isinstance(digest, str):
        raise PackageError(f"{where}: digest must be a string, got {type(digest).__name__}")
    m = _DIGEST.match(digest)
    if m is None:
        raise PackageError(f"{where}: malformed digest {digest[:80]!r} (expected sha256:<64 hex digits>)")
    algorithm, encoded = m.groups()
    if algorithm != ALGORITHM:
        raise PackageError(f"{where}: unsupported digest algorithm {algorithm!r} in {digest[:80]!r} (only sha256)")
    if not _SHA256_HEX.match(encoded):
        raise PackageError(f"{where}: malformed sha256 digest {digest[:80]!r} (expected 64 lowercase hex digits)")
    return digest


def hex_of(digest: str) -> str:
    """The hex part of a (valid) ``sha256:<hex>`` digest."""
    return parse_digest(digest).partition(":")[2]


def verify(data: bytes | bytearray | memoryview, expected: str, *, what: str) -> bytes:
    """Return ``data`` as bytes if its digest is ``expected``.

    Args:
        data: the blob's content.
        expected: the digest it was referenced by.
        what: a name for the blob in the error (``"layer 0 of oci:app"``).

    Raises:
        DigestMismatch: the content hashes to something else.
        PackageError: ``expected`` is not a valid sha256 digest.
    """
    parse_digest(expected, where=what)
    got = digest_of(data)
    if got != expected:
        raise DigestMismatch(f"{what}: digest mismatch: expected {expected}, got {got}")
    return bytes(data)


class VerifyingReader:
    """Reads a stream of known digest and size, refusing to hand out a single unverified byte.

    :meth:`read_all` buffers at most ``size`` bytes (one more is read to
    detect an over-long stream) and returns them only after the digest and the
    size both matched.

    Args:
        stream: a binary file-like object.
        expected: the blob's digest.
        size: the blob's declared size in bytes.
        what: a name for the blob in errors.
    """

    def __init__(self, stream: BinaryIO, expected: str, size: int, *, what: str) -> None:
        parse_digest(expected, where=what)
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise PackageError(f"{what}: invalid size {size!r}")
        self.stream = stream
        self.expected = expected
        self.size = size
        self.what = what

    def read_all(self, *, chunk: int = 1 << 20) -> bytes:
        """The whole verified content.

        Raises:
            PackageError: the stream is longer or shorter than ``size``.
            DigestMismatch: the content hashes to something else.
        """
        h = hashlib.sha256()
        parts: list[bytes] = []
        got = 0
        while got <= self.size:
            piece = self.stream.read(min(chunk, self.size + 1 - got))
            if not piece:
                break
            got += len(piece)
            h.update(piece)
            parts.append(piece)
        if got != self.size:
            more = "more than" if got > self.size else f"only {got}"
            raise PackageError(f"{self.what}: size mismatch: descriptor says {self.size} bytes, blob has {more}")
        digest = f"{ALGORITHM}:{h.hexdigest()}"
        if digest != self.expected:
            raise DigestMismatch(f"{self.what}: digest mismatch: expected {self.expected}, got {digest}")
        return b"".join(parts)

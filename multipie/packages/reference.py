"""Registry references: ``HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]``.

The host part is required (there is no implicit default registry: a reference
always says where it comes from). Registries on loopback addresses are
spoken to over plain HTTP; every other host over HTTPS (see
:mod:`multipie.packages.registry`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from multipie.errors import PackageError
from multipie.packages.digest import parse_digest

__all__ = ["Reference", "looks_like_reference", "parse_reference"]

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST = rf"(?:localhost|\[[0-9a-fA-F:]+\]|{_LABEL}(?:\.{_LABEL})+)"
_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_REF = re.compile(
    rf"^(?P<host>{_HOST}(?::(?P<port>[0-9]{{1,5}}))?)/(?P<repo>{_COMPONENT}(?:/{_COMPONENT})*)"
    r"(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?P<digest>[a-z0-9]+:[A-Za-z0-9=_-]+))?$"
)
_LOOPBACK = re.compile(r"^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])$")


@dataclass(frozen=True)
class Reference:
    """A parsed registry reference. ``tag`` defaults to ``latest`` when neither tag nor digest is given."""

    registry: str
    repository: str
    tag: str | None = None
    digest: str | None = None

    @property
    def target(self) -> str:
        """What the manifest URL names: the digest if pinned, else the tag."""
        return self.digest or self.tag or "latest"

    @property
    def host(self) -> str:
        """The registry host without its port."""
        return self.registry.rsplit(":", 1)[0] if not self.registry.endswith("]") else self.registry

    @property
    def is_loopback(self) -> bool:
        """Whether the registry is on this machine (spoken to over plain HTTP)."""
        return bool(_LOOPBACK.match(self.host))

    @property
    def repo_ref(self) -> str:
        """``registry/repository`` without tag or digest."""
        return f"{self.registry}/{self.repository}"

    def with_digest(self, digest: str) -> Reference:
        """The same repository pinned to ``digest``."""
        return Reference(self.registry, self.repository, self.tag, parse_digest(digest))

    def with_tag(self, tag: str) -> Reference:
        """The same repository at ``tag`` (no digest)."""
        return Reference(self.registry, self.repository, tag, None)

    def __str__(self) -> str:
        text = self.repo_ref
        if self.tag:
            text += f":{self.tag}"
        if self.digest:
            text += f"@{self.digest}"
        return text


def looks_like_reference(text: str) -> bool:
    """Whether ``text`` parses as a reference (no error raised)."""
    return _REF.match(text) is not None


def parse_reference(text: str) -> Reference:
    """Parse ``HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]``.

    Raises:
        PackageError: malformed, no host, a bad port, or a digest that is not sha256.
    """
    m = _REF.match(text)
    if m is None:
        raise PackageError(
            f"{text[:200]!r} is not a registry reference (expected HOST[:PORT]/REPO[:TAG|@sha256:DIGEST], "
            "lowercase repository, explicit host)"
        )
    port = m.group("port")
    if port is not None and not 0 < int(port) < 65536:
        raise PackageError(f"{text[:200]!r}: port {port} out of range")
    digest = m.group("digest")
    if digest is not None:
        parse_digest(digest, where=text[:200])
    return Reference(m.group("host"), m.group("repo"), m.group("tag"), digest)

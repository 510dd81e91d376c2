"""Capabilities across runtimes: unforgeable tokens, checked by the provider on every call.

A grant whose provider lives in another Runtime (another Ray actor, possibly on
another node) is a :class:`Token`: a capability id, the service and export it
designates, and an HMAC-SHA256 tag over them under the app's key. The key is
made by the app's :class:`Authority` (one Ray actor per app) and handed only to
the app's replicas (host code); guests never see tokens, and host code without
the key cannot make a token that verifies (changing the id, service or export
breaks the tag).

Revocation is final and transitive as in one process (``docs/capabilities.md``):
``forward()`` derives a child id; revoking an id revokes its whole subtree. The
authority records the ids as revoked *before* anything else, then pushes them to
every registered replica of the provider and waits for each to acknowledge; a
replica that (re)starts meanwhile registers and receives the updated set in the
same call. So once ``revoke()`` returns, every provider replica refuses the token
on its next call (:class:`~multipie.errors.CapabilityRevoked`).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import secrets
from dataclasses import dataclass
from typing import Any

from multipie.errors import CapabilityError, CapabilityRevoked

__all__ = ["Authority", "Token", "TokenChecker", "sign"]

_TAG_BYTES = 16


@dataclass(frozen=True)
class Token:
    """A capability to ``service.export`` in another runtime (``cap_id`` is unique per app)."""

    cap_id: int
    service: str
    export: str
    tag: bytes

    @property
    def wire(self) -> tuple[int, str, str, bytes]:
        """The token as it travels in a Ray call: a plain tuple, which pickles ~5x cheaper than the dataclass."""
        return (self.cap_id, self.service, self.export, self.tag)

    @classmethod
    def from_wire(cls, wire: Any) -> Token:
        """The token a :attr:`wire` tuple carries (not yet checked: see :meth:`TokenChecker.check`).

        Raises:
            CapabilityError: ``wire`` is not a (cap_id, service, export, tag) tuple of those types.
        """
        if not (
            isinstance(wire, tuple) and len(wire) == 4 and type(wire[0]) is int
            and type(wire[1]) is str and type(wire[2]) is str and type(wire[3]) is bytes
        ):
            raise CapabilityError(
                f"a remote capability call needs a token (cap_id, service, export, tag), got {wire!r:.80}"
            )
        return cls(*wire)


def _message(cap_id: int, service: str, export: str) -> bytes:
    return f"{cap_id}\x00{service}\x00{export}".encode()


def sign(key: bytes, cap_id: int, service: str, export: str) -> Token:
    """A token for ``service.export`` with id ``cap_id`` under ``key``."""
    tag = hmac.new(key, _message(cap_id, service, export), hashlib.sha256).digest()[:_TAG_BYTES]
    return Token(cap_id, service, export, tag)


class TokenChecker:
    """The provider's side: checks a token's tag and that its id is not revoked (about 1 µs)."""

    def __init__(self, key: bytes, revoked: set[int]) -> None:
        self._key = key
        self.revoked = set(revoked)

    def check(self, token: Any) -> Token:
        """Return ``token`` if it is genuine and live.

        Raises:
            CapabilityError: not a token, or its tag does not verify (forged or altered).
            CapabilityRevoked: it was revoked.
        """
        if not isinstance(token, Token):
            raise CapabilityError(f"a remote capability call needs a Token, got {type(token).__name__}")
        good = sign(self._key, token.cap_id, token.service, token.export).tag
        if not hmac.compare_digest(good, token.tag):
            raise CapabilityError(
                f"capability token #{token.cap_id} for {token.service}.{token.export} does not verify "
                "(forged or altered): refused"
            )
        if token.cap_id in self.revoked:
            raise CapabilityRevoked(
                f"capability #{token.cap_id} to {token.service}.{token.export} was revoked", domain=token.service
            )
        return token


class Authority:
    """One per app (a Ray actor, async): issues tokens, keeps the revocation tree, pushes revocations.

    Replicas call :meth:`register` when they start; it returns the key and the revoked ids.
    """

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)
        self._ids = itertools.count(1)
        self._parent: dict[int, int | None] = {}
        self._revoked: set[int] = set()
        # unit -> replica index -> actor handle
        self._replicas: dict[str, dict[int, Any]] = {}
        # region -> [ref] of its latest read-only snapshot (owned by the driver)
        self._snapshots: dict[str, list[Any]] = {}

    async def register(self, unit: str, index: int, handle: Any) -> tuple[bytes, set[int], dict[str, list[Any]]]:
        """Record a (re)started replica; returns (key, revoked ids, region snapshots) for it to load."""
        self._replicas.setdefault(unit, {})[index] = handle
        return self._key, set(self._revoked), dict(self._snapshots)

    async def publish(self, region: str, ref: list[Any], timeout: float = 60.0) -> None:
        """Make ``ref`` the snapshot of ``region`` and load it into every registered replica holding it."""
        self._snapshots[region] = ref
        refs = [h.load_snapshot.remote(region, ref) for unit in self._replicas.values() for h in unit.values()]
        if refs:
            await asyncio.wait([asyncio.ensure_future(_acknowledged(r)) for r in refs], timeout=timeout)

    async def unregister(self, unit: str, index: int) -> None:
        """Forget a replica that was scaled down."""
        self._replicas.get(unit, {}).pop(index, None)

    async def replicas(self, unit: str) -> dict[int, Any]:
        """The registered replicas of ``unit`` (index -> handle)."""
        return dict(self._replicas.get(unit, {}))

    async def mint(self, service: str, export: str, parent: int | None = None) -> Token:
        """A new token for ``service.export``; ``parent`` makes it a forward of that id.

        Raises:
            CapabilityError: ``parent`` is unknown or revoked (a revoked capability cannot be forwarded).
        """
        if parent is not None:
            if parent not in self._parent:
                raise CapabilityError(f"capability #{parent} was not issued by this app")
            if parent in self._revoked:
                raise CapabilityError(f"capability #{parent} is revoked: it cannot be forwarded")
        cap_id = next(self._ids)
        self._parent[cap_id] = parent
        return sign(self._key, cap_id, service, export)

    async def revoke(self, cap_id: int, timeout: float = 30.0) -> list[int]:
        """Revoke ``cap_id`` and its descendants on every replica; returns the ids revoked now."""
        subtree = {cap_id}
        grew = True
        while grew:
            more = {c for c, p in self._parent.items() if p in subtree and c not in subtree}
            subtree |= more
            grew = bool(more)
        new = sorted(subtree - self._revoked)
        self._revoked |= subtree  # first: a replica registering from now on gets these
        if new:
            handles = [h for unit in self._replicas.values() for h in unit.values()]
            refs = [h.revoked.remote(new) for h in handles]
            if refs:
                # A replica that died does not need the push: it registers (and gets the set) on restart.
                await asyncio.wait([asyncio.ensure_future(_acknowledged(r)) for r in refs], timeout=timeout)
        return new

    async def is_revoked(self, cap_id: int) -> bool:
        """True once ``cap_id`` was revoked (directly or through an ancestor)."""
        return cap_id in self._revoked


async def _acknowledged(ref: Any) -> None:
    try:
        await ref
    except Exception:  # noqa: BLE001 - a dead replica learns the revocation when it registers again
        pass

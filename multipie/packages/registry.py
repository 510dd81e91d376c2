"""Talking to an OCI registry (push, pull, resolve) through the ``oras`` client.

All HTTP goes through :class:`oras.provider.Registry` (its session, auth
backends and upload helpers); this module adds what multiPIE needs on top:

- manifests are pushed as the exact bytes whose digest we computed (oras's
  ``upload_manifest`` re-serializes JSON, which would change the digest), and
  pulled raw so they can be verified byte for byte;
- every manifest and blob that comes back is checked against its digest and
  size (:mod:`multipie.packages.digest`) and capped in size while streaming;
- transport failures become :class:`~multipie.errors.PackageError` at once
  (oras's own retry loop sleeps for minutes against a registry that is down).

Loopback registries (``localhost``, ``127.x``, ``[::1]``) use plain HTTP, as do
hosts listed in ``$MULTIPIE_INSECURE_REGISTRIES`` (comma separated); all
others use HTTPS with certificate checks.
"""

from __future__ import annotations

import os
from typing import Any

import oras.container
import oras.provider
import requests

from multipie.errors import DigestMismatch, PackageError
from multipie.packages import mediatypes as mt
from multipie.packages.descriptor import MAX_BLOB, MAX_JSON, Descriptor
from multipie.packages.digest import digest_of, verify
from multipie.packages.reference import Reference
from multipie.packages.store import BlobStore

__all__ = ["RegistryClient"]

_ACCEPT = ", ".join([mt.OCI_MANIFEST, mt.OCI_INDEX, mt.DOCKER_MANIFEST, mt.DOCKER_MANIFEST_LIST])
_TIMEOUT = 30.0


class _Oras(oras.provider.Registry):  # type: ignore[misc]
    """oras's Registry without its minutes-long sleep-and-retry loop, with a timeout."""

    def do_request(  # type: ignore[override]
        self,
        url: str,
        method: str = "GET",
        data: Any = None,
        headers: dict[str, str] | None = None,
        json: Any = None,
        stream: bool = False,
    ) -> requests.Response:
        inner = oras.provider.Registry.do_request.__wrapped__
        session = self.session
        if not getattr(session, "_multipie_timeout", False):
            original = session.request

            def request(*args: Any, **kw: Any) -> requests.Response:
                kw.setdefault("timeout", _TIMEOUT)
                return original(*args, **kw)

            session.request = request  # type: ignore[method-assign]
            session._multipie_timeout = True  # type: ignore[attr-defined]
        return inner(self, url, method, data=data, headers=headers, json=json, stream=stream)  # type: ignore[no-any-return]


class RegistryClient:
    """One registry's client, for the repositories of references that name it.

    Args:
        registry: ``HOST[:PORT]``.
        insecure: use HTTP instead of HTTPS (default: loopback hosts and
            ``$MULTIPIE_INSECURE_REGISTRIES``).
    """

    def __init__(self, registry: str, *, insecure: bool | None = None) -> None:
        self.registry = registry
        if insecure is None:
            listed = {h.strip() for h in os.environ.get("MULTIPIE_INSECURE_REGISTRIES", "").split(",") if h.strip()}
            host = registry.rsplit(":", 1)[0] if not registry.endswith("]") else registry
            insecure = registry in listed or host in listed or Reference(registry, "x").is_loopback
        self.insecure = insecure
        self._oras = _Oras(hostname=registry, insecure=insecure)

    def _container(self, ref: Reference) -> oras.container.Container:
        c = oras.container.Container("placeholder/placeholder", registry=self.registry)
        c.registry = ref.registry
        namespace, _, repo = ref.repository.rpartition("/")
        c.namespace = namespace or None
        c.repository = repo
        c.tag = ref.tag or "latest"
        c.digest = ref.digest
        return c

    def _request(self, ref: Reference, url: str, method: str, **kw: Any) -> requests.Response:
        try:
            return self._oras.do_request(f"{self._oras.prefix}://{url}", method, **kw)
        except requests.exceptions.SSLError as exc:
            raise PackageError(f"{ref}: TLS error talking to {self.registry}: {exc}") from exc
        except requests.exceptions.RequestException as exc:
            raise PackageError(f"{ref}: cannot reach registry {self.registry}: {type(exc).__name__}") from exc
        except (ValueError, oras.auth.AuthenticationException) as exc:  # type: ignore[attr-defined]
            raise PackageError(f"{ref}: registry {self.registry} refused: {exc}") from exc

    @staticmethod
    def _body(ref: Reference, resp: requests.Response, limit: int, what: str) -> bytes:
        h = []
        got = 0
        try:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                got += len(chunk)
                if got > limit:
                    raise PackageError(f"{ref}: {what} is larger than {limit} bytes; refused")
                h.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise PackageError(f"{ref}: transfer of {what} failed: {type(exc).__name__}") from exc
        finally:
            resp.close()
        return b"".join(h)

    @staticmethod
    def _fail(ref: Reference, resp: requests.Response, what: str) -> PackageError:
        detail = ""
        try:
            errors = resp.json().get("errors") or []
            detail = "; ".join(str(e.get("message", e.get("code", ""))) for e in errors if isinstance(e, dict))
        except (ValueError, AttributeError):
            pass
        return PackageError(f"{ref}: {what}: HTTP {resp.status_code}{': ' + detail if detail else ''}")

    # -- reading -------------------------------------------------------------

    def manifest(self, ref: Reference, target: str | None = None) -> tuple[Descriptor, bytes]:
        """The manifest (or index) ``ref`` names, raw and verified, with its descriptor.

        Verified against the digest in ``ref`` (or ``target``) when it has one,
        else against the registry's ``Docker-Content-Digest`` header.

        Raises:
            PackageError: not found, unreachable, too large, or an unknown media type.
            DigestMismatch: the bytes do not hash to the digest asked for.
        """
        name = target or ref.target
        url = self._container(ref).manifest_url(name)
        resp = self._request(ref, url, "GET", headers={"Accept": _ACCEPT}, stream=True)
        if resp.status_code == 404:
            resp.close()
            raise PackageError(f"{ref}: no manifest {name} in the registry (HTTP 404)")
        if resp.status_code != 200:
            resp.close()
            raise self._fail(ref, resp, f"manifest {name}")
        media_type = resp.headers.get("Content-Type", "").split(";")[0].strip()
        header_digest = resp.headers.get("Docker-Content-Digest")
        raw = self._body(ref, resp, MAX_JSON, f"manifest {name}")
        digest = digest_of(raw)
        if name.startswith("sha256:"):
            verify(raw, name, what=f"{ref}: manifest")
        elif header_digest and header_digest != digest:
            raise DigestMismatch(f"{ref}: manifest digest mismatch: registry says {header_digest}, got {digest}")
        if media_type not in mt.MANIFEST_TYPES | mt.INDEX_TYPES:
            import json

            try:
                media_type = str(json.loads(raw).get("mediaType") or "")
            except (ValueError, AttributeError):
                media_type = ""
        return Descriptor(media_type, digest, len(raw)), raw

    def exists(self, ref: Reference, target: str) -> bool:
        """Whether the registry has a manifest at ``target`` (a tag or digest)."""
        url = self._container(ref).manifest_url(target)
        resp = self._request(ref, url, "HEAD", headers={"Accept": _ACCEPT})
        resp.close()
        return resp.status_code == 200

    def blob(self, ref: Reference, desc: Descriptor, *, what: str) -> bytes:
        """The blob ``desc`` names, size-capped while streaming and verified.

        Raises:
            PackageError: missing, unreachable, or a size other than ``desc.size``.
            DigestMismatch: the content hashes to something else.
        """
        if desc.size > MAX_BLOB:
            raise PackageError(f"{what}: {desc.size} bytes, over the {MAX_BLOB}-byte limit")
        url = self._container(ref).get_blob_url(desc.digest)
        resp = self._request(ref, url, "GET", stream=True)
        if resp.status_code != 200:
            resp.close()
            raise self._fail(ref, resp, f"blob {desc.digest}")
        data = self._body(ref, resp, desc.size, what)
        if len(data) != desc.size:
            raise PackageError(f"{what}: size mismatch: descriptor says {desc.size} bytes, got {len(data)}")
        return verify(data, desc.digest, what=what)

    # -- writing -------------------------------------------------------------

    def push_blob(self, ref: Reference, desc: Descriptor, store: BlobStore) -> None:
        """Upload one blob from ``store`` (skipped when the registry has it already).

        Raises:
            PackageError: the upload failed.
        """
        store.get(desc.digest)  # re-verify before it leaves the machine
        try:
            resp = self._oras.upload_blob(str(store.path(desc.digest)), self._container(ref), desc.to_json())
        except requests.exceptions.RequestException as exc:
            raise PackageError(f"{ref}: cannot reach registry {self.registry}: {type(exc).__name__}") from exc
        except ValueError as exc:
            raise PackageError(f"{ref}: blob upload refused: {exc}") from exc
        if resp.status_code not in (200, 201, 202):
            raise self._fail(ref, resp, f"upload of blob {desc.digest}")

    def push_manifest(self, ref: Reference, desc: Descriptor, raw: bytes, tag: str | None) -> str:
        """Upload manifest bytes under ``tag`` (or by digest); returns the digest.

        Raises:
            PackageError: the registry refused it.
            DigestMismatch: the registry reports a different digest than ours.
        """
        verify(raw, desc.digest, what=f"{ref}: manifest")
        url = self._container(ref).manifest_url(tag or desc.digest)
        resp = self._request(ref, url, "PUT", data=raw, headers={"Content-Type": desc.media_type})
        resp.close()
        if resp.status_code not in (200, 201):
            raise self._fail(ref, resp, f"manifest upload {tag or desc.digest}")
        got = resp.headers.get("Docker-Content-Digest")
        if got and got != desc.digest:
            raise DigestMismatch(f"{ref}: registry stored the manifest as {got}, expected {desc.digest}")
        return desc.digest

    def ping(self) -> bool:
        """Whether ``/v2/`` answers (200 or 401)."""
        try:
            resp = self._oras.do_request(f"{self._oras.prefix}://{self.registry}/v2/", "GET")
        except (requests.exceptions.RequestException, ValueError):
            return False
        resp.close()
        return resp.status_code in (200, 401)

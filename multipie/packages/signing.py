"""Ed25519 signatures over manifest digests, stored beside the image, and the trust policy.

Format (cosign's tag-based layout, so the door to sigstore tooling stays open):

- the signed payload is cosign's *simple signing* JSON naming the manifest
  digest (``critical.image.docker-manifest-digest``) and the repository;
- the signature artifact is an OCI manifest tagged ``sha256-<hex>.sig`` in the
  same repository (or the same layout's ``index.json``) whose layers are
  payloads of type ``application/vnd.dev.cosign.simplesigning.v1+json``, each
  with its base64 signature in the ``dev.cosignproject.cosign/signature``
  annotation and the signer's key id in ``dev.multipie.key-id``; it also
  carries an OCI 1.1 ``subject`` pointing at the signed manifest. Signing again
  with another key adds a layer (several signers, one artifact).

Keys are PEM files: private keys PKCS#8, public keys SubjectPublicKeyInfo
(the form ``cosign`` prints). A key id is ``sha256:`` + the first 16 hex
digits of the sha256 of the DER public key.

What is *not* supported: keyless (Fulcio certificates), transparency-log
(Rekor) bundles, and cosign's ECDSA-P256 default keys; such layers are
ignored, so they never count toward a threshold.

The trust policy (a TOML file) says which keys must have signed what::

    [[rule]]
    match = "127.0.0.1:*/demo/*"     # glob over REGISTRY/REPO (tag stripped) or a layout/tar path
    keys = ["alice.pub", "bob.pub"]  # relative to the policy file
    threshold = 2                    # distinct listed keys that must have signed (default: all)

Every rule whose ``match`` covers the source must be satisfied.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import os
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from multipie.errors import PackageError, SignatureError
from multipie.packages import mediatypes as mt
from multipie.packages.descriptor import MAX_JSON, Descriptor, load_json, parse_descriptor, to_json_bytes
from multipie.packages.digest import hex_of, parse_digest

__all__ = [
    "SIGNATURE_ANNOTATION",
    "Rule",
    "TrustPolicy",
    "generate_keypair",
    "key_id",
    "load_private_key",
    "load_public_key",
    "sign_artifact",
    "signature_tag",
    "verified_keys",
]

SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature"
KEY_ID_ANNOTATION = "dev.multipie.key-id"
_COSIGN_TYPE = "cosign container image signature"
_MAX_SIGNATURES = 64


def signature_tag(digest: str) -> str:
    """cosign's tag for the signatures of ``digest``: ``sha256-<hex>.sig``."""
    return f"sha256-{hex_of(digest)}.sig"


def key_id(key: Ed25519PublicKey) -> str:
    """A short, stable id of a public key: ``sha256:<16 hex>`` of its DER encoding."""
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return "sha256:" + hashlib.sha256(der).hexdigest()[:16]


def generate_keypair(prefix: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write a new Ed25519 key pair as ``PREFIX.key`` (mode 0600) and ``PREFIX.pub``.

    Raises:
        PackageError: a file exists already or cannot be written.
    """
    priv_path, pub_path = Path(f"{prefix}.key"), Path(f"{prefix}.pub")
    for p in (priv_path, pub_path):
        if p.exists():
            raise PackageError(f"{p}: exists; refusing to overwrite a key")
    key = Ed25519PrivateKey.generate()
    priv = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    pub = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    try:
        fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(priv)
        pub_path.write_bytes(pub)
    except OSError as exc:
        raise PackageError(f"cannot write key pair {prefix}: {exc.strerror}") from exc
    return priv_path, pub_path


def load_private_key(path: str | os.PathLike[str]) -> Ed25519PrivateKey:
    """An Ed25519 private key from a PEM file.

    Raises:
        SignatureError: unreadable, malformed, encrypted, or not Ed25519.
    """
    try:
        data = Path(path).read_bytes()
        key = serialization.load_pem_private_key(data, password=None)
    except OSError as exc:
        raise SignatureError(f"{path}: cannot read key: {exc.strerror}") from exc
    except (ValueError, TypeError) as exc:
        raise SignatureError(f"{path}: not a usable PEM private key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SignatureError(f"{path}: a {type(key).__name__}, expected an Ed25519 key")
    return key


def load_public_key(path: str | os.PathLike[str]) -> Ed25519PublicKey:
    """An Ed25519 public key from a PEM file.

    Raises:
        SignatureError: unreadable, malformed, or not Ed25519.
    """
    try:
        data = Path(path).read_bytes()
        key = serialization.load_pem_public_key(data)
    except OSError as exc:
        raise SignatureError(f"{path}: cannot read key: {exc.strerror}") from exc
    except (ValueError, TypeError) as exc:
        raise SignatureError(f"{path}: not a PEM public key ({exc})") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise SignatureError(f"{path}: a {type(key).__name__}, expected an Ed25519 public key")
    return key


def _payload(digest: str, identity: str) -> bytes:
    return to_json_bytes(
        {
            "critical": {
                "identity": {"docker-reference": identity},
                "image": {"docker-manifest-digest": digest},
                "type": _COSIGN_TYPE,
            },
            "optional": None,
        }
    )


def sign_artifact(
    subject: Descriptor,
    key: Ed25519PrivateKey,
    *,
    identity: str,
    existing: tuple[Descriptor, dict[str, Any], dict[str, bytes]] | None = None,
) -> tuple[Descriptor, dict[str, bytes]]:
    """The signature artifact for ``subject`` with one more signature by ``key``.

    Args:
        subject: descriptor of the signed manifest (or index).
        key: the signer's private key.
        identity: the repository (or layout path) recorded in the payload.
        existing: the current artifact (descriptor, parsed manifest, its blobs) to extend.

    Returns:
        (descriptor of the new signature manifest, the blobs it needs, by digest).
    """
    payload = _payload(subject.digest, identity)
    sig = base64.b64encode(key.sign(payload)).decode()
    kid = key_id(key.public_key())
    layers: list[dict[str, Any]] = []
    blobs: dict[str, bytes] = {}
    if existing is not None:
        _, doc, old_blobs = existing
        for layer in doc.get("layers", []):
            if isinstance(layer, dict) and (layer.get("annotations") or {}).get(KEY_ID_ANNOTATION) != kid:
                layers.append(layer)
        blobs.update({k: v for k, v in old_blobs.items() if any(lay.get("digest") == k for lay in layers)})
    layer = Descriptor.of(
        mt.COSIGN_SIMPLE_SIGNING, payload, annotations={SIGNATURE_ANNOTATION: sig, KEY_ID_ANNOTATION: kid}
    )
    layers.append(layer.to_json())
    blobs[layer.digest] = payload
    config = to_json_bytes(
        {
            "architecture": "",
            "os": "",
            "config": {},
            "rootfs": {"type": "layers", "diff_ids": [lay["digest"] for lay in layers]},
        }
    )
    config_desc = Descriptor.of(mt.OCI_CONFIG, config)
    blobs[config_desc.digest] = config
    manifest = {
        "schemaVersion": 2,
        "mediaType": mt.OCI_MANIFEST,
        "config": config_desc.to_json(),
        "layers": layers,
        "subject": Descriptor(subject.media_type, subject.digest, subject.size).to_json(),
    }
    raw = to_json_bytes(manifest)
    desc = Descriptor.of(mt.OCI_MANIFEST, raw, annotations={mt.REF_NAME: signature_tag(subject.digest)})
    blobs[desc.digest] = raw
    return desc, blobs


def verified_keys(
    subject_digest: str,
    signature_manifest: bytes,
    fetch: Any,
    keys: Iterable[Ed25519PublicKey],
    *,
    where: str,
) -> set[str]:
    """Key ids among ``keys`` with a valid signature of ``subject_digest`` in the artifact.

    Args:
        subject_digest: the manifest digest that must be named in each payload.
        signature_manifest: the (verified) bytes of the signature manifest.
        fetch: ``fetch(descriptor, what) -> verified bytes`` for its layers.
        keys: candidate public keys.
        where: name for errors.

    Raises:
        PackageError: the signature manifest is malformed.
    """
    parse_digest(subject_digest, where=where)
    doc = load_json(signature_manifest, where=f"{where}: signature manifest")
    layers = doc.get("layers")
    if not isinstance(layers, list):
        raise PackageError(f"{where}: signature manifest has no layers list")
    by_id = {key_id(k): k for k in keys}
    good: set[str] = set()
    for i, obj in enumerate(layers[:_MAX_SIGNATURES]):
        layer = parse_descriptor(obj, where=f"{where}: signature layer {i}", max_size=MAX_JSON)
        if layer.media_type != mt.COSIGN_SIMPLE_SIGNING:
            continue
        sig_text = layer.annotations.get(SIGNATURE_ANNOTATION, "")
        try:
            sig = base64.b64decode(sig_text, validate=True)
        except ValueError:
            continue
        payload = fetch(layer, f"{where}: signature payload {layer.digest}")
        try:
            named = load_json(payload, where=where)["critical"]["image"]["docker-manifest-digest"]
        except (PackageError, KeyError, TypeError):
            continue
        if named != subject_digest:
            continue
        hinted = layer.annotations.get(KEY_ID_ANNOTATION)
        candidates = [by_id[hinted]] if hinted in by_id else list(by_id.values())
        for k in candidates:
            try:
                k.verify(sig, payload)
            except InvalidSignature:
                continue
            good.add(key_id(k))
    return good


@dataclass
class Rule:
    """One trust rule: sources matching ``match`` need ``threshold`` of ``keys`` to have signed."""

    match: str
    keys: list[Ed25519PublicKey]
    threshold: int
    key_files: list[str] = field(default_factory=list)

    def covers(self, name: str) -> bool:
        """Whether this rule applies to the source named ``name``."""
        return fnmatch.fnmatchcase(name, self.match)


class TrustPolicy:
    """Which keys must have signed which sources.

    Args:
        rules: the rules; every rule covering a source must be satisfied.
        where: where the policy came from (for messages).
    """

    def __init__(self, rules: Sequence[Rule], *, where: str = "trust policy") -> None:
        self.rules = list(rules)
        self.where = where

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TrustPolicy:
        """Read a TOML trust policy.

        Raises:
            SignatureError: unreadable or malformed, or a key file is bad.
        """
        p = Path(path)
        try:
            doc = tomllib.loads(p.read_text())
        except OSError as exc:
            raise SignatureError(f"{p}: cannot read trust policy: {exc.strerror}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SignatureError(f"{p}: malformed trust policy: {exc}") from exc
        raw = doc.get("rule", [])
        if not isinstance(raw, list) or not raw:
            raise SignatureError(f"{p}: a trust policy needs at least one [[rule]]")
        rules = []
        for i, r in enumerate(raw):
            if not isinstance(r, dict) or not isinstance(r.get("match"), str):
                raise SignatureError(f"{p}: rule {i} needs a 'match' string")
            files = r.get("keys")
            if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
                raise SignatureError(f"{p}: rule {i} needs a non-empty 'keys' list of public key files")
            keys = [load_public_key(p.parent / f) for f in files]
            threshold = r.get("threshold", len(keys))
            if not isinstance(threshold, int) or not 1 <= threshold <= len(keys):
                raise SignatureError(f"{p}: rule {i}: threshold must be 1..{len(keys)}")
            rules.append(Rule(r["match"], keys, threshold, list(files)))
        return cls(rules, where=str(p))

    @classmethod
    def any_of(cls, key_files: Iterable[str | os.PathLike[str]]) -> TrustPolicy:
        """A policy covering every source, satisfied by a signature from any one of ``key_files``."""
        files = list(key_files)
        keys = [load_public_key(f) for f in files]
        if not keys:
            raise SignatureError("no public keys given")
        return cls([Rule("*", keys, 1, [str(f) for f in files])], where="the trusted keys")

    def rules_for(self, name: str) -> list[Rule]:
        """The rules that cover ``name``."""
        return [r for r in self.rules if r.covers(name)]

    def all_keys(self) -> list[Ed25519PublicKey]:
        """Every key any rule names (deduplicated)."""
        seen: dict[str, Ed25519PublicKey] = {}
        for r in self.rules:
            for k in r.keys:
                seen.setdefault(key_id(k), k)
        return list(seen.values())

    def check(self, name: str, signed_by: set[str], *, required: bool) -> list[str]:
        """Enforce the policy for source ``name`` signed by key ids ``signed_by``.

        Returns:
            The key ids that satisfied the rules (empty when no rule covers ``name`` and
            signatures were not required).

        Raises:
            SignatureError: a covering rule is not satisfied, or ``required`` and no rule covers ``name``.
        """
        rules = self.rules_for(name)
        if not rules:
            if required:
                raise SignatureError(f"{name}: a signature is required but no rule of {self.where} covers it")
            return []
        used: set[str] = set()
        for r in rules:
            ids = {key_id(k) for k in r.keys}
            got = ids & signed_by
            if len(got) < r.threshold:
                have = f"valid signatures from {len(got)}" if signed_by or got else "no valid signature"
                raise SignatureError(
                    f"{name}: {have} of the keys rule {r.match!r} ({self.where}) requires "
                    f"(need {r.threshold} of {len(ids)}: {', '.join(r.key_files)})"
                )
            used |= got
        return sorted(used)

"""The package verbs as functions: resolve (load), pack, push, pull, sign, verify.

:func:`resolve_source` is what :meth:`multipie.Runtime.load` calls for a
package source. Its order is the supply-chain guarantee:

1. open the source and read the image; every blob is verified as it is read;
2. check the lock (the digest the app pinned) and the trust policy
   (signatures from the required keys over that digest);
3. extract the module bytes;
4. only then copy the fetched blobs into the shared :class:`BlobStore`.

Any failure before step 4 leaves the store untouched and nothing runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import wasmtime

from multipie.errors import PackageError, SignatureError
from multipie.packages import mediatypes as mt
from multipie.packages.descriptor import Descriptor, load_json
from multipie.packages.image import module_of, wasm_artifact
from multipie.packages.layout import Layout, layout_files, write_layout
from multipie.packages.lock import Lock
from multipie.packages.options import PACKAGE_OPTIONS, reject_plain
from multipie.packages.reference import Reference, parse_reference
from multipie.packages.signing import (
    TrustPolicy,
    load_private_key,
    sign_artifact,
    signature_tag,
    verified_keys,
)
from multipie.packages.source import LayoutSource, PackageSource, RegistrySource, open_source, split_path_tag
from multipie.packages.store import BlobStore
from multipie.packages.tar import TarFiles, write_tar

__all__ = ["PACKAGE_OPTIONS", "Blob", "pack", "pull", "push", "reject_plain", "resolve_source", "sign", "verify"]



@dataclass(frozen=True)
class Blob:
    """A verified module (or image) taken out of a package.

    Attributes:
        data: the module bytes (verified against their digest).
        name: a human name (the layer's title, or the file in the image).
        digest: the module bytes' digest.
        identity: the manifest (or index) digest the source resolved to.
        signed_by: key ids whose signatures were verified (empty if none were checked).
    """

    data: bytes
    name: str
    digest: str
    identity: str
    signed_by: tuple[str, ...] = ()


def _store(value: Any) -> BlobStore:
    if isinstance(value, BlobStore):
        return value
    return BlobStore(value)


def _policy(policy: Any, keys: Any) -> TrustPolicy | None:
    if isinstance(policy, TrustPolicy):
        return policy
    if policy is not None:
        return TrustPolicy.load(policy)
    if keys:
        return TrustPolicy.any_of([keys] if isinstance(keys, (str, os.PathLike)) else list(keys))
    return None


def check_signatures(src: PackageSource, policy: TrustPolicy | None, *, required: bool) -> tuple[str, ...]:
    """Enforce ``policy`` on ``src`` (its identity digest); returns the key ids that satisfied it.

    Raises:
        SignatureError: required and missing, or a covering rule is not satisfied.
    """
    rules = policy.rules_for(src.name) if policy is not None else []
    if not required and not rules:
        return ()
    if policy is None:
        raise SignatureError(f"{src.where}: a signature is required but no trust policy or key was given")
    if not rules:
        policy.check(src.name, set(), required=True)  # raises: nothing covers this source
    digest = src.identity()
    sig = src.signature(digest)
    if sig is None:
        raise SignatureError(f"{src.where}: not signed (no {signature_tag(digest)} artifact for {digest})")
    raw = src.fetch(sig, f"{src.where}: signature manifest {sig.digest}")
    signed = verified_keys(digest, raw, src.fetch, policy.all_keys(), where=src.where)
    return tuple(policy.check(src.name, signed, required=required))


def resolve_source(source: str, options: dict[str, Any]) -> Blob:
    """Load a package source for the runtime: verified, lock- and policy-checked, then cached.

    Args:
        source: a layout directory, a tar (``PATH[:TAG]``), or ``HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]``.
        options: the load options; consumed keys are popped (see :data:`PACKAGE_OPTIONS`):
            ``require_signature`` (bool), ``trust_policy`` (path or TrustPolicy),
            ``trusted_keys`` (public key path(s): any one suffices), ``lock`` (path, mapping or Lock),
            ``store`` (path or BlobStore), ``insecure`` (HTTP to the registry).

    Returns:
        The verified module bytes and their name.

    Raises:
        PackageError: malformed or unreachable; DigestMismatch: a blob or the lock disagree;
        SignatureError: the trust policy is not satisfied.
    """
    store = _store(options.pop("store", None))
    required = bool(options.pop("require_signature", False))
    policy = _policy(options.pop("trust_policy", None), options.pop("trusted_keys", None))
    lock_value = options.pop("lock", None)
    insecure = options.pop("insecure", None)
    lock = Lock.coerce(lock_value) if lock_value is not None else None
    pin = lock.pinned(source) if lock is not None else None
    with open_source(source, store=store, insecure=insecure, pin=pin) as src:
        if lock is not None:
            lock.check(source, src.identity())
        signed = check_signatures(src, policy, required=required)
        image = src.image()
        data, name = module_of(image, src.fetch)
        fetched = dict(src.fetched)
    for digest, blob in fetched.items():
        store.put(blob, digest, what=f"{source}: {digest}")
    from multipie.packages.digest import digest_of

    return Blob(data, name, digest_of(data), image.top.digest if image.top else image.digest, signed)


# -- pack ---------------------------------------------------------------------


def module_bytes(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """A module file's bytes (``.wat`` compiled to Wasm) and its layer media type.

    Raises:
        PackageError: unreadable or not a Wasm module, WAT text or virtine image.
    """
    from multipie.domains import detect

    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise PackageError(f"{p}: cannot read: {exc.strerror}") from exc
    try:
        kind = detect.detect_kind(data, where=str(p))
    except Exception as exc:  # noqa: BLE001 - InvalidModule, re-raised as a packaging error
        raise PackageError(str(exc)) from exc
    if kind == "wat":
        from multipie.domains.wasm import _capi

        def invalid(why: str) -> PackageError:
            return PackageError(f"{p}: invalid WAT: {why.splitlines()[0] if why else why}")

        try:
            with _capi.errors_as(invalid):
                data = bytes(wasmtime.wat2wasm(data.decode()))
        except UnicodeDecodeError as exc:
            raise invalid(str(exc)) from exc
        kind = detect.detect_kind(data, where=str(p))
    if kind in ("wasm", "component"):  # components are application/wasm layers too
        return data, mt.WASM_LAYER
    if kind == "virtine":
        return data, mt.VIRTINE_IMAGE
    raise PackageError(f"{p}: cannot pack a file of kind {kind!r} (expected Wasm, WAT or a virtine image)")


def _write(out: Path, blobs: dict[str, bytes], descs: list[Descriptor]) -> None:
    if out.name.endswith(".tar"):
        if out.exists():
            with TarFiles(out) as old:
                files = {n: old.read(n, max_size=1 << 30) or b"" for n in old.names()}
                layout = Layout(old)
                tags = {d.ref_name for d in descs}
                keep = [d for d in layout.manifests if d.ref_name not in tags]
            merged = {k.replace("blobs/sha256/", "sha256:"): v for k, v in files.items() if k.startswith("blobs/")}
            merged.update(blobs)
            write_tar(layout_files(merged, keep + descs), out)
        else:
            write_tar(layout_files(blobs, descs), out)
    else:
        write_layout(out, blobs, descs)


def pack(module: str | os.PathLike[str], out: str | os.PathLike[str], *, tag: str = "latest") -> Descriptor:
    """Pack a module as a CNCF Wasm OCI artifact into a layout dir, or a tar when ``out`` ends in ``.tar``.

    Returns:
        The manifest descriptor (its digest is the package's identity).

    Raises:
        PackageError: the module is unreadable or ``out`` cannot be written.
    """
    data, layer_type = module_bytes(module)
    title = Path(module).name
    if title.endswith(".wat"):
        title = title[:-4] + ".wasm"
    desc, blobs = wasm_artifact(data, title=title, layer_type=layer_type)
    tagged = Descriptor(desc.media_type, desc.digest, desc.size, {mt.REF_NAME: tag}, desc.artifact_type)
    _write(Path(out), blobs, [tagged])
    return tagged


# -- push / pull ----------------------------------------------------------------


def _open_any(src: str, store: BlobStore) -> PackageSource:
    p = Path(src)
    if p.is_file() and split_path_tag(src) is None:
        data, layer_type = module_bytes(p)
        title = p.name[:-4] + ".wasm" if p.name.endswith(".wat") else p.name
        desc, blobs = wasm_artifact(data, title=title, layer_type=layer_type)
        return _MemorySource(src, desc, blobs, store)
    return open_source(src, store=store)


class _MemorySource(PackageSource):
    def __init__(self, source: str, desc: Descriptor, blobs: dict[str, bytes], store: BlobStore) -> None:
        super().__init__(source, where=source, name=str(Path(source).resolve()), store=store)
        self._desc = desc
        self.fetched.update(blobs)

    def top(self) -> Descriptor:
        return self._desc

    def _fetch(self, desc: Descriptor, what: str) -> bytes:
        raise PackageError(f"{what}: not part of the packed module")

    def signature(self, digest: str) -> Descriptor | None:
        return None


def _all_blobs(src: PackageSource) -> list[Descriptor]:
    """Config and layers of the source's image (fetched, verified), manifest last."""
    image = src.image()
    descs = [image.config_desc, *image.layers]
    for d in descs:
        src.fetch(d, f"{src.where}: blob {d.digest}")
    return descs


def push(src: str, ref: str | Reference, *, store: BlobStore | None = None, insecure: bool | None = None) -> str:
    """Push a module file, layout or tar (and its signatures, if any) to ``ref``; returns the manifest digest.

    Raises:
        PackageError: the source is bad or the registry refused.
    """
    from multipie.packages.registry import RegistryClient

    target = ref if isinstance(ref, Reference) else parse_reference(ref)
    st = store or BlobStore()
    with _open_any(src, st) as source:
        blobs = _all_blobs(source)
        image = source.image()
        sig = source.signature(image.digest)
        sig_blobs: list[Descriptor] = []
        if sig is not None:
            raw = source.fetch(sig, f"{src}: signature manifest")
            from multipie.packages.image import read_image

            sig_image = read_image(source.fetch, sig, where=f"{src}: signatures")
            sig_blobs = [sig_image.config_desc, *sig_image.layers]
            for d in sig_blobs:
                source.fetch(d, f"{src}: signature blob {d.digest}")
            _ = raw
        fetched = dict(source.fetched)
    for digest, data in fetched.items():
        st.put(data, digest)
    client = RegistryClient(target.registry, insecure=insecure)
    for d in blobs:
        client.push_blob(target, d, st)
    manifest = image.manifest_desc
    client.push_manifest(target, manifest, fetched[manifest.digest], target.tag or "latest")
    if sig is not None:
        for d in sig_blobs:
            client.push_blob(target, d, st)
        client.push_manifest(target, sig, fetched[sig.digest], signature_tag(manifest.digest))
    return manifest.digest


def pull(
    ref: str, out: str | os.PathLike[str] | None = None, *, store: BlobStore | None = None, insecure: bool | None = None
) -> Descriptor:
    """Fetch ``ref`` (and its signatures) into the store, and optionally into a layout dir or ``.tar``.

    Returns:
        The image's top descriptor.

    Raises:
        PackageError, DigestMismatch: unreachable, missing or corrupt.
    """
    st = store or BlobStore()
    parsed = parse_reference(ref)
    with open_source(ref, store=st, insecure=insecure) as src:
        top = src.top()
        _all_blobs(src)
        sig = src.signature(top.digest)
        if sig is not None:
            from multipie.packages.image import read_image

            sig_image = read_image(src.fetch, sig, where=f"{ref}: signatures")
            for d in sig_image.layers:
                src.fetch(d, f"{ref}: signature blob {d.digest}")
        fetched = dict(src.fetched)
    for digest, data in fetched.items():
        st.put(data, digest, what=f"{ref}: {digest}")
    tagged = Descriptor(top.media_type, top.digest, top.size, {mt.REF_NAME: parsed.tag or "latest"})
    if out is not None:
        descs = [tagged]
        if sig is not None:
            descs.append(Descriptor(sig.media_type, sig.digest, sig.size, {mt.REF_NAME: signature_tag(top.digest)}))
        _write(Path(out), fetched, descs)
    return tagged


# -- sign / verify -----------------------------------------------------------------


def sign(target: str, key: str | os.PathLike[str], *, store: BlobStore | None = None) -> Descriptor:
    """Sign what ``target`` (a layout dir, a tar, or a reference) names with ``key``; returns the signature manifest.

    The signature artifact is written beside the image: into the layout's
    index (tag ``sha256-<hex>.sig``), or pushed to the same repository.

    Raises:
        PackageError: the target is bad or cannot be written; SignatureError: the key is unusable.
    """
    private = load_private_key(key)
    st = store or BlobStore()
    with open_source(target, store=st) as src:
        subject = src.top()
        src.image()
        existing = None
        old = src.signature(subject.digest)
        if old is not None:
            raw = src.fetch(old, f"{target}: signature manifest")
            doc = load_json(raw, where=f"{target}: signature manifest")
            layer_blobs = {}
            for layer in doc.get("layers") or []:
                if isinstance(layer, dict) and isinstance(layer.get("digest"), str):
                    from multipie.packages.descriptor import parse_descriptor

                    d = parse_descriptor(layer, where=f"{target}: signature layer")
                    layer_blobs[d.digest] = src.fetch(d, f"{target}: signature payload")
            existing = (old, doc, layer_blobs)
        identity = src.name
        desc, blobs = sign_artifact(subject, private, identity=identity, existing=existing)
        if isinstance(src, RegistrySource):
            for digest, data in blobs.items():
                st.put(data, digest)
            ref = src.ref
            for d in _sig_blob_descs(blobs, desc):
                src.client.push_blob(ref, d, st)
            src.client.push_manifest(ref, desc, blobs[desc.digest], signature_tag(subject.digest))
            return desc
        if not isinstance(src, LayoutSource):
            raise PackageError(f"{target}: only OCI layouts, layout tars and registry references can be signed")
        path = src.path
    _write(path, blobs, [desc])
    return desc


def _sig_blob_descs(blobs: dict[str, bytes], manifest: Descriptor) -> list[Descriptor]:
    doc = load_json(blobs[manifest.digest], where="signature manifest")
    out = [Descriptor(doc["config"]["mediaType"], doc["config"]["digest"], doc["config"]["size"])]
    out += [Descriptor(lay["mediaType"], lay["digest"], lay["size"]) for lay in doc["layers"]]
    return out


def verify(
    target: str,
    keys: Iterable[str | os.PathLike[str]] = (),
    *,
    trust_policy: str | os.PathLike[str] | None = None,
    store: BlobStore | None = None,
) -> tuple[str, tuple[str, ...]]:
    """Check ``target``'s signatures against ``keys`` (any one suffices) or a trust policy.

    Returns:
        (the verified digest, the key ids that signed it).

    Raises:
        SignatureError: not signed by the required keys; PackageError: the target is bad.
    """
    policy = _policy(trust_policy, list(keys))
    with open_source(target, store=store or BlobStore()) as src:
        src.image()
        signed = check_signatures(src, policy, required=True)
        return src.identity(), signed

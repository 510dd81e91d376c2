"""Package sources: one interface over layout directories, tars, ``docker save`` archives and registries.

A :class:`PackageSource` knows its top descriptor (what the tag or path
names), fetches blobs *verified* (store first, then the source), remembers
every blob it fetched so the caller can cache them once all checks passed,
and finds the signature artifact for a digest. Who owns what:

- :class:`LayoutSource` — an OCI layout in a directory or a tar (via
  :class:`~multipie.packages.files.DirFiles` / :class:`~multipie.packages.tar.TarFiles`);
- :class:`DockerArchiveSource` — a legacy ``docker save`` tar (``manifest.json``),
  its layers checked against the config's ``rootfs.diff_ids``;
- :class:`RegistrySource` — a reference, through :class:`~multipie.packages.registry.RegistryClient`.

A source string may name a layout or tar with a tag as ``PATH:TAG``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from multipie.errors import DigestMismatch, PackageError
from multipie.packages import mediatypes as mt
from multipie.packages.descriptor import MAX_JSON, Descriptor, load_json, to_json_bytes
from multipie.packages.digest import digest_of, verify
from multipie.packages.files import DirFiles
from multipie.packages.image import Image, read_image
from multipie.packages.layout import Layout, is_layout_dir
from multipie.packages.reference import Reference, looks_like_reference, parse_reference
from multipie.packages.signing import signature_tag
from multipie.packages.store import BlobStore
from multipie.packages.tar import TarFiles, is_tar

__all__ = [
    "DockerArchiveSource",
    "LayoutSource",
    "PackageSource",
    "RegistrySource",
    "is_package_source",
    "open_source",
    "split_path_tag",
]


def split_path_tag(source: str) -> tuple[Path, str | None] | None:
    """``(path, tag)`` when ``source`` is a layout dir or tar, optionally suffixed ``:TAG``; else ``None``."""
    p = Path(source)
    if is_layout_dir(p) or (p.is_file() and (p.name.endswith(".tar") or is_tar(p))):
        return p, None
    head, sep, tag = source.rpartition(":")
    if sep and head and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", tag):
        q = Path(head)
        if is_layout_dir(q) or (q.is_file() and (q.name.endswith(".tar") or is_tar(q))):
            return q, tag
    return None


def is_package_source(source: str) -> bool:
    """Whether ``source`` names a package: a layout directory, a tar (``[:TAG]``), or a registry reference."""
    if not isinstance(source, str) or not source or len(source) > 4096:
        return False
    try:
        if split_path_tag(source) is not None:
            return True
    except OSError:
        return False
    return looks_like_reference(source)


class PackageSource:
    """Base of every source: verified, store-first fetching and bookkeeping.

    Attributes:
        where: a name for messages.
        name: what trust rules match (``REGISTRY/REPO`` or an absolute path).
        source: the string it was opened from (what a lock pins).
        fetched: every verified blob fetched so far, by digest.
    """

    def __init__(self, source: str, *, where: str, name: str, store: BlobStore | None) -> None:
        self.source = source
        self.where = where
        self.name = name
        self.store = store
        self.fetched: dict[str, bytes] = {}
        self._image: Image | None = None

    def top(self) -> Descriptor:
        """The descriptor the source names (an index or a manifest)."""
        raise NotImplementedError

    def _fetch(self, desc: Descriptor, what: str) -> bytes:
        raise NotImplementedError

    def fetch(self, desc: Descriptor, what: str) -> bytes:
        """The blob ``desc`` names, verified; from memory, the store, or the source.

        Raises:
            PackageError, DigestMismatch: missing or wrong.
        """
        data = self.fetched.get(desc.digest)
        if data is None:
            if self.store is not None and self.store.has(desc.digest):
                data = self.store.get(desc.digest, what=what)
            else:
                data = self._fetch(desc, what)
            if len(data) != desc.size:
                raise PackageError(f"{what}: size mismatch: descriptor says {desc.size} bytes, blob has {len(data)}")
            verify(data, desc.digest, what=what)
            self.fetched[desc.digest] = data
        return data

    def image(self) -> Image:
        """The resolved image (manifest + config, verified)."""
        if self._image is None:
            self._image = read_image(self.fetch, self.top(), where=self.where)
        return self._image

    def identity(self) -> str:
        """The digest signatures and locks refer to: the top descriptor's."""
        return self.top().digest

    def signature(self, digest: str) -> Descriptor | None:
        """The signature manifest for ``digest`` (``None`` when there is none)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release files or connections."""

    def __enter__(self) -> PackageSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LayoutSource(PackageSource):
    """An OCI layout in a directory or a tar.

    Args:
        path: the directory or tar.
        tag: the ``ref.name`` to select (default: the only image, or ``latest``).
        source: the original source string.
        store: blob store consulted first.
    """

    def __init__(self, path: Path, tag: str | None, *, source: str, store: BlobStore | None) -> None:
        super().__init__(source, where=source, name=str(path.resolve()), store=store)
        self.path = path
        self.tag = tag
        self.tar: TarFiles | None = None
        if path.is_dir():
            self.layout = Layout(DirFiles(path))
        else:
            self.tar = TarFiles(path)
            try:
                self.layout = Layout(self.tar)
            except PackageError:
                self.tar.close()
                raise

    def top(self) -> Descriptor:
        """See :meth:`PackageSource.top`."""
        return self.layout.find(self.tag)

    def _fetch(self, desc: Descriptor, what: str) -> bytes:
        return self.layout.blob(desc, what=what)

    def signature(self, digest: str) -> Descriptor | None:
        """See :meth:`PackageSource.signature`."""
        return self.layout.tagged(signature_tag(digest))

    def close(self) -> None:
        """See :meth:`PackageSource.close`."""
        if self.tar is not None:
            self.tar.close()


def _archive_entry(tar: TarFiles, tag: str | None, source: str) -> dict[str, Any]:
    """The image of a docker archive's ``manifest.json``: the one tagged ``tag``, or the only one."""
    raw = tar.read("manifest.json", max_size=MAX_JSON)
    if raw is None:
        raise PackageError(f"{source}: neither an OCI layout nor a docker archive (no manifest.json)")
    try:
        entries = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PackageError(f"{source}/manifest.json: malformed JSON ({exc})") from None
    if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
        raise PackageError(f"{source}/manifest.json: expected a non-empty list of objects")
    if tag is not None:
        matches = [e for e in entries if any(str(t).endswith(f":{tag}") for t in e.get("RepoTags") or [])]
        if not matches:
            raise PackageError(f"{source}: no image tagged {tag!r}")
        return matches[0]
    if len(entries) > 1:
        raise PackageError(f"{source}: {len(entries)} images in the archive; name one with PATH:TAG")
    return entries[0]


class DockerArchiveSource(PackageSource):
    """A ``docker save`` archive (``manifest.json`` + config + layer tars).

    The archive has no manifest of its own, so an OCI manifest is synthesized
    from it (deterministically: the identity is stable for the same archive).
    The config is checked against its file name when that is a digest, and
    each layer against the config's ``rootfs.diff_ids``.
    """

    def __init__(self, tar: TarFiles, tag: str | None, *, source: str, path: Path, store: BlobStore | None) -> None:
        super().__init__(source, where=source, name=str(path.resolve()), store=store)
        self.tar = tar
        entry = _archive_entry(tar, tag, source)
        cfg_name, layer_names = entry.get("Config"), entry.get("Layers")
        if not isinstance(cfg_name, str) or not isinstance(layer_names, list):
            raise PackageError(f"{source}/manifest.json: entry needs Config and Layers")
        config = self._member(cfg_name, MAX_JSON)
        m = re.search(r"([a-f0-9]{64})(?:\.json)?$", cfg_name)
        if m is not None:
            verify(config, f"sha256:{m.group(1)}", what=f"{source}: config {cfg_name}")
        diff_ids = ((load_json(config, where=f"{source}: config").get("rootfs") or {}).get("diff_ids")) or []
        if not isinstance(diff_ids, list) or len(diff_ids) != len(layer_names):
            raise PackageError(f"{source}: config lists {len(diff_ids)} diff_ids for {len(layer_names)} layers")
        layers = [self._layer(i, lname, diff_ids[i]) for i, lname in enumerate(layer_names)]
        config_desc = Descriptor.of(mt.DOCKER_CONFIG, config)
        self.fetched[config_desc.digest] = config
        manifest = to_json_bytes(
            {
                "schemaVersion": 2,
                "mediaType": mt.DOCKER_MANIFEST,
                "config": config_desc.to_json(),
                "layers": [d.to_json() for d in layers],
            }
        )
        self._top = Descriptor.of(mt.DOCKER_MANIFEST, manifest)
        self.fetched[self._top.digest] = manifest

    def _layer(self, i: int, lname: object, diff_id: object) -> Descriptor:
        """Layer ``i`` of the archive, checked against its digest (compressed) or the config's diff_id."""
        source = self.where
        if not isinstance(lname, str):
            raise PackageError(f"{source}/manifest.json: layer {i} is not a path")
        data = self._member(lname, 1 << 30)
        gz = data[:2] == b"\x1f\x8b"
        if gz:
            named = re.search(r"sha256/([a-f0-9]{64})$", lname)
            if named is None:
                raise PackageError(f"{source}: compressed layer {lname} has no digest to check it against")
            verify(data, f"sha256:{named.group(1)}", what=f"{source}: layer {lname}")
        elif digest_of(data) != diff_id:
            raise DigestMismatch(
                f"{source}: layer {lname}: digest mismatch: expected {diff_id} (config diff_ids), got {digest_of(data)}"
            )
        desc = Descriptor.of(mt.DOCKER_LAYER if gz else mt.DOCKER_LAYER_TAR, data)
        self.fetched[desc.digest] = data
        return desc

    def _member(self, name: str, limit: int) -> bytes:
        data = self.tar.read(name, max_size=limit)
        if data is None:
            raise PackageError(f"{self.where}: member {name[:200]!r} named by manifest.json is missing")
        return data

    def top(self) -> Descriptor:
        """See :meth:`PackageSource.top`."""
        return self._top

    def _fetch(self, desc: Descriptor, what: str) -> bytes:
        raise PackageError(f"{what}: blob {desc.digest} is not in the docker archive")

    def signature(self, digest: str) -> Descriptor | None:
        """Docker archives carry no signatures."""
        return None

    def close(self) -> None:
        """See :meth:`PackageSource.close`."""
        self.tar.close()


class RegistrySource(PackageSource):
    """A registry reference, optionally pinned to a digest (from a lock).

    Args:
        ref: the parsed reference.
        source: the original string.
        store: blob store consulted first (a digest-pinned, fully cached image needs no network).
        insecure: force HTTP (default: loopback registries only).
    """

    def __init__(self, ref: Reference, *, source: str, store: BlobStore | None, insecure: bool | None = None) -> None:
        super().__init__(source, where=str(ref), name=ref.repo_ref, store=store)
        self.ref = ref
        from multipie.packages.registry import RegistryClient  # oras + requests: only for registries

        self.client = RegistryClient(ref.registry, insecure=insecure)
        self._top: Descriptor | None = None

    def top(self) -> Descriptor:
        """See :meth:`PackageSource.top`."""
        if self._top is None:
            digest = self.ref.digest
            if digest is not None and self.store is not None and self.store.has(digest):
                raw = self.store.get(digest, what=f"{self.ref}: manifest")
                media_type = str(load_json(raw, where=f"{self.ref}: manifest").get("mediaType") or mt.OCI_MANIFEST)
                self._top = Descriptor(media_type, digest, len(raw))
            else:
                self._top, raw = self.client.manifest(self.ref)
            self.fetched[self._top.digest] = raw
        return self._top

    def _fetch(self, desc: Descriptor, what: str) -> bytes:
        if desc.media_type in mt.MANIFEST_TYPES | mt.INDEX_TYPES:
            _, raw = self.client.manifest(self.ref, desc.digest)
            return raw
        return self.client.blob(self.ref, desc, what=what)

    def signature(self, digest: str) -> Descriptor | None:
        """See :meth:`PackageSource.signature`."""
        tag = signature_tag(digest)
        if not self.client.exists(self.ref, tag):
            return None
        desc, raw = self.client.manifest(self.ref, tag)
        self.fetched[desc.digest] = raw
        return desc


def open_source(
    source: str,
    *,
    store: BlobStore | None = None,
    insecure: bool | None = None,
    pin: str | None = None,
    **_ignored: Any,
) -> PackageSource:
    """Open ``source`` (layout dir or tar ``[:TAG]``, docker archive, or registry reference).

    Args:
        source: what to open.
        store: blob store consulted before the source.
        insecure: force plain HTTP for a registry.
        pin: a digest the source must resolve to (from a lock); registry references are fetched by it.

    Raises:
        PackageError: not a package, or malformed.
    """
    if not isinstance(source, (str, os.PathLike)):
        raise PackageError(f"cannot open a {type(source).__name__} as a package")
    source = str(source)
    found = split_path_tag(source)
    if found is not None:
        path, tag = found
        if path.is_dir():
            return LayoutSource(path, tag, source=source, store=store)
        tar = TarFiles(path)
        names = set(tar.names())
        if "oci-layout" in names or "index.json" in names:
            tar.close()
            return LayoutSource(path, tag, source=source, store=store)
        try:
            return DockerArchiveSource(tar, tag, source=source, path=path, store=store)
        except PackageError:
            tar.close()
            raise
    if looks_like_reference(source):
        ref = parse_reference(source)
        if pin is not None:
            ref = ref.with_digest(pin)
        return RegistrySource(ref, source=source, store=store, insecure=insecure)
    raise PackageError(f"{source[:200]}: not a layout directory, tar, or registry reference (HOST[:PORT]/REPO[:TAG])")

"""Images: from a verified manifest to the module bytes it carries, and building artifacts.

:func:`read_image` walks from a top descriptor (an index or a manifest) to one
manifest, its config and its layers, fetching each blob through a caller's
``fetch(descriptor, what) -> bytes`` that must return verified bytes (every
source here does). Indexes may nest; the walk stops at depth
:data:`MAX_DEPTH` and on a digest it has already visited.

:func:`module_of` finds the code in an image:

- an artifact whose layer *is* the module (``application/wasm``, the older
  ``application/vnd.wasm.content.layer.v1+wasm``, or a multiPIE virtine
  image) — exactly one such layer;
- a filesystem image (tar layers, e.g. built by umoci, buildah or docker):
  the file named by the config's ``Entrypoint``, else the only ``*.wasm`` file.

:func:`wasm_artifact` builds the CNCF Wasm OCI artifact for a module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from multipie.errors import PackageError
from multipie.packages import mediatypes as mt
from multipie.packages.descriptor import MAX_JSON, Descriptor, load_json, parse_descriptor, to_json_bytes
from multipie.packages.tar import TarFiles, gunzip_limited

__all__ = ["MAX_DEPTH", "Fetch", "Image", "module_of", "read_image", "wasm_artifact"]

#: Deepest nesting of indexes followed.
MAX_DEPTH = 8
_MAX_LAYERS = 256

#: ``fetch(descriptor, what) -> verified bytes``.
Fetch = Callable[[Descriptor, str], bytes]


@dataclass
class Image:
    """One resolved image: its manifest (descriptor + parsed + raw), config and layers, all verified."""

    where: str
    manifest_desc: Descriptor
    manifest: dict[str, Any]
    config_desc: Descriptor
    config: bytes
    layers: list[Descriptor]
    #: Every blob read on the way (indexes, manifest, config), by digest.
    blobs: dict[str, bytes] = field(default_factory=dict)
    #: Descriptor of the top document (an index, or the manifest itself).
    top: Descriptor | None = None

    @property
    def digest(self) -> str:
        """The manifest's digest: the identity signatures and locks refer to."""
        return self.manifest_desc.digest


def read_image(fetch: Fetch, top: Descriptor, *, where: str) -> Image:
    """Resolve ``top`` to one image, reading (and verifying) its manifest and config.

    Raises:
        PackageError: unknown media types, malformed documents, nesting too deep, a
            loop, or an index that offers several images and no way to choose.
        DigestMismatch: a blob does not match its digest.
    """
    blobs: dict[str, bytes] = {}
    desc = top
    seen: set[str] = set()
    for depth in range(MAX_DEPTH + 1):
        if desc.digest in seen:
            raise PackageError(f"{where}: index loop: {desc.digest} refers back to itself")
        seen.add(desc.digest)
        if desc.media_type not in mt.INDEX_TYPES | mt.MANIFEST_TYPES:
            raise PackageError(
                f"{where}: unknown media type {desc.media_type[:100]!r} for {desc.digest} "
                "(expected an OCI/Docker manifest or index)"
            )
        if desc.size > MAX_JSON:
            raise PackageError(f"{where}: manifest {desc.digest} claims {desc.size} bytes, over {MAX_JSON}")
        raw = fetch(desc, f"{where}: {'index' if desc.media_type in mt.INDEX_TYPES else 'manifest'} {desc.digest}")
        blobs[desc.digest] = raw
        doc = load_json(raw, where=f"{where}: {desc.digest}")
        declared = doc.get("mediaType")
        if declared is not None and declared != desc.media_type:
            raise PackageError(
                f"{where}: {desc.digest} declares mediaType {str(declared)[:100]!r} but was referenced as "
                f"{desc.media_type!r}"
            )
        if desc.media_type in mt.INDEX_TYPES:
            if depth == MAX_DEPTH:
                break
            desc = _choose(doc, where=f"{where}: index {desc.digest}")
            continue
        return _image(fetch, desc, doc, blobs, top=top, where=where)
    raise PackageError(f"{where}: indexes nested deeper than {MAX_DEPTH} levels")


def _choose(index: dict[str, Any], *, where: str) -> Descriptor:
    entries = index.get("manifests")
    if not isinstance(entries, list) or not entries:
        raise PackageError(f"{where}: 'manifests' must be a non-empty list")
    descs = [parse_descriptor(e, where=f"{where} manifests[{i}]") for i, e in enumerate(entries[:1000])]
    if len(descs) == 1:
        return descs[0]
    for d in descs:  # a multi-platform index: take the Wasm entry
        p = d.platform or {}
        if p.get("architecture") == "wasm" or str(p.get("os", "")).startswith("wasi"):
            return d
    raise PackageError(f"{where}: {len(descs)} manifests and none for platform wasm/wasi")


def _image(
    fetch: Fetch, desc: Descriptor, doc: dict[str, Any], blobs: dict[str, bytes], *, top: Descriptor, where: str
) -> Image:
    here = f"{where}: manifest {desc.digest}"
    if doc.get("schemaVersion") != 2:
        raise PackageError(f"{here}: schemaVersion must be 2, got {doc.get('schemaVersion')!r}")
    config = parse_descriptor(doc.get("config"), where=f"{here} config", max_size=MAX_JSON)
    layers_raw = doc.get("layers")
    if not isinstance(layers_raw, list):
        raise PackageError(f"{here}: 'layers' must be a list")
    if len(layers_raw) > _MAX_LAYERS:
        raise PackageError(f"{here}: more than {_MAX_LAYERS} layers")
    layers = [parse_descriptor(x, where=f"{here} layers[{i}]") for i, x in enumerate(layers_raw)]
    config_bytes = fetch(config, f"{where}: config {config.digest}")
    blobs[config.digest] = config_bytes
    return Image(where, desc, doc, config, config_bytes, layers, blobs, top)


def module_of(image: Image, fetch: Fetch) -> tuple[bytes, str]:
    """The module (or virtine image) bytes an image carries, and a name for it.

    Raises:
        PackageError: no code layer, several, unknown layer types, or no way to
            tell which file of a filesystem image is the module.
    """
    where = image.where
    code = [d for d in image.layers if d.media_type in mt.MODULE_LAYER_TYPES]
    if code:
        if len(code) > 1:
            raise PackageError(f"{where}: {len(code)} module layers; expected one")
        layer = code[0]
        data = fetch(layer, f"{where}: layer {layer.digest}")
        title = layer.annotations.get(mt.TITLE) or image.manifest_desc.digest[:19]
        return data, title.rsplit(".", 1)[0] if title.endswith((".wasm", ".wat")) else title
    unknown = [d.media_type for d in image.layers if d.media_type not in mt.IMAGE_LAYER_TYPES]
    if unknown:
        raise PackageError(f"{where}: unknown layer media type {unknown[0][:100]!r}")
    if not image.layers:
        raise PackageError(f"{where}: the image has no layers")
    tree: dict[str, bytes] = {}
    for i, layer in enumerate(image.layers):
        blob = fetch(layer, f"{where}: layer {i} {layer.digest}")
        _apply_layer(tree, blob, layer.media_type, where=f"{where}: layer {i} {layer.digest}")
    return _pick_entry(tree, image.config, where=where)


def _apply_layer(tree: dict[str, bytes], blob: bytes, media_type: str, *, where: str) -> None:
    data = gunzip_limited(blob, where=where) if media_type.endswith("gzip") or blob[:2] == b"\x1f\x8b" else blob
    with TarFiles(data, where=where, rootfs=True) as files:
        for name in files.names():
            base = name.rsplit("/", 1)[-1]
            parent = name.rpartition("/")[0]
            if base == ".wh..wh..opq":  # opaque directory: drop what lower layers had there
                for k in [k for k in tree if k.startswith(parent + "/")]:
                    del tree[k]
                continue
            if base.startswith(".wh."):
                gone = (parent + "/" if parent else "") + base[4:]
                for k in [k for k in tree if k == gone or k.startswith(gone + "/")]:
                    del tree[k]
                continue
            if name.endswith(".wasm") or name.endswith(".mpv"):
                content = files.read(name, max_size=1 << 30)
                if content is not None:
                    tree[name] = content


def _pick_entry(tree: dict[str, bytes], config: bytes, *, where: str) -> tuple[bytes, str]:
    cfg = load_json(config, where=f"{where}: config") if config else {}
    inner = cfg.get("config") if isinstance(cfg.get("config"), dict) else {}
    entry = (inner or {}).get("Entrypoint") or (inner or {}).get("Cmd") or []
    if isinstance(entry, list) and entry and isinstance(entry[0], str):
        path = entry[0].lstrip("/")
        path = "/".join(p for p in path.split("/") if p not in ("", "."))
        if path in tree:
            return tree[path], path.rsplit("/", 1)[-1].removesuffix(".wasm")
    if len(tree) == 1:
        path, data = next(iter(tree.items()))
        return data, path.rsplit("/", 1)[-1].removesuffix(".wasm")
    if not tree:
        raise PackageError(f"{where}: the image's layers hold no .wasm file")
    names = ", ".join(sorted(tree)[:10])
    raise PackageError(f"{where}: several .wasm files ({names}); set the image's Entrypoint to one")


def wasm_artifact(
    module: bytes, *, title: str, layer_type: str = mt.WASM_LAYER, annotations: dict[str, str] | None = None
) -> tuple[Descriptor, dict[str, bytes]]:
    """The CNCF Wasm OCI artifact for ``module``: (manifest descriptor, blobs by digest).

    Deterministic: the same module and title always give the same manifest digest.

    Args:
        module: the module bytes (or a virtine image with ``layer_type`` VIRTINE_IMAGE).
        title: the layer's file name (``org.opencontainers.image.title``).
        layer_type: the layer media type.
        annotations: extra manifest annotations.
    """
    layer = Descriptor.of(layer_type, module, annotations={mt.TITLE: title})
    wasi = b"wasi_snapshot_preview1" in module or b"wasi_unstable" in module
    config = to_json_bytes(
        {
            "architecture": "wasm",
            "os": "wasip1" if wasi else "wasm",
            "layerDigests": [layer.digest],
        }
    )
    config_desc = Descriptor.of(mt.WASM_CONFIG, config)
    manifest: dict[str, Any] = {
        "schemaVersion": 2,
        "mediaType": mt.OCI_MANIFEST,
        "artifactType": mt.WASM_CONFIG,
        "config": config_desc.to_json(),
        "layers": [layer.to_json()],
    }
    if annotations:
        manifest["annotations"] = dict(annotations)
    raw = to_json_bytes(manifest)
    desc = Descriptor.of(mt.OCI_MANIFEST, raw, artifact_type=mt.WASM_CONFIG)
    blobs = {layer.digest: module, config_desc.digest: config, desc.digest: raw}
    return desc, blobs

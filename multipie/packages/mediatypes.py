"""Media types multiPIE reads and writes, and what each one means to it.

Sources: the OCI image spec (manifests, indexes, layers), the Docker v2
schema 2 types that registries and ``docker save`` still use, the CNCF
TAG-Runtime Wasm OCI artifact layout (``application/vnd.wasm.config.v0+json``
config + ``application/wasm`` layer) and the older wasm-to-oci layer type, and
cosign's signature types (see :mod:`multipie.packages.signing`).
"""

from __future__ import annotations

__all__ = [
    "CONFIG_TYPES",
    "COSIGN_SIMPLE_SIGNING",
    "DOCKER_CONFIG",
    "DOCKER_LAYER",
    "DOCKER_LAYER_TAR",
    "DOCKER_MANIFEST",
    "DOCKER_MANIFEST_LIST",
    "IMAGE_LAYER_TYPES",
    "INDEX_TYPES",
    "MANIFEST_TYPES",
    "MODULE_LAYER_TYPES",
    "OCI_CONFIG",
    "OCI_EMPTY",
    "OCI_INDEX",
    "OCI_LAYER",
    "OCI_LAYER_GZIP",
    "OCI_LAYOUT_VERSION",
    "OCI_MANIFEST",
    "REF_NAME",
    "TITLE",
    "VIRTINE_IMAGE",
    "WASM_CONFIG",
    "WASM_LAYER",
    "WASM_CONFIG_LEGACY",
    "WASM_LAYER_LEGACY",
]

OCI_LAYOUT_VERSION = "1.0.0"

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_EMPTY = "application/vnd.oci.empty.v1+json"
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar"
OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip"

DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json"
DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip"
DOCKER_LAYER_TAR = "application/vnd.docker.image.rootfs.diff.tar"

#: CNCF Wasm OCI artifact (TAG Runtime, "wasm-oci"): config and layer.
WASM_CONFIG = "application/vnd.wasm.config.v0+json"
WASM_LAYER = "application/wasm"
#: The older wasm-to-oci / Krustlet layer type (config ``application/vnd.wasm.config.v1+json``).
WASM_LAYER_LEGACY = "application/vnd.wasm.content.layer.v1+wasm"
WASM_CONFIG_LEGACY = "application/vnd.wasm.config.v1+json"

#: A multiPIE virtine image (``MPVIRTN`` file) carried as an artifact layer.
VIRTINE_IMAGE = "application/vnd.multipie.virtine.v1"

#: cosign's simple-signing payload (the signed JSON naming the manifest digest).
COSIGN_SIMPLE_SIGNING = "application/vnd.dev.cosign.simplesigning.v1+json"

#: Annotation keys.
REF_NAME = "org.opencontainers.image.ref.name"
TITLE = "org.opencontainers.image.title"

INDEX_TYPES = frozenset({OCI_INDEX, DOCKER_MANIFEST_LIST})
MANIFEST_TYPES = frozenset({OCI_MANIFEST, DOCKER_MANIFEST})
CONFIG_TYPES = frozenset({OCI_CONFIG, DOCKER_CONFIG, WASM_CONFIG, WASM_CONFIG_LEGACY, OCI_EMPTY})
#: Layers that ARE a module or image (the blob is the code itself).
MODULE_LAYER_TYPES = frozenset({WASM_LAYER, WASM_LAYER_LEGACY, VIRTINE_IMAGE})
#: Filesystem layers (tar, maybe gzip) in which the module is one file.
IMAGE_LAYER_TYPES = frozenset({OCI_LAYER, OCI_LAYER_GZIP, DOCKER_LAYER, DOCKER_LAYER_TAR})

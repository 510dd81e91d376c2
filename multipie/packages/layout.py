"""OCI image layouts (``oci-layout``, ``index.json``, ``blobs/sha256/<hex>``): read and write.

A :class:`Layout` reads through a :class:`~multipie.packages.files.Files`
view, so a directory and a tar are read by the same code. Every blob is
checked as it is read: the file's size against the descriptor, then its
sha256 (:mod:`multipie.packages.digest`). The index is parsed strictly
(:func:`~multipie.packages.descriptor.parse_descriptor`).

Writing (:func:`layout_files`, :func:`write_layout`) produces the spec's
files from a set of blobs and the descriptors the index should list;
``write_layout`` adds to an existing layout (blobs are content-addressed, and
an entry with the same tag is replaced).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from multipie.errors import PackageError
from multipie.packages import mediatypes as mt
from multipie.packages.descriptor import (
    MAX_JSON,
    Descriptor,
    load_json,
    parse_descriptor,
    to_json_bytes,
)
from multipie.packages.digest import hex_of
from multipie.packages.files import DirFiles, Files, check_output, file_mode

__all__ = ["Layout", "is_layout_dir", "layout_files", "write_layout"]

_MAX_INDEX_ENTRIES = 10_000


def is_layout_dir(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a directory holding an ``oci-layout`` or ``index.json`` file."""
    p = Path(path)
    return p.is_dir() and ((p / "oci-layout").exists() or (p / "index.json").exists())


class Layout:
    """An OCI image layout being read; blobs come out verified.

    Args:
        files: the layout's files (a :class:`DirFiles` or a vetted tar).

    Raises:
        PackageError: ``oci-layout`` or ``index.json`` is missing or malformed.
    """

    def __init__(self, files: Files) -> None:
        self.files = files
        self.where = files.where
        marker = files.read("oci-layout", max_size=MAX_JSON)
        if marker is None:
            raise PackageError(f"{self.where}: not an OCI image layout (no oci-layout file)")
        version = load_json(marker, where=f"{self.where}/oci-layout").get("imageLayoutVersion")
        if not isinstance(version, str) or not version.startswith("1."):
            raise PackageError(f"{self.where}/oci-layout: unsupported imageLayoutVersion {version!r}")
        raw = files.read("index.json", max_size=MAX_JSON)
        if raw is None:
            raise PackageError(f"{self.where}: OCI layout has no index.json")
        self.index = load_json(raw, where=f"{self.where}/index.json")
        entries = self.index.get("manifests")
        if not isinstance(entries, list):
            raise PackageError(f"{self.where}/index.json: 'manifests' must be a list")
        if len(entries) > _MAX_INDEX_ENTRIES:
            raise PackageError(f"{self.where}/index.json: more than {_MAX_INDEX_ENTRIES} entries")
        self.manifests = [
            parse_descriptor(e, where=f"{self.where}/index.json manifests[{i}]") for i, e in enumerate(entries)
        ]

    @classmethod
    def open_dir(cls, path: str | os.PathLike[str]) -> Layout:
        """The layout in directory ``path``."""
        return cls(DirFiles(path))

    def blob(self, desc: Descriptor, *, what: str | None = None) -> bytes:
        """The blob ``desc`` points at, after checking its size and digest.

        Raises:
            PackageError: the blob is missing or its size differs from the descriptor.
            DigestMismatch: its content does not hash to the descriptor's digest.
        """
        from multipie.packages.digest import verify

        name = f"blobs/sha256/{hex_of(desc.digest)}"
        label = what or f"{self.where}/{name}"
        size = self.files.size(name)
        if size is not None and size >= 0 and size != desc.size:
            raise PackageError(f"{label}: size mismatch: descriptor says {desc.size} bytes, blob has {size}")
        data = self.files.read(name, max_size=max(desc.size, 0))
        if data is None:
            raise PackageError(f"{label}: blob {desc.digest} is missing from the layout")
        if len(data) != desc.size:
            raise PackageError(f"{label}: size mismatch: descriptor says {desc.size} bytes, blob has {len(data)}")
        return verify(data, desc.digest, what=label)

    def find(self, tag: str | None) -> Descriptor:
        """The index entry tagged ``tag`` (``None``: the only entry that is not a signature, or ``latest``).

        Raises:
            PackageError: no such tag, or several images and no tag to choose.
        """
        images = [d for d in self.manifests if not (d.ref_name or "").endswith(".sig")]
        if tag is not None:
            for d in self.manifests:
                if d.ref_name == tag:
                    return d
            tags = ", ".join(sorted({d.ref_name or "(untagged)" for d in images}))
            raise PackageError(f"{self.where}: no image tagged {tag!r} (tags: {tags or 'none'})")
        if len(images) == 1:
            return images[0]
        for d in images:
            if d.ref_name == "latest":
                return d
        if not images:
            raise PackageError(f"{self.where}: the layout's index.json lists no image")
        tags = ", ".join(sorted(d.ref_name or "(untagged)" for d in images))
        raise PackageError(f"{self.where}: {len(images)} images in the layout; name one with PATH:TAG ({tags})")

    def tagged(self, tag: str) -> Descriptor | None:
        """The entry tagged ``tag``, or ``None``."""
        for d in self.manifests:
            if d.ref_name == tag:
                return d
        return None


def layout_files(blobs: Mapping[str, bytes], manifests: Iterable[Descriptor]) -> dict[str, bytes]:
    """The files of a layout holding ``blobs`` whose index lists ``manifests``."""
    files = {f"blobs/sha256/{hex_of(d)}": data for d, data in blobs.items()}
    files["oci-layout"] = to_json_bytes({"imageLayoutVersion": mt.OCI_LAYOUT_VERSION})
    index: dict[str, Any] = {
        "schemaVersion": 2,
        "mediaType": mt.OCI_INDEX,
        "manifests": [d.to_json() for d in manifests],
    }
    files["index.json"] = to_json_bytes(index)
    return files


def write_layout(path: str | os.PathLike[str], blobs: Mapping[str, bytes], manifests: Iterable[Descriptor]) -> None:
    """Write (or extend) the layout directory ``path``.

    Existing index entries are kept unless a new entry has the same tag
    (``ref.name``) or the same digest and no tag. Files are written atomically.

    Raises:
        PackageError: ``path`` exists but is not a layout, or cannot be written.
    """
    root = check_output(path)
    new = list(manifests)
    keep: list[Descriptor] = []
    if root.exists():
        if not root.is_dir() or (any(root.iterdir()) and not is_layout_dir(root)):
            raise PackageError(f"{root}: exists and is not an OCI layout directory; refusing to write into it")
        if is_layout_dir(root):
            old = Layout.open_dir(root)
            tags = {d.ref_name for d in new if d.ref_name}
            digests = {d.digest for d in new}
            keep = [
                d for d in old.manifests if not (d.ref_name in tags or (d.ref_name is None and d.digest in digests))
            ]
    files = layout_files(blobs, keep + new)
    mode = file_mode()
    try:
        for name, data in sorted(files.items()):
            target = root / name
            if name.startswith("blobs/") and target.is_file():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
    except OSError as exc:
        raise PackageError(f"{root}: cannot write layout: {exc.strerror}") from exc

"""Root file systems as OCI images: a host directory → a deterministic layer tar → an image layout.

What ``umoci repack`` or ``docker build`` make from a directory, done by multiPIE itself (used to
build the Debian image the tests run, see ``docs/legacy.md``):

- :func:`layer_tar` writes a directory tree as an uncompressed layer: directories, regular files,
  symlinks (targets kept as they are: they are resolved later inside the guest) and hard links
  (files with the same inode after the first), with their permission bits; owner 0, mtime 0 and
  sorted names, so the same tree always gives the same digest. Devices, FIFOs and sockets are
  refused (:class:`~multipie.errors.PackageError`), as the layer vetting would refuse them.
- :func:`write_image` writes an OCI image layout (``linux/amd64``) of such layers with an image
  config (``Entrypoint``, ``Cmd``, ``Env``, ``WorkingDir``) through :mod:`.layout`.
"""

from __future__ import annotations

import io
import os
import stat as S
import tarfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from multipie.errors import PackageError
from multipie.packages import mediatypes as mt
from multipie.packages.descriptor import Descriptor, to_json_bytes
from multipie.packages.digest import digest_of
from multipie.packages.layout import write_layout

__all__ = ["layer_tar", "write_image"]


def _entries(root: Path) -> list[str]:
    """Every path below ``root`` (relative, sorted), walked without following symlinks."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        rel = os.path.relpath(dirpath, root)
        for name in (*dirnames, *filenames):
            out.append(name if rel == "." else f"{rel}/{name}")
    return sorted(out)


def layer_tar(root: str | os.PathLike[str]) -> bytes:
    """The directory ``root`` as a deterministic, uncompressed OCI layer tar.

    Raises:
        PackageError: ``root`` is not a directory, or holds a device, FIFO or socket.
    """
    base = Path(root)
    if not base.is_dir():
        raise PackageError(f"{base}: not a directory")
    buf = io.BytesIO()
    first: dict[tuple[int, int], str] = {}
    with tarfile.open(fileobj=buf, mode="w:", format=tarfile.PAX_FORMAT) as tar:
        for rel in _entries(base):
            st = os.lstat(base / rel)
            info = tarfile.TarInfo(rel)
            info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
            info.mode = S.S_IMODE(st.st_mode)
            if S.S_ISDIR(st.st_mode):
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
            elif S.S_ISLNK(st.st_mode):
                info.type, info.linkname = tarfile.SYMTYPE, os.readlink(base / rel)
                tar.addfile(info)
            elif S.S_ISREG(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if st.st_nlink > 1 and key in first:
                    info.type, info.linkname = tarfile.LNKTYPE, first[key]
                    tar.addfile(info)
                    continue
                first[key] = rel
                info.size = st.st_size
                with open(base / rel, "rb") as f:
                    tar.addfile(info, f)
            else:
                raise PackageError(f"{base / rel}: a device, FIFO or socket cannot go into an image layer")
    return buf.getvalue()


def write_image(
    out: str | os.PathLike[str],
    layers: Sequence[bytes],
    *,
    entrypoint: Sequence[str] = (),
    cmd: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    working_dir: str = "/",
    tag: str = "latest",
) -> Descriptor:
    """Write an OCI image layout at ``out`` with ``layers`` (uncompressed tars, bottom first) and a config.

    Returns:
        The manifest's descriptor (tagged ``tag``).

    Raises:
        PackageError: ``out`` exists and is not a layout, or cannot be written.
    """
    blobs: dict[str, bytes] = {}
    descs = []
    for data in layers:
        d = Descriptor.of(mt.OCI_LAYER, data)
        blobs[d.digest] = data
        descs.append(d)
    inner: dict[str, Any] = {"WorkingDir": working_dir}
    if entrypoint:
        inner["Entrypoint"] = list(entrypoint)
    if cmd:
        inner["Cmd"] = list(cmd)
    if env:
        inner["Env"] = [f"{k}={v}" for k, v in env.items()]
    config = to_json_bytes({
        "architecture": "amd64",
        "os": "linux",
        "config": inner,
        "rootfs": {"type": "layers", "diff_ids": [digest_of(b) for b in layers]},
    })  # fmt: skip
    config_desc = Descriptor.of(mt.OCI_CONFIG, config)
    manifest = to_json_bytes({
        "schemaVersion": 2,
        "mediaType": mt.OCI_MANIFEST,
        "config": config_desc.to_json(),
        "layers": [d.to_json() for d in descs],
    })  # fmt: skip
    desc = Descriptor.of(mt.OCI_MANIFEST, manifest, annotations={mt.REF_NAME: tag})
    blobs[config_desc.digest] = config
    blobs[desc.digest] = manifest
    write_layout(out, blobs, [desc])
    return desc

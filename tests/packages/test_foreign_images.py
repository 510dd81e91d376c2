"""Images built by other tools (umoci, skopeo) load, and multiPIE's artifacts survive other tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import multipie
from multipie.packages import BlobStore

needs_umoci = pytest.mark.skipif(shutil.which("umoci") is None, reason="umoci not installed (Debian package umoci)")
needs_skopeo = pytest.mark.skipif(shutil.which("skopeo") is None, reason="skopeo not installed (Debian package skopeo)")


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, timeout=120)


@pytest.fixture
def umoci_image(tmp_path: Path, add_wasm: Path) -> Path:
    """A filesystem image built by umoci with the add guest at /app.wasm as its entrypoint."""
    _run("umoci", "init", "--layout", "img", cwd=tmp_path)
    _run("umoci", "new", "--image", "img:latest", cwd=tmp_path)
    _run("umoci", "unpack", "--rootless", "--image", "img:latest", "bundle", cwd=tmp_path)
    shutil.copy(add_wasm, tmp_path / "bundle" / "rootfs" / "app.wasm")
    (tmp_path / "bundle" / "rootfs" / "other.wasm").write_bytes(b"\0asm\x01\0\0\0")
    _run("umoci", "repack", "--image", "img:latest", "bundle", cwd=tmp_path)
    _run("umoci", "config", "--image", "img:latest", "--config.entrypoint", "/app.wasm", cwd=tmp_path)
    return tmp_path / "img"


@needs_umoci
def test_umoci_image_loads(umoci_image: Path, rt: multipie.Runtime, store: BlobStore) -> None:
    svc = rt.load(f"{umoci_image}:latest", store=store)
    assert svc.name == "app"  # the entrypoint, not the other .wasm
    with svc.spawn() as d:
        assert d.call("add", 1, 2) == 3


@needs_umoci
@needs_skopeo
def test_skopeo_docker_archive_loads(umoci_image: Path, tmp_path: Path, rt: multipie.Runtime, store: BlobStore) -> None:
    archive = tmp_path / "docker.tar"
    _run("skopeo", "copy", f"oci:{umoci_image}:latest", f"docker-archive:{archive}:demo/add:v1", cwd=tmp_path)
    svc = rt.load(str(archive), store=store)
    with svc.spawn() as d:
        assert d.call("add", 40, 2) == 42


@needs_umoci
@needs_skopeo
def test_docker_archive_layer_tamper_detected(umoci_image: Path, tmp_path: Path, store: BlobStore) -> None:
    import io
    import tarfile

    from multipie.packages import resolve_source

    archive = tmp_path / "docker.tar"
    _run("skopeo", "copy", f"oci:{umoci_image}:latest", f"docker-archive:{archive}", cwd=tmp_path)
    bad = tmp_path / "bad.tar"
    with tarfile.open(archive) as src, tarfile.open(bad, "w") as dst:
        for m in src.getmembers():
            data = src.extractfile(m).read() if m.isreg() else None  # type: ignore[union-attr]
            if data is not None and m.name.endswith(".tar"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            dst.addfile(m, io.BytesIO(data) if data is not None else None)
    with pytest.raises(multipie.PackageError):
        resolve_source(str(bad), {"store": store})
    assert store.digests() == []


@needs_skopeo
def test_skopeo_copies_our_artifact(layout: Path, tmp_path: Path, rt: multipie.Runtime, store: BlobStore) -> None:
    copy = tmp_path / "copy"
    _run("skopeo", "copy", f"oci:{layout}:latest", f"oci:{copy}:v9", cwd=tmp_path)
    with rt.load(f"{copy}:v9", store=store).spawn() as d:
        assert d.call("add", 2, 2) == 4

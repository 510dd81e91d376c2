"""Hostile input: every case gets a clear PackageError, and nothing is written outside the store."""

from __future__ import annotations

import io
import json
import os
import shutil
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

import multipie
from multipie.packages import BlobStore, resolve_source
from multipie.packages.descriptor import to_json_bytes
from multipie.packages.digest import digest_of
from multipie.packages.tar import gunzip_limited


def _tar(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as t:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            t.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _member(name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    return info


def _layout_members(layout: Path) -> list[tuple[tarfile.TarInfo, bytes | None]]:
    out: list[tuple[tarfile.TarInfo, bytes | None]] = []
    for p in sorted(layout.rglob("*")):
        if p.is_file():
            out.append((_member(p.relative_to(layout).as_posix()), p.read_bytes()))
    return out


TAR_CASES: dict[str, tuple[Callable[[Path], list[tuple[tarfile.TarInfo, bytes | None]]], str]] = {
    "dotdot": (lambda lay: [*_layout_members(lay), (_member("../evil"), b"x")], "climbs out"),
    "absolute": (lambda lay: [*_layout_members(lay), (_member("/tmp/evil"), b"x")], "absolute path"),
    "symlink-out": (
        lambda lay: [*_layout_members(lay), (_member("blobs/x", tarfile.SYMTYPE, "../../etc/passwd"), None)],
        "points outside",
    ),
    "symlink-abs": (
        lambda lay: [*_layout_members(lay), (_member("blobs/y", tarfile.SYMTYPE, "/etc/passwd"), None)],
        "points outside",
    ),
    "hardlink-out": (
        lambda lay: [*_layout_members(lay), (_member("h", tarfile.LNKTYPE, "../outside"), None)],
        "hardlink",
    ),
    "device": (lambda lay: [*_layout_members(lay), (_member("dev", tarfile.CHRTYPE), None)], "device"),
    "fifo": (lambda lay: [*_layout_members(lay), (_member("fifo", tarfile.FIFOTYPE), None)], "FIFO"),
    "duplicate": (lambda lay: [*_layout_members(lay), (_member("index.json"), b"{}")], "duplicate"),
}


@pytest.mark.parametrize("case", sorted(TAR_CASES))
def test_hostile_tars(case: str, layout: Path, tmp_path: Path, store: BlobStore) -> None:
    build, message = TAR_CASES[case]
    bad = _tar(tmp_path / f"{case}.tar", build(layout))
    before = set(tmp_path.parent.iterdir())
    with pytest.raises(multipie.PackageError, match=message):
        resolve_source(str(bad), {"store": store})
    assert set(tmp_path.parent.iterdir()) == before
    assert store.digests() == []


def test_huge_member_refused(layout: Path, tmp_path: Path, store: BlobStore) -> None:
    # A header claiming 2 TiB: refused from the header alone, nothing is read or allocated.
    info = _member("blobs/sha256/" + "a" * 64)
    raw = bytearray(info.tobuf(format=tarfile.GNU_FORMAT))
    big = tarfile.TarInfo("x")
    big.size = 2 << 40
    raw = bytearray(big.tobuf(format=tarfile.GNU_FORMAT))
    path = tmp_path / "huge.tar"
    path.write_bytes(bytes(raw) + b"\0" * 1024)
    with pytest.raises(multipie.PackageError, match="over the|not a readable tar"):
        resolve_source(str(path), {"store": store})


def test_sparse_member_refused(tmp_path: Path, store: BlobStore) -> None:
    info = _member("sparse")
    info.pax_headers = {
        "GNU.sparse.major": "1",
        "GNU.sparse.minor": "0",
        "GNU.sparse.name": "sparse",
        "GNU.sparse.realsize": str(1 << 40),
    }
    path = _tar(tmp_path / "sparse.tar", [(info, b"1\n0\n512\n" + b"\0" * 505 + b"x" * 512)])
    with pytest.raises(multipie.PackageError, match="sparse|over the|not a readable"):
        resolve_source(str(path), {"store": store})


def test_gzip_bomb_capped() -> None:
    import gzip

    bomb = gzip.compress(b"\0" * (4 << 20))
    with pytest.raises(multipie.PackageError, match="inflates to more than"):
        gunzip_limited(bomb, limit=1 << 20, where="bomb")


def _edit_index(layout: Path, edit: Callable[[dict], None]) -> None:
    index = json.loads((layout / "index.json").read_text())
    edit(index)
    (layout / "index.json").write_text(json.dumps(index))


def _manifest_path(layout: Path) -> Path:
    d = json.loads((layout / "index.json").read_text())["manifests"][0]["digest"]
    return layout / "blobs" / "sha256" / d.split(":")[1]


def _layer_path(layout: Path) -> Path:
    m = json.loads(_manifest_path(layout).read_text())
    return layout / "blobs" / "sha256" / m["layers"][0]["digest"].split(":")[1]


def _retarget(layout: Path, manifest: dict) -> None:
    raw = to_json_bytes(manifest)
    d = digest_of(raw)
    (layout / "blobs" / "sha256" / d.split(":")[1]).write_bytes(raw)
    _edit_index(layout, lambda i: i["manifests"][0].update(digest=d, size=len(raw)))


def _mutate_manifest(layout: Path, edit: Callable[[dict], None]) -> None:
    m = json.loads(_manifest_path(layout).read_text())
    edit(m)
    _retarget(layout, m)


LAYOUT_CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "missing-blob": (lambda lay: _layer_path(lay).unlink(), "missing from the layout"),
    "wrong-size": (lambda lay: _edit_index(lay, lambda i: i["manifests"][0].update(size=5)), "size mismatch"),
    "negative-size": (lambda lay: _edit_index(lay, lambda i: i["manifests"][0].update(size=-1)), "non-negative"),
    "tampered-layer": (
        lambda lay: _layer_path(lay).write_bytes(_layer_path(lay).read_bytes()[:-1] + b"\x7f"),
        r"digest mismatch: expected sha256:[0-9a-f]{64}, got sha256:",
    ),
    "malformed-index": (lambda lay: (lay / "index.json").write_text("{not json"), "malformed JSON"),
    "malformed-manifest": (lambda lay: _retarget_raw(lay, b"[1,2"), "malformed JSON"),
    "index-not-object": (lambda lay: (lay / "index.json").write_text("[]"), "expected a JSON object"),
    "no-oci-layout": (lambda lay: (lay / "oci-layout").unlink(), "no oci-layout"),
    "bad-layout-version": (
        lambda lay: (lay / "oci-layout").write_text('{"imageLayoutVersion":"9"}'),
        "imageLayoutVersion",
    ),
    "unknown-manifest-type": (
        lambda lay: _edit_index(lay, lambda i: i["manifests"][0].update(mediaType="application/x-evil")),
        "unknown media type",
    ),
    "unknown-layer-type": (
        lambda lay: _mutate_manifest(lay, lambda m: m["layers"][0].update(mediaType="application/x-evil")),
        "unknown layer media type",
    ),
    "sha512-digest": (
        lambda lay: _edit_index(lay, lambda i: i["manifests"][0].update(digest="sha512:" + "a" * 128)),
        "unsupported digest algorithm 'sha512'",
    ),
    "md5-digest": (
        lambda lay: _edit_index(lay, lambda i: i["manifests"][0].update(digest="md5:" + "a" * 32)),
        "unsupported digest algorithm 'md5'",
    ),
    "digest-path-traversal": (
        lambda lay: _edit_index(lay, lambda i: i["manifests"][0].update(digest="sha256:../../../etc/passwd")),
        "malformed digest",
    ),
    "index-self-loop": (lambda lay: _self_loop(lay), "digest mismatch|index loop"),
    "index-too-deep": (lambda lay: _deep(lay, 12), "nested deeper"),
    "symlinked-blob": (lambda lay: _symlink_layer(lay), "symlink"),
    "two-wasm-layers": (lambda lay: _mutate_manifest(lay, lambda m: m["layers"].append(m["layers"][0])), "2 module"),
    "empty-index": (lambda lay: _edit_index(lay, lambda i: i.update(manifests=[])), "lists no image"),
}


def _retarget_raw(layout: Path, raw: bytes) -> None:
    d = digest_of(raw)
    (layout / "blobs" / "sha256" / d.split(":")[1]).write_bytes(raw)
    _edit_index(layout, lambda i: i["manifests"][0].update(digest=d, size=len(raw)))


def _self_loop(layout: Path) -> None:
    fake = "sha256:" + "ab" * 32
    raw = to_json_bytes(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.index.v1+json",
            "manifests": [{"mediaType": "application/vnd.oci.image.index.v1+json", "digest": fake, "size": 300}],
        }
    )
    raw = raw.ljust(300, b" ")
    (layout / "blobs" / "sha256" / ("ab" * 32)).write_bytes(raw)
    _edit_index(
        layout,
        lambda i: i["manifests"][0].update(mediaType="application/vnd.oci.image.index.v1+json", digest=fake, size=300),
    )


def _deep(layout: Path, depth: int) -> None:
    top = json.loads((layout / "index.json").read_text())["manifests"][0]
    top.pop("annotations", None)
    for _ in range(depth):
        raw = to_json_bytes(
            {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [top]}
        )
        d = digest_of(raw)
        (layout / "blobs" / "sha256" / d.split(":")[1]).write_bytes(raw)
        top = {"mediaType": "application/vnd.oci.image.index.v1+json", "digest": d, "size": len(raw)}
    _edit_index(layout, lambda i: i.update(manifests=[top]))


def _symlink_layer(layout: Path) -> None:
    p = _layer_path(layout)
    real = layout.parent / "elsewhere.wasm"
    shutil.move(p, real)
    os.symlink(real, p)


@pytest.mark.parametrize("case", sorted(LAYOUT_CASES))
def test_hostile_layouts(case: str, layout: Path, tmp_path: Path, store: BlobStore, rt: multipie.Runtime) -> None:
    mutate, message = LAYOUT_CASES[case]
    mutate(layout)
    with pytest.raises(multipie.PackageError, match=message):
        rt.load(str(layout), store=store)
    assert store.digests() == []
    assert rt.live_domains == 0


def test_reasonable_nesting_is_followed(layout: Path, store: BlobStore) -> None:
    _deep(layout, 3)
    assert resolve_source(str(layout), {"store": store}).name == "add"


def test_tar_of_fifo_in_layout_dir_does_not_block(layout: Path, store: BlobStore) -> None:
    p = _layer_path(layout)
    p.unlink()
    os.mkfifo(p)
    with pytest.raises(multipie.PackageError, match="not a regular file"):
        resolve_source(str(layout), {"store": store})

"""Pack → layout/tar → load: round trips, determinism, the shared store, and what a layout holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import multipie
from multipie.packages import BlobStore, is_package_source, pack, resolve_source
from multipie.packages import mediatypes as mt
from multipie.packages.digest import digest_of
from multipie.packages.layout import Layout
from multipie.packages.source import open_source


def test_pack_layout_is_cncf_wasm_artifact(layout: Path, add_wasm: Path) -> None:
    assert json.loads((layout / "oci-layout").read_text()) == {"imageLayoutVersion": "1.0.0"}
    lay = Layout.open_dir(layout)
    (desc,) = lay.manifests
    assert desc.ref_name == "latest"
    manifest = json.loads(lay.blob(desc))
    assert manifest["config"]["mediaType"] == mt.WASM_CONFIG
    (layer,) = manifest["layers"]
    assert layer["mediaType"] == mt.WASM_LAYER
    assert layer["digest"] == digest_of(add_wasm.read_bytes())
    assert layer["annotations"][mt.TITLE] == "add.wasm"


def test_pack_is_deterministic(tmp_path: Path, add_wasm: Path) -> None:
    a = pack(add_wasm, tmp_path / "a")
    b = pack(add_wasm, tmp_path / "b.tar")
    c = pack(add_wasm, tmp_path / "c.tar")
    assert a.digest == b.digest == c.digest
    assert (tmp_path / "b.tar").read_bytes() == (tmp_path / "c.tar").read_bytes()


@pytest.mark.parametrize("which", ["layout", "layout_tar"])
def test_runtime_loads_packages(
    which: str, request: pytest.FixtureRequest, rt: multipie.Runtime, store: BlobStore
) -> None:
    src: Path = request.getfixturevalue(which)
    assert is_package_source(str(src))
    svc = rt.load(str(src), store=store)
    assert svc.name == "add"
    with svc.spawn() as d:
        assert d.call("add", 20, 22) == 42
    # every blob of the image is now in the shared store, verified
    assert len(store.digests()) == 3


def test_wat_module_packs(tmp_path: Path, rt: multipie.Runtime, store: BlobStore) -> None:
    wat = tmp_path / "twice.wat"
    wat.write_text('(module (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))')
    pack(wat, tmp_path / "t")
    with rt.load(str(tmp_path / "t"), store=store).spawn() as d:
        assert d.call("twice", 21) == 42


def test_tags_select_images(
    tmp_path: Path, add_wasm: Path, guests: Path, rt: multipie.Runtime, store: BlobStore
) -> None:
    out = tmp_path / "multi"
    pack(add_wasm, out, tag="add")
    pack(guests / "c" / "mathlib.wasm", out, tag="math")
    assert len(Layout.open_dir(out).manifests) == 2
    assert rt.load(f"{out}:add", store=store).name == "add"
    assert rt.load(f"{out}:math", store=store).name == "mathlib"
    with pytest.raises(multipie.PackageError, match="2 images in the layout"):
        rt.load(str(out), store=store)
    with pytest.raises(multipie.PackageError, match="no image tagged 'nope'"):
        rt.load(f"{out}:nope", store=store)


def test_store_is_shared_and_reverified(layout: Path, store: BlobStore) -> None:
    blob = resolve_source(str(layout), {"store": store})
    assert blob.data[:4] == b"\0asm"
    # corrupt the cached module: the next read is refused, not used
    path = store.path(blob.digest)
    path.write_bytes(path.read_bytes()[:-1] + b"\x01")
    with pytest.raises(multipie.DigestMismatch, match=r"digest mismatch.*expected sha256:"):
        resolve_source(str(layout), {"store": store})


def test_options_are_consumed(layout: Path, store: BlobStore) -> None:
    options = {"store": store, "lock": None, "require_signature": False, "fuel": 5}
    resolve_source(str(layout), options)
    assert options == {"fuel": 5}


def test_open_source_identity(layout: Path, layout_tar: Path) -> None:
    with open_source(str(layout)) as a, open_source(str(layout_tar)) as b:
        assert a.identity() == b.identity()


def test_plain_module_with_required_signature_refused(rt: multipie.Runtime, add_wasm: Path) -> None:
    with pytest.raises(multipie.SignatureError, match="plain module"):
        rt.load(add_wasm, require_signature=True)
    assert rt.load(add_wasm, require_signature=False, lock=None).name == "add"


def test_lock_refuses_a_changed_layout(tmp_path: Path, add_wasm: Path, guests: Path, store: BlobStore) -> None:
    from multipie.packages import lock_references

    out = tmp_path / "app.tar"
    pack(add_wasm, out)
    pins = lock_references([str(out)])
    assert resolve_source(str(out), {"lock": pins, "store": store}).name == "add"
    out.unlink()
    pack(guests / "c" / "mathlib.wasm", out)
    fresh = BlobStore(tmp_path / "fresh")
    with pytest.raises(multipie.DigestMismatch, match=r"digest mismatch .*expected sha256:"):
        resolve_source(str(out), {"lock": pins, "store": fresh})
    assert fresh.digests() == []

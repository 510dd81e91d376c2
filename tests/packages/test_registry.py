"""Push, pull, lock and sign against a real docker-registry server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.packages import (
    BlobStore,
    generate_keypair,
    lock_references,
    pull,
    push,
    resolve_source,
    sign,
    verify,
    write_lock,
)
from multipie.packages.layout import Layout


def test_push_pull_run(registry: str, layout: Path, tmp_path: Path, rt: multipie.Runtime, store: BlobStore) -> None:
    ref = f"{registry}/demo/add:v1"
    digest = push(str(layout), ref, store=store)
    fresh = BlobStore(tmp_path / "fresh")
    desc = pull(ref, tmp_path / "pulled", store=fresh)
    assert desc.digest == digest
    assert Layout.open_dir(tmp_path / "pulled").find("v1").digest == digest
    svc = rt.load(ref, store=BlobStore(tmp_path / "other"))
    with svc.spawn() as d:
        assert d.call("add", 5, 6) == 11
    # by digest, fully cached: works without asking the registry for anything
    pinned = f"{registry}/demo/add@{digest}"
    assert resolve_source(pinned, {"store": fresh, "insecure": True}).data[:4] == b"\0asm"


def test_push_module_file_and_pull_tar(registry: str, add_wasm: Path, tmp_path: Path, store: BlobStore) -> None:
    ref = f"{registry}/demo/file:latest"
    digest = push(str(add_wasm), ref, store=store)
    pull(ref, tmp_path / "out.tar", store=store)
    blob = resolve_source(str(tmp_path / "out.tar"), {"store": store})
    assert blob.identity == digest
    assert blob.data == add_wasm.read_bytes()


def test_missing_reference_and_dead_registry(registry: str, store: BlobStore) -> None:
    with pytest.raises(multipie.PackageError, match="no manifest"):
        resolve_source(f"{registry}/demo/nothing:here", {"store": store})
    with pytest.raises(multipie.PackageError, match="cannot reach registry"):
        resolve_source("127.0.0.1:1/demo/add:v1", {"store": store})


def test_lock_pins_and_refuses_drift(
    registry: str, add_wasm: Path, guests: Path, tmp_path: Path, store: BlobStore
) -> None:
    ref = f"{registry}/demo/locked:v1"
    first = push(str(add_wasm), ref, store=store)
    pins = lock_references([ref], store=store)
    assert pins == {ref: first}
    lock_file = write_lock(tmp_path / "multipie.lock", pins)
    assert resolve_source(ref, {"lock": lock_file, "store": store}).identity == first
    # the tag moves to another module: the locked load still gets the pinned digest
    push(str(guests / "c" / "mathlib.wasm"), ref, store=store)
    assert resolve_source(ref, {"lock": lock_file, "store": BlobStore(tmp_path / "s2")}).name == "add"
    # a pinned digest the registry does not have is refused (fetched by digest, never by tag)
    other = f"{registry}/demo/locked2:v1"
    push(str(add_wasm), other, store=store)
    with pytest.raises(multipie.PackageError, match="no manifest sha256:0000"):
        resolve_source(other, {"lock": {other: "sha256:" + "0" * 64}, "store": store})
    with pytest.raises(multipie.PackageError, match="not pinned"):
        resolve_source(other, {"lock": lock_file, "store": store})


def test_sign_push_verify(registry: str, layout: Path, tmp_path: Path, store: BlobStore) -> None:
    key, pub = generate_keypair(tmp_path / "alice")
    _, mallory = generate_keypair(tmp_path / "mallory")
    ref = f"{registry}/demo/signed:v1"
    digest = push(str(layout), ref, store=store)
    with pytest.raises(multipie.SignatureError, match="not signed"):
        resolve_source(ref, {"require_signature": True, "trusted_keys": pub, "store": store})
    sign(ref, key, store=store)
    assert verify(ref, [pub], store=store)[0] == digest
    blob = resolve_source(ref, {"require_signature": True, "trusted_keys": [pub], "store": BlobStore(tmp_path / "s")})
    assert len(blob.signed_by) == 1
    with pytest.raises(multipie.SignatureError):
        verify(ref, [mallory], store=store)
    # a layout signed locally carries its signature through push and pull
    sign(str(layout), key)
    ref2 = f"{registry}/demo/signed2:v1"
    push(str(layout), ref2, store=store)
    pull(ref2, tmp_path / "p", store=BlobStore(tmp_path / "s3"))
    assert verify(str(tmp_path / "p"), [pub])[0] == digest

"""Components as packages, end to end: pack, sign, push, lock, pull, verify and load by reference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import multipie
from multipie.packages import (
    BlobStore,
    generate_keypair,
    lock_references,
    pack,
    pull,
    push,
    sign,
    verify,
    write_lock,
)
from multipie.packages import mediatypes as mt
from multipie.packages.layout import Layout
from tests.conftest import run_cli


@pytest.fixture
def typed_wasm(guests: Path) -> Path:
    return guests / "component" / "typed.wasm"


def test_a_component_travels_through_a_registry_signed_and_locked(
    registry: str, typed_wasm: Path, tmp_path: Path, store: BlobStore
) -> None:
    layout = tmp_path / "typed-layout"
    desc = pack(typed_wasm, layout, tag="v1")
    manifest = json.loads(Layout.open_dir(layout).blob(desc))
    assert [layer["mediaType"] for layer in manifest["layers"]] == [mt.WASM_LAYER]  # CNCF Wasm artifact
    key, pub = generate_keypair(tmp_path / "alice")
    _, mallory = generate_keypair(tmp_path / "mallory")
    ref = f"{registry}/components/typed:v1"
    digest = push(str(layout), ref, store=store)
    assert digest == desc.digest
    sign(ref, key, store=store)
    assert verify(ref, [pub], store=store)[0] == digest
    with pytest.raises(multipie.SignatureError):
        verify(ref, [mallory], store=store)
    lock = write_lock(tmp_path / "multipie.lock", lock_references([ref], store=store))
    pulled = tmp_path / "pulled"
    assert pull(ref, pulled, store=BlobStore(tmp_path / "fresh")).digest == digest
    with multipie.Runtime(cache_dir=None) as rt:
        svc = rt.load(
            ref,
            require_signature=True,
            trusted_keys=[pub],
            lock=lock,
            store=BlobStore(tmp_path / "other"),
        )
        assert svc.kind == "component"
        with svc.spawn() as d:
            assert d.call("greet", "registry") == "hello, registry"
        local = rt.load(pulled)  # the pulled layout loads like the module it carries
        assert local.kind == "component" and local.digest == svc.digest
    with pytest.raises(multipie.SignatureError):
        multipie.Runtime(cache_dir=None).load(
            ref, require_signature=True, trusted_keys=[mallory], store=BlobStore(tmp_path / "third")
        )


def test_a_packed_component_runs_from_its_tar_on_the_command_line(
    capfd: pytest.CaptureFixture[str], guests: Path, tmp_path: Path
) -> None:
    tar = tmp_path / "echo.tar"
    pack(guests / "component" / "echo.wasm", tar)
    code, out, err = run_cli(capfd, "run", str(tar), "--", "a", "from-a-tar")
    assert code == 0, err
    assert "from-a-tar" in out
    tar2 = tmp_path / "typed.tar"
    pack(guests / "component" / "typed.wasm", tar2)
    assert run_cli(capfd, "call", str(tar2), "greet", "tar")[:2] == (0, "hello, tar\n")

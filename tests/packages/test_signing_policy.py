"""Signatures on layouts, trust policies, derived import policy, and the CLI verbs in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import multipie
from multipie.cli import main
from multipie.packages import BlobStore, TrustPolicy, generate_keypair, needs_line, pack, resolve_source, sign, verify

NEEDS_WAT = """(module
  (import "env" "add" (func (param i32 i32) (result i32)))
  (import "env" "buf" (memory 1))
  (func (export "go") (result i32) i32.const 1 i32.const 2 call 0))"""


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, tuple[Path, Path]]:
    return {n: generate_keypair(tmp_path / n) for n in ("alice", "bob", "mallory")}


def test_layout_sign_and_require(layout: Path, keys: dict, store: BlobStore) -> None:
    (alice_key, alice_pub), (_, bob_pub) = keys["alice"], keys["bob"]
    with pytest.raises(multipie.SignatureError, match="not signed"):
        resolve_source(str(layout), {"require_signature": True, "trusted_keys": alice_pub, "store": store})
    assert store.digests() == []  # refused before anything was cached
    sign(str(layout), alice_key)
    blob = resolve_source(str(layout), {"require_signature": True, "trusted_keys": alice_pub, "store": store})
    assert blob.signed_by
    with pytest.raises(multipie.SignatureError, match="no valid signature"):
        verify(str(layout), [bob_pub])


def test_trust_policy_threshold(tmp_path: Path, add_wasm: Path, keys: dict, store: BlobStore) -> None:
    out = tmp_path / "app.tar"
    pack(add_wasm, out)
    policy = tmp_path / "trust.toml"
    policy.write_text(f'[[rule]]\nmatch = "{tmp_path}/*"\nkeys = ["alice.pub", "bob.pub"]\nthreshold = 2\n')
    sign(str(out), keys["alice"][0])
    with pytest.raises(multipie.SignatureError, match="need 2 of 2"):
        resolve_source(str(out), {"trust_policy": policy, "store": store})
    sign(str(out), keys["mallory"][0])  # an untrusted signer does not count
    with pytest.raises(multipie.SignatureError, match="need 2 of 2"):
        resolve_source(str(out), {"trust_policy": policy, "store": store})
    sign(str(out), keys["bob"][0])
    assert len(resolve_source(str(out), {"trust_policy": policy, "store": store}).signed_by) == 2
    # a policy whose rules do not cover a source: required signatures are refused
    other = TrustPolicy.load(policy)
    other.rules[0].match = "registry.example/*"
    with pytest.raises(multipie.SignatureError, match="no rule"):
        resolve_source(str(out), {"trust_policy": other, "require_signature": True, "store": store})


def test_forged_signature_refused(layout: Path, keys: dict, store: BlobStore) -> None:
    from multipie.packages.layout import Layout
    from multipie.packages.signing import SIGNATURE_ANNOTATION

    key, pub = keys["alice"]
    sig_desc = sign(str(layout), key)
    lay = Layout.open_dir(layout)
    path = layout / "blobs" / "sha256" / sig_desc.digest.split(":")[1]
    doc = json.loads(lay.blob(sig_desc))
    doc["layers"][0]["annotations"][SIGNATURE_ANNOTATION] = "A" * 88
    from multipie.packages.descriptor import to_json_bytes
    from multipie.packages.digest import digest_of

    raw = to_json_bytes(doc)
    new = digest_of(raw)
    (layout / "blobs" / "sha256" / new.split(":")[1]).write_bytes(raw)
    index = json.loads((layout / "index.json").read_text())
    for m in index["manifests"]:
        if m["digest"] == sig_desc.digest:
            m.update(digest=new, size=len(raw))
    (layout / "index.json").write_text(json.dumps(index))
    assert path.exists()
    with pytest.raises(multipie.SignatureError, match="no valid signature"):
        resolve_source(str(layout), {"require_signature": True, "trusted_keys": pub, "store": store})


def test_needs_and_allow_imports(rt: multipie.Runtime, tmp_path: Path) -> None:
    svc = rt.load(NEEDS_WAT)
    assert needs_line(svc.imports) == "needs: env.add (function i32,i32->i32), env.buf (memory)"
    rt.load(NEEDS_WAT, allow_imports=["env.*"])
    with pytest.raises(multipie.PolicyViolation, match=r"env\.buf \(memory\)"):
        rt.load(NEEDS_WAT, allow_imports=["env.add"])
    wat = tmp_path / "needs.wat"
    wat.write_text(NEEDS_WAT)
    pack(wat, tmp_path / "needs")
    with pytest.raises(multipie.PolicyViolation, match="env.add"):
        rt.load(str(tmp_path / "needs"), allow_imports=[], store=tmp_path / "s")


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(args)
        raise SystemExit(0)
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out, out.err


def test_cli_verbs(
    tmp_path: Path, add_wasm: Path, registry: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MULTIPIE_CACHE_DIR", str(tmp_path / "cache"))
    store = str(tmp_path / "store")
    code, out, _ = _cli(["pack", str(add_wasm), "-o", str(tmp_path / "a.tar")], capsys)
    assert code == 0 and "sha256:" in out
    assert _cli(["keygen", str(tmp_path / "k")], capsys)[0] == 0
    assert _cli(["sign", str(tmp_path / "a.tar"), "--key", str(tmp_path / "k.key"), "--store", store], capsys)[0] == 0
    ref = f"{registry}/cli/add:v1"
    assert _cli(["push", str(tmp_path / "a.tar"), ref, "--store", store], capsys)[0] == 0
    assert _cli(["verify", ref, "--key", str(tmp_path / "k.pub"), "--store", store], capsys)[0] == 0
    code, out, _ = _cli(["pull", ref, "-o", str(tmp_path / "pulled"), "--store", store], capsys)
    assert code == 0
    app = tmp_path / "multipie.toml"
    app.write_text(f'[services.add]\nsource = "{ref}"\n[services.local]\nsource = "a.tar"\n')
    code, out, _ = _cli(["lock", str(app), "--store", store], capsys)
    assert code == 0, out
    lock = (tmp_path / "multipie.lock").read_text()
    assert ref in lock and '"a.tar"' in lock
    code, out, _ = _cli(["call", ref, "add", "2", "3"], capsys)
    assert code == 0 and out.strip() == "5"
    code, out, _ = _cli(["inspect", str(tmp_path / "a.tar")], capsys)
    assert code == 0 and "needs: nothing" in out


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tar"
    import io
    import tarfile

    with tarfile.open(bad, "w") as t:
        info = tarfile.TarInfo("../escape")
        info.size = 1
        t.addfile(info, io.BytesIO(b"x"))
    for args in (
        ["inspect", str(bad)],
        ["pull", "127.0.0.1:1/x/y:z"],
        ["verify", str(bad), "--key", str(tmp_path / "nokey.pub")],
        ["pack", str(tmp_path / "missing.wasm"), "-o", str(tmp_path / "o")],
    ):
        code, _, err = _cli(args, capsys)
        assert code != 0, args
        assert "Traceback" not in err and "error:" in err, (args, err)
    assert not (tmp_path.parent / "escape").exists()

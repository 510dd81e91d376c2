"""Apps over the supply chain: services packed as OCI tars, locked by `multipie lock`, signed and verified."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from apphelpers import HERE, write_app

import multipie
from multipie import packages
from multipie.app.abi import Request, call_http
from multipie.app.loader import load_app
from multipie.errors import DigestMismatch, PackageError, SignatureError

ECHO = HERE / "guests" / "echo.wat"
APP = '[app]\nname = "signed"\n{extra}\n[services.echo]\nsource = "echo.tar"\nroute = "/..."\npool = 1\n'


@pytest.fixture
def packed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An app whose only service is an OCI layout tar, plus a key pair (release.key / release.pub)."""
    monkeypatch.setenv("MULTIPIE_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "app"
    root.mkdir()
    packages.pack(ECHO, root / "echo.tar")
    packages.generate_keypair(root / "release")
    return root


def serve_once(app_dir: Path, rt: multipie.Runtime) -> bytes:
    app = load_app(app_dir, runtime=rt)
    try:
        app.start()
        pool = app.services["echo"].pool
        assert pool is not None
        d = pool.acquire()
        try:
            return call_http(d, Request("POST", "/", "", [], b"a packaged body", "rid", "/...")).body
        finally:
            pool.release(d)
    finally:
        app.close()


def lock(app_dir: Path) -> str:
    cmd = [sys.executable, "-c", "from multipie.cli import main; main()", "lock", str(app_dir / "multipie.toml")]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=os.environ.copy())
    assert out.returncode == 0, out.stderr
    return (app_dir / "multipie.lock").read_text()


def test_locked_package_loads_and_a_changed_package_is_refused(packed: Path, rt: multipie.Runtime) -> None:
    write_app(packed, APP.format(extra=""))
    assert '"echo.tar" = "sha256:' in lock(packed)
    assert serve_once(packed, rt).endswith(b"\r\n\r\na packaged body")
    changed = packed / "changed.wat"  # someone swaps the package for other code under the same name
    changed.write_text(ECHO.read_text().rstrip().removesuffix(")") + '(func (export "extra")))\n')
    packages.pack(changed, packed / "echo.tar")
    with pytest.raises(DigestMismatch, match=r"services\.echo\.source \(echo\.tar\).*digest mismatch"):
        load_app(packed, runtime=multipie.Runtime(cache_dir=None))


def test_package_missing_from_the_lock_is_refused(packed: Path, rt: multipie.Runtime) -> None:
    write_app(packed, APP.format(extra=""))
    (packed / "multipie.lock").write_text("version = 1\n[references]\n")
    with pytest.raises(PackageError, match="echo.tar: not pinned in .*multipie.lock"):
        load_app(packed, runtime=rt)


def test_required_signature(packed: Path, rt: multipie.Runtime) -> None:
    write_app(packed, APP.format(extra='require_signature = true\ntrusted_keys = ["release.pub"]'))
    with pytest.raises(SignatureError):
        load_app(packed, runtime=rt)  # not signed yet
    packages.sign(str(packed / "echo.tar"), packed / "release.key")
    assert serve_once(packed, rt).endswith(b"a packaged body")


def test_signature_by_an_untrusted_key_is_refused(packed: Path, rt: multipie.Runtime) -> None:
    packages.generate_keypair(packed / "mallory")
    packages.sign(str(packed / "echo.tar"), packed / "mallory.key")
    write_app(packed, APP.format(extra='require_signature = true\ntrusted_keys = ["release.pub"]'))
    with pytest.raises(SignatureError):
        load_app(packed, runtime=rt)


def test_plain_file_cannot_satisfy_a_required_signature(tmp_path: Path, rt: multipie.Runtime) -> None:
    write_app(tmp_path, f'[app]\nrequire_signature = true\n[services.e]\nsource = "{ECHO.as_posix()}"\n')
    with pytest.raises(SignatureError, match="plain module file carries none"):
        load_app(tmp_path, runtime=rt)

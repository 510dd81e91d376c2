"""Loading an app: the import policy (every import granted), grant checks, sources, digests, ABIs, pools."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
from apphelpers import HERE, write_app

import multipie
from multipie.app.abi import Request, call_http, parse_cgi_response
from multipie.app.loader import load_app
from multipie.errors import DigestMismatch, InvalidModule, ManifestError, PolicyViolation, ProtocolError

ECHO = (HERE / "guests" / "echo.wat").as_posix()
NEEDS = """(module
  (import "env" "count" (func (result i32)))
  (import "env" "notes" (memory 1))
  (memory (export "memory") 1)
  (func (export "http_alloc") (param i32) (result i32) i32.const 1024)
  (func (export "http_handle") (param i32 i32 i32) (result i64) i64.const 0))
"""
PROVIDER = '(module (func (export "count") (result i32) i32.const 7) (func (export "f64") (result f64) f64.const 1))'


def app(tmp_path: Path, manifest: str, rt: multipie.Runtime) -> multipie.app.App:
    write_app(tmp_path, manifest, **{"needs.wat": NEEDS, "provider.wat": PROVIDER})
    return load_app(tmp_path, runtime=rt)


def test_ungranted_import_is_refused_naming_it(tmp_path: Path, rt: multipie.Runtime) -> None:
    with pytest.raises(PolicyViolation) as info:
        app(tmp_path, '[services.a]\nsource = "needs.wat"\nroute = "/"\n', rt)
    msg = str(info.value)
    assert "service 'a' imports env.count (function ->i32), env.notes (memory 1.. pages)" in msg
    assert "not granted in [services.a.grants]" in msg


def test_partly_granted_import_is_refused(tmp_path: Path, rt: multipie.Runtime) -> None:
    m = (
        '[services.a]\nsource = "needs.wat"\n[services.a.grants]\n'
        '"env.count" = "p.count"\n[services.p]\nsource = "provider.wat"\n'
    )
    with pytest.raises(PolicyViolation, match=r"imports env\.notes \(memory 1\.\. pages\), not granted"):
        app(tmp_path, m, rt)


def grants_manifest(grants: str) -> str:
    return (
        '[regions.r]\nsize = 65536\n[services.p]\nsource = "provider.wat"\n'
        f'[services.a]\nsource = "needs.wat"\n[services.a.grants]\n{grants}\n'
    )


def test_grant_for_an_import_the_module_lacks(tmp_path: Path, rt: multipie.Runtime) -> None:
    g = '"env.count" = "p.count"\n"env.notes" = { region = "r" }\n"env.extra" = "p.count"'
    with pytest.raises(ManifestError, match=r"services\.a\.grants\.\"env\.extra\": a has no import 'env\.extra'"):
        app(tmp_path, grants_manifest(g), rt)


def test_grant_of_the_wrong_kind(tmp_path: Path, rt: multipie.Runtime) -> None:
    g = '"env.count" = { region = "r" }\n"env.notes" = { region = "r" }'
    with pytest.raises(ManifestError, match="a region grant needs a memory import"):
        app(tmp_path, grants_manifest(g), rt)
    g = '"env.count" = "p.count"\n"env.notes" = "p.count"'
    with pytest.raises(ManifestError, match="needs a function"):
        app(tmp_path, grants_manifest(g), rt)


def test_grant_of_a_missing_or_mistyped_export(tmp_path: Path, rt: multipie.Runtime) -> None:
    g = '"env.count" = "p.nope"\n"env.notes" = { region = "r" }'
    with pytest.raises(ManifestError, match=r"service 'p' has no function export 'nope' \(count, f64\)"):
        app(tmp_path, grants_manifest(g), rt)
    g = '"env.count" = "p.f64"\n"env.notes" = { region = "r" }'
    with pytest.raises(ManifestError, match=r"import env\.count has type ->i32, p\.f64 has ->f64"):
        app(tmp_path, grants_manifest(g), rt)


def test_missing_source_names_the_key(tmp_path: Path, rt: multipie.Runtime) -> None:
    with pytest.raises(ManifestError, match=r"services\.a\.source: cannot load 'gone\.wasm'"):
        app(tmp_path, '[services.a]\nsource = "gone.wasm"\n', rt)


def test_invalid_module_names_the_service(tmp_path: Path, rt: multipie.Runtime) -> None:
    (tmp_path / "junk.wasm").write_bytes(b"\0asm\x01\0\0\0garbage")
    with pytest.raises(InvalidModule, match=r"services\.a\.source \(junk\.wasm\)"):
        app(tmp_path, '[services.a]\nsource = "junk.wasm"\n', rt)


def test_digest_pin(tmp_path: Path, rt: multipie.Runtime) -> None:
    wasm = bytes(multipie.Runtime(cache_dir=None).load(PROVIDER).wasm)  # type: ignore[attr-defined]
    digest = "sha256:" + hashlib.sha256(wasm).hexdigest()
    (tmp_path / "p.wasm").write_bytes(wasm)
    loaded = app(tmp_path, f'[services.p]\nsource = "p.wasm"\ndigest = "{digest}"\n', rt)
    assert loaded.services["p"].service.digest == digest
    with pytest.raises(DigestMismatch, match="the manifest pins sha256:00"):
        app(tmp_path, f'[services.p]\nsource = "p.wasm"\ndigest = "sha256:{"0" * 64}"\n', rt)


def test_routed_service_must_implement_its_abi(tmp_path: Path, rt: multipie.Runtime) -> None:
    with pytest.raises(InvalidModule, match=r"services\.p\.abi: .*the http ABI needs an exported memory"):
        app(tmp_path, '[services.p]\nsource = "provider.wat"\nroute = "/"\n', rt)
    with pytest.raises(InvalidModule, match="needs a WASI command"):
        app(tmp_path, '[services.p]\nsource = "provider.wat"\nroute = "/"\nabi = "wagi"\n', rt)


def test_files_must_exist(tmp_path: Path, rt: multipie.Runtime, app_guests: Path) -> None:
    m = (
        f'[services.w]\nsource = "{app_guests / "wagi.wasm"}"\nabi = "wagi"\n'
        f'route = "/"\nfiles = {{ "/s" = "nodir" }}\n'
    )
    with pytest.raises(ManifestError, match=r"services\.w\.files\./s: .*nodir is not a directory"):
        app(tmp_path, m, rt)


def test_pool_serves_fresh_domains_and_refills(tmp_path: Path, rt: multipie.Runtime) -> None:
    loaded = app(tmp_path, f'[services.e]\nsource = "{ECHO}"\nroute = "/..."\npool = 3\n', rt)
    loaded.start()
    try:
        pool = loaded.services["e"].pool
        assert pool is not None and pool.idle == 3
        ids = set()
        used = []
        for _ in range(5):
            d = pool.acquire()
            assert d.id not in ids  # a released domain is never handed out again
            ids.add(d.id)
            req = Request("POST", "/x", "", [], b"c", "rid", "/...")
            assert call_http(d, req).body == b"served=1"  # a fresh domain every time
            pool.release(d)
            used.append(d)
        assert len(ids) == 5 and pool.hits >= 3
        # Used domains are closed (their Stores freed by the reserve's thread) and the pool refilled
        # off the request path.
        deadline = time.monotonic() + 10
        while (any(d.is_open for d in used) or pool.live != 3 or pool.idle != 3) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not any(d.is_open for d in used)
        assert pool.live == pool.idle == 3
    finally:
        loaded.close()


def test_closing_the_app_closes_domains_waiting_to_be_retired(tmp_path: Path, rt: multipie.Runtime) -> None:
    loaded = app(tmp_path, f'[services.e]\nsource = "{ECHO}"\nroute = "/..."\npool = 8\n', rt)
    loaded.start()
    pool = loaded.services["e"].pool
    assert pool is not None
    used = [pool.acquire() for _ in range(3)]
    for d in used:
        pool.release(d)
    loaded.close()
    assert not any(d.is_open for d in used) and pool.live == 0


def test_protocol_errors_tear_the_domain_down(tmp_path: Path, rt: multipie.Runtime) -> None:
    loaded = app(tmp_path, f'[services.e]\nsource = "{ECHO}"\nroute = "/..."\npool = 1\n', rt)
    loaded.start()
    try:
        pool = loaded.services["e"].pool
        assert pool is not None
        d = pool.acquire()
        with pytest.raises(ProtocolError, match="outside its memory"):
            call_http(d, Request("POST", "/x", "", [], b"p", "rid", "/..."))
        assert not d.is_open
        pool.release(d)
    finally:
        loaded.close()


@pytest.mark.parametrize(
    ("raw", "status", "headers", "body"),
    [
        (b"Content-Type: text/plain\r\n\r\nhi", 200, [("Content-Type", "text/plain")], b"hi"),
        (b"Status: 404 Not Found\nX-A: b\n\nnope", 404, [("X-A", "b")], b"nope"),
        (b"\r\nbare", 200, [], b"bare"),
        (b"Location: /x\n\n", 302, [("Location", "/x")], b""),
        (b"Content-Length: 99\nTransfer-Encoding: chunked\nConnection: close\nX-A: 1\n\nb", 200, [("X-A", "1")], b"b"),
    ],
)
def test_cgi_responses(raw: bytes, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
    r = parse_cgi_response(raw, service="s")
    assert (r.status, r.headers, r.body) == (status, headers, body)


@pytest.mark.parametrize(
    "raw",
    [
        b"no blank line",
        b"Bad Header\n\n",
        b"Status: 99\n\n",
        b"Status: 101 Switching Protocols\n\n",
        b"Status: abc\n\n",
        b"X-Bad\x01Name: v\n\n",
        b"X-Ctl: a\x00b\n\n",
    ],
)
def test_malformed_cgi_responses(raw: bytes) -> None:
    with pytest.raises(ProtocolError):
        parse_cgi_response(raw, service="s")


def test_a_virtine_with_the_wasm_handler_signature_is_refused(tmp_path: Path, rt: multipie.Runtime) -> None:
    from multipie.domains.virtine.build import build_image

    src = tmp_path / "h.c"
    src.write_text(
        '#include "virtine.h"\n'
        "VIRTINE int http_alloc(int n) { return 0; }\n"
        "VIRTINE long http_handle(int p, int h, int b) { return 0; }\n"
    )
    (tmp_path / "h.virtine").write_bytes(build_image(src).to_bytes())
    with pytest.raises(InvalidModule, match=r"services\.h\.abi: .*the http ABI needs VIRTINE long http_handle\("):
        app(tmp_path, '[services.h]\nsource = "h.virtine"\nroute = "/"\n', rt)


def test_building_guests_is_logged(tmp_path: Path, rt: multipie.Runtime, caplog: pytest.LogCaptureFixture) -> None:
    """A first start builds the app's guests (seconds with zig): it says so first; later starts do not."""
    manifest = '[app]\nbuild = "src"\n[services.p]\nsource = "build/provider.wasm"\n'
    write_app(tmp_path, manifest, **{"src/provider.wat": PROVIDER})
    with caplog.at_level("INFO", logger="multipie.app"):
        load_app(tmp_path, runtime=rt)
    built = [r for r in caplog.records if r.getMessage() == "building guests"]
    assert [r.fields["source"] for r in built] == ["src"]  # type: ignore[attr-defined]
    caplog.clear()
    with caplog.at_level("INFO", logger="multipie.app"):
        load_app(tmp_path, runtime=rt)
    assert not [r for r in caplog.records if r.getMessage() == "building guests"]

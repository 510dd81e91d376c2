"""Legacy programs in an app: the manifest's ``net`` and ``host_root`` keys reach ``Runtime.load`` (and so what the
program's domains may reach and see); on another kind they are refused naming the key."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from apphelpers import write_app

import multipie
from multipie.app.loader import load_app
from multipie.errors import ManifestError
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm


def _host_server(reply: bytes) -> tuple[socket.socket, threading.Thread]:
    srv = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = srv.accept()
        with conn:
            conn.sendall(reply)

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    return srv, t


@needs_vm
@needs_busybox
def test_net_and_host_root_apply_to_the_services_domains(tmp_path: Path, rt: multipie.Runtime) -> None:
    srv, t = _host_server(b"hello app\n")
    port = srv.getsockname()[1]
    manifest = (
        f'[services.client]\nsource = "/usr/bin/python3"\nnet = ["connect:127.0.0.1:{port}"]\ntimeout = 60\n'
        f'memory = "256MiB"\n\n[services.bare]\nsource = "{BUSYBOX}"\nhost_root = "none"\n'
    )
    app = load_app(write_app(tmp_path, manifest), runtime=rt)
    try:
        client, bare = app.services["client"], app.services["bare"]
        assert [str(g) for g in client.service.net.grants] == [f"connect:127.0.0.1:{port}"]  # type: ignore[attr-defined]
        assert client.service.host_root == "system" and bare.service.host_root == "none"  # type: ignore[attr-defined]
        out = bytearray()
        code = f"import socket; print(socket.create_connection(('127.0.0.1', {port})).recv(100))"
        with client.spawn() as d:
            assert d.run(["-c", code], stdout=out) == 0
        t.join(10)
        assert out == b"b'hello app\\n'\n"
        err = bytearray()
        with bare.spawn() as d:  # nothing of the host: /usr is not there
            assert d.run(["ls", "/usr"], argv0="busybox", stderr=err) == 1 and b"No such file" in err
            assert d.run(["ls", "/etc/passwd"], argv0="busybox", stdout=(o := bytearray())) == 0
            assert o == b"/etc/passwd\n"
    finally:
        srv.close()
        app.close()


def test_legacy_keys_on_another_kind_are_refused_naming_the_key(tmp_path: Path, rt: multipie.Runtime) -> None:
    write_app(tmp_path, '[services.w]\nsource = "w.wat"\nnet = ["connect:127.0.0.1:1"]\n', **{"w.wat": "(module)"})
    with pytest.raises(ManifestError) as info:
        load_app(tmp_path, runtime=rt)
    assert str(info.value) == (
        f"{tmp_path}/multipie.toml: services.w.net: applies to legacy programs (Linux executables and container "
        "images); 'w.wat' is a wasm service"
    )
    write_app(tmp_path, '[services.img]\nsource = "layout"\nkind = "container"\nhost_root = "derived"\n')
    with pytest.raises(ManifestError, match=r"services\.img\.host_root: applies to a program from the host; a "):
        load_app(tmp_path, runtime=rt)

"""Sockets and readiness in a virtine, compared with the same static programs run natively.

``guest/legacy/programs/sockets.c`` and ``readiness.c`` print only what is deterministic (ports
come from ``getsockname``), so each mode's output and exit status must match its native run.
Programs that leave the domain are checked against the ``net`` policy: denied by default with a
policy event naming the address, and served by a real host socket when granted (loopback only).
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

import multipie
from multipie.errors import UsageError
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

COMPARED = [
    ("sockets", ["echo"]),
    ("sockets", ["pingpong", "200"]),
    ("sockets", ["unix", "{tmp}/sock"]),
    ("sockets", ["udp"]),
    ("sockets", ["v6"]),
    ("sockets", ["scm"]),
    ("sockets", ["errors"]),
    ("sockets", ["tput", "2"]),
    ("readiness", ["poll"]),
    ("readiness", ["select"]),
    ("readiness", ["epoll", "24"]),
    ("readiness", ["edge"]),
    ("readiness", ["eventfd"]),
    ("readiness", ["nonblock"]),
    ("readiness", ["errors"]),
]


def run_guest(rt: multipie.Runtime, prog: Path, args: list[str], **load: object) -> tuple[int, str, list[str]]:
    svc = rt.load(str(prog), **load)
    out, err = bytearray(), bytearray()
    with svc.spawn(timeout=60) as d:
        code = d.run(args, stdout=out, stderr=err)
        return code, out.decode(), [str(e) for e in d.last_events]


@needs_vm
@pytest.mark.parametrize(("prog", "args"), COMPARED, ids=[" ".join([p, *a]) for p, a in COMPARED])
def test_matches_native(rt: multipie.Runtime, programs: Path, tmp_path: Path, prog: str, args: list[str]) -> None:
    native = subprocess.run([str(programs / prog), *[a.format(tmp=tmp_path) for a in args]], capture_output=True,
                            timeout=60, check=False)  # fmt: skip
    code, out, _events = run_guest(rt, programs / prog, [a.format(tmp="/tmp") for a in args])
    assert (code, out) == (native.returncode, native.stdout.decode())
    assert "FAIL" not in out


BUSYBOX_CASES = [
    # a web server and a client in one domain: the client retries until the server listens
    "httpd -f -p 127.0.0.1:{port} -h {www} & until wget -q -O - http://127.0.0.1:{port}/index.html; do :; done; "
    "kill $!",
    # the listener echoes through `-e cat`: with `> file` it shut its sending half at EOF on its own stdin, and a
    # client that saw that EOF before reading its stdin left without sending (native printed nothing ~1 in 10)
    "nc -l -p {port} -e cat & until echo hi there | nc 127.0.0.1 {port}; do :; done; wait",
]


@needs_vm
@needs_busybox
@pytest.mark.parametrize("script", BUSYBOX_CASES, ids=["httpd+wget", "nc"])
def test_busybox_network_tools_match_native(rt: multipie.Runtime, tmp_path: Path, script: str) -> None:
    (tmp_path / "index.html").write_text("hello from httpd\n")
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    native = subprocess.run([BUSYBOX, "sh", "-c", script.format(port=port, www=tmp_path)], capture_output=True,
                            timeout=60, check=False)  # fmt: skip
    svc = rt.load(BUSYBOX, name="busybox")
    out = bytearray()
    code = rt.run_command(svc, ["sh", "-c", script.format(port=port, www="/www")], dirs={str(tmp_path): "/www"},
                          stdout=out, timeout=60)  # fmt: skip
    assert (code, bytes(out)) == (native.returncode, native.stdout)
    assert native.stdout in (b"hello from httpd\n", b"hi there\n")


@needs_vm
def test_denied_addresses(rt: multipie.Runtime, programs: Path) -> None:
    code, out, events = run_guest(rt, programs / "sockets", ["denied"])
    assert code == 0
    assert out.split() == ["connect", "192.0.2.1:80", "EACCES", "connect", "127.0.0.1:5432", "ECONNREFUSED",
                           "bind", "192.0.2.1:8080", "EACCES", "sendto", "192.0.2.1:53", "EACCES"]  # fmt: skip
    assert any("connect to host address 192.0.2.1:80 is not granted" in e for e in events)
    assert any("connect to host address 127.0.0.1:5432 is not granted" in e for e in events)
    assert any("listen on host address 192.0.2.1:8080 is not granted" in e for e in events)


def _host_server(reply: bytes) -> tuple[socket.socket, list[bytes], threading.Thread]:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    got: list[bytes] = []

    def serve() -> None:
        conn, _ = srv.accept()
        with conn:
            got.append(conn.recv(100))
            conn.sendall(reply)

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    return srv, got, t


@needs_vm
def test_granted_connect_reaches_a_host_server(rt: multipie.Runtime, programs: Path) -> None:
    srv, got, t = _host_server(b"hello guest\n")
    port = srv.getsockname()[1]
    try:
        code, out, events = run_guest(rt, programs / "sockets", ["client", "127.0.0.1", str(port)],
                                      net=[f"connect:127.0.0.1:{port}"])  # fmt: skip
        t.join(10)
    finally:
        srv.close()
    assert (code, out, events) == (0, "client got: hello guest\n", [])
    assert got == [b"hello host\n"]
    # the same program without the grant: refused, and the event names the address
    code, out, events = run_guest(rt, programs / "sockets", ["client", "127.0.0.1", str(port)])
    assert (code, out) == (1, "connect: ECONNREFUSED\n")
    assert f"127.0.0.1:{port}" in events[0]


@needs_vm
def test_granted_listen_serves_a_host_client(rt: multipie.Runtime, programs: Path) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    result: dict[str, object] = {}

    def guest() -> None:
        result["run"] = run_guest(rt, programs / "sockets", ["serve", "127.0.0.1", str(port)],
                                  net=[f"listen:127.0.0.1:{port}"])  # fmt: skip

    t = threading.Thread(target=guest, daemon=True)
    t.start()
    deadline = time.monotonic() + 30
    while True:  # the guest's listener appears once it ran bind + listen
        try:
            c = socket.create_connection(("127.0.0.1", port), timeout=10)
            break
        except ConnectionRefusedError:
            assert time.monotonic() < deadline and t.is_alive(), result
            time.sleep(0.01)
    with c:
        c.sendall(b"hello host\n")
        assert c.recv(100) == b"hello guest\n"
    t.join(30)
    assert result["run"] == (0, "server got: hello host\n", [])


@needs_vm
def test_granted_udp_reaches_a_host_peer(rt: multipie.Runtime, programs: Path) -> None:
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    peer.bind(("127.0.0.1", 0))
    port = peer.getsockname()[1]

    def answer() -> None:
        data, src = peer.recvfrom(100)
        peer.sendto(data.upper(), src)

    t = threading.Thread(target=answer, daemon=True)
    t.start()
    try:
        run = run_guest(rt, programs / "sockets", ["udpclient", "127.0.0.1", str(port)],
                        net=[f"connect:127.0.0.1:{port}"])  # fmt: skip
        t.join(10)
    finally:
        peer.close()
    assert run == (0, "udp client got: PING, from that port: 1\n", [])


@needs_vm
def test_a_wait_on_a_host_socket_ends_at_the_timeout(rt: multipie.Runtime, programs: Path) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    svc = rt.load(str(programs / "sockets"), net=[f"listen:127.0.0.1:{port}"])
    d = svc.spawn(timeout=0.5)
    with pytest.raises(multipie.Timeout):
        d.run(["serve", "127.0.0.1", str(port)], stdout=bytearray())  # nobody connects
    assert not d.is_open
    with socket.socket() as again:  # the host socket was closed with the domain: the port is free
        again.bind(("127.0.0.1", port))


def test_malformed_grant_is_refused_at_load(rt: multipie.Runtime, programs: Path) -> None:
    with pytest.raises(UsageError, match="net grant 'connect:example.com:80'"):
        rt.load(str(programs / "sockets"), net=["connect:example.com:80"])
    with pytest.raises(UsageError, match="list of grants"):
        rt.load(str(programs / "sockets"), net="connect:127.0.0.1:1")

"""multipie.toml parsing: a valid manifest, and one test per kind of mistake (file, line, key, expectation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.app.manifest import FunctionGrant, RegionGrant, load_manifest, parse_manifest, parse_size, route_matches
from multipie.errors import ManifestError

GOOD = """\
[app]
name = "notes"
max_body = "64KiB"

[regions.notes]
size = "128KiB"

[services.front]
source = "front.wasm"
route = "/..."
timeout = 2.5
memory = "4MiB"

[services.front.grants]
"env.count" = "kv.count"
"env.notes" = { region = "notes", writable = false }

[services.kv]
source = "kv.wasm"
routes = ["/api/notes", "/api/notes/..."]
instances = "reuse"

[services.hello]
source = "hello.wasm"
abi = "wagi"
route = "/hello"
env = { GREETING = "hi" }
"""


def fails(text: str) -> str:
    with pytest.raises(ManifestError) as info:
        parse_manifest(text, path="app/multipie.toml")
    return str(info.value)


def test_valid_manifest_parses_every_section() -> None:
    m = parse_manifest(GOOD)
    assert m.app.name == "notes" and m.app.max_body == 64 << 10
    assert m.regions["notes"].size == 128 << 10
    front = m.services["front"]
    assert front.timeout == 2.5 and front.memory == 4 << 20 and front.all_routes == ["/..."]
    assert front.grants["env.count"] == FunctionGrant(service="kv", export="count")
    assert front.grants["env.notes"] == RegionGrant(region="notes", writable=False)
    assert m.services["kv"].instances == "reuse" and m.services["kv"].abi == "http"
    assert m.services["hello"].env == {"GREETING": "hi"}


def test_toml_syntax_error_names_the_line() -> None:
    msg = fails('[services.a]\nsource = "a.wasm"\nroute = "/x\n')
    assert msg.startswith("app/multipie.toml:3: invalid TOML")


def test_unknown_key_suggests_the_right_one() -> None:
    msg = fails('[services.a]\nsource = "a.wasm"\nrout = "/x"\n')
    assert msg == "app/multipie.toml:3: services.a.rout: unknown key 'rout' (did you mean 'route'?)"


def test_wrong_type_names_key_line_and_value() -> None:
    msg = fails('[services.a]\nsource = "a.wasm"\n\ntimeout = "fast"\n')
    assert "multipie.toml:4: services.a.timeout:" in msg and "'fast'" in msg


def test_out_of_range_value() -> None:
    msg = fails('[services.a]\nsource = "a.wasm"\ntimeout = -1\n')
    assert "multipie.toml:3: services.a.timeout: Input should be greater than 0" in msg


def test_missing_required_key_points_at_the_table() -> None:
    msg = fails('[app]\nname = "x"\n[services.a]\nroute = "/"\n')
    assert msg == "app/multipie.toml:3: services.a.source: missing required key 'source'"


def test_no_services() -> None:
    assert "expected at least one [services.NAME] table" in fails('[app]\nname = "x"\n[services]\n')


def test_bad_service_name() -> None:
    assert "service name 'Front End'" in fails('[services."Front End"]\nsource = "a.wasm"\n')


def test_bad_size_string() -> None:
    msg = fails('[services.a]\nsource = "a.wasm"\nmemory = "12 parsecs"\n')
    assert "multipie.toml:3: services.a.memory: expected a size like 65536, '64KiB'" in msg


def test_bad_enum_value() -> None:
    msg = fails('[services.a]\nsource = "a.wasm"\ninstances = "sometimes"\n')
    assert "services.a.instances: Input should be 'fresh' or 'reuse'" in msg


@pytest.mark.parametrize(
    ("route", "why"),
    [("api", "starting with '/'"), ("/a/.../b", "only at the end"), ("/a*", "plain path"), ("/metrics", "reserved")],
)
def test_bad_route(route: str, why: str) -> None:
    msg = fails(f'[services.a]\nsource = "a.wasm"\nroute = "{route}"\n')
    assert "multipie.toml:3: services.a.route:" in msg and why in msg


def test_duplicate_route_names_both_services() -> None:
    msg = fails('[services.a]\nsource = "a"\nroute = "/x"\n[services.b]\nsource = "b"\nroute = "/x"\n')
    assert msg == "app/multipie.toml:6: services.b.route: route '/x' is already served by service 'a'"


def test_grant_to_unknown_service() -> None:
    msg = fails('[services.a]\nsource = "a"\n[services.a.grants]\n"env.f" = "nosuch.f"\n')
    assert "multipie.toml:4: services.a.grants.\"env.f\": grant names unknown service 'nosuch'" in msg


def test_grant_to_unknown_region() -> None:
    msg = fails('[services.a]\nsource = "a"\n[services.a.grants]\n"env.m" = { region = "r" }\n')
    assert "grant names unknown region 'r' (defined: none)" in msg


def test_malformed_grant_value() -> None:
    msg = fails('[services.a]\nsource = "a"\n[services.a.grants]\n"env.f" = "no-dot"\n')
    assert "expected 'SERVICE.EXPORT'" in msg
    msg = fails(
        '[services.a]\nsource = "a"\n[regions.r]\n'
        'size=65536\n[services.a.grants]\n"env.m" = { region = "r", writeable = true }\n'
    )
    assert "unknown key 'writeable' in a region grant (did you mean 'writable'?)" in msg


def test_malformed_grant_key() -> None:
    assert "expected an import name 'MODULE.NAME'" in fails(
        '[services.a]\nsource = "a"\n[services.a.grants]\nf = "b.f"\n[services.b]\nsource="b"\n'
    )


def test_self_grant_and_cycles() -> None:
    assert "cannot be granted its own export" in fails(
        '[services.a]\nsource = "a"\n[services.a.grants]\n"env.f" = "a.f"\n'
    )
    msg = fails(
        '[services.a]\nsource = "a"\n[services.a.grants]\n"env.f" = "b.f"\n'
        '[services.b]\nsource = "b"\n[services.b.grants]\n"env.f" = "a.f"\n'
    )
    assert "grants form a cycle: a -> b -> a" in msg


def test_region_size_must_be_whole_pages() -> None:
    assert "multiple of 64 KiB" in fails('[regions.r]\nsize = 1000\n[services.a]\nsource = "a"\n')


def test_abi_mismatches() -> None:
    assert "env and files apply to abi = 'wagi'" in fails('[services.a]\nsource = "a"\nenv = { A = "b" }\n')
    msg = fails(
        '[regions.r]\nsize=65536\n[services.a]\nsource = "a"\n'
        'abi = "wagi"\n[services.a.grants]\n"env.m" = { region = "r" }\n'
    )
    assert "grants need abi = 'http'" in msg
    assert "needs abi = 'http'" in fails('[services.a]\nsource = "a"\nabi = "wagi"\ninstances = "reuse"\n')


def test_files_need_absolute_guest_paths() -> None:
    assert "expected an absolute guest path" in fails(
        '[services.a]\nsource = "a"\nabi = "wagi"\nfiles = { static = "s" }\n'
    )


def test_missing_manifest_file(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="has no multipie.toml"):
        load_manifest(tmp_path)
    with pytest.raises(ManifestError, match="no such manifest file"):
        load_manifest(tmp_path / "other.toml")


def test_sizes_and_route_matching() -> None:
    assert parse_size("64KiB") == 65536 and parse_size("2MB") == 2_000_000 and parse_size(4096) == 4096
    for bad in (0, -5, "x", True, 1.5):
        with pytest.raises(ValueError):
            parse_size(bad)
    assert route_matches("/api/...", "/api") and route_matches("/api/...", "/api/x/y")
    assert not route_matches("/api/...", "/apix") and not route_matches("/api", "/api/x")
    assert route_matches("/...", "/anything") and route_matches("/...", "/")


def test_inline_needs_a_short_timeout() -> None:
    msg = fails('[services.a]\nsource = "a"\nrun = "inline"\ntimeout = 2\n')
    assert "run = 'inline' needs timeout <= 0.25 s" in msg
    assert parse_manifest('[services.a]\nsource = "a"\nrun = "inline"\ntimeout = 0.1\n').services["a"].run == "inline"


def test_legacy_keys_net_and_host_root() -> None:
    m = parse_manifest(
        '[services.db]\nsource = "/bin/busybox"\nnet = ["connect:127.0.0.1:5432", "listen:*:8000-8010"]\n'
        'host_root = "derived"\n'
    )
    assert m.services["db"].net == ["connect:127.0.0.1:5432", "listen:*:8000-8010"]
    assert m.services["db"].host_root == "derived" and parse_manifest(GOOD).services["kv"].host_root is None
    msg = fails('[services.db]\nsource = "/bin/busybox"\nnet = ["connect:example.com:80"]\n')
    assert msg == (
        "app/multipie.toml:3: services.db.net: net grant 'connect:example.com:80': 'example.com' is not an IP "
        "address (no names)"
    )
    msg = fails('[services.db]\nsource = "/bin/busybox"\nhost_root = "all"\n')
    assert msg.startswith("app/multipie.toml:3: services.db.host_root: Input should be 'system', 'derived' or 'none'")
    assert "app/multipie.toml:3: services.db.net:" in fails('[services.db]\nsource = "x"\nnet = "connect:1.2.3.4:5"\n')

"""Which components serve HTTP, and the proxy world their linker gets."""

from __future__ import annotations

from multipie.domains.component.http_io import Versions
from multipie.domains.component.http_world import exports_handler
from multipie.domains.component.service import ComponentService


def test_the_handler_is_found_at_any_0_2_version() -> None:
    assert exports_handler(["wasi:http/incoming-handler@0.2.6"]) == "wasi:http/incoming-handler@0.2.6#handle"
    assert exports_handler(["wasi:cli/run@0.2.0", "greet"]) is None


def test_a_proxy_component_links_against_the_host_proxy_world(http_handler: ComponentService) -> None:
    # Instantiating needs every proxy-world import: Wasmtime's WASI 0.2 is not in this linker.
    with http_handler.spawn() as d:
        assert d.is_open
    assert "wasi:http/types@0.2.0" in {i.interface for i in http_handler.world_imports}


def test_inspect_says_whether_it_serves_http(http_handler: ComponentService, typed: ComponentService) -> None:
    assert http_handler.details()["http handler"] == "wasi:http/incoming-handler@0.2.0#handle"
    assert str(typed.details()["http handler"]).startswith("no ")


def test_each_interface_is_defined_at_the_version_the_component_imports() -> None:
    at = Versions(["wasi:io/poll@0.2.9", "wasi:http/types@0.2.3", "greet"])
    assert at("wasi:io/poll") == "wasi:io/poll@0.2.9"
    assert at("wasi:http/types") == "wasi:http/types@0.2.3"  # versions may differ between interfaces
    assert at("wasi:cli/exit") == "wasi:cli/exit@0.2.0"  # not imported: the proxy world's own
    assert Versions()("wasi:io/streams") == "wasi:io/streams@0.2.0"

"""World text and derived policy: what `multipie inspect` shows of a component."""

from __future__ import annotations

import multipie
from multipie.domains.component import world
from multipie.domains.component.service import ComponentService


def test_exports_are_typed_wit_text(typed: ComponentService) -> None:
    types = {e.name: e.type for e in typed.exports}
    assert types["add"] == "func(a: u32, b: u32) -> u32"
    assert types["divide"] == "func(a: u32, b: u32) -> result<u32, string>"
    assert types["swap"] == "func(p: record { x: s32, y: s32 }) -> record { x: s32, y: s32 }"
    assert types["area"] == "func(s: variant { circle(u32), rect(record { x: s32, y: s32 }), empty }) -> u32"
    assert types["toggle"] == "func(p: flags { read, write, exec }) -> flags { read, write, exec }"
    assert types["multipie:typed/counters#[method]counter.inc"] == "func(self: borrow<resource>) -> u32"
    assert typed.wasi == [] and not typed.is_command


def test_command_world_and_policy(echo: ComponentService) -> None:
    assert echo.is_command
    assert echo.wasi == [
        "wasi:cli/environment@0.2.0",
        "wasi:io/error@0.2.0",
        "wasi:io/streams@0.2.0",
        "wasi:cli/stdout@0.2.0",
        "wasi:cli/exit@0.2.0",
    ]
    text = echo.details()["world"]
    assert isinstance(text, str)
    assert text.startswith("world echo {\n  import wasi:cli/environment@0.2.0 {\n")
    assert "    get-arguments: func() -> list<string>;\n" in text
    assert text.endswith("  export wasi:cli/run@0.2.0 {\n    run: func() -> result;\n  }\n}")


def test_names_from_the_component_are_escaped(rt: multipie.Runtime) -> None:
    assert world.escape("ok-name") == "ok-name"
    assert world.escape("evil\x1b[2Jname\n") == "evil\\x1b[2Jname\\n"
    svc = rt.load("(component (core module $m) (core instance (instantiate $m)))")
    assert world.render("a\tb", [], []) == "world a\\tb {\n}"
    assert svc.exports == ()

"""The image format and the bespoke-context derivation (no /dev/kvm needed)."""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path

import pytest

from multipie.domains.detect import VIRTINE_MAGIC, detect_kind
from multipie.domains.virtine import image as image_mod
from multipie.domains.virtine.build import c_kind, guest_dir, parse_signatures
from multipie.domains.virtine.hypercalls import Allow, Hypercall
from multipie.errors import InvalidModule


def _fib(vimages: Path) -> bytes:
    return (vimages / "examples" / "fib.virtine").read_bytes()


def test_fib_image_round_trips(vimages: Path) -> None:
    data = _fib(vimages)
    assert detect_kind(data, where="fib") == "virtine"
    img = image_mod.parse(data)
    assert img.entries["fib"].params == ("i64",) and img.entries["fib"].result == "i64"
    assert img.allow == Allow.NONE
    assert img.to_bytes() == data


def test_allow_list_is_derived_from_undefined_symbols(vimages: Path) -> None:
    buffers = image_mod.parse((vimages / "tests" / "buffers.virtine").read_bytes())
    assert buffers.allow == Allow.INPUT | Allow.OUTPUT | Allow.WRITE
    forbidden = image_mod.parse((vimages / "tests" / "forbidden.virtine").read_bytes())
    assert forbidden.allow == Allow.LOG  # the raw TIME hypercall earns nothing


def _with_header(data: bytes, **changes: object) -> bytes:
    (hlen,) = struct.unpack_from("<I", data, 8)
    head = json.loads(data[12 : 12 + hlen])
    head.update(changes)
    raw = json.dumps(head).encode()
    return VIRTINE_MAGIC + struct.pack("<I", len(raw)) + raw + data[12 + hlen :]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"version": 9}, "format version"),
        ({"memory": 12345}, "multiple of 2 MiB"),
        ({"memory": 4 << 30}, "multiple of 2 MiB"),
        ({"trampoline": 0}, "trampoline"),
        ({"allow": ["root"]}, "unknown hypercall"),
        ({"entries": {}}, "no entry points"),
        ({"entries": {"fib": {"addr": 1, "params": [], "result": "i64"}}}, "outside the image"),
        ({"entries": {"fib": {"addr": 65536, "params": ["struct"], "result": "i64"}}}, "params"),
        ({"stack": 1}, "stack"),
        ({"load_addr": 0}, "load address"),
        # wrongly typed fields (reliability finding 11: these raised ValueError/TypeError)
        ({"sections": {"x": "y"}}, "sections"),
        ({"sections": {"x": [1]}}, "sections"),
        ({"sections": {"x": True}}, "sections"),
        ({"sections": [1]}, "sections"),
        ({"read_only": 5}, "read_only"),
        ({"read_only": "ab"}, "read_only"),
        ({"read_only": [True]}, "read_only"),
        ({"read_only": [[65536, 69632], None]}, "read_only"),
        ({"read_only": [[True, 69632]]}, "read_only"),
        ({"entries": {"fib": {"addr": 65536, "params": [[1]], "result": {}}}}, "params"),
        ({"entries": {"fib": {"addr": 65536, "params": [], "result": ["i64"]}}}, "result"),
    ],
)
def test_malformed_headers_are_rejected(vimages: Path, changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidModule, match=message):
        image_mod.parse(_with_header(_fib(vimages), **changes))


def test_truncated_and_garbage_images_are_rejected() -> None:
    with pytest.raises(InvalidModule):
        image_mod.parse(VIRTINE_MAGIC + b"\xff\xff\xff\x00{}")
    with pytest.raises(InvalidModule, match="JSON"):
        image_mod.parse(VIRTINE_MAGIC + struct.pack("<I", 3) + b"{{{")


@pytest.mark.parametrize(
    ("decl", "kind"),
    [
        ("int n", "i32"),
        ("long n", "i64"),
        ("unsigned long long x", "u64"),
        ("size_t n", "u64"),
        ("const unsigned char *buf", "ptr"),
        ("double", "f64"),
        ("float f", "f32"),
        ("uint32_t v", "u32"),
        ("void", "void"),
    ],
)
def test_c_kinds(decl: str, kind: str) -> None:
    assert c_kind(decl, where="t") == kind


def test_struct_by_value_is_refused() -> None:
    with pytest.raises(InvalidModule, match="struct"):
        c_kind("struct point p", where="t")
    with pytest.raises(InvalidModule, match="cannot find"):
        parse_signatures("int f(void);", {"f"}, where="t")


def test_header_and_python_hypercall_tables_agree() -> None:
    text = (guest_dir() / "virtine.h").read_text()
    numbers = {m[0]: int(m[1]) for m in re.findall(r"#define HCALL_(\w+) (\d+)", text)}
    numbers.pop("COUNT")
    python = {h.name: int(h.value) for h in Hypercall if h is not Hypercall.FAULT}
    assert numbers == python

"""Property tests: random mutations of valid layouts and tars never crash or escape.

Each example mutates a valid package (flip/truncate/extend bytes of any file,
rewrite JSON values, inject tar members), then loads it. The only acceptable
outcomes are a successful, verified load or a PackageError; nothing may be
written outside the test's own directory.
"""

from __future__ import annotations

import io
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import multipie
from multipie.packages import BlobStore, pack, resolve_source

_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
_JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=80),
    st.sampled_from(["sha256:" + "0" * 64, "sha512:" + "a" * 128, "../../etc/passwd", "application/wasm"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _load(source: str, store: BlobStore) -> None:
    try:
        blob = resolve_source(source, {"store": store})
    except multipie.PackageError:
        assert store.digests() == [] or all(store.get(d) for d in store.digests())
        return
    assert blob.data[:4] == b"\0asm"


def _outside_snapshot(root: Path) -> set[str]:
    """Everything in the private directory around ``root`` (escapes via '..' would land there)."""
    return {str(p.relative_to(root.parent)) for p in root.parent.rglob("*") if root not in p.parents and p != root}


def _mutate_bytes(data: bytes, op: str, pos: int, value: int) -> bytes:
    if not data:
        return bytes([value])
    i = pos % len(data)
    if op == "flip":
        return data[:i] + bytes([data[i] ^ (value or 1)]) + data[i + 1 :]
    if op == "truncate":
        return data[:i]
    return data[:i] + bytes([value]) * (1 + value % 7) + data[i:]


def _mutate_json(data: bytes, path: list[str], value: object) -> bytes:
    try:
        doc = json.loads(data)
    except ValueError:
        return data
    node = doc
    for key in path[:-1]:
        if isinstance(node, dict) and node:
            node = node[sorted(node)[hash(key) % len(node)]]
        elif isinstance(node, list) and node:
            node = node[hash(key) % len(node)]
    if isinstance(node, dict):
        target = sorted(node)[hash(path[-1]) % len(node)] if node and path[-1] != "+" else path[-1]
        node[target] = value
    elif isinstance(node, list) and node:
        node[hash(path[-1]) % len(node)] = value
    return json.dumps(doc).encode()


@_SETTINGS
@given(
    file_pick=st.integers(min_value=0, max_value=100),
    op=st.sampled_from(["flip", "truncate", "insert", "json"]),
    pos=st.integers(min_value=0, max_value=10_000),
    value=st.integers(min_value=0, max_value=255),
    path=st.lists(st.sampled_from(["a", "b", "c", "+"]), min_size=1, max_size=4),
    json_value=_JSON_VALUES,
)
def test_mutated_layouts(
    guests: Path, file_pick: int, op: str, pos: int, value: int, path: list[str], json_value: object
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "work"
        root.mkdir()
        lay = root / "lay"
        pack(guests / "wat" / "add.wasm", lay)
        files = sorted(p for p in lay.rglob("*") if p.is_file())
        target = files[file_pick % len(files)]
        data = target.read_bytes()
        new = _mutate_json(data, path, json_value) if op == "json" else _mutate_bytes(data, op, pos, value)
        target.write_bytes(new)
        before = _outside_snapshot(root)
        _load(str(lay), BlobStore(root / "store"))
        assert _outside_snapshot(root) == before


@_SETTINGS
@given(
    op=st.sampled_from(["flip", "truncate", "insert", "member"]),
    pos=st.integers(min_value=0, max_value=20_000),
    value=st.integers(min_value=0, max_value=255),
    name=st.sampled_from(["../x", "/abs", "a/../../b", "index.json", "blobs/sha256/zz", "./oci-layout", "ok"]),
    kind=st.sampled_from([tarfile.REGTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.FIFOTYPE]),
    link=st.sampled_from(["../../etc/passwd", "/etc/passwd", "index.json", "x/../.."]),
)
def test_mutated_tars(guests: Path, op: str, pos: int, value: int, name: str, kind: bytes, link: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "work"
        root.mkdir()
        tar = root / "pkg.tar"
        pack(guests / "wat" / "add.wasm", tar)
        if op == "member":
            buf = io.BytesIO(tar.read_bytes())
            out = io.BytesIO()
            with tarfile.open(fileobj=buf) as src, tarfile.open(fileobj=out, mode="w") as dst:
                for m in src.getmembers():
                    dst.addfile(m, src.extractfile(m) if m.isreg() else None)
                info = tarfile.TarInfo(name)
                info.type = kind
                info.linkname = link
                data = bytes([value]) * (pos % 64) if kind == tarfile.REGTYPE else None
                info.size = len(data) if data is not None else 0
                dst.addfile(info, io.BytesIO(data) if data is not None else None)
            tar.write_bytes(out.getvalue())
        else:
            tar.write_bytes(_mutate_bytes(tar.read_bytes(), op, pos, value))
        before = _outside_snapshot(root)
        _load(str(tar), BlobStore(root / "store"))
        assert _outside_snapshot(root) == before
        assert not Path("/abs").exists()
        shutil.rmtree(root / "store", ignore_errors=True)

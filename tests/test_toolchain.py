"""The build step: wasm32-wasi C builds get SIMD128 and wasi-libc's string routines (``memcmp``, ``strspn``,
...); componentize-py guests are keyed by content and served from the cache when unchanged."""

from __future__ import annotations

import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import multipie
from multipie import toolchain
from multipie.errors import InvalidModule
from tests.conftest import GUEST_SRC

PYHELLO = GUEST_SRC / "component" / "pyhello"


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "component" / "pyhello"
    shutil.copytree(PYHELLO, dst)
    return dst


def test_the_key_names_sources_world_and_tool_version(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    key = toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    assert key == toolchain.python_component_key(PYHELLO / "app.py", PYHELLO / "wit", "pyhello")  # moved tree
    assert key != toolchain.python_component_key(d / "app.py", d / "wit", "other")
    (d / "app.py").write_text((d / "app.py").read_text() + "\n# changed\n")
    assert key != toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    (d / "helper.py").write_text("X = 1\n")  # any module beside app.py is part of the guest
    changed = toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    (d / "__pycache__").mkdir(exist_ok=True)
    (d / "__pycache__" / "app.cpython-311.pyc").write_bytes(b"\0")  # byte code is not a source
    assert toolchain.python_component_key(d / "app.py", d / "wit", "pyhello") == changed


def test_a_cached_build_is_a_copy(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    key = toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    (cache / f"{key}.wasm").write_bytes(b"\0asm\x0d\0\x01\0cached")
    out = tmp_path / "out" / "pyhello.wasm"
    assert toolchain.build_python_component(d / "app.py", d / "wit", "pyhello", out, cache=cache) is False
    assert out.read_bytes() == b"\0asm\x0d\0\x01\0cached"


def test_a_failed_componentize_is_an_invalid_module_and_caches_nothing(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / "wit" / "world.wit").write_text("package a:b;\nworld pyhello { export f: func(; }\n")
    cache = tmp_path / "cache"
    with pytest.raises(InvalidModule, match="componentize-py failed"):
        toolchain.build_python_component(d / "app.py", d / "wit", "pyhello", tmp_path / "o.wasm", cache=cache)
    assert not list(cache.glob("*"))


def test_the_component_builder_skips_directories_that_are_not_guests(tmp_path: Path) -> None:
    # Importing BUILD.py leaves a __pycache__ beside it when byte code is written (users' default):
    # it was taken for a guest and failed `multipie bench` with "failed to read __pycache__.wat".
    src = tmp_path / "component"
    shutil.copytree(GUEST_SRC / "component" / "echo", src / "echo")
    shutil.copy(GUEST_SRC / "component" / "BUILD.py", src / "BUILD.py")
    (src / "__pycache__").mkdir()
    (src / "__pycache__" / "BUILD.cpython-311.pyc").write_bytes(b"\0")
    built = toolchain.build_tree(src, tmp_path / "out", verbose=False)
    assert [p.name for p in built] == ["echo.wasm"]


# memcmp and bcmp (clang's name for `memcmp(...) == 0`) over a buffer the test fills.
MEMCMP_C = """\
// multipie-build: -mexec-model=reactor -Wl,--export=buf -Wl,--export=cmp -Wl,--export=same
#include <string.h>
static unsigned char b[512];
unsigned char *buf(void) { return b; }
int cmp(int x, int y, int n) { return memcmp(b + x, b + y, (size_t)n); }
int same(int x, int y, int n) { return memcmp(b + x, b + y, (size_t)n) == 0; }
"""


def _sign(v: int) -> int:
    return (v > 0) - (v < 0)


def test_wasi_builds_link_wasi_libc_simd_memcmp_and_it_compares_like_c(tmp_path: Path) -> None:
    src = tmp_path / "memcmp.c"
    src.write_text(MEMCMP_C)
    out = tmp_path / "memcmp.wasm"
    toolchain.compile_c(src, out)
    text = _wat(out)
    # wasi-libc's SIMD128 loop (i8x16.all_true), not zig's compiler-rt byte loop.
    assert "i8x16.all_true" in text
    rng = random.Random(14)
    with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
        d = rt.load(out).spawn()
        base = d.call("buf")
        data = bytearray(rng.randrange(4) for _ in range(512))  # few symbols: long common prefixes
        d.memory[base : base + 512] = bytes(data)
        cases = [(0, 0, 100), (3, 3, 0), (0, 256, 0)]
        for _ in range(400):
            n = rng.choice([1, 7, 15, 16, 17, 31, 32, 33, 47, 64, 100, 200])
            x, y = rng.randrange(512 - n), rng.randrange(512 - n)
            if rng.random() < 0.5:  # equal prefixes differing late (or not at all), unaligned
                data[y : y + n] = data[x : x + n]
                if rng.random() < 0.7:
                    k = rng.randrange(n)
                    data[y + k] = (data[x + k] + rng.randrange(1, 256)) % 256
                d.memory[base : base + 512] = bytes(data)
            cases.append((x, y, n))
        for x, y, n in cases:
            a, b = bytes(data[x : x + n]), bytes(data[y : y + n])
            want = (a > b) - (a < b)
            assert _sign(d.call("cmp", x, y, n)) == want, (x, y, n)
            assert d.call("same", x, y, n) == (a == b), (x, y, n)


def _wat(wasm: Path) -> str:
    proc = subprocess.run([toolchain.wasm_tools(), "print", str(wasm)], capture_output=True, text=True, check=True)
    return proc.stdout


def test_wasi_defaults_add_the_sources_only_to_linked_builds_with_libc() -> None:
    linked = toolchain.wasi_defaults()
    assert linked[: len(toolchain.WASI_FLAGS)] == list(toolchain.WASI_FLAGS)
    assert [Path(s).name for s in linked[len(toolchain.WASI_FLAGS) :]] == [
        "memcmp.c",
        "bcmp.c",
        "string_simd.c",
        "string_scan.c",
        "sprintf_fast.c",
        "snprintf_fast.c",
    ]
    assert all(Path(s).is_file() for s in linked[len(toolchain.WASI_FLAGS) :])
    for stop in ("-c", "-S", "-E", "-nostdlib", "-nodefaultlibs", "-nolibc"):
        assert toolchain.wasi_defaults([stop]) == list(toolchain.WASI_FLAGS)


# strspn, strcspn and strchrnul (and strchr, musl's is strchrnul) on strings the test places anywhere in memory.
STRSPN_C = """\
// multipie-build: -mexec-model=reactor -Wl,--export=grow -Wl,--export=spn -Wl,--export=cspn -Wl,--export=chrnul
// multipie-build: -Wl,--export=chr -Wl,--export=len
#define _GNU_SOURCE
#include <string.h>
int grow(void) { return (int)__builtin_wasm_memory_grow(0, 1); }
int len(const char *s) { return (int)strlen(s); }
int spn(const char *s, const char *set) { return (int)strspn(s, set); }
int cspn(const char *s, const char *set) { return (int)strcspn(s, set); }
int chrnul(const char *s, int c) { return (int)(strchrnul(s, c) - s); }
int chr(const char *s, int c) { const char *p = strchr(s, c); return p ? (int)(p - s) : -1; }
"""

PAGE = 65536


@pytest.fixture(scope="module")
def strspn_domain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, int, Path]]:
    """The module built the default way, spawned once, with one page of its own at the end of memory."""
    tmp = tmp_path_factory.mktemp("strspn")
    src = tmp / "strspn.c"
    src.write_text(STRSPN_C)
    out = tmp / "strspn.wasm"
    toolchain.compile_c(src, out)
    with multipie.Runtime(cache_dir=tmp / "cache") as rt:
        d = rt.load(out).spawn()
        top = (d.call("grow") + 1) * PAGE  # nothing of the program lives in the new page
        yield d, top, out


def test_wasi_builds_link_wasi_libc_simd_strspn_strcspn_strchrnul(strspn_domain: tuple[Any, int, Path]) -> None:
    text = _wat(strspn_domain[2])
    # wasi-libc's SIMD128 byte-set lookup (i8x16.swizzle) and 16-byte scans, not musl's scalar loops.
    assert "i8x16.swizzle" in text and "v128.any_true" in text


# Few symbols (long spans) plus the odd high byte; never NUL (the terminator is placed by the test).
_TEXT = st.binary(max_size=80).map(lambda b: bytes(c % 5 + 97 if c < 200 else c for c in b).replace(b"\0", b"a"))
_SET = st.binary(max_size=6).map(lambda b: bytes(c % 6 + 97 if c < 220 else c for c in b).replace(b"\0", b"b"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, accept=_SET, gap=st.integers(0, 40), junk=st.binary(min_size=48, max_size=48), c=st.integers(0, 255))
def test_simd_string_routines_agree_with_python(
    strspn_domain: tuple[Any, int, Path], text: bytes, accept: bytes, gap: int, junk: bytes, c: int
) -> None:
    """Every alignment and length around 16-byte blocks, up to the last byte of memory (``gap`` 0: the
    terminator is memory's last byte, so a 16-byte read past it would trap), with junk after the
    terminator that a vector read sees but must ignore."""
    d, top, _ = strspn_domain
    s = top - gap - len(text) - 1
    tail = junk[: max(0, gap)]
    d.memory[s : top - gap + len(tail)] = text + b"\0" + tail
    # The set lives in the same page, below anything the string can reach (text <= 80 bytes).
    sp = top - 256
    d.memory[sp : sp + len(accept) + 1] = accept + b"\0"
    inside = next((i for i, b in enumerate(text) if b not in accept), len(text))
    outside = next((i for i, b in enumerate(text) if b in accept), len(text))
    found = text.find(bytes([c])) if c else -1
    assert d.call("spn", s, sp) == inside
    assert d.call("cspn", s, sp) == outside
    assert d.call("chrnul", s, c) == (len(text) if found < 0 else found)
    assert d.call("chr", s, c) == (len(text) if c == 0 else found)
    assert d.call("len", s) == len(text)
    pair = bytes(accept[:2]).ljust(2, b"a")  # a two-byte set: string_scan.c's strcspn, not wasi-libc's
    d.memory[sp : sp + 3] = pair + b"\0"
    assert d.call("cspn", s, sp) == next((i for i, b in enumerate(text) if b in pair), len(text))


def _function(wat: str, name: str) -> str:
    """The text of function ``$name`` in ``wasm-tools print`` output ("" if there is none)."""
    start = wat.find(f"(func ${name} ")
    if start < 0:
        return ""
    end = wat.find("\n  (func ", start + 1)
    return wat[start : end if end > 0 else len(wat)]


def test_strlen_and_two_byte_strcspn_scan_16_bytes_a_step(tmp_path: Path) -> None:
    """``strlen`` was compiler-rt's byte loop and ``strcspn`` of a two-byte set (SQLite's ``LIKE``) built
    wasi-libc's 256-bit table on every call; both now compare whole v128 blocks without a table."""
    src = tmp_path / "scan.c"
    src.write_text(STRSPN_C)
    out = tmp_path / "scan.wasm"
    flags = [*toolchain.build_flags(src), *toolchain.wasi_defaults()]
    proc = toolchain.zig_cc(["-target", "wasm32-wasi", "-O2", *flags, str(src), "-o", str(out)])
    assert proc.returncode == 0, proc.stderr
    wat = _wat(out)
    assert "v128.load" in _function(wat, "strlen")
    assert "v128.load" in _function(wat, "strcspn") and "i8x16.swizzle" not in _function(wat, "strcspn")


# sprintf (ours for plain text, %s and %%) beside libc's vsprintf, on formats and strings the test places.
SPRINTF_C = """\
// multipie-build: -mexec-model=reactor -Wl,--export=buf -Wl,--export=ours -Wl,--export=libc
#include <stdarg.h>
#include <stdio.h>
static char b[4096];
char *buf(void) { return b; }
static int via_libc(char *s, const char *fmt, ...) {
  va_list ap; va_start(ap, fmt); int n = vsprintf(s, fmt, ap); va_end(ap); return n;
}
int ours(int out, int fmt, int x, int y, int z) {
  return sprintf(b + out, b + fmt, (char *)x, (char *)y, (char *)z);
}
int libc(int out, int fmt, int x, int y, int z) {
  return via_libc(b + out, b + fmt, (char *)x, (char *)y, (char *)z);
}
"""


def _c_domain(tmp_path_factory: pytest.TempPathFactory, name: str, source: str) -> Iterator[tuple[Any, int]]:
    """A domain of ``source`` built by the project's toolchain, and the address of its ``buf``."""
    tmp = tmp_path_factory.mktemp(name)
    (tmp / f"{name}.c").write_text(source)
    toolchain.compile_c(tmp / f"{name}.c", tmp / f"{name}.wasm")
    with multipie.Runtime(cache_dir=tmp / "cache") as rt:
        d = rt.load(tmp / f"{name}.wasm").spawn()
        yield d, d.call("buf")


@pytest.fixture(scope="module")
def sprintf_domain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, int]]:
    yield from _c_domain(tmp_path_factory, "sprintf", SPRINTF_C)


# Text with conversions: mostly %s and %%, sometimes one with flags, width or another type (libc's path).
_PIECE = st.sampled_from(["%s", "%s", "%%", "%5s", "%-3s", "%.2s", "%c", "a", "bc", " ", "-", "é"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(_PIECE, max_size=8), args=st.lists(st.binary(max_size=40), min_size=3, max_size=3),
       null=st.integers(-1, 2))  # fmt: skip
def test_sprintf_prints_what_libc_prints(
    sprintf_domain: tuple[Any, int], pieces: list[str], args: list[bytes], null: int
) -> None:
    """Same bytes and return value as libc's ``vsprintf`` for every format, including a null ``%s``."""
    d, base = sprintf_domain
    fmt = "".join(pieces).encode()
    if fmt.count(b"%") - 2 * fmt.count(b"%%") > 3:  # at most three arguments are passed
        return
    texts = [a.replace(b"\0", b"z") for a in args]
    d.memory[base : base + len(fmt) + 1] = fmt + b"\0"
    ptrs = []
    for i, t in enumerate(texts):
        at = base + 100 + 50 * i
        d.memory[at : at + len(t) + 1] = t + b"\0"
        ptrs.append(0 if i == null else at)
    if b"%c" in fmt:
        ptrs = [p & 0x7F or 65 for p in ptrs]  # %c takes an int: give it a character
    results = []
    for fn, out in (("ours", 1000), ("libc", 2500)):
        n = d.call(fn, out, 0, *ptrs)
        results.append((n, bytes(d.memory[base + out : base + out + max(n, 0) + 1])))
    assert results[0] == results[1], (fmt, texts, null)


# snprintf (ours for a lone %d, %ld or %lld) beside libc's vsnprintf, at every buffer size the test picks.
SNPRINTF_C = """\
// multipie-build: -mexec-model=reactor -Wl,--export=buf -Wl,--export=ours -Wl,--export=libc
#include <stdarg.h>
#include <stdio.h>
static char b[4096];
char *buf(void) { return b; }
static int via_libc(char *s, size_t n, const char *fmt, ...) {
  va_list ap; va_start(ap, fmt); int r = vsnprintf(s, n, fmt, ap); va_end(ap); return r;
}
/* kind 0: int, 1: long, 2: long long (what the format reads), else a double (libc's path). */
static int call(int libc, int out, int n, int fmt, int kind, long long v) {
  char *s = b + out, *f = b + fmt;
  if (kind == 0) return libc ? via_libc(s, n, f, (int)v) : snprintf(s, n, f, (int)v);
  if (kind == 1) return libc ? via_libc(s, n, f, (long)v) : snprintf(s, n, f, (long)v);
  if (kind == 2) return libc ? via_libc(s, n, f, v) : snprintf(s, n, f, v);
  return libc ? via_libc(s, n, f, (double)v / 7) : snprintf(s, n, f, (double)v / 7);
}
int ours(int out, int n, int fmt, int kind, long long v) { return call(0, out, n, fmt, kind, v); }
int libc(int out, int n, int fmt, int kind, long long v) { return call(1, out, n, fmt, kind, v); }
"""


@pytest.fixture(scope="module")
def snprintf_domain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, int]]:
    yield from _c_domain(tmp_path_factory, "snprintf", SNPRINTF_C)


# The fast formats (kind = the argument they read), near misses and a double (all libc's).
_FORMATS = [("%d", 0), ("%ld", 1), ("%lld", 2), ("%i", 0), ("%5d", 0), ("%lldx", 2), ("x%d", 0), ("%.14g", 3)]
_EDGES = [0, -1, 1, 9, 10, -10, 2**31 - 1, -(2**31), 2**63 - 1, -(2**63)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(form=st.sampled_from(_FORMATS), value=st.sampled_from(_EDGES) | st.integers(-(2**63), 2**63 - 1),
       size=st.sampled_from([0, 1, 2, 5, 21, 44]) | st.integers(0, 30))  # fmt: skip
def test_snprintf_prints_what_libc_prints(
    snprintf_domain: tuple[Any, int], form: tuple[str, int], value: int, size: int
) -> None:
    """Same bytes, truncation and return value as libc's ``vsnprintf``, including INT_MIN and LLONG_MIN."""
    d, base = snprintf_domain
    fmt, kind = form
    if kind < 2:  # int and long are 32-bit on wasm32: the value as the callee reads it
        value = (value + 2**31) % 2**32 - 2**31
    d.memory[base : base + len(fmt) + 1] = fmt.encode() + b"\0"
    results = []
    for fn, out in (("ours", 1000), ("libc", 2500)):
        d.memory[base + out : base + out + 64] = b"\xaa" * 64  # bytes past the limit must stay untouched
        n = d.call(fn, out, size, 0, kind, value)
        results.append((n, bytes(d.memory[base + out : base + out + 64])))
    assert results[0] == results[1], (fmt, value, size)

"""libvirtine's memory functions (``guest/virtine/libvirtine.c``) against C semantics, at every alignment
and length around their 8-, 16- and 64-byte steps (``guest/virtine/tests/strings.c`` calls each with a
size the compiler cannot see, so each is a real call into the library)."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

import multipie
from tests.conftest import needs_kvm

pytestmark = needs_kvm

Load = Callable[[str], multipie.Service]
LENGTHS = [0, 1, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 127, 200, 1000, 4099]


@pytest.fixture
def d(load: Load):  # type: ignore[no-untyped-def]
    with load("tests/strings").spawn() as dom:
        yield dom


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


def test_memcmp_orders_by_the_first_differing_byte_as_unsigned(d: multipie.Domain) -> None:
    rng = random.Random(5)
    for n in LENGTHS:
        a = bytes(rng.randrange(256) for _ in range(n))
        assert d.call("str_memcmp", a, a, n) == 0
        for pos in sorted({0, n // 2, n - 1, max(0, n - 9)}) if n else []:
            for new in (0x00, 0x7F, 0x80, 0xFF):  # unsigned: 0x80 is above 0x7f
                b = bytearray(a)
                b[pos] = new
                b[pos + 1 :] = bytes(rng.randrange(256) for _ in range(n - pos - 1))  # later bytes never decide
                want = _sign(a[pos] - new) or _sign((a > bytes(b)) - (a < bytes(b)))
                assert d.call("str_memcmp", a, bytes(b), n) == want, (n, pos, new)


def test_memcpy_and_memset_write_exactly_their_range(d: multipie.Domain) -> None:
    rng = random.Random(6)
    for n in LENGTHS:
        for dst, src in ((0, 5000), (3, 5001), (5100, 9), (1, 5800)):  # inside the buffer, never overlapping
            buf = bytearray(rng.randrange(256) for _ in range(10_000))
            want = bytearray(buf)
            want[dst : dst + n] = buf[src : src + n]
            d.call("str_memcpy", buf, dst, src, n)
            assert buf == want, (n, dst, src)
        for off in (0, 1, 13):
            buf = bytearray(rng.randrange(256) for _ in range(5000))
            want = bytearray(buf)
            want[off : off + n] = bytes([0xA5]) * n
            d.call("str_memset", buf, off, 0xA5, n)
            assert buf == want, (n, off)


@pytest.mark.parametrize("shift", [-65, -16, -9, -1, 1, 7, 8, 17, 64, 100])
def test_memmove_handles_overlap_both_ways(d: multipie.Domain, shift: int) -> None:
    rng = random.Random(shift)
    for n in LENGTHS:
        src = 300
        buf = bytearray(rng.randrange(256) for _ in range(6000))
        want = bytearray(buf)
        want[src + shift : src + shift + n] = buf[src : src + n]
        d.call("str_memmove", buf, src + shift, src, n)
        assert buf == want, (n, shift)


def test_a_constant_size_copy_reads_an_unaligned_word(d: multipie.Domain) -> None:
    data = bytes(range(1, 10))
    assert d.call("load_word", data) == int.from_bytes(data[1:9], "little")

"""The entry stub's blob (stub.py): two code pages of one section, the padding between them never copied."""

from __future__ import annotations

import pytest

from multipie.domains.legacy import sysarea
from multipie.domains.legacy.stub import code_pages
from multipie.errors import HostBug

GAP = sysarea.ENTRY - sysarea.MORE


def test_the_blob_splits_into_the_first_page_and_lstars() -> None:
    blob = b"\x90" * 100 + b"\xcc" * (GAP - 100) + b"\xc3" * 3000
    first, second = code_pages(blob, GAP)
    assert first == b"\x90" * 100 + b"\xcc" * (4096 - 100) and second == b"\xc3" * 3000


@pytest.mark.parametrize(
    "blob",
    [
        b"\x90" * 5000 + b"\xcc" * (GAP - 5000) + b"\xc3",  # the first page's code runs into the padding
        b"\x90" + b"\xcc" * (GAP - 1) + b"\xc3" * 4097,  # LSTAR's page overflows into the state page
        b"\x90" * 100,  # no second page at all
    ],
)
def test_a_stub_that_outgrew_its_pages_is_refused(blob: bytes) -> None:
    with pytest.raises(HostBug, match="do not fit two pages"):
        code_pages(blob, GAP)


def test_the_built_stub_fits(guests: object) -> None:
    from multipie.domains.legacy.stub import entry_blob

    first, second = code_pages(entry_blob(), GAP)
    assert 0 < len(first) <= 4096 and 0 < len(second) <= 4096


def test_the_exception_stubs_are_found_by_their_symbol(guests: object) -> None:
    """sysarea points the IDT at entry.S's `faults` symbol, not at a fixed offset: each stub pushes its vector."""
    from multipie.domains.legacy.stub import entry_blob, entry_symbol

    blob, at = entry_blob(), entry_symbol("faults")
    assert at % 8 == 0 and GAP <= at
    for v in (0, 1, 14, 31):
        assert blob[at + 8 * v : at + 8 * v + 2] == bytes([0x6A, v])  # push $v

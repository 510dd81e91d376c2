"""The path slots' layout and hash, which ``entry.S`` computes too."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from multipie.domains.legacy import filestore, pathslots
from tests.domains.legacy.test_guestfds import entry_defines


def test_the_hash_is_64_bit_fnv_1a() -> None:
    # The FNV reference vectors (draft-eastlake-fnv): entry.S's loop is checked against them through the host's.
    assert pathslots.path_hash(b"") == 0xCBF29CE484222325
    assert pathslots.path_hash(b"a") == 0xAF63DC4C8601EC8C
    assert pathslots.path_hash(b"foobar") == 0x85944171F73967E8


@given(st.binary(min_size=1, max_size=pathslots.PATH_MAX_LEN))
def test_a_path_s_two_slots_lie_within_the_slots_and_name_their_number(raw: bytes) -> None:
    end = pathslots.PATHS + pathslots.PATH_SLOTS * pathslots.PATH_SLOT
    for slot in pathslots.path_slots(pathslots.path_hash(raw)):
        assert pathslots.PATHS <= slot < end and (slot - pathslots.PATHS) % pathslots.PATH_SLOT == 0
        assert pathslots.PATHS + pathslots.slot_no(slot) * pathslots.PATH_SLOT == slot


def test_the_layout_is_entry_s() -> None:
    d = entry_defines()
    assert (d["PATHS"], d["PATH_SLOT"], d["PATH_MAX_LEN"]) == (
        pathslots.PATHS, pathslots.PATH_SLOT, pathslots.PATH_MAX_LEN
    )
    assert pathslots.PATHS + pathslots.PATH_SLOTS * pathslots.PATH_SLOT <= filestore.STORE

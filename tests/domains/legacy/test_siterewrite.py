"""Plans into memory and kept (siterewrite.py): the loaded image's rewritten bytes and trampoline segment, the disk
cache. The library-mapping side runs in a virtine in test_syscallsites.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.domains.legacy import elf, siterewrite, syscallsites
from multipie.domains.legacy.syscallsites import Plan
from tests.domains.legacy.test_syscallsites import _code, _elf


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty in-memory plan cache (and no disk cache) for the test."""
    monkeypatch.setattr(siterewrite, "_cache", type(siterewrite._cache)())
    monkeypatch.setattr(siterewrite, "_cached_bytes", 0)
    monkeypatch.setattr(siterewrite, "_dir", None)


def test_plans_are_kept_on_disk_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    code, starts = _code()
    lib = tmp_path / "lib.so"
    lib.write_bytes(_elf(code, starts))
    siterewrite.use_cache_dir(tmp_path)
    with open(lib, "rb") as f:
        plan = siterewrite.for_file(f.fileno())
    kept = list((tmp_path / "syscallsites" / f"v{syscallsites.FORMAT}").iterdir())
    assert plan is not None and len(kept) == 1 and Plan.from_bytes(kept[0].read_bytes()) == plan
    kept[0].write_bytes(b"garbage")  # a damaged cache file is made again, never trusted
    monkeypatch.setattr(siterewrite, "_cache", type(siterewrite._cache)())
    with open(lib, "rb") as f:
        assert siterewrite.for_file(f.fileno()) == plan
    assert Plan.from_bytes(kept[0].read_bytes()) == plan
    siterewrite.use_cache_dir(tmp_path / "gone")  # a cache directory that is gone: only slower, never recreated
    monkeypatch.setattr(siterewrite, "_cache", type(siterewrite._cache)())
    with open(lib, "rb") as f:
        assert siterewrite.for_file(f.fileno()) == plan
    assert not (tmp_path / "gone").exists()


def test_plans_of_older_formats_are_removed(tmp_path: Path, fresh: None) -> None:
    root = tmp_path / "syscallsites"
    (root / "v1").mkdir(parents=True)
    (root / "v1" / "0123456789abcdef").write_bytes(b"old")
    (root / "0123456789abcdef").write_bytes(b"older")  # (before plans had a version directory)
    (root / f"v{syscallsites.FORMAT}").mkdir()
    (root / f"v{syscallsites.FORMAT}" / "kept").write_bytes(b"x")
    siterewrite.use_cache_dir(tmp_path)
    assert [p.name for p in root.iterdir()] == [f"v{syscallsites.FORMAT}"]
    assert (root / f"v{syscallsites.FORMAT}" / "kept").exists()


def test_a_loaded_image_gets_its_sites_rewritten_and_its_area_as_a_segment(guests: Path, fresh: None) -> None:
    data = (guests / "legacy" / "programs" / "sysloop").read_bytes()
    image = elf.parse(data, where="sysloop")
    assert image.data == data and image.load_data != data
    area = image.segments[-1]
    assert area.flags == 5 and area.vaddr == max(s.page_end for s in image.segments[:-1])  # R+X, right after the span
    tramps = image.load_data[area.offset : area.offset + area.filesz]
    assert tramps.startswith(syscallsites.MAGIC)
    changed = {i for i in range(len(data)) if image.load_data[i] != data[i]}  # only the sites' five bytes
    plan = syscallsites.analyse(data, syscallsites.entry_ptr(), b"k" * 8)
    assert plan is not None and changed and changed <= {i for off, _ in plan.sites for i in range(off, off + 5)}
    assert all(image.load_data[off : off + 5] == five for off, five in plan.sites)


def test_the_memory_cache_keeps_a_bounded_number_of_bytes(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    code, starts = _code()
    monkeypatch.setattr(siterewrite, "_CACHE_BYTES", 3000)
    plans = [siterewrite._plan(b"test %d" % i, lambda: _elf(code, starts)) for i in range(10)]
    assert all(p is not None for p in plans)
    assert 0 < len(siterewrite._cache) < 10 and siterewrite._cached_bytes <= 3000
    assert siterewrite._cached_bytes == sum(siterewrite._size(p) for p in siterewrite._cache.values())


def test_with_rewriting_off_the_image_is_the_file(guests: Path, fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(syscallsites, "ENABLED", False)
    data = (guests / "legacy" / "programs" / "sysloop").read_bytes()
    image = elf.parse(data, where="sysloop")
    assert image.load_data == b"" and all(s.flags != 5 or s.offset < len(data) for s in image.segments)


def test_rewritten_counts_each_part_and_inspect_shows_the_libraries(guests: Path) -> None:
    import multipie

    data = (guests / "legacy" / "programs" / "sysloop").read_bytes()
    plan = syscallsites.analyse(data, syscallsites.entry_ptr(), b"k" * 8)
    image = elf.parse(data, where="sysloop")
    assert plan is not None and siterewrite.rewritten(image) == [("program", len(plan.sites))]
    rt = multipie.Runtime(cache_dir=None)
    try:
        details = rt.load("/usr/bin/python3").details()  # type: ignore[attr-defined]
    finally:
        rt.close()
    sites = str(details["syscall_sites"])
    assert "program 0" in sites and "interpreter " in sites
    libc = next(part for part in sites.split(", ") if part.startswith("libc.so.6 "))
    assert int(libc.split()[1]) > 300

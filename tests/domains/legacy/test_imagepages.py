"""Read-only pages of an image and of a warm state: one sealed host copy, mapped into every machine."""

from __future__ import annotations

import fcntl
import mmap
from pathlib import Path

import multipie
from multipie.domains.legacy import imagepages
from multipie.kvm.memory import GuestMemory
from tests.domains.legacy.conftest import needs_vm


def test_sealed_copy_is_mapped_copy_on_write() -> None:
    data = mmap.mmap(-1, 3 * 4096)
    data[:] = b"a" * 4096 + b"b" * 4096 + b"c" * 4096
    view, fd = imagepages.sealed(data, 3 * 4096)
    assert fd >= 0 and view[:4096] == b"a" * 4096
    assert fcntl.fcntl(fd, fcntl.F_GET_SEALS) & fcntl.F_SEAL_WRITE  # nobody can change the shared bytes
    one, two = GuestMemory(1 << 20), GuestMemory(1 << 20)
    for m in (one, two):
        imagepages.map_pages(m, [16, 17, 40], {16: 0, 17: 1, 40: 2}, fd)
    assert one.read(16 * 4096, 2) == b"aa" and one.read(40 * 4096, 1) == b"c"
    one.write(17 * 4096, b"X")  # a write: this memory's own copy of that page only
    assert one.read(17 * 4096, 1) == b"X" and two.read(17 * 4096, 1) == b"b" and view[4096:4097] == b"b"
    one.discard_range(16 * 4096, 2 * 4096)  # fresh zero pages, not the shared bytes again
    assert one.read(16 * 4096, 8192) == bytes(8192)
    one.close()
    two.close()


@needs_vm
def test_machines_of_one_image_share_its_read_only_pages(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "mprot")
    out = bytearray()
    assert rt.run_command(svc, ["readonly"], stdout=out) == 0
    image = svc._machines().image
    runs = imagepages.read_only_runs(image)
    assert runs and all(not s.flags & 2 for s in image.segments if s.page_start == runs[0][0])
    shared = imagepages.pages_of(image, None)  # type: ignore[arg-type]  # made by the first machine: cached
    assert [(a, n) for a, n, _ in shared.runs] == runs

"""multipie.domains.legacy.readcache: bytes the guest did not read are given back at the next exit, as the host's."""

from __future__ import annotations

import subprocess
from pathlib import Path

import multipie
from tests.domains.legacy.conftest import needs_vm
from tests.domains.legacy.test_filestore import _run

#: A small system file read in parts with an exit between them (``sched_yield``: the host's, and it leaves what is
#: kept): the bytes the read cache still holds go back to the host's offset, which the next ``tell`` and ``pread``
#: see. The first round's open is the host's (its read cache filled at the open); later ones are answered in the
#: guest from the file store (its bytes in the store, not in the read cache's memory).
PARTS = """
import os, sys
p = "/usr/lib/python3.11/abc.py"
for _ in range(int(sys.argv[1])):
    fd = os.open(p, os.O_RDONLY)
    a = os.read(fd, 100)
    os.sched_yield()
    print(os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 50) == os.pread(fd, 50, 100), os.lseek(fd, 0, os.SEEK_CUR))
    os.sched_yield()
    os.lseek(fd, 10, os.SEEK_SET)
    print(os.read(fd, 5) == a[10:15], os.lseek(fd, 0, os.SEEK_CUR), len(os.read(fd, 1 << 20)))
    os.close(fd)
"""


@needs_vm
def test_unread_cached_bytes_go_back_to_the_hosts_offset(rt: multipie.Runtime, tmp_path: Path) -> None:
    grant = {str(tmp_path): "/data:ro"}  # (nothing kept outlives a run: the two runs differ by the second round only)
    with rt.load("/usr/bin/python3").spawn(timeout=60) as d:
        for n in "12":  # the loader; the warm state taken
            _run(d, ["-Sc", PARTS, n], dirs=grant)
        once, twice = [_run(d, ["-Sc", PARTS, n], dirs=grant) for n in "12"]
    native = [subprocess.run(["/usr/bin/python3", "-Sc", PARTS, n], capture_output=True, env={}).stdout for n in "12"]
    assert [once[0], twice[0]] == native
    assert twice[3] == once[3] + 1  # the second round's open: in the guest, its bytes in the store


#: Reads of more than the read cache holds: of a file larger than what a first read leaves cached (typing.py: the
#: 64 KiB read ahead ends before the file does), and of small files whose cache holds all the rest.
LONG_READS = """
import os
for p in ("/usr/lib/python3.11/typing.py", "/usr/lib/python3.11/abc.py", "/usr/lib/os-release"):
    size = os.stat(p).st_size
    fd = os.open(p, os.O_RDONLY)
    print(p, len(os.read(fd, 1000)), len(os.read(fd, 3000)), len(os.read(fd, size + 1)), len(os.read(fd, 10)))
    os.close(fd)
"""


@needs_vm
def test_a_read_of_more_than_is_cached_is_short_only_at_the_end(rt: multipie.Runtime) -> None:
    native = subprocess.run(["/usr/bin/python3", "-c", LONG_READS], capture_output=True, env={}, check=True).stdout
    with rt.load("/usr/bin/python3").spawn(timeout=60) as d:
        outs = [_run(d, ["-c", LONG_READS])[0] for _ in range(3)]  # (host opens, then opens in the guest)
    assert outs == [native] * 3

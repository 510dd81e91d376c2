"""multipie.domains.legacy.readcache: bytes the guest did not read are given back at the next exit, as the host's."""

from __future__ import annotations

import subprocess

import multipie
from tests.domains.legacy.conftest import needs_vm

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
def test_unread_cached_bytes_go_back_to_the_hosts_offset(rt: multipie.Runtime) -> None:
    native = subprocess.run(["/usr/bin/python3", "-c", PARTS, "2"], capture_output=True, env={}, check=True)
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        for _ in range(3):
            out, err = bytearray(), bytearray()
            assert d.run(["-c", PARTS, "2"], stdout=out, stderr=err) == 0, err
            assert (bytes(out), bytes(err)) == (native.stdout, native.stderr)

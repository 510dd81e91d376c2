"""What ``poll``, ``select`` and ``epoll`` report for each kind of fd, natively and in a virtine.

Regular files, directories and devices are always ready for reading and writing, whatever they were opened for
(Linux's ``DEFAULT_POLLMASK``) and ``epoll`` refuses them; pipes, sockets and stdio report their own state.
"""

from __future__ import annotations

import multipie
from tests.domains.legacy.conftest import needs_vm
from tests.domains.legacy.test_filestore import as_natively

#: Every kind of fd a program opens, polled with every bit asked, ``select``ed in each set and added to an epoll.
POLLS = """
import errno, os, select, socket, sys
FILE, DIR, TMP = "/usr/lib/python3.11/abc.py", "/usr/lib/python3.11/json", f"/tmp/poll-test-{os.getpid()}"
ALL = (select.POLLIN | select.POLLOUT | select.POLLPRI | select.POLLRDNORM | select.POLLWRNORM | select.POLLRDBAND
       | select.POLLWRBAND | select.POLLRDHUP)
def report(name, fd):
    po = select.poll()
    po.register(fd, ALL)
    sel = [len(x) for x in select.select([fd], [fd], [fd], 0)]
    ep = select.epoll()
    try:
        ep.register(fd, select.EPOLLIN | select.EPOLLOUT | select.EPOLLRDHUP)
        e = [hex(ev) for _fd, ev in ep.poll(0)]
    except OSError as err:
        e = errno.errorcode[err.errno]
    ep.close()
    print(name, [hex(ev) for _fd, ev in po.poll(0)], sel, e)
for _ in range(int(sys.argv[1])):
    opens = [(FILE, os.O_RDONLY), (FILE, os.O_RDONLY), (FILE, os.O_RDONLY | os.O_NONBLOCK), (DIR, os.O_RDONLY),
             (DIR, os.O_RDONLY | os.O_DIRECTORY), (TMP, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), (TMP, os.O_RDONLY),
             (TMP, os.O_RDWR | os.O_APPEND), ("/dev/null", os.O_RDONLY), ("/dev/null", os.O_WRONLY),
             ("/dev/zero", os.O_RDONLY)]
    for path, flags in opens:
        fd = os.open(path, flags, 0o644)
        report(f"{path.split('-')[0]} {flags:#o}", fd)
        os.close(fd)
    os.unlink(TMP)
    r, w = os.pipe()
    report("pipe r", r)
    report("pipe w", w)
    os.write(w, b"x")
    report("pipe r data", r)
    os.close(w)
    report("pipe r no writer", r)
    os.close(r)
    a, b = socket.socketpair()
    report("socket", a.fileno())
    b.send(b"x")
    report("socket data", a.fileno())
    b.close()
    report("socket peer gone", a.fileno())
    a.close()
    sockets = []
    for family, kind in ((socket.AF_UNIX, socket.SOCK_STREAM), (socket.AF_UNIX, socket.SOCK_DGRAM),
                         (socket.AF_INET, socket.SOCK_STREAM), (socket.AF_INET, socket.SOCK_DGRAM)):
        s = socket.socket(family, kind)
        report(f"fresh {family} {kind}", s.fileno())
        s.bind(f"\\0poll-test-{os.getpid()}-{kind}" if family == socket.AF_UNIX else ("127.0.0.1", 0))
        report(f"bound {family} {kind}", s.fileno())
        sockets.append(s)
    d, e = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    report("datagram pair", d.fileno())
    e.close()
    report("datagram pair peer gone", d.fileno())
    d.close()
    for s in sockets[0], sockets[2]:  # the stream ones: listening, then with a connection waiting
        s.listen()
        report(f"listening {s.family}", s.fileno())
        c = socket.socket(s.family, socket.SOCK_STREAM)
        c.connect(s.getsockname())
        report(f"listening {s.family} backlog", s.fileno())
        report(f"connected {s.family}", c.fileno())
        sockets.append(c)
    for s in sockets:
        s.close()
    report("stdout", 1)
    report("stderr", 2)
"""


@needs_vm
def test_each_kind_of_fd_polls_as_natively(rt: multipie.Runtime) -> None:
    as_natively(rt, POLLS)

"""Channels: bounded byte streams with SCM_RIGHTS marks, whole messages, EOF and abandonment."""

from __future__ import annotations

from multipie.resources.eventfd import EventFd
from multipie.resources.net.channels import MAX_DATAGRAMS, ByteChannel, MessageQueue


def test_bytes_do_not_merge_across_passed_files() -> None:
    ch = ByteChannel(capacity=16)
    f = EventFd()
    assert ch.put(b"abc") == 3
    assert ch.put(b"def", [f]) == 3
    assert ch.take(10) == (b"abc", [], None, 3)  # stops before the message that carries a file
    assert ch.take(10) == (b"def", [f], None, 3)
    assert ch.put(b"x" * 20) == 16 and not ch.room(1)
    assert ch.take(4, peek=True)[0] == b"xxxx" and len(ch) == 16


def test_release_drops_files_in_flight() -> None:
    ch = ByteChannel()
    f = EventFd()
    f.refs += 1  # one reference held by the message
    ch.put(b"x", [f])
    ch.abandon()
    assert f.refs == 1 and ch.reader_gone and len(ch) == 0


def test_messages_stay_whole_and_bounded() -> None:
    q = MessageQueue(capacity=10)
    assert q.put(b"hello", source="a") == 5 and q.put(b"") == 0 and len(q) == 2
    assert not q.room(6)
    data, files, src, full = q.take(2)
    assert (data, files, src, full) == (b"he", [], "a", 5)  # cut to the buffer, the rest is gone
    assert q.take(5)[0] == b""
    big = MessageQueue(capacity=1 << 20)
    for _ in range(MAX_DATAGRAMS):
        big.put(b"x")
    assert not big.room(1)

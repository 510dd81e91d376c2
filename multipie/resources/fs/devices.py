"""The character devices every guest gets: ``/dev/null``, ``/dev/zero``, ``/dev/urandom``."""

from __future__ import annotations

import os
import stat as S

from multipie.resources.fs.metadata import Stat, new_ino
from multipie.resources.fs.nodes import Node, Quota
from multipie.resources.fs.openfile import OpenFile

__all__ = ["DEVICES", "DeviceFile", "DeviceNode"]

#: Name under ``/dev`` → device number (Linux's ``mem`` major 1 minors).
DEVICES = {"null": 0x103, "zero": 0x105, "urandom": 0x109}


class DeviceNode(Node):
    """``/dev/null``, ``/dev/zero``, ``/dev/urandom``: character devices answered by the host."""

    def __init__(self, kind: str, rdev: int) -> None:
        self.kind = kind
        self.rdev = rdev
        self.ino = new_ino()

    def stat(self) -> Stat:
        return Stat(mode=S.S_IFCHR | 0o666, size=0, ino=self.ino, rdev=self.rdev)

    def open(self, flags: int, quota: Quota) -> OpenFile:
        return DeviceFile(self, flags)


class DeviceFile(OpenFile):
    """An open ``/dev/null`` (empty, swallows writes), ``/dev/zero`` or ``/dev/urandom``."""

    def __init__(self, node: DeviceNode, flags: int) -> None:
        super().__init__(flags)
        self.node = node

    def pread(self, n: int, off: int) -> bytes:
        if self.node.kind == "null":
            return b""
        if self.node.kind == "zero":
            return bytes(n)
        return os.urandom(n)

    def pwrite(self, data: bytes, off: int) -> int:
        return len(data)

    def seek(self, off: int, whence: int) -> int:
        return 0

    def stat(self) -> Stat:
        return self.node.stat()

"""The ``pyhello`` component: a Python guest (componentize-py) for speed and fault tests."""

import wit_world

_held: list[bytearray] = []


class WitWorld(wit_world.WitWorld):
    def greet(self, name: str) -> str:
        return "hello, " + name

    def add(self, a: int, b: int) -> int:
        return a + b

    def hold(self, n: int) -> int:
        _held.append(bytearray(n))
        return sum(len(b) for b in _held)

    def fail(self, message: str) -> None:
        raise RuntimeError(message)

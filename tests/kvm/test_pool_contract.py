"""multipie.domains.virtine.pool: idle clean machines, hits and misses, and nothing reused that must not be."""

from __future__ import annotations

import threading

from multipie.domains.virtine.pool import Pool


class Machine:
    """The pool's whole contract: ``reusable`` and ``close`` (a virtine machine behind it costs a VM)."""

    def __init__(self) -> None:
        self.reusable = True
        self.closed = False

    def close(self) -> None:
        assert not self.closed, "closed twice"
        self.closed = True


def make() -> tuple[Pool[Machine], list[Machine]]:
    made: list[Machine] = []

    def factory() -> Machine:
        made.append(Machine())
        return made[-1]

    return Pool(factory, size=2), made


def test_a_miss_creates_and_a_put_back_machine_is_a_hit() -> None:
    pool, made = make()
    a = pool.get()
    assert made == [a] and pool.stats() == {"idle": 0, "hits": 0, "misses": 1, "created": 1}
    pool.put(a)
    assert pool.get() is a
    assert pool.stats() == {"idle": 0, "hits": 1, "misses": 1, "created": 1}


def test_unreusable_and_surplus_machines_are_closed() -> None:
    pool, _ = make()
    a, b, c, dirty = pool.get(), pool.get(), pool.get(), pool.get()
    dirty.reusable = False  # e.g. a pending port read KVM would complete in the next tenant's call
    pool.put(dirty)
    assert dirty.closed and pool.idle == 0
    for m in (a, b, c):
        pool.put(m)
    assert pool.idle == 2 and c.closed and not (a.closed or b.closed)  # size 2: the third is closed


def test_ensure_fills_up_to_size() -> None:
    pool, made = make()
    pool.ensure(1)
    assert pool.idle == 1 and pool.created == 1
    pool.ensure(10)
    assert pool.idle == 2 and len(made) == 2 and pool.misses == 0


def test_close_closes_idle_machines_and_later_puts() -> None:
    pool, _ = make()
    pool.ensure(2)
    out = pool.get()
    pool.close()
    assert pool.idle == 0
    pool.put(out)
    assert out.closed


def test_concurrent_gets_and_puts_keep_the_counts() -> None:
    pool, made = make()
    per_thread = 500

    def work() -> None:
        for _ in range(per_thread):
            pool.put(pool.get())

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert pool.hits + pool.misses == 8 * per_thread
    assert pool.created == pool.misses == len(made)
    idle = [m for m in made if not m.closed]
    assert len(idle) == pool.idle <= 2  # every machine is idle in the pool or closed, none lost

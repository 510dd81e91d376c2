"""Pools of prepared machines (multipie.kvm.pool): hits, misses, size bound, retirement, keyed pools."""

from __future__ import annotations

import os
import threading

from multipie.kvm import kvm
from multipie.kvm.pool import Pool, Pools
from tests.conftest import needs_kvm
from tests.kvm.tinyvm import SLOT, TinyMachine


class Item:
    """Something poolable: it counts its closes."""

    def __init__(self, key: object = None) -> None:
        self.key = key
        self.reusable = True
        self.closes = 0

    def close(self) -> None:
        self.closes += 1


def test_hits_misses_and_size_bound() -> None:
    pool: Pool[Item] = Pool(Item, size=2)
    a, b, c = pool.get(), pool.get(), pool.get()
    assert (pool.misses, pool.hits, pool.created) == (3, 0, 3)
    for m in (a, b, c):
        pool.put(m)
    assert pool.idle == 2 and c.closes == 1  # the third did not fit and was closed
    assert pool.get() in (a, b) and pool.hits == 1
    assert pool.stats() == {"idle": 1, "hits": 1, "misses": 3, "created": 3}


def test_unreusable_machines_are_closed_not_pooled() -> None:
    pool: Pool[Item] = Pool(Item)
    m = pool.get()
    m.reusable = False
    pool.put(m)
    assert pool.idle == 0 and m.closes == 1


def test_close_closes_idle_and_later_puts() -> None:
    pool: Pool[Item] = Pool(Item)
    pool.ensure(3)
    idle = [pool.get() for _ in range(3)]
    for m in idle:
        pool.put(m)
    pool.close()
    assert all(m.closes == 1 for m in idle) and pool.idle == 0
    late = Item()
    pool.put(late)
    assert late.closes == 1


def test_drain_closes_idle_machines_and_the_pool_keeps_pooling() -> None:
    # Runtime.release_memory drains: before it, idle machines (and their KVM fds) stayed until close.
    pool: Pool[Item] = Pool(Item, size=2)
    a, b = pool.get(), pool.get()
    pool.put(a)
    pool.put(b)
    assert pool.drain() == 2 and pool.idle == 0 and (a.closes, b.closes) == (1, 1)
    c = pool.get()  # a miss: a new machine
    pool.put(c)
    assert c is not a and c is not b and pool.idle == 1 and c.closes == 0
    keyed: Pools[int, Item] = Pools(Item, size=2)
    for key in (16, 32):
        p = keyed.pool(key)
        p.put(p.get())
    assert keyed.drain() == 2 and keyed.stats()["idle"] == 0


def test_keyed_pools_share_counters_by_key() -> None:
    pools: Pools[int, Item] = Pools(Item, size=1)
    small, big = pools.pool(16).get(), pools.pool(32).get()
    assert (small.key, big.key) == (16, 32) and pools.pool(16) is pools.pool(16)
    pools.pool(16).put(small)
    assert pools.pool(16).get() is small
    assert pools.stats() == {"idle": 0, "hits": 1, "misses": 2, "created": 2}
    pools.pool(16).put(small)
    pools.close()
    assert small.closes == 1


@needs_kvm
def test_pool_of_real_machines_releases_everything() -> None:
    kvm.system()
    fds = len(os.listdir("/proc/self/fd"))
    pool: Pool[TinyMachine] = Pool(TinyMachine, size=2)
    m = pool.get()
    assert m.call(5) == 5
    m.reset()
    pool.put(m)
    again = pool.get()
    assert again is m and again.memory.read_u64(SLOT) == 0  # reused, and clean after the reset
    assert again.call(6) == 6
    again.reset()
    pool.put(again)
    pool.close()
    assert m.closed and len(os.listdir("/proc/self/fd")) == fds


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

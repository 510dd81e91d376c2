"""Pools of prepared machines (multipie.kvm.pool): hits, misses, size bound, retirement, keyed pools."""

from __future__ import annotations

import os

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

"""One local multi-node Ray cluster for every scale-out test (starting one costs ~10 s here).

Two raylets on this machine (``ray.cluster_utils.Cluster``), one CPU and an 80 MB
object store each, advertising 127.0.0.1 only. Tests skip, saying why, only when
Ray is not importable (``pip install 'multipie[ray]'``; ``make test`` installs it).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

NODES = 2
STORE = 80 << 20


@pytest.fixture(scope="session")
def ray_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A started 2-node cluster with this process connected as its driver."""
    from multipie.scaleout.connect import loopback_only

    loopback_only()  # before Ray is imported: it reads the setting once
    ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'multipie[ray]' (make test does)")
    from ray.cluster_utils import Cluster

    cluster = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 1, "object_store_memory": STORE, "include_dashboard": False,
                        "node_ip_address": "127.0.0.1",
                        # a killed node is noticed in ~1.5 s instead of ~15 s (the fault test waits for it)
                        "_system_config": {"health_check_period_ms": 500, "health_check_failure_threshold": 3}},
    )
    for _ in range(NODES - 1):
        cluster.add_node(num_cpus=1, object_store_memory=STORE, node_ip_address="127.0.0.1")
    cluster.wait_for_nodes()
    ray.init(address=cluster.address, logging_level="ERROR", log_to_driver=False)
    try:
        yield cluster
    finally:
        ray.shutdown()
        cluster.shutdown()

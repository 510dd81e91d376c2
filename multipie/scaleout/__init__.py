"""Scale-out on Ray: one manifest, many machines, the same capabilities (docs/scale-out.md).

``multipie up DIR --ray [ADDRESS|auto]`` or, from Python::

    from multipie.scaleout import deploy, up
    app = deploy("examples/app", address="auto")   # a started ClusterApp
    up("examples/app", address="auto", listen="127.0.0.1:8080")   # serve it over HTTP

Modules (one concept each): :mod:`~multipie.scaleout.plan` (placement units,
replicas, what crosses units), :mod:`~multipie.scaleout.tokens` (capability tokens,
the authority, revocation), :mod:`~multipie.scaleout.replica` (the actor hosting a
Runtime), :mod:`~multipie.scaleout.cluster` (deployment, routing, faults,
autoscaling), :mod:`~multipie.scaleout.ingress` (the HTTP entry point),
:mod:`~multipie.scaleout.forward` (requests to a replica's gateway over HTTP),
:mod:`~multipie.scaleout.metrics` (``/metrics`` across replicas),
:mod:`~multipie.scaleout.blobs` (node-local code by digest),
:mod:`~multipie.scaleout.connect` (importing Ray, joining a cluster). Ray is imported
only when a cluster is used: ``pip install 'multipie[ray]'``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from multipie.scaleout.cluster import ClusterApp, deploy
from multipie.scaleout.replica import RemoteCapability

__all__ = ["ClusterApp", "RemoteCapability", "deploy", "up"]


def up(
    location: str | Path,
    *,
    address: str | None = None,
    listen: str = "127.0.0.1:8080",
    admin_port: int = 0,
    access_log: bool = True,
    on_ready: Any = None,
    transport: str = "http",
) -> int:
    """Serve the app at ``location`` from a Ray cluster until SIGINT/SIGTERM; returns the exit code.

    ``transport``: how requests reach replicas (``"http"``: to each replica's gateway over
    kept-alive connections; ``"actor"``: a Ray actor call each, see docs/scale-out.md).

    Raises:
        UsageError: Ray is missing, the cluster cannot be reached, or ``listen`` is invalid.
    """
    from multipie.app.manifest import load_manifest
    from multipie.app.server import parse_listen, serve
    from multipie.scaleout.ingress import RayGateway

    host, port = parse_listen(listen)
    manifest, root = load_manifest(location)
    path = Path(location)
    where = str(path / "multipie.toml" if path.is_dir() else path)
    app = ClusterApp(manifest, root, address=address, manifest_path=where, transport=transport)
    return serve(
        app, host=host, port=port, admin_port=admin_port, access_log=access_log, on_ready=on_ready,
        gateway_class=RayGateway,  # type: ignore[arg-type]
    )

"""``multipie up`` (serve an app from its ``multipie.toml``) and ``multipie ps`` (what is running)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from multipie.cli.output import console
from multipie.errors import UsageError

__all__ = ["fetch_ps", "ray_flag"]


def ray_flag(args: list[str]) -> list[str]:
    """``--ray`` may stand alone (a local Ray instance): give it the value ``local`` for the parser.

    It stands alone when nothing follows it, an option follows it, or what follows is an existing
    path (the app directory, not a cluster address).
    """
    from pathlib import Path

    out = list(args)
    for i, a in enumerate(out):
        if a == "--ray" and (i + 1 == len(out) or out[i + 1].startswith("-") or Path(out[i + 1]).exists()):
            out.insert(i + 1, "local")
            break
    return out


def up(
    directory: Annotated[str, typer.Argument(help="App directory holding multipie.toml (or the file itself).")] = ".",
    listen: Annotated[
        str, typer.Option("--listen", "-l", metavar="HOST:PORT", help="Where to serve.")
    ] = "127.0.0.1:8080",
    admin_port: Annotated[
        int, typer.Option("--admin-port", metavar="PORT", help="Loopback port of the admin endpoint (0: any).")
    ] = 0,
    workers: Annotated[int, typer.Option(metavar="N", help="Threads running guest code.")] = 16,
    log_format: Annotated[str, typer.Option("--log-format", metavar="json|text", help="JSON lines or text.")] = "json",
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="Log every request.")] = True,
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            help="Serve from a Ray cluster: --ray ADDRESS, --ray auto, or --ray alone (a local one); see "
            "docs/scale-out.md.",
        ),
    ] = None,
) -> None:
    """Serve an app: every service of multipie.toml in this process, one fresh domain per request."""
    from multipie.app.loader import load_app
    from multipie.app.logs import configure_logging
    from multipie.app.server import parse_listen, serve

    if log_format not in ("json", "text"):
        raise UsageError(f"--log-format {log_format!r}: expected json or text")
    if workers < 1:
        raise UsageError(f"--workers {workers}: expected at least 1")
    host, port = parse_listen(listen)
    configure_logging(log_format, access=access_log)
    if ray is not None:
        from multipie.scaleout import up as up_ray

        raise typer.Exit(up_ray(directory, address=ray, listen=listen, admin_port=admin_port, access_log=access_log))
    loaded = load_app(directory)
    code = serve(loaded, host=host, port=port, admin_port=admin_port, workers=workers, access_log=access_log)
    raise typer.Exit(code)


def fetch_ps(admin: str, *, timeout: float = 2.0) -> dict[str, Any]:
    """``GET http://ADMIN/ps`` from a running app's admin endpoint.

    Raises:
        UsageError: the endpoint cannot be reached or did not answer JSON.
    """
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://{admin}/ps", timeout=timeout) as r:
            data: dict[str, Any] = json.loads(r.read())
            return data
    except (OSError, ValueError, urllib.error.URLError) as exc:
        raise UsageError(f"cannot reach the admin endpoint at {admin}: {exc}") from exc


def ps(
    admin: Annotated[str | None, typer.Option("--admin", metavar="HOST:PORT", help="One app's admin endpoint.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List running apps, their services and live domains (through each app's loopback admin endpoint)."""
    from rich.table import Table
    from rich.text import Text

    from multipie.app.admin import running_apps

    targets = [admin] if admin else [str(i["admin"]) for i in running_apps() if i.get("admin")]
    snaps = [fetch_ps(a) for a in targets]
    if as_json:
        console.print_json(json.dumps(snaps))
        return
    if not snaps:
        console.print("no running apps (start one with `multipie up`)")
        return
    for snap in snaps:
        console.print(
            Text.assemble(
                (str(snap["app"]), "bold"),
                f" pid {snap['pid']} on http://{snap.get('listen', '?')} — "
                f"{snap['live_domains']} live domains, {snap['inflight']} in flight, {snap['served']} served",
            )
        )
        t = Table()
        for col in ("service", "kind", "abi", "routes", "instances", "live", "idle", "in use", "memory", "grants"):
            t.add_column(col, overflow="fold")  # wrapped, never cut with "…"
        for s in snap["services"]:
            row = (
                s["name"],
                s["kind"],
                s["abi"],
                " ".join(s["routes"]) or "-",
                s["instances"],
                str(s["live"]),
                str(s["idle"]),
                str(s["in_use"]),
                f"{s['memory_bytes'] / 1024:.0f} KiB",
                " ".join(s["grants"]) or "-",
            )
            t.add_row(*(Text(str(v)) for v in row))
        console.print(t)

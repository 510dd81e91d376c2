"""The ``wasi:http/proxy`` world on the host side: which components serve HTTP, and their linker's imports.

A component is an HTTP handler when it exports ``wasi:http/incoming-handler`` (any
0.2.x); its linker then gets the whole proxy world from Python host resources
(:mod:`~multipie.domains.component.http_io`: ``wasi:io``, clocks, random, cli stdio;
:mod:`~multipie.domains.component.http_types`: ``wasi:http/types``;
:mod:`~multipie.domains.component.http_client`: the outgoing side) instead of
Wasmtime's WASI 0.2, whose streams Python host functions can neither make nor read.
"""

from __future__ import annotations

from collections.abc import Iterable

from wasmtime import component as wc

from multipie.domains.component.http_cli import define_cli, define_unknown
from multipie.domains.component.http_client import define_outgoing, handle
from multipie.domains.component.http_io import Versions, define_io
from multipie.domains.component.http_types import define_types
from multipie.domains.wasm._capi.component_native import define_func

__all__ = ["HANDLER", "define_http", "exports_handler"]

#: The export a proxy component's handler is, at any 0.2.x version (``iface#func``).
HANDLER = "wasi:http/incoming-handler@0.2"


def exports_handler(exported: Iterable[str]) -> str | None:
    """The full name (``wasi:http/incoming-handler@0.2.N#handle``) of the handler, or None.

    ``exported`` are the component's top-level export names (cheap: its world's items need not
    be described, which costs ~0.5 s for an 18 MB guest).
    """
    for name in exported:
        if name.startswith(HANDLER):
            return f"{name}#handle"
    return None


def define_http(linker: wc.Linker, component: wc.Component | None = None) -> None:
    """Define every import of the proxy world in ``linker``.

    With ``component``, also what it imports beyond the proxy world (a componentize-py
    handler's ``wasi:cli``, ``wasi:filesystem``, ``wasi:sockets``: see :mod:`.http_cli`).
    """
    at = Versions(() if component is None else component.type.imports(linker.engine))
    define_io(linker, at)
    with linker.root() as root:
        with root.add_instance(at("wasi:http/types")) as inst:
            define_types(inst)
            define_outgoing(inst)
        with root.add_instance(at("wasi:http/outgoing-handler")) as inst:
            define_func(inst, "handle", handle)
    define_cli(linker, at)
    if component is not None:
        define_unknown(linker, component)

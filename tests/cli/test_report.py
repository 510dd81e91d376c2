"""How the CLI ends: exit codes and one-line errors from :func:`multipie.cli.report.guarded`."""

from __future__ import annotations

import pytest

from multipie.cli.report import DETAIL_LINES, guarded
from multipie.errors import InvalidModule, Trap


def _exit(body: object, capsys: pytest.CaptureFixture[str], **kw: object) -> tuple[int, str]:
    try:
        guarded(body, debug=lambda: False, **kw)  # type: ignore[arg-type]
    except SystemExit as exc:
        return int(exc.code or 0), capsys.readouterr().err
    return 0, capsys.readouterr().err


def test_an_int_result_is_the_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit(lambda: 3, capsys)[0] == 3
    assert _exit(lambda: 0, capsys)[0] == 0
    assert _exit(lambda: None, capsys)[0] == 0


def test_errors_are_one_line_with_their_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    def trap() -> None:
        raise Trap("guest trapped\nwasm backtrace: ...")

    code, err = _exit(trap, capsys)
    assert code == Trap.exit_code and err.count("\n") == 1 and "Trap: guest trapped (+1 more lines" in err


def test_compiler_diagnostics_are_kept_up_to_a_limit(capsys: pytest.CaptureFixture[str]) -> None:
    def bad() -> None:
        raise InvalidModule("\n".join(["bad module", *(f"line {i}" for i in range(DETAIL_LINES + 5))]))

    code, err = _exit(bad, capsys)
    assert code == InvalidModule.exit_code and "  line 0" in err and "(+5 more lines" in err


def test_others_are_internal_errors_unless_mapped(capsys: pytest.CaptureFixture[str]) -> None:
    def boom() -> None:
        raise RuntimeError("boom")

    code, err = _exit(boom, capsys)
    assert code == 70 and "internal error: RuntimeError: boom" in err
    assert _exit(boom, capsys, other=lambda exc, debug: 9)[0] == 9


def test_ctrl_c_exits_130(capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    code, err = _exit(interrupted, capsys)
    assert code == 130 and "interrupted" in err


def test_debug_shows_the_traceback() -> None:
    def trap() -> None:
        raise Trap("x")

    with pytest.raises(Trap):
        guarded(trap, debug=lambda: True)

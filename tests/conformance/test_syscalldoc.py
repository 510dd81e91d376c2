"""``docs/legacy.md``'s system call section is generated and up to date."""

from __future__ import annotations

from multipie.domains.legacy.syscalls.dispatch import SUPPORTED
from multipie.domains.legacy.table import Sys
from tests.conformance import syscalldoc
from tests.conformance.known import KNOWN


def test_doc_section_is_up_to_date() -> None:
    now = syscalldoc.current(syscalldoc.DOC.read_text(encoding="utf-8"))
    assert now is not None, "docs/legacy.md lost the syscall section's markers"
    assert now == syscalldoc.render(), "docs/legacy.md is stale: run `.venv/bin/python -m tests.conformance.syscalldoc`"


def test_every_call_is_listed_once_served_or_not() -> None:
    text = syscalldoc.render()
    for s in Sys:
        assert f"`{s.name}`" in text, s.name
    assert f"({len(SUPPORTED)} calls" in text
    assert all(f"`{case}`" in text for case in KNOWN)


def test_notes_and_reasons_name_real_calls() -> None:
    names = {s.name for s in Sys}
    assert set(syscalldoc.NOTES) <= {s.name for s in SUPPORTED}, "a note on a call that is not served"
    for reason, calls in syscalldoc.UNSERVED.items():
        assert set(calls) <= names, f"{reason}: unknown call names {set(calls) - names}"


def test_check_mode_reports_staleness(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "legacy.md"
    doc.write_text(f"x\n{syscalldoc.BEGIN}\nold\n{syscalldoc.END}\ny\n", encoding="utf-8")
    monkeypatch.setattr(syscalldoc, "DOC", doc)
    assert syscalldoc.main(["--check"]) == 1
    assert syscalldoc.main([]) == 0
    assert syscalldoc.main(["--check"]) == 0
    assert doc.read_text(encoding="utf-8").startswith("x\n") and doc.read_text(encoding="utf-8").endswith("\ny\n")

"""The campaign driver counts crashes and hangs (and keeps going) instead of dying with its worker."""

from __future__ import annotations

import os

from fuzz.harness import format_table, run_campaign


def test_crashes_hangs_and_findings_are_counted_and_the_campaign_goes_on() -> None:
    t = run_campaign("tests.fuzz.selftest:Misbehave", budget=3, seed=0)
    # seeds 0 (clean), 1 (SIGABRT), 2 (SIGSEGV), 3 (hang), 4 (wrong + untyped), 5 (clean)
    assert t.seeds == 6 and t.cases == 3
    assert (t.crashes, t.hangs, t.wrong, t.untyped) == (2, 1, 1, 1)
    assert not t.clean
    assert any("SIGABRT at seed 1" in f and "repro: python -m fuzz repro" in f for f in t.findings)
    assert any("SIGSEGV at seed 2" in f for f in t.findings)
    hang = next(f for f in t.findings if f.startswith("hang: no answer in 5 s at seed 3"))
    assert "selftest.py" in hang  # the hung worker's stack, dumped before it is killed
    assert "| tests.fuzz.selftest:Misbehave | 3 cases | 6 | 2 | 1 | 1 | 1 |" in format_table([t])


def test_set_up_time_is_not_a_seeds_time() -> None:
    t = run_campaign("tests.fuzz.selftest:SlowSetup", budget=2, seed=0)
    assert (t.cases, t.hangs, t.crashes, t.findings) == (2, 0, 0, [])


def test_a_set_up_that_never_finishes_is_one_finding_and_ends_the_campaign() -> None:
    t = run_campaign("tests.fuzz.selftest:StuckSetup", budget=5, seed=0)
    assert (t.cases, t.seeds, t.hangs) == (0, 0, 1)
    assert len(t.findings) == 1 and "set-up did not finish" in t.findings[0]


def test_a_hang_dump_shows_the_hung_thread_first() -> None:
    from fuzz.harness import main_thread_first

    dump = ["Fatal Python error: Aborted", "Thread 0x1 (most recent call first):", 'File "timeouts.py", line 106',
            "Current thread 0x2 (most recent call first):", 'File "machine.py", line 300 in advance']  # fmt: skip
    assert main_thread_first(dump) == [dump[0], dump[3], dump[4], dump[1], dump[2]]
    assert main_thread_first(dump[:3]) == dump[:3]  # a crash message without threads stays as it is


def test_resident_bytes_count_what_a_leak_grows_and_not_file_pages_the_kernel_may_take_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import mmap

    from fuzz.harness import resident_bytes

    def statm() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * mmap.PAGESIZE

    path = tmp_path / "pages"
    path.write_bytes(b"\x01" * (48 << 20))
    anon0, total0 = resident_bytes(), statm()
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, prot=mmap.PROT_READ) as m:
        assert sum(m[i] for i in range(0, len(m), mmap.PAGESIZE)) == (48 << 20) // mmap.PAGESIZE
        assert statm() - total0 > 40 << 20  # the file's pages are resident...
        assert resident_bytes() - anon0 < 8 << 20  # ...but not counted: they are not a leak
    kept = bytearray(b"\x01") * (32 << 20)
    assert resident_bytes() - anon0 > 30 << 20  # anonymous memory is
    del kept


def test_an_fd_drift_is_named_by_what_the_fds_point_to(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fuzz.harness import fd_targets, fds_added

    before = fd_targets()
    path = tmp_path / "kept"
    path.write_bytes(b"x")
    with open(path, "rb"), open(path, "rb"), open(os.devnull, "rb"):
        added = fds_added(before, fd_targets())
    assert f"{path} x2" in added and all("kept" in a or a.startswith("/dev/null") for a in added)
    assert fds_added(before, fd_targets()) == []

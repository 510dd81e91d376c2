"""Domain API on WAT and C guests: calls, types, memory, lifecycle, argument errors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import multipie
from multipie import DomainState


def test_calls_and_types(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    with svc.spawn() as d:
        assert d.call("add", 2, 3) == 5
        assert d.call("add", -5, 3) == -2
        assert d.call("add", 0xFFFFFFFF, 0) == -1  # unsigned input accepted, result signed
        assert d.call("add64", 1 << 40, 1) == (1 << 40) + 1
        assert d.call("mulf", 1.5, 4) == 6.0
        assert d.call("divmod", 17, 5) == (3, 2)
        assert d.call("noop") is None
        f = d.export("add")
        assert f(40, 2) == 42
        assert f is d.export("add")


def test_wat_text_path_and_bytes(rt: multipie.Runtime, guests: Path) -> None:
    from tests.conftest import GUEST_SRC

    by_path = rt.load(GUEST_SRC / "wat" / "add.wat")
    by_bytes = rt.load((guests / "wat" / "add.wasm").read_bytes())
    by_text = rt.load((GUEST_SRC / "wat" / "add.wat").read_text())
    assert by_path.digest == by_bytes.digest == by_text.digest
    assert by_path.name == "add"
    with by_text.spawn() as d:
        assert d.call("add", 1, 1) == 2


def test_memory_is_shared_with_host_and_private_to_domain(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    a, b = svc.spawn(), svc.spawn()
    a.memory[100:104] = bytes([1, 2, 3, 4])
    assert a.call("sum", 100, 4) == 10
    assert b.call("sum", 100, 4) == 0  # b's memory is its own
    a.call("store", 200, 0x01020304)
    assert bytes(a.memory[200:204]) == bytes([4, 3, 2, 1])  # guest write visible without copy
    view = a.memory
    a.close()
    with pytest.raises(ValueError):  # the view was released with the domain, no use-after-free
        _ = view[0]
    b.close()


def test_c_reactor_initialised_once(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "c" / "mathlib.wasm")
    assert any(i.module == "wasi_snapshot_preview1" for i in svc.imports) or not svc.imports
    with svc.spawn() as d:
        assert d.call("init_count") == 1
        assert d.call("init_count") == 1
        assert d.call("fib", 20) == 6765
        buf = d.call("buffer")
        d.memory[buf : buf + 9] = b"Wikipedia"
        assert d.call("checksum", 9) == 0x11E60398  # Adler-32 of "Wikipedia"


def test_argument_errors_name_module_and_export(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    with svc.spawn() as d:
        with pytest.raises(multipie.ArgumentError, match=r"add#\d+: add\(i32, i32\) takes 2 arguments, got 1"):
            d.call("add", 1)
        with pytest.raises(multipie.ArgumentError, match=r"argument 0 \(i32\) = '1': expected an int"):
            d.call("add", "1", 2)
        with pytest.raises(multipie.ArgumentError, match="expected an int, got bool"):
            d.call("add", True, 2)
        with pytest.raises(multipie.ArgumentError, match=r"argument 0 \(i32\) = 4294967296: out of range"):
            d.call("add", 1 << 32, 2)
        with pytest.raises(multipie.ArgumentError, match="expected a float"):
            d.call("mulf", "x", 2.0)
        with pytest.raises(multipie.NoSuchExport, match="no function export 'nope'.*add"):
            d.call("nope")
        with pytest.raises(multipie.NoSuchExport):
            d.call("memory")
        # the domain is still fine after caller mistakes
        assert d.call("add", 1, 2) == 3


def test_close_is_idempotent_and_calls_after_close_fail(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    d = svc.spawn()
    f = d.export("add")
    d.close()
    d.close()
    assert d.state is DomainState.CLOSED
    with pytest.raises(multipie.DomainClosed, match="was closed"):
        d.call("add", 1, 2)
    with pytest.raises(multipie.DomainClosed):
        f(1, 2)
    with pytest.raises(multipie.DomainClosed):
        _ = d.memory


def test_two_threads_one_domain(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    d = svc.spawn()
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for i in range(2000):
                assert d.call("add", i, k) == i + k
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    d.close()


def test_bad_sources(rt: multipie.Runtime, tmp_path: Path) -> None:
    with pytest.raises(multipie.UsageError, match="no such file"):
        rt.load(tmp_path / "missing.wasm")
    with pytest.raises(multipie.InvalidModule, match="not a Wasm module"):
        rt.load(b"hello world")
    with pytest.raises(multipie.InvalidModule, match="empty"):
        rt.load(b"")
    with pytest.raises(multipie.InvalidModule, match="not a valid Wasm module"):
        rt.load(b"\0asm\x01\0\0\0\xff\xff")
    with pytest.raises(multipie.InvalidModule, match="neither a core module .* nor a component"):
        rt.load(b"\0asm\x0e\0\x01\0")
    with pytest.raises(multipie.InvalidModule, match="not a valid component"):
        rt.load(b"\0asm\x0d\0\x01\0\xff\xff")
    with pytest.raises(multipie.InvalidModule, match="not a valid Wasm module.*type mismatch"):
        rt.load('(module (func (export "f") (result i32) i64.const 1))')
    with pytest.raises(multipie.InvalidModule, match="invalid WAT"):
        rt.load('(module (func (export "f") (result i32) i32.konst 1))')
    with pytest.raises(multipie.UsageError):
        rt.load(12345)  # type: ignore[arg-type]
    with pytest.raises(multipie.UsageError, match="unknown or unsupported kind"):
        rt.load(b"\0asm\x01\0\0\0", kind="cobol")


def test_limits_are_validated(rt: multipie.Runtime, guests: Path) -> None:
    svc = rt.load(guests / "wat" / "add.wasm")
    for bad in ({"memory_limit": 0}, {"memory_limit": -1}, {"fuel": 0}, {"timeout": -1.0}, {"timeout": "1"}):
        with pytest.raises(multipie.UsageError):
            svc.spawn(**bad)  # type: ignore[arg-type]


def test_unsatisfied_import_is_a_link_error(rt: multipie.Runtime) -> None:
    svc = rt.load('(module (import "env" "add" (func (param i32 i32) (result i32))))')
    assert [str(i) for i in svc.imports] == ["env.add (function i32,i32->i32)"]
    with pytest.raises(multipie.LinkError, match=r"env\.add"):
        svc.spawn()


def test_forged_grant_refused(rt: multipie.Runtime) -> None:
    svc = rt.load('(module (import "env" "add" (func (param i32 i32) (result i32))))')
    with pytest.raises(multipie.CapabilityError):
        svc.spawn(grants={"env.add": 12345})


def test_runtime_close_closes_domains(tmp_path: Path, guests: Path) -> None:
    rt = multipie.Runtime(cache_dir=tmp_path)
    d = rt.load(guests / "wat" / "add.wasm").spawn()
    assert rt.live_domains == 1
    rt.close()
    assert not d.is_open
    with pytest.raises(multipie.UsageError, match="closed"):
        rt.load(guests / "wat" / "add.wasm")


def test_domain_dropped_without_close_is_freed(rt: multipie.Runtime, guests: Path) -> None:
    import gc
    import sys
    import weakref

    svc = rt.load(guests / "wat" / "add.wasm")
    keep = svc.spawn()
    d = svc.spawn()
    assert d.call("add", 1, 2) == 3 and rt.live_domains == 2
    ref, handle = weakref.ref(d), d._hstore
    del d
    gc.collect()
    assert ref() is None  # the runtime's table holds domains weakly
    assert rt.live_domains == 1 and rt.domains == [keep]
    assert sys.getrefcount(handle) == 2  # nothing but us holds the Store any more: it goes with `handle`
    keep.close()
    assert rt.live_domains == 0 and rt.domains == []


def test_map_count_is_checked_on_spawn(rt: multipie.Runtime, guests: Path) -> None:
    from multipie.host import _MAPS_CHECK_EVERY

    svc = rt.load(guests / "wat" / "add.wasm")
    rt._host.max_maps = 10  # pretend the kernel allows almost no mappings
    rt._host.spawned = _MAPS_CHECK_EVERY - 1
    with pytest.raises(multipie.CapacityError, match="vm.max_map_count"):
        svc.spawn()
    assert rt.live_domains == 0  # the domain that hit the limit was closed, not leaked


def test_directory_that_is_not_a_layout(rt: multipie.Runtime, tmp_path: Path) -> None:
    with pytest.raises(multipie.UsageError, match="not an OCI image layout"):
        rt.load(tmp_path)

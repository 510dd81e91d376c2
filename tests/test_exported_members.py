"""The public API is pinned: a change to ``multipie.__all__`` is a deliberate act."""

import multipie
import multipie.errors

CORE = {
    "Runtime",
    "Service",
    "Domain",
    "DomainState",
    "Limits",
    "ImportInfo",
    "ExportInfo",
    "MultipieError",
    "UsageError",
    "NoSuchExport",
    "ArgumentError",
    "InvalidModule",
    "LinkError",
    "PolicyViolation",
    "CapabilityError",
    "CapacityError",
    "PackageError",
    "DigestMismatch",
    "SignatureError",
    "ManifestError",
    "HostBug",
    "DomainError",
    "Trap",
    "TrapCode",
    "CapabilityRevoked",
    "Timeout",
    "ResourceExhausted",
    "ResultError",
    "OutOfMemory",
    "OutOfFuel",
    "HostError",
    "DomainClosed",
    "EngineConfig",  # README: Runtime(engine=EngineConfig.for_speed())
    "AUTO",  # README: svc.spawn(group=AUTO)
    "__version__",
}


def test_core_names_exported() -> None:
    assert CORE <= set(multipie.__all__)
    for name in multipie.__all__:
        assert hasattr(multipie, name), name


def test_error_tree_is_one_hierarchy_and_documented() -> None:
    doc = multipie.errors.__doc__ or ""
    for name in multipie.errors.__all__:
        obj = getattr(multipie.errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, multipie.MultipieError), name
            assert obj.__doc__, f"{name} has no docstring"
            assert name in doc, f"{name} missing from the tree in multipie/errors.py"


def test_usage_errors_exit_2() -> None:
    assert multipie.UsageError.exit_code == 2
    assert multipie.NoSuchExport.exit_code == 2
    assert multipie.Trap.exit_code == 1

"""A hypothesis state machine over spawn/call/close/grant/forward/revoke/region, with threads.

The machine (:class:`Machine`) keeps a model of what exists: provider domains (export
``add``), client domains (import ``env.add`` granted a function capability or a host
function, import ``env.buf`` granted a region), capabilities (issued, forwarded,
revoked), regions. Sequential rules check exact outcomes against the model (a call
through a revoked capability raises ``CapabilityRevoked`` and tears the caller down; a
closed domain raises ``DomainClosed``; a region written by the host is read by the guest).
The ``burst`` rule runs random calls from four threads while the main thread revokes,
forwards, closes and spawns: there only "correct value or a typed error" and "no hang"
(the worker's seed timeout) are checked.

Each step is one case. Exceptions that are not ``MultipieError`` are untyped errors; a
model mismatch is a wrong result. Seeds drive hypothesis (``@seed``), with no example
database and no shrinking (a failing seed is re-run with ``python -m fuzz repro``).
"""

from __future__ import annotations

import random
import threading
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

import multipie
from multipie.errors import (
    CapabilityError,
    CapabilityRevoked,
    DomainClosed,
    DomainError,
    MultipieError,
    NoSuchExport,
)

from .harness import Campaign, Outcome
from .known import is_open

__all__ = ["Concurrency", "Machine"]

PROVIDER = """(module
  (memory (export "memory") 1)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "spin") (param i32) (result i32) (local i32)
    (loop $l (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
    local.get 1))"""

CLIENT = """(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (import "env" "buf" (memory 1))
  (func (export "go") (param i32 i32) (result i32)
    (i32.store (i32.const 0) (call $add (local.get 0) (local.get 1)))
    (i32.load (i32.const 0)))
  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0))))"""

CALLS_PER_THREAD = 50
INT = st.integers(min_value=-(2**31), max_value=2**31 - 1)


def _wrap(x: int) -> int:
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x & 0x80000000 else x


class _Cap:
    """The model of one function capability: its parent (forwarding) and whether it is revoked."""

    def __init__(self, cap: Any, parent: _Cap | None, provider: _Dom | None) -> None:
        self.cap, self.parent, self.provider = cap, parent, provider
        self.revoked_here = False

    @property
    def revoked(self) -> bool:
        c: _Cap | None = self
        while c is not None:
            if c.revoked_here or (c.provider is not None and not c.provider.open):
                return True
            c = c.parent
        return False


class _Dom:
    """The model of one domain."""

    def __init__(self, domain: Any, cap: _Cap | None = None, region: Any = None) -> None:
        self.domain, self.cap, self.region = domain, cap, region
        self.open = True


class Machine(RuleBasedStateMachine):
    """The state machine; :attr:`outcome` and :attr:`rt` are set by :class:`Concurrency`."""

    outcome: Outcome
    rt: multipie.Runtime
    services: dict[str, Any]

    providers = Bundle("providers")
    clients = Bundle("clients")
    caps = Bundle("caps")
    regions = Bundle("regions")

    def __init__(self) -> None:
        super().__init__()
        self.all_domains: list[_Dom] = []
        self.all_regions: list[Any] = []

    # -- helpers ---------------------------------------------------------------

    def _step(self) -> None:
        self.outcome.cases += 1

    def _untyped(self, where: str, exc: BaseException) -> None:
        self.outcome.untyped.append(f"{where}: {type(exc).__module__}.{type(exc).__name__}: {str(exc)[:160]}")

    def _wrong(self, what: str) -> None:
        self.outcome.wrong.append(what)

    # -- rules -----------------------------------------------------------------

    @initialize(target=providers)
    def first_provider(self) -> _Dom:
        """Every run starts with one provider."""
        return self._new_provider()

    @rule(target=providers)
    def spawn_provider(self) -> _Dom:
        """A provider domain."""
        return self._new_provider()

    def _new_provider(self) -> _Dom:
        self._step()
        d = _Dom(self.services["provider"].spawn(timeout=5.0))
        self.all_domains.append(d)
        return d

    @rule(target=caps, p=providers)
    def grant(self, p: _Dom) -> Any:
        """A capability to a provider's ``add``."""
        self._step()
        try:
            c = _Cap(self.rt.capability(p.domain, "add"), None, p)
        except DomainClosed:
            if p.open:
                self._wrong("capability() of an open domain raised DomainClosed")
            return _missing()
        except MultipieError as exc:
            self._wrong(f"capability() raised {type(exc).__name__}: {exc}")
            return _missing()
        if not p.open:
            self._wrong("capability() of a closed domain succeeded")
        return c

    @rule(target=caps)
    def host_grant(self) -> _Cap:
        """A host-function capability that adds like the provider."""
        self._step()
        cap = self.rt.host_function(lambda a, b: _wrap(a + b), params=["i32", "i32"], results=["i32"])
        return _Cap(cap, None, None)

    @rule(target=caps, c=caps)
    def forward(self, c: Any) -> Any:
        """A forwarded child capability."""
        if c is None:
            return _missing()
        self._step()
        try:
            child = _Cap(c.cap.forward(), c, None)
        except CapabilityError:
            if not c.revoked:
                self._wrong("forward() of a live capability refused")
            return _missing()
        except MultipieError as exc:
            self._wrong(f"forward() raised {type(exc).__name__}: {exc}")
            return _missing()
        return child

    @rule(c=caps, roll=st.integers(0, 2))
    def revoke(self, c: Any, roll: int) -> None:
        """Revoke a capability (and its subtree); one time in three."""
        if c is None or roll:
            return
        self._step()
        c.cap.revoke()
        c.revoked_here = True

    @rule(target=regions)
    def region(self) -> Any:
        """A one-page shared region."""
        self._step()
        r = self.rt.region(65536)
        self.all_regions.append(r)
        return r

    @rule(target=clients, c=caps, r=regions, own_store=st.booleans())
    def spawn_client(self, c: Any, r: Any, own_store: bool) -> Any:
        """A client granted ``env.add`` and ``env.buf``."""
        if c is None:
            return _missing()
        self._step()
        try:
            dom = self.services["client"].spawn(
                timeout=5.0,
                grants={"env.add": c.cap, "env.buf": r.capability()},
                group=None if own_store else _auto(),
            )
        except CapabilityError:
            if not c.revoked and not r.closed:
                self._wrong("spawn with live grants refused")
            return _missing()
        except MultipieError as exc:
            self._wrong(f"spawn_client raised {type(exc).__name__}: {exc}")
            return _missing()
        if c.revoked:
            self._wrong("spawn with a revoked capability succeeded")
        d = _Dom(dom, c, r)
        self.all_domains.append(d)
        return d

    @rule(p=providers, a=INT, b=INT)
    def call_provider(self, p: _Dom, a: int, b: int) -> None:
        """Call a provider directly."""
        self._step()
        try:
            got = p.domain.call("add", a, b)
        except DomainClosed:
            if p.open:
                self._wrong("open provider raised DomainClosed")
            return
        if not p.open:
            self._wrong("closed provider answered")
        if got != _wrap(a + b):
            self._wrong(f"provider add({a}, {b}) = {got}")

    @rule(c=clients, a=INT, b=INT, times=st.integers(1, 3))
    def call_client(self, c: Any, a: int, b: int, times: int) -> None:
        """Call a client (1-3 times), which calls through its capability and writes the region."""
        if c is None:
            return
        for _ in range(times):
            self._call_client(c, a, b)

    @rule(c=clients, a=INT, b=INT)
    def call_client_again(self, c: Any, a: int, b: int) -> None:
        """Call a client once (a second rule: clients are called more often than anything is closed)."""
        if c is not None:
            self._call_client(c, a, b)

    def _call_client(self, c: Any, a: int, b: int) -> None:
        self._step()
        revoked = c.cap.revoked
        try:
            got = c.domain.call("go", a, b)
        except CapabilityRevoked:
            if not revoked:
                self._wrong("client call raised CapabilityRevoked with a live capability")
            c.open = False
            return
        except DomainClosed:
            if c.open:
                self._wrong("open client raised DomainClosed")
            return
        if not c.open:
            self._wrong("closed client answered")
        if revoked:
            self._wrong("client called through a revoked capability")
        if got != _wrap(a + b):
            self._wrong(f"client go({a}, {b}) = {got}")
        elif not c.region.closed and int.from_bytes(c.region.view[0:4], "little", signed=True) != got:
            self._wrong("the region does not hold what the client wrote")

    @rule(c=clients, value=INT)
    def host_writes_region(self, c: Any, value: int) -> None:
        """The host writes the client's region; the client reads it back."""
        if c is None or c.region.closed:
            return
        self._step()
        c.region.view[64:68] = value.to_bytes(4, "little", signed=True)
        try:
            got = c.domain.call("peek", 64)
        except DomainClosed:
            if c.open:
                self._wrong("open client raised DomainClosed on peek")
            return
        if got != value:
            self._wrong(f"guest read {got} from the region, host wrote {value}")

    @rule(
        p=providers,
        r=regions,
        how=st.sampled_from(["revoke", "revoke-parent", "close-provider"]),
        own_store=st.booleans(),
    )
    def revoke_while_held(self, p: _Dom, r: Any, how: str, own_store: bool) -> None:
        """Grant (maybe forwarded), call, cut off, call again: CapabilityRevoked, then DomainClosed."""
        if not p.open or r.closed:
            return
        self._step()
        parent = self.rt.capability(p.domain, "add")
        cap = parent.forward() if how == "revoke-parent" else parent
        dom = self.services["client"].spawn(
            timeout=5.0,
            grants={"env.add": cap, "env.buf": r.capability()},
            group=None if own_store else _auto(),
        )
        self.all_domains.append(_Dom(dom, _Cap(cap, None, None), r))
        if dom.call("go", 20, 22) != 42:
            self._wrong("client through a fresh grant did not compute 42")
        if how == "close-provider":
            p.domain.close()
            p.open = False
        else:
            parent.revoke()
        try:
            dom.call("go", 1, 2)
            self._wrong(f"a call after '{how}' succeeded")
        except CapabilityRevoked:
            pass
        try:
            dom.call("go", 1, 2)
            self._wrong("a client torn down by CapabilityRevoked answered")
        except DomainClosed:
            pass
        self.all_domains[-1].open = False

    @rule(p=providers, roll=st.integers(0, 3))
    def close_provider(self, p: _Dom, roll: int) -> None:
        """Close a provider (revokes the capabilities that target it); one time in four."""
        if roll:
            return
        self._step()
        p.domain.close()
        p.open = False

    @rule(c=clients, roll=st.integers(0, 3))
    def close_client(self, c: Any, roll: int) -> None:
        """Close a client; one time in four."""
        if c is None or roll:
            return
        self._step()
        c.domain.close()
        c.open = False

    @rule(seed=st.integers(0, 2**32))
    def burst(self, seed: int) -> None:
        """Four threads make 50 calls each to random domains while the main thread revokes, spawns and closes."""
        rng = random.Random(seed)
        doms = list(self.all_domains)
        errors: list[str] = []
        counts = [0]

        if not doms:
            return
        fresh: Any = None
        if not is_open("first-spawn-race"):  # the threads race to make the first spawn of a new service
            k = seed & 0x7FFFFFFF
            fresh = self.rt.load(PROVIDER[:-1] + f' (func (export "k") (result i32) i32.const {k}))')
        barrier = threading.Barrier(4)

        def caller(tseed: int) -> None:
            r = random.Random(tseed)
            if fresh is not None:
                barrier.wait()
                try:
                    with fresh.spawn() as d:
                        if d.call("add", 2, 3) != 5:
                            errors.append("burst: a first spawn of a fresh service computed 2 + 3 != 5")
                except MultipieError as exc:
                    errors.append(f"burst: first spawn raised {type(exc).__name__}: {exc}")
            for _ in range(CALLS_PER_THREAD):
                d = r.choice(doms)
                a, b = r.randrange(-1000, 1000), r.randrange(-1000, 1000)
                try:
                    got = d.domain.call("go" if d.cap is not None else "add", a, b)
                    if got != a + b:
                        errors.append(f"burst: {got} != {a}+{b}")
                except DomainError:
                    pass
                except MultipieError as exc:
                    errors.append(f"burst: {type(exc).__name__}: {exc}")
                except Exception as exc:  # noqa: BLE001 - counted as untyped
                    self._untyped("burst call", exc)
                counts[0] += 1

        def granter(tseed: int) -> None:  # granted spawns racing the main thread's closes
            r = random.Random(tseed)
            region = self.rt.region(65536)
            try:
                for _ in range(10):
                    d = r.choice(doms)
                    try:
                        cap = self.rt.capability(d.domain, "add")
                        with self.services["client"].spawn(
                            grants={"env.add": cap, "env.buf": region.capability()}
                        ) as c:
                            c.call("go", 1, 2)
                    except (DomainError, CapabilityError, NoSuchExport):
                        pass
                    except MultipieError as exc:
                        errors.append(f"burst: granted spawn raised {type(exc).__name__}: {exc}")
                    except Exception as exc:  # noqa: BLE001 - counted as untyped
                        self._untyped("burst granted spawn", exc)
            finally:
                region.close()

        threads = [threading.Thread(target=caller, args=(rng.random(),)) for _ in range(4)]
        if not is_open("grant-close-deadlock"):
            threads.append(threading.Thread(target=granter, args=(rng.random(),)))
        for t in threads:
            t.start()
        try:
            for _ in range(rng.randint(1, 6)):
                op = rng.randrange(4)
                d = rng.choice(doms)
                try:
                    if op == 0 and d.cap is not None:
                        d.cap.cap.revoke()
                        d.cap.revoked_here = True
                    elif op == 1:
                        d.domain.close()
                        d.open = False
                    elif op == 2:
                        self.all_domains.append(_Dom(self.services["provider"].spawn(timeout=5.0)))
                    elif op == 3 and d.cap is None and d.open:
                        self.rt.capability(d.domain, "add").revoke()
                except MultipieError:
                    pass
                except Exception as exc:  # noqa: BLE001 - counted as untyped
                    self._untyped("burst op", exc)
        finally:
            for t in threads:
                t.join(timeout=30)
                if t.is_alive():
                    self._wrong("burst: a caller thread did not finish within 30 s (hang)")
            if fresh is not None:  # a service per burst, kept by the runtime until unloaded
                self.rt.unload(fresh)
        self.outcome.cases += counts[0]
        self.outcome.wrong += errors[:5]
        for d in self.all_domains:  # the model after a burst: whatever the threads saw
            if d.domain.state.value != "open":
                d.open = False

    @invariant()
    def closed_domains_stay_closed(self) -> None:
        """A domain the model closed is closed."""
        for d in self.all_domains:
            if not d.open and d.domain.is_open:
                self._wrong(f"domain {d.domain.label} is still open after close")
                d.open = True

    def teardown(self) -> None:
        """Close what this run made."""
        for d in self.all_domains:
            d.domain.close()
        for r in self.all_regions:
            r.close()


def _missing() -> Any:
    """A placeholder for a bundle value that could not be made (rules skip it)."""
    return None


def _auto() -> Any:
    """The ``AUTO`` placement sentinel."""
    from multipie.domains.wasm.group import AUTO

    return AUTO


class Concurrency(Campaign):
    """The state machine, ``examples`` runs per seed."""

    name = "concurrency"
    unit = "step"
    seed_timeout = 180.0
    cases_per_seed = 400
    examples = 6

    def setup(self) -> None:
        """One Runtime per worker; the first spawn of each service is done here (reliability #3)."""
        self.rt = multipie.Runtime(cache_dir=None)
        self.services = {
            "provider": self.rt.load(PROVIDER, name="provider"),
            "client": self.rt.load(CLIENT, name="client"),
        }
        self.services["provider"].spawn().close()  # the first spawn, made single-threaded

    def teardown(self) -> None:
        """Close the Runtime."""
        self.rt.close()

    def run(self, seed: int) -> Outcome:
        """Run the machine ``examples`` times from hypothesis seed ``seed``."""
        out = Outcome()
        Machine.outcome, Machine.rt, Machine.services = out, self.rt, self.services
        machine: Any = Machine
        machine._hypothesis_internal_use_seed = seed  # what @hypothesis.seed does for a machine class
        config = settings(
            max_examples=self.examples,
            stateful_step_count=80,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        try:
            run_state_machine_as_test(Machine, settings=config)
        except MultipieError as exc:
            out.wrong.append(f"a rule raised {type(exc).__name__}: {str(exc)[:200]}")
        except Exception as exc:  # noqa: BLE001 - what the campaign exists to count
            out.untyped.append(f"{type(exc).__module__}.{type(exc).__name__}: {str(exc)[:200]}")
        return out

"""Guests shared by the capability, sharing and grant tests: a callee, a client importing a function and a
region (fixtures registered by ``tests/conftest.py``)."""

from __future__ import annotations

import pytest

import multipie

CLIENT_WAT = """(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (import "env" "buf" (memory 1))
  (memory (export "memory") 1)
  (func (export "go") (param i32 i32) (result i32) local.get 0 local.get 1 call $add)
  (func (export "rd") (param i32) (result i32) local.get 0 i32.load 0)
  (func (export "wr") (param i32 i32) local.get 0 local.get 1 i32.store 0)
  ;; spin: read the region n times (a long-running call for revoke-in-flight tests)
  (func (export "spin") (param $n i32) (result i32) (local $s i32)
    (loop $l
      local.get $s i32.const 0 i32.load 0 i32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n br_if $l)
    local.get $s)
  ;; calls: call $add n times
  (func (export "calls") (param $n i32) (result i32) (local $s i32)
    (loop $l
      local.get $s local.get $n i32.const 1 call $add i32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n br_if $l)
    local.get $s))"""

REGION_ONLY_WAT = """(module
  (import "env" "buf" (memory 1))
  (func (export "rd") (param i32) (result i32) local.get 0 i32.load 0)
  (func (export "wr") (param i32 i32) local.get 0 local.get 1 i32.store 0))"""

ADDER_WAT = """(module
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "neg") (param i32) (result i32) i32.const 0 local.get 0 i32.sub))"""


@pytest.fixture
def adder(rt: multipie.Runtime) -> multipie.Domain:
    """A live callee domain exporting add(i32, i32) -> i32."""
    return rt.load(ADDER_WAT, name="adder").spawn()


@pytest.fixture
def client(rt: multipie.Runtime) -> multipie.Service:
    """A service importing env.add (function) and env.buf (memory)."""
    return rt.load(CLIENT_WAT, name="client")


@pytest.fixture
def holder(rt: multipie.Runtime) -> multipie.Service:
    """A service importing only env.buf (memory)."""
    return rt.load(REGION_ONLY_WAT, name="holder")

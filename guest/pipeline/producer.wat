;; Pipeline stage 1: fill a 1 MiB frame in the shared region, then call the filter capability.
;; Imports: env.frame (the frame region, read-write) and env.filter (a capability to the next stage).
(module $producer
  (import "env" "frame" (memory 16 16))
  (import "env" "filter" (func $filter (param i32) (result i32)))
  (func (export "produce") (param $seq i32) (result i32)
    (local $p i32) (local $x i32)
    local.get $seq i32.const 0x9e3779b9 i32.mul local.set $x
    (loop $fill
      local.get $p local.get $x i32.store
      local.get $x i32.const 1664525 i32.mul i32.const 1013904223 i32.add local.set $x
      local.get $p i32.const 4 i32.add local.tee $p
      i32.const 0x100000 i32.lt_u br_if $fill)
    local.get $seq call $filter))

;; An Extism plugin (kernel ABI) for the peer benchmarks: "noop" and "xform" (input ^ 0x5a.. → output).
(module
  (import "extism:host/env" "input_length" (func $input_length (result i64)))
  (import "extism:host/env" "input_load_u64" (func $input_load_u64 (param i64) (result i64)))
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "extism:host/env" "store_u64" (func $store_u64 (param i64 i64)))
  (import "extism:host/env" "output_set" (func $output_set (param i64 i64)))
  (memory (export "memory") 1)
  (func (export "noop") (result i32) i32.const 0)
  (func (export "xform") (result i32)
    (local $n i64) (local $i i64) (local $out i64)
    call $input_length local.set $n
    local.get $n call $alloc local.set $out
    (block $done
      (loop $next
        local.get $i local.get $n i64.ge_u br_if $done
        local.get $out local.get $i i64.add
        local.get $i call $input_load_u64 i64.const 0x5a5a5a5a5a5a5a5a i64.xor
        call $store_u64
        local.get $i i64.const 8 i64.add local.set $i
        br $next))
    local.get $out local.get $n call $output_set
    i32.const 0))

;; The core module of the caller test component: its imports are granted at spawn
;; (a component's export, a core module's, or a host function). Canonical ABI by hand.
(module
  (import "multipie:caller/math" "add" (func $add (param i32 i32) (result i32)))
  (import "multipie:caller/math" "greet" (func $greet (param i32 i32 i32)))  ;; name ptr, len, where the answer goes
  (import "multipie:caller/math" "divide" (func $divide (param i32 i32 i32)))  ;; a, b, where the result goes
  (import "$root" "tick" (func $tick (result i64)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (global $ret i32 (i32.const 256))

  (func $alloc (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32)
    (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (i32.and (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
                           (i32.sub (i32.const 0) (local.get $align))))
    (local.set $end (i32.add (local.get $p) (local.get $size)))
    (if (i32.gt_u (local.get $end) (i32.mul (memory.size) (i32.const 65536)))
      (then (if (i32.eq (memory.grow (i32.add (i32.shr_u (i32.sub (local.get $end)
              (i32.mul (memory.size) (i32.const 65536))) (i32.const 16)) (i32.const 1))) (i32.const -1))
        (then unreachable))))
    (global.set $heap (local.get $end))
    (local.get $p))

  (func (export "add-via") (param i32 i32) (result i32)
    (i32.add (call $add (local.get 0) (local.get 1)) (i32.const 1)))

  (func (export "greet-via") (param $ptr i32) (param $len i32) (result i32)
    (call $greet (local.get $ptr) (local.get $len) (global.get $ret))
    (global.get $ret))

  (func (export "divide-via") (param i32 i32) (result i32)
    (call $divide (local.get 0) (local.get 1) (global.get $ret))
    (global.get $ret))

  (func (export "tick-n") (param $n i32) (result i64)
    (local $last i64)
    (block $done
      (loop $more
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $last (call $tick))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $more)))
    (local.get $last))
)

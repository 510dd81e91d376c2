;; The core module of the flat test component (canonical ABI by hand; wit/ gives the types).
;; Scalars come back as they arrive; strings and byte lists are returned in place (their
;; bytes were written by the host through cabi_realloc).
(module
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (global $ret i32 (i32.const 256))  ;; where a (pointer, length) result is written

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

  (func $same32 (param i32) (result i32) (local.get 0))
  (func $same64 (param i64) (result i64) (local.get 0))
  (func $pair (param $ptr i32) (param $len i32) (result i32)
    (i32.store (global.get $ret) (local.get $ptr))
    (i32.store offset=4 (global.get $ret) (local.get $len))
    (global.get $ret))

  (export "id-bool" (func $same32))
  (export "id-s8" (func $same32))
  (export "id-u8" (func $same32))
  (export "id-s16" (func $same32))
  (export "id-u16" (func $same32))
  (export "id-s32" (func $same32))
  (export "id-u32" (func $same32))
  (export "id-s64" (func $same64))
  (export "id-u64" (func $same64))
  (func (export "id-f32") (param f32) (result f32) (local.get 0))
  (func (export "id-f64") (param f64) (result f64) (local.get 0))
  (export "id-char" (func $same32))
  (export "id-string" (func $pair))
  (export "id-bytes" (func $pair))

  ;; mix(true, -5, 65535, -(2^40), 1.5, 2.25, 'x', h) -> h; any other value traps.
  (func (export "mix") (param $a i32) (param $b i32) (param $c i32) (param $d i64) (param $e f32) (param $f f64)
    (param $g i32) (param $ptr i32) (param $len i32) (result i32)
    (if (i32.ne (local.get $a) (i32.const 1)) (then unreachable))
    (if (i32.ne (local.get $b) (i32.const -5)) (then unreachable))
    (if (i32.ne (local.get $c) (i32.const 65535)) (then unreachable))
    (if (i64.ne (local.get $d) (i64.const -1099511627776)) (then unreachable))
    (if (f32.ne (local.get $e) (f32.const 1.5)) (then unreachable))
    (if (f64.ne (local.get $f) (f64.const 2.25)) (then unreachable))
    (if (i32.ne (local.get $g) (i32.const 120)) (then unreachable))
    (call $pair (local.get $ptr) (local.get $len)))

  (func (export "nothing"))
)

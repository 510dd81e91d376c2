;; The core module of the typed test component (canonical ABI by hand; wit/ gives the types).
;; BUILD.py embeds wit/ and wraps it with `wasm-tools component new`.
(module
  (import "[export]multipie:typed/counters" "[resource-new]counter" (func $counter_new (param i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "hello, division by zero")  ;; "hello, " at 64 (7), the error at 71 (16)
  (global $heap (mut i32) (i32.const 4096))
  (global $ret i32 (i32.const 256))  ;; where results that do not fit a core value are written

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

  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))

  ;; "hello, " + name, in fresh memory.
  (func (export "greet") (param $ptr i32) (param $len i32) (result i32)
    (local $out i32)
    (local.set $out (call $alloc (i32.const 0) (i32.const 0) (i32.const 1) (i32.add (local.get $len) (i32.const 7))))
    (memory.copy (local.get $out) (i32.const 64) (i32.const 7))
    (memory.copy (i32.add (local.get $out) (i32.const 7)) (local.get $ptr) (local.get $len))
    (i32.store (global.get $ret) (local.get $out))
    (i32.store offset=4 (global.get $ret) (i32.add (local.get $len) (i32.const 7)))
    (global.get $ret))

  (func (export "swap") (param $x i32) (param $y i32) (result i32)
    (i32.store (global.get $ret) (local.get $y))
    (i32.store offset=4 (global.get $ret) (local.get $x))
    (global.get $ret))

  ;; red below zero, green for zero, blue above.
  (func (export "classify") (param $n i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $n) (i32.const 0)) (then (i32.const 0))
      (else (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 1)) (else (i32.const 2))))))

  (func (export "toggle") (param $p i32) (result i32) (i32.xor (local.get $p) (i32.const 7)))

  (func (export "maybe-double") (param $some i32) (param $n i32) (result i32)
    (i32.store8 (global.get $ret) (local.get $some))
    (i32.store offset=4 (global.get $ret) (i32.shl (local.get $n) (i32.const 1)))
    (global.get $ret))

  (func (export "divide") (param $a i32) (param $b i32) (result i32)
    (if (i32.eqz (local.get $b))
      (then
        (i32.store8 (global.get $ret) (i32.const 1))
        (i32.store offset=4 (global.get $ret) (i32.const 71))
        (i32.store offset=8 (global.get $ret) (i32.const 16)))
      (else
        (i32.store8 (global.get $ret) (i32.const 0))
        (i32.store offset=4 (global.get $ret) (i32.div_u (local.get $a) (local.get $b)))))
    (global.get $ret))

  ;; circle(r): 3*r*r; rect(p): x*y; empty: 0.
  (func (export "area") (param $case i32) (param $a i32) (param $b i32) (result i32)
    (if (i32.eqz (local.get $case)) (then (return (i32.mul (i32.const 3) (i32.mul (local.get $a) (local.get $a))))))
    (if (i32.eq (local.get $case) (i32.const 1)) (then (return (i32.mul (local.get $a) (local.get $b)))))
    (i32.const 0))

  (func (export "sum") (param $ptr i32) (param $len i32) (result i64)
    (local $acc i64)
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $len)))
      (local.set $acc (i64.add (local.get $acc) (i64.load32_u (local.get $ptr))))
      (local.set $ptr (i32.add (local.get $ptr) (i32.const 4)))
      (local.set $len (i32.sub (local.get $len) (i32.const 1)))
      (br $next)))
    (local.get $acc))

  (func (export "pair") (param $n i32) (param $ptr i32) (param $len i32) (result i32)
    (i32.store (global.get $ret) (local.get $ptr))
    (i32.store offset=4 (global.get $ret) (local.get $len))
    (i32.store offset=8 (global.get $ret) (local.get $n))
    (global.get $ret))

  (func (export "crash") unreachable)
  (func (export "spin") (loop $forever (br $forever)))
  (func (export "grow") (param $pages i32) (result i32) (memory.grow (local.get $pages)))

  ;; A counter's rep is the address of its 4-byte count.
  (func (export "multipie:typed/counters#[constructor]counter") (param $start i32) (result i32)
    (local $rep i32)
    (local.set $rep (call $alloc (i32.const 0) (i32.const 0) (i32.const 4) (i32.const 4)))
    (i32.store (local.get $rep) (local.get $start))
    (call $counter_new (local.get $rep)))
  (func (export "multipie:typed/counters#[method]counter.inc") (param $rep i32) (result i32)
    (i32.store (local.get $rep) (i32.add (i32.load (local.get $rep)) (i32.const 1)))
    (i32.load (local.get $rep)))
)

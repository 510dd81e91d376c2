;; A zero-copy handler that calls env.f (granted as a capability) on the first byte of the body
;; and answers "r=<f(byte)>" (one byte).
(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "Content-Type: text/plain\r\n\r\nr=")
  (func (export "http_alloc") (param $n i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $n) (i32.const 32768)) (then (i32.const 0)) (else (i32.const 1024))))
  (func (export "http_handle") (param $ptr i32) (param $hl i32) (param $bl i32) (result i64)
    (i32.store8 (i32.const 46) (call $f (i32.load8_u (i32.add (local.get $ptr) (local.get $hl)))))
    (i64.or (i64.shl (i64.const 16) (i64.const 32)) (i64.const 31))))

;; client: holds two grants (docs/capabilities.md): "env.add", a function capability to another
;; domain's export, and "env.buf", a shared region (read-only here). It cannot reach anything else.
(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (import "env" "buf" (memory 1))
  ;; a + b, computed by the domain the capability designates (guest -> guest, no host round trip)
  (func (export "add_via") (param $a i32) (param $b i32) (result i32)
    (call $add (local.get $a) (local.get $b)))
  ;; one byte of the shared region, as the host wrote it
  (func (export "byte_at") (param $i i32) (result i32)
    (i32.load8_u (local.get $i))))

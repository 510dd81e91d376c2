;; Holds the shared region env.page writable: poke(i, v) stores byte v at offset i (no bulk memory).
(module
  (import "env" "page" (memory 1))
  (func (export "poke") (param $i i32) (param $v i32)
    (i32.store8 (local.get $i) (local.get $v))))

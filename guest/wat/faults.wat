;; Every way a guest can fault, one export each (used by tests and `multipie demo`).
(module
  (memory (export "memory") 1)
  (func $ok (export "ok") (result i32) i32.const 42)
  (func $unreachable (export "unreachable") unreachable)
  (func $spin (export "spin") (loop $l br $l))
  (func $recurse (export "recurse") (call $recurse))
  (func $oob (export "oob") (result i32) i32.const 0x7ffffff0 i32.load)
  (func $divzero (export "divzero") (result i32) i32.const 1 i32.const 0 i32.div_s)
  ;; grow one page at a time until refused, then trap: a memory bomb
  (func $bomb (export "bomb") (result i32)
    (block $full
      (loop $more
        i32.const 1 memory.grow i32.const -1 i32.eq br_if $full
        br $more))
    unreachable)
  ;; grow until refused and report the pages reached: a guest that copes
  (func $grow_until_refused (export "grow_until_refused") (result i32)
    (block $full
      (loop $more
        i32.const 1 memory.grow i32.const -1 i32.eq br_if $full
        br $more))
    memory.size))

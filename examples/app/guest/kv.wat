;; kv: stores notes in the shared region "notes" (granted read-write) and serves /api/notes.
;;
;; Region layout (little endian): [0] u32 count, [4] u32 bytes used, [8...] entries of (u32 len, bytes).
;; Other services read the same bytes through their own (read-only) grants; nothing is copied.
;; POST appends the request body as one note (201), GET answers the count. Region holders may not use
;; bulk-memory instructions (see docs/capabilities.md), so copies are byte loops.
(module
  (import "env" "notes" (memory $notes 1))
  (memory $own (export "memory") 2)
  (data (memory $own) (i32.const 16) "Status: 201 Created\r\nContent-Type: text/plain\r\n\r\nstored\n")
  (data (memory $own) (i32.const 128) "Status: 507 Insufficient Storage\r\nContent-Type: text/plain\r\n\r\nthe notes region is full\n")
  (data (memory $own) (i32.const 256) "Content-Type: text/plain\r\n\r\nnotes: ")
  (data (memory $own) (i32.const 320) "Status: 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nPOST a non-empty body\n")

  (func $count (export "count") (result i32)
    (i32.load $notes (i32.const 0)))

  ;; The request goes at 65536 (one page of room; the manifest caps the body well below that).
  (func (export "http_alloc") (param $n i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $n) (i32.const 65536))
      (then (i32.const 0))
      (else (i32.const 65536))))

  (func $pack (param $ptr i32) (param $len i32) (result i64)
    (i64.or (i64.shl (i64.extend_i32_u (local.get $ptr)) (i64.const 32)) (i64.extend_i32_u (local.get $len))))

  ;; Decimal digits of $v written at $dst in our memory; returns how many.
  (func $itoa (param $dst i32) (param $v i32) (result i32)
    (local $n i32) (local $t i32) (local $i i32)
    (local.set $t (local.get $v))
    (loop $len
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (local.set $t (i32.div_u (local.get $t) (i32.const 10)))
      (br_if $len (local.get $t)))
    (local.set $i (local.get $n))
    (loop $dig
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (i32.store8 $own (i32.add (local.get $dst) (local.get $i))
        (i32.add (i32.const 0x30) (i32.rem_u (local.get $v) (i32.const 10))))
      (local.set $v (i32.div_u (local.get $v) (i32.const 10)))
      (br_if $dig (local.get $i)))
    (local.get $n))

  (func (export "http_handle") (param $ptr i32) (param $hl i32) (param $bl i32) (result i64)
    (local $used i32) (local $at i32) (local $i i32) (local $n i32)
    ;; GET (anything but POST): "notes: N"
    (if (i32.ne (i32.load8_u $own (local.get $ptr)) (i32.const 0x50))
      (then
        (local.set $n (call $itoa (i32.const 291) (call $count)))
        (i32.store8 $own (i32.add (i32.const 291) (local.get $n)) (i32.const 10))
        (return (call $pack (i32.const 256) (i32.add (i32.const 36) (local.get $n))))))
    (if (i32.eqz (local.get $bl))
      (then (return (call $pack (i32.const 320) (i32.const 75)))))
    (local.set $used (i32.load $notes (i32.const 4)))
    (local.set $at (i32.add (i32.const 8) (local.get $used)))
    (if (i32.gt_u (i32.add (i32.add (local.get $at) (i32.const 4)) (local.get $bl)) (i32.const 65536))
      (then (return (call $pack (i32.const 128) (i32.const 87)))))
    ;; bytes first, then the length, then used/count: a reader never sees a half-written note counted
    (loop $copy
      (if (i32.lt_u (local.get $i) (local.get $bl))
        (then
          (i32.store8 $notes (i32.add (i32.add (local.get $at) (i32.const 4)) (local.get $i))
            (i32.load8_u $own (i32.add (i32.add (local.get $ptr) (local.get $hl)) (local.get $i))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $copy))))
    (i32.store $notes (local.get $at) (local.get $bl))
    (i32.store $notes (i32.const 4) (i32.add (local.get $used) (i32.add (i32.const 4) (local.get $bl))))
    (i32.store $notes (i32.const 0) (i32.add (call $count) (i32.const 1)))
    (call $pack (i32.const 16) (i32.const 56))))

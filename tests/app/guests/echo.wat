;; Test guest for the zero-copy http ABI: echoes the request (head + body) it finds in its memory.
;; The first byte of the body picks a misbehaviour, so one service can fault on demand:
;;   t = trap (unreachable), s = spin until the timeout, m = grow memory until refused then trap,
;;   p = return a response pointer outside memory, g = return a response with no end of headers,
;;   c = count requests served by this instance (shows fresh vs reused domains),
;;   w = compute for a while (~0.5-2 s) and then echo (a slow but successful request),
;;   W = the same five times longer (~2.5-10 s: still in flight after a whole node is torn down).
(module
  (memory (export "memory") 1 256)
  (global $served (mut i32) (i32.const 0))
  (data (i32.const 16) "Content-Type: text/plain\r\nX-Guest: echo\r\n\r\n")
  (data (i32.const 200) "no end of headers")
  (data (i32.const 300) "Content-Type: text/plain\r\n\r\nserved=")

  ;; Room for the request at 4096 and the response after it (header + copy of the request).
  (func (export "http_alloc") (param $n i32) (result i32)
    (local $need i32)
    (local.set $need
      (i32.add (i32.const 1)
        (i32.shr_u (i32.add (i32.const 4352) (i32.shl (local.get $n) (i32.const 1))) (i32.const 16))))
    (if (i32.gt_u (local.get $need) (memory.size))
      (then (if (i32.eq (memory.grow (i32.sub (local.get $need) (memory.size))) (i32.const -1))
        (then (return (i32.const 0))))))
    (i32.const 4096))

  (func (export "http_handle") (param $ptr i32) (param $hl i32) (param $bl i32) (result i64)
    (local $first i32) (local $resp i32) (local $total i32) (local $i i32)
    (global.set $served (i32.add (global.get $served) (i32.const 1)))
    (local.set $total (i32.add (local.get $hl) (local.get $bl)))
    (if (local.get $bl)
      (then (local.set $first (i32.load8_u (i32.add (local.get $ptr) (local.get $hl))))))
    (if (i32.eq (local.get $first) (i32.const 0x74)) (then unreachable))
    (if (i32.eq (local.get $first) (i32.const 0x73)) (then (loop $l (br $l))))
    (if (i32.eq (local.get $first) (i32.const 0x6d))
      (then
        (block $full (loop $more
          (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
          (br $more)))
        unreachable))
    (if (i32.eq (local.get $first) (i32.const 0x70))
      (then (return (i64.or (i64.shl (i64.const 0xFFFF0000) (i64.const 32)) (i64.const 16)))))
    (if (i32.eq (local.get $first) (i32.const 0x67))
      (then (return (i64.or (i64.shl (i64.const 200) (i64.const 32)) (i64.const 17)))))
    (if (i32.eq (local.get $first) (i32.const 0x63))
      (then
        ;; "served=<one digit>" (enough for the test: 1..9)
        (i32.store8 (i32.const 335) (i32.add (i32.const 0x30) (global.get $served)))
        (return (i64.or (i64.shl (i64.const 300) (i64.const 32)) (i64.const 36)))))
    (if (i32.eq (local.get $first) (i32.const 0x77))
      (then (loop $work
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $work (i32.lt_u (local.get $i) (i32.const 600000000))))))
    (if (i32.eq (local.get $first) (i32.const 0x57))
      (then (loop $long
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $long (i32.lt_u (local.get $i) (i32.const 3000000000))))))
    ;; echo: header at resp, then the request
    (local.set $resp (i32.add (local.get $ptr) (local.get $total)))
    (memory.copy (local.get $resp) (i32.const 16) (i32.const 43))
    (memory.copy (i32.add (local.get $resp) (i32.const 43)) (local.get $ptr) (local.get $total))
    (i64.or
      (i64.shl (i64.extend_i32_u (local.get $resp)) (i64.const 32))
      (i64.extend_i32_u (i32.add (local.get $total) (i32.const 43))))))

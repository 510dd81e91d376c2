;; render: turns the notes in the shared region "notes" (granted read-only) into HTML list items
;; written to the shared region "page" (granted read-write). Called by the front end through a
;; capability: render() -> (items rendered << 32) | bytes written. Text is HTML-escaped; output stops
;; before a note that would not fit the page, so the caller can say "showing K of N".
(module
  (import "env" "notes" (memory $notes 1))
  (import "env" "page" (memory $page 1))
  (memory $own 1)
  (data (memory $own) (i32.const 0) "<li>")
  (data (memory $own) (i32.const 8) "</li>\n")
  (data (memory $own) (i32.const 16) "&amp;")
  (data (memory $own) (i32.const 24) "&lt;")
  (data (memory $own) (i32.const 32) "&gt;")
  (data (memory $own) (i32.const 40) "&quot;")

  ;; Copy $len bytes of our constants at $src to the page at $out; returns the new $out.
  (func $puts (param $out i32) (param $src i32) (param $len i32) (result i32)
    (local $i i32)
    (loop $next
      (if (i32.lt_u (local.get $i) (local.get $len))
        (then
          (i32.store8 $page (i32.add (local.get $out) (local.get $i))
            (i32.load8_u $own (i32.add (local.get $src) (local.get $i))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next))))
    (i32.add (local.get $out) (local.get $len)))

  ;; Bytes the note of $len bytes at $src (in "notes") takes on the page, tags included.
  (func $size (param $src i32) (param $len i32) (result i32)
    (local $i i32) (local $c i32) (local $n i32)
    (local.set $n (i32.add (local.get $len) (i32.const 10)))
    (loop $byte
      (if (i32.lt_u (local.get $i) (local.get $len))
        (then
          (local.set $c (i32.load8_u $notes (i32.add (local.get $src) (local.get $i))))
          (if (i32.eq (local.get $c) (i32.const 0x26)) (then (local.set $n (i32.add (local.get $n) (i32.const 4)))))
          (if (i32.or (i32.eq (local.get $c) (i32.const 0x3c)) (i32.eq (local.get $c) (i32.const 0x3e)))
            (then (local.set $n (i32.add (local.get $n) (i32.const 3)))))
          (if (i32.eq (local.get $c) (i32.const 0x22)) (then (local.set $n (i32.add (local.get $n) (i32.const 5)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $byte))))
    (local.get $n))

  (func (export "render") (result i64)
    (local $count i32) (local $k i32) (local $at i32) (local $len i32) (local $i i32) (local $c i32)
    (local $out i32)
    (local.set $count (i32.load $notes (i32.const 0)))
    (local.set $at (i32.const 8))
    (block $done
      (loop $note
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $len (i32.load $notes (local.get $at)))
        ;; stop before a note that does not fit whole
        (br_if $done (i32.gt_u (i32.add (local.get $out) (call $size (i32.add (local.get $at) (i32.const 4)) (local.get $len)))
                               (i32.const 65536)))
        (local.set $out (call $puts (local.get $out) (i32.const 0) (i32.const 4)))
        (local.set $i (i32.const 0))
        (loop $byte
          (if (i32.lt_u (local.get $i) (local.get $len))
            (then
              (local.set $c (i32.load8_u $notes (i32.add (i32.add (local.get $at) (i32.const 4)) (local.get $i))))
              (if (i32.eq (local.get $c) (i32.const 0x26))
                (then (local.set $out (call $puts (local.get $out) (i32.const 16) (i32.const 5))))
              (else (if (i32.eq (local.get $c) (i32.const 0x3c))
                (then (local.set $out (call $puts (local.get $out) (i32.const 24) (i32.const 4))))
              (else (if (i32.eq (local.get $c) (i32.const 0x3e))
                (then (local.set $out (call $puts (local.get $out) (i32.const 32) (i32.const 4))))
              (else (if (i32.eq (local.get $c) (i32.const 0x22))
                (then (local.set $out (call $puts (local.get $out) (i32.const 40) (i32.const 6))))
              (else
                (i32.store8 $page (local.get $out) (local.get $c))
                (local.set $out (i32.add (local.get $out) (i32.const 1)))))))))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $byte))))
        (local.set $out (call $puts (local.get $out) (i32.const 8) (i32.const 6)))
        (local.set $at (i32.add (local.get $at) (i32.add (i32.const 4) (local.get $len))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $note)))
    (i64.or (i64.shl (i64.extend_i32_u (local.get $k)) (i64.const 32)) (i64.extend_i32_u (local.get $out)))))

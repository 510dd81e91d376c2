;; front: the app's web page (route "/..."). For every request, in a fresh domain, it asks the kv
;; service how many notes exist and the render service to render them, both through capabilities
;; granted in multipie.toml, then reads the rendered HTML straight out of the shared region "page"
;; (granted read-only) into its response.
(module
  (import "env" "count" (func $count (result i32)))
  (import "env" "render" (func $render (result i64)))  ;; (items << 32) | bytes on the page
  (import "env" "page" (memory $page 1))
  (memory $own (export "memory") 3)
  (data (memory $own) (i32.const 0)
    "Content-Type: text/html; charset=utf-8\r\n\r\n<!doctype html>\n<title>multiPIE notes</title>\n<h1>Notes</h1>\n<p>")
  (data (memory $own) (i32.const 128)
    " notes, stored by <code>kv</code> in a shared region and rendered by <code>render</code> through a capability.</p>\n<p>Add one: <code>curl -d \27your note\27 http://HOST/api/notes</code></p>\n<ul>\n")
  (data (memory $own) (i32.const 384) "</ul>\n")
  (data (memory $own) (i32.const 400) "<p>Showing the first ")
  (data (memory $own) (i32.const 432) " of ")
  (data (memory $own) (i32.const 440) " notes: the 64 KiB page region is full.</p>\n")

  ;; The request goes at 131072 (the third page).
  (func (export "http_alloc") (param $n i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $n) (i32.const 65536))
      (then (i32.const 0))
      (else (i32.const 131072))))

  ;; Copy $len bytes within our memory from $src to $dst; returns $dst + $len.
  (func $copy (param $dst i32) (param $src i32) (param $len i32) (result i32)
    (local $i i32)
    (loop $next
      (if (i32.lt_u (local.get $i) (local.get $len))
        (then
          (i32.store8 $own (i32.add (local.get $dst) (local.get $i))
            (i32.load8_u $own (i32.add (local.get $src) (local.get $i))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next))))
    (i32.add (local.get $dst) (local.get $len)))

  ;; Decimal digits of $v at $dst; returns the end.
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
    (i32.add (local.get $dst) (local.get $n)))

  (func (export "http_handle") (param $ptr i32) (param $hl i32) (param $bl i32) (result i64)
    (local $out i32) (local $len i32) (local $i i32) (local $n i32) (local $r i64) (local $shown i32)
    (local.set $out (call $copy (i32.const 4096) (i32.const 0) (i32.const 106)))
    (local.set $n (call $count))
    (local.set $out (call $itoa (local.get $out) (local.get $n)))
    (local.set $out (call $copy (local.get $out) (i32.const 128) (i32.const 191)))
    (local.set $r (call $render))
    (local.set $len (i32.wrap_i64 (local.get $r)))
    (local.set $shown (i32.wrap_i64 (i64.shr_u (local.get $r) (i64.const 32))))
    (if (i32.gt_u (local.get $len) (i32.const 65536)) (then (local.set $len (i32.const 65536))))
    (loop $next
      (if (i32.lt_u (local.get $i) (local.get $len))
        (then
          (i32.store8 $own (i32.add (local.get $out) (local.get $i)) (i32.load8_u $page (local.get $i)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next))))
    (local.set $out (call $copy (i32.add (local.get $out) (local.get $len)) (i32.const 384) (i32.const 6)))
    ;; Notes added after count() may be rendered too: say nothing unless some were left out.
    (if (i32.lt_u (local.get $shown) (local.get $n))
      (then
        (local.set $out (call $copy (local.get $out) (i32.const 400) (i32.const 21)))
        (local.set $out (call $itoa (local.get $out) (local.get $shown)))
        (local.set $out (call $copy (local.get $out) (i32.const 432) (i32.const 4)))
        (local.set $out (call $itoa (local.get $out) (local.get $n)))
        (local.set $out (call $copy (local.get $out) (i32.const 440) (i32.const 44)))))
    (i64.or (i64.const 0x100000000000) (i64.extend_i32_u (i32.sub (local.get $out) (i32.const 4096))))))

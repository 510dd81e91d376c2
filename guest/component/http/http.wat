;; A wasi:http/proxy handler written as a core module against the canonical ABI; BUILD.py embeds
;; wit/ (the proxy world at 0.2.0) and wraps it with `wasm-tools component new`. The first letter of
;; the path picks what it does:
;;   /e...  echo: status 200, the request's headers (cloned), its body streamed back chunk by chunk
;;          (blocking-read, check-write + write), its trailers as the response's trailers
;;   /c...  status 418, the request's headers, an empty body
;;   /t...  trap (unreachable) after nothing was sent        /l...  loop forever (timeouts)
;;   /d...  drop the response-outparam without setting it    /x...  set it to error-code internal-error
;;   anything else: 200, no headers, empty body
(module
  (import "wasi:http/types@0.2.0" "[method]incoming-request.path-with-query" (func $path (param i32 i32)))
  (import "wasi:http/types@0.2.0" "[method]incoming-request.headers" (func $req_headers (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]fields.clone" (func $clone (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]incoming-request.consume" (func $consume (param i32 i32)))
  (import "wasi:http/types@0.2.0" "[method]incoming-body.stream" (func $in_stream (param i32 i32)))
  (import "wasi:http/types@0.2.0" "[static]incoming-body.finish" (func $in_finish (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]future-trailers.subscribe" (func $tr_sub (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]future-trailers.get" (func $tr_get (param i32 i32)))
  (import "wasi:http/types@0.2.0" "[constructor]fields" (func $new_fields (result i32)))
  (import "wasi:http/types@0.2.0" "[constructor]outgoing-response" (func $new_resp (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]outgoing-response.set-status-code" (func $set_status (param i32 i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]outgoing-response.body" (func $resp_body (param i32 i32)))
  (import "wasi:http/types@0.2.0" "[method]outgoing-body.write" (func $body_write (param i32 i32)))
  (import "wasi:http/types@0.2.0" "[static]outgoing-body.finish" (func $body_finish (param i32 i32 i32 i32)))
  (import "wasi:http/types@0.2.0" "[static]response-outparam.set"
    (func $set (param i32 i32 i32 i32 i64 i32 i32 i32 i32)))
  (import "wasi:http/types@0.2.0" "[resource-drop]response-outparam" (func $drop_outparam (param i32)))
  (import "wasi:io/poll@0.2.0" "[method]pollable.block" (func $block (param i32)))
  (import "wasi:io/poll@0.2.0" "[resource-drop]pollable" (func $drop_pollable (param i32)))
  (import "wasi:io/streams@0.2.0" "[method]input-stream.blocking-read" (func $read (param i32 i64 i32)))
  (import "wasi:io/streams@0.2.0" "[resource-drop]input-stream" (func $drop_in (param i32)))
  (import "wasi:io/streams@0.2.0" "[method]output-stream.check-write" (func $check_write (param i32 i32)))
  (import "wasi:io/streams@0.2.0" "[method]output-stream.write" (func $write (param i32 i32 i32 i32)))
  (import "wasi:io/streams@0.2.0" "[method]output-stream.blocking-flush" (func $flush (param i32 i32)))
  (import "wasi:io/streams@0.2.0" "[resource-drop]output-stream" (func $drop_out (param i32)))

  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))

  ;; The canonical ABI's allocator: a bump allocator (the handler resets it after each body chunk).
  (func (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32)
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

  ;; Writes len bytes at ptr to stream os, as check-write permits (a stream error traps).
  (func $write_all (param $os i32) (param $ptr i32) (param $len i32)
    (local $n i32)
    (block $done (loop $more
      (br_if $done (i32.eqz (local.get $len)))
      (call $check_write (local.get $os) (i32.const 16))
      (if (i32.load8_u (i32.const 16)) (then unreachable))
      (local.set $n (i32.wrap_i64 (i64.load (i32.const 24))))
      (if (i32.gt_u (local.get $n) (local.get $len)) (then (local.set $n (local.get $len))))
      (if (i32.eqz (local.get $n))
        (then (call $flush (local.get $os) (i32.const 16)) (br $more)))
      (call $write (local.get $os) (local.get $ptr) (local.get $n) (i32.const 16))
      (if (i32.load8_u (i32.const 16)) (then unreachable))
      (local.set $ptr (i32.add (local.get $ptr) (local.get $n)))
      (local.set $len (i32.sub (local.get $len) (local.get $n)))
      (br $more))))

  ;; Streams the request body to os; returns the request's trailers handle + 1 (0: none).
  (func $echo_body (param $req i32) (param $os i32) (result i32)
    (local $ib i32) (local $is i32) (local $mark i32) (local $ft i32) (local $p i32)
    (call $consume (local.get $req) (i32.const 16))
    (local.set $ib (i32.load (i32.const 20)))
    (call $in_stream (local.get $ib) (i32.const 16))
    (local.set $is (i32.load (i32.const 20)))
    (local.set $mark (global.get $heap))
    (block $eof (loop $next
      (call $read (local.get $is) (i64.const 65536) (i32.const 16))
      (br_if $eof (i32.load8_u (i32.const 16)))
      (call $write_all (local.get $os) (i32.load (i32.const 20)) (i32.load (i32.const 24)))
      (global.set $heap (local.get $mark))
      (br $next)))
    (call $drop_in (local.get $is))
    (local.set $ft (call $in_finish (local.get $ib)))
    (local.set $p (call $tr_sub (local.get $ft)))
    (call $block (local.get $p))
    (call $drop_pollable (local.get $p))
    ;; option<result<result<option<trailers>, error-code>>> at 32: some @32, ok @40, ok @48, some @56, handle @60
    (call $tr_get (local.get $ft) (i32.const 32))
    (if (result i32) (i32.and (i32.and (i32.load8_u (i32.const 32)) (i32.eqz (i32.load8_u (i32.const 40))))
                              (i32.and (i32.eqz (i32.load8_u (i32.const 48))) (i32.load8_u (i32.const 56))))
      (then (i32.add (i32.load (i32.const 60)) (i32.const 1)))
      (else (i32.const 0))))

  (func (export "wasi:http/incoming-handler@0.2.0#handle") (param $req i32) (param $out i32)
    (local $c i32) (local $resp i32) (local $ob i32) (local $os i32) (local $tr i32)
    ;; option<string> at 16: some @16, ptr @20, len @24
    (call $path (local.get $req) (i32.const 16))
    (if (i32.and (i32.load8_u (i32.const 16)) (i32.gt_u (i32.load (i32.const 24)) (i32.const 1)))
      (then (local.set $c (i32.load8_u offset=1 (i32.load (i32.const 20))))))
    (if (i32.eq (local.get $c) (i32.const 0x74)) (then unreachable))                       ;; t
    (if (i32.eq (local.get $c) (i32.const 0x6c)) (then (loop $spin (br $spin))))            ;; l
    (if (i32.eq (local.get $c) (i32.const 0x64)) (then (call $drop_outparam (local.get $out)) (return)))  ;; d
    (if (i32.eq (local.get $c) (i32.const 0x78))                                             ;; x
      (then (call $set (local.get $out) (i32.const 1) (i32.const 38) (i32.const 0) (i64.const 0)
                       (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)) (return)))
    (if (i32.or (i32.eq (local.get $c) (i32.const 0x65)) (i32.eq (local.get $c) (i32.const 0x63)))
      (then (local.set $resp (call $new_resp (call $clone (call $req_headers (local.get $req))))))
      (else (local.set $resp (call $new_resp (call $new_fields)))))
    (if (i32.eq (local.get $c) (i32.const 0x63))                                             ;; c
      (then (drop (call $set_status (local.get $resp) (i32.const 418)))))
    (call $resp_body (local.get $resp) (i32.const 16))
    (local.set $ob (i32.load (i32.const 20)))
    (call $body_write (local.get $ob) (i32.const 16))
    (local.set $os (i32.load (i32.const 20)))
    ;; The head goes out now; the body follows as it is written.
    (call $set (local.get $out) (i32.const 0) (local.get $resp) (i32.const 0) (i64.const 0)
               (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))
    (if (i32.eq (local.get $c) (i32.const 0x65))                                             ;; e
      (then (local.set $tr (call $echo_body (local.get $req) (local.get $os)))))
    (call $flush (local.get $os) (i32.const 16))
    (call $drop_out (local.get $os))
    (call $body_finish (local.get $ob) (i32.ne (local.get $tr) (i32.const 0))
                       (i32.sub (local.get $tr) (i32.const 1)) (i32.const 16)))
)

;; A wasi:http/proxy handler written as a core module against the canonical ABI; BUILD.py embeds
;; wit/ (the proxy world at 0.2.0) and wraps it with `wasm-tools component new`. The first letter of
;; the path's last segment picks what it does (so /e and /svc/e both echo):
;;   /e...  echo: status 200, the request's headers (cloned), its body streamed back chunk by chunk
;;          (blocking-read, check-write + write), its trailers as the response's trailers
;;   /c...  status 418, no headers, an empty body
;;   /t...  trap (unreachable) after nothing was sent        /l...  loop forever (timeouts)
;;   /d...  drop the response-outparam without setting it    /x...  set it to error-code internal-error
;;   /fHOST:PORT  GET http://HOST:PORT/ through wasi:http/outgoing-handler and answer with the upstream's
;;          status and body; a refused request answers 600 + the error-code's case number
;;          (615: HTTP-request-denied, 606: connection-refused)
;;   /n...  status 200 + the number of requests this instance has served (201 in a fresh instance)
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
  (import "wasi:http/types@0.2.0" "[constructor]outgoing-request" (func $new_req (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]outgoing-request.set-scheme"
    (func $set_scheme (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]outgoing-request.set-authority"
    (func $set_authority (param i32 i32 i32 i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]future-incoming-response.subscribe" (func $fut_sub (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]future-incoming-response.get" (func $fut_get (param i32 i32)))
  (import "wasi:http/types@0.2.0" "[method]incoming-response.status" (func $in_status (param i32) (result i32)))
  (import "wasi:http/types@0.2.0" "[method]incoming-response.consume" (func $in_consume (param i32 i32)))
  (import "wasi:http/outgoing-handler@0.2.0" "handle" (func $fetch (param i32 i32 i32 i32)))
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
  (global $hits (mut i32) (i32.const 0))

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

  ;; Streams incoming-body ib to os; returns its trailers handle + 1 (0: none).
  (func $pipe (param $ib i32) (param $os i32) (result i32)
    (local $is i32) (local $mark i32) (local $ft i32) (local $p i32)
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

  ;; GET http://(host, len)/: the upstream's status (its incoming-body handle at 128), or 600 + error case.
  (func $outgoing (param $host i32) (param $len i32) (result i32)
    (local $req i32) (local $fut i32) (local $p i32)
    (local.set $req (call $new_req (call $new_fields)))
    (drop (call $set_scheme (local.get $req) (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 0)))
    (drop (call $set_authority (local.get $req) (i32.const 1) (local.get $host) (local.get $len)))
    ;; result<own<future-incoming-response>, error-code> at 64: err @64, handle or case @72
    (call $fetch (local.get $req) (i32.const 0) (i32.const 0) (i32.const 64))
    (if (i32.load8_u (i32.const 64)) (then (return (i32.add (i32.const 600) (i32.load8_u (i32.const 72))))))
    (local.set $fut (i32.load (i32.const 72)))
    (local.set $p (call $fut_sub (local.get $fut)))
    (call $block (local.get $p))
    (call $drop_pollable (local.get $p))
    ;; option<result<result<own<incoming-response>, error-code>>> at 64: some @64, ok @72, ok @80, value @88
    (call $fut_get (local.get $fut) (i32.const 64))
    (if (i32.load8_u (i32.const 80)) (then (return (i32.add (i32.const 600) (i32.load8_u (i32.const 88))))))
    (local.set $p (i32.load (i32.const 88)))
    (call $in_consume (local.get $p) (i32.const 120))
    (i32.store (i32.const 128) (i32.load (i32.const 124)))
    (call $in_status (local.get $p)))

  (func (export "wasi:http/incoming-handler@0.2.0#handle") (param $req i32) (param $out i32)
    (local $c i32) (local $resp i32) (local $ob i32) (local $os i32) (local $tr i32) (local $upstream i32)
    (local $status i32) (local $p i32) (local $end i32) (local $seg i32)
    ;; option<string> at 16: some @16, ptr @20, len @24
    (call $path (local.get $req) (i32.const 16))
    ;; $seg: where the last segment starts (after the last '/'); $c: its first byte (0 if empty)
    (if (i32.load8_u (i32.const 16))
      (then
        (local.set $p (i32.load (i32.const 20)))
        (local.set $end (i32.add (local.get $p) (i32.load (i32.const 24))))
        (local.set $seg (local.get $p))
        (block $done (loop $scan
          (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
          (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x2f))
            (then (local.set $seg (i32.add (local.get $p) (i32.const 1)))))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br $scan)))
        (if (i32.lt_u (local.get $seg) (local.get $end)) (then (local.set $c (i32.load8_u (local.get $seg)))))))
    (if (i32.eq (local.get $c) (i32.const 0x74)) (then unreachable))                       ;; t
    (if (i32.eq (local.get $c) (i32.const 0x6c)) (then (loop $spin (br $spin))))            ;; l
    (if (i32.eq (local.get $c) (i32.const 0x64)) (then (call $drop_outparam (local.get $out)) (return)))  ;; d
    (if (i32.eq (local.get $c) (i32.const 0x78))                                             ;; x
      (then (call $set (local.get $out) (i32.const 1) (i32.const 38) (i32.const 0) (i64.const 0)
                       (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)) (return)))
    (if (i32.eq (local.get $c) (i32.const 0x66))                                             ;; f
      (then (local.set $status (call $outgoing (i32.add (local.get $seg) (i32.const 1))
                                               (i32.sub (local.get $end) (i32.add (local.get $seg) (i32.const 1)))))
            (local.set $upstream (i32.load (i32.const 128)))
            (if (i32.ge_u (local.get $status) (i32.const 600)) (then (local.set $c (i32.const 0))))))
    (if (i32.eq (local.get $c) (i32.const 0x65))
      (then (local.set $resp (call $new_resp (call $clone (call $req_headers (local.get $req))))))
      (else (local.set $resp (call $new_resp (call $new_fields)))))
    (if (i32.eq (local.get $c) (i32.const 0x63)) (then (local.set $status (i32.const 418))))  ;; c
    (if (i32.eq (local.get $c) (i32.const 0x6e))                                             ;; n
      (then (global.set $hits (i32.add (global.get $hits) (i32.const 1)))
            (local.set $status (i32.add (i32.const 200) (global.get $hits)))))
    (if (local.get $status) (then (drop (call $set_status (local.get $resp) (local.get $status)))))
    (call $resp_body (local.get $resp) (i32.const 16))
    (local.set $ob (i32.load (i32.const 20)))
    (call $body_write (local.get $ob) (i32.const 16))
    (local.set $os (i32.load (i32.const 20)))
    ;; The head goes out now; the body follows as it is written.
    (call $set (local.get $out) (i32.const 0) (local.get $resp) (i32.const 0) (i64.const 0)
               (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))
    (if (i32.eq (local.get $c) (i32.const 0x65))                                             ;; e
      (then (call $consume (local.get $req) (i32.const 16))
            (local.set $tr (call $pipe (i32.load (i32.const 20)) (local.get $os)))))
    (if (i32.eq (local.get $c) (i32.const 0x66))                                             ;; f
      (then (drop (call $pipe (local.get $upstream) (local.get $os)))))
    (call $flush (local.get $os) (i32.const 16))
    (call $drop_out (local.get $os))
    (call $body_finish (local.get $ob) (i32.ne (local.get $tr) (i32.const 0))
                       (i32.sub (local.get $tr) (i32.const 1)) (i32.const 16)))
)

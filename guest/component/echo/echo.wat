;; A WASI 0.2 command (wasi:cli/run) written as a core module against the canonical ABI;
;; BUILD.py embeds wit/ and wraps it with `wasm-tools component new` (no adapter needed:
;; it imports the 0.2 interfaces directly). argv[1]'s first letter picks what it does:
;;   a  print the remaining arguments, space-separated     e  print the environment (k=v lines)
;;   f  return an error from run (exit code 1)            x  call wasi:cli/exit with an error (exit code 1)
;;   t  trap (unreachable)                                 l  loop forever (for timeouts and fuel)
;; anything else: exit 0 silently.
(module
  (import "wasi:cli/environment@0.2.0" "get-arguments" (func $get_args (param i32)))
  (import "wasi:cli/environment@0.2.0" "get-environment" (func $get_env (param i32)))
  (import "wasi:cli/stdout@0.2.0" "get-stdout" (func $get_stdout (result i32)))
  (import "wasi:io/streams@0.2.0" "[method]output-stream.blocking-write-and-flush"
    (func $write_flush (param i32 i32 i32 i32)))
  (import "wasi:io/streams@0.2.0" "[resource-drop]output-stream" (func $drop_stream (param i32)))
  (import "wasi:cli/exit@0.2.0" "exit" (func $exit (param i32)))

  (memory (export "memory") 1)
  (data (i32.const 100) " \n=")
  (global $heap (mut i32) (i32.const 4096))
  (global $out (mut i32) (i32.const 0))

  ;; The canonical ABI's allocator: a bump allocator (nothing is freed in a one-shot command).
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

  (func $write (param $ptr i32) (param $len i32)
    (call $write_flush (global.get $out) (local.get $ptr) (local.get $len) (i32.const 32)))

  ;; Writes string i of the list at (base, stride) whose elements start with (ptr, len) at offset off.
  (func $write_str (param $elem i32)
    (call $write (i32.load (local.get $elem)) (i32.load offset=4 (local.get $elem))))

  (func $print_args (param $list i32) (param $n i32)
    (local $i i32)
    (local.set $i (i32.const 2))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (if (i32.gt_u (local.get $i) (i32.const 2)) (then (call $write (i32.const 100) (i32.const 1))))
      (call $write_str (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 3))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (call $write (i32.const 101) (i32.const 1)))

  (func $print_env
    (local $p i32) (local $end i32)
    (call $get_env (i32.const 24))
    (local.set $p (i32.load (i32.const 24)))
    (local.set $end (i32.add (local.get $p) (i32.shl (i32.load (i32.const 28)) (i32.const 4))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (call $write_str (local.get $p))
      (call $write (i32.const 102) (i32.const 1))
      (call $write_str (i32.add (local.get $p) (i32.const 8)))
      (call $write (i32.const 101) (i32.const 1))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br $next))))

  (func (export "wasi:cli/run@0.2.0#run") (result i32)
    (local $list i32) (local $n i32) (local $mode i32)
    (call $get_args (i32.const 16))
    (local.set $list (i32.load (i32.const 16)))
    (local.set $n (i32.load (i32.const 20)))
    (global.set $out (call $get_stdout))
    (if (i32.ge_u (local.get $n) (i32.const 2))
      (then (local.set $mode (i32.load8_u (i32.load offset=8 (local.get $list))))))
    (if (i32.eq (local.get $mode) (i32.const 0x61)) (then (call $print_args (local.get $list) (local.get $n))))
    (if (i32.eq (local.get $mode) (i32.const 0x65)) (then (call $print_env)))
    (if (i32.eq (local.get $mode) (i32.const 0x66)) (then (call $drop_stream (global.get $out)) (return (i32.const 1))))
    (if (i32.eq (local.get $mode) (i32.const 0x78)) (then (call $exit (i32.const 1))))
    (if (i32.eq (local.get $mode) (i32.const 0x74)) (then unreachable))
    (if (i32.eq (local.get $mode) (i32.const 0x6c)) (then (loop $forever (br $forever))))
    (call $drop_stream (global.get $out))
    (i32.const 0))
)

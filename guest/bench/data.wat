;; Passing data: the host writes 4 KiB at IN, the guest transforms it into OUT, the host reads OUT.
(module
  (memory (export "memory") 1)
  (func (export "noop"))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  ;; out[i] = in[i] ^ 0x5a5a5a5a5a5a5a5a, 8 bytes at a time; returns n
  (func (export "xform") (param $in i32) (param $out i32) (param $n i32) (result i32)
    (local $i i32)
    (block $done
      (loop $next
        local.get $i local.get $n i32.ge_u br_if $done
        local.get $out local.get $i i32.add
        local.get $in local.get $i i32.add i64.load
        i64.const 0x5a5a5a5a5a5a5a5a i64.xor
        i64.store
        local.get $i i32.const 8 i32.add local.set $i
        br $next))
    local.get $n))

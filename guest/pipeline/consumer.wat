;; Pipeline stage 3: checksum the filtered frame (read-only grant) and return it.
(module $consumer
  (import "env" "frame" (memory 16 16))
  (func (export "consume") (param $seq i32) (result i32)
    (local $p i32) (local $h i32)
    local.get $seq local.set $h
    (loop $each
      local.get $h i32.const 31 i32.mul local.get $p i32.load i32.add local.set $h
      local.get $p i32.const 4 i32.add local.tee $p
      i32.const 0x100000 i32.lt_u br_if $each)
    local.get $h))

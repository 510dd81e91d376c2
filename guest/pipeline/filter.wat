;; Pipeline stage 2: read the frame (read-only grant), write a transformed frame to the output
;; region (read-write grant), then call the consumer capability.
(module $filter
  (import "env" "src" (memory 16 16))
  (import "env" "dst" (memory 16 16))
  (import "env" "consume" (func $consume (param i32) (result i32)))
  (func (export "process") (param $seq i32) (result i32)
    (local $p i32)
    (loop $each
      local.get $p
      local.get $p i32.load 0 i32.const 7 i32.rotl i32.const 0x5a5a5a5a i32.xor
      i32.store 1
      local.get $p i32.const 4 i32.add local.tee $p
      i32.const 0x100000 i32.lt_u br_if $each)
    local.get $seq call $consume))

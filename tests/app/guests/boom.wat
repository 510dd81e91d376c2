;; A capability target that faults on demand: f(x) = x + 1, but traps when x is 'X' (0x58).
(module
  (func (export "f") (param $x i32) (result i32)
    (if (i32.eq (local.get $x) (i32.const 0x58)) (then unreachable))
    (i32.add (local.get $x) (i32.const 1))))

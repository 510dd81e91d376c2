;; A capability target that never returns: spin() loops until the service's timeout stops it.
(module
  (func (export "spin") (result i32)
    (loop $forever (br $forever))
    (i32.const 0)))

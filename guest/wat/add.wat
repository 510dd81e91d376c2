;; The smallest useful service: arithmetic and a page of memory the host can see.
(module
  (memory (export "memory") 1 16)
  (func (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func (export "noop"))
  (func (export "add64") (param i64 i64) (result i64)
    local.get 0 local.get 1 i64.add)
  (func (export "mulf") (param f64 f64) (result f64)
    local.get 0 local.get 1 f64.mul)
  (func (export "divmod") (param i32 i32) (result i32 i32)
    local.get 0 local.get 1 i32.div_u
    local.get 0 local.get 1 i32.rem_u)
  ;; store/load let tests prove memory is per-domain
  (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store)
  (func (export "load") (param i32) (result i32) local.get 0 i32.load)
  ;; sum of n bytes at ptr: the guest reads what the host wrote through d.memory
  (func (export "sum") (param $ptr i32) (param $n i32) (result i32)
    (local $acc i32)
    (block $done
      (loop $next
        local.get $n i32.eqz br_if $done
        local.get $acc local.get $ptr i32.load8_u i32.add local.set $acc
        local.get $ptr i32.const 1 i32.add local.set $ptr
        local.get $n i32.const 1 i32.sub local.set $n
        br $next))
    local.get $acc))

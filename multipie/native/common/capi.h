/* multipie/native/common/capi.h: the part of Wasmtime's C API the extensions use.
 *
 * Nothing links against the wasmtime wheel: Python hands each extension the
 * addresses of the functions it calls (read from the ctypes CDLL wasmtime-py
 * already loaded), so every call goes to exactly the library wasmtime-py uses.
 * This header restates the value layouts and the function signatures from
 * wasmtime.h once, for every extension (the wheel version is pinned in
 * pyproject.toml; layouts the Python side can measure are checked at init).
 * Each extension keeps its own pointers, named p_<function>.
 */
#ifndef MULTIPIE_NATIVE_CAPI_H
#define MULTIPIE_NATIVE_CAPI_H

#include <stddef.h>
#include <stdint.h>

/* wasmtime_func_t, wasmtime_instance_t, wasmtime_val_raw_t */
typedef struct { uint64_t store_id; void *priv; } func_t;
typedef struct { uint64_t store_id; size_t priv; } instance_t;
typedef union { int32_t i32; int64_t i64; float f32; double f64; unsigned char bytes[16]; } valraw_t;

/* Calls and instances */
typedef void *(*call_fn)(void *ctx, const func_t *f, valraw_t *args, size_t n, void **trap);
typedef void *(*pre_instantiate_fn)(void *pre, void *ctx, instance_t *out, void **trap);
typedef void *(*instance_new_fn)(void *ctx, const void *module, const void *externs, size_t n, instance_t *out,
                                 void **trap);
typedef int (*export_get_fn)(void *ctx, const instance_t *inst, const char *name, size_t len, void *out);
typedef void (*func_new_unchecked_fn)(void *ctx, const void *functype, void *callback, void *env,
                                      void (*finalizer)(void *), void *out);

/* Stores and their limits */
typedef void *(*store_new_fn)(void *engine, void *data, void (*fin)(void *));
typedef void *(*store_context_fn)(void *store);
typedef void (*store_limiter_fn)(void *store, int64_t mem, int64_t tab, int64_t inst, int64_t tables, int64_t mems);
typedef void (*store_delete_fn)(void *store);
typedef void (*set_deadline_fn)(void *ctx, uint64_t ticks);
typedef void *(*set_fuel_fn)(void *ctx, uint64_t fuel);
typedef void (*increment_epoch_fn)(void *engine);

/* Memories */
typedef void *(*memory_new_fn)(void *ctx, const void *memtype, void *out);
typedef uint8_t *(*memory_data_fn)(void *ctx, const void *mem);
typedef size_t (*memory_data_size_fn)(void *ctx, const void *mem);

/* WASI */
typedef void *(*set_wasi_fn)(void *ctx, void *wasi);
typedef void *(*wasi_config_new_fn)(void);
typedef void (*wasi_config_inherit_fn)(void *cfg);

/* Errors and traps (made by the host, or handed over with ownership) */
typedef void *(*error_new_fn)(const char *msg);
typedef void *(*trap_new_fn)(const char *msg, size_t len);
typedef void (*delete_fn)(void *obj);

/* Components: wasmtime_component_val_t as laid out in wasmtime 50 (a u8 kind, then a union at
 * offset 8; 32 bytes: checked against wasmtime-py's ctypes layout at init), calls, deletion. */
typedef struct {
    size_t size;
    const char *data;
} cname_t; /* wasm_name_t / wasm_byte_vec_t */

typedef struct cval cval_t;
typedef struct {
    size_t size;
    cval_t *data;
} cvallist_t;

struct cval {
    uint8_t kind;
    union {
        uint8_t b;
        int64_t i64;
        uint64_t u64;
        int32_t i32;
        uint32_t u32;
        int16_t i16;
        uint16_t u16;
        int8_t i8;
        float f32;
        double f64;
        cname_t string;
        cvallist_t list;
        cval_t *option; /* NULL: none; else the boxed payload */
        struct {
            uint8_t is_ok; /* a Rust bool */
            cval_t *val;   /* NULL when that case has no payload */
        } result;
        unsigned char pad[24];
    } of;
};

typedef void *(*comp_call_fn)(const void *func, void *ctx, cval_t *args, size_t nargs, cval_t *results, size_t nresults);
typedef void (*comp_val_delete_fn)(cval_t *v);


#endif

/* multipie/native/comphost/comphost.h: what the units of multipie._comphost share.
 *
 * The layout of wasmtime_component_val_t (wasmtime/component/val.h, checked at setup()),
 * the value kinds and descriptor codes, the C API functions the units call (addresses
 * handed over from Python at setup(), one definition in module.c), and the two
 * conversions: cv_lift (C val -> Python, lift.c) and cv_lower (Python -> C val, lower.c).
 */
#ifndef MULTIPIE_NATIVE_COMPHOST_H
#define MULTIPIE_NATIVE_COMPHOST_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* wasmtime_component_val_t and its parts (wasmtime/component/val.h); setup() checks the sizes. */
typedef struct { size_t size; char *data; } name_t; /* wasm_name_t */
typedef struct cval cval_t;
typedef struct entry entry_t;
typedef struct { size_t size; cval_t *data; } vallist_t;
typedef struct { size_t size; entry_t *data; } valrecord_t;
typedef struct { name_t discriminant; cval_t *val; } valvariant_t;
typedef struct { bool is_ok; cval_t *val; } valresult_t;
struct cval {
    uint8_t kind;
    union {
        bool boolean;
        int8_t s8;
        uint8_t u8;
        int16_t s16;
        uint16_t u16;
        int32_t s32;
        uint32_t u32;
        int64_t s64;
        uint64_t u64;
        float f32;
        double f64;
        uint32_t character;
        name_t string;
        vallist_t list;
        valrecord_t record;
        valvariant_t variant;
        cval_t *option;
        valresult_t result;
        void *resource;
        unsigned char raw[24];
    } of;
};
struct entry { name_t name; cval_t val; };

/* Value kinds (WASMTIME_COMPONENT_*), checked against wasmtime-py's at setup(). Descriptor codes
 * are these kinds plus D_BYTES (list<u8>); flags (and newer kinds) are refused. */
enum {
    K_BOOL, K_S8, K_U8, K_S16, K_U16, K_S32, K_U32, K_S64, K_U64, K_F32, K_F64, K_CHAR, K_STRING, K_LIST,
    K_RECORD, K_TUPLE, K_VARIANT, K_ENUM, K_OPTION, K_RESULT, K_FLAGS, K_RESOURCE,
    D_BYTES = 100,
};

typedef void *(*error_new_fn)(const char *msg);
typedef void (*error_delete_fn)(void *err);
typedef void (*byte_vec_new_fn)(name_t *out, size_t n, const char *data);
typedef void (*list_uninit_fn)(vallist_t *out, size_t n);
typedef void (*record_uninit_fn)(valrecord_t *out, size_t n);
typedef cval_t *(*val_new_fn)(cval_t *src);
typedef void (*val_delete_fn)(cval_t *val);
typedef void *(*any_to_host_fn)(void *ctx, const void *any, void **host_out);
typedef uint32_t (*host_rep_fn)(const void *host);
typedef void *(*host_new_fn)(bool owned, uint32_t rep, uint32_t ty);
typedef void *(*host_to_any_fn)(void *ctx, const void *host, void **any_out);
typedef void (*host_delete_fn)(void *host);

extern error_new_fn p_error_new;
extern error_delete_fn p_error_delete;
extern byte_vec_new_fn p_byte_vec_new;
extern list_uninit_fn p_list_uninit, p_tuple_uninit;
extern record_uninit_fn p_record_uninit;
extern val_new_fn p_val_new;
extern val_delete_fn p_val_delete;
extern any_to_host_fn p_any_to_host;
extern host_rep_fn p_host_rep;
extern host_new_fn p_host_new;
extern host_to_any_fn p_host_to_any;
extern host_delete_fn p_host_delete;

extern PyObject *g_variant;  /* wasmtime.component.Variant */
extern PyObject *g_describe; /* describe(func_type_address) -> (param descriptors, result descriptor | None) */
extern PyObject *g_park;     /* park(exc): the exception for the calling thread's take_failure() */
extern PyObject *s_ok, *s_err, *s_tag, *s_payload;

/* The descriptor's code: its first item (see component_native.py). */
static inline long code_of(PyObject *desc) { return PyLong_AsLong(PyTuple_GET_ITEM(desc, 0)); }

/* C val -> a new Python reference (NULL with an exception); the val is only read. */
PyObject *cv_lift(const cval_t *v, PyObject *desc, void *ctx);
/* Python -> *out following desc; 0, or -1 with an exception and *out left droppable. */
int cv_lower(PyObject *o, PyObject *desc, cval_t *out, void *ctx);

#endif

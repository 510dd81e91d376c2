/* Host functions of component linkers, with WIT values converted in C (multipie._comphost).
 *
 * wasmtime-py's component host functions (and the ctypes trampoline of
 * domains/wasm/_capi/component_funcs.py) cost ~45-55 us per call: a ctypes
 * callback, then Python converters walking wasmtime_component_val_t unions
 * through ctypes. A function defined here is registered with
 * wasmtime_component_linker_instance_add_func() with comphost_callback as its
 * callback and a FuncEnv as its data: the callback takes the GIL, turns the
 * argument vals into Python values in C (list<u8> as one bytes object,
 * strings, integers, resources as their host rep, variants and results as
 * Variant(tag, payload), options as None or the value), calls the Python
 * function, and lowers its result the same way (an own<R> given as
 * (resource type id, rep)). The value shapes follow a descriptor made once
 * per function by Python (`describe`, from the function type Wasmtime passes
 * on the first call): a tuple (code, ...) per WIT type, codes below.
 *
 * Ownership: the argument vals belong to Wasmtime, which drops them after the
 * callback (crates/c-api/src/component/linker.rs), so they are only read
 * here; the result val passes to Wasmtime. A lowered value that fails half
 * way is dropped in place (wasmtime_component_val_delete) before the error
 * returns, so Wasmtime never sees a torn val.
 *
 * Host resources' destructors (comphost_destructor) call fn(None, rep) the same way.
 *
 * A Python exception becomes the guest call's error (wasmtime_error_new with
 * its text) after `park(exc)` hands the exception to the calling thread
 * (component_funcs.take_failure). Addresses of the C API functions are handed
 * over from Python once (setup()); nothing links against the wheel.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "common/addresses.h"

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

static error_new_fn p_error_new;
static error_delete_fn p_error_delete;
static byte_vec_new_fn p_byte_vec_new;
static list_uninit_fn p_list_uninit, p_tuple_uninit;
static record_uninit_fn p_record_uninit;
static val_new_fn p_val_new;
static val_delete_fn p_val_delete;
static any_to_host_fn p_any_to_host;
static host_rep_fn p_host_rep;
static host_new_fn p_host_new;
static host_to_any_fn p_host_to_any;
static host_delete_fn p_host_delete;

static const address_slot_t ADDRESSES[] = {
    {"wasmtime_error_new", (void **)&p_error_new},
    {"wasmtime_error_delete", (void **)&p_error_delete},
    {"wasm_byte_vec_new", (void **)&p_byte_vec_new},
    {"wasmtime_component_vallist_new_uninit", (void **)&p_list_uninit},
    {"wasmtime_component_valtuple_new_uninit", (void **)&p_tuple_uninit},
    {"wasmtime_component_valrecord_new_uninit", (void **)&p_record_uninit},
    {"wasmtime_component_val_new", (void **)&p_val_new},
    {"wasmtime_component_val_delete", (void **)&p_val_delete},
    {"wasmtime_component_resource_any_to_host", (void **)&p_any_to_host},
    {"wasmtime_component_resource_host_rep", (void **)&p_host_rep},
    {"wasmtime_component_resource_host_new", (void **)&p_host_new},
    {"wasmtime_component_resource_host_to_any", (void **)&p_host_to_any},
    {"wasmtime_component_resource_host_delete", (void **)&p_host_delete},
};

static PyObject *g_variant;  /* wasmtime.component.Variant */
static PyObject *g_describe; /* describe(func_type_address) -> (param descriptors, result descriptor | None) */
static PyObject *g_park;     /* park(exc): the exception for the calling thread's take_failure() */
static PyObject *s_ok, *s_err, *s_tag, *s_payload;

typedef struct {
    PyObject *fn;     /* fn(context, *args) -> result */
    PyObject *params; /* tuple of descriptors, NULL until the first call */
    PyObject *result; /* descriptor or Py_None */
} FuncEnv;

static long code_of(PyObject *desc) { return PyLong_AsLong(PyTuple_GET_ITEM(desc, 0)); }

/* ---- lifting: C val -> Python (the val is only read) ---------------------------------- */

static PyObject *lift(const cval_t *v, PyObject *desc, void *ctx);

static PyObject *lift_name(const name_t *n) { return PyUnicode_DecodeUTF8(n->data ? n->data : "", (Py_ssize_t)n->size, "strict"); }

static PyObject *lift_bytes(const cval_t *v) {
    size_t n = v->of.list.size;
    PyObject *out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)n);
    if (out == NULL) return NULL;
    char *dst = PyBytes_AS_STRING(out);
    /* SAFETY: a list<u8> val holds `size` u8 vals at `data` (Wasmtime's, alive for the call). */
    for (size_t i = 0; i < n; i++) dst[i] = (char)v->of.list.data[i].of.u8;
    return out;
}

static PyObject *lift_seq(const vallist_t *l, PyObject *desc, void *ctx, bool tuple) {
    PyObject *out = tuple ? PyTuple_New((Py_ssize_t)l->size) : PyList_New((Py_ssize_t)l->size);
    if (out == NULL) return NULL;
    for (size_t i = 0; i < l->size; i++) {
        PyObject *d = tuple ? PyTuple_GET_ITEM(PyTuple_GET_ITEM(desc, 1), (Py_ssize_t)i) : PyTuple_GET_ITEM(desc, 1);
        /* SAFETY: i < size elements of Wasmtime's array. */
        PyObject *x = lift(&l->data[i], d, ctx);
        if (x == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        if (tuple) PyTuple_SET_ITEM(out, (Py_ssize_t)i, x);
        else PyList_SET_ITEM(out, (Py_ssize_t)i, x);
    }
    return out;
}

static PyObject *variant_of(PyObject *tag, const cval_t *payload, PyObject *desc, void *ctx) {
    PyObject *val = Py_None;
    Py_INCREF(val);
    if (payload != NULL && desc != Py_None) {
        Py_DECREF(val);
        val = lift(payload, desc, ctx);
        if (val == NULL) return NULL;
    }
    PyObject *argv[2] = {tag, val};
    PyObject *out = PyObject_Vectorcall(g_variant, argv, 2, NULL);
    Py_DECREF(val);
    return out;
}

static PyObject *lift_variant(const cval_t *v, PyObject *desc, void *ctx) {
    PyObject *tag = lift_name(&v->of.variant.discriminant);
    if (tag == NULL) return NULL;
    PyObject *cases = PyTuple_GET_ITEM(desc, 1), *payload = Py_None;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(cases); i++) {
        PyObject *c = PyTuple_GET_ITEM(cases, i);
        int eq = PyUnicode_Compare(PyTuple_GET_ITEM(c, 0), tag) == 0;
        if (eq) payload = PyTuple_GET_ITEM(c, 1);
    }
    PyObject *out = variant_of(tag, v->of.variant.val, payload, ctx);
    Py_DECREF(tag);
    return out;
}

static PyObject *lift_resource(const cval_t *v, void *ctx) {
    void *host = NULL;
    /* SAFETY: ctx is the live context of this call and the resource pointer is the val's own;
     * the host handle made here is freed here. */
    void *err = p_any_to_host(ctx, v->of.resource, &host);
    if (err != NULL) { /* a guest-defined resource: not the host's to read */
        p_error_delete(err); /* SAFETY: the error is ours (returned to us), freed once */
        PyErr_SetString(PyExc_ValueError, "a resource handle the host did not create");
        return NULL;
    }
    uint32_t rep = p_host_rep(host);
    p_host_delete(host);
    return PyLong_FromUnsignedLong(rep);
}

static PyObject *lift(const cval_t *v, PyObject *desc, void *ctx) {
    long code = code_of(desc);
    if (code == D_BYTES) return lift_bytes(v);
    switch (v->kind) {
    case K_BOOL: return PyBool_FromLong(v->of.boolean);
    case K_S8: return PyLong_FromLong(v->of.s8);
    case K_U8: return PyLong_FromLong(v->of.u8);
    case K_S16: return PyLong_FromLong(v->of.s16);
    case K_U16: return PyLong_FromLong(v->of.u16);
    case K_S32: return PyLong_FromLong(v->of.s32);
    case K_U32: return PyLong_FromUnsignedLong(v->of.u32);
    case K_S64: return PyLong_FromLongLong(v->of.s64);
    case K_U64: return PyLong_FromUnsignedLongLong(v->of.u64);
    case K_F32: return PyFloat_FromDouble((double)v->of.f32);
    case K_F64: return PyFloat_FromDouble(v->of.f64);
    case K_CHAR: return PyUnicode_FromOrdinal((int)v->of.character);
    case K_STRING:
    case K_ENUM: return lift_name(&v->of.string);
    case K_LIST: return lift_seq(&v->of.list, desc, ctx, false);
    case K_TUPLE: return lift_seq(&v->of.list, desc, ctx, true);
    case K_OPTION:
        if (v->of.option == NULL) Py_RETURN_NONE;
        return lift(v->of.option, PyTuple_GET_ITEM(desc, 1), ctx);
    case K_RESULT: {
        bool ok = v->of.result.is_ok;
        return variant_of(ok ? s_ok : s_err, v->of.result.val, PyTuple_GET_ITEM(desc, ok ? 1 : 2), ctx);
    }
    case K_VARIANT: return lift_variant(v, desc, ctx);
    case K_RESOURCE: return lift_resource(v, ctx);
    default: PyErr_Format(PyExc_TypeError, "component value kind %d is not supported here", (int)v->kind); return NULL;
    }
}

/* ---- lowering: Python -> C val (out is left droppable on failure) ---------------------- */

static int lower(PyObject *o, PyObject *desc, cval_t *out, void *ctx);

static int lower_name(PyObject *o, name_t *out) {
    Py_ssize_t n;
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected a str, got %.50s", Py_TYPE(o)->tp_name);
        return -1;
    }
    const char *s = PyUnicode_AsUTF8AndSize(o, &n);
    if (s == NULL) return -1;
    /* SAFETY: Wasmtime's allocator copies n bytes; the name belongs to the val it is put in. */
    p_byte_vec_new(out, (size_t)n, s);
    return 0;
}

static int lower_bytes(PyObject *o, cval_t *out) {
    Py_buffer buf;
    if (PyObject_GetBuffer(o, &buf, PyBUF_SIMPLE) < 0) return -1;
    vallist_t l;
    /* SAFETY: new_uninit allocates buf.len vals; every one gets its kind and byte below. */
    p_list_uninit(&l, (size_t)buf.len);
    const unsigned char *src = buf.buf;
    for (Py_ssize_t i = 0; i < buf.len; i++) {
        l.data[i].kind = K_U8;
        l.data[i].of.u8 = src[i];
    }
    PyBuffer_Release(&buf);
    out->kind = K_LIST;
    out->of.list = l;
    return 0;
}

static int lower_seq(PyObject *o, PyObject *desc, cval_t *out, void *ctx, bool tuple) {
    PyObject *seq = PySequence_Fast(o, "expected a sequence");
    if (seq == NULL) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject *elems = PyTuple_GET_ITEM(desc, 1);
    if (tuple && n != PyTuple_GET_SIZE(elems)) {
        Py_DECREF(seq);
        PyErr_Format(PyExc_TypeError, "expected a tuple of %zd values, got %zd", PyTuple_GET_SIZE(elems), n);
        return -1;
    }
    vallist_t l;
    /* SAFETY: n vals allocated by Wasmtime, zeroed (bool false) so a partial list drops cleanly. */
    (tuple ? p_tuple_uninit : p_list_uninit)(&l, (size_t)n);
    if (n) memset(l.data, 0, sizeof(cval_t) * (size_t)n);
    out->kind = tuple ? K_TUPLE : K_LIST;
    out->of.list = l;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *d = tuple ? PyTuple_GET_ITEM(elems, i) : elems;
        if (lower(PySequence_Fast_GET_ITEM(seq, i), d, &l.data[i], ctx) < 0) {
            Py_DECREF(seq);
            return -1;
        }
    }
    Py_DECREF(seq);
    return 0;
}

/* *box = a heap val holding `o` lowered by `desc` (NULL for no payload). */
static int lower_boxed(PyObject *o, PyObject *desc, cval_t **box, void *ctx) {
    *box = NULL;
    if (desc == Py_None) return 0;
    cval_t tmp;
    memset(&tmp, 0, sizeof tmp);
    if (lower(o, desc, &tmp, ctx) < 0) {
        p_val_delete(&tmp); /* SAFETY: tmp is a complete val (lower leaves it droppable) */
        return -1;
    }
    *box = p_val_new(&tmp); /* SAFETY: moves tmp into a heap box the enclosing val owns */
    return 0;
}

static int lower_case(PyObject *o, PyObject *desc, cval_t *out, void *ctx, long code) {
    PyObject *tag = PyObject_GetAttr(o, s_tag);
    if (tag == NULL) return -1;
    PyObject *payload = PyObject_GetAttr(o, s_payload);
    if (payload == NULL) {
        Py_DECREF(tag);
        return -1;
    }
    int rc = -1;
    if (code == K_RESULT) {
        bool ok = PyUnicode_Check(tag) && PyUnicode_Compare(tag, s_ok) == 0;
        if (!ok && !(PyUnicode_Check(tag) && PyUnicode_Compare(tag, s_err) == 0)) {
            PyErr_Format(PyExc_ValueError, "a result's case is 'ok' or 'err', not %R", tag);
            goto done;
        }
        out->kind = K_RESULT;
        out->of.result.is_ok = ok;
        out->of.result.val = NULL;
        rc = lower_boxed(payload, PyTuple_GET_ITEM(desc, ok ? 1 : 2), &out->of.result.val, ctx);
        goto done;
    }
    PyObject *cases = PyTuple_GET_ITEM(desc, 1);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(cases); i++) {
        PyObject *c = PyTuple_GET_ITEM(cases, i);
        if (PyUnicode_Check(tag) && PyUnicode_Compare(PyTuple_GET_ITEM(c, 0), tag) == 0) {
            out->kind = K_VARIANT;
            memset(&out->of.variant, 0, sizeof out->of.variant);
            if (lower_name(tag, &out->of.variant.discriminant) < 0) goto done;
            rc = lower_boxed(payload, PyTuple_GET_ITEM(c, 1), &out->of.variant.val, ctx);
            goto done;
        }
    }
    PyErr_Format(PyExc_ValueError, "%R is not a case of this variant", tag);
done:
    Py_DECREF(tag);
    Py_DECREF(payload);
    return rc;
}

static int lower_record(PyObject *o, PyObject *desc, cval_t *out, void *ctx) {
    PyObject *fields = PyTuple_GET_ITEM(desc, 1); /* ((wit name, attribute name, descriptor), ...) */
    Py_ssize_t n = PyTuple_GET_SIZE(fields);
    valrecord_t r;
    /* SAFETY: n entries allocated by Wasmtime, zeroed (empty names, bool vals) so a partial one drops cleanly. */
    p_record_uninit(&r, (size_t)n);
    if (n) memset(r.data, 0, sizeof(entry_t) * (size_t)n);
    out->kind = K_RECORD;
    out->of.record = r;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *f = PyTuple_GET_ITEM(fields, i);
        PyObject *x = PyDict_Check(o) ? PyDict_GetItemWithError(o, PyTuple_GET_ITEM(f, 1)) : NULL;
        if (x != NULL) Py_INCREF(x);
        else if (!PyErr_Occurred()) x = PyObject_GetAttr(o, PyTuple_GET_ITEM(f, 1));
        if (x == NULL) return -1;
        int rc = lower_name(PyTuple_GET_ITEM(f, 0), &r.data[i].name);
        if (rc == 0) rc = lower(x, PyTuple_GET_ITEM(f, 2), &r.data[i].val, ctx);
        Py_DECREF(x);
        if (rc < 0) return -1;
    }
    return 0;
}

static int lower_resource(PyObject *o, cval_t *out, void *ctx) {
    unsigned long ty, rep;
    if (!PyTuple_Check(o) || PyTuple_GET_SIZE(o) != 2) {
        PyErr_SetString(PyExc_TypeError, "an own<resource> result is (resource type id, rep)");
        return -1;
    }
    ty = PyLong_AsUnsignedLong(PyTuple_GET_ITEM(o, 0));
    rep = PyLong_AsUnsignedLong(PyTuple_GET_ITEM(o, 1));
    if (PyErr_Occurred()) return -1;
    void *any = NULL;
    /* SAFETY: ctx is the live context of this call; the host handle is freed here and the resource
     * value passes to the val (Wasmtime drops it). */
    void *host = p_host_new(true, (uint32_t)rep, (uint32_t)ty);
    void *err = p_host_to_any(ctx, host, &any);
    p_host_delete(host);
    if (err != NULL) {
        p_error_delete(err); /* SAFETY: the error is ours (returned to us), freed once */
        PyErr_SetString(PyExc_RuntimeError, "a host resource could not be handed to the guest");
        return -1;
    }
    out->kind = K_RESOURCE;
    out->of.resource = any;
    return 0;
}

static int lower_int(PyObject *o, long code, cval_t *out) {
    static const long long lo[] = {0, -128, 0, -32768, 0, -2147483648LL, 0};
    static const long long hi[] = {0, 127, 255, 32767, 65535, 2147483647LL, 4294967295LL};
    if (!PyLong_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected an int, got %.50s", Py_TYPE(o)->tp_name);
        return -1;
    }
    out->kind = (uint8_t)code;
    if (code == K_U64) {
        out->of.u64 = PyLong_AsUnsignedLongLong(o);
        return PyErr_Occurred() ? -1 : 0;
    }
    long long x = PyLong_AsLongLong(o);
    if (x == -1 && PyErr_Occurred()) return -1;
    if (code != K_S64 && (x < lo[code] || x > hi[code])) {
        PyErr_Format(PyExc_OverflowError, "%lld does not fit this integer type", x);
        return -1;
    }
    switch (code) {
    case K_S8: out->of.s8 = (int8_t)x; break;
    case K_U8: out->of.u8 = (uint8_t)x; break;
    case K_S16: out->of.s16 = (int16_t)x; break;
    case K_U16: out->of.u16 = (uint16_t)x; break;
    case K_S32: out->of.s32 = (int32_t)x; break;
    case K_U32: out->of.u32 = (uint32_t)x; break;
    default: out->of.s64 = x; break;
    }
    return 0;
}

static int lower(PyObject *o, PyObject *desc, cval_t *out, void *ctx) {
    long code = code_of(desc);
    switch (code) {
    case D_BYTES: return lower_bytes(o, out);
    case K_BOOL: {
        int t = PyObject_IsTrue(o);
        if (t < 0) return -1;
        out->kind = K_BOOL;
        out->of.boolean = t;
        return 0;
    }
    case K_F32:
    case K_F64: {
        double d = PyFloat_AsDouble(o);
        if (d == -1.0 && PyErr_Occurred()) return -1;
        out->kind = (uint8_t)code;
        if (code == K_F32) out->of.f32 = (float)d;
        else out->of.f64 = d;
        return 0;
    }
    case K_CHAR:
        if (!PyUnicode_Check(o) || PyUnicode_GetLength(o) != 1) {
            PyErr_SetString(PyExc_TypeError, "expected a one-character str");
            return -1;
        }
        out->kind = K_CHAR;
        out->of.character = PyUnicode_READ_CHAR(o, 0);
        return 0;
    case K_STRING:
    case K_ENUM:
        out->kind = (uint8_t)code;
        memset(&out->of.string, 0, sizeof out->of.string);
        return lower_name(o, &out->of.string);
    case K_LIST: return lower_seq(o, desc, out, ctx, false);
    case K_TUPLE: return lower_seq(o, desc, out, ctx, true);
    case K_OPTION:
        out->kind = K_OPTION;
        if (o == Py_None) {
            out->of.option = NULL;
            return 0;
        }
        return lower_boxed(o, PyTuple_GET_ITEM(desc, 1), &out->of.option, ctx);
    case K_RESULT:
    case K_VARIANT: return lower_case(o, desc, out, ctx, code);
    case K_RECORD: return lower_record(o, desc, out, ctx);
    case K_RESOURCE: return lower_resource(o, out, ctx);
    default:
        if (code >= K_S8 && code <= K_U64) return lower_int(o, code, out);
        PyErr_Format(PyExc_TypeError, "descriptor code %ld is not supported here", code);
        return -1;
    }
}

/* ---- the callback ---------------------------------------------------------------------- */

static void *fail_current(void) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb != NULL && value != NULL) PyException_SetTraceback(value, tb);
    const char *text = NULL;
    PyObject *str = value ? PyObject_Str(value) : NULL;
    if (str != NULL) text = PyUnicode_AsUTF8(str);
    if (text == NULL || !*text) text = type ? ((PyTypeObject *)type)->tp_name : "host function failed";
    PyErr_Clear();
    /* SAFETY: wasmtime_error_new copies the message; the error passes to Wasmtime. */
    void *err = p_error_new(text);
    PyObject *r = PyObject_CallOneArg(g_park, value ? value : Py_None);
    Py_XDECREF(r);
    PyErr_Clear(); /* a failing `park` must not leave an error behind in this thread */
    Py_XDECREF(str);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return err;
}

static int describe(FuncEnv *e, const void *ty) {
    PyObject *d = PyObject_CallFunction(g_describe, "K", (unsigned long long)(uintptr_t)ty);
    if (d == NULL) return -1;
    if (!PyTuple_Check(d) || PyTuple_GET_SIZE(d) != 2 || !PyTuple_Check(PyTuple_GET_ITEM(d, 0))) {
        Py_DECREF(d);
        PyErr_SetString(PyExc_TypeError, "describe() must return (params, result)");
        return -1;
    }
    if (e->params == NULL) { /* another thread may have described it while this one called Python */
        e->params = Py_NewRef(PyTuple_GET_ITEM(d, 0));
        e->result = Py_NewRef(PyTuple_GET_ITEM(d, 1));
    }
    Py_DECREF(d);
    return 0;
}

#define MAX_ARGS 16

/* wasmtime_component_func_callback_t */
static void *comphost_callback(void *env, void *ctx, const void *ty, cval_t *args, size_t nargs, cval_t *results,
                               size_t nresults) {
    /* SAFETY: env is the FuncEnv given with this function (alive until the finalizer, after its
     * last call); args and results are Wasmtime's arrays of nargs and nresults vals for this call. */
    FuncEnv *e = env;
    void *err = NULL;
    PyObject *argv[MAX_ARGS + 1];
    size_t n = 0;
    PyGILState_STATE g = PyGILState_Ensure();
    if (e->params == NULL && describe(e, ty) < 0) goto fail;
    if (nargs > MAX_ARGS || (Py_ssize_t)nargs != PyTuple_GET_SIZE(e->params)) {
        PyErr_Format(PyExc_TypeError, "host function called with %zu arguments", nargs);
        goto fail;
    }
    argv[0] = Py_None; /* the context: the proxy world keeps its state in the request's table */
    for (n = 0; n < nargs; n++) {
        argv[n + 1] = lift(&args[n], PyTuple_GET_ITEM(e->params, (Py_ssize_t)n), ctx);
        if (argv[n + 1] == NULL) goto fail;
    }
    PyObject *res = PyObject_Vectorcall(e->fn, argv, nargs + 1, NULL);
    for (size_t i = 0; i < n; i++) Py_DECREF(argv[i + 1]);
    n = 0;
    if (res == NULL) goto fail;
    if (nresults && e->result != Py_None) {
        cval_t tmp;
        memset(&tmp, 0, sizeof tmp);
        int rc = lower(res, e->result, &tmp, ctx);
        Py_DECREF(res);
        if (rc < 0) {
            p_val_delete(&tmp); /* SAFETY: tmp is a complete val (lower leaves it droppable) */
            goto fail;
        }
        p_val_delete(&results[0]); /* SAFETY: Wasmtime's placeholder (bool false), replaced */
        results[0] = tmp;
    } else {
        Py_DECREF(res);
    }
    goto out;
fail:
    for (size_t i = 0; i < n; i++) Py_DECREF(argv[i + 1]);
    err = fail_current();
out:
    PyGILState_Release(g);
    return err;
}

/* wasmtime_component_resource_destructor_t: the guest dropped the host resource `rep`; fn(None, rep). */
static void *comphost_destructor(void *env, void *ctx, uint32_t rep) {
    (void)ctx;
    /* SAFETY: env is the FuncEnv given with the resource type (alive until the finalizer). */
    FuncEnv *e = env;
    void *err = NULL;
    PyGILState_STATE g = PyGILState_Ensure();
    PyObject *argv[2] = {Py_None, PyLong_FromUnsignedLong(rep)};
    PyObject *r = argv[1] ? PyObject_Vectorcall(e->fn, argv, 2, NULL) : NULL;
    Py_XDECREF(argv[1]);
    if (r == NULL) err = fail_current();
    else Py_DECREF(r);
    PyGILState_Release(g);
    return err;
}

static void comphost_finalizer(void *env) {
    FuncEnv *e = env;
    if (e == NULL) return;
    /* After interpreter shutdown the references are gone with it: leak, never touch. */
    if (Py_IsInitialized() && !_Py_IsFinalizing()) {
        PyGILState_STATE g = PyGILState_Ensure();
        Py_XDECREF(e->fn);
        Py_XDECREF(e->params);
        Py_XDECREF(e->result);
        PyGILState_Release(g);
        PyMem_RawFree(e);
    }
}

/* ---- module ---------------------------------------------------------------------------- */

/* setup(addresses, kinds, val_size, entry_size, Variant, describe, park) */
static PyObject *py_setup(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 7) {
        PyErr_SetString(PyExc_TypeError, "setup(addresses, kinds, val_size, entry_size, Variant, describe, park)");
        return NULL;
    }
    PyObject *kinds = args[1];
    if (!PyTuple_Check(kinds) || PyTuple_GET_SIZE(kinds) != K_RESOURCE + 1) {
        PyErr_SetString(PyExc_ValueError, "kinds: the WASMTIME_COMPONENT_* values, BOOL to RESOURCE");
        return NULL;
    }
    for (long k = 0; k <= K_RESOURCE; k++) {
        if (PyLong_AsLong(PyTuple_GET_ITEM(kinds, k)) != k) {
            PyErr_Format(PyExc_ValueError, "component value kind %ld differs from this build's", k);
            return NULL;
        }
    }
    if (PyLong_AsSize_t(args[2]) != sizeof(cval_t) || PyLong_AsSize_t(args[3]) != sizeof(entry_t)) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "component val layout differs from this build's");
        return NULL;
    }
    if (bind_addresses(args[0], ADDRESSES, sizeof ADDRESSES / sizeof ADDRESSES[0]) < 0) return NULL;
    Py_XSETREF(g_variant, Py_NewRef(args[4]));
    Py_XSETREF(g_describe, Py_NewRef(args[5]));
    Py_XSETREF(g_park, Py_NewRef(args[6]));
    Py_RETURN_NONE;
}

/* new_env(fn) -> address of a FuncEnv (freed by the finalizer, or free_env if never registered) */
static PyObject *py_new_env(PyObject *self, PyObject *fn) {
    (void)self;
    if (g_describe == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "comphost.setup() was not called");
        return NULL;
    }
    if (!PyCallable_Check(fn)) {
        PyErr_SetString(PyExc_TypeError, "fn must be callable");
        return NULL;
    }
    FuncEnv *e = PyMem_RawCalloc(1, sizeof(FuncEnv));
    if (e == NULL) return PyErr_NoMemory();
    e->fn = Py_NewRef(fn);
    return PyLong_FromVoidPtr(e);
}

static PyObject *py_free_env(PyObject *self, PyObject *arg) {
    (void)self;
    /* SAFETY: an env from new_env that no linker took (the caller's contract); freed once, here. */
    void *p = PyLong_AsVoidPtr(arg);
    if (PyErr_Occurred()) return NULL;
    comphost_finalizer(p);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"setup", (PyCFunction)(void (*)(void))py_setup, METH_FASTCALL,
     "setup(addresses, kinds, val_size, entry_size, Variant, describe, park): hand over what the callback needs."},
    {"new_env", py_new_env, METH_O, "new_env(fn) -> address of the data to register with the callback."},
    {"free_env", py_free_env, METH_O, "free_env(address): release an env no linker took."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "multipie._comphost", "Component host functions converted in C (see comphost.c).", -1,
    methods,
};

PyMODINIT_FUNC PyInit__comphost(void) {
    s_ok = PyUnicode_InternFromString("ok");
    s_err = PyUnicode_InternFromString("err");
    s_tag = PyUnicode_InternFromString("tag");
    s_payload = PyUnicode_InternFromString("payload");
    if (!s_ok || !s_err || !s_tag || !s_payload) return NULL;
    PyObject *m = PyModule_Create(&moddef);
    if (m == NULL) return NULL;
    if (PyModule_AddObject(m, "CALLBACK", PyLong_FromVoidPtr((void *)comphost_callback)) < 0 ||
        PyModule_AddObject(m, "DESTRUCTOR", PyLong_FromVoidPtr((void *)comphost_destructor)) < 0 ||
        PyModule_AddObject(m, "FINALIZER", PyLong_FromVoidPtr((void *)comphost_finalizer)) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

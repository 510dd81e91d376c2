/* multipie/native/comphost/lift.c: component values (wasmtime_component_val_t) -> Python.
 *
 * The vals are Wasmtime's, alive for the call and dropped by it afterwards: only read here.
 * list<u8> becomes one bytes object, variants and results Variant(tag, payload), options
 * None or the value, resources the rep of the host resource they stand for.
 */
#include "comphost.h"

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
        PyObject *x = cv_lift(&l->data[i], d, ctx);
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
        val = cv_lift(payload, desc, ctx);
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

PyObject *cv_lift(const cval_t *v, PyObject *desc, void *ctx) {
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
        return cv_lift(v->of.option, PyTuple_GET_ITEM(desc, 1), ctx);
    case K_RESULT: {
        bool ok = v->of.result.is_ok;
        return variant_of(ok ? s_ok : s_err, v->of.result.val, PyTuple_GET_ITEM(desc, ok ? 1 : 2), ctx);
    }
    case K_VARIANT: return lift_variant(v, desc, ctx);
    case K_RESOURCE: return lift_resource(v, ctx);
    default: PyErr_Format(PyExc_TypeError, "component value kind %d is not supported here", (int)v->kind); return NULL;
    }
}

/* multipie/native/comphost/lower.c: Python values -> component values (wasmtime_component_val_t).
 *
 * The shapes follow the descriptor; everything allocated inside a val is Wasmtime's (its
 * vec and name constructors), so the val can pass to Wasmtime, and a lowering that fails
 * half way leaves a val that wasmtime_component_val_delete drops cleanly.
 */
#include "comphost.h"

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
        if (cv_lower(PySequence_Fast_GET_ITEM(seq, i), d, &l.data[i], ctx) < 0) {
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
    if (cv_lower(o, desc, &tmp, ctx) < 0) {
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
        if (rc == 0) rc = cv_lower(x, PyTuple_GET_ITEM(f, 2), &r.data[i].val, ctx);
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

int cv_lower(PyObject *o, PyObject *desc, cval_t *out, void *ctx) {
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

/* multipie/native/fastcall/http.c: the zero-copy HTTP handler ABI (multipie/app/abi.py).
 *
 * http_alloc(total) -> ptr; head and body copied to ptr; http_handle(ptr,
 * head_len, body_len) -> (rptr << 32) | rlen; the response copied out. One
 * Store lock, one fuel budget, one deadline and (at most) one GIL release for
 * the whole exchange: Gate.http here, Reserve.http and Runner jobs (reserve.c,
 * runner.c) through http_core. */
#include "fastcall.h"

static PyObject *s_http_alloc, *s_http_handle;

int http_init(void) {
    s_http_alloc = PyUnicode_InternFromString("http_alloc");
    s_http_handle = PyUnicode_InternFromString("http_handle");
    return s_http_alloc && s_http_handle ? 0 : -1;
}

/* http_alloc(total) -> ptr; head and body copied to ptr; http_handle(ptr,
 * head_len, body_len) -> (rptr << 32) | rlen; the range checked. Fuel and
 * deadline are the caller's. Needs no GIL.
 * SAFETY (callers): f_alloc/f_handle are i32->i32 and i32 i32 i32->i64 exports of
 * the instance in ctx's Store and mem its memory; no other thread is in that
 * Store; head/body stay alive. Every pointer the guest returns is checked against
 * the memory's current size, re-read after each call (the guest may grow, i.e.
 * move, its memory), before anything is copied. */
void http_core(void *ctx, const func_t *f_alloc, const func_t *f_handle, const void *mem, const char *head,
               size_t hlen, const char *body, size_t blen, size_t max_response, xchg_t *o) {
    valraw_t raw[3];
    memset(o, 0, sizeof *o);
    raw[0].i64 = 0;
    raw[0].i32 = (int32_t)(uint32_t)(hlen + blen);
    /* SAFETY: the callers' contract above; raw has the one i32 slot http_alloc takes and returns. */
    o->err = p_call(ctx, f_alloc, raw, 1, &o->trap);
    if (o->err || o->trap) return;
    uint64_t ptr = (uint32_t)raw[0].i32;
    /* SAFETY: mem is this Store's memory (callers' contract); base and size are
     * read after the guest ran. */
    uint8_t *base = p_memory_data(ctx, mem);
    uint64_t size = p_memory_data_size(ctx, mem);
    if (ptr == 0 || ptr + hlen + blen > size) {
        o->what = 1, o->wa = hlen + blen, o->wb = ptr;
        return;
    }
    /* SAFETY: [ptr, ptr + hlen + blen) is inside the memory (checked just above);
     * guest memory cannot overlap the caller's bytes objects. */
    memcpy(base + ptr, head, hlen);
    memcpy(base + ptr + hlen, body, blen);
    raw[0].i64 = raw[1].i64 = raw[2].i64 = 0;
    raw[0].i32 = (int32_t)(uint32_t)ptr;
    raw[1].i32 = (int32_t)(uint32_t)hlen;
    raw[2].i32 = (int32_t)(uint32_t)blen;
    /* SAFETY: the callers' contract; raw has the three i32 slots of http_handle (its i64 result fits slot 0). */
    o->err = p_call(ctx, f_handle, raw, 3, &o->trap);
    if (o->err || o->trap) return;
    uint64_t packed = (uint64_t)raw[0].i64;
    o->rptr = packed >> 32, o->rlen = packed & 0xFFFFFFFFu;
    /* SAFETY: as above: the size after http_handle ran (it may have grown the memory). */
    size = p_memory_data_size(ctx, mem);
    if (o->rlen > max_response || o->rptr + o->rlen > size) o->what = 2, o->wa = o->rptr, o->wb = o->rlen;
}

/* The bound Call for export `name` (new reference), binding it on first use;
 * NULL with an exception when it is missing or not a plain function. */
static CallObject *gate_call_of(GateObject *g, PyObject *name, const char *params, const char *results) {
    PyObject *c = g->exports ? PyDict_GetItemWithError(g->exports, name) : NULL;
    if (c) Py_INCREF(c);
    else {
        if (PyErr_Occurred()) return NULL;
        PyObject *proto = (g->protos && g->open) ? PyDict_GetItemWithError(g->protos, name) : NULL;
        if (!proto) {
            if (!PyErr_Occurred()) {
                if (!g->open) raise_closed(g);
                else PyErr_Format(PyExc_LookupError, "no function export %R", name);
            }
            return NULL;
        }
        if (!PyTuple_Check(proto) || PyTuple_GET_SIZE(proto) != 2) {
            PyErr_SetString(PyExc_TypeError, "bad export prototype");
            return NULL;
        }
        PyObject *ba[3] = {name, PyTuple_GET_ITEM(proto, 0), PyTuple_GET_ITEM(proto, 1)};
        c = gate_bind(g, ba);
        if (!c) return NULL;
        if (c == Py_None) {
            Py_DECREF(c);
            return (CallObject *)PyErr_Format(PyExc_LookupError, "no function export %R", name);
        }
    }
    CallObject *call = (CallObject *)c;
    if (Py_TYPE(c) != &CallType || (size_t)call->nparams != strlen(params) ||
        (size_t)call->nresults != strlen(results) || memcmp(call->params, params, call->nparams) != 0 ||
        memcmp(call->results, results, call->nresults) != 0) {
        Py_DECREF(c);
        return (CallObject *)PyErr_Format(PyExc_TypeError, "export %R does not have the http ABI's type", name);
    }
    return call;
}

/* Gate.http(head: bytes, body: bytes, memory_name: str, max_response: int)
 *   -> bytes (the raw response), or (what, a, b) when the guest broke the ABI:
 *      what = 1: http_alloc(a) returned b outside memory;
 *      what = 2: http_handle returned a response at a (length b) outside memory or over max_response.
 * Faults raise through the Python fault handler like any call. */
PyObject *Gate_http(GateObject *g, PyObject *const *a, Py_ssize_t n) {
    if (n != 4 || !PyBytes_Check(a[0]) || !PyBytes_Check(a[1]) || !PyUnicode_Check(a[2]) || !PyLong_Check(a[3])) {
        PyErr_SetString(PyExc_TypeError, "http(head: bytes, body: bytes, memory_name: str, max_response: int)");
        return NULL;
    }
    const char *head = PyBytes_AS_STRING(a[0]), *body = PyBytes_AS_STRING(a[1]);
    size_t hlen = (size_t)PyBytes_GET_SIZE(a[0]), blen = (size_t)PyBytes_GET_SIZE(a[1]);
    size_t max_response = PyLong_AsSize_t(a[3]);
    if (max_response == (size_t)-1 && PyErr_Occurred()) return NULL;
    if (hlen + blen > 0xFFFFFFFFu) { PyErr_SetString(PyExc_ValueError, "request larger than 4 GiB"); return NULL; }
    CallObject *ca = gate_call_of(g, s_http_alloc, "i", "i");
    if (!ca) return NULL;
    CallObject *ch = gate_call_of(g, s_http_handle, "iii", "I");
    if (!ch) { Py_DECREF(ca); return NULL; }
    PyObject *out = NULL;
    StoreObject *s = g->store;
    if (store_acquire(s) < 0) goto done;
    if (!g->open || !s->ctx) { store_release(s); out = raise_closed(g); goto done; }
    void *ctx = s->ctx, *err = NULL;
    if (!g->has_mem) {
        Py_ssize_t len;
        const char *name = PyUnicode_AsUTF8AndSize(a[2], &len);
        if (!name) { store_release(s); goto done; }
        _Alignas(16) unsigned char ext[64];
        memset(ext, 0, sizeof ext);
        /* SAFETY: as in gate_bind: ext is extern-sized, ctx/instance are this open, locked Store's. */
        if (!p_export_get(ctx, &g->instance, name, (size_t)len, ext) || ext[0] != (unsigned char)extern_memory_kind) {
            store_release(s);
            PyErr_Format(PyExc_LookupError, "no memory export %R", a[2]);
            goto done;
        }
        memcpy(g->mem, ext + extern_union_offset, sizeof g->mem);
        g->has_mem = 1;
    }
    /* SAFETY: ctx is this open Store's, locked by this thread; fuel and deadline are its own counters. */
    if (g->fuel >= 0 && (err = p_set_fuel(ctx, (uint64_t)g->fuel)) != NULL) {
        out = raise_fault(g, NULL, err);
        store_release(s);
        goto done;
    }
    if (g->ticks) {
        /* SAFETY: as for the fuel. */
        p_set_deadline(ctx, g->ticks);
        if (g->nticker) ticker_enter(g->nticker);
        else {
            PyObject *r = PyObject_CallNoArgs(g->tick_enter);
            if (!r) { store_release(s); goto done; }
            Py_DECREF(r);
        }
    } else if (g->shared) {
        /* SAFETY: as for the fuel. */
        p_set_deadline(ctx, no_deadline);
    }
    xchg_t o;
    int release_gil = g->ticks ? g->nticker == NULL || !g->hold_gil : !g->hold_gil;
    PyThreadState *ts = release_gil ? PyEval_SaveThread() : NULL;
    /* SAFETY: both funcs were bound from this Gate's instance in this Store and
     * type-checked above; g->mem is its memory; the Store lock keeps other
     * threads out; head/body are immutable bytes the caller keeps alive. */
    http_core(ctx, &ca->func, &ch->func, g->mem, head, hlen, body, blen, max_response, &o);
    if (ts) PyEval_RestoreThread(ts);
    if (g->ticks) {
        if (g->nticker) ticker_leave(g->nticker);
        else {
            PyObject *r = PyObject_CallNoArgs(g->tick_leave);
            if (!r) PyErr_Clear();
            Py_XDECREF(r);
        }
    }
    if (o.trap || o.err) {
        out = raise_fault(g, o.trap, o.err);
        store_release(s);
        goto done;
    }
    if (o.what) out = Py_BuildValue("(iKK)", o.what, (unsigned long long)o.wa, (unsigned long long)o.wb);
    else {
        /* SAFETY: [rptr, rptr+rlen) was checked against the current size; the lock is still held. */
        out = PyBytes_FromStringAndSize((const char *)p_memory_data(ctx, g->mem) + o.rptr, (Py_ssize_t)o.rlen);
    }
    store_release(s);
done:
    Py_DECREF(ca);
    Py_DECREF(ch);
    return out;
}

/* (head: bytes, body: bytes, max_response: int) of Reserve.http and Runner.submit. */
int http_args(PyObject *const *a, const char **head, size_t *hlen, const char **body, size_t *blen,
              size_t *max_response) {
    if (!PyBytes_Check(a[0]) || !PyBytes_Check(a[1]) || !PyLong_Check(a[2])) {
        PyErr_SetString(PyExc_TypeError, "head and body must be bytes, max_response an int");
        return -1;
    }
    *head = PyBytes_AS_STRING(a[0]), *body = PyBytes_AS_STRING(a[1]);
    *hlen = (size_t)PyBytes_GET_SIZE(a[0]), *blen = (size_t)PyBytes_GET_SIZE(a[1]);
    *max_response = PyLong_AsSize_t(a[2]);
    if (*max_response == (size_t)-1 && PyErr_Occurred()) return -1;
    if (*hlen + *blen > 0xFFFFFFFFu) { PyErr_SetString(PyExc_ValueError, "request larger than 4 GiB"); return -1; }
    return 0;
}

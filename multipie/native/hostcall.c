/* Guest -> host calls without wasmtime-py's per-call boxing.
 *
 * A host function granted to a guest is created with
 * wasmtime_func_new_unchecked(); its callback is hostcall_callback below and its
 * env a HostEnv holding the Python callable, the value kinds, and a pointer to a
 * one-byte "live" flag the capability layer clears on revoke. A call takes the
 * GIL, checks the flag, turns raw values into Python ints/floats, calls the
 * callable with vectorcall, and writes the result back into the raw slots.
 *
 * Nothing links against the wasmtime wheel: Python hands over the address of
 * wasmtime_trap_new() once (setup()). An exception raised by the callable (or a
 * result of the wrong type) is handed to the binding's `fail` callable, which
 * parks it for the calling domain, and the guest traps with a marker message;
 * the domain then raises the parked error. A revoked flag calls fail(None).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "common/capi.h"
#include "common/kinds.h"

#define MAX_VALS 16
#define TRAP_MSG "multipie host function failed"

static trap_new_fn p_trap_new = NULL;

typedef struct {
    PyObject *fn;     /* the host callable */
    PyObject *fail;   /* fail(exc_or_None): parks the error for the calling domain */
    PyObject *owner;  /* keeps the flag's buffer alive */
    const volatile unsigned char *flag;
    int nparams, nresults;
    char params[MAX_VALS];
    char results[MAX_VALS];
} HostEnv;

static void *make_trap(void) {
    /* SAFETY: setup() stored wasmtime_trap_new's address (new_env refuses to run
     * before it); the trap's ownership passes to Wasmtime as the callback's result. */
    return p_trap_new(TRAP_MSG, sizeof(TRAP_MSG) - 1);
}

static const char *kind_name(char kind) {
    switch (kind) {
    case K_I32: return "i32";
    case K_I64: return "i64";
    case K_F32: return "f32";
    default: return "f64";
    }
}

/* 0 on success; -1 with a Python exception set. */
static int from_py(char kind, PyObject *o, valraw_t *out) {
    if (kind == K_I32 || kind == K_I64) {
        if (!PyLong_Check(o)) {
            PyErr_Format(PyExc_TypeError, "host function returned %.50s, expected int (%s)", Py_TYPE(o)->tp_name,
                         kind_name(kind));
            return -1;
        }
        int overflow = 0;
        long long x = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (x == -1 && PyErr_Occurred()) return -1;
        if (kind == K_I32) {
            if (overflow || x < -2147483648LL || x > 4294967295LL) {
                PyErr_Format(PyExc_OverflowError, "host function returned %S, which does not fit i32", o);
                return -1;
            }
            out->i64 = 0;
            out->i32 = (int32_t)(uint32_t)x;
            return 0;
        }
        if (overflow > 0) {
            unsigned long long u = PyLong_AsUnsignedLongLong(o);
            if (u == (unsigned long long)-1 && PyErr_Occurred()) {
                PyErr_Clear();
                PyErr_Format(PyExc_OverflowError, "host function returned %S, which does not fit i64", o);
                return -1;
            }
            out->i64 = (int64_t)u;
            return 0;
        }
        if (overflow < 0) {
            PyErr_Format(PyExc_OverflowError, "host function returned %S, which does not fit i64", o);
            return -1;
        }
        out->i64 = x;
        return 0;
    }
    if (!PyFloat_Check(o) && !PyLong_Check(o)) {
        PyErr_Format(PyExc_TypeError, "host function returned %.50s, expected float (%s)", Py_TYPE(o)->tp_name,
                     kind_name(kind));
        return -1;
    }
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) return -1;
    if (kind == K_F32) {
        out->i64 = 0;
        out->f32 = (float)d;
    } else {
        out->f64 = d;
    }
    return 0;
}

static void park_current_error(HostEnv *e) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb != NULL && value != NULL) PyException_SetTraceback(value, tb);
    PyObject *r = PyObject_CallOneArg(e->fail, value ? value : Py_None);
    Py_XDECREF(r);
    PyErr_Clear(); /* a failing `fail` must not leave an error behind in this thread */
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}

/* wasmtime_func_unchecked_callback_t */
static void *hostcall_callback(void *env, void *caller, valraw_t *args, size_t nargs) {
    (void)caller;
    (void)nargs;
    /* SAFETY: env is the HostEnv given with this function (alive until the
     * finalizer runs, after the function's last call); args holds
     * max(nparams, nresults) slots, typed by the functype made from the same
     * kinds, so reading params and writing results stay inside it; the flag lives
     * in a buffer `owner` keeps alive. */
    HostEnv *e = (HostEnv *)env;
    void *trap = NULL;
    PyGILState_STATE g = PyGILState_Ensure();
    if (!*e->flag) {
        PyObject *r = PyObject_CallOneArg(e->fail, Py_None);
        Py_XDECREF(r);
        PyErr_Clear();
        trap = make_trap();
        goto out;
    }
    PyObject *argv[MAX_VALS];
    int i;
    for (i = 0; i < e->nparams; i++) {
        argv[i] = raw_to_py(e->params[i], &args[i]);
        if (argv[i] == NULL) {
            while (i-- > 0) Py_DECREF(argv[i]);
            goto fail;
        }
    }
    PyObject *res = PyObject_Vectorcall(e->fn, argv, (size_t)e->nparams, NULL);
    for (i = 0; i < e->nparams; i++) Py_DECREF(argv[i]);
    if (res == NULL) goto fail;
    if (e->nresults == 0) {
        if (res != Py_None) {
            PyErr_Format(PyExc_TypeError, "host function returned %.50s, expected None", Py_TYPE(res)->tp_name);
            Py_DECREF(res);
            goto fail;
        }
    } else if (e->nresults == 1) {
        if (from_py(e->results[0], res, &args[0]) < 0) {
            Py_DECREF(res);
            goto fail;
        }
    } else {
        if (!PyTuple_Check(res) || PyTuple_GET_SIZE(res) != e->nresults) {
            PyErr_Format(PyExc_TypeError, "host function must return a tuple of %d values", e->nresults);
            Py_DECREF(res);
            goto fail;
        }
        valraw_t tmp[MAX_VALS];
        for (i = 0; i < e->nresults; i++) {
            if (from_py(e->results[i], PyTuple_GET_ITEM(res, i), &tmp[i]) < 0) {
                Py_DECREF(res);
                goto fail;
            }
        }
        /* SAFETY: nresults slots, within the args array (see above). */
        memcpy(args, tmp, sizeof(valraw_t) * (size_t)e->nresults);
    }
    Py_DECREF(res);
    goto out;
fail:
    park_current_error(e);
    trap = make_trap();
out:
    PyGILState_Release(g);
    return trap;
}

static void hostcall_finalizer(void *env) {
    HostEnv *e = (HostEnv *)env;
    if (e == NULL) return;
    /* After interpreter shutdown the references are gone with it: leak, never touch. */
    if (Py_IsInitialized() && !_Py_IsFinalizing()) {
        PyGILState_STATE g = PyGILState_Ensure();
        Py_XDECREF(e->fn);
        Py_XDECREF(e->fail);
        Py_XDECREF(e->owner);
        PyGILState_Release(g);
        PyMem_RawFree(e);
    }
}

static int parse_kinds(PyObject *bytes, char *out, int *n, const char *what) {
    char *buf;
    Py_ssize_t len;
    if (PyBytes_AsStringAndSize(bytes, &buf, &len) < 0) return -1;
    if (len > MAX_VALS) {
        PyErr_Format(PyExc_ValueError, "at most %d %s", MAX_VALS, what);
        return -1;
    }
    for (Py_ssize_t i = 0; i < len; i++) {
        if (!kind_is_valid(buf[i])) {
            PyErr_Format(PyExc_ValueError, "bad value kind %c", buf[i]);
            return -1;
        }
        out[i] = buf[i];
    }
    *n = (int)len;
    return 0;
}

static PyObject *py_setup(PyObject *self, PyObject *arg) {
    (void)self;
    unsigned long long addr = PyLong_AsUnsignedLongLong(arg);
    if (PyErr_Occurred()) return NULL;
    /* SAFETY: wasmtime_trap_new's address in the library wasmtime-py loaded (mapped for the process). */
    p_trap_new = (trap_new_fn)(uintptr_t)addr;
    Py_RETURN_NONE;
}

/* new_env(fn, params: bytes, results: bytes, flag_addr: int, fail, owner) -> env address */
static PyObject *py_new_env(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 6) {
        PyErr_SetString(PyExc_TypeError, "new_env(fn, params, results, flag_addr, fail, owner)");
        return NULL;
    }
    if (p_trap_new == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "hostcall.setup() was not called");
        return NULL;
    }
    if (!PyCallable_Check(args[0]) || !PyCallable_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError, "fn and fail must be callable");
        return NULL;
    }
    HostEnv *e = PyMem_RawCalloc(1, sizeof(HostEnv));
    if (e == NULL) return PyErr_NoMemory();
    if (parse_kinds(args[1], e->params, &e->nparams, "parameters") < 0 ||
        parse_kinds(args[2], e->results, &e->nresults, "results") < 0) {
        PyMem_RawFree(e);
        return NULL;
    }
    unsigned long long flag = PyLong_AsUnsignedLongLong(args[3]);
    if (PyErr_Occurred() || flag == 0) {
        PyMem_RawFree(e);
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "flag address is null");
        return NULL;
    }
    /* SAFETY: the address of a one-byte flag inside a buffer owned by `owner`,
     * which the env references (and so keeps alive) until it is freed. */
    e->flag = (const volatile unsigned char *)(uintptr_t)flag;
    Py_INCREF(args[0]);
    e->fn = args[0];
    Py_INCREF(args[4]);
    e->fail = args[4];
    Py_INCREF(args[5]);
    e->owner = args[5];
    return PyLong_FromVoidPtr(e);
}

/* free_env(addr): for an env that never reached wasmtime (creation failed). */
static PyObject *py_free_env(PyObject *self, PyObject *arg) {
    (void)self;
    /* SAFETY: an env from new_env that no function took (the caller's contract);
     * freed once, here. */
    void *p = PyLong_AsVoidPtr(arg);
    if (PyErr_Occurred()) return NULL;
    hostcall_finalizer(p);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"setup", py_setup, METH_O, "setup(wasmtime_trap_new_address): hand over the one wasmtime function needed."},
    {"new_env", (PyCFunction)(void (*)(void))py_new_env, METH_FASTCALL,
     "new_env(fn, params, results, flag_addr, fail, owner) -> address of a HostEnv."},
    {"free_env", py_free_env, METH_O, "free_env(address): release an env wasmtime never took."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "multipie._hostcall", "Guest -> host call trampoline (see hostcall.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__hostcall(void) {
    PyObject *m = PyModule_Create(&moddef);
    if (m == NULL) return NULL;
    if (PyModule_AddObject(m, "CALLBACK", PyLong_FromVoidPtr((void *)hostcall_callback)) < 0 ||
        PyModule_AddObject(m, "FINALIZER", PyLong_FromVoidPtr((void *)hostcall_finalizer)) < 0 ||
        PyModule_AddIntConstant(m, "MAX_VALS", MAX_VALS) < 0 ||
        PyModule_AddStringConstant(m, "TRAP_MESSAGE", TRAP_MSG) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

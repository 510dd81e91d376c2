/* multipie/native/comphost/module.c: component host functions with WIT values converted in C (multipie._comphost).
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
 * on the first call): a tuple (code, ...) per WIT type, codes in comphost.h.
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
#include "comphost.h"

#include "common/addresses.h"

error_new_fn p_error_new;
error_delete_fn p_error_delete;
byte_vec_new_fn p_byte_vec_new;
list_uninit_fn p_list_uninit, p_tuple_uninit;
record_uninit_fn p_record_uninit;
val_new_fn p_val_new;
val_delete_fn p_val_delete;
any_to_host_fn p_any_to_host;
host_rep_fn p_host_rep;
host_new_fn p_host_new;
host_to_any_fn p_host_to_any;
host_delete_fn p_host_delete;

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

PyObject *g_variant;  /* wasmtime.component.Variant */
PyObject *g_describe; /* describe(func_type_address) -> (param descriptors, result descriptor | None) */
PyObject *g_park;     /* park(exc): the exception for the calling thread's take_failure() */
PyObject *s_ok, *s_err, *s_tag, *s_payload;

typedef struct {
    PyObject *fn;     /* fn(context, *args) -> result */
    PyObject *params; /* tuple of descriptors, NULL until the first call */
    PyObject *result; /* descriptor or Py_None */
} FuncEnv;


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
    /* Ctrl-C inside the host function: the SIGINT mark (interrupt.c), raised by the caller as KeyboardInterrupt. */
    if (value != NULL && PyErr_GivenExceptionMatches(value, PyExc_KeyboardInterrupt)) text = "multipie: interrupted by SIGINT";
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
        argv[n + 1] = cv_lift(&args[n], PyTuple_GET_ITEM(e->params, (Py_ssize_t)n), ctx);
        if (argv[n + 1] == NULL) goto fail;
    }
    PyObject *res = PyObject_Vectorcall(e->fn, argv, nargs + 1, NULL);
    for (size_t i = 0; i < n; i++) Py_DECREF(argv[i + 1]);
    n = 0;
    if (res == NULL) goto fail;
    if (nresults && e->result != Py_None) {
        cval_t tmp;
        memset(&tmp, 0, sizeof tmp);
        int rc = cv_lower(res, e->result, &tmp, ctx);
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
    PyModuleDef_HEAD_INIT, "multipie._comphost", "Component host functions converted in C (see native/comphost/).", -1,
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

/* multipie._fastcall: the native host -> guest call and creation paths (module.c: init and the module).
 *
 * A METH_FASTCALL/vectorcall extension over the Wasmtime C API exported by the
 * wasmtime wheel's _libwasmtime.so. Nothing links against the wheel: Python
 * hands the function pointers over once with init() (taken from the ctypes
 * CDLL wasmtime-py already loaded), so the addresses are exactly the library
 * wasmtime-py itself uses.
 *
 * Its types; Store, Gate and Call are mirrored one for one by the pure-Python
 * fallback in multipie/domains/wasm/fastpath.py (tests run both):
 *
 *   Store  one wasmtime_store_t (owned, or borrowed from a wasmtime-py Store)
 *          plus THE lock that keeps two threads out of it at once. Shared by
 *          every domain of a group.
 *   Gate   one domain's entry: its Store, open flag, fuel and deadline per
 *          call, the ticker for timeouts, and its export table (gate.call).
 *   Call   one bound function export: signature codes, the wasmtime_func_t.
 *   Reserve  Stores with a fresh instance each, made and deleted by a native
 *          thread off the request path (native only: the app pools' fast path).
 *   Runner native worker threads running Reserve exchanges without the GIL.
 *   CompCall  one bound component export with flat WIT types (component.c;
 *          its fallback is the component kind's Python call).
 *
 * One unit per concept (fastcall.h lists them); the helpers every call runs
 * are inline in fastcall.h.
 *
 * Safety rules kept here (see docs/performance.md and FACTS.md):
 *  - wasmtime_func_call_unchecked checks nothing: arity, int range and float
 *    conversion are checked before the call; a mismatch is reported by the
 *    Python handler so messages are identical to the fallback's.
 *  - A func is only ever called with the context of the Store it came from:
 *    a Call is bound to one Gate, a Gate to one Store, at creation.
 *  - Every call holds the Store's lock; re-entry from the same thread (a host
 *    function calling back into its own Store) is refused, never deadlocks.
 *  - Traps and errors are handed, with ownership, to the Python fault handler
 *    (the same code the fallback uses), while the lock is still held.
 *  - Calls with a timeout release the GIL so the epoch ticker thread can run;
 *    calls without one keep it (0.1 us instead of 0.25 us).
 */
#include "fastcall.h"

#include "common/addresses.h"

call_fn p_call;
set_deadline_fn p_set_deadline;
set_fuel_fn p_set_fuel;
store_new_fn p_store_new;
store_context_fn p_store_context;
store_limiter_fn p_store_limiter;
store_delete_fn p_store_delete;
pre_instantiate_fn p_pre_instantiate;
export_get_fn p_export_get;
set_wasi_fn p_set_wasi;
increment_epoch_fn p_increment_epoch;
memory_data_fn p_memory_data;
memory_data_size_fn p_memory_data_size;
wasi_config_new_fn p_wasi_config_new;
wasi_config_inherit_fn p_wasi_inherit_stdout;
wasi_config_inherit_fn p_wasi_inherit_stderr;
delete_fn p_error_delete;
delete_fn p_trap_delete;
Py_ssize_t extern_size, extern_union_offset;
int extern_func_kind;
int extern_memory_kind = -1;
uint64_t no_deadline;

PyObject *h_fault, *h_closed, *h_argerr, *h_missing, *h_reentry;

/* ------------------------------------------------------------------ module */

/* init(addrs: dict[str, int], extern_size, union_offset, func_kind, memory_kind, no_deadline) */
static PyObject *mod_init(PyObject *m, PyObject *args) {
    PyObject *addrs;
    unsigned long long nd;
    if (!PyArg_ParseTuple(args, "O!nniiK", &PyDict_Type, &addrs, &extern_size, &extern_union_offset, &extern_func_kind,
                          &extern_memory_kind, &nd))
        return NULL;
    if (extern_size > 64 || extern_union_offset + (Py_ssize_t)sizeof(func_t) > extern_size) {
        PyErr_SetString(PyExc_ValueError, "unexpected wasmtime_extern_t layout");
        return NULL;
    }
    no_deadline = nd;
    const address_slot_t table[] = {
        {"wasmtime_func_call_unchecked", (void **)&p_call},
        {"wasmtime_context_set_epoch_deadline", (void **)&p_set_deadline},
        {"wasmtime_context_set_fuel", (void **)&p_set_fuel},
        {"wasmtime_store_new", (void **)&p_store_new},
        {"wasmtime_store_context", (void **)&p_store_context},
        {"wasmtime_store_limiter", (void **)&p_store_limiter},
        {"wasmtime_store_delete", (void **)&p_store_delete},
        {"wasmtime_instance_pre_instantiate", (void **)&p_pre_instantiate},
        {"wasmtime_instance_export_get", (void **)&p_export_get},
        {"wasmtime_context_set_wasi", (void **)&p_set_wasi},
        {"wasmtime_engine_increment_epoch", (void **)&p_increment_epoch},
        {"wasmtime_memory_data", (void **)&p_memory_data},
        {"wasmtime_memory_data_size", (void **)&p_memory_data_size},
        {"wasi_config_new", (void **)&p_wasi_config_new},
        {"wasi_config_inherit_stdout", (void **)&p_wasi_inherit_stdout},
        {"wasi_config_inherit_stderr", (void **)&p_wasi_inherit_stderr},
        {"wasmtime_error_delete", (void **)&p_error_delete},
        {"wasm_trap_delete", (void **)&p_trap_delete},
    };
    if (bind_addresses(addrs, table, sizeof table / sizeof table[0]) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *mod_set_handlers(PyObject *m, PyObject *args) {
    PyObject *f, *c, *a, *mi, *re;
    if (!PyArg_ParseTuple(args, "OOOOO", &f, &c, &a, &mi, &re)) return NULL;
    Py_XSETREF(h_fault, Py_NewRef(f));
    Py_XSETREF(h_closed, Py_NewRef(c));
    Py_XSETREF(h_argerr, Py_NewRef(a));
    Py_XSETREF(h_missing, Py_NewRef(mi));
    Py_XSETREF(h_reentry, Py_NewRef(re));
    Py_RETURN_NONE;
}

static PyMethodDef mod_methods[] = {
    {"init", mod_init, METH_VARARGS, "init(addrs, extern_size, union_offset, func_kind, memory_kind, no_deadline)"},
    {"set_handlers", mod_set_handlers, METH_VARARGS, "set_handlers(fault, closed, argerr, missing, reentry)"},
    {"new_store", (PyCFunction)(void (*)(void))mod_new_store, METH_FASTCALL, "new_store(engine, mem, tab, inst, tables, mems, label)"},
    {"spawn", (PyCFunction)(void (*)(void))mod_spawn, METH_FASTCALL, "spawn(engine, pre, mem, tab, wasi, label)"},
    {"borrow_store", (PyCFunction)(void (*)(void))mod_borrow_store, METH_FASTCALL, "borrow_store(ctx, label)"},
    {"init_component", mod_init_component, METH_VARARGS, "init_component(addrs, val_size, union_offset, func_size, kinds)"},
    {"init_grants", mod_init_grants, METH_VARARGS, "init_grants(addrs, host_callback, host_finalizer)"},
    {"grant_externs", (PyCFunction)(void (*)(void))mod_grant_externs, METH_FASTCALL,
     "grant_externs(store, specs, memory_size, table_elements, instances) -> (externs | None, bases, err, errno)"},
    {"grant_instantiate", (PyCFunction)(void (*)(void))mod_grant_instantiate, METH_FASTCALL,
     "grant_instantiate(store, module, externs) -> (instance | None, trap, err)"},
    {NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "multipie._fastcall", "Native host->guest calls and domain creation over Wasmtime's C API.",
    -1, mod_methods,
};

PyMODINIT_FUNC PyInit__fastcall(void) {
    if (PyType_Ready(&TickerType) < 0 || PyType_Ready(&StoreType) < 0 || PyType_Ready(&GateType) < 0 || PyType_Ready(&CallType) < 0 ||
        PyType_Ready(&ReserveType) < 0 || PyType_Ready(&RunnerType) < 0 || PyType_Ready(&CompCallType) < 0) return NULL;
    if (http_init() < 0) return NULL;
    PyObject *m = PyModule_Create(&moddef);
    if (!m) return NULL;
    if (PyModule_AddObjectRef(m, "Store", (PyObject *)&StoreType) < 0 ||
        PyModule_AddObjectRef(m, "Gate", (PyObject *)&GateType) < 0 ||
        PyModule_AddObjectRef(m, "Call", (PyObject *)&CallType) < 0 ||
        PyModule_AddObjectRef(m, "Ticker", (PyObject *)&TickerType) < 0 ||
        PyModule_AddObjectRef(m, "Reserve", (PyObject *)&ReserveType) < 0 ||
        PyModule_AddObjectRef(m, "Runner", (PyObject *)&RunnerType) < 0 ||
        PyModule_AddObjectRef(m, "CompCall", (PyObject *)&CompCallType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}


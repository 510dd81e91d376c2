/* multipie/native/common/addresses.c: C API addresses handed over from Python (see addresses.h). */
#define PY_SSIZE_T_CLEAN
#include "addresses.h"

int bind_addresses(PyObject *addrs, const address_slot_t *table, size_t n) {
    for (size_t i = 0; i < n; i++) {
        PyObject *v = PyDict_GetItemString(addrs, table[i].name);
        if (!v) {
            PyErr_Format(PyExc_KeyError, "missing address of %s", table[i].name);
            return -1;
        }
        /* SAFETY: the address of table[i].name in the wasmtime library wasmtime-py
         * loaded (read through its ctypes CDLL), which stays mapped for the process;
         * the slot's function type restates that symbol's signature (capi.h). */
        void *p = PyLong_AsVoidPtr(v);
        if (!p) {
            if (!PyErr_Occurred()) PyErr_Format(PyExc_ValueError, "null %s", table[i].name);
            return -1;
        }
        *table[i].slot = p;
    }
    return 0;
}

/* multipie/native/common/addresses.h: C API addresses handed over from Python. */
#ifndef MULTIPIE_NATIVE_ADDRESSES_H
#define MULTIPIE_NATIVE_ADDRESSES_H

#include <Python.h>

/* One function pointer to fill: `name` is its symbol in the wasmtime library. */
typedef struct {
    const char *name;
    void **slot;
} address_slot_t;

/* Fill every slot from addrs[name] (a dict of int addresses). 0, or -1 with
 * KeyError (a name missing) or ValueError (a null address); slots filled before
 * the failure keep their new value. */
int bind_addresses(PyObject *addrs, const address_slot_t *table, size_t n);

#endif

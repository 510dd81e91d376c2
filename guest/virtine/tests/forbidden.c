/* Authority the image was not granted, and bad pointers handed to the host. */
#include "virtine.h"

/* Raw hypercall without the wrapper: the build grants no TIME for it. */
VIRTINE long sneaky_time(void) { return __vt_hcall(HCALL_TIME, 0, 0, 0); }

/* LOG is granted (vt_log is used), but the pointer lies outside guest memory. */
VIRTINE long log_pointer(long p, long n) { return vt_log((const char *)p, (size_t)n); }

VIRTINE long unknown_hypercall(void) { return __vt_hcall(77, 0, 0, 0); }

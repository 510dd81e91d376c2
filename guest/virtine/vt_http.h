/* vt_http.h: the http handler ABI of a virtine service (multipie/app/abi.py, docs/apps.md).
 *
 * A virtine serves HTTP with one entry point, declared exactly like this:
 *
 *   VIRTINE long http_handle(const unsigned char *req, long head_len, long body_len,
 *                            unsigned char *resp, long resp_cap);
 *
 * The host copies the request into the virtine's free memory (the heap after the image):
 * `head_len` bytes of HTTP/1.1 head (request line, headers, empty line; CRLF) at `req`, the
 * `body_len` bytes of body right after it. `resp` points at `resp_cap` bytes of free memory
 * after the request. The handler answers in CGI form (header lines such as
 * `Content-Type: text/plain` and optionally `Status: 404 Not Found`, an empty line, the body):
 *
 *   - written at `resp`: return its length (`vt_http_resp(len)`);
 *   - anywhere else in the virtine's own memory (a constant, a static buffer): return
 *     `vt_http_at(ptr, len)`, the Wasm http ABI's packing (ptr << 32) | len.
 *
 * The host reads the response before the machine is reset (every call starts from the
 * snapshot), bounds-checks it (a range outside the virtine's memory, or past resp_cap, is a
 * 502 naming the service) and tears the domain down on any fault (500) or timeout (504).
 */
#ifndef MULTIPIE_VT_HTTP_H
#define MULTIPIE_VT_HTTP_H

#include "virtine.h"

/* A response of `len` bytes at `resp`. */
static inline long vt_http_resp(size_t len) { return (long)(len & 0xffffffffUL); }

/* A response of `len` bytes at `ptr` (in the virtine's own memory, below 4 GiB). */
static inline long vt_http_at(const void *ptr, size_t len) {
  return (long)(((unsigned long)(uintptr_t)ptr << 32) | (len & 0xffffffffUL));
}

#endif

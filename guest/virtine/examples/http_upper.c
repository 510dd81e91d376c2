/* http_upper: a virtine HTTP handler that answers with the request body in upper case.
 * Serve it from an app manifest: [services.upper] source = "…/http_upper.virtine", route = "/upper".
 * The ABI is described in vt_http.h. */
#include "vt_http.h"

static const char HEADERS[] = "Content-Type: text/plain\r\nX-Guest: virtine\r\n\r\n";

VIRTINE long http_handle(const unsigned char *req, long head_len, long body_len, unsigned char *resp,
                         long resp_cap) {
  static const char too_big[] = "Status: 413 Payload Too Large\r\nContent-Type: text/plain\r\n\r\ntoo large\n";
  long hl = (long)sizeof HEADERS - 1;
  if (hl + body_len > resp_cap) return vt_http_at(too_big, sizeof too_big - 1);
  memcpy(resp, HEADERS, (size_t)hl);
  const unsigned char *body = req + head_len;
  for (long i = 0; i < body_len; i++) {
    unsigned char c = body[i];
    resp[hl + i] = (c >= 'a' && c <= 'z') ? (unsigned char)(c - 32) : c;
  }
  return vt_http_resp((size_t)(hl + body_len));
}

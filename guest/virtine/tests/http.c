/* Test guest for the virtine http ABI (vt_http.h): echoes the request (head + body) it was given.
 * The first byte of the body picks a misbehaviour, so one service can fault on demand:
 *   t = page fault (null read), s = spin until the timeout, i = illegal instruction,
 *   p = a response pointer outside the virtine's memory, l = a length past resp_cap,
 *   n = a negative result, g = a response with no end of headers,
 *   c = count requests served by this instance in a static (always 1: every call starts
 *       from the snapshot, even with instances = "reuse"),
 *   k = a constant response returned by pointer (vt_http_at) instead of written at resp,
 *   w = compute for a while and then echo (a slow but successful request). */
#include "vt_http.h"

static const char HEADERS[] = "Content-Type: text/plain\r\nX-Guest: virtine\r\n\r\n";
static const char GARBAGE[] = "no end of headers";
static const char CONSTANT[] = "Content-Type: text/plain\r\nStatus: 201 Created\r\n\r\nconstant";
static char served_text[] = "Content-Type: text/plain\r\n\r\nserved=0";
static long served;

VIRTINE long http_handle(const unsigned char *req, long head_len, long body_len, unsigned char *resp,
                         long resp_cap) {
  unsigned char first = body_len ? req[head_len] : 0;
  served++;
  switch (first) {
    case 't':
      return *(volatile long *)0;
    case 's':
      for (;;) __asm__ volatile("" ::: "memory");
    case 'i':
      __builtin_trap();
    case 'p':
      return vt_http_at((const void *)0xFFFF0000UL, 16);
    case 'l':
      return vt_http_resp((size_t)resp_cap + 1);
    case 'n':
      return -1;
    case 'g':
      return vt_http_at(GARBAGE, sizeof GARBAGE - 1);
    case 'c':
      served_text[sizeof served_text - 2] = (char)('0' + served);
      return vt_http_at(served_text, sizeof served_text - 1);
    case 'k':
      return vt_http_at(CONSTANT, sizeof CONSTANT - 1);
    case 'w': {
      volatile unsigned long x = 0;
      for (unsigned long i = 0; i < 200000000UL; i++) x += i;
      break;
    }
    default:
      break;
  }
  long hl = (long)sizeof HEADERS - 1, total = head_len + body_len;
  if (hl + total > resp_cap) return vt_http_resp(0);
  memcpy(resp, HEADERS, (size_t)hl);
  memcpy(resp + hl, req, (size_t)total);
  return vt_http_resp((size_t)(hl + total));
}

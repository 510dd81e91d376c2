/* wasi-libc's SIMD128 strchrnul, strspn and strcspn (third_party/wasi-libc, unmodified) as one unit.
 *
 * The upstream files are built inside wasi-libc's tree, whose internal headers declare
 * __strchrnul and define weak_alias; this file supplies those two and nothing else.
 * Linked ahead of zig's wasm32 libc (multipie.toolchain.wasi_defaults), whose own copies are
 * musl's scalar loops. Without -msimd128 (or -D__wasilibc_simd_string) the upstream files
 * fall back to those same scalar loops, or to nothing (strspn_simd.c): libc's are used.
 */
#define _GNU_SOURCE
#include <string.h>

/* musl's src/include/features.h, verbatim. */
#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))

char *__strchrnul(const char *, int);

#include "../../third_party/wasi-libc/strchrnul.c"
/* string_scan.c defines strcspn: two-byte sets there, any other set here. */
#if defined(__wasm_simd128__) && defined(__wasilibc_simd_string)
#define strcspn __wasilibc_strcspn
#endif
#include "../../third_party/wasi-libc/strspn_simd.c"

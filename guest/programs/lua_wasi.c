/* Linked into the wasm32-wasi build of Lua only (see lua_wasi.h). */
#include <errno.h>
#include <stdio.h>

/* Lua's error handling is setjmp/longjmp, which clang lowers to Wasm exceptions (-wasm-enable-sjlj).
 * zig's wasi-libc ships the runtime (-lsetjmp) but not the exception tag it throws: define it. */
__asm__(".globl __c_longjmp\n.tagtype __c_longjmp i32\n__c_longjmp:\n");

/* WASI has no temporary files: io.tmpfile() returns nil, "not supported". */
FILE *tmpfile(void) {
  errno = ENOTSUP;
  return NULL;
}

/* strlen and a two-byte strcspn on SIMD128, linked ahead of zig's wasm32 libc (multipie.toolchain.wasi_defaults).
 *
 * zig's strlen (compiler-rt) reads a byte at a time; wasi-libc's strcspn (string_simd.c, renamed
 * __wasilibc_strcspn there) builds a 256-bit table of the set on every call, which dominates on the
 * short strings SQLite's LIKE scans with a two-byte set (the pattern's next letter in both cases).
 * Both scans here compare 16 bytes per step against splatted bytes, as wasi-libc's strchrnul does:
 * aligned loads never cross into a page (or past memory's end) the string does not reach, and the
 * bytes before the string in the first block are masked off. Without SIMD128 libc's routines are used.
 */
#include <stdint.h>
#include <string.h>

#if defined(__wasm_simd128__) && defined(__wasilibc_simd_string)
#include <wasm_simd128.h>

size_t __wasilibc_strcspn(const char *s, const char *c);

/* The 16-byte block at addr (aligned), read past the C object on purpose: opaque to the compiler. */
static inline v128_t block(uintptr_t addr)
{
	v128_t v;
	__asm__(
		"local.get %1\n"
		"v128.load 0\n"
		"local.set %0\n"
		: "=r"(v)
		: "r"(addr)
		: "memory");
	return v;
}

/* Offset from s of the first byte of s..., block by block, whose lane in hits(block) is set. */
#define SCAN(s, hits)                                                           \
	do {                                                                        \
		uintptr_t align = (uintptr_t)(s) % sizeof(v128_t);                      \
		uintptr_t addr = (uintptr_t)(s) - align;                                \
		for (;;) {                                                              \
			v128_t v = block(addr);                                             \
			v128_t hit = (hits);                                                \
			if (wasm_v128_any_true(hit)) {                                      \
				int mask = wasm_i8x16_bitmask(hit) >> align << align;           \
				if (mask) return addr - (uintptr_t)(s) + __builtin_ctz(mask);   \
			}                                                                   \
			align = 0;                                                          \
			addr += sizeof(v128_t);                                             \
		}                                                                       \
	} while (0)

size_t strlen(const char *s)
{
	SCAN(s, wasm_i8x16_eq(v, wasm_i8x16_splat(0)));
}

size_t strcspn(const char *s, const char *c)
{
	if (!c[0] || !c[1] || c[2]) return __wasilibc_strcspn(s, c);
	const v128_t a = wasm_i8x16_splat(c[0]), b = wasm_i8x16_splat(c[1]), zero = wasm_i8x16_splat(0);
	SCAN(s, wasm_i8x16_eq(v, a) | wasm_i8x16_eq(v, b) | wasm_i8x16_eq(v, zero));
}

#endif

/* virtine.h: the one hypercall table of multiPIE virtines, and the guest-side API.
 *
 * A virtine is one C function run in its own tiny KVM virtual machine, in ring 3,
 * identity-mapped, with no OS underneath. It talks to the host only through the
 * hypercalls below: `out %al, $VIRTINE_PORT` with the number in rax and up to three
 * arguments in rdi, rsi, rdx; the result comes back in rax (negative = -errno).
 * The host checks every number against the image's allow-list before dispatch and
 * every pointer against guest memory before touching it.
 *
 * The numbers here and `multipie/domains/virtine/hypercalls.py` (class Hypercall)
 * must agree; a test compares them.
 */
#ifndef MULTIPIE_VIRTINE_H
#define MULTIPIE_VIRTINE_H

#define VIRTINE_PORT 0xE0

/* Hypercall numbers. */
#define HCALL_RETURN 0   /* (int result, float bits): the call is done */
#define HCALL_WRITE 1    /* (fd 1|2, const void *buf, len) -> bytes written */
#define HCALL_LOG 2      /* (const char *buf, len) -> bytes logged */
#define HCALL_INPUT 3    /* (void *buf, len) -> bytes of the call's input copied */
#define HCALL_OUTPUT 4   /* (const void *buf, len) -> bytes appended to the call's output */
#define HCALL_TIME 5     /* () -> nanoseconds (CLOCK_MONOTONIC) */
#define HCALL_OPEN 6     /* (const char *path, flags) -> fd (through the runtime) */
#define HCALL_READ 7     /* (fd, void *buf, len) -> bytes read */
#define HCALL_CLOSE 8    /* (fd) -> 0 */
#define HCALL_GRANT 10   /* (const char *name, unsigned long *size) -> guest address of a grant */
#define HCALL_COUNT 11

/* Allow-list bits, one per hypercall (RETURN is always allowed). */
#define VIRTINE_ALLOW_WRITE (1u << HCALL_WRITE)
#define VIRTINE_ALLOW_LOG (1u << HCALL_LOG)
#define VIRTINE_ALLOW_INPUT (1u << HCALL_INPUT)
#define VIRTINE_ALLOW_OUTPUT (1u << HCALL_OUTPUT)
#define VIRTINE_ALLOW_TIME (1u << HCALL_TIME)
#define VIRTINE_ALLOW_OPEN (1u << HCALL_OPEN)
#define VIRTINE_ALLOW_READ (1u << HCALL_READ)
#define VIRTINE_ALLOW_CLOSE (1u << HCALL_CLOSE)
#define VIRTINE_ALLOW_GRANT (1u << HCALL_GRANT)

/* Fixed guest addresses (see docs/virtines.md, "Memory map"). */
#define VIRTINE_CTRL 0x6000UL       /* control page: float arguments of the call */
#define VIRTINE_LOAD_ADDR 0x10000UL /* the image is linked and loaded here */
/* Windows (multipie/domains/virtine/windows.py): the domain's zero-copy buffer, and
 * regions granted at spawn, grant i (in sorted order of the grant names) at
 * VIRTINE_GRANT(i). An address nothing backs traps. */
#define VIRTINE_BUFFER 0x100000000UL
#define VIRTINE_WINDOW 0x100000000UL
#define VIRTINE_GRANT(i) (0x200000000UL + (unsigned long)(i) * VIRTINE_WINDOW)
#define VIRTINE_GRANT_SLOTS 4

/* Mark a function as an entry point of the image: VIRTINE int fib(int n) { ... } */
#define VIRTINE __attribute__((used, noinline, section(".text.virtine")))

typedef unsigned long size_t;
typedef long ssize_t;
typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long int64_t;
typedef unsigned long uint64_t;
typedef unsigned long uintptr_t;
typedef long intptr_t;
#ifndef NULL
#define NULL ((void *)0)
#endif

/* The raw doorbell. Prefer the named wrappers: the build derives the allow-list
 * from which of them an image uses. */
static inline long __vt_hcall(long nr, long a, long b, long c) {
  long ret;
  __asm__ volatile("outb %%al, %[port]"
                   : "=a"(ret)
                   : "a"(nr), "D"(a), "S"(b), "d"(c), [port] "i"(VIRTINE_PORT)
                   : "memory");
  return ret;
}

/* Hypercall wrappers (libvirtine.c). */
long vt_write(int fd, const void *buf, size_t len);
long vt_log(const char *buf, size_t len);
long vt_input(void *buf, size_t len);
long vt_output(const void *buf, size_t len);
uint64_t vt_time_ns(void);
long vt_open(const char *path, int flags);
long vt_read(int fd, void *buf, size_t len);
long vt_close(int fd);
/* The guest address of grant `name` ("env.buf"), its size in *size (if size is not
 * NULL); -ENOENT (negative) when there is no such grant. */
long vt_grant(const char *name, unsigned long *size);

/* Freestanding helpers (no hypercalls, except the printf family). */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
char *strchr(const char *s, int c);
int vt_snprintf(char *buf, size_t size, const char *fmt, ...);
int vt_printf(const char *fmt, ...);   /* to stdout (HCALL_WRITE) */
int vt_logf(const char *fmt, ...);     /* to the runtime log (HCALL_LOG) */

/* Virtines are compiled -ffreestanding, which also means -fno-builtin: the compiler may not assume
 * the mem* functions are the standard ones, so memcpy(&x, p, 8) stays a call instead of becoming one
 * load, as it does in a hosted build of the same code (LZ4, xxHash and most C libraries copy
 * unaligned words that way). These macros hand them to the compiler's builtins, which expand
 * constant sizes inline and call the functions above (libvirtine.c) otherwise. */
#ifndef VIRTINE_LIBC
#define memcpy(d, s, n) __builtin_memcpy((d), (s), (n))
#define memmove(d, s, n) __builtin_memmove((d), (s), (n))
#define memset(d, c, n) __builtin_memset((d), (c), (n))
#define memcmp(a, b, n) __builtin_memcmp((a), (b), (n))
#endif

#endif

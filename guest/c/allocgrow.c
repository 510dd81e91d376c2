/* An allocation-heavy program: memory grows to ~100 MiB in small steps.
 *
 * What a scripting interpreter does to the allocator, without one: a string
 * buffer grown by realloc in small appends, a 1M-entry chained hash table
 * (one malloc per entry, the bucket array doubled as it fills), then a pass
 * that frees half the entries and allocates again. Prints a checksum so the
 * Wasm build's output can be compared with the native build's.
 *
 * Usage: allocgrow [entries] (default 1000000). Built natively by the bench
 * with the same compiler and flags (`python -m ziglang cc -O2`).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    struct entry *next;
    uint64_t key;
    uint64_t value;
    char name[24];
} entry;

static uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    if (n <= 0) n = 1;
    /* 1. a string buffer grown by small appends (realloc at 1.25x) */
    size_t cap = 64, len = 0;
    char *buf = malloc(cap);
    for (long i = 0; i < n; i++) {
        char piece[32];
        int k = snprintf(piece, sizeof piece, "item-%ld;", i);
        if (len + (size_t)k + 1 > cap) {
            cap = cap + cap / 4 + (size_t)k + 1;
            buf = realloc(buf, cap);
            if (!buf) { puts("out of memory (buffer)"); return 1; }
        }
        memcpy(buf + len, piece, (size_t)k);
        len += (size_t)k;
    }
    uint64_t sum = len;
    for (size_t i = 0; i < len; i += 4093) sum = sum * 31 + (unsigned char)buf[i];
    /* 2. a chained hash table of n entries, buckets doubled at load 1 */
    size_t nb = 16, count = 0;
    entry **b = calloc(nb, sizeof *b);
    for (long i = 0; i < n; i++) {
        if (count >= nb) {
            size_t nn = nb * 2;
            entry **fresh = calloc(nn, sizeof *fresh);
            if (!fresh) { puts("out of memory (buckets)"); return 1; }
            for (size_t j = 0; j < nb; j++) {
                for (entry *e = b[j], *next; e; e = next) {
                    next = e->next;
                    size_t h = mix(e->key) & (nn - 1);
                    e->next = fresh[h];
                    fresh[h] = e;
                }
            }
            free(b);
            b = fresh;
            nb = nn;
        }
        entry *e = malloc(sizeof *e);
        if (!e) { puts("out of memory (entries)"); return 1; }
        e->key = (uint64_t)i * 2654435761u;
        e->value = mix((uint64_t)i);
        snprintf(e->name, sizeof e->name, "k%ld", i);
        size_t h = mix(e->key) & (nb - 1);
        e->next = b[h];
        b[h] = e;
        count++;
    }
    /* 3. look every key up, free the odd ones, allocate them again bigger */
    for (long i = 0; i < n; i++) {
        uint64_t key = (uint64_t)i * 2654435761u;
        for (entry *e = b[mix(key) & (nb - 1)]; e; e = e->next) {
            if (e->key == key) { sum += e->value ^ (uint64_t)strlen(e->name); break; }
        }
    }
    for (size_t j = 0; j < nb; j++) {
        entry **pp = &b[j];
        while (*pp) {
            entry *e = *pp;
            if (e->key & 1) { *pp = e->next; free(e); count--; } else pp = &e->next;
        }
    }
    for (long i = 0; i < n / 2; i++) {
        char *s = malloc(48 + (size_t)(i & 63));
        if (!s) { puts("out of memory (again)"); return 1; }
        memset(s, (int)(i & 0xff), 48);
        sum += (unsigned char)s[i & 31];
        free(s);
    }
    printf("allocgrow n=%ld buffer=%zu entries=%zu buckets=%zu checksum=%016llx\n", n, len, count, nb,
           (unsigned long long)sum);
    return 0;
}

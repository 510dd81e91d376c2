/* Allocation churn like a scripting-language interpreter's: `alloc [ROUNDS] [TABLE]` repeats ROUNDS
 * (default 60) times: build a string by appending (realloc growth past musl's mmap threshold, so
 * mmap + mremap), fill a hash table that grows by doubling up to TABLE entries (default 16384; each
 * rehash allocates a new array and frees the old: mmap + munmap once large), sort an array of records
 * allocated for the round, and churn a few thousand small objects. Everything large is freed at the
 * end of each round, so the next round maps the same amount again (~1,900 mmap/munmap calls with the
 * defaults). Prints a checksum of everything computed: a run in a VM must print what a native run does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { unsigned long key, value; } Slot;
typedef struct { unsigned long key; char name[24]; } Record;
typedef struct Node { struct Node *next; unsigned long v; char pad[40]; } Node;

static unsigned long rng = 88172645463325252UL;
static unsigned long next_rand(void) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

static int by_key(const void *a, const void *b) {
    unsigned long x = ((const Record *)a)->key, y = ((const Record *)b)->key;
    return x < y ? -1 : x > y;
}

static Slot *table_put(Slot *t, unsigned long *cap, unsigned long *n, unsigned long key, unsigned long value) {
    if (2 * (*n + 1) > *cap) {  /* grow: a new zeroed array, rehash, free the old one */
        unsigned long ncap = *cap ? 2 * *cap : 16;
        Slot *nt = calloc(ncap, sizeof(Slot));
        if (!nt) { puts("out of memory"); exit(1); }
        for (unsigned long i = 0; i < *cap; i++) {
            if (!t[i].key) continue;
            unsigned long j = t[i].key * 0x9E3779B97F4A7C15UL & (ncap - 1);
            while (nt[j].key) j = (j + 1) & (ncap - 1);
            nt[j] = t[i];
        }
        free(t);
        t = nt;
        *cap = ncap;
    }
    unsigned long j = key * 0x9E3779B97F4A7C15UL & (*cap - 1);
    while (t[j].key && t[j].key != key) j = (j + 1) & (*cap - 1);
    if (!t[j].key) (*n)++;
    t[j].key = key;
    t[j].value += value;
    return t;
}

int main(int argc, char **argv) {
    long rounds = argc > 1 ? atol(argv[1]) : 60;
    unsigned long entries = argc > 2 ? strtoul(argv[2], 0, 10) : 16384;
    unsigned long sum = 1469598103934665603UL;
    for (long r = 0; r < rounds; r++) {
        /* string building: append short pieces, realloc doubling */
        size_t len = 0, cap = 64;
        char *s = malloc(cap);
        for (int i = 0; len < 200 * 1024; i++) {
            char piece[32];
            int k = snprintf(piece, sizeof piece, "%lx,", next_rand() & 0xfffff);
            if (len + k + 1 > cap) {
                cap *= 2;
                s = realloc(s, cap);
                if (!s) { puts("out of memory"); return 1; }
            }
            memcpy(s + len, piece, k + 1);
            len += k;
        }
        for (size_t i = 0; i < len; i += 61) sum = (sum ^ (unsigned char)s[i]) * 1099511628211UL;
        free(s);

        /* a growing table */
        Slot *t = 0;
        unsigned long tcap = 0, tn = 0;
        for (unsigned long i = 0; i < entries; i++) t = table_put(t, &tcap, &tn, (next_rand() % (entries * 4)) + 1, i);
        for (unsigned long i = 0; i < tcap; i += 7) sum = (sum ^ t[i].key ^ t[i].value) * 1099511628211UL;
        sum ^= tn;
        free(t);

        /* sorting records */
        unsigned long nrec = 4096 + (unsigned long)(r % 7) * 1024;
        Record *rec = malloc(nrec * sizeof(Record));
        for (unsigned long i = 0; i < nrec; i++) {
            rec[i].key = next_rand() % 1000003;
            snprintf(rec[i].name, sizeof rec[i].name, "r%lu", i);
        }
        qsort(rec, nrec, sizeof(Record), by_key);
        for (unsigned long i = 0; i < nrec; i += 13) sum = (sum ^ rec[i].key ^ (unsigned char)rec[i].name[1]) * 1099511628211UL;
        free(rec);

        /* short-lived large buffers (an interpreter's temporaries) */
        for (int i = 0; i < 24; i++) {
            size_t n = (size_t)(140 + (next_rand() % 200)) * 1024;
            unsigned char *b = malloc(n);
            for (size_t j = 0; j < n; j += 4096) b[j] = (unsigned char)(j >> 12) + (unsigned char)i;
            sum = (sum ^ b[n / 2 & ~(size_t)4095]) * 1099511628211UL;
            free(b);
        }

        /* small objects */
        Node *head = 0;
        for (int i = 0; i < 4000; i++) {
            Node *nd = malloc(sizeof(Node));
            nd->v = next_rand();
            nd->next = head;
            head = nd;
        }
        while (head) {
            Node *nx = head->next;
            sum = (sum ^ (head->v & 0xff)) * 1099511628211UL;
            free(head);
            head = nx;
        }
    }
    printf("%lx\n", sum);
    return 0;
}

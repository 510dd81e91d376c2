/* Small reads mixed with lseek, dup, pread and writes through another fd: the offsets and data
 * must be exactly as on Linux (the guest's read cache must stay invisible). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void show(const char *what, int fd, char *buf, ssize_t n) {
    printf("%s n=%zd pos=%lld data=%.*s\n", what, n, (long long)lseek(fd, 0, SEEK_CUR), (int)(n > 0 ? n : 0), buf);
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char path[512];
    snprintf(path, sizeof path, "%s/mix.txt", argv[1]);
    int w = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0644);
    for (int i = 0; i < 2000; i++) dprintf(w, "line %04d\n", i);
    char buf[64];
    int fd = open(path, O_RDONLY);
    ssize_t n = read(fd, buf, 10);
    show("read10", fd, buf, n);
    n = read(fd, buf, 10);
    show("read10b", fd, buf, n);
    lseek(fd, 100, SEEK_SET);
    n = read(fd, buf, 10);
    show("seek100", fd, buf, n);
    int d = dup(fd);
    n = read(d, buf, 10);
    show("dup", d, buf, n);
    n = pread(fd, buf, 10, 500);
    show("pread500", fd, buf, n);
    n = read(fd, buf, 10);
    show("after-pread", fd, buf, n);
    lseek(w, 130, SEEK_SET);
    write(w, "CHANGED!!\n", 10);
    n = read(fd, buf, 10);
    show("after-write", fd, buf, n);
    close(d);
    long total = 0;
    while ((n = read(fd, buf, 7)) > 0) total += n;
    printf("rest=%ld pos=%lld\n", total, (long long)lseek(fd, 0, SEEK_CUR));
    close(fd);
    close(w);
    unlink(path);
    return 0;
}

/* File-system calls against a directory given as argv[1]: the output is compared with a native run. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    if (chdir(argv[1]) != 0) { printf("chdir: %s\n", strerror(errno)); return 1; }
    mkdir("sub", 0755);
    int fd = open("sub/a.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd < 0) { printf("open: %s\n", strerror(errno)); return 1; }
    const char msg[] = "first line\nsecond line\n";
    printf("write=%zd\n", write(fd, msg, sizeof msg - 1));
    close(fd);
    struct stat st;
    if (stat("sub/a.txt", &st) == 0) printf("size=%lld reg=%d\n", (long long)st.st_size, S_ISREG(st.st_mode));
    fd = open("sub/a.txt", O_RDONLY);
    char buf[64] = {0};
    printf("pread=%zd:%.6s\n", pread(fd, buf, 6, 11), buf);
    printf("lseek=%lld\n", (long long)lseek(fd, 0, SEEK_END));
    int fd2 = dup(fd);
    printf("dup>fd=%d\n", fd2 > fd);
    close(fd);
    close(fd2);
    printf("rename=%d\n", rename("sub/a.txt", "sub/b.txt"));
    printf("access a=%d b=%d\n", access("sub/a.txt", F_OK), access("sub/b.txt", F_OK));
    symlink("b.txt", "sub/link");
    char target[64] = {0};
    printf("readlink=%zd:%s\n", readlink("sub/link", target, sizeof target - 1), target);
    DIR *d = opendir("sub");
    char *names[16];
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) && n < 16)
        if (e->d_name[0] != '.') names[n++] = strdup(e->d_name);
    if (d) closedir(d);
    qsort(names, n, sizeof *names, cmp);
    for (int i = 0; i < n; i++) printf("entry %s\n", names[i]);
    int p[2];
    if (pipe(p) == 0) {
        write(p[1], "piped", 5);
        close(p[1]);
        char pb[8] = {0};
        printf("pipe=%zd:%s\n", read(p[0], pb, sizeof pb - 1), pb);
        close(p[0]);
    }
    printf("open missing=%d errno=%s\n", open("nope/x", O_RDONLY), strerror(errno));
    unlink("sub/link");
    unlink("sub/b.txt");
    printf("rmdir=%d\n", rmdir("sub"));
    return 0;
}

/* Conformance: files and paths (run in an empty working directory). */
#include "conform.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

struct linux_dirent64 { uint64_t ino; int64_t off; unsigned short reclen; unsigned char type; char name[]; };

static int has_entry(const char *dir, const char *want, unsigned char want_type) {
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0) return 0;
    char buf[4096];
    int found = 0;
    long n;
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
        for (long off = 0; off < n;) {
            struct linux_dirent64 *d = (void *)(buf + off);
            if (strcmp(d->name, want) == 0 && d->type == want_type) found = 1;
            off += d->reclen;
        }
    close(fd);
    return found;
}

static int count_entries(const char *dir) {
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0) return -1;
    char buf[256]; /* small: several calls needed */
    int count = 0;
    long n;
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
        for (long off = 0; off < n; count++) off += ((struct linux_dirent64 *)(buf + off))->reclen;
    close(fd);
    return n < 0 ? -1 : count;
}

static void open_flags(void) {
    int fd = open("f", O_CREAT | O_WRONLY | O_EXCL, 0644);
    OK("open_creat_excl", fd);
    EQ("write_basic", write(fd, "hello world", 11), 11);
    close(fd);
    ERR("open_excl_exists", open("f", O_CREAT | O_EXCL | O_WRONLY, 0644), EEXIST);
    ERR("open_missing", open("missing", O_RDONLY), ENOENT);
    ERR("open_dir_for_write", open(".", O_WRONLY), EISDIR);
    ERR("open_directory_on_file", open("f", O_RDONLY | O_DIRECTORY), ENOTDIR);
    ERR("open_through_file", open("f/x", O_RDONLY), ENOTDIR);
    fd = open("f", O_RDWR | O_APPEND);
    EQ("append_write", write(fd, "!", 1), 1);
    EQ("append_offset_end", lseek(fd, 0, SEEK_CUR), 12);
    lseek(fd, 0, SEEK_SET);
    write(fd, "?", 1);
    EQ("append_ignores_seek", lseek(fd, 0, SEEK_END), 13);
    close(fd);
    fd = open("f", O_WRONLY | O_TRUNC);
    struct stat st;
    fstat(fd, &st);
    EQ("open_trunc_size", st.st_size, 0);
    close(fd);
    fd = open("f", O_RDONLY);
    ERR("write_readonly_fd", write(fd, "x", 1), EBADF);
    close(fd);
    fd = open("f", O_WRONLY);
    char c;
    ERR("read_writeonly_fd", read(fd, &c, 1), EBADF);
    close(fd);
    fd = creat("g", 0600);
    OK("creat", fd);
    close(fd);
    fd = open("f", O_RDONLY | O_CLOEXEC);
    EQ("cloexec_flag", fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    close(fd);
    ERR("open_bad_mode_rdwr_dir", open(".", O_RDWR), EISDIR);
    fd = open(".", O_RDONLY);
    ERR("read_directory", read(fd, &c, 1), EISDIR);
    close(fd);
    fd = open("f", O_RDONLY | O_NOFOLLOW);
    OK("nofollow_regular", fd);
    close(fd);
}

static void seeking(void) {
    int fd = open("s", O_CREAT | O_RDWR | O_TRUNC, 0644);
    write(fd, "abcdef", 6);
    EQ("lseek_set", lseek(fd, 2, SEEK_SET), 2);
    EQ("lseek_cur", lseek(fd, 1, SEEK_CUR), 3);
    EQ("lseek_end", lseek(fd, -1, SEEK_END), 5);
    ERR("lseek_negative", lseek(fd, -10, SEEK_SET), EINVAL);
    ERR("lseek_bad_whence", lseek(fd, 0, 17), EINVAL);
    EQ("lseek_past_end", lseek(fd, 100, SEEK_SET), 100);
    EQ("write_past_end", write(fd, "Z", 1), 1);
    struct stat st;
    fstat(fd, &st);
    EQ("hole_size", st.st_size, 101);
    char buf[8] = {1, 1, 1, 1};
    EQ("hole_pread", pread(fd, buf, 4, 50), 4);
    TRUE("hole_reads_zero", buf[0] == 0 && buf[3] == 0);
    EQ("pread_at_eof", pread(fd, buf, 4, 101), 0);
    EQ("pwrite", pwrite(fd, "XY", 2, 1), 2);
    EQ("pwrite_keeps_offset", lseek(fd, 0, SEEK_CUR), 101);
    pread(fd, buf, 3, 0);
    TRUE("pwrite_content", memcmp(buf, "aXY", 3) == 0);
    ERR("pread_negative", pread(fd, buf, 1, -1), EINVAL);
    struct iovec iov[3] = {{"one ", 4}, {"two ", 4}, {"three", 5}};
    lseek(fd, 0, SEEK_SET);
    EQ("writev", writev(fd, iov, 3), 13);
    char a[3], b[5], cc[5];
    struct iovec rv[3] = {{a, 3}, {b, 5}, {cc, 5}};
    lseek(fd, 0, SEEK_SET);
    EQ("readv", readv(fd, rv, 3), 13);
    TRUE("readv_content", memcmp(a, "one", 3) == 0 && memcmp(b, " two ", 5) == 0 && memcmp(cc, "three", 5) == 0);
    EQ("ftruncate_shrink", ftruncate(fd, 4), 0);
    fstat(fd, &st);
    EQ("ftruncate_size", st.st_size, 4);
    EQ("ftruncate_grow", ftruncate(fd, 4096), 0);
    EQ("ftruncate_grow_zero", pread(fd, buf, 2, 4000) == 2 && buf[0] == 0 && buf[1] == 0, 1);
    ERR("ftruncate_negative", ftruncate(fd, -1), EINVAL);
    EQ("truncate_path", truncate("s", 10), 0);
    stat("s", &st);
    EQ("truncate_size", st.st_size, 10);
    close(fd);
    fd = open("s", O_RDONLY);
    ERR("ftruncate_readonly", ftruncate(fd, 0), EINVAL);
    close(fd);
    int p[2];
    pipe(p);
    ERR("lseek_pipe", lseek(p[0], 0, SEEK_SET), ESPIPE);
    ERR("pread_pipe", pread(p[0], buf, 1, 0), ESPIPE);
    close(p[0]);
    close(p[1]);
}

static void more_files(void) {
    int fd = open("mf", O_CREAT | O_RDWR | O_APPEND | O_TRUNC, 0644);
    EQ("getfl_exact", fcntl(fd, F_GETFL), 0100000 | O_RDWR | O_APPEND); /* O_LARGEFILE: 0 in glibc's headers */
    write(fd, "abc", 3);
    EQ("pwrite_append_appends", pwrite(fd, "Z", 1, 0), 1);
    char buf[8] = {0};
    pread(fd, buf, 4, 0);
    TRUE("pwrite_append_content", memcmp(buf, "abcZ", 4) == 0);
    struct stat st;
    fstat(fd, &st);
    TRUE("stat_blksize", st.st_blksize > 0);
    TRUE("stat_mtime_set", st.st_mtim.tv_sec > 1577836800);
    EQ("seek_data", lseek(fd, 0, SEEK_DATA), 0);
    EQ("seek_hole", lseek(fd, 0, SEEK_HOLE), 4);
    ERR("seek_data_past_end", lseek(fd, 10, SEEK_DATA), ENXIO);
    close(fd);
    int p[2];
    pipe(p);
    fstat(p[0], &st);
    TRUE("stat_pipe_fifo", S_ISFIFO(st.st_mode));
    close(p[0]);
    close(p[1]);
    fd = open("/dev/null", O_RDWR);
    fstat(fd, &st);
    TRUE("stat_dev_null_chr", S_ISCHR(st.st_mode));
    EQ("dev_null_write", write(fd, "x", 1), 1);
    EQ("dev_null_read_eof", read(fd, buf, 1), 0);
    close(fd);
    fd = open("/dev/zero", O_RDONLY);
    buf[0] = 1;
    TRUE("dev_zero_reads_zero", read(fd, buf, 4) == 4 && buf[0] == 0 && buf[3] == 0);
    close(fd);
    ERR("unlink_dot", unlink("."), EISDIR);
    ERR("readlink_zero_size", (symlink("mf", "mfl"), syscall(SYS_readlink, "mfl", buf, 0)), EINVAL);
    unlink("mfl");
    fd = creat("mf", 0644);
    fstat(fd, &st);
    EQ("creat_truncates_existing", st.st_size, 0);
    close(fd);
    EQ("rename_same_file", rename("mf", "mf"), 0);
    fd = open("mf", O_RDONLY);
    int d = dup(fd);
    close(fd);
    EQ("read_after_closing_dup_source", read(d, buf, 1), 0);
    close(d);
    unlink("mf");
}

static void descriptors(void) {
    int fd = open("s", O_RDONLY);
    int d = dup(fd);
    TRUE("dup_lowest", d == fd + 1);
    lseek(fd, 3, SEEK_SET);
    EQ("dup_shares_offset", lseek(d, 0, SEEK_CUR), 3);
    EQ("dup2", dup2(fd, 20), 20);
    EQ("dup2_same", dup2(fd, fd), fd);
    ERR("dup2_bad", dup2(99, 21), EBADF);
    EQ("dup3_cloexec", syscall(SYS_dup3, fd, 21, O_CLOEXEC), 21);
    EQ("dup3_flag_set", fcntl(21, F_GETFD), FD_CLOEXEC);
    ERR("dup3_same", syscall(SYS_dup3, fd, fd, 0), EINVAL);
    ERR("dup3_bad_flags", syscall(SYS_dup3, fd, 22, 0x1234), EINVAL);
    EQ("dupfd_min", fcntl(fd, F_DUPFD, 30), 30);
    EQ("dupfd_cloexec", fcntl(fd, F_DUPFD_CLOEXEC, 30), 31);
    EQ("dupfd_cloexec_flag", fcntl(31, F_GETFD), FD_CLOEXEC);
    EQ("getfl_rdonly", fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);
    EQ("setfl_nonblock", fcntl(fd, F_SETFL, O_NONBLOCK), 0);
    TRUE("getfl_nonblock", fcntl(fd, F_GETFL) & O_NONBLOCK);
    TRUE("setfl_shared_by_dup", fcntl(d, F_GETFL) & O_NONBLOCK);
    EQ("setfd", fcntl(d, F_SETFD, FD_CLOEXEC), 0);
    EQ("getfd_dup_independent", fcntl(fd, F_GETFD), 0);
    ERR("fcntl_bad_fd", fcntl(99, F_GETFD), EBADF);
    ERR("fcntl_bad_cmd", fcntl(fd, 9999), EINVAL);
    ERR("close_bad", close(99), EBADF);
    ERR("close_twice", (close(20), close(20)), EBADF);
    close(21); close(30); close(31); close(d); close(fd);
}

static void stats(void) {
    int fd = open("st", O_CREAT | O_WRONLY | O_TRUNC, 0640);
    write(fd, "12345", 5);
    struct stat st, st2;
    EQ("fstat", fstat(fd, &st), 0);
    EQ("fstat_size", st.st_size, 5);
    TRUE("fstat_reg", S_ISREG(st.st_mode));
    EQ("fstat_nlink", st.st_nlink, 1);
    EQ("fstatat", fstatat(AT_FDCWD, "st", &st2, 0), 0);
    TRUE("fstatat_same_inode", st.st_ino == st2.st_ino && st.st_dev == st2.st_dev);
    EQ("fstatat_empty_path", fstatat(fd, "", &st2, AT_EMPTY_PATH), 0);
    TRUE("fstatat_empty_same", st2.st_ino == st.st_ino);
    ERR("fstatat_empty_no_flag", fstatat(fd, "", &st2, 0), ENOENT);
    ERR("fstatat_bad_flags", fstatat(AT_FDCWD, "st", &st2, 0x40000000), EINVAL);
    int dfd = open(".", O_RDONLY | O_DIRECTORY);
    EQ("fstatat_dirfd", fstatat(dfd, "st", &st2, 0), 0);
    ERR("fstatat_file_as_dirfd", fstatat(fd, "x", &st2, 0), ENOTDIR);
    struct stat ds;
    fstat(dfd, &ds);
    TRUE("stat_dir", S_ISDIR(ds.st_mode));
    close(dfd);
    symlink("st", "st.link");
    lstat("st.link", &st2);
    TRUE("lstat_link", S_ISLNK(st2.st_mode));
    EQ("lstat_link_size", st2.st_size, 2);
    stat("st.link", &st2);
    TRUE("stat_follows", S_ISREG(st2.st_mode) && st2.st_ino == st.st_ino);
    struct statx sx;
    EQ("statx", syscall(SYS_statx, AT_FDCWD, "st", 0, STATX_BASIC_STATS, &sx), 0);
    EQ("statx_size", sx.stx_size, 5);
    TRUE("statx_mask_basic", (sx.stx_mask & STATX_BASIC_STATS) == STATX_BASIC_STATS);
    TRUE("statx_type", S_ISREG(sx.stx_mode));
    EQ("statx_ino", sx.stx_ino, st.st_ino);
    EQ("statx_nolink", syscall(SYS_statx, AT_FDCWD, "st.link", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx), 0);
    TRUE("statx_nolink_type", S_ISLNK(sx.stx_mode));
    ERR("statx_missing", syscall(SYS_statx, AT_FDCWD, "nope", 0, STATX_BASIC_STATS, &sx), ENOENT);
    ERR("statx_bad_flags", syscall(SYS_statx, AT_FDCWD, "st", 0x40000000, STATX_BASIC_STATS, &sx), EINVAL);
    close(fd);
    unlink("st.link");
}

static void directories(void) {
    EQ("mkdir", mkdir("d", 0755), 0);
    ERR("mkdir_exists", mkdir("d", 0755), EEXIST);
    ERR("mkdir_missing_parent", mkdir("nope/d", 0755), ENOENT);
    close(open("d/a", O_CREAT | O_WRONLY, 0644));
    mkdir("d/sub", 0755);
    ERR("rmdir_notempty", rmdir("d"), ENOTEMPTY);
    ERR("rmdir_file", rmdir("d/a"), ENOTDIR);
    ERR("rmdir_missing", rmdir("nope"), ENOENT);
    ERR("unlink_dir", unlink("d/sub"), EISDIR);
    TRUE("getdents_file", has_entry("d", "a", DT_REG));
    TRUE("getdents_dir", has_entry("d", "sub", DT_DIR));
    TRUE("getdents_dot", has_entry("d", ".", DT_DIR) && has_entry("d", "..", DT_DIR));
    for (int i = 0; i < 40; i++) {
        char name[32];
        snprintf(name, sizeof name, "d/sub/entry-with-a-long-name-%02d", i);
        close(open(name, O_CREAT | O_WRONLY, 0644));
    }
    EQ("getdents_small_buffer", count_entries("d/sub"), 42);
    int fd = open("d/a", O_RDONLY);
    char buf[64];
    ERR("getdents_on_file", syscall(SYS_getdents64, fd, buf, sizeof buf), ENOTDIR);
    close(fd);
    fd = open("d", O_RDONLY | O_DIRECTORY);
    ERR("getdents_tiny_buffer", syscall(SYS_getdents64, fd, buf, 8), EINVAL);
    close(fd);
    for (int i = 0; i < 40; i++) {
        char name[32];
        snprintf(name, sizeof name, "d/sub/entry-with-a-long-name-%02d", i);
        unlink(name);
    }
    EQ("rmdir_empty", rmdir("d/sub"), 0);
    ERR("rmdir_dot", rmdir("d/."), EINVAL);
}

static void names(void) {
    close(open("n1", O_CREAT | O_WRONLY, 0644));
    EQ("rename", rename("n1", "n2"), 0);
    ERR("rename_old_gone", access("n1", F_OK), ENOENT);
    close(open("n3", O_CREAT | O_WRONLY, 0644));
    EQ("rename_replace", rename("n2", "n3"), 0);
    ERR("rename_missing", rename("nope", "x"), ENOENT);
    mkdir("rd", 0755);
    mkdir("rd2", 0755);
    close(open("rd2/x", O_CREAT | O_WRONLY, 0644));
    ERR("rename_file_over_dir", rename("n3", "rd"), EISDIR);
    ERR("rename_dir_over_file", rename("rd", "n3"), ENOTDIR);
    ERR("rename_dir_over_nonempty", rename("rd", "rd2"), ENOTEMPTY);
    ERR("rename_into_self", rename("rd", "rd/inner"), EINVAL);
    EQ("rename_dir_over_empty", (unlink("rd2/x"), rename("rd", "rd2")), 0);
    EQ("link", link("n3", "n4"), 0);
    struct stat st;
    stat("n3", &st);
    EQ("link_nlink", st.st_nlink, 2);
    ERR("link_exists", link("n3", "n4"), EEXIST);
    ERR("link_dir", link("rd2", "rd3"), EPERM);
    unlink("n4");
    close(open("n5", O_CREAT | O_WRONLY, 0644));
    EQ("unlink", unlink("n5"), 0);
    ERR("unlink_gone", access("n5", F_OK), ENOENT);
    ERR("unlink_missing", unlink("n5"), ENOENT);
    EQ("symlink", symlink("n3", "sl"), 0);
    ERR("symlink_exists", symlink("n3", "sl"), EEXIST);
    char buf[64] = {0};
    EQ("readlink", readlink("sl", buf, sizeof buf), 2);
    TRUE("readlink_content", memcmp(buf, "n3", 2) == 0);
    EQ("readlink_truncates", readlink("sl", buf, 1), 1);
    ERR("readlink_not_link", readlink("n3", buf, sizeof buf), EINVAL);
    ERR("readlink_missing", readlink("nope", buf, sizeof buf), ENOENT);
    symlink("dangling-target", "dl");
    ERR("open_dangling", open("dl", O_RDONLY), ENOENT);
    ERR("open_nofollow_link", open("sl", O_RDONLY | O_NOFOLLOW), ELOOP);
    symlink("loop2", "loop1");
    symlink("loop1", "loop2");
    ERR("symlink_loop", open("loop1", O_RDONLY), ELOOP);
    EQ("unlink_symlink_keeps_target", (unlink("sl"), access("n3", F_OK)), 0);
    int fd = open("n3", O_RDWR);
    unlink("n3");
    EQ("unlinked_open_file_writes", write(fd, "ab", 2), 2);
    fstat(fd, &st);
    EQ("unlinked_nlink", st.st_nlink, 0);
    close(fd);
    unlink("dl"); unlink("loop1"); unlink("loop2"); rmdir("rd2");
}

static void cwd_and_modes(void) {
    char start[PATH_MAX], buf[PATH_MAX];
    getcwd(start, sizeof start);
    mkdir("cw", 0755);
    EQ("chdir", chdir("cw"), 0);
    getcwd(buf, sizeof buf);
    size_t n = strlen(buf);
    TRUE("getcwd_after_chdir", n > 3 && strcmp(buf + n - 3, "/cw") == 0 && strncmp(buf, start, strlen(start)) == 0);
    EQ("chdir_dotdot", chdir(".."), 0);
    getcwd(buf, sizeof buf);
    TRUE("getcwd_back", strcmp(buf, start) == 0);
    ERR("chdir_file", (close(open("cf", O_CREAT | O_WRONLY, 0644)), chdir("cf")), ENOTDIR);
    ERR("chdir_missing", chdir("nope"), ENOENT);
    int dfd = open("cw", O_RDONLY | O_DIRECTORY);
    EQ("fchdir", fchdir(dfd), 0);
    getcwd(buf, sizeof buf);
    n = strlen(buf);
    TRUE("getcwd_after_fchdir", n > 3 && strcmp(buf + n - 3, "/cw") == 0);
    chdir(start);
    close(dfd);
    ERR("getcwd_small", syscall(SYS_getcwd, buf, 1), ERANGE);
    mode_t old = umask(022);
    EQ("umask_returns_old", umask(077), 022);
    close(open("um", O_CREAT | O_WRONLY, 0666));
    struct stat st;
    stat("um", &st);
    EQ("umask_applied", st.st_mode & 0777, 0600);
    mkdir("umd", 0777);
    stat("umd", &st);
    EQ("umask_applied_mkdir", st.st_mode & 0777, 0700);
    umask(old);
    EQ("chmod", chmod("um", 0641), 0);
    stat("um", &st);
    EQ("chmod_mode", st.st_mode & 07777, 0641);
    int fd = open("um", O_RDONLY);
    EQ("fchmod", fchmod(fd, 0600), 0);
    close(fd);
    EQ("access_exists", access("um", F_OK), 0);
    EQ("access_read", access("um", R_OK), 0);
    ERR("access_missing", access("nope", F_OK), ENOENT);
    ERR("access_bad_mode", access("um", 0x100), EINVAL);
    struct timespec ts[2] = {{1000000000, 5}, {1500000000, 7}};
    EQ("utimensat", utimensat(AT_FDCWD, "um", ts, 0), 0);
    stat("um", &st);
    TRUE("utimensat_mtime", st.st_mtim.tv_sec == 1500000000 && st.st_mtim.tv_nsec == 7);
    TRUE("utimensat_atime", st.st_atim.tv_sec == 1000000000 && st.st_atim.tv_nsec == 5);
    struct timespec omit[2] = {{0, UTIME_OMIT}, {42, 0}};
    utimensat(AT_FDCWD, "um", omit, 0);
    stat("um", &st);
    TRUE("utimensat_omit", st.st_atim.tv_sec == 1000000000 && st.st_mtim.tv_sec == 42);
    struct timespec bad[2] = {{0, 1000000000}, {0, 0}};
    ERR("utimensat_bad_nsec", utimensat(AT_FDCWD, "um", bad, 0), EINVAL);
    ERR("utimensat_missing", utimensat(AT_FDCWD, "nope", ts, 0), ENOENT);
    fd = open("um", O_RDWR);
    struct timespec fts[2] = {{2000000000, 0}, {0, UTIME_OMIT}};
    EQ("futimens", futimens(fd, fts), 0);
    fstat(fd, &st);
    TRUE("futimens_atime", st.st_atim.tv_sec == 2000000000 && st.st_mtim.tv_sec == 42);
    close(fd);
    char tmpf[64];
    snprintf(tmpf, sizeof tmpf, "/tmp/conform-%d", (int)getpid());
    close(open(tmpf, O_CREAT | O_WRONLY | O_TRUNC, 0644));
    EQ("chmod_private_tmp", chmod(tmpf, 0604), 0);
    stat(tmpf, &st);
    EQ("chmod_private_tmp_mode", st.st_mode & 07777, 0604);
    EQ("utimensat_private_tmp", utimensat(AT_FDCWD, tmpf, ts, 0), 0);
    stat(tmpf, &st);
    TRUE("utimensat_private_tmp_times", st.st_mtim.tv_sec == 1500000000 && st.st_atim.tv_sec == 1000000000);
    EQ("utimensat_now", utimensat(AT_FDCWD, tmpf, NULL, 0), 0);
    stat(tmpf, &st);
    TRUE("utimensat_now_recent", st.st_mtim.tv_sec > 1700000000);
    unlink(tmpf);
    rmdir("umd"); unlink("um"); unlink("cf"); rmdir("cw");
}

/* An O_PATH fd names a file without opening it for I/O: EBADF for read, write, lseek, ioctl, getdents64, ...; fstat,
 * fchdir, a dirfd, dup and F_GETFL/F_GETFD work, and the open ignores the other flags. F_GETFL shows O_LARGEFILE
 * (0100000: 0 in glibc's x86-64 headers; the kernel's open adds it) for every open by path, never for a pipe. */
static void path_fds(void) {
    char buf[64];
    struct iovec iov = {buf, sizeof buf};
    struct stat st;
    int w = open("op", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    write(w, "data", 4);
    close(w);
    mkdir("opd", 0755);
    close(open("opd/f", O_CREAT | O_WRONLY, 0644));
    int fd = open("op", O_PATH);
    ERR("opath_read", read(fd, buf, 4), EBADF);
    ERR("opath_pread", pread(fd, buf, 4, 0), EBADF);
    ERR("opath_readv", readv(fd, &iov, 1), EBADF);
    ERR("opath_write", write(fd, "x", 1), EBADF);
    ERR("opath_lseek", lseek(fd, 0, SEEK_CUR), EBADF);
    ERR("opath_ioctl_tcgets", syscall(SYS_ioctl, fd, 0x5401, buf), EBADF);
    ERR("opath_ftruncate", ftruncate(fd, 0), EBADF);
    ERR("opath_fsync", fsync(fd), EBADF);
    ERR("opath_setfl", fcntl(fd, F_SETFL, O_NONBLOCK), EBADF);
    TRUE("opath_fstat", fstat(fd, &st) == 0 && st.st_size == 4);
    EQ("opath_getfl", fcntl(fd, F_GETFL), O_PATH);
    EQ("opath_getfd", fcntl(fd, F_GETFD), 0);
    int d = dup(fd);
    EQ("opath_dup_getfl", fcntl(d, F_GETFL), O_PATH);
    close(d);
    close(fd);
    fd = open("opd", O_PATH | O_DIRECTORY);
    ERR("opath_getdents", syscall(SYS_getdents64, fd, buf, sizeof buf), EBADF);
    EQ("opath_dir_getfl", fcntl(fd, F_GETFL), O_PATH | O_DIRECTORY);
    EQ("opath_fstatat", fstatat(fd, "f", &st, 0), 0);
    TRUE("opath_empty_path", fstatat(fd, "", &st, AT_EMPTY_PATH) == 0 && S_ISDIR(st.st_mode));
    w = openat(fd, "f", O_RDONLY);
    TRUE("opath_openat", w >= 0);
    close(w);
    int cwd = open(".", O_RDONLY | O_DIRECTORY);
    EQ("opath_fchdir", fchdir(fd), 0);
    EQ("opath_fchdir_there", access("f", F_OK), 0);
    fchdir(cwd);
    close(cwd);
    close(fd);
    fd = open("op", O_PATH | O_WRONLY | O_TRUNC);
    TRUE("opath_ignores_trunc", stat("op", &st) == 0 && st.st_size == 4);
    EQ("opath_getfl_ignores_flags", fcntl(fd, F_GETFL), O_PATH);
    close(fd);
    ERR("opath_creat_missing", open("op-missing", O_PATH | O_CREAT, 0644), ENOENT);
    fd = open("op", O_RDONLY);
    EQ("getfl_largefile_rdonly", fcntl(fd, F_GETFL), 0100000);
    close(fd);
    fd = open("op", O_WRONLY | O_APPEND);
    EQ("getfl_largefile_append", fcntl(fd, F_GETFL), 0100000 | O_WRONLY | O_APPEND);
    close(fd);
    fd = open("op", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    EQ("getfl_largefile_more", fcntl(fd, F_GETFL), 0100000 | O_NOFOLLOW | O_NONBLOCK);
    close(fd);
    fd = open("opd", O_RDONLY | O_DIRECTORY);
    EQ("getfl_largefile_dir", fcntl(fd, F_GETFL), 0100000 | O_DIRECTORY);
    close(fd);
    fd = open("/dev/null", O_RDWR);
    EQ("getfl_largefile_dev_null", fcntl(fd, F_GETFL), 0100000 | O_RDWR);
    close(fd);
    int p[2];
    pipe(p);
    EQ("getfl_pipe_read_end", fcntl(p[0], F_GETFL), O_RDONLY);
    EQ("getfl_pipe_write_end", fcntl(p[1], F_GETFL), O_WRONLY);
    close(p[0]);
    close(p[1]);
    unlink("opd/f");
    rmdir("opd");
    unlink("op");
}

/* O_PATH|O_NOFOLLOW of a symlink: an fd of the link itself (plain O_NOFOLLOW: ELOOP). */
static void link_fds(void) {
    char buf[64];
    struct stat st;
    symlink("lf-target", "lf");
    ERR("nofollow_link_eloop", open("lf", O_RDONLY | O_NOFOLLOW), ELOOP);
    ERR("opath_link_directory", open("lf", O_PATH | O_NOFOLLOW | O_DIRECTORY), ENOTDIR);
    ERR("opath_link_follows_dangling", open("lf", O_PATH), ENOENT);
    int fd = open("lf", O_PATH | O_NOFOLLOW | O_WRONLY | O_CREAT | O_TRUNC, 0644);
    TRUE("opath_link_open", fd >= 0);
    TRUE("opath_link_fstat", fstat(fd, &st) == 0 && S_ISLNK(st.st_mode) && st.st_size == 9);
    TRUE("opath_link_empty_path", fstatat(fd, "", &st, AT_EMPTY_PATH) == 0 && S_ISLNK(st.st_mode));
    ERR("opath_link_empty_path_without_flag", fstatat(fd, "", &st, 0), ENOENT);
    EQ("opath_link_getfl", fcntl(fd, F_GETFL), O_PATH | O_NOFOLLOW);
    memset(buf, 0, sizeof buf);
    TRUE("opath_link_readlinkat", readlinkat(fd, "", buf, sizeof buf) == 9 && memcmp(buf, "lf-target", 9) == 0);
    ERR("opath_link_fchdir", fchdir(fd), ENOTDIR);
    ERR("opath_link_dirfd", fstatat(fd, "x", &st, 0), ENOTDIR);
    ERR("opath_link_openat", openat(fd, "x", O_RDONLY), ENOTDIR);
    ERR("opath_link_read", read(fd, buf, 1), EBADF);
    struct pollfd pfd = {fd, POLLIN | POLLOUT, 0};
    TRUE("opath_link_poll", poll(&pfd, 1, 0) == 1 && pfd.revents == POLLNVAL);
    int d = dup(fd);
    TRUE("opath_link_dup", fstat(d, &st) == 0 && S_ISLNK(st.st_mode));
    close(d);
    close(fd);
    int reg = open(".", O_RDONLY | O_DIRECTORY);
    ERR("readlinkat_empty_of_directory", readlinkat(reg, "", buf, sizeof buf), ENOENT);
    close(reg);
    ERR("readlinkat_empty_cwd", readlinkat(AT_FDCWD, "", buf, sizeof buf), ENOENT);
    unlink("lf");
}

/* faccessat2 and fchownat of an fd itself (AT_EMPTY_PATH): a file, an O_PATH one, a directory, a symlink's
   (another owner for a private file: tests/domains/legacy/test_emptypath.py). */
static void empty_path_fds(void) {
    struct stat st;
    int fd = open("ef", O_CREAT | O_RDWR | O_TRUNC, 0644), pfd = open("ef", O_PATH), dfd = open(".", O_RDONLY);
    symlink("ef", "efl");
    int lfd = open("efl", O_PATH | O_NOFOLLOW);
    EQ("faccessat2_empty_file", syscall(439, fd, "", W_OK | R_OK, AT_EMPTY_PATH), 0);
    ERR("faccessat2_empty_file_exec", syscall(439, fd, "", X_OK, AT_EMPTY_PATH), EACCES);
    ERR("faccessat2_empty_opath_exec", syscall(439, pfd, "", X_OK, AT_EMPTY_PATH), EACCES);
    EQ("faccessat2_empty_dir_exec", syscall(439, dfd, "", X_OK, AT_EMPTY_PATH), 0);
    EQ("faccessat2_empty_link_exec", syscall(439, lfd, "", X_OK, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW), 0);
    ERR("faccessat2_empty_without_flag", syscall(439, fd, "", F_OK, 0), ENOENT);
    ERR("faccessat2_empty_bad_flag", syscall(439, fd, "", F_OK, AT_EMPTY_PATH | 1), EINVAL);
    /* To the owner it has (the suite's working directory is a granted host one: its files keep their owner). */
    EQ("fchownat_empty_file", fchownat(fd, "", 0, 0, AT_EMPTY_PATH), 0);
    EQ("fchownat_empty_opath", fchownat(pfd, "", -1, 0, AT_EMPTY_PATH), 0);
    EQ("fchownat_empty_dir", fchownat(dfd, "", 0, -1, AT_EMPTY_PATH), 0);
    EQ("fchownat_empty_link", fchownat(lfd, "", 0, 0, AT_EMPTY_PATH), 0);
    TRUE("fchownat_empty_owner", fstat(fd, &st) == 0 && st.st_uid == 0 && st.st_gid == 0);
    ERR("fchownat_empty_without_flag", fchownat(fd, "", 0, 0, 0), ENOENT);
    ERR("fchown_opath", syscall(SYS_fchown, pfd, 0, 0), EBADF); /* (libc retries on /proc/self/fd) */
    EQ("fchown_file", fchown(fd, 0, 0), 0);
    close(lfd);
    close(dfd);
    close(pfd);
    close(fd);
    unlink("efl");
    unlink("ef");
}

/* poll/select/epoll of files on disk: always readable and writable, whatever the open mode; epoll refuses them. */
static void file_readiness(void) {
    int w = open("pf", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    mkdir("pfd", 0755);
    static const struct { const char *name, *path; int flags; } files[] = {
        {"poll_file_rdonly", "pf", O_RDONLY},
        {"poll_file_wronly", "pf", O_WRONLY},
        {"poll_file_rdwr", "pf", O_RDWR},
        {"poll_dir", "pfd", O_RDONLY | O_DIRECTORY},
        {"poll_dev_null_rdonly", "/dev/null", O_RDONLY},
    };
    for (unsigned i = 0; i < sizeof files / sizeof files[0]; i++) {
        char name[64];
        int fd = open(files[i].path, files[i].flags);
        struct pollfd pfd = {fd, POLLIN | POLLOUT | POLLPRI | POLLRDNORM | POLLWRNORM, 0};
        EQ(files[i].name, poll(&pfd, 1, 0) == 1 ? pfd.revents : -1, POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM);
        fd_set r, wr, x;
        FD_ZERO(&r);
        FD_ZERO(&wr);
        FD_ZERO(&x);
        FD_SET(fd, &r);
        FD_SET(fd, &wr);
        FD_SET(fd, &x);
        struct timeval tv = {0, 0};
        snprintf(name, sizeof name, "%s_select", files[i].name);
        TRUE(name, select(fd + 1, &r, &wr, &x, &tv) == 2 && FD_ISSET(fd, &r) && FD_ISSET(fd, &wr));
        int ep = epoll_create1(0);
        struct epoll_event ev = {EPOLLIN | EPOLLOUT, {0}};
        snprintf(name, sizeof name, "%s_epoll", files[i].name);
        ERR(name, epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev), EPERM);
        close(ep);
        close(fd);
    }
    close(w);
    int p[2];
    pipe(p);
    struct pollfd pfds[2] = {{p[0], POLLIN | POLLOUT, 0}, {p[1], POLLIN | POLLOUT, 0}};
    TRUE("poll_pipe_ends", poll(pfds, 2, 0) == 1 && pfds[0].revents == 0 && pfds[1].revents == POLLOUT);
    close(p[0]);
    close(p[1]);
    rmdir("pfd");
    unlink("pf");
}

/* A link's own times (utimensat AT_SYMLINK_NOFOLLOW; in the granted working directory, pointing in and out of it);
 * chown's set-ID rule on a private /tmp file (set-user-ID always dropped, set-group-ID when group-executable, for
 * -1, -1 too); chown of /tmp itself to no change and to its owner (another: tests/domains/legacy/test_fileattrs.py). */
static void owners_and_link_times(void) {
    struct stat st, target;
    struct timespec ts[2] = {{1000000000, 5}, {1500000000, 7}}, omit[2] = {{0, UTIME_OMIT}, {42, 0}};
    close(open("lt", O_CREAT | O_WRONLY | O_TRUNC, 0644));
    symlink("lt", "ltin");
    symlink("/conform-outside-the-grant", "ltout");
    utimensat(AT_FDCWD, "lt", omit, 0);
    EQ("utimensat_nofollow_link", utimensat(AT_FDCWD, "ltin", ts, AT_SYMLINK_NOFOLLOW), 0);
    lstat("ltin", &st);
    stat("lt", &target);
    TRUE("utimensat_nofollow_link_times", st.st_mtim.tv_sec == 1500000000 && st.st_atim.tv_nsec == 5);
    TRUE("utimensat_nofollow_target_kept", target.st_mtim.tv_sec == 42);
    int dfd = open(".", O_RDONLY | O_DIRECTORY);
    EQ("utimensat_nofollow_link_out", utimensat(dfd, "ltout", omit, AT_SYMLINK_NOFOLLOW), 0);
    lstat("ltout", &st);
    TRUE("utimensat_nofollow_link_out_times", st.st_mtim.tv_sec == 42);
    close(dfd);
    unlink("ltout"); unlink("ltin"); unlink("lt");
    char tmpf[64];
    snprintf(tmpf, sizeof tmpf, "/tmp/conform-owners-%d", (int)getpid());
    int fd = open(tmpf, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    static const struct { const char *name, *fname; mode_t mode, after; } modes[] = {
        {"chown_drops_setuid", "fchown_drops_setuid", 04755, 0755},
        {"chown_drops_setuid_setgid", "fchown_drops_setuid_setgid", 06755, 0755},
        {"chown_keeps_setgid_without_xgrp", "fchown_keeps_setgid_without_xgrp", 06644, 02644},
        {"chown_drops_setgid_xgrp", "fchown_drops_setgid_xgrp", 02710, 0710},
    };
    for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        chmod(tmpf, modes[i].mode);
        chown(tmpf, -1, -1);
        stat(tmpf, &st);
        EQ(modes[i].name, st.st_mode & 07777, modes[i].after);
        fchmod(fd, modes[i].mode);
        fchown(fd, -1, -1);
        fstat(fd, &st);
        EQ(modes[i].fname, st.st_mode & 07777, modes[i].after);
    }
    close(fd);
    unlink(tmpf);
    stat("/tmp", &st);
    EQ("chown_tmp_unchanged", chown("/tmp", -1, -1), 0);
    EQ("chown_tmp_own_owner", chown("/tmp", st.st_uid, st.st_gid), 0);
    EQ("lchown_tmp_own_owner", lchown("/tmp", st.st_uid, -1), 0);
    dfd = open("/tmp", O_RDONLY | O_DIRECTORY);
    EQ("fchown_tmp_own_owner", fchown(dfd, -1, st.st_gid), 0);
    close(dfd);
}

/* A directory's times set to a fixed past second, so whether a call changed them needs no sleep. */
#define PAST_SEC 1000000000
static void set_past(const char *dir) {
    struct timespec ts[2] = {{PAST_SEC, 0}, {PAST_SEC, 0}};
    utimensat(AT_FDCWD, dir, ts, 0);
}

/* Its mtime moved off the past second, and its ctime with it (Linux stamps both at once). */
static int dir_stamped(const char *dir) {
    struct stat st;
    if (stat(dir, &st) != 0) return 0;
    return st.st_mtim.tv_sec != PAST_SEC && st.st_ctim.tv_sec == st.st_mtim.tv_sec &&
           st.st_ctim.tv_nsec == st.st_mtim.tv_nsec;
}

/* Its mtime is still the past second. */
static int dir_kept(const char *dir) {
    struct stat st;
    return stat(dir, &st) == 0 && st.st_mtim.tv_sec == PAST_SEC && st.st_mtim.tv_nsec == 0;
}

static long dir_nlink(const char *dir) {
    struct stat st;
    return stat(dir, &st) == 0 ? (long)st.st_nlink : -1;
}

/* Adding or removing a name in a private (/tmp) directory stamps its mtime and ctime, a failed call does not; its
 * st_nlink counts its subdirectories (2 + n). The working directory is a granted host one: /tmp is the private area. */
static void dir_times(void) {
    char d[64], sub[80], f[80], g[80], h[80], l[80], sg[96], s2[80], s2in[96], miss[80];
    snprintf(d, sizeof d, "/tmp/conform-dirs-%d", (int)getpid());
    snprintf(sub, sizeof sub, "%s/sub", d);
    snprintf(f, sizeof f, "%s/f", d);
    snprintf(g, sizeof g, "%s/g", d);
    snprintf(h, sizeof h, "%s/h", d);
    snprintf(l, sizeof l, "%s/l", d);
    snprintf(sg, sizeof sg, "%s/sub/g", d);
    snprintf(s2, sizeof s2, "%s/sub2", d);
    snprintf(s2in, sizeof s2in, "%s/sub/sub2", d);
    snprintf(miss, sizeof miss, "%s/missing", d);
    mkdir(d, 0755);
    EQ("dir_nlink_empty", dir_nlink(d), 2);
    set_past(d);
    TRUE("dir_times_set_past", dir_kept(d));
    int fd = open(f, O_CREAT | O_WRONLY, 0644);
    TRUE("dir_times_creat", dir_stamped(d));
    set_past(d);
    write(fd, "x", 1);
    close(fd);
    close(open(f, O_CREAT | O_WRONLY | O_TRUNC, 0644));
    TRUE("dir_times_write_and_open_existing_kept", dir_kept(d));
    ERR("dir_times_creat_excl_eexist", open(f, O_CREAT | O_EXCL | O_WRONLY, 0644), EEXIST);
    TRUE("dir_times_creat_excl_eexist_kept", dir_kept(d));
    EQ("dir_times_mkdir_call", mkdir(sub, 0755), 0);
    TRUE("dir_times_mkdir", dir_stamped(d));
    EQ("dir_nlink_mkdir", dir_nlink(d), 3);
    set_past(d);
    ERR("dir_times_mkdir_eexist", mkdir(sub, 0755), EEXIST);
    TRUE("dir_times_mkdir_eexist_kept", dir_kept(d));
    EQ("dir_times_symlink_call", symlink("f", l), 0);
    TRUE("dir_times_symlink", dir_stamped(d));
    set_past(d);
    ERR("dir_times_symlink_eexist", symlink("f", l), EEXIST);
    TRUE("dir_times_symlink_eexist_kept", dir_kept(d));
    EQ("dir_times_unlink_call", unlink(l), 0);
    TRUE("dir_times_unlink", dir_stamped(d));
    set_past(d);
    ERR("dir_times_unlink_enoent", unlink(l), ENOENT);
    TRUE("dir_times_unlink_enoent_kept", dir_kept(d));
    EQ("dir_times_rename_within_call", rename(f, g), 0);
    TRUE("dir_times_rename_within", dir_stamped(d));
    set_past(d);
    set_past(sub);
    EQ("dir_times_rename_across_call", rename(g, sg), 0);
    TRUE("dir_times_rename_across_source", dir_stamped(d));
    TRUE("dir_times_rename_across_target", dir_stamped(sub));
    close(open(h, O_CREAT | O_WRONLY, 0644));
    set_past(d);
    set_past(sub);
    EQ("dir_times_rename_over_call", rename(sg, h), 0);
    TRUE("dir_times_rename_over_source", dir_stamped(sub));
    TRUE("dir_times_rename_over_target", dir_stamped(d));
    set_past(d);
    ERR("dir_times_rename_enoent", rename(miss, g), ENOENT);
    TRUE("dir_times_rename_enoent_kept", dir_kept(d));
    mkdir(s2, 0755);
    EQ("dir_nlink_two_subdirs", dir_nlink(d), 4);
    EQ("dir_times_rename_dir_call", rename(s2, s2in), 0);
    EQ("dir_nlink_rename_dir_source", dir_nlink(d), 3);
    EQ("dir_nlink_rename_dir_target", dir_nlink(sub), 3);
    set_past(d);
    ERR("dir_times_rmdir_notempty", rmdir(sub), ENOTEMPTY);
    TRUE("dir_times_rmdir_notempty_kept", dir_kept(d));
    rmdir(s2in);
    set_past(d);
    EQ("dir_times_rmdir_call", rmdir(sub), 0);
    TRUE("dir_times_rmdir", dir_stamped(d));
    EQ("dir_nlink_rmdir", dir_nlink(d), 2);
    unlink(h);
    rmdir(d);
}

/* The current second of the clock file systems stamp with: Linux's coarse one, which can lag CLOCK_REALTIME by a
 * tick (a stamp made just after a read of CLOCK_REALTIME could fall in the second before it). */
static time_t stamp_second(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME_COARSE, &t);
    return t.tv_sec;
}

/* Print NAME_ctime (the call just made stamped its ctime: at or after second t0) and NAME_mtime (its mtime stayed
 * at the past second, or with `moved` left it); `st` is what stat, fstat or lstat said after the call. */
static void ctime_case(const char *name, const struct stat *st, time_t t0, int moved) {
    char c[64], m[64];
    snprintf(c, sizeof c, "%s_ctime", name);
    snprintf(m, sizeof m, "%s_mtime", name);
    TRUE(c, st->st_ctim.tv_sec >= t0);
    int past = st->st_mtim.tv_sec == PAST_SEC && st->st_mtim.tv_nsec == 0;
    TRUE(m, moved ? !past : past);
}

/* A private (/tmp) file's or directory's ctime is its own: every change of the inode (chmod, chown, utimensat even
 * to the past or of atime alone, truncate, write, rename, unlink) stamps it now, and no program can set it; mtime
 * moves only with the data (truncate to the same size too; a write of nothing changes nothing). Each case first sets atime and mtime to a past second, so no case needs a sleep. */
static void ctime_rules(void) {
    char f[64], g[80], d[80], sub[96], l[80];
    snprintf(f, sizeof f, "/tmp/conform-ctime-%d", (int)getpid());
    snprintf(g, sizeof g, "%s.renamed", f);
    snprintf(d, sizeof d, "%s.d", f);
    snprintf(sub, sizeof sub, "%s.d/sub", f);
    snprintf(l, sizeof l, "%s.link", f);
    struct stat st;
    struct timespec omit_m[2] = {{PAST_SEC + 5, 0}, {0, UTIME_OMIT}}, past[2] = {{PAST_SEC, 0}, {PAST_SEC, 0}};
    int fd = open(f, O_CREAT | O_RDWR | O_TRUNC, 0644);
    write(fd, "hello", 5);
    time_t t0 = stamp_second();
    set_past(f);
    stat(f, &st);
    ctime_case("ctime_utimensat_past", &st, t0, 0);
    TRUE("ctime_utimensat_past_atime", st.st_atim.tv_sec == PAST_SEC);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_utimensat_atime_only_call", utimensat(AT_FDCWD, f, omit_m, 0), 0);
    stat(f, &st);
    ctime_case("ctime_utimensat_atime_only", &st, t0, 0);
    TRUE("ctime_utimensat_atime_only_atime", st.st_atim.tv_sec == PAST_SEC + 5);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_futimens_past_call", futimens(fd, past), 0);
    fstat(fd, &st);
    ctime_case("ctime_futimens_past", &st, t0, 0);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_chmod_call", chmod(f, 0600), 0);
    stat(f, &st);
    ctime_case("ctime_chmod", &st, t0, 0);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_fchmod_call", fchmod(fd, 0644), 0);
    fstat(fd, &st);
    ctime_case("ctime_fchmod", &st, t0, 0);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_chown_call", chown(f, -1, -1), 0);
    stat(f, &st);
    ctime_case("ctime_chown", &st, t0, 0);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_fchown_call", fchown(fd, -1, -1), 0);
    fstat(fd, &st);
    ctime_case("ctime_fchown", &st, t0, 0);
    symlink(f, l);
    utimensat(AT_FDCWD, l, past, AT_SYMLINK_NOFOLLOW);
    t0 = stamp_second();
    EQ("ctime_lchown_call", lchown(l, -1, -1), 0);
    lstat(l, &st);
    ctime_case("ctime_lchown", &st, t0, 0);
    unlink(l);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_write_call", write(fd, "x", 1), 1);
    fstat(fd, &st);
    ctime_case("ctime_write", &st, t0, 1);
    set_past(f);
    EQ("ctime_write_nothing_call", write(fd, "", 0), 0);
    fstat(fd, &st);
    TRUE("ctime_write_nothing_mtime", st.st_mtim.tv_sec == PAST_SEC);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_ftruncate_call", ftruncate(fd, 2), 0);
    fstat(fd, &st);
    ctime_case("ctime_ftruncate", &st, t0, 1);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_ftruncate_same_size_call", ftruncate(fd, 2), 0);
    fstat(fd, &st);
    ctime_case("ctime_ftruncate_same_size", &st, t0, 1);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_truncate_call", truncate(f, 7), 0);
    stat(f, &st);
    ctime_case("ctime_truncate", &st, t0, 1);
    EQ("ctime_truncate_size", st.st_size, 7);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_truncate_same_size_call", truncate(f, 7), 0);
    stat(f, &st);
    ctime_case("ctime_truncate_same_size", &st, t0, 1);
    set_past(f);
    close(open(f, O_WRONLY));
    stat(f, &st);
    TRUE("ctime_open_for_writing_mtime", st.st_mtim.tv_sec == PAST_SEC);
    t0 = stamp_second();
    close(open(f, O_WRONLY | O_TRUNC));
    stat(f, &st);
    ctime_case("ctime_open_trunc", &st, t0, 1);
    set_past(f);
    t0 = stamp_second();
    EQ("ctime_rename_call", rename(f, g), 0);
    stat(g, &st);
    ctime_case("ctime_rename", &st, t0, 0);
    struct stat fst;
    fstat(fd, &fst);
    TRUE("ctime_stat_fstat_agree", fst.st_ctim.tv_sec == st.st_ctim.tv_sec && fst.st_ctim.tv_nsec == st.st_ctim.tv_nsec
                                       && fst.st_mtim.tv_sec == st.st_mtim.tv_sec && fst.st_atim.tv_nsec == st.st_atim.tv_nsec);
    struct statx sx;
    EQ("ctime_statx_call", syscall(SYS_statx, AT_FDCWD, g, 0, STATX_BASIC_STATS, &sx), 0);
    TRUE("ctime_statx_times", sx.stx_ctime.tv_sec == st.st_ctim.tv_sec && sx.stx_ctime.tv_nsec == (unsigned)st.st_ctim.tv_nsec
                                  && sx.stx_mtime.tv_sec == PAST_SEC && sx.stx_atime.tv_sec == PAST_SEC
                                  && (sx.stx_mask & STATX_BASIC_STATS) == STATX_BASIC_STATS);
    set_past(g);
    t0 = stamp_second();
    EQ("ctime_unlink_open_call", unlink(g), 0);
    fstat(fd, &st);
    ctime_case("ctime_unlink_open", &st, t0, 0);
    close(fd);
    mkdir(d, 0755);
    mkdir(sub, 0755);
    set_past(sub);
    t0 = stamp_second();
    EQ("ctime_chmod_dir_call", chmod(sub, 0700), 0);
    stat(sub, &st);
    ctime_case("ctime_chmod_dir", &st, t0, 0);
    set_past(sub);
    t0 = stamp_second();
    EQ("ctime_rename_dir_call", rename(sub, g), 0);
    stat(g, &st);
    ctime_case("ctime_rename_dir", &st, t0, 0);
    rmdir(g);
    rmdir(d);
}

/* The st_nlink an fd's fstat and statx report: 0 once its file or directory has no name left, as Linux. */
static long fd_nlink(int fd, const char *name) {
    struct stat st;
    struct statx sx;
    char c[64];
    snprintf(c, sizeof c, "%s_statx", name);
    fstat(fd, &st);
    syscall(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, &sx);
    EQ(c, sx.stx_nlink, st.st_nlink);
    return (long)st.st_nlink;
}

/* A private (/tmp) file or directory removed while open (unlink, rmdir, a rename over it) reports st_nlink 0 through
 * its fd; its parent's count drops with a subdirectory gone; a rename onto itself changes nothing (Linux's
 * vfs_rename: the same inode on both sides). */
static void open_removed(void) {
    char d[64], f[80], g[80], sub[80], e[80], x[96];
    snprintf(d, sizeof d, "/tmp/conform-nlink-%d", (int)getpid());
    snprintf(f, sizeof f, "%s/f", d);
    snprintf(g, sizeof g, "%s/g", d);
    snprintf(sub, sizeof sub, "%s/sub", d);
    snprintf(e, sizeof e, "%s/e", d);
    snprintf(x, sizeof x, "%s/sub/x", d);
    mkdir(d, 0755);
    int fd = open(f, O_CREAT | O_RDWR | O_TRUNC, 0644);
    EQ("nlink_open_file", fd_nlink(fd, "nlink_open_file"), 1);
    EQ("nlink_unlink_open_call", unlink(f), 0);
    EQ("nlink_unlink_open", fd_nlink(fd, "nlink_unlink_open"), 0);
    EQ("nlink_unlink_open_write", write(fd, "ab", 2), 2);
    struct stat st;
    fstat(fd, &st);
    TRUE("nlink_unlink_open_written", st.st_nlink == 0 && st.st_size == 2);
    close(fd);
    fd = open(f, O_CREAT | O_RDWR, 0644);
    close(open(g, O_CREAT | O_WRONLY, 0644));
    EQ("nlink_renamed_over_call", rename(g, f), 0);
    EQ("nlink_renamed_over", fd_nlink(fd, "nlink_renamed_over"), 0);
    EQ("nlink_renamed_over_new", stat(f, &st) == 0 ? (long)st.st_nlink : -1, 1);
    close(fd);
    fd = open(f, O_RDONLY);
    struct stat before;
    set_past(d);
    fstat(fd, &before);
    EQ("rename_same_file_call", rename(f, f), 0);
    fstat(fd, &st);
    TRUE("rename_same_file_kept", st.st_nlink == 1 && st.st_ctim.tv_sec == before.st_ctim.tv_sec &&
                                      st.st_ctim.tv_nsec == before.st_ctim.tv_nsec && dir_kept(d));
    close(fd);
    unlink(f);
    mkdir(sub, 0755);
    fd = open(sub, O_RDONLY | O_DIRECTORY);
    EQ("nlink_open_dir", fd_nlink(fd, "nlink_open_dir"), 2);
    EQ("nlink_rmdir_open_call", rmdir(sub), 0);
    EQ("nlink_rmdir_open", fd_nlink(fd, "nlink_rmdir_open"), 0);
    EQ("nlink_rmdir_open_parent", dir_nlink(d), 2);
    close(fd);
    mkdir(sub, 0755);
    mkdir(e, 0755);
    EQ("nlink_two_subdirs", dir_nlink(d), 4);
    fd = open(sub, O_RDONLY | O_DIRECTORY);
    EQ("nlink_dir_renamed_over_call", rename(e, sub), 0);
    EQ("nlink_dir_renamed_over", fd_nlink(fd, "nlink_dir_renamed_over"), 0);
    EQ("nlink_dir_renamed_over_parent", dir_nlink(d), 3);
    close(fd);
    close(open(x, O_CREAT | O_WRONLY, 0644));
    set_past(d);
    EQ("rename_same_dir_call", rename(sub, sub), 0);
    TRUE("rename_same_dir_kept", dir_nlink(sub) == 2 && dir_kept(d));
    unlink(x);
    rmdir(sub);
    EQ("nlink_rmdir_last_parent", dir_nlink(d), 2);
    rmdir(d);
}

static int ts_eq(struct statx_timestamp a, struct statx_timestamp b) {
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

static int ts_le(struct statx_timestamp a, struct statx_timestamp b) {
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec <= b.tv_nsec);
}

/* statx of `path` (NULL: of fd) asking for the birth time; NAME_offered when STATX_BTIME is in its mask. */
static struct statx btime_of(const char *name, int fd, const char *path) {
    struct statx sx;
    char c[64];
    snprintf(c, sizeof c, "%s_offered", name);
    memset(&sx, 0, sizeof sx);
    syscall(SYS_statx, path ? AT_FDCWD : fd, path ? path : "", path ? 0 : AT_EMPTY_PATH,
            STATX_BASIC_STATS | STATX_BTIME, &sx);
    TRUE(c, sx.stx_mask & STATX_BTIME);
    return sx;
}

/* A private (/tmp) file's or directory's birth time (statx's STATX_BTIME, which ext4 and tmpfs offer): its creation
 * time, equal to its first mtime, and never changed after (writes, chmod, utimensat, rename, unlink, names added
 * inside). Compared only with its own other times and the second taken before the creation. */
static void btime_rules(void) {
    char f[64], g[80], d[80], in[96];
    snprintf(f, sizeof f, "/tmp/conform-btime-%d", (int)getpid());
    snprintf(g, sizeof g, "%s.renamed", f);
    snprintf(d, sizeof d, "%s.d", f);
    snprintf(in, sizeof in, "%s.d/in", f);
    time_t t0 = stamp_second();
    int fd = open(f, O_CREAT | O_RDWR | O_TRUNC, 0644);
    struct statx sx = btime_of("btime_file", -1, f);
    struct statx_timestamp born = sx.stx_btime;
    TRUE("btime_file_at_creation", born.tv_sec >= t0 && ts_eq(born, sx.stx_mtime) && ts_le(born, sx.stx_ctime));
    write(fd, "hello", 5);
    sx = btime_of("btime_write", fd, NULL);
    TRUE("btime_write_kept", ts_eq(sx.stx_btime, born) && ts_le(born, sx.stx_mtime));
    chmod(f, 0600);
    sx = btime_of("btime_chmod", -1, f);
    TRUE("btime_chmod_kept", ts_eq(sx.stx_btime, born));
    set_past(f);
    sx = btime_of("btime_utimensat", -1, f);
    TRUE("btime_utimensat_kept", ts_eq(sx.stx_btime, born) && sx.stx_mtime.tv_sec == PAST_SEC);
    ftruncate(fd, 1);
    sx = btime_of("btime_ftruncate", fd, NULL);
    TRUE("btime_ftruncate_kept", ts_eq(sx.stx_btime, born));
    rename(f, g);
    sx = btime_of("btime_rename", -1, g);
    TRUE("btime_rename_kept", ts_eq(sx.stx_btime, born));
    unlink(g);
    sx = btime_of("btime_unlinked", fd, NULL);
    TRUE("btime_unlinked_kept", ts_eq(sx.stx_btime, born));
    close(fd);
    fd = open(f, O_CREAT | O_WRONLY, 0644);
    sx = btime_of("btime_recreated", fd, NULL);
    TRUE("btime_recreated_later", ts_le(born, sx.stx_btime) && ts_eq(sx.stx_btime, sx.stx_mtime));
    close(fd);
    unlink(f);
    t0 = stamp_second();
    mkdir(d, 0755);
    sx = btime_of("btime_dir", -1, d);
    born = sx.stx_btime;
    TRUE("btime_dir_at_creation", born.tv_sec >= t0 && ts_eq(born, sx.stx_mtime) && ts_le(born, sx.stx_ctime));
    close(open(in, O_CREAT | O_WRONLY, 0644));
    sx = btime_of("btime_dir_entry", -1, d);
    TRUE("btime_dir_entry_kept", ts_eq(sx.stx_btime, born) && ts_le(born, sx.stx_mtime));
    chmod(d, 0700);
    set_past(d);
    fd = open(d, O_RDONLY | O_DIRECTORY);
    sx = btime_of("btime_dir_attrs", fd, NULL);
    TRUE("btime_dir_attrs_kept", ts_eq(sx.stx_btime, born));
    close(fd);
    unlink(in);
    rmdir(d);
}

int main(void) {
    open_flags();
    path_fds();
    link_fds();
    empty_path_fds();
    file_readiness();
    seeking();
    descriptors();
    more_files();
    stats();
    directories();
    names();
    cwd_and_modes();
    owners_and_link_times();
    dir_times();
    ctime_rules();
    open_removed();
    btime_rules();
    CONFORM_END();
}

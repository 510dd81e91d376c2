/* Conformance: error paths across families (bad pointers, bad descriptors, bad flags, bad names). */
#include "conform.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *)16)

/* A full fd table: dup and F_DUPFD fail with EMFILE and the source stays open. */
static void emfile(int fd) {
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    struct rlimit low = {rl.rlim_cur < 256 ? rl.rlim_cur : 256, rl.rlim_max};
    setrlimit(RLIMIT_NOFILE, &low); /* natively; a virtine keeps its fixed 1024 */
    static int dups[4096];
    int n = 0, d;
    while (n < 4096 && (d = dup(fd)) >= 0) dups[n++] = d;
    int e = errno;
    TRUE("emfile_dup", n < 4096 && e == EMFILE);
    ERR("emfile_fcntl_dupfd", fcntl(fd, F_DUPFD, 0), EMFILE);
    char c;
    EQ("emfile_source_still_open", pread(fd, &c, 1, 0), 1);
    EQ("emfile_dup_still_open", n > 0 ? pread(dups[0], &c, 1, 0) : -1, 1);
    close(dups[--n]); /* one free slot: a pipe needs two */
    int p[2];
    ERR("emfile_pipe", pipe(p), EMFILE);
    d = dup(fd);
    TRUE("emfile_pipe_left_the_slot_free", d >= 0);
    if (d >= 0) close(d);
    while (n > 0) close(dups[--n]);
    setrlimit(RLIMIT_NOFILE, &rl);
}

int main(void) {
    int fd = open("e", O_CREAT | O_RDWR | O_TRUNC, 0644);
    write(fd, "data", 4);
    lseek(fd, 0, SEEK_SET);
    /* Raw system calls: libc wrappers may touch a bad pointer themselves. */
    ERR("efault_read_buf", syscall(SYS_read, fd, BAD, 4), EFAULT);
    ERR("efault_write_buf", syscall(SYS_write, fd, BAD, 4), EFAULT);
    ERR("efault_open_path", syscall(SYS_open, BAD, O_RDONLY), EFAULT);
    ERR("efault_stat_buf", syscall(SYS_fstat, fd, BAD), EFAULT);
    ERR("efault_stat_path", syscall(SYS_stat, BAD, BAD), EFAULT);
    ERR("efault_pipe", syscall(SYS_pipe, BAD), EFAULT);
    ERR("efault_uname", syscall(SYS_uname, BAD), EFAULT);
    ERR("efault_clock_gettime", syscall(SYS_clock_gettime, CLOCK_MONOTONIC, BAD), EFAULT);
    ERR("efault_nanosleep", syscall(SYS_nanosleep, BAD, NULL), EFAULT);
    ERR("efault_getcwd", syscall(SYS_getcwd, BAD, 100), EFAULT);
    ERR("efault_readv_iov", syscall(SYS_readv, fd, BAD, 1), EFAULT);
    struct iovec iov = {BAD, 4};
    ERR("efault_readv_base", syscall(SYS_readv, fd, &iov, 1), EFAULT);
    ERR("efault_sigaction", syscall(SYS_rt_sigaction, SIGUSR1, BAD, NULL, 8), EFAULT);
    ERR("efault_kernel_address", syscall(SYS_write, 1, (void *)0xffff800000000000UL, 1), EFAULT);
    ERR("efault_past_end", syscall(SYS_write, 1, (void *)0x7ffffffff000UL, 1), EFAULT);
    char buf[8];
    ERR("ebadf_read", read(77, buf, 1), EBADF);
    ERR("ebadf_write", write(77, buf, 1), EBADF);
    ERR("ebadf_negative", read(-5, buf, 1), EBADF);
    ERR("ebadf_huge", read(1 << 30, buf, 1), EBADF);
    struct stat st;
    ERR("ebadf_fstat", fstat(77, &st), EBADF);
    ERR("ebadf_lseek", lseek(77, 0, SEEK_SET), EBADF);
    ERR("ebadf_dup", dup(77), EBADF);
    ERR("ebadf_openat_dirfd", openat(77, "x", O_RDONLY), EBADF);
    EQ("openat_abs_ignores_dirfd", (close(openat(77, "/", O_RDONLY)), 0), 0);
    ERR("ebadf_fchdir", fchdir(77), EBADF);
    ERR("ebadf_faccessat_dirfd", syscall(SYS_faccessat, -1, "foo", F_OK), EBADF);
    ERR("ebadf_dup2_negative_target", dup2(fd, -2), EBADF);
    ERR("ebadf_dup2_target_past_limit", dup2(fd, 1 << 20), EBADF);
    ERR("ebadf_dup3_negative_target", syscall(SYS_dup3, fd, -2, 0), EBADF);
    ERR("einval_fcntl_dupfd_negative", fcntl(fd, F_DUPFD, -1), EINVAL);
    ERR("einval_fcntl_dupfd_past_limit", fcntl(fd, F_DUPFD, 1 << 20), EINVAL);
    ERR("ebadf_ftruncate", ftruncate(77, 0), EBADF);
    ERR("einval_open_flags_creat_dir", open("newdir", O_CREAT | O_DIRECTORY | O_RDWR, 0644), EINVAL);
    ERR("einval_lseek_whence", lseek(fd, 0, 9), EINVAL);
    ERR("efault_read_huge_count", syscall(SYS_read, fd, buf, -1L), EFAULT);
    ERR("einval_fcntl", fcntl(fd, 12345), EINVAL);
    ERR("einval_dup3_flags", syscall(SYS_dup3, fd, 50, 0x1), EINVAL);
    ERR("einval_accept_mode", access("e", 0x40), EINVAL);
    ERR("einval_sigprocmask_size", syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, 3), EINVAL);
    ERR("einval_getrandom_flags", syscall(SYS_getrandom, buf, 4, 0x80), EINVAL);
    char longname[NAME_MAX + 10];
    memset(longname, 'n', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    ERR("enametoolong_component", open(longname, O_RDONLY), ENAMETOOLONG);
    ERR("enametoolong_mkdir", mkdir(longname, 0755), ENAMETOOLONG);
    char *longpath = malloc(PATH_MAX + 16);
    for (int i = 0; i < PATH_MAX + 14; i += 2) { longpath[i] = 'a'; longpath[i + 1] = '/'; }
    longpath[PATH_MAX + 14] = 0;
    ERR("enametoolong_path", open(longpath, O_RDONLY), ENAMETOOLONG);
    free(longpath);
    ERR("enoent_empty_path", open("", O_RDONLY), ENOENT);
    ERR("enoent_stat", stat("missing", &st), ENOENT);
    ERR("enoent_deep", stat("missing/deeper/still", &st), ENOENT);
    ERR("enotdir_stat", stat("e/x", &st), ENOTDIR);
    ERR("enotdir_trailing_slash", stat("e/", &st), ENOTDIR);
    ERR("enotdir_mkdir", mkdir("e/sub", 0755), ENOTDIR);
    ERR("enotdir_unlink_trailing_slash", unlink("e/"), ENOTDIR);
    ERR("enotdir_truncate_trailing_slash", truncate("e/", 0), ENOTDIR);
    ERR("eisdir_creat_trailing_slash", open("newfile/", O_CREAT | O_WRONLY, 0644), EISDIR);
    ERR("eisdir_creat_existing_dir", open(".", O_CREAT | O_RDONLY, 0644), EISDIR);
    ERR("enoent_symlink_trailing_slash", symlink("e", "newlink/"), ENOENT);
    ERR("eexist_symlink_onto_dir_slash", (mkdir("sd", 0755), symlink("e", "sd/")), EEXIST);
    rmdir("sd");
    symlink("e", "elink");
    ERR("enotdir_readlink_trailing_slash", readlink("elink/", buf, sizeof buf), ENOTDIR);
    ERR("enotdir_lstat_link_trailing_slash", lstat("elink/", &st), ENOTDIR);
    unlink("elink");
    ERR("enoent_rename_missing_to_slash", rename("nope", "nope/"), ENOENT);
    ERR("enoent_rename_empty_source", rename("", "renamed"), ENOENT);
    ERR("enoent_rename_empty_target", rename("e", ""), ENOENT);
    EQ("rename_empty_left_cwd", access("e", F_OK), 0);
    ERR("enotdir_rename_file_to_slash", rename("e", "e2/"), ENOTDIR);
    EQ("mkdir_trailing_slash", mkdir("md/", 0755), 0);
    EQ("rmdir_trailing_slash", rmdir("md/"), 0);
    ERR("eisdir_open_write", open(".", O_WRONLY), EISDIR);
    ERR("eexist_mkdir_dot", mkdir(".", 0755), EEXIST);
    ERR("enosys_unknown_number", syscall(1000), ENOSYS);
    struct winsize ws;
    ERR("enotty_ioctl_file", ioctl(fd, TIOCGWINSZ, &ws), ENOTTY);
    emfile(fd);
    close(fd);
    unlink("e");
    CONFORM_END();
}

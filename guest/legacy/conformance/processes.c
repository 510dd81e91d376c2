/* Conformance: processes and signals (fork/wait4, exit codes, execve errors, kill, sigaction, masks). */
#include "conform.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t hits, last_sig, nested_blocked;

static void on_usr(int sig) {
    hits++;
    last_sig = sig;
}

static void on_usr_check_mask(int sig) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    nested_blocked = sigismember(&cur, sig) + 2 * sigismember(&cur, SIGUSR2);
    hits++;
}

static volatile sig_atomic_t info_ok;

static void on_info(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    info_ok = si->si_signo == sig && si->si_code == SI_USER && si->si_pid == getpid() && si->si_uid == getuid();
}

static void more_processes(void) {
    struct sigaction sa = {0};
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa, NULL);
    info_ok = 0;
    kill(getpid(), SIGUSR2);
    TRUE("siginfo_from_kill", info_ok);
    signal(SIGUSR2, SIG_DFL);
    int fd = open("cloexec-probe", O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
    int keep = open("cloexec-probe", O_RDONLY);
    char fdarg[16], keeparg[16];
    snprintf(fdarg, sizeof fdarg, "%d", fd);
    snprintf(keeparg, sizeof keeparg, "%d", keep);
    pid_t c = fork();
    if (c == 0) {
        char *args[] = {"/proc/self/exe", "--exec-check", fdarg, keeparg, NULL};
        char *envp[] = {"CONFORM_VAR=value", NULL};
        execve("/proc/self/exe", args, envp);
        _exit(99);
    }
    int st;
    struct rusage ru;
    memset(&ru, 0xff, sizeof ru);
    EQ("wait4_rusage", wait4(c, &st, 0, &ru), c);
    EQ("exec_args_env_cloexec", WEXITSTATUS(st), 0);
    TRUE("wait4_rusage_filled", ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
    close(fd);
    close(keep);
    unlink("cloexec-probe");
    c = fork();
    if (c == 0) _exit(5);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    EQ("waitid_exited", waitid(P_PID, c, &si, WEXITED), 0);
    TRUE("waitid_info", si.si_pid == c && si.si_code == CLD_EXITED && si.si_status == 5);
    pid_t me = getpid();
    c = fork();
    if (c == 0) _exit(getpid() != me && getppid() == me ? 0 : 1);
    waitpid(c, &st, 0);
    EQ("child_pid_differs", WEXITSTATUS(st), 0);
    sigset_t set, cur;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    c = fork();
    if (c == 0) {
        sigprocmask(SIG_BLOCK, NULL, &cur);
        _exit(sigismember(&cur, SIGUSR1) ? 0 : 1);
    }
    waitpid(c, &st, 0);
    EQ("fork_inherits_mask", WEXITSTATUS(st), 0);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static int exec_check(char **argv) {
    int fd = atoi(argv[2]), keep = atoi(argv[3]);
    const char *v = getenv("CONFORM_VAR");
    if (!v || strcmp(v, "value") != 0) return 1;
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) return 2;
    if (fcntl(keep, F_GETFD) != 0) return 3;
    return 0;
}

/* After execve: the mask and ignored signals stay, a handler becomes the default, nothing lost. */
static int exec_signals(void) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    if (!sigismember(&cur, SIGUSR1) || sigismember(&cur, SIGUSR2)) return 1;
    struct sigaction old;
    sigaction(SIGUSR2, NULL, &old);
    if (old.sa_handler != SIG_IGN) return 2;
    sigaction(SIGTERM, NULL, &old);
    if (old.sa_handler != SIG_DFL) return 3;
    sigpending(&cur);
    if (!sigismember(&cur, SIGUSR1)) return 4;
    return 0;
}

static volatile sig_atomic_t alarms;

static void on_alarm(int sig) { alarms += sig == SIGALRM; }

/* Signals the kernel sends (a timer, a child's exit) reach handlers and masks set without it. */
static void kernel_signals(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    sigset_t set, none;
    sigemptyset(&set);
    sigemptyset(&none);
    sigaddset(&set, SIGALRM);
    sigprocmask(SIG_BLOCK, &set, NULL);
    struct itimerval it = {{0, 0}, {0, 20000}};
    EQ("setitimer_real", setitimer(ITIMER_REAL, &it, NULL), 0);
    ERR("sigsuspend_alarm", sigsuspend(&none), EINTR);
    EQ("alarm_handler_ran", alarms, 1);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    signal(SIGALRM, SIG_DFL);
    /* act and old in one buffer: the new action is read before the old one is written */
    struct sigaction both = {0};
    both.sa_handler = on_usr;
    sigaction(SIGUSR1, &both, NULL);
    both.sa_handler = SIG_IGN;
    EQ("sigaction_same_buffer", sigaction(SIGUSR1, &both, &both), 0);
    TRUE("sigaction_same_buffer_old", both.sa_handler == on_usr);
    sigaction(SIGUSR1, NULL, &both);
    TRUE("sigaction_same_buffer_new", both.sa_handler == SIG_IGN);
    signal(SIGUSR1, SIG_DFL);
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, SIGUSR2);
    sigprocmask(SIG_SETMASK, &m, NULL);
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    EQ("sigprocmask_same_buffer", sigprocmask(SIG_BLOCK, &m, &m), 0);
    TRUE("sigprocmask_same_buffer_old", sigismember(&m, SIGUSR2) && !sigismember(&m, SIGUSR1));
    sigprocmask(SIG_SETMASK, NULL, &m);
    TRUE("sigprocmask_same_buffer_new", sigismember(&m, SIGUSR2) && sigismember(&m, SIGUSR1));
    ERR("rt_sigaction_bad_size", syscall(SYS_rt_sigaction, SIGUSR1, NULL, &both, 4), EINVAL);
    ERR("rt_sigprocmask_bad_size", syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &m, 4), EINVAL);
    ERR("sigaction_fault", syscall(SYS_rt_sigaction, SIGUSR1, (void *)8, NULL, 8), EFAULT);
    ERR("sigprocmask_fault", syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, (void *)8, 8), EFAULT);
    sigemptyset(&m);
    sigprocmask(SIG_SETMASK, &m, NULL);
    /* execve keeps the mask, ignored signals and pending ones; handlers become the default */
    signal(SIGUSR2, SIG_IGN);
    signal(SIGUSR1, on_usr);
    signal(SIGTERM, on_usr);
    sigaddset(&m, SIGUSR1);
    sigprocmask(SIG_BLOCK, &m, NULL);
    pid_t c = fork();
    if (c == 0) {
        kill(getpid(), SIGUSR1);
        char *args[] = {"/proc/self/exe", "--exec-signals", NULL};
        char *envp[] = {NULL};
        execve("/proc/self/exe", args, envp);
        _exit(99);
    }
    int st;
    waitpid(c, &st, 0);
    EQ("exec_keeps_mask_ignored_pending", WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), 0);
    hits = 0;
    kill(getpid(), SIGUSR1);
    TRUE("blocked_until_unblocked", hits == 0);
    sigprocmask(SIG_UNBLOCK, &m, NULL);
    TRUE("delivered_on_unblock", hits == 1);
    signal(SIGUSR1, SIG_DFL);
    signal(SIGUSR2, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    /* a blocked signal whose action is the default (ending the process) stays pending */
    sigset_t p;
    sigprocmask(SIG_BLOCK, &m, NULL);
    kill(getpid(), SIGUSR1);
    sigpending(&p);
    TRUE("blocked_default_pending", sigismember(&p, SIGUSR1));
    signal(SIGUSR1, SIG_IGN); /* ignoring it discards it: unblocking ends nothing */
    sigprocmask(SIG_UNBLOCK, &m, NULL);
    TRUE("blocked_default_discarded_by_ignore", 1);
    signal(SIGUSR1, SIG_DFL);
}

static void waiting(void) {
    pid_t c = fork();
    if (c == 0) _exit(7);
    TRUE("fork_returns_pid", c > 0);
    int st = -1;
    EQ("wait4_pid", wait4(c, &st, 0, NULL), c);
    TRUE("wait_exited", WIFEXITED(st) && WEXITSTATUS(st) == 7);
    EQ("wait_raw_status", st, 7 << 8);
    c = fork();
    if (c == 0) _exit(300);
    waitpid(c, &st, 0);
    EQ("exit_code_truncated", WEXITSTATUS(st), 300 & 0xff);
    c = fork();
    if (c == 0) { kill(getpid(), SIGKILL); _exit(1); }
    waitpid(c, &st, 0);
    TRUE("wait_signaled", WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
    EQ("wait_signaled_raw", st, SIGKILL);
    c = fork();
    if (c == 0) { signal(SIGTERM, SIG_DFL); raise(SIGTERM); _exit(1); }
    waitpid(c, &st, 0);
    TRUE("raise_default_kills", WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
    c = fork();
    if (c == 0) { *(volatile int *)16 = 1; _exit(0); }
    waitpid(c, &st, 0);
    TRUE("child_segv", WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV);
    ERR("wait_no_children", wait4(-1, &st, 0, NULL), ECHILD);
    ERR("wait_not_child", wait4(1, &st, 0, NULL), ECHILD);
    int p[2];
    pipe(p);
    c = fork();
    if (c == 0) { char b; read(p[0], &b, 1); _exit(3); }
    EQ("wait_wnohang_running", wait4(c, &st, WNOHANG, NULL), 0);
    write(p[1], "x", 1);
    EQ("wait_after_release", wait4(c, &st, 0, NULL), c);
    EQ("wait_released_code", WEXITSTATUS(st), 3);
    close(p[0]); close(p[1]);
    ERR("wait_bad_options", wait4(-1, &st, 0x1000, NULL), EINVAL);
    pipe(p);
    c = fork();
    if (c == 0) { pid_t pp = getppid(); write(p[1], &pp, sizeof pp); _exit(0); }
    pid_t seen = 0;
    read(p[0], &seen, sizeof seen);
    waitpid(c, &st, 0);
    TRUE("getppid_in_child", seen == getpid());
    close(p[0]); close(p[1]);
    c = fork();
    if (c == 0) { int fd = open("from-child", O_CREAT | O_WRONLY, 0644); write(fd, "c", 1); _exit(0); }
    waitpid(c, &st, 0);
    EQ("child_file_visible", access("from-child", F_OK), 0);
    unlink("from-child");
    int fd = open("shared-off", O_CREAT | O_RDWR | O_TRUNC, 0644);
    c = fork();
    if (c == 0) { write(fd, "abc", 3); _exit(0); }
    waitpid(c, &st, 0);
    EQ("fork_shares_offset", lseek(fd, 0, SEEK_CUR), 3);
    close(fd);
    unlink("shared-off");
    int x = 5;
    c = fork();
    if (c == 0) { x = 6; _exit(x); }
    waitpid(c, &st, 0);
    TRUE("fork_copies_memory", x == 5 && WEXITSTATUS(st) == 6);
    c = vfork();
    if (c == 0) _exit(9);
    waitpid(c, &st, 0);
    EQ("vfork_exit", WEXITSTATUS(st), 9);
}

static void exec_errors(void) {
    char *argv[] = {"x", NULL}, *envp[] = {NULL};
    ERR("execve_missing", execve("./no-such-program", argv, envp), ENOENT);
    ERR("execve_directory", execve(".", argv, envp), EACCES);
    int fd = open("notexec", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    write(fd, "just text\n", 10);
    close(fd);
    ERR("execve_not_executable", execve("./notexec", argv, envp), EACCES);
    chmod("notexec", 0755);
    ERR("execve_garbage", execve("./notexec", argv, envp), ENOEXEC);
    ERR("execve_through_file", execve("./notexec/x", argv, envp), ENOTDIR);
    unlink("notexec");
    pid_t c = fork();
    if (c == 0) {
        char *args[] = {"/proc/self/exe", "--child", NULL};
        execve("/proc/self/exe", args, envp);
        _exit(99);
    }
    int st;
    waitpid(c, &st, 0);
    EQ("execve_self_code", WEXITSTATUS(st), 42);
}

static void signals(void) {
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_usr;
    EQ("sigaction_install", sigaction(SIGUSR1, &sa, &old), 0);
    TRUE("sigaction_old_default", old.sa_handler == SIG_DFL);
    sigaction(SIGUSR1, NULL, &old);
    TRUE("sigaction_query", old.sa_handler == on_usr);
    hits = 0;
    EQ("kill_self", kill(getpid(), SIGUSR1), 0);
    TRUE("handler_ran", hits == 1 && last_sig == SIGUSR1);
    EQ("kill_zero_signal", kill(getpid(), 0), 0);
    ERR("kill_bad_signal", kill(getpid(), 65), EINVAL);
    ERR("kill_no_such_pid", kill(99999, SIGUSR1), ESRCH);
    ERR("sigaction_kill", sigaction(SIGKILL, &sa, NULL), EINVAL);
    ERR("sigaction_stop", sigaction(SIGSTOP, &sa, NULL), EINVAL);
    ERR("sigaction_bad", sigaction(0, &sa, NULL), EINVAL);
    sigset_t set, prev;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    EQ("sigprocmask_block", sigprocmask(SIG_BLOCK, &set, &prev), 0);
    hits = 0;
    kill(getpid(), SIGUSR1);
    TRUE("blocked_not_delivered", hits == 0);
    sigset_t pend;
    sigpending(&pend);
    TRUE("sigpending", sigismember(&pend, SIGUSR1));
    kill(getpid(), SIGUSR1);
    EQ("sigprocmask_unblock", sigprocmask(SIG_UNBLOCK, &set, NULL), 0);
    TRUE("unblocked_delivered_once", hits == 1);
    ERR("sigprocmask_bad_how", sigprocmask(99, &set, NULL), EINVAL);
    sigset_t cur;
    sigemptyset(&cur);
    sigaddset(&cur, SIGKILL);
    sigprocmask(SIG_SETMASK, &cur, NULL);
    sigprocmask(SIG_SETMASK, NULL, &cur);
    TRUE("sigkill_unblockable", !sigismember(&cur, SIGKILL));
    sigemptyset(&cur);
    sigprocmask(SIG_SETMASK, &cur, NULL);
    sa.sa_handler = on_usr_check_mask;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    sa.sa_flags = 0;
    sigaction(SIGUSR1, &sa, NULL);
    nested_blocked = -1;
    kill(getpid(), SIGUSR1);
    EQ("handler_mask_self_and_sa_mask", nested_blocked, 3);
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGUSR1, &sa, NULL);
    kill(getpid(), SIGUSR1);
    EQ("handler_mask_nodefer", nested_blocked, 2);
    sa.sa_handler = on_usr;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGUSR1, &sa, NULL);
    kill(getpid(), SIGUSR1);
    sigaction(SIGUSR1, NULL, &old);
    TRUE("resethand_resets", old.sa_handler == SIG_DFL);
    signal(SIGUSR2, SIG_IGN);
    EQ("ignored_signal", kill(getpid(), SIGUSR2), 0);
    signal(SIGUSR2, SIG_DFL);
    sa.sa_handler = on_usr;
    sa.sa_flags = 0;
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    pid_t c = fork();
    if (c == 0) { kill(getppid(), SIGUSR1); _exit(0); }
    sigset_t waitmask;
    sigemptyset(&waitmask);
    hits = 0;
    ERR("sigsuspend", sigsuspend(&waitmask), EINTR);
    TRUE("sigsuspend_handler_ran", hits == 1);
    sigprocmask(SIG_SETMASK, NULL, &cur);
    TRUE("sigsuspend_restores_mask", sigismember(&cur, SIGUSR1));
    waitpid(c, NULL, 0);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    sa.sa_handler = on_usr;
    sigaction(SIGCHLD, &sa, NULL);
    hits = 0;
    c = fork();
    if (c == 0) _exit(0);
    waitpid(c, NULL, 0);
    TRUE("sigchld_delivered", hits == 1 && last_sig == SIGCHLD);
    signal(SIGCHLD, SIG_DFL);
    int p[2];
    pipe(p);
    signal(SIGUSR1, SIG_DFL);
    c = fork();
    if (c == 0) {
        close(p[1]);
        char b;
        read(p[0], &b, 1);
        _exit(0);
    }
    close(p[0]);
    kill(c, SIGUSR1);
    int st;
    waitpid(c, &st, 0);
    TRUE("kill_child_default_terminates", WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1);
    close(p[1]);
}

static void identity_and_limits(void) {
    TRUE("getpid_positive", getpid() > 0);
    EQ("gettid_is_pid", syscall(SYS_gettid), getpid());
    struct rlimit rl;
    EQ("getrlimit_nofile", getrlimit(RLIMIT_NOFILE, &rl), 0);
    TRUE("rlimit_nofile_sane", rl.rlim_cur > 0 && rl.rlim_cur <= rl.rlim_max);
    EQ("getrlimit_stack", getrlimit(RLIMIT_STACK, &rl), 0);
    ERR("getrlimit_bad", getrlimit(99, &rl), EINVAL);
    struct rlimit nl;
    EQ("prlimit_query", syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &nl), 0);
    ERR("prlimit_other_pid", syscall(SYS_prlimit64, 99999, RLIMIT_NOFILE, NULL, &nl), ESRCH);
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--child") == 0) return 42;
    if (argc > 3 && strcmp(argv[1], "--exec-check") == 0) return exec_check(argv);
    if (argc > 1 && strcmp(argv[1], "--exec-signals") == 0) return exec_signals();
    waiting();
    exec_errors();
    signals();
    kernel_signals();
    identity_and_limits();
    more_processes();
    CONFORM_END();
}

/* Conformance: identity and system information (uname, ids, groups, limits, sysinfo, getrandom). */
#include "conform.h"

#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(void) {
    struct utsname u;
    EQ("uname", uname(&u), 0);
    TRUE("uname_sysname", strcmp(u.sysname, "Linux") == 0);
    TRUE("uname_machine", strcmp(u.machine, "x86_64") == 0);
    TRUE("uname_release_nonempty", u.release[0] >= '1' && u.release[0] <= '9');
    TRUE("uname_nodename_nonempty", u.nodename[0] != 0);
    TRUE("uid_matches_euid", getuid() == geteuid());
    TRUE("gid_matches_egid", getgid() == getegid());
    uid_t r, e, s;
    EQ("getresuid", getresuid(&r, &e, &s), 0);
    TRUE("getresuid_agrees", r == getuid() && e == geteuid() && s == geteuid());
    gid_t gr, ge, gs;
    EQ("getresgid", getresgid(&gr, &ge, &gs), 0);
    TRUE("getresgid_agrees", gr == getgid() && ge == getegid());
    int ng = getgroups(0, NULL);
    TRUE("getgroups_count", ng >= 0);
    TRUE("getpgrp_positive", getpgrp() > 0);
    /* 0 when the session leader lives outside this PID namespace (containers, CI). */
    TRUE("getsid_succeeds", getsid(0) >= 0);
    EQ("getpgid_self", getpgid(0), getpgrp());
    struct rlimit rl;
    EQ("getrlimit_as", getrlimit(RLIMIT_AS, &rl), 0);
    EQ("getrlimit_core", getrlimit(RLIMIT_CORE, &rl), 0);
    EQ("getrlimit_nproc", getrlimit(RLIMIT_NPROC, &rl), 0);
    struct rlimit cur;
    getrlimit(RLIMIT_NOFILE, &cur);
    struct rlimit lower = {cur.rlim_cur > 64 ? 64 : cur.rlim_cur, cur.rlim_max};
    EQ("setrlimit_lower_soft", setrlimit(RLIMIT_NOFILE, &lower), 0);
    getrlimit(RLIMIT_NOFILE, &rl);
    EQ("setrlimit_applied", rl.rlim_cur, lower.rlim_cur);
    struct rlimit bad = {10, 5};
    ERR("setrlimit_soft_above_hard", setrlimit(RLIMIT_NOFILE, &bad), EINVAL);
    struct sysinfo si;
    EQ("sysinfo", sysinfo(&si), 0);
    TRUE("sysinfo_sane", si.totalram > 0 && si.mem_unit > 0 && si.uptime >= 0);
    unsigned char rnd[64] = {0};
    EQ("getrandom", getrandom(rnd, sizeof rnd, 0), 64);
    int nz = 0;
    for (int i = 0; i < 64; i++) nz += rnd[i] != 0;
    TRUE("getrandom_nonzero", nz > 32);
    EQ("getrandom_nonblock", getrandom(rnd, 16, GRND_NONBLOCK), 16);
    ERR("getrandom_bad_flags", getrandom(rnd, 16, 0x100), EINVAL);
    long pagesz = sysconf(_SC_PAGESIZE);
    EQ("pagesize", pagesz, 4096);
    TRUE("nprocessors", sysconf(_SC_NPROCESSORS_ONLN) >= 1);
    EQ("umask_default", (umask(022), umask(022)), 022);
    CONFORM_END();
}

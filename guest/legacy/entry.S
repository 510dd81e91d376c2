/* The guest side of a legacy program's system calls: the page LSTAR points at.
 *
 * Runs in ring 3 (on this machine's PVM `syscall` does not change privilege;
 * on hardware the same code is correct too because nothing here is privileged).
 * Answered here: read (from the read cache, and at the end of a file FDS describes), write (buffered, to fds the host marks), getrandom (host-provided bytes), prlimit64 queries,
 * rt_sigaction and rt_sigprocmask (on the signal block the host delivers from: SIGNALS),
 * ioctl(TCGETS), fcntl(F_GETFD), fstat and a non-moving lseek of fds the host describes at FDS, newfstatat of paths whose
 * answers the host kept at PATHS, and openat of those kept as missing (both pages: sysarea.FdView) or naming a file or
 * directory the file store keeps (STORE, filestore.py: open_kept), getdents64 of a listing put
 * at a directory's open (listing.py), socket(AF_UNIX, SOCK_STREAM) and its connect
 * to a path kept as missing, and its close (guestfds), futex(FUTEX_WAKE_PRIVATE) of a process alone, getcwd (CWD),
 * readlink("/proc/self/exe") and of "", prctl(PR_GET_NAME), brk, getpid, gettid (the host keeps S_TID
 * the running thread's), get[e]uid/get[e]gid,
 * set_tid_address, set_robust_list (both noted for the host), rseq (-ENOSYS); anonymous mmap, munmap, mremap and
 * madvise in mm.c (mprotect goes to the host: it owns the page tables)
 * (compiled to assembly and included at the end, run on a stack of their own).
 * Every call answered here is counted per number in the counter page (COUNTS, for `--stats`).
 * On entry: rax = number, rdi rsi rdx r10 r8 r9 = arguments, rcx = return rip,
 * r11 = saved rflags (SFMASK cleared DF/TF/AC). Calls answered here return
 * with every register but rax (and rcx/r11, as on Linux) preserved; all others
 * leave through `out` to SYSCALL_PORT, after which the host sets rax, rip = rcx
 * and rflags = r11 itself.
 *
 * The state page (STATE) is shared with the host: the program break and the
 * mapping floor move both here (fast) and on the host (slow path, munmap,
 * file mappings), each side reading the other's latest values from it.
 *
 * `faults` (wherever the code before it ends: the host reads the symbol): CPU exception stubs, 8 bytes per vector, reached through
 * interrupt gates on their own stack (IST1); they report the vector and the
 * exception frame to the host through FAULT_PORT.
 *
 * The code spans two read-only pages: MORE (0x8000: the signal calls) and ENTRY (0xB000, LSTAR).
 * They are one section, so jumps between them are plain relative jumps; the blob's bytes between
 * the two pages (the GDT, TSS and IDT pages) are padding the host does not copy (sysarea.prepare).
 */

#define STATE        0xC000
#define S_BRK_START  (STATE + 0)
#define S_BRK        (STATE + 8)
#define S_BRK_HIGH   (STATE + 16)
#define S_FLOOR      (STATE + 24)
#define S_PRISTINE   (STATE + 32)
#define S_PID        (STATE + 40)
#define S_TID_ADDR   (STATE + 48)
#define S_RSEQ       (STATE + 56)
#define S_FAST       (STATE + 64)
#define S_RDI        (STATE + 72)
#define S_RSI        (STATE + 80)
#define S_RCX        (STATE + 88)
#define S_RDX        (STATE + 96)
#define S_RC_FD      (STATE + 104)      /* read cache: fd it holds data of (-1: none) */
#define S_RC_POS     (STATE + 112)      /* next unread cached byte (guest address) */
#define S_RC_END     (STATE + 120)      /* one past the last cached byte */
#define S_RC_HITS    (STATE + 128)
#define S_USER_LO    (STATE + 136)      /* user memory a read may target: [lo, hi) minus the guard */
#define S_USER_HI    (STATE + 144)
#define S_GUARD_LO   (STATE + 152)
#define S_GUARD_HI   (STATE + 160)
#define S_RND_POS    (STATE + 168)      /* random bytes the host left for getrandom: [pos, end) */
#define S_RND_END    (STATE + 176)
#define S_COMM       (STATE + 184)      /* the process name, 16 bytes (prctl PR_GET_NAME) */
#define S_EXE_LEN    (STATE + 200)      /* length of the path /proc/self/exe reads (0: ask the host) */
#define S_FS_HINT    (STATE + 208)      /* FS base the host pre-set in the MSR (0: none) */
#define S_FS_SET     (STATE + 216)      /* 1 once the program set FS to S_FS_HINT here */
#define S_WB_MASK    (STATE + 224)      /* fds whose writes may be buffered (bit n = fd n), set by the host */
#define S_WB_FD      (STATE + 232)      /* the fd the buffered bytes are for */
#define S_WB_LEN     (STATE + 240)      /* bytes buffered at WB_BUF (0: none) */
#define S_MAP_TOP    (STATE + 248)      /* one past the mapping area (mm.c) */
#define S_EXE        (STATE + 512)
#define WB_BUF       (STATE + 1024)     /* write buffer, flushed by the host at the next exit */
#define WB_SIZE      3072
#define SYSCALL_PORT 0xE2
#define FAULT_PORT   0xE3
#define PAGE         4096
#define COUNTS       0xE000             /* u32 per system call number < NCOUNTS answered here */
#define NCOUNTS      512
#define S_NR         0xE800             /* number of the call being answered (for COUNTS) */
#define S_USP        0xE808             /* the program's rsp while mm.c runs on MM_STACK */
#define S_TID        0xE810             /* the running thread's id (the host writes it at each switch) */
#define S_ROBUST     0xE818             /* the running thread's robust list head (set_robust_list) */
#define S_CLOSED     0xE820             /* fds closed here, released by the host at the next exit (bit n = fd n) */
#define S_MADE       0xE828             /* AF_UNIX stream sockets made here, made by the host at the next exit (bit n) */
#define S_MADE_CX    0xE830             /* ... their close-on-exec bits */
#define S_MADE_NB    0xE838             /* ... their O_NONBLOCK bits */
#define S_LS_FD      0xE840             /* a directory whose whole listing the host put at READ_CACHE (listing.py) */
#define S_LS_LEN     0xE848             /* ... its length (0: none) */
#define S_OPENED     0xD900             /* kept files opened here, taken in by the host at the next exit (bit n = fd n) */
#define S_GO_ENT     0xD908             /* ... per fd < FD_SLOTS, a u32: its entry in the file store (filestore.py) */
#define S_GO_FL      0xD968             /* ... per fd, a u32: the flags it was opened with */
#define STORE        0x8A000            /* the file store's index: u64 per path slot, its entry (0: none) */
#define ENT_LEN      144                /* an entry: struct stat, then its length, then the bytes from ENT_DATA */
#define ENT_DATA     152
#define OPEN_KEPT    0xA8100            /* O_CLOEXEC | O_NOFOLLOW | O_LARGEFILE | O_NOCTTY: what a kept open may add */
#define OPEN_DIR     0x10800            /* O_DIRECTORY | O_NONBLOCK: what a kept directory's may add too (opendir's) */
#define ST_MODE      24                 /* offset of st_mode in struct stat */
#define READ_CACHE   0x100000
#define MM_STACK     0xF000             /* top of the stack mm.c runs on (down to 0xE850) */
#define MM_HOST      -5000              /* mm.c: "the host serves this call" */
#define MORE         0x8000             /* the first code page (the blob starts there) */
#define ENTRY        0xB000             /* LSTAR */
/* The signal block (syscalls/sigstate.py): one copy, read by this stub and the host's delivery. */
#define SIGNALS      0xD000
#define S_SIGMASK    (SIGNALS + 0)      /* the running thread's blocked signals (bit sig-1) */
#define S_SIGPEND    (SIGNALS + 8)      /* its pending signals (the host's mirror; read-only here) */
#define S_SIGTMP     (SIGNALS + 16)     /* 32 bytes: a new action, copied before the old one is written */
#define SIGACTS      (SIGNALS + 64)     /* struct kernel_sigaction (32 bytes) for signals 1..64 */
#define UNBLOCKABLE  ((1 << 8) | (1 << 18))   /* SIGKILL, SIGSTOP */
/* What the host lets the guest answer about fds 0..FD_SLOTS-1 (sysarea.FdView; read-only here). */
#define FDS          0x6000             /* u64 flags per fd */
#define FD_SLOTS     24
#define FD_STATS     0x6100             /* struct stat (144 bytes) per fd, valid with FD_STAT */
#define FD_OPEN      1
#define FD_CLOEXEC   2
#define FD_STAT      4
#define FD_POS       8                  /* a regular file's offset is at FD_OFFSETS (the host's; -1: ask it) */
#define FD_NOSEEK    16                 /* a pipe or stream: lseek is -ESPIPE */
#define FD_LISTED    32                 /* a directory read to its end: getdents64 is 0 */
#define FD_PATH      64                 /* an O_PATH fd: ioctl is -EBADF (the host's) */
#define FD_OFFSETS   0x6E80             /* i64 per fd */
#define FD_NEW       0x60C8             /* 1: the guest may hand out a new fd itself (sys_socket) */
#define FD_ALONE     0x60D0             /* 1: one thread and no other process: no futex waiter but it (sys_futex) */
#define CWD          0x6F40             /* the working directory's length with its NUL (0: ask the host), then it */
#define ST_SIZE      48                 /* offset of st_size in struct stat */
/* Path stat answers (sysarea.FdView): 128 slots of PATH_SLOT bytes, a path in one of its two slots
 * (h = fnv1a(path): h % 128, then h * FIB >> 57): key (length | AT_SYMLINK_NOFOLLOW << 8; 0 = empty),
 * hash, result (0 or -errno), struct stat (144 bytes), the path. */
#define PATHS        0x80000            /* 128 slots, then the file store (STORE) */
#define PATH_SLOT    320
#define PATH_MAX_LEN 152
#define FIB          0x9e3779b97f4a7c15

/* CHECK_DEST ptr, len, fail: [ptr, ptr+len) lies in user memory and off the stack guard page,
 * so a copy into it cannot fault inside this stub (a bad pointer goes to the host: -EFAULT). */
.macro CHECK_DEST ptr, len, fail
        mov     \ptr, %rax
        add     \len, %rax
        jc      \fail
        cmp     S_USER_LO, \ptr
        jb      \fail
        cmp     S_USER_HI, %rax
        ja      \fail
        cmp     S_GUARD_LO, %rax
        jbe     98f
        cmp     S_GUARD_HI, \ptr
        jb      \fail
98:
.endm

        .text
        .code64

/* ---- page MORE (0x8000) ---- */

/* rt_sigaction(sig, act, old, sigsetsize): the dispositions at SIGACTS. Linux's order: the new
 * action is read first (act and old may be one buffer), SIGKILL/SIGSTOP leave its mask; anything
 * unusual (a bad signal or size, SIGKILL/SIGSTOP set, a bad pointer) goes to the host. */
sys_rt_sigaction:
        cmp     $8, %r10
        jne     host
        test    %rdi, %rdi
        jz      host
        cmp     $64, %rdi
        ja      host
        test    %rsi, %rsi
        jz      1f
        cmp     $9, %rdi                 /* SIGKILL, SIGSTOP: EINVAL from the host */
        je      host
        cmp     $19, %rdi
        je      host
1:      mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        test    %rsi, %rsi
        jz      2f
        CHECK_DEST %rsi, $32, restore_host_nr
        mov     $S_SIGTMP, %edi
        mov     $32, %ecx
        rep movsb
        andq    $~UNBLOCKABLE, S_SIGTMP + 24
2:      mov     S_RDX, %rdi
        test    %rdi, %rdi
        jz      3f
        CHECK_DEST %rdi, $32, restore_host_nr
        mov     S_RDI, %esi
        shl     $5, %esi
        add     $(SIGACTS - 32), %esi
        mov     $32, %ecx
        rep movsb
3:      cmpq    $0, S_RSI
        je      4f
        mov     S_RDI, %edi
        shl     $5, %edi
        add     $(SIGACTS - 32), %edi
        mov     $S_SIGTMP, %esi
        mov     $32, %ecx
        rep movsb
4:      xor     %eax, %eax
        jmp     restore_return

/* rt_sigprocmask(how, set, old, sigsetsize) on S_SIGMASK. A new mask that unblocks a pending
 * signal goes to the host, which changes it and delivers the signal as the call returns. */
sys_rt_sigprocmask:
        cmp     $8, %r10
        jne     host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     S_SIGMASK, %rdx          /* rdx = the old mask */
        mov     %rdx, %rcx               /* rcx = the new one */
        test    %rsi, %rsi
        jz      2f                       /* no set: how is not looked at */
        cmp     $2, %rdi
        ja      restore_host_nr          /* EINVAL from the host */
        CHECK_DEST %rsi, $8, restore_host_nr
        mov     (%rsi), %rax
        cmp     $1, %edi
        ja      1f
        je      3f
        or      %rax, %rcx               /* SIG_BLOCK */
        jmp     4f
3:      not     %rax                     /* SIG_UNBLOCK */
        and     %rax, %rcx
        jmp     4f
1:      mov     %rax, %rcx               /* SIG_SETMASK */
4:      and     $~UNBLOCKABLE, %rcx
        mov     %rcx, %rax
        not     %rax
        and     S_SIGPEND, %rax
        jnz     restore_host_nr          /* a pending signal becomes deliverable */
2:      mov     S_RDX, %rdi
        test    %rdi, %rdi
        jz      5f
        CHECK_DEST %rdi, $8, restore_host_nr
        mov     %rdx, (%rdi)
5:      mov     %rcx, S_SIGMASK
        xor     %eax, %eax
        jmp     restore_return

/* ioctl(fd, TCGETS or TIOCGWINSZ) of an open fd but an O_PATH one: -ENOTTY (no file a guest opens is a terminal). */
sys_ioctl:
        cmp     $FD_SLOTS, %rdi
        jae     host
        bt      %rdi, S_OPENED                 /* a kept file opened here (its FDS flags are not its own) */
        jc      2f
        bt      %rdi, S_CLOSED                 /* closed here: the host releases it, then answers EBADF */
        jc      host
        testb   $FD_OPEN, FDS(,%rdi,8)
        jz      host
        testb   $FD_PATH, FDS(,%rdi,8)
        jnz     host
2:      cmp     $0x5401, %esi            /* the request is 32 bits */
        je      1f
        cmp     $0x5413, %esi
        jne     host
1:      mov     $-25, %rax
        jmp     fast_return

/* fcntl(fd, F_GETFD) of an open fd: its close-on-exec flag. */
sys_fcntl:
        cmp     $FD_SLOTS, %rdi
        jae     host
        cmp     $1, %rsi
        jne     host
        bt      %rdi, S_OPENED
        jc      1f
        bt      %rdi, S_CLOSED
        jc      host
        testb   $FD_OPEN, FDS(,%rdi,8)         /* (before rax is the answer: the host reads the number there) */
        jz      host
        mov     FDS(,%rdi,8), %rax
        shr     $1, %eax
        and     $1, %eax
        jmp     fast_return
1:      mov     S_GO_FL(,%rdi,4), %eax
        shr     $19, %eax                      /* O_CLOEXEC */
        and     $1, %eax
        jmp     fast_return

/* newfstatat(fd, "", buf, AT_EMPTY_PATH [| AT_SYMLINK_NOFOLLOW]) and fstat(fd, buf) of a file whose
 * struct stat the host left at FD_STATS (a read-only layer's: unchanging during the run). */
sys_newfstatat:
        cmp     $-100, %edi                    /* AT_FDCWD: a path's kept answer */
        je      stat_path
        cmp     $FD_SLOTS, %rdi
        jae     host
        test    $~0x1100, %r10
        jnz     host
        bt      $12, %r10
        jnc     host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        CHECK_DEST %rsi, $1, restore_host_nr   /* the path's first byte is readable ... */
        cmpb    $0, (%rsi)
        jne     restore_host_nr                /* ... and ends it */
        mov     %rdx, %rsi
        jmp     fstat_copy
sys_fstat:
        cmp     $FD_SLOTS, %rdi
        jae     host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
fstat_copy:                                    /* rdi = fd, rsi = buf */
        CHECK_DEST %rsi, $144, restore_host_nr
        mov     S_GO_ENT(,%rdi,4), %eax        /* a kept file opened here: its entry's stat */
        bt      %rdi, S_OPENED
        jc      1f
        bt      %rdi, S_CLOSED
        jc      restore_host_nr
        testb   $FD_STAT, FDS(,%rdi,8)
        jz      restore_host_nr
        imul    $144, %rdi, %rax
        add     $FD_STATS, %rax
1:      mov     %rsi, %rdi
        mov     %rax, %rsi
        mov     $144, %ecx
        rep movsb
        xor     %eax, %eax
        jmp     restore_return

/* openat(AT_FDCWD, path, flags) without O_CREAT or O_TMPFILE of a path whose kept answer at PATHS is
 * -ENOENT or -ENOTDIR: the same error, as the host would answer; of a path that is there and whose file the
 * store keeps (STORE): open_kept; else the host opens it.
 * The key's AT_SYMLINK_NOFOLLOW bit is O_NOFOLLOW's (a missing path is missing either way). */
sys_openat:
        cmp     $-100, %edi                    /* AT_FDCWD (an int) */
        jne     host
        test    $0x400040, %edx                /* O_CREAT, __O_TMPFILE: the host's */
        jnz     host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     %edx, %edi
        and     $0x20000, %edi                 /* O_NOFOLLOW (1 << 17) -> 0x100 << 8 */
        shr     $1, %edi
        jmp     path_slot

/* newfstatat(AT_FDCWD, path, buf, 0 | AT_SYMLINK_NOFOLLOW) of a path the host answered from a read-only
 * layer earlier in this run and kept at PATHS (it empties them when anything could change what a path names). */
stat_path:
        test    $~0x100, %r10
        jnz     host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     %r10, %rdi
        shl     $8, %rdi                       /* rdi = the key's flag bits */
path_slot:                                     /* rsi = the path, rdi = the key's flag bits; S_NR says who asks */
        CHECK_DEST %rsi, $(PATH_MAX_LEN + 1), restore_host_nr
        mov     $0xcbf29ce484222325, %rax      /* FNV-1a, as sysarea.path_hash */
        xor     %ecx, %ecx
1:      movzbl  (%rsi,%rcx), %edx
        test    %edx, %edx
        jz      2f
        xor     %rdx, %rax
        mov     %rax, %rdx                     /* times 0x100000001b3 = 2^40 + 0x1b3 */
        shl     $40, %rdx
        imul    $0x1b3, %rax, %rax
        add     %rdx, %rax
        inc     %ecx
        cmp     $PATH_MAX_LEN, %ecx
        jbe     1b
        jmp     restore_host_nr                /* too long to be kept */
2:      test    %ecx, %ecx
        jz      restore_host_nr                /* "": ENOENT from the host */
        or      %rcx, %rdi                     /* rdi = the key */
        mov     %eax, %edx                     /* the first slot: the hash's low 7 bits */
        and     $127, %edx
        imul    $PATH_SLOT, %edx
        add     $PATHS, %edx                   /* rdx = the slot */
        cmp     %rdi, (%rdx)
        jne     3f
        cmp     %rax, 8(%rdx)
        je      4f
3:      mov     $FIB, %rdx                     /* the second: its top 7 bits times FIB (all bits count) */
        imul    %rax, %rdx
        shr     $57, %rdx
        imul    $PATH_SLOT, %edx
        add     $PATHS, %edx
        cmp     %rdi, (%rdx)
        jne     restore_host_nr
        cmp     %rax, 8(%rdx)
        jne     restore_host_nr
4:      lea     168(%rdx), %rdi
        repe cmpsb                             /* rsi = the path, rcx = its length */
        jne     restore_host_nr
        mov     16(%rdx), %rax
        test    %rax, %rax
        jnz     restore_return                 /* -ENOENT, -ENOTDIR */
        cmpq    $262, S_NR
        jne     open_kept                      /* openat or connect of a path that is there */
        mov     S_RDX, %rdi
        CHECK_DEST %rdi, $144, restore_host_nr
        lea     24(%rdx), %rsi
        mov     $144, %ecx
        rep movsb
        xor     %eax, %eax
        jmp     restore_return

/* close(fd) of a read-only layer's regular file no other fd shares (FD_POS), or of a directory read to its end no other
 * fd shares (FD_LISTED: nothing a close does is seen then): 0 at once, the fd noted at
 * S_CLOSED. The host releases it at the very next exit of any kind (before serving that call), so every
 * call it sees finds the fd closed, as every call answered here does (they check S_CLOSED first). */
sys_close:
        cmp     $FD_SLOTS, %rdi
        jae     host
        btr     %rdi, S_MADE                   /* a socket made here (sys_socket): the host never sees it */
        jc      1f
        btr     %rdi, S_OPENED                 /* a kept file opened here (open_kept): nor that */
        jc      3f
        testb   $(FD_POS | FD_LISTED), FDS(,%rdi,8)   /* a layer file, or a directory read to its end: alone */
        jz      host
        bt      %rdi, S_CLOSED
        jc      host                           /* closed twice: EBADF from the host */
        bts     %rdi, S_CLOSED
3:      cmp     S_RC_FD, %rdi
        jne     2f
        movq    $-1, S_RC_FD                   /* its cached bytes are no one's now */
2:      cmp     S_LS_FD, %rdi
        jne     1f
        movq    $0, S_LS_LEN                   /* so is its listing */
1:      xor     %eax, %eax
        jmp     fast_return

/* getcwd(buf, size) of the working directory the host keeps at CWD: as sys_getcwd, -ERANGE before any copy. */
sys_getcwd:
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     CWD, %rcx
        test    %rcx, %rcx
        jz      restore_host_nr                /* none kept (too long, a warm state being taken, a fork child) */
        mov     $-34, %rax                     /* -ERANGE */
        cmp     %rsi, %rcx                     /* size is a size_t */
        ja      restore_return
        CHECK_DEST %rdi, %rcx, restore_host_nr /* EFAULT from the host */
        mov     %rcx, %rdx
        mov     $(CWD + 8), %esi
        rep movsb
        mov     %rdx, %rax
        jmp     restore_return

/* futex(addr, FUTEX_WAKE_PRIVATE, n) of a process the host marked alone (FD_ALONE: one thread, no other process
 * in the domain): 0, as the host answers (no waiter can exist but the caller), after its checks: an aligned
 * address below the top of the address space (a private futex's word is not read, as on Linux). */
sys_futex:
        cmpq    $0, FD_ALONE
        je      host
        cmp     $0x81, %rsi                    /* the host checks all 64 bits of op */
        jne     host
        test    $3, %dil
        jnz     host                           /* EINVAL from the host */
        mov     $0x7FFFFFFFEFFC, %rax          /* TASK_SIZE_MAX - 4: EFAULT above, from the host */
        cmp     %rax, %rdi
        mov     $202, %eax
        ja      host
        xor     %eax, %eax
        jmp     fast_return

/* openat(AT_FDCWD, path, flags) of a path whose slot (rdx, from path_slot) holds a file the store keeps (STORE: a
 * read-only layer's regular file, whole, as the host's open put it in the read cache: prefill.py; or a directory,
 * its whole listing as listing.py put it), flags O_RDONLY with at most OPEN_KEPT (a directory: | OPEN_DIR): the
 * lowest free fd (free_fd), noted at S_OPENED with its entry and flags, a file's bytes in the read cache or a
 * directory's listing at S_LS_*, as after the host's open. The host opens the file at that fd at the next exit of
 * any kind (filestore.take_opened: after the fds closed here, one of which the fd may reuse; before it serves
 * anything), at the offset the read cache's end stands for (a directory: its end, or 0 when its listing was not
 * taken); until then fstat, lseek (a file's), read, getdents64 (a directory's), ioctl(TCGETS), fcntl(F_GETFD)
 * and close of the fd are answered here from the entry, anything else exits and finds it opened. Several may be
 * pending (each fd its own entry and flags; python3 opens modules while a .pth file is open), each only while the
 * read cache holds no unread byte of another fd (a file: an earlier one's were all read, so the host's offset, its
 * length, stays true without them) or no listing waits (a directory). */
open_kept:
        cmpq    $257, S_NR
        jne     restore_host_nr                /* connect of a path that is there */
        cmpq    $0, FD_NEW
        je      restore_host_nr
        lea     -PATHS(%rdx), %eax             /* the slot's number: (rdx - PATHS) / PATH_SLOT, PATH_SLOT = 5 * 64 */
        shr     $6, %eax
        imul    $13108, %eax, %eax             /* / 5 (exact below 16384) */
        shr     $16, %eax
        mov     STORE(,%rax,8), %rdx           /* its entry (0: none) */
        test    %rdx, %rdx
        jz      restore_host_nr                /* (rdx, the entry, stays to open_fd: free_fd uses rax alone) */
        mov     $OPEN_KEPT, %eax
        mov     ST_MODE(%rdx), %ecx
        and     $0xF000, %ecx
        cmp     $0x4000, %ecx
        jne     2f
        cmpq    $0, S_LS_LEN                   /* a directory: its listing goes where the host puts one (listing.py) */
        jne     restore_host_nr
        or      $OPEN_DIR, %eax
        jmp     3f
2:      cmpq    $-1, S_RC_FD                   /* a file: its bytes go in the read cache */
        je      3f
        mov     S_RC_POS, %rcx
        cmp     S_RC_END, %rcx
        jb      restore_host_nr                /* unread cached bytes of another fd: the host gives them back */
3:      not     %eax
        test    %eax, S_RDX                    /* O_RDONLY (0) and the flags a kept open may add (an int) */
        jnz     restore_host_nr
        jmp     free_fd
open_fd:                                       /* rax = the fd (its S_CLOSED bit stays: the host releases that first) */
        mov     S_RDX, %ecx                    /* rdx = the entry (below 1 MiB: a u32) */
        mov     %ecx, S_GO_FL(,%rax,4)
        mov     %edx, S_GO_ENT(,%rax,4)
        mov     ENT_LEN(%rdx), %rcx
        testl   $0x4000, ST_MODE(%rdx)         /* (a regular file or a directory: 0x8000 or 0x4000) */
        jz      4f
        mov     %rax, S_LS_FD                  /* a directory: its listing, as listing.put leaves one */
        mov     %rcx, S_LS_LEN
        jmp     5f
4:      mov     %rax, S_RC_FD
        add     $ENT_DATA, %rdx
        mov     %rdx, S_RC_POS
        add     %rcx, %rdx
        mov     %rdx, S_RC_END
5:
        bts     %rax, S_OPENED                 /* last: an exit before it sees none */
        jmp     restore_return


/* mm.c, compiled to assembly by the build (stub.py), on page MORE (the ENTRY page is full);
 * it ends with a section switch, so .text is entered again after it. */
#include "mm.s"
        .text

/* ---- page ENTRY (0xB000, LSTAR) ---- */
        .org    ENTRY - MORE, 0xcc
        .globl entry
entry:
        mov     %rax, S_NR
        test    %rax, %rax              /* read */
        jz      sys_read
        cmp     $1, %rax                /* write */
        je      sys_write
        cmp     $12, %rax
        je      sys_brk
        cmp     $9, %rax                /* mmap, munmap, mremap, madvise: mm.c */
        je      sys_mm
        cmp     $11, %rax
        je      sys_mm
        cmp     $25, %rax
        je      sys_mm
        cmp     $28, %rax
        je      sys_mm
        cmp     $39, %rax               /* getpid */
        je      sys_getpid
        cmp     $186, %rax              /* gettid */
        je      sys_gettid
        cmp     $102, %rax              /* getuid, getgid, geteuid, getegid: all 0 */
        je      sys_zero
        cmp     $104, %rax
        je      sys_zero
        cmp     $107, %rax
        je      sys_zero
        cmp     $108, %rax
        je      sys_zero
        cmp     $218, %rax              /* set_tid_address */
        je      sys_set_tid_address
        cmp     $273, %rax              /* set_robust_list: noted for the host (thread exit walks it) */
        je      sys_set_robust_list
        cmp     $334, %rax              /* rseq: not provided (counted, reported by the host) */
        je      sys_rseq
        cmp     $318, %rax              /* getrandom: from the bytes the host left */
        je      sys_getrandom
        cmp     $302, %rax              /* prlimit64 (read-only queries of this process) */
        je      sys_prlimit64
        cmp     $89, %rax               /* readlink("/proc/self/exe") */
        je      sys_readlink
        cmp     $157, %rax              /* prctl(PR_GET_NAME) */
        je      sys_prctl
        cmp     $158, %rax              /* arch_prctl(ARCH_SET_FS, the pre-set base) */
        je      sys_arch_prctl
        cmp     $13, %rax
        je      sys_rt_sigaction
        cmp     $14, %rax
        je      sys_rt_sigprocmask
        cmp     $262, %rax
        je      sys_newfstatat
        cmp     $5, %rax
        je      sys_fstat
        cmp     $16, %rax
        je      sys_ioctl
        cmp     $72, %rax
        je      sys_fcntl
        cmp     $8, %rax
        je      sys_lseek
        cmp     $3, %rax
        je      sys_close
        cmp     $217, %rax
        je      sys_getdents64
        cmp     $257, %rax
        je      sys_openat
        cmp     $79, %rax
        je      sys_getcwd
        cmp     $202, %rax
        je      sys_futex
        cmp     $41, %rax
        je      sys_socket
        cmp     $42, %rax
        je      sys_connect
host:
        .globl  host_out
host_out:
        outb    %al, $SYSCALL_PORT
        ud2                             /* never reached: the host resumes at rcx */

/* arch_prctl(ARCH_SET_FS, addr): when addr is the base the host already loaded into the
 * FS MSR for this program (learned from an earlier run of the same image), there is
 * nothing to do but note it; any other request goes to the host, which writes the MSR. */
sys_arch_prctl:
        cmp     $0x1002, %rdi
        jne     host
        cmpq    $0, S_FS_HINT
        je      host
        cmp     S_FS_HINT, %rsi
        jne     host
        movq    $1, S_FS_SET
        xor     %eax, %eax
        jmp     fast_return

sys_getpid:
        mov     S_PID, %rax
        jmp     fast_return
sys_gettid:
        mov     S_TID, %rax
        jmp     fast_return
sys_zero:
        xor     %eax, %eax
        jmp     fast_return
sys_set_tid_address:
        mov     %rdi, S_TID_ADDR
        mov     S_TID, %rax
        jmp     fast_return
sys_set_robust_list:
        mov     $-22, %rax              /* -EINVAL unless len is sizeof(struct robust_list_head) */
        cmp     $24, %rsi
        jne     fast_return
        mov     %rdi, S_ROBUST
        xor     %eax, %eax
        jmp     fast_return
sys_rseq:
        incq    S_RSEQ
        mov     $-38, %rax              /* -ENOSYS */
        jmp     fast_return

/* lseek(fd, off, whence) of a read-only layer's regular file (FD_POS), or of a kept file opened here (S_OPENED:
 * its entry holds its stat and the host's offset, the file's length), SEEK_SET/CUR/END: answered when
 * the offset stays where it is (SEEK_CUR 0: a tell()) or the result would be negative (-EINVAL), as the
 * host would, or moves within what the read cache holds of it (lseek_move); another move goes to the host,
 * which owns the offset. The offset is the host's word less what
 * the read cache holds unread of this fd (the host gives that back at the next exit). */
sys_lseek:
        cmp     $FD_SLOTS, %rdi
        jae     host
        bt      %rdi, S_OPENED
        jc      6f
        bt      %rdi, S_CLOSED
        jc      host
        testb   $FD_NOSEEK, FDS(,%rdi,8)
        jnz     lseek_espipe
        testb   $FD_POS, FDS(,%rdi,8)
        jz      host
4:      cmp     $2, %rdx                       /* whence is an int: 64 bits compared, anything else the host's */
        ja      host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        imul    $144, %rdi, %rax
        add     $FD_STATS, %rax                /* rax = its struct stat */
        lea     FD_OFFSETS(,%rdi,8), %rcx      /* rcx = the host's offset word */
        bt      %rdi, S_OPENED
        jnc     5f
        mov     S_GO_ENT(,%rdi,4), %eax
        lea     ENT_LEN(%rax), %rcx
5:      mov     ST_SIZE(%rax), %rdx            /* rdx = st_size (whence is at S_RDX) */
        mov     (%rcx), %rcx                   /* rcx = the offset now */
        test    %rcx, %rcx
        js      restore_host_nr
        cmp     S_RC_FD, %rdi
        jne     1f
        sub     S_RC_END, %rcx
        add     S_RC_POS, %rcx
        js      restore_host_nr
1:      xor     %eax, %eax                     /* SEEK_SET: from 0 */
        cmpq    $1, S_RDX
        jb      2f
        mov     %rcx, %rax                     /* SEEK_CUR: from the offset (mov keeps the flags) */
        je      2f
        mov     %rdx, %rax                     /* SEEK_END: from st_size */
2:      add     %rsi, %rax
        jo      restore_host_nr
        js      3f
        cmp     %rcx, %rax
        jne     lseek_move                     /* a move */
        jmp     restore_return
3:      mov     $-22, %rax                     /* -EINVAL */
        jmp     restore_return
6:      mov     S_GO_ENT(,%rdi,4), %eax        /* a kept file opened here: a directory's lseek is the host's */
        testl   $0x4000, ST_MODE(%rax)
        jz      4b
        jmp     host_nr
/* A move to an offset whose byte the read cache holds (or to its end): the cache's position moves there. Its
 * bytes [READ_CACHE, S_RC_END) are the file's up to the host's offset (the host's fills and prefill.py put
 * them so), which the host gives back at the next exit as after any read here (readcache.drop_read_cache);
 * for a kept file opened here, [its entry's bytes, S_RC_END) are all of it, the host's offset its length. */
lseek_move:                                    /* rax = the target (>= 0), rdi = the fd */
        cmp     S_RC_FD, %rdi
        jne     restore_host_nr
        mov     $READ_CACHE, %esi              /* rsi = where the cache's bytes start */
        lea     FD_OFFSETS(,%rdi,8), %rcx
        bt      %rdi, S_OPENED                 /* a kept file opened here: its bytes, all of them, are its entry's */
        jnc     1f
        mov     S_GO_ENT(,%rdi,4), %ecx
        lea     ENT_DATA(%rcx), %rsi
        add     $ENT_LEN, %rcx
1:      mov     (%rcx), %rcx                   /* the host's offset: the cache's end (>= 0: checked) */
        sub     %rax, %rcx                     /* rcx = bytes from the target to it */
        jb      restore_host_nr                /* past it: the host's */
        mov     S_RC_END, %rdx
        sub     %rcx, %rdx                     /* rdx = the target's byte in the cache */
        jb      restore_host_nr
        cmp     %rsi, %rdx
        jb      restore_host_nr                /* before what it holds */
        mov     %rdx, S_RC_POS
        jmp     restore_return
lseek_espipe:                                  /* a pipe or stream (FD_NOSEEK): SEEK_SET..SEEK_HOLE */
        cmp     $4, %rdx                       /* a bad whence (-EINVAL): the host's */
        ja      host
        mov     $-29, %rax                     /* -ESPIPE */
        jmp     fast_return

/* getdents64(fd, buf, count) of a directory the host marked read to its end (FD_LISTED): 0, as the
 * host answers an empty read there whatever the buffer; but first, a directory whose whole listing the host
 * put at READ_CACHE at its open (S_LS_FD, listing.py): with room for all of it, a copy of it (the host moved
 * the offset to the end; any exit before this copy gives the listing back). */
sys_getdents64:
        cmp     $FD_SLOTS, %rdi
        jae     host
        bt      %rdi, S_OPENED
        jc      2f
        bt      %rdi, S_CLOSED
        jc      host
        cmpq    $0, S_LS_LEN
        je      1f
        cmp     S_LS_FD, %rdi
        je      getdents_listing
1:      testb   $FD_LISTED, FDS(,%rdi,8)
        jz      host
3:      xor     %eax, %eax
        jmp     fast_return
2:      mov     S_GO_ENT(,%rdi,4), %eax        /* a kept file opened here: a regular file's is ENOTDIR from the host */
        testl   $0x4000, ST_MODE(%rax)
        jz      host_nr
        cmpq    $0, S_LS_LEN                   /* a directory's: its listing, then 0 at its end */
        je      3b
        cmp     S_LS_FD, %rdi
        jne     3b
getdents_listing:
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     S_LS_LEN, %rcx
        cmp     %rcx, %rdx                     /* count (64 bits, as the host compares it): room for all? */
        jb      restore_host_nr
        CHECK_DEST %rsi, %rcx, restore_host_nr
        mov     %rsi, %rdi
        mov     $READ_CACHE, %esi
        mov     S_RDI, %rax
        bt      %rax, S_OPENED                 /* a kept directory opened here: its entry holds the listing */
        jnc     1f
        mov     S_GO_ENT(,%rax,4), %esi
        add     $ENT_DATA, %rsi
1:      mov     %rcx, %rax
        rep movsb                              /* before the note is cleared: a fault is the call at the host */
        movq    $0, S_LS_LEN
        jmp     restore_return

/* read(fd, buf, count) from the read cache: when the host served a small read of a file it
 * also left the following bytes of that file at S_RC_POS; later reads of the same fd are
 * copied from there without an exit (a read of more than it holds only when it holds the rest of the file). Any exit to the host first gives unread cached bytes
 * back to the file offset, so the cache never outlives a call the host sees. */
sys_read:
        cmp     S_RC_FD, %rdi
        jne     read_end
        mov     S_RC_END, %rax
        cmp     S_RC_POS, %rax
        mov     $0, %eax                /* (read; mov keeps the flags) */
        jbe     read_end                /* all its cached bytes read: as if none were cached */
        test    %rdx, %rdx
        jz      host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     S_RC_END, %rcx
        sub     S_RC_POS, %rcx          /* rcx = bytes cached */
        jbe     read_host
        cmp     %rdx, %rcx
        jae     2f
        /* More asked than cached: all of it only when the cache reaches the file's end (a regular file's read is
         * never short before it): a kept file opened here (whole), or an FD_POS file whose host offset, the
         * cache's end, is at or past its size; else the host gives the bytes back and reads on. */
        cmp     $FD_SLOTS, %rdi
        jae     read_host
        bt      %rdi, S_OPENED
        jc      1f
        testb   $FD_POS, FDS(,%rdi,8)
        jz      read_host
        imul    $144, %rdi, %rax
        mov     FD_STATS + ST_SIZE(%rax), %rax
        cmp     %rax, FD_OFFSETS(,%rdi,8)      /* signed: an offset of -1 (unknown) is not at the end */
        jl      read_host
        jmp     1f
2:      mov     %rdx, %rcx              /* rcx = n = count */
1:      CHECK_DEST %rsi, %rcx, read_host
        mov     %rsi, %rdi              /* destination */
        mov     S_RC_POS, %rsi          /* source */
        mov     %rcx, %rax              /* result */
        rep movsb                       /* before the bytes are taken: a fault is the call at the host */
        add     %rax, S_RC_POS
        incq    S_RC_HITS
        jmp     restore_return
read_host:
        xor     %eax, %eax
        jmp     restore_host

/* read(fd, buf, count) of a read-only layer's regular file (FD_POS) whose offset is at or past its size
 * (unchanging for the run, as for fstat): 0, as the host would answer (Python reads one byte more than a
 * module's size, then asks again). A buffer the host would have to judge goes to the host. */
read_end:
        cmp     $FD_SLOTS, %rdi
        jae     host
        bt      %rdi, S_OPENED
        jc      read_kept_end
        bt      %rdi, S_CLOSED
        jc      host
        testb   $FD_POS, FDS(,%rdi,8)
        jz      host
        test    %rdx, %rdx
        jz      host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        CHECK_DEST %rsi, %rdx, read_host
        imul    $144, %rdi, %rax
        mov     FD_STATS + ST_SIZE(%rax), %rax
        cmp     %rax, FD_OFFSETS(,%rdi,8)      /* signed: an offset of -1 (unknown) is not at the end */
        jl      read_host
        xor     %eax, %eax
        jmp     restore_return

/* read(fd, buf, count) of a kept file opened here whose bytes, all in the read cache until the next exit, were all
 * read: 0 (as read_end: a buffer the host would have to judge goes to the host). */
read_kept_end:
        test    %rdx, %rdx
        jz      host
        cmp     S_RC_FD, %rdi
        jne     host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        CHECK_DEST %rsi, %rdx, read_host
        xor     %eax, %eax
        jmp     restore_return

/* write(fd, buf, count) to an fd the host marked bufferable (output nobody can observe during
 * the run, e.g. captured into a bytearray): appended to WB_BUF without an exit. The host writes
 * the buffer out at the very next exit of any kind (before serving that call, before reporting
 * a fault or a timeout), so the order of all output and of every other system call the host
 * sees is unchanged. Only one fd's bytes are buffered at a time; a write to another fd, one that
 * does not fit, or one whose source is not user memory goes to the host (after the flush). */
sys_write:
        cmp     $63, %rdi
        ja      host
        bt      %rdi, S_WB_MASK
        jnc     host
        test    %rdx, %rdx
        jz      host
        cmpq    $0, S_WB_LEN
        je      1f
        cmp     S_WB_FD, %rdi
        jne     host
1:      cmp     $WB_SIZE, %rdx
        ja      host
        mov     S_WB_LEN, %rax
        add     %rdx, %rax
        cmp     $WB_SIZE, %rax
        ja      write_full                            /* (rax is the number again there) */
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        CHECK_DEST %rsi, %rdx, write_host     /* the source: user memory, off the guard page */
        mov     $WB_BUF, %edi
        add     S_WB_LEN, %rdi
        mov     %rdx, %rcx
        rep movsb                             /* first: a fault here is the call at the host (faultsig) */
        mov     S_RDI, %rax
        mov     %rax, S_WB_FD
        add     %rdx, S_WB_LEN
        mov     %rdx, %rax
        jmp     restore_return
write_full:
        mov     $1, %eax
        jmp     host
write_host:
        mov     $1, %eax
        jmp     restore_host

sys_getrandom:
        test    %rsi, %rsi
        jz      host
        cmp     $1, %edx                /* flags other than GRND_NONBLOCK: the host checks them */
        ja      host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     S_RND_END, %rcx
        sub     S_RND_POS, %rcx
        jbe     getrandom_host
        cmp     %rsi, %rcx
        jb      getrandom_host          /* not enough left: the host serves it */
        CHECK_DEST %rdi, %rsi, getrandom_host
        mov     %rsi, %rcx
        mov     S_RND_POS, %rsi
        mov     %rcx, %rax
        rep movsb                       /* before the bytes are taken: a fault is the call at the host */
        add     %rax, S_RND_POS
        jmp     restore_return
getrandom_host:
        mov     $318, %eax
        jmp     restore_host

/* prlimit64(0, resource, NULL, old): the same fixed limits the host reports. */
sys_prlimit64:
        test    %rdi, %rdi
        jnz     host
        test    %rdx, %rdx
        jnz     host
        cmp     $16, %rsi
        jae     host                    /* unknown resource: the host says EINVAL */
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        test    %r10, %r10
        jz      prlimit_ok
        mov     $16, %rdx
        CHECK_DEST %r10, %rdx, prlimit_host
        movq    $-1, (%r10)             /* RLIM_INFINITY unless listed below */
        movq    $-1, 8(%r10)
        cmp     $3, %rsi                /* RLIMIT_STACK: 8 MiB soft */
        jne     1f
        movq    $0x800000, (%r10)
        jmp     prlimit_ok
1:      cmp     $7, %rsi                /* RLIMIT_NOFILE: 1024 / 4096 */
        jne     prlimit_ok
        movq    $1024, (%r10)
        movq    $4096, 8(%r10)
prlimit_ok:
        xor     %eax, %eax
        jmp     restore_return
prlimit_host:
        mov     $302, %eax
        jmp     restore_host

sys_readlink:
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        test    %edx, %edx                    /* bufsiz (an int) <= 0: EINVAL, first, from the host */
        jle     readlink_host
        CHECK_DEST %rdi, $1, readlink_host
        cmpb    $0, (%rdi)                    /* "" (CPython's start asks): ENOENT, as Linux and the host */
        je      readlink_empty
        cmpq    $0, S_EXE_LEN
        je      readlink_host
        CHECK_DEST %rdi, $15, readlink_host   /* the path must be readable for 15 bytes ... */
        lea     proc_self_exe(%rip), %rsi
        mov     $15, %ecx
        repe cmpsb                            /* ... and be exactly "/proc/self/exe" */
        jne     readlink_host
        movslq  S_RDX, %rdx                   /* bufsiz is an int */
        test    %rdx, %rdx
        jle     readlink_host                 /* the host says EINVAL */
        mov     S_EXE_LEN, %rcx
        cmp     %rdx, %rcx
        jbe     1f
        mov     %rdx, %rcx                    /* n = min(length, bufsiz): not NUL-terminated, as on Linux */
1:      mov     S_RSI, %rdi
        CHECK_DEST %rdi, %rcx, readlink_host
        mov     $S_EXE, %esi
        mov     %rcx, %rdx
        rep movsb
        mov     %rdx, %rax
        jmp     restore_return
readlink_empty:
        mov     $-2, %rax
        jmp     restore_return
readlink_host:
        mov     $89, %eax
        jmp     restore_host
proc_self_exe:
        .asciz  "/proc/self/exe"

sys_prctl:
        cmp     $16, %rdi                     /* PR_GET_NAME; PR_SET_NAME and the rest: host */
        jne     host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        CHECK_DEST %rsi, $16, prctl_host
        mov     %rsi, %rdi
        mov     $S_COMM, %esi
        mov     $16, %ecx
        rep movsb
        xor     %eax, %eax
        jmp     restore_return
prctl_host:
        mov     $157, %eax
        jmp     restore_host

/* brk(addr): below the start (brk(0)) returns the break; growth that would
 * meet the mappings goes to the host (which reports the domain out of memory),
 * and so does a shrink (the host gives the pages their default protection back). */
sys_brk:
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        cmp     S_BRK_START, %rdi
        jb      brk_current
        lea     (PAGE - 1)(%rdi), %rsi
        and     $-PAGE, %rsi            /* rsi = new end (page) */
        cmp     %rdi, %rsi
        jb      brk_host                /* wrapped */
        mov     S_FLOOR, %rax
        sub     $PAGE, %rax
        cmp     %rax, %rsi
        ja      brk_host
        mov     S_BRK, %rax
        add     $(PAGE - 1), %rax
        and     $-PAGE, %rax            /* rax = old end (page) */
        cmp     %rax, %rsi
        jb      brk_host
        mov     S_BRK_HIGH, %rdx
        cmp     %rsi, %rdx
        jbe     1f
        mov     %rsi, %rdx              /* rdx = min(new end, high-water mark) */
1:      cmp     %rdx, %rax
        jae     2f
        mov     %rdx, %rcx              /* pages once used and given back: zero them again */
        sub     %rax, %rcx
        mov     %rax, %rdi
        xor     %eax, %eax
        rep stosb
2:      cmp     S_BRK_HIGH, %rsi
        jbe     3f
        mov     %rsi, S_BRK_HIGH
3:      mov     S_RDI, %rax
        mov     %rax, S_BRK
        jmp     restore_return
brk_current:
        mov     S_BRK, %rax
        jmp     restore_return
brk_host:
        mov     $12, %eax
        jmp     restore_host

/* mmap, munmap, mremap, madvise: mm_syscall(nr, rdi, rsi, rdx, r10, r8) in mm.c, on a stack of its own
 * (the program's stack may be anywhere); every register but rax is preserved, as on Linux. */
sys_mm:
        mov     %rsp, S_USP
        mov     $MM_STACK, %esp
        push    %rcx
        push    %r11
        push    %rdi
        push    %rsi
        push    %rdx
        push    %r8
        push    %r9
        push    %r10
        push    %rax
        sub     $8, %rsp                /* 16-byte alignment at the call */
        mov     %r8, %r9
        mov     %r10, %r8
        mov     %rdx, %rcx
        mov     %rsi, %rdx
        mov     %rdi, %rsi
        mov     %rax, %rdi
        call    mm_syscall
        mov     %rax, %r11              /* result (r11 is reloaded below) */
        add     $8, %rsp
        pop     %rax                    /* the call number */
        pop     %r10
        pop     %r9
        pop     %r8
        pop     %rdx
        pop     %rsi
        pop     %rdi
        cmp     $MM_HOST, %r11
        je      1f
        mov     %r11, %rax
1:      pop     %r11                    /* pop and mov leave the flags of the cmp */
        pop     %rcx
        mov     S_USP, %rsp
        je      host
        jmp     fast_return

/* socket(AF_UNIX, SOCK_STREAM [| SOCK_NONBLOCK | SOCK_CLOEXEC], 0), glibc's nscd probe, when the host lets the guest
 * hand out fds (FD_NEW): the lowest free fd below FD_SLOTS (not open at FDS, or closed here), noted at S_MADE after
 * its bits at S_MADE_CX and S_MADE_NB. The host makes the socket at the next exit of any kind, after the fds closed
 * here and before it serves anything (guestfds.take_made), so every call it sees finds it; the calls answered
 * here find its FDS flags clear and go to the host, but connect and close (a socket the host never saw). */
sys_socket:
        cmpq    $0, FD_NEW
        je      host
        cmp     $1, %edi                       /* AF_UNIX (an int) */
        jne     host
        test    %edx, %edx                     /* protocol 0 */
        jnz     host
        mov     %rsi, %rax
        and     $~0x80800, %rax                /* SOCK_CLOEXEC, SOCK_NONBLOCK: the host checks all 64 bits */
        cmp     $1, %rax                       /* SOCK_STREAM */
        jne     socket_host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
/* rax = the lowest free fd below FD_SLOTS (not open at FDS, or closed here; not made or opened here), then on
 * to the caller (S_NR); none: the host's. */
free_fd:
        xor     %eax, %eax
1:      bt      %rax, S_MADE
        jc      2f
        bt      %rax, S_OPENED
        jc      2f
        bt      %rax, S_CLOSED
        jc      3f
        testb   $FD_OPEN, FDS(,%rax,8)
        jz      3f
2:      inc     %eax
        cmp     $FD_SLOTS, %eax
        jb      1b
        jmp     restore_host_nr
socket_host:
        mov     $41, %eax
        jmp     host
3:      cmpq    $41, S_NR
        jne     open_fd
        btr     %rax, S_MADE_CX
        bt      $19, %esi                      /* SOCK_CLOEXEC */
        jnc     4f
        bts     %rax, S_MADE_CX
4:      btr     %rax, S_MADE_NB
        bt      $11, %esi                      /* SOCK_NONBLOCK */
        jnc     5f
        bts     %rax, S_MADE_NB
5:      bts     %rax, S_MADE                   /* last: an exit before it sees none */
        jmp     fast_return

/* connect(fd, addr, addrlen) of a socket made here (S_MADE: an unconnected AF_UNIX stream socket) to a path,
 * ending within addrlen, whose kept answer at PATHS is -ENOENT or -ENOTDIR: that error, as the host's connect (it
 * looks the path up as stat does, following links; sysarea.FdView keeps a path its connect found missing). */
sys_connect:
        cmp     $FD_SLOTS, %rdi
        jae     host
        bt      %rdi, S_MADE
        jnc     host
        lea     -3(%rdx), %eax                 /* addrlen (an int) in [3, 110]: else the host's */
        cmp     $107, %eax
        ja      connect_host
        mov     %rdi, S_RDI
        mov     %rsi, S_RSI
        mov     %rcx, S_RCX
        mov     %rdx, S_RDX
        mov     %edx, %ecx
        CHECK_DEST %rsi, %rcx, restore_host_nr
        cmpw    $1, (%rsi)                     /* sun_family AF_UNIX */
        jne     restore_host_nr
        add     $2, %rsi                       /* the path */
        cmpb    $0, (%rsi)                     /* "" or an abstract name: the host's */
        je      restore_host_nr
        sub     $2, %ecx
        mov     %rsi, %rdi
        xor     %eax, %eax
        repne scasb                            /* its NUL within addrlen (else the host's) */
        jne     restore_host_nr
        xor     %edi, %edi                     /* the key's flag bits: links followed */
        jmp     path_slot
connect_host:
        mov     $42, %eax
        jmp     host


host_nr:                                       /* to the host, rax clobbered (nothing else) */
        mov     S_NR, %rax
        jmp     host
restore_host_nr:
        mov     S_NR, %rax
restore_host:
        mov     S_RDI, %rdi
        mov     S_RSI, %rsi
        mov     S_RCX, %rcx
        mov     S_RDX, %rdx
        jmp     host
restore_return:
        mov     S_RDI, %rdi
        mov     S_RSI, %rsi
        mov     S_RCX, %rcx
        mov     S_RDX, %rdx
fast_return:
        incq    S_FAST
        lea     -128(%rsp), %rsp        /* keep clear of the red zone */
        push    %rax
        mov     S_NR, %rax
        cmp     $NCOUNTS, %rax
        jae     1f
        incl    COUNTS(,%rax,4)
1:      pop     %rax
        push    %r11
        popfq
        lea     128(%rsp), %rsp
        jmp     *%rcx

/* Where a rewritten system call site's trampoline jumps (syscallsites.py: `jmp *entry_ptr`): LSTAR's address,
 * kept in this read-only page so no program write can redirect another site's calls. */
        .balign 8, 0xcc
        .globl  entry_ptr
entry_ptr:
        .quad   ENTRY

/* Exception stubs, 8 bytes per vector: vector in edi, exception frame in rsi; the program's rdi and rsi are
 * kept below the frame (frame - 8, frame - 16) so a fault delivered to its handler resumes intact. */
        .balign 8, 0xcc
        .globl  faults                  /* the host finds them by this symbol (stub.entry_symbol) */
faults:
        .irp    v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .balign 8, 0xcc
        push    $\v
        jmp     fault_common
        .endr
fault_common:
        xchg    %rdi, (%rsp)            /* rdi = vector; the slot keeps the program's rdi */
        mov     %rsi, -8(%rsp)
        lea     8(%rsp), %rsi
        outb    %al, $FAULT_PORT
        ud2


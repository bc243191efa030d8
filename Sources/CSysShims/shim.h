#ifndef EVALETL_CSYSSHIMS_H
#define EVALETL_CSYSSHIMS_H
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/file.h>
#include <errno.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

// NB: renameat2(RENAME_EXCHANGE) swaps two directories in one atomic step,
// so a reader (or a SIGKILL) never sees the output folder missing. Swift cannot
// call the variadic syscall(2) itself.
static inline int evaletl_exchange(const char *a, const char *b) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}

// NB: removes bytes [offset, offset + length) from a file and shifts what follows
// down, without copying it (Linux: ext4, XFS; both bounds on filesystem blocks).
// Elsewhere it fails with EOPNOTSUPP and the caller copies instead.
static inline int evaletl_collapse_range(int fd, long long offset, long long length) {
#if defined(__linux__)
    return fallocate(fd, 0x08 /* FALLOC_FL_COLLAPSE_RANGE */, (off_t)offset, (off_t)length);
#else
    (void)fd; (void)offset; (void)length;
    errno = EOPNOTSUPP;
    return -1;
#endif
}

// NB: asks the kernel to start writing [offset, offset + length) to disk and
// returns without waiting (Linux), so the fsync that ends a file waits for the
// last bytes only, not for a whole output written in the last seconds.
static inline void evaletl_start_writeback(int fd, long long offset, long long length) {
#if defined(__linux__)
    (void)sync_file_range(fd, (off_t)offset, (off_t)length, 2 /* SYNC_FILE_RANGE_WRITE */);
#else
    (void)fd; (void)offset; (void)length;
#endif
}

// NB: M_ARENA_MAX is glibc's; elsewhere there is nothing to tune.
static inline void evaletl_limit_malloc_arenas(int n) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, n);
#else
    (void)n;
#endif
}
#endif

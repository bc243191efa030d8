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

// NB: M_ARENA_MAX is glibc's; elsewhere there is nothing to tune.
static inline void evaletl_limit_malloc_arenas(int n) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, n);
#else
    (void)n;
#endif
}
#endif

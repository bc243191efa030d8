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

// NB: copies `length` bytes of `in` from `in_offset` to `out` at `out_offset`
// inside the kernel (Linux copy_file_range), or through a buffer where the kernel
// cannot (no such call, or not between these files). File offsets are left alone.
// Returns 0, or -1 with errno.
static inline int evaletl_copy_range(int in, long long in_offset, int out, long long out_offset,
                                     long long length) {
#if defined(__linux__) && defined(SYS_copy_file_range)
    while (length > 0) {
        long long n = syscall(SYS_copy_file_range, in, &in_offset, out, &out_offset, (size_t)length, 0u);
        if (n > 0) { length -= n; continue; }
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) { errno = EIO; return -1; }
        if (errno == ENOSYS || errno == EXDEV || errno == EINVAL || errno == EOPNOTSUPP) break;
        return -1;
    }
#endif
    char buffer[1 << 16];
    while (length > 0) {
        ssize_t got = pread(in, buffer, length < (long long)sizeof buffer ? (size_t)length : sizeof buffer, (off_t)in_offset);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) { if (got == 0) errno = EIO; return -1; }
        for (ssize_t done = 0; done < got;) {
            ssize_t put = pwrite(out, buffer + done, (size_t)(got - done), (off_t)(out_offset + done));
            if (put < 0 && errno == EINTR) continue;
            if (put < 0) return -1;
            done += put;
        }
        in_offset += got; out_offset += got; length -= got;
    }
    return 0;
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

/* Gives the pages of freed memory back to the system, in every arena. */
static inline void evaletl_malloc_trim(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

/* Blocks of at least `bytes` get their own mapping, returned to the system when freed
   (setting it also turns off glibc's raising of the threshold as large blocks are freed). */
static inline void evaletl_fix_mmap_threshold(int bytes) {
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
#endif
}
#endif

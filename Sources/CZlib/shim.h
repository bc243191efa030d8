#ifndef EVALETL_CZLIB_SHIM_H
#define EVALETL_CZLIB_SHIM_H
#include <zlib.h>

// NB: deflateInit2 is a macro Swift cannot import.
static inline int evaletl_deflateInit2(z_streamp strm, int level, int windowBits) {
    return deflateInit2(strm, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
#endif

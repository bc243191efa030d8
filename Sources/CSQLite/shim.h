#ifndef EVALETL_CSQLITE_SHIM_H
#define EVALETL_CSQLITE_SHIM_H
#include <sqlite3.h>

// NB: SQLITE_TRANSIENT is a macro (a cast of -1 to a function pointer) Swift cannot import.
static inline sqlite3_destructor_type evaletl_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif

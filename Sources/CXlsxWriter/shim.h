#ifndef EVALETL_CXLSXWRITER_SHIM_H
#define EVALETL_CXLSXWRITER_SHIM_H
// NB: Debian bookworm ships libxlsxwriter 1.1.4: `lxw_workbook_options` has only
// constant_memory, tmpdir and use_zip64 (no output_buffer fields).
#include <xlsxwriter.h>
#endif

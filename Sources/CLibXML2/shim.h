#ifndef EVALETL_CLIBXML2_SHIM_H
#define EVALETL_CLIBXML2_SHIM_H
// NB: Debian builds libxml2 with ICU; its ICU headers clash with Foundation's
// copy as soon as Foundation is imported. Only xmlCharEncodingHandler's layout
// depends on this macro and Swift never reads it (see PITFALLS.md).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>

// NB: xmlFree is a global function pointer, which Swift 6 rejects as shared
// mutable state; call it through a function instead.
static inline void evaletl_xmlFree(void *p) { xmlFree(p); }
#endif

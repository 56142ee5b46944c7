// The C side of Pustaka's xlsx writer: libxlsxwriter (Debian libxlsxwriter-dev 1.1.4).
//
// Only Sources/XLSXWriter/Backend/ imports this module. Everything here is callable from Swift
// as it is; the shim adds only what Swift cannot express itself.
#ifndef PUSTAKA_CXLSXWRITER_SHIM_H
#define PUSTAKA_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>
#include <locale.h>

#endif

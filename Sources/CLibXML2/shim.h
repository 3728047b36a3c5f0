// Shim for libxml2's HTML parser: the headers LedeWeb reads pages with.
#ifndef LEDE_CLIBXML2_SHIM_H
#define LEDE_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so encoding.h would include the system's ICU headers. Their
// `UErrorCode` differs from the one in Foundation's own ICU module, and a module that sees
// both fails to build. LedeWeb never uses ICU converters (it hands libxml2 decoded bytes and
// only holds encoding handlers by pointer), so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

#endif

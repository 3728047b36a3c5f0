// Shim for libxml2's HTML parser: the headers LedeWeb reads pages with.
#ifndef LEDE_CLIBXML2_SHIM_H
#define LEDE_CLIBXML2_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

#endif

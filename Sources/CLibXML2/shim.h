#ifndef VAKTAAL_CLIBXML2_SHIM_H
#define VAKTAAL_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its UErrorCode clashes with Foundation's copy. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/uri.h>
#include <libxml/entities.h>
#include <libxml/xmlIO.h>

/* xmlFree is a global function pointer that Swift 6 cannot call directly. */
static inline void vaktaal_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif

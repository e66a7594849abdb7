/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-xml.h: hardened libxml2 helpers shared by the pack and plan readers. */

#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

G_BEGIN_DECLS

#define PP_XML_ERROR (pp_xml_error_quark ())

typedef enum
{
  PP_XML_ERROR_IO,
  PP_XML_ERROR_TOO_LARGE,
  PP_XML_ERROR_MALFORMED,
  PP_XML_ERROR_DOCTYPE,
  PP_XML_ERROR_INVALID,
} PpXmlError;

/* libxml2 2.12 made the error callbacks take a const error. */
#if LIBXML_VERSION >= 21200
typedef const xmlError PpXmlErrorArg;
#else
typedef xmlError PpXmlErrorArg;
#endif

/* Never substitute entities, never load a DTD, never touch the network. */
#define PP_XML_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaParserCtxt, xmlSchemaFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaValidCtxt, xmlSchemaFreeValidCtxt)

GQuark      pp_xml_error_quark     (void);

/* Sets libxml2 up once: its own messages are silenced, ours are made
 * from the errors it reports. */
void        pp_xml_init            (void);

/* Reads a small document whole (packs). Refuses a DOCTYPE outright. */
xmlDoc     *pp_xml_read_file       (const char  *filename,
                                    gsize        max_size,
                                    GError     **error);

/* The schema data/schema/NAME, parsed once per process. */
xmlSchema  *pp_xml_get_schema      (const char  *name,
                                    GError     **error);

/* An xmlStructuredErrorFunc that keeps the first error in user_data, an
 * xmlError the caller resets with xmlResetError (). */
void        pp_xml_keep_first_error (void          *user_data,
                                     PpXmlErrorArg *error);

/* Turns a libxml2 error into a sentence a planner can act on. */
char       *pp_xml_describe_error  (const xmlError *error);

/* An attribute's value, or NULL; the caller owns nothing. */
const char *pp_xml_node_get_attr   (xmlNode     *node,
                                    const char  *name);

G_END_DECLS

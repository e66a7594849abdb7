/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-xml"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pp-data.h"
#include "pp-file-error.h"
#include "pp-xml.h"

G_DEFINE_QUARK (pp-xml-error-quark, pp_xml_error)

/* libxml2 prints errors to stderr unless told otherwise; we collect the
 * first one instead and report it in our own words. */
void
pp_xml_keep_first_error (void          *user_data,
                         PpXmlErrorArg *error)
{
  xmlError *first = user_data;

  if (first->code == XML_ERR_OK)
    xmlCopyError ((xmlError *) error, first);
}

static void
silence_generic_errors (void       *ctx,
                        const char *msg,
                        ...)
{
}

void
pp_xml_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetGenericErrorFunc (NULL, silence_generic_errors);
      g_once_init_leave (&initialized, 1);
    }
}

/* Schema messages name things the schema way ("Element '{urn:…}unit',
 * attribute 'workers': '-5' is not a valid value of the atomic type
 * '{urn:…}count'."); this says the same in a planner's words. */
static char *
describe_validity_error (const char *message)
{
  g_autoptr(GRegex) with_attribute = g_regex_new ("^Element '(?:\\{[^}]*\\})?([^']*)', attribute '([^']*)': (.*)$",
                                                  G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) element_only = g_regex_new ("^Element '(?:\\{[^}]*\\})?([^']*)': (.*)$",
                                                G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) quoted_value = g_regex_new ("(?:The value '([^']*)'|^'([^']*)' is not a valid)",
                                                0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (with_attribute, message, 0, &match))
    {
      g_autofree char *element = g_match_info_fetch (match, 1);
      g_autofree char *attribute = g_match_info_fetch (match, 2);
      g_autofree char *detail = g_match_info_fetch (match, 3);
      g_autoptr(GMatchInfo) value_match = NULL;
      g_autofree char *value = NULL;

      if (strstr (detail, "is not allowed") != NULL)
        return g_strdup_printf (_("“%s” has an attribute “%s” that is not part of the plan format: "
                                  "remove it or correct its spelling"), element, attribute);

      if (g_regex_match (quoted_value, detail, 0, &value_match))
        {
          value = g_match_info_fetch (value_match, 1);
          if (value == NULL || value[0] == '\0')
            {
              g_free (value);
              value = g_match_info_fetch (value_match, 2);
            }
        }

      if (strstr (detail, "maxInclusive") != NULL || strstr (detail, "maxExclusive") != NULL)
        return g_strdup_printf (_("“%s” of “%s” is %s, which is larger than the format allows"),
                                attribute, element, value ? value : "?");
      if (strstr (detail, "enumeration") != NULL)
        return g_strdup_printf (_("“%s” of “%s” is “%s”, which is not one of its allowed values"),
                                attribute, element, value ? value : "?");
      return g_strdup_printf (_("“%s” of “%s” is “%s”, which is not a valid value for it "
                                "(numbers are whole numbers of 0 or more, dates YYYY-MM-DD)"),
                              attribute, element, value ? value : "?");
    }

  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (element_only, message, 0, &match))
    {
      g_autofree char *element = g_match_info_fetch (match, 1);
      g_autofree char *detail = g_match_info_fetch (match, 2);
      g_autoptr(GRegex) missing = g_regex_new ("attribute '([^']*)' is required", 0, 0, NULL);
      g_autoptr(GMatchInfo) missing_match = NULL;

      if (g_regex_match (missing, detail, 0, &missing_match))
        {
          g_autofree char *attribute = g_match_info_fetch (missing_match, 1);
          return g_strdup_printf (_("“%s” lacks the attribute “%s”, which it must have"), element, attribute);
        }
      if (strstr (detail, "No matching global declaration") != NULL)
        return g_strdup (_("this is not a PostPlan plan: the root element must be “plan” "
                           "in the namespace urn:postplan:plan:1"));
      if (strstr (detail, "not expected") != NULL)
        return g_strdup_printf (_("“%s” is not allowed here: inside a unit come its posts, then its "
                                  "staff, then its budget, then its units"), element);
      if (strstr (detail, "Missing child") != NULL)
        return g_strdup_printf (_("“%s” is missing an element it must contain"), element);
      if (strstr (detail, "character content") != NULL)
        return g_strdup_printf (_("“%s” contains text, which the plan format does not allow there"),
                                element);
    }

  return g_strdup_printf (_("the content does not follow the plan format: %s"), message);
}

char *
pp_xml_describe_error (const xmlError *error)
{
  g_autofree char *text = NULL;

  if (error == NULL || error->message == NULL)
    return g_strdup (_("the file is not well-formed XML"));

  text = g_strstrip (g_strdup (error->message));

  switch (error->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup (_("the file contains no XML: check that it is a plan file"));
    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("there is text after the end of the plan"));
    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_GT_REQUIRED:
      return g_strdup_printf (_("the file ends in the middle of an element; "
                                "it may have been cut off: %s"), text);
    case XML_ERR_INTERNAL_ERROR:
      if (strstr (text, "depth") != NULL)
        return g_strdup (_("the elements are nested far too deeply"));
      break;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      return g_strdup (_("the file contains bytes that are not valid UTF-8 text"));
    default:
      break;
    }

  if (error->domain == XML_FROM_SCHEMASV)
    return describe_validity_error (text);

  return g_strdup_printf (_("the file is not well-formed XML: %s"), text);
}

const char *
pp_xml_node_get_attr (xmlNode    *node,
                      const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->ns == NULL && strcmp ((const char *) attr->name, name) == 0)
        return attr->children ? (const char *) attr->children->content : "";
    }
  return NULL;
}

xmlDoc *
pp_xml_read_file (const char  *filename,
                  gsize        max_size,
                  GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  xmlError first = { 0 };
  xmlDoc *doc;
  gsize length;

  pp_xml_init ();

  if (!g_file_get_contents (filename, &contents, &length, &local_error))
    {
      g_autofree char *reason = pp_file_error_describe (filename, PP_FILE_READING, local_error);

      g_set_error_literal (error, PP_XML_ERROR, PP_XML_ERROR_IO, reason);
      return NULL;
    }

  if (length > max_size)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %u KB, too large for this kind of file"),
                   filename, (guint) (max_size / 1024));
      return NULL;
    }

  xmlSetStructuredErrorFunc (&first, pp_xml_keep_first_error);
  doc = xmlReadMemory (contents, (int) length, filename, "UTF-8", PP_XML_PARSE_OPTIONS);
  xmlSetStructuredErrorFunc (NULL, NULL);

  if (doc == NULL || first.code != XML_ERR_OK)
    {
      g_autofree char *what = pp_xml_describe_error (&first);
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_MALFORMED,
                   "%s:%d:%d: %s", filename, first.line, first.int2, what);
      xmlResetError (&first);
      g_clear_pointer (&doc, xmlFreeDoc);
      return NULL;
    }

  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_DOCTYPE,
                   _("%s: the file has a DOCTYPE declaration, which PostPlan never accepts: remove it"),
                   filename);
      xmlFreeDoc (doc);
      return NULL;
    }

  return doc;
}

xmlSchema *
pp_xml_get_schema (const char  *name,
                   GError     **error)
{
  static GMutex lock;
  static GHashTable *schemas;
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autofree char *path = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlSchemaParserCtxt) ctxt = NULL;
  xmlSchema *schema;

  pp_xml_init ();

  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if ((schema = g_hash_table_lookup (schemas, name)))
    return schema;

  path = pp_data_get_path ("schema", name, NULL);
  if (!(doc = pp_xml_read_file (path, 4 * 1024 * 1024, error)))
    return NULL;

  ctxt = xmlSchemaNewDocParserCtxt (doc);
  schema = xmlSchemaParse (ctxt);
  if (schema == NULL)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_INVALID,
                   _("%s: the schema could not be read; reinstall PostPlan"), path);
      return NULL;
    }

  g_hash_table_insert (schemas, g_strdup (name), schema);
  return schema;
}

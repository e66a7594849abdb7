/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-pack"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"
#include "pp-data.h"
#include "pp-date.h"
#include "pp-file-error.h"
#include "pp-pack.h"
#include "pp-xml.h"

#define PACK_NS "urn:postplan:pack:1"
#define PACK_MAX_SIZE (4 * 1024 * 1024)

G_DEFINE_QUARK (pp-pack-error-quark, pp_pack_error)

static void
pp_param_free (PpParam *param)
{
  g_free (param->name);
  g_free (param->value);
  g_free (param);
}

static void
pp_rule_free (PpRule *rule)
{
  g_free (rule->id);
  g_free (rule->clause);
  g_free (rule->title);
  g_free (rule->message);
  g_free (rule->quote);
  g_free (rule->scopes);
  g_clear_pointer (&rule->params, g_ptr_array_unref);
  g_free (rule);
}

PpPack *
pp_pack_ref (PpPack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);
  g_atomic_int_inc (&pack->ref_count);
  return pack;
}

void
pp_pack_unref (PpPack *pack)
{
  g_return_if_fail (pack != NULL);

  if (!g_atomic_int_dec_and_test (&pack->ref_count))
    return;

  g_free (pack->id);
  g_free (pack->title);
  g_free (pack->document);
  g_free (pack->number);
  g_free (pack->filename);
  g_clear_pointer (&pack->rules, g_ptr_array_unref);
  g_free (pack);
}

PpRule *
pp_pack_find_rule (PpPack     *pack,
                   const char *id)
{
  for (guint i = 0; i < pack->rules->len; i++)
    {
      PpRule *rule = g_ptr_array_index (pack->rules, i);
      if (strcmp (rule->id, id) == 0)
        return rule;
    }
  return NULL;
}

const char *
pp_pack_get_title (PpPack *pack)
{
  return g_dgettext (GETTEXT_PACKAGE, pack->title);
}

gboolean
pp_pack_is_expired (PpPack      *pack,
                    const GDate *date)
{
  return g_date_valid (&pack->in_force_until) && g_date_valid (date) &&
         g_date_compare (date, &pack->in_force_until) > 0;
}

const char *
pp_rule_get_title (const PpRule *rule)
{
  return g_dgettext (GETTEXT_PACKAGE, rule->title);
}

const char *
pp_rule_get_param (const PpRule *rule,
                   const char   *name)
{
  for (guint i = 0; i < rule->params->len; i++)
    {
      PpParam *param = g_ptr_array_index (rule->params, i);
      if (strcmp (param->name, name) == 0)
        return param->value;
    }
  return NULL;
}

/* Reading -------------------------------------------------------------- */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->ns->href, PACK_NS) == 0 &&
         strcmp ((const char *) node->name, name) == 0;
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strstrip (g_strdup ((const char *) content));

  xmlFree (content);
  return text;
}

static void
parse_date (const char *text,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (text != NULL && !pp_date_parse (text, date))
    g_date_clear (date, 1);
}

static gint8
parse_tristate (const char *text)
{
  if (text == NULL)
    return -1;
  return strcmp (text, "true") == 0;
}

static gboolean
parse_types (const char  *text,
             guint32     *mask,
             GError     **error)
{
  g_auto(GStrv) names = NULL;

  *mask = 0;
  if (text == NULL)
    return TRUE;

  names = g_strsplit_set (text, " \t\n", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      PpUnitType type;

      if (names[i][0] == '\0')
        continue;
      if (!pp_unit_type_from_string (names[i], &type))
        {
          g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_INVALID,
                       _("scope names “%s”, which is not a unit type"), names[i]);
          return FALSE;
        }
      *mask |= 1u << type;
    }
  return TRUE;
}

static gboolean
parse_scope (xmlNode  *node,
             PpScope  *scope,
             GError  **error)
{
  const char *has = pp_xml_node_get_attr (node, "has");
  const char *level = pp_xml_node_get_attr (node, "level");
  PpRegionLevel region_level = PP_REGION_NONE;

  if (!parse_types (pp_xml_node_get_attr (node, "types"), &scope->types, error) ||
      !parse_types (pp_xml_node_get_attr (node, "except-types"), &scope->except_types, error))
    return FALSE;

  scope->public_institution = parse_tristate (pp_xml_node_get_attr (node, "public-institution"));
  scope->county_seat = parse_tristate (pp_xml_node_get_attr (node, "county-seat"));
  scope->plan = parse_tristate (pp_xml_node_get_attr (node, "plan")) == 1;
  if (level != NULL)
    pp_region_level_from_string (level, &region_level);
  scope->level = region_level;

  if (has == NULL)
    scope->has = PP_SCOPE_HAS_ANY;
  else if (strcmp (has, "posts") == 0)
    scope->has = PP_SCOPE_HAS_POSTS;
  else if (strcmp (has, "social-work-posts") == 0)
    scope->has = PP_SCOPE_HAS_SOCIAL_WORK;
  else if (strcmp (has, "special-posts") == 0)
    scope->has = PP_SCOPE_HAS_SPECIAL;
  else if (strcmp (has, "staff") == 0)
    scope->has = PP_SCOPE_HAS_STAFF;
  else
    scope->has = PP_SCOPE_HAS_DIRECTED_STAFF;

  return TRUE;
}

static PpRule *
parse_rule (PpPack   *pack,
            xmlNode  *node,
            GError  **error)
{
  g_autoptr(GArray) scopes = g_array_new (FALSE, TRUE, sizeof (PpScope));
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) local_error = NULL;
  PpRule *rule = g_new0 (PpRule, 1);
  const char *kind = pp_xml_node_get_attr (node, "kind");
  gpointer config;

  rule->id = g_strdup (pp_xml_node_get_attr (node, "id"));
  rule->clause = g_strdup (pp_xml_node_get_attr (node, "clause"));
  rule->params = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_param_free);
  rule->pack = pack;
  rule->line = xmlGetLineNo (node);
  rule->kind = pp_rule_kind_lookup (kind);
  pp_severity_from_string (pp_xml_node_get_attr (node, "severity"), &rule->severity);
  parse_date (pp_xml_node_get_attr (node, "due"), &rule->due);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "title"))
        {
          rule->title = node_text (child);
        }
      else if (is_element (child, "message"))
        {
          rule->message = node_text (child);
        }
      else if (is_element (child, "quote"))
        {
          rule->quote = node_text (child);
        }
      else if (is_element (child, "scope"))
        {
          PpScope scope = { 0 };
          if (!parse_scope (child, &scope, &local_error))
            goto fail;
          g_array_append_val (scopes, scope);
        }
      else if (is_element (child, "param"))
        {
          PpParam *param = g_new0 (PpParam, 1);
          param->name = g_strdup (pp_xml_node_get_attr (child, "name"));
          param->value = g_strdup (pp_xml_node_get_attr (child, "value"));
          param->reading = parse_tristate (pp_xml_node_get_attr (child, "reading")) == 1;
          g_ptr_array_add (rule->params, param);
        }
    }

  rule->n_scopes = scopes->len;
  rule->scopes = (PpScope *) g_array_free (g_steal_pointer (&scopes), FALSE);

  if (!g_str_has_prefix (rule->id, pack->id) || rule->id[strlen (pack->id)] != '.')
    {
      g_set_error (&local_error, PP_PACK_ERROR, PP_PACK_ERROR_INVALID,
                   _("the rule id must start with the pack id “%s.”"), pack->id);
      goto fail;
    }

  if (rule->severity == PP_SEVERITY_TARGET && !g_date_valid (&rule->due))
    {
      g_set_error (&local_error, PP_PACK_ERROR, PP_PACK_ERROR_INVALID,
                   _("a target rule needs a due date: add due=\"YYYY-MM-DD\""));
      goto fail;
    }

  /* Every parameter must be one the kind knows, and its value must read:
   * a typo in a pack is found when it loads, not when a plan is checked. */
  values = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < rule->params->len; i++)
    {
      PpParam *param = g_ptr_array_index (rule->params, i);
      gboolean known = FALSE;

      for (guint k = 0; rule->kind->params[k] != NULL; k++)
        known |= strcmp (rule->kind->params[k], param->name) == 0;
      if (!known)
        {
          g_set_error (&local_error, PP_PACK_ERROR, PP_PACK_ERROR_UNKNOWN_PARAM,
                       _("the %s kind has no parameter “%s”"), rule->kind->name, param->name);
          goto fail;
        }
      if (g_hash_table_contains (values, param->name))
        {
          g_set_error (&local_error, PP_PACK_ERROR, PP_PACK_ERROR_BAD_PARAM,
                       _("parameter “%s” is given twice"), param->name);
          goto fail;
        }
      g_hash_table_insert (values, param->name, param->value);
    }

  {
    PpParams params = { values, rule };
    if (!(config = rule->kind->parse (&params, &local_error)))
      goto fail;
    rule->kind->free_config (config);
  }

  return rule;

fail:
  g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_INVALID,
               _("%s:%u: rule “%s”: %s"), pack->filename, rule->line, rule->id, local_error->message);
  pp_rule_free (rule);
  return NULL;
}

static gboolean
validate (xmlDoc      *doc,
          const char  *filename,
          GError     **error)
{
  g_autoptr(xmlSchemaValidCtxt) ctxt = NULL;
  xmlSchema *schema;
  xmlError first = { 0 };
  g_autofree char *what = NULL;

  if (!(schema = pp_xml_get_schema ("pack.xsd", error)))
    return FALSE;

  ctxt = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (ctxt, pp_xml_keep_first_error, &first);
  if (xmlSchemaValidateDoc (ctxt, doc) == 0)
    return TRUE;

  what = pp_xml_describe_error (&first);
  g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_INVALID,
               "%s:%d: %s", filename, first.line, what);
  xmlResetError (&first);
  return FALSE;
}

PpPack *
pp_pack_load (const char  *filename,
              GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PpPack) pack = NULL;
  xmlNode *root;

  if (!(doc = pp_xml_read_file (filename, PACK_MAX_SIZE, error)))
    return NULL;

  if (!validate (doc, filename, error))
    return NULL;

  root = xmlDocGetRootElement (doc);
  pack = g_new0 (PpPack, 1);
  pack->ref_count = 1;
  pack->filename = g_strdup (filename);
  pack->id = g_strdup (pp_xml_node_get_attr (root, "id"));
  pack->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_rule_free);
  g_date_clear (&pack->issued, 1);
  g_date_clear (&pack->in_force_from, 1);
  g_date_clear (&pack->in_force_until, 1);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "title"))
        {
          pack->title = node_text (child);
        }
      else if (is_element (child, "source"))
        {
          pack->document = g_strdup (pp_xml_node_get_attr (child, "document"));
          pack->number = g_strdup (pp_xml_node_get_attr (child, "number"));
          parse_date (pp_xml_node_get_attr (child, "issued"), &pack->issued);
        }
      else if (is_element (child, "in-force"))
        {
          parse_date (pp_xml_node_get_attr (child, "from"), &pack->in_force_from);
          parse_date (pp_xml_node_get_attr (child, "until"), &pack->in_force_until);
        }
      else if (is_element (child, "rule"))
        {
          PpRule *rule;

          if (!(rule = parse_rule (pack, child, error)))
            return NULL;
          if (pp_pack_find_rule (pack, rule->id) != NULL)
            {
              g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_INVALID,
                           _("%s:%u: rule “%s” is defined twice"), filename, rule->line, rule->id);
              pp_rule_free (rule);
              return NULL;
            }
          g_ptr_array_add (pack->rules, rule);
        }
    }

  return g_steal_pointer (&pack);
}

char *
pp_pack_get_directory (void)
{
  return pp_data_get_path ("policies", NULL);
}

static gint
compare_packs (gconstpointer a,
               gconstpointer b)
{
  const PpPack *pa = *(PpPack **) a;
  const PpPack *pb = *(PpPack **) b;

  return strcmp (pa->id, pb->id);
}

GPtrArray *
pp_pack_load_all (const char  *directory,
                  GError     **error)
{
  g_autoptr(GPtrArray) packs = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_pack_unref);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_autoptr(GError) local_error = NULL;

  if (!(dir = g_dir_open (directory, 0, &local_error)))
    {
      g_autofree char *reason = pp_file_error_describe (directory, PP_FILE_READING, local_error);

      /* TRANSLATORS: the reason a folder of policy packs cannot be read */
      g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_NOT_FOUND, _("The policy packs cannot be loaded: %s"), reason);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = NULL;
      PpPack *pack;

      if (!g_str_has_suffix (name, ".xml"))
        continue;
      path = g_build_filename (directory, name, NULL);
      if (!(pack = pp_pack_load (path, error)))
        return NULL;
      g_ptr_array_add (packs, pack);
    }

  g_ptr_array_sort (packs, compare_packs);
  return g_steal_pointer (&packs);
}

PpPack *
pp_pack_load_by_id (const char  *directory,
                    const char  *id,
                    GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  PpPack *pack;

  /* An id is a plain name; anything that could climb out of the
   * directory is not one. */
  if (id == NULL || id[0] == '\0' || strchr (id, '/') != NULL || id[0] == '.')
    {
      g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_NOT_FOUND,
                   _("“%s” is not a policy pack id: run “postplan-cli policies” to list them"),
                   id ? id : "");
      return NULL;
    }

  name = g_strconcat (id, ".xml", NULL);
  path = g_build_filename (directory, name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_NOT_FOUND,
                   _("There is no policy pack “%s”: run “postplan-cli policies” to list them"), id);
      return NULL;
    }

  if (!(pack = pp_pack_load (path, error)))
    return NULL;

  if (strcmp (pack->id, id) != 0)
    {
      g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_INVALID,
                   _("%s: the pack’s id is “%s”, but its file name says “%s”"), path, pack->id, id);
      pp_pack_unref (pack);
      return NULL;
    }
  return pack;
}

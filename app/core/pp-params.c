/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-params.c: reading rule parameters, with errors a pack author can act on. */

#define G_LOG_DOMAIN "pp-params"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "pp-check-private.h"

void
pp_params_set_error (GError     **error,
                     const char  *name,
                     const char  *value,
                     const char  *expected)
{
  g_set_error (error, PP_PACK_ERROR, PP_PACK_ERROR_BAD_PARAM,
               _("parameter “%s” is “%s”, but it must be %s"), name, value, expected);
}

const char *
pp_params_get (const PpParams *params,
               const char     *name)
{
  return g_hash_table_lookup (params->values, name);
}

gboolean
pp_params_get_fraction (const PpParams  *params,
                        const char      *name,
                        PpFraction      *out,
                        GError         **error)
{
  const char *value = pp_params_get (params, name);

  if (value == NULL || !pp_fraction_parse (value, out))
    {
      pp_params_set_error (error, name, value ? value : "",
                           _("a share written as p/q or as a whole percentage, such as 7/10 or 70%"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_count (const char *text,
             gint64     *out)
{
  char *end = NULL;
  guint64 value;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || value > PP_COUNT_MAX)
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

gboolean
pp_params_get_count (const PpParams  *params,
                     const char      *name,
                     gint64           fallback,
                     gint64          *out,
                     gboolean        *is_set,
                     GError         **error)
{
  const char *value = pp_params_get (params, name);

  if (value == NULL || value[0] == '\0')
    {
      *out = fallback;
      if (is_set)
        *is_set = FALSE;
      return TRUE;
    }

  if (!parse_count (value, out))
    {
      pp_params_set_error (error, name, value, _("a whole number of 0 or more"));
      return FALSE;
    }

  if (is_set)
    *is_set = TRUE;
  return TRUE;
}

gboolean
pp_params_get_choice (const PpParams      *params,
                      const char          *name,
                      const char * const  *choices,
                      guint                fallback,
                      guint               *out,
                      GError             **error)
{
  const char *value = pp_params_get (params, name);
  g_autofree char *list = NULL;

  if (value == NULL || value[0] == '\0')
    {
      *out = fallback;
      return TRUE;
    }

  for (guint i = 0; choices[i] != NULL; i++)
    {
      if (strcmp (choices[i], value) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  list = g_strjoinv (", ", (char **) choices);
  /* TRANSLATORS: %s is a list of the words allowed */
  {
    g_autofree char *expected = g_strdup_printf (_("one of: %s"), list);
    pp_params_set_error (error, name, value, expected);
  }
  return FALSE;
}

gboolean
pp_params_get_bound (const PpParams  *params,
                     const char      *name,
                     PpBound          fallback,
                     PpBound         *out,
                     GError         **error)
{
  const char *value = pp_params_get (params, name);

  if (value == NULL || value[0] == '\0')
    {
      *out = fallback;
      return TRUE;
    }

  if (!pp_bound_from_string (value, out))
    {
      pp_params_set_error (error, name, value, _("one of: at-least, more-than, at-most, less-than"));
      return FALSE;
    }
  return TRUE;
}

/* "8-10", "13", "1-7,13": levels 0–13. */
gboolean
pp_parse_level_range (const char *text,
                      guint32    *mask)
{
  g_auto(GStrv) parts = NULL;

  *mask = 0;
  if (text == NULL || text[0] == '\0')
    return TRUE;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 lo, hi;
      char *dash = strchr (parts[i], '-');

      if (dash != NULL)
        {
          *dash = '\0';
          if (!parse_count (parts[i], &lo) || !parse_count (dash + 1, &hi))
            return FALSE;
        }
      else if (parse_count (parts[i], &lo))
        {
          hi = lo;
        }
      else
        {
          return FALSE;
        }

      if (lo > hi || hi > 13)
        return FALSE;
      for (gint64 l = lo; l <= hi; l++)
        *mask |= PP_LEVEL_BIT (l);
    }
  return TRUE;
}

gboolean
pp_params_get_levels (const PpParams  *params,
                      const char      *name,
                      guint32         *mask,
                      GError         **error)
{
  const char *value = pp_params_get (params, name);

  if (!pp_parse_level_range (value, mask))
    {
      pp_params_set_error (error, name, value,
                           _("levels from 0 to 13 written as ranges, such as 8-10 or 1-7,13"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pp_params_get_certificate (const PpParams  *params,
                           const char      *name,
                           PpCertificate    fallback,
                           PpCertificate   *out,
                           GError         **error)
{
  const char *value = pp_params_get (params, name);

  if (value == NULL || value[0] == '\0')
    {
      *out = fallback;
      return TRUE;
    }

  if (!pp_certificate_from_string (value, out))
    {
      pp_params_set_error (error, name, value,
                           _("one of: none, worker, assistant, intermediate, senior"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pp_params_get_type_table (const PpParams  *params,
                          const char      *name,
                          gint64           table[PP_N_UNIT_TYPES],
                          GError         **error)
{
  const char *value = pp_params_get (params, name);
  g_auto(GStrv) entries = NULL;

  for (guint t = 0; t < PP_N_UNIT_TYPES; t++)
    table[t] = -1;

  if (value == NULL || value[0] == '\0')
    return TRUE;

  entries = g_strsplit (value, ",", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      char *colon = strchr (entries[i], ':');
      PpUnitType type;
      gint64 number;

      if (colon == NULL)
        goto bad;
      *colon = '\0';
      if (!pp_unit_type_from_string (g_strstrip (entries[i]), &type) ||
          !parse_count (g_strstrip (colon + 1), &number))
        goto bad;
      table[type] = number;
    }
  return TRUE;

bad:
  pp_params_set_error (error, name, value,
                       _("a list of unit type and number pairs, such as urban-community:2,rural-community:1"));
  return FALSE;
}

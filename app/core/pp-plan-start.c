/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-start.c: the starts of a new plan. */

#define G_LOG_DOMAIN "pp-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pp-plan-start.h"

GStrv
pp_plan_start_split_names (const char *text)
{
  static const char * const separators[] = { "，", "、", "；", "\n", ",", ";", "\r" };
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GString) unified = g_string_new (text != NULL ? text : "");
  g_auto(GStrv) parts = NULL;

  /* One separator, so that one split does; full-width ones are what a
   * Chinese input method types. */
  for (guint i = 1; i < G_N_ELEMENTS (separators); i++)
    g_string_replace (unified, separators[i], separators[0], 0);
  parts = g_strsplit (unified->str, separators[0], -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (names, parts[i]);
    }
  return g_strv_builder_end (names);
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static PpUnit *
add_region (PpPlan        *plan,
            PpUnit        *parent,
            const char    *prefix,
            PpRegionLevel  level,
            const char    *name,
            GError       **error)
{
  g_autofree char *id = pp_plan_make_id (plan, prefix);
  PpUnit *unit = pp_plan_add_unit (plan, parent, id, PP_UNIT_REGION, name, error);

  if (unit != NULL)
    unit->level = level;
  return unit;
}

PpPlan *
pp_plan_new_started (const char         *title,
                     const char         *policy,
                     const GDate        *date,
                     PpPlanStart         start,
                     const char         *name,
                     PpUnitType          type,
                     const char * const *counties,
                     GError            **error)
{
  g_autoptr(PpPlan) plan = pp_plan_new ();
  g_autofree char *clean_title = trimmed (title);
  g_autofree char *clean_name = trimmed (name);

  g_return_val_if_fail (policy != NULL, NULL);

  if (clean_title[0] == '\0')
    {
      g_set_error_literal (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                           _("A plan needs a title: type one"));
      return NULL;
    }
  if (start != PP_PLAN_START_EMPTY && clean_name[0] == '\0')
    {
      g_set_error_literal (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                           start == PP_PLAN_START_CITY ? _("Type the name of the city")
                                                       : _("Type the name of the institution"));
      return NULL;
    }
  if (start == PP_PLAN_START_INSTITUTION && (type == PP_UNIT_REGION || type >= PP_N_UNIT_TYPES))
    {
      g_set_error_literal (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                           _("An institution cannot be a region: choose its type"));
      return NULL;
    }

  pp_plan_set_title (plan, clean_title);
  pp_plan_set_policy (plan, policy);
  if (date != NULL && g_date_valid (date))
    pp_plan_set_date (plan, date);

  switch (start)
    {
    case PP_PLAN_START_EMPTY:
      break;

    case PP_PLAN_START_INSTITUTION:
      {
        g_autofree char *id = pp_plan_make_id (plan, "unit");
        if (!pp_plan_add_unit (plan, NULL, id, type, clean_name, error))
          return NULL;
      }
      break;

    case PP_PLAN_START_CITY:
      {
        PpUnit *city = add_region (plan, NULL, "city", PP_REGION_CITY, clean_name, error);

        if (city == NULL)
          return NULL;
        for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
          {
            g_autofree char *county = trimmed (counties[i]);
            if (county[0] != '\0' && !add_region (plan, city, "county", PP_REGION_COUNTY, county, error))
              return NULL;
          }
      }
      break;

    default:
      g_return_val_if_reached (NULL);
    }
  return g_steal_pointer (&plan);
}

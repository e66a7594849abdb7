/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-presence.c: the presence kind — at least N posts (or filled
 * posts) with a property, optionally all of them professional posts. */

#define G_LOG_DOMAIN "pp-rule-presence"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"
#include "pp-rule-presence.h"

static const char * const properties[] = { "social-work", "social-work-filled", NULL };
static const char * const categories[] = { "any", "always", "public-institution", NULL };

enum { CATEGORY_ANY, CATEGORY_ALWAYS, CATEGORY_PUBLIC };

/* detail bits */
#define SHORT_COUNT    (1 << 0)
#define WRONG_CATEGORY (1 << 1)

gboolean
pp_presence_parse (const PpParams   *params,
                   PpPresenceConfig *config,
                   GError          **error)
{
  guint property, category;

  if (!pp_params_get_choice (params, "property", properties, 0, &property, error) ||
      !pp_params_get_count (params, "minimum", 1, &config->minimum, NULL, error) ||
      !pp_params_get_type_table (params, "minimum-by-type", config->minimum_by_type, error) ||
      !pp_params_get_choice (params, "professional-category", categories, CATEGORY_ANY,
                             &category, error))
    return FALSE;

  config->filled = (property == 1);
  config->category = category;
  return TRUE;
}

gint64
pp_presence_required (const PpPresenceConfig *config,
                      PpUnit                 *unit)
{
  gint64 by_type = config->minimum_by_type[unit->type];
  return by_type >= 0 ? by_type : config->minimum;
}

gint64
pp_presence_count (const PpPresenceConfig *config,
                   const PpFacts          *facts)
{
  return config->filled ? facts->social_work_filled : facts->social_work;
}

void
pp_presence_evaluate (const PpPresenceConfig *config,
                      const PpCheckRule      *rule,
                      PpUnit                 *unit,
                      const PpFacts          *facts,
                      PpResult               *result)
{
  gboolean check_category = config->category == CATEGORY_ALWAYS ||
                            (config->category == CATEGORY_PUBLIC &&
                             (unit->flags & PP_UNIT_PUBLIC_INSTITUTION));

  result->a = pp_presence_count (config, facts);
  result->n = pp_presence_required (config, unit);

  if (result->a < result->n)
    {
      result->detail |= SHORT_COUNT;
      result->add = result->n - result->a;
    }

  if (check_category && facts->sw_lines_not_professional > 0)
    {
      result->detail |= WRONG_CATEGORY;
      result->group = MIN (facts->sw_lines_not_professional, G_MAXUINT16);
      if (facts->social_work_not_professional > 0)
        result->convert = facts->social_work_not_professional;
    }

  if (result->detail != 0)
    pp_result_set_shortfall (result, rule);
}

void
pp_presence_format (const PpPresenceConfig *config,
                    const PpResult         *result,
                    PpResultText           *text)
{
  int add = (int) result->add;

  text->actual = pp_words_count (result->a);
  text->required = g_strdup_printf (">= %" G_GINT64_FORMAT, result->n);
  text->actual_words = pp_words_count (result->a);
  text->required_words = g_strdup_printf (_("at least %d"), (int) result->n);

  if (result->detail & SHORT_COUNT)
    {
      if (config->filled)
        g_string_append_printf (text->remedy,
                                ngettext ("To comply: staff %d more social-work post (add it if there is no vacancy).",
                                          "To comply: staff %d more social-work posts (add them if there are no vacancies).",
                                          add), add);
      else
        g_string_append_printf (text->remedy,
                                ngettext ("To comply: add %d social-work post.",
                                          "To comply: add %d social-work posts.", add), add);
    }

  if (result->detail & WRONG_CATEGORY)
    {
      int lines = result->group;

      if (text->remedy->len > 0)
        g_string_append_c (text->remedy, ' ');
      g_string_append_printf (text->remedy,
                              ngettext ("%d social-work post line is not in the professional-technical category: "
                                        "set its category to professional-technical.",
                                        "%d social-work post lines are not in the professional-technical category: "
                                        "set their category to professional-technical.", lines),
                              lines);
    }
}

static gpointer
presence_parse (const PpParams  *params,
                GError         **error)
{
  g_autofree PpPresenceConfig *config = g_new0 (PpPresenceConfig, 1);

  if (!pp_presence_parse (params, config, error))
    return NULL;
  return g_steal_pointer (&config);
}

static void
presence_check_unit (const PpCheckRule    *rule,
                     const PpCheckContext *ctx,
                     PpUnit               *unit,
                     const PpFacts        *facts,
                     PpResult             *result)
{
  pp_presence_evaluate (rule->config, rule, unit, facts, result);
}

static void
presence_format (const PpResult *result,
                 PpResultText   *text)
{
  pp_presence_format (result->rule->config, result, text);
}

gboolean
pp_presence_added_posts (const PpPresenceConfig *config,
                         const PpResult         *result,
                         PpPost                 *post)
{
  if (result->add <= 0)
    return FALSE;
  pp_property_post (config->filled ? PP_PROPERTY_SOCIAL_WORK_FILLED : PP_PROPERTY_SOCIAL_WORK,
                    result->unit, result->add, post);
  return TRUE;
}

static gboolean
presence_added_posts (const PpResult *result,
                      PpPost         *post)
{
  return pp_presence_added_posts (result->rule->config, result, post);
}

static const char * const presence_params[] = {
  "property", "minimum", "minimum-by-type", "professional-category", NULL
};

const PpRuleKind pp_rule_kind_presence = {
  .name = "presence",
  .params = presence_params,
  .parse = presence_parse,
  .free_config = g_free,
  .check_unit = presence_check_unit,
  .format = presence_format,
  .added_posts = presence_added_posts,
};

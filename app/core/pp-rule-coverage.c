/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-coverage.c: the coverage / roll-up kind. In "every" mode each
 * unit in scope must meet a presence requirement and the plan-level result
 * says how many do; in "count" mode a count over the plan, over a region's
 * descendants or over the units directly under a province must reach a
 * minimum. */

#define G_LOG_DOMAIN "pp-rule-coverage"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"
#include "pp-rule-presence.h"

static const char * const modes[] = { "every", "count", NULL };
static const char * const counted[] = { "pilot-units", "certified-staff", NULL };
static const char * const overs[] = { "plan", "descendants", "province-children", NULL };

enum { MODE_EVERY, MODE_COUNT };
enum { COUNT_PILOTS, COUNT_CERTIFIED };
enum { OVER_PLAN, OVER_DESCENDANTS, OVER_PROVINCE_CHILDREN };

typedef struct
{
  guint            mode;
  PpPresenceConfig presence;   /* every */
  guint            counted;    /* count */
  guint            over;
  gint64           at_least;
  PpCertificate    certificate;
} Config;

static gpointer
coverage_parse (const PpParams  *params,
                GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);

  if (!pp_params_get_choice (params, "mode", modes, MODE_EVERY, &config->mode, error))
    return NULL;

  if (config->mode == MODE_EVERY)
    {
      if (!pp_presence_parse (params, &config->presence, error))
        return NULL;
    }
  else if (!pp_params_get_choice (params, "count", counted, COUNT_PILOTS, &config->counted, error) ||
           !pp_params_get_choice (params, "over", overs, OVER_PLAN, &config->over, error) ||
           !pp_params_get_count (params, "at-least", 1, &config->at_least, NULL, error) ||
           !pp_params_get_certificate (params, "certificate", PP_CERT_ASSISTANT,
                                       &config->certificate, error))
    {
      return NULL;
    }

  return g_steal_pointer (&config);
}

static void
coverage_contribute (const PpCheckRule    *rule,
                     const PpCheckContext *ctx,
                     PpUnit               *unit,
                     const PpFacts        *facts,
                     gboolean              in_scope,
                     gint64               *a,
                     gint64               *n)
{
  const Config *config = rule->config;

  *a = *n = 0;

  if (config->mode == MODE_EVERY)
    {
      if (in_scope)
        {
          *n = 1;
          *a = pp_presence_count (&config->presence, facts) >=
               pp_presence_required (&config->presence, unit);
        }
      return;
    }

  if (config->over == OVER_PROVINCE_CHILDREN)
    {
      if (!(unit->parent != NULL && unit->parent->type == PP_UNIT_REGION &&
            unit->parent->level == PP_REGION_PROVINCE))
        return;
      /* Counted so that a plan without a province can say so. */
      *n = 1;
    }

  if (config->counted == COUNT_PILOTS)
    {
      *a = (unit->flags & PP_UNIT_PILOT) != 0;
    }
  else
    {
      for (guint c = config->certificate; c < PP_N_CERTS; c++)
        *a += facts->staff_by_certificate[c];
    }
}

static void
evaluate_count (const PpCheckRule *rule,
                gint64             a,
                gint64             n,
                PpResult          *result)
{
  const Config *config = rule->config;

  if (config->over == OVER_PROVINCE_CHILDREN && n == 0)
    {
      pp_result_set_na (result, 0);
      return;
    }

  result->a = a;
  result->n = config->at_least;
  if (a < config->at_least)
    {
      result->add = config->at_least - a;
      pp_result_set_shortfall (result, rule);
    }
}

static void
coverage_check_unit (const PpCheckRule    *rule,
                     const PpCheckContext *ctx,
                     PpUnit               *unit,
                     const PpFacts        *facts,
                     PpResult             *result)
{
  const Config *config = rule->config;
  gint64 a, n;

  if (config->mode == MODE_EVERY)
    {
      pp_presence_evaluate (&config->presence, rule, unit, facts, result);
      return;
    }

  pp_check_get_descendant_sums (ctx->check, rule, unit, &a, &n);
  evaluate_count (rule, a, n, result);
}

static void
coverage_check_plan (const PpCheckRule    *rule,
                     const PpCheckContext *ctx,
                     gint64                a,
                     gint64                n,
                     PpResult             *result)
{
  const Config *config = rule->config;

  if (config->mode == MODE_COUNT)
    {
      evaluate_count (rule, a, n, result);
      return;
    }

  result->a = a;
  result->n = n;
  if (n == 0)
    {
      pp_result_set_na (result, 0);
      return;
    }
  if (a < n)
    {
      result->add = n - a;
      pp_result_set_shortfall (result, rule);
    }
}

static void
coverage_format (const PpResult *result,
                 PpResultText   *text)
{
  const Config *config = result->rule->config;
  int add = (int) result->add;

  if (config->mode == MODE_EVERY && result->unit != NULL)
    {
      pp_presence_format (&config->presence, result, text);
      return;
    }

  if (result->status == PP_STATUS_NA)
    {
      if (config->mode == MODE_EVERY)
        text->reason = g_strdup (_("The plan has no unit of the kind this rule covers."));
      else
        text->reason = g_strdup (_("The plan has no province region with units directly under it."));
      return;
    }

  if (config->mode == MODE_EVERY)
    {
      text->actual = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, result->a, result->n);
      text->required = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, result->n, result->n);
      /* TRANSLATORS: how many units are covered, e.g. "1 of 2 units covered" */
      text->actual_words = g_strdup_printf (ngettext ("%d of %d unit covered", "%d of %d units covered",
                                                      (int) result->n),
                                            (int) result->a, (int) result->n);
      text->required_words = g_strdup (_("every unit"));
      if (add > 0)
        g_string_append_printf (text->remedy,
                                ngettext ("To comply: staff a social-work post in %d more unit.",
                                          "To comply: staff a social-work post in %d more units.", add),
                                add);
      return;
    }

  text->actual = pp_words_count (result->a);
  text->required = g_strdup_printf (">= %" G_GINT64_FORMAT, result->n);
  text->actual_words = pp_words_count (result->a);
  text->required_words = g_strdup_printf (_("at least %d"), (int) result->n);
  if (result->add > 0)
    pp_format_remedy (text->remedy, result,
                      config->counted == COUNT_PILOTS ? PP_PROPERTY_PILOT : PP_PROPERTY_CERTIFIED);
}

static gboolean
coverage_added_posts (const PpResult *result,
                      PpPost         *post)
{
  const Config *config = result->rule->config;

  /* Only a unit's own shortfall is mended by posts in it. */
  if (config->mode != MODE_EVERY || result->unit == NULL)
    return FALSE;
  return pp_presence_added_posts (&config->presence, result, post);
}

static const char * const coverage_params[] = {
  "mode", "property", "minimum", "minimum-by-type", "professional-category",
  "count", "over", "at-least", "certificate", NULL
};

/* "Every unit" over the plan is a share held to all: n of n. */
static gboolean
coverage_share (const PpResult *result,
                PpBound        *bound,
                PpFraction     *threshold)
{
  const Config *config = result->rule->config;

  if (config->mode != MODE_EVERY || result->unit != NULL)
    return FALSE;
  *bound = PP_BOUND_AT_LEAST;
  *threshold = (PpFraction) { 1, 1 };
  return TRUE;
}

const PpRuleKind pp_rule_kind_coverage = {
  .name = "coverage",
  .params = coverage_params,
  .parse = coverage_parse,
  .free_config = g_free,
  .check_unit = coverage_check_unit,
  .contribute = coverage_contribute,
  .check_plan = coverage_check_plan,
  .format = coverage_format,
  .added_posts = coverage_added_posts,
  .share = coverage_share,
};

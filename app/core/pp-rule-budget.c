/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-budget.c: the budget kind — money shares of a purchased
 * project's funds, a floor per person-year, a supervision amount per
 * supervised person-month, and the purchase cycle. */

#define G_LOG_DOMAIN "pp-rule-budget"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"
#include "pp-money.h"

enum
{
  MEASURE_LABOUR_SHARE,
  MEASURE_OVERHEAD_SHARE,
  MEASURE_PER_PERSON_YEAR,
  MEASURE_SUPERVISION,
  MEASURE_CYCLE_YEARS,
};

enum { NA_NO_PROJECT = 1, NA_NO_FUNDS, NA_NO_HEADCOUNT, NA_NO_STAFF, NA_NO_CYCLE };

static const char * const measures[] = {
  "labour-share", "overhead-share", "per-person-year", "supervision", "cycle-years", NULL
};

typedef struct
{
  guint      measure;
  PpBound    bound;
  PpFraction threshold;
  gint64     amount;
  gint64     high_risk_amount;
  guint32    high_risk_fields;   /* bit per PpField */
  gint64     per_month;
  gint64     months;
  gint64     years;
} Config;

static gboolean
parse_fields (const char *text,
              guint32    *mask)
{
  g_auto(GStrv) names = NULL;

  *mask = 0;
  if (text == NULL || text[0] == '\0')
    return TRUE;
  names = g_strsplit (text, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      PpField field;
      if (!pp_field_from_string (g_strstrip (names[i]), &field))
        return FALSE;
      *mask |= 1u << field;
    }
  return TRUE;
}

static gpointer
budget_parse (const PpParams  *params,
              GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);
  const char *fields = pp_params_get (params, "high-risk-fields");

  if (!pp_params_get_choice (params, "measure", measures, 0, &config->measure, error))
    return NULL;

  switch (config->measure)
    {
    case MEASURE_LABOUR_SHARE:
    case MEASURE_OVERHEAD_SHARE:
      if (!pp_params_get_bound (params, "bound",
                                config->measure == MEASURE_LABOUR_SHARE ? PP_BOUND_AT_LEAST
                                                                        : PP_BOUND_AT_MOST,
                                &config->bound, error) ||
          !pp_params_get_fraction (params, "threshold", &config->threshold, error))
        return NULL;
      break;

    case MEASURE_PER_PERSON_YEAR:
      if (!pp_params_get_count (params, "amount", 0, &config->amount, NULL, error) ||
          !pp_params_get_count (params, "high-risk-amount", config->amount,
                                &config->high_risk_amount, NULL, error))
        return NULL;
      if (!parse_fields (fields, &config->high_risk_fields))
        {
          pp_params_set_error (error, "high-risk-fields", fields,
                               _("a list of service fields, such as mental-health,drug-rehab"));
          return NULL;
        }
      break;

    case MEASURE_SUPERVISION:
      if (!pp_params_get_count (params, "per-month", 0, &config->per_month, NULL, error) ||
          !pp_params_get_count (params, "months", 12, &config->months, NULL, error))
        return NULL;
      break;

    case MEASURE_CYCLE_YEARS:
      if (!pp_params_get_count (params, "years", 3, &config->years, NULL, error))
        return NULL;
      break;

    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&config);
}

/* Amounts come from parameters a plan may override: a product too large
 * for 64 bits is as good as infinite. */
static gint64
saturating_mul (gint64 a,
                gint64 b)
{
  gint64 product;

  if (__builtin_mul_overflow (a, b, &product))
    return G_MAXINT64;
  return product;
}

static gint64
package_amount (const Config    *config,
                const PpProject *project)
{
  if (config->high_risk_fields & (1u << project->field))
    return config->high_risk_amount;
  return config->amount;
}

static void
budget_check_unit (const PpCheckRule    *rule,
                   const PpCheckContext *ctx,
                   PpUnit               *unit,
                   const PpFacts        *facts,
                   PpResult             *result)
{
  const Config *config = rule->config;
  const PpProject *project = unit->project;
  gint64 amount;

  if (project == NULL)
    {
      pp_result_set_na (result, NA_NO_PROJECT);
      return;
    }

  switch (config->measure)
    {
    case MEASURE_LABOUR_SHARE:
    case MEASURE_OVERHEAD_SHARE:
      if (project->funds == 0)
        {
          pp_result_set_na (result, NA_NO_FUNDS);
          return;
        }
      result->a = config->measure == MEASURE_LABOUR_SHARE ? project->labour
                                                          : project->overhead + project->supervision;
      result->n = project->funds;
      if (pp_share_meets (config->bound, config->threshold, result->a, result->n))
        return;
      break;

    case MEASURE_PER_PERSON_YEAR:
      if (facts->posts == 0)
        {
          pp_result_set_na (result, NA_NO_HEADCOUNT);
          return;
        }
      amount = package_amount (config, project);
      result->a = project->funds;
      result->n = saturating_mul (amount, facts->posts);
      if (result->a >= result->n)
        return;
      /* The remedies of a result count posts; money is said in words. */
      result->remove = amount > 0 ? facts->posts - project->funds / amount : -1;
      break;

    case MEASURE_SUPERVISION:
      if (facts->social_work_staff == 0)
        {
          pp_result_set_na (result, NA_NO_STAFF);
          return;
        }
      result->a = project->supervision;
      result->n = saturating_mul (saturating_mul (config->per_month, config->months),
                                  facts->social_work_staff);
      if (result->a >= result->n)
        return;
      break;

    case MEASURE_CYCLE_YEARS:
      if (project->cycle_years == 0)
        {
          pp_result_set_na (result, NA_NO_CYCLE);
          return;
        }
      result->a = project->cycle_years;
      result->n = config->years;
      if (result->a == result->n)
        return;
      break;

    default:
      g_assert_not_reached ();
    }

  pp_result_set_shortfall (result, rule);
}

static void
budget_format (const PpResult *result,
               PpResultText   *text)
{
  const Config *config = result->rule->config;
  g_autofree char *a_money = NULL;
  g_autofree char *n_money = NULL;
  g_autofree char *gap = NULL;

  if (result->status == PP_STATUS_NA)
    {
      switch (result->detail)
        {
        case NA_NO_PROJECT:
          text->reason = g_strdup (_("The project has no budget: enter its yearly funds and their use."));
          break;
        case NA_NO_FUNDS:
          text->reason = g_strdup (_("The project’s yearly funds are missing: enter them."));
          break;
        case NA_NO_HEADCOUNT:
          text->reason = g_strdup (_("The project has no posts, so there is no cost per person to check."));
          break;
        case NA_NO_STAFF:
          text->reason = g_strdup (_("No staff records are entered for the project’s social-work posts, "
                                     "so the supervision needed cannot be worked out."));
          break;
        default:
          text->reason = g_strdup (_("The project’s purchase cycle is missing: enter it in years."));
          break;
        }
      return;
    }

  if (config->measure == MEASURE_CYCLE_YEARS)
    {
      text->actual = pp_words_count (result->a);
      text->required = g_strdup_printf ("== %" G_GINT64_FORMAT, result->n);
      text->actual_words = g_strdup_printf (ngettext ("%d year", "%d years", (int) result->a),
                                            (int) result->a);
      text->required_words = g_strdup_printf (ngettext ("%d year", "%d years", (int) result->n),
                                              (int) result->n);
      if (result->status != PP_STATUS_PASS)
        g_string_append_printf (text->remedy,
                                ngettext ("To comply: purchase the service for a cycle of %d year.",
                                          "To comply: purchase the service for a cycle of %d years.",
                                          (int) result->n), (int) result->n);
      return;
    }

  a_money = pp_money_format (result->a);
  text->actual = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, result->a, result->n);

  if (config->measure == MEASURE_LABOUR_SHARE || config->measure == MEASURE_OVERHEAD_SHARE)
    {
      g_autofree char *percent = pp_share_format_percent (result->a, result->n);
      n_money = pp_money_format (result->n);
      text->required = pp_short_bound (config->bound, config->threshold);
      /* TRANSLATORS: e.g. "190000 yuan of 240000 yuan (79.2%)" */
      text->actual_words = g_strdup_printf (_("%s of %s (%s)"), a_money, n_money, percent);
      text->required_words = pp_words_bound (config->bound, config->threshold);
      if (result->status != PP_STATUS_PASS)
        {
          PpRemedy remedy = pp_share_remedy (config->bound, config->threshold, result->a, result->n);
          gap = pp_money_format (remedy.convert);
          if (config->measure == MEASURE_LABOUR_SHARE)
            g_string_append_printf (text->remedy,
                                    _("To comply: move %s from other costs to labour costs."), gap);
          else
            g_string_append_printf (text->remedy,
                                    _("To comply: move %s from overhead and supervision to labour costs."),
                                    gap);
        }
      return;
    }

  n_money = pp_money_format (result->n);
  text->required = g_strdup_printf (">= %" G_GINT64_FORMAT, result->n);
  text->actual_words = a_money ? g_strdup (a_money) : NULL;
  text->required_words = g_strdup_printf (_("at least %s"), n_money);

  if (result->a < result->n)
    {
      gap = pp_money_format (result->n - result->a);
      if (config->measure == MEASURE_PER_PERSON_YEAR && result->remove > 0)
        g_string_append_printf (text->remedy,
                                ngettext ("To comply: raise the yearly funds by %s, or cut the headcount by %d post.",
                                          "To comply: raise the yearly funds by %s, or cut the headcount by %d posts.",
                                          (int) result->remove),
                                gap, (int) result->remove);
      else if (config->measure == MEASURE_PER_PERSON_YEAR)
        g_string_append_printf (text->remedy, _("To comply: raise the yearly funds by %s."), gap);
      else
        g_string_append_printf (text->remedy, _("To comply: raise the supervision budget by %s."), gap);
    }
}

static const char * const budget_params[] = {
  "measure", "bound", "threshold", "amount", "high-risk-amount", "high-risk-fields",
  "per-month", "months", "years", NULL
};

const PpRuleKind pp_rule_kind_budget = {
  .name = "budget",
  .params = budget_params,
  .parse = budget_parse,
  .free_config = g_free,
  .check_unit = budget_check_unit,
  .format = budget_format,
};

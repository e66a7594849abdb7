/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-training.c: the training kind — hours per staff member on
 * social-work posts, summed over the calendar years ending with the plan
 * year. */

#define G_LOG_DOMAIN "pp-rule-training"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

typedef struct
{
  gint64 window_years;
  gint64 minimum_hours;
} Config;

static gpointer
training_parse (const PpParams  *params,
                GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);

  if (!pp_params_get_count (params, "window-years", 1, &config->window_years, NULL, error) ||
      !pp_params_get_count (params, "minimum-hours", 0, &config->minimum_hours, NULL, error))
    return NULL;

  if (config->window_years < 1 || config->window_years > 50)
    {
      pp_params_set_error (error, "window-years", pp_params_get (params, "window-years"),
                           _("a number of years from 1 to 50"));
      return NULL;
    }
  return g_steal_pointer (&config);
}

static gint64
hours_in_window (const Config  *config,
                 const PpStaff *staff,
                 int            plan_year)
{
  gint64 hours = 0;

  for (guint i = 0; i < staff->n_training; i++)
    if (staff->training[i].year <= plan_year &&
        staff->training[i].year > plan_year - config->window_years)
      hours += staff->training[i].hours;
  return hours;
}

static void
training_check_unit (const PpCheckRule    *rule,
                     const PpCheckContext *ctx,
                     PpUnit               *unit,
                     const PpFacts        *facts,
                     PpResult             *result)
{
  const Config *config = rule->config;

  for (guint i = 0; i < unit->n_staff; i++)
    {
      const PpStaff *staff = &unit->staff[i];

      if (!(unit->posts[staff->post].flags & PP_POST_SOCIAL_WORK))
        continue;
      result->n++;
      if (hours_in_window (config, staff, ctx->year) >= config->minimum_hours)
        result->a++;
    }

  /* The year is kept so that the words name the same window later. */
  result->group = (guint16) ctx->year;

  if (result->n == 0)
    pp_result_set_na (result, 0);
  else if (result->a < result->n)
    pp_result_set_shortfall (result, rule);
}

static void
training_format (const PpResult *result,
                 PpResultText   *text)
{
  const Config *config = result->rule->config;
  int year = result->group;
  int first = year - (int) config->window_years + 1;
  int n_short = (int) (result->n - result->a);

  if (result->status == PP_STATUS_NA)
    {
      text->reason = g_strdup (_("No staff records are entered for the unit’s social-work posts: "
                                 "enter who holds them and their training hours."));
      return;
    }

  text->actual = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, result->a, result->n);
  text->required = g_strdup_printf (">= %" G_GINT64_FORMAT " h", config->minimum_hours);
  text->actual_words = g_strdup_printf (ngettext ("%d of %d staff record has enough hours",
                                                  "%d of %d staff records have enough hours",
                                                  (int) result->n),
                                        (int) result->a, (int) result->n);
  if (first == year)
    /* TRANSLATORS: hours of training in one year, e.g. "80 hours in 2026" */
    text->required_words = g_strdup_printf (_("%d hours in %d"), (int) config->minimum_hours, year);
  else
    /* TRANSLATORS: e.g. "120 hours in 2022–2026" */
    text->required_words = g_strdup_printf (_("%d hours in %d–%d"), (int) config->minimum_hours,
                                            first, year);

  if (n_short == 0)
    return;

  for (guint i = 0; i < result->unit->n_staff; i++)
    {
      const PpStaff *staff = &result->unit->staff[i];
      gint64 hours;

      if (!(result->unit->posts[staff->post].flags & PP_POST_SOCIAL_WORK))
        continue;
      hours = hours_in_window (config, staff, year);
      if (hours >= config->minimum_hours)
        continue;
      if (text->details->len > 0)
        g_string_append_c (text->details, '\n');
      /* TRANSLATORS: staff id, hours done, hours required */
      g_string_append_printf (text->details, _("Staff %s: %d of %d hours; %d more needed."),
                              staff->id, (int) hours, (int) config->minimum_hours,
                              (int) (config->minimum_hours - hours));
    }

  g_string_append_printf (text->remedy,
                          ngettext ("To comply: %d staff member needs more training hours.",
                                    "To comply: %d staff members need more training hours.", n_short),
                          n_short);
}

static const char * const training_params[] = { "window-years", "minimum-hours", NULL };

const PpRuleKind pp_rule_kind_training = {
  .name = "training",
  .params = training_params,
  .parse = training_parse,
  .free_config = g_free,
  .check_unit = training_check_unit,
  .format = training_format,
};

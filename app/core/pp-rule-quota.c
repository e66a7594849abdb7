/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-quota.c: the quota kind — a number of social-work posts worked
 * out from a unit's driver (workers, population, students, recipients) by
 * steps and a per-N rate with explicit rounding, read as a minimum or as
 * an allowance. */

#define G_LOG_DOMAIN "pp-rule-quota"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

#define MAX_STEPS 16

enum { MODE_AT_LEAST, MODE_ALLOWANCE };
enum { ROUND_FLOOR, ROUND_CEIL };

/* na reasons */
enum { NA_DRIVER_MISSING = 1, NA_NOT_SET };

typedef struct
{
  gint64 up_to;
  gint64 posts;
} Step;

typedef struct
{
  gint   driver_by_type[PP_N_UNIT_TYPES];  /* PpDriver, or -1 */
  Step   steps[MAX_STEPS];
  guint  n_steps;
  gint64 per;                               /* 0: not set */
  gint64 floor_posts;
  guint  rounding;
  guint  mode;
} Config;

static const char * const modes[] = { "at-least", "allowance", NULL };
static const char * const roundings[] = { "floor", "ceil", NULL };

/* "workers", or per type: "school:students,corrections:recipients". */
static gboolean
parse_driver (const char *text,
              Config     *config)
{
  g_auto(GStrv) entries = NULL;
  PpDriver driver;

  if (text != NULL && strchr (text, ':') == NULL)
    {
      if (!pp_driver_from_string (text, &driver))
        return FALSE;
      for (guint t = 0; t < PP_N_UNIT_TYPES; t++)
        config->driver_by_type[t] = driver;
      return TRUE;
    }

  for (guint t = 0; t < PP_N_UNIT_TYPES; t++)
    config->driver_by_type[t] = -1;
  if (text == NULL)
    return FALSE;

  entries = g_strsplit (text, ",", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      char *colon = strchr (entries[i], ':');
      PpUnitType type;

      if (colon == NULL)
        return FALSE;
      *colon = '\0';
      if (!pp_unit_type_from_string (g_strstrip (entries[i]), &type) ||
          !pp_driver_from_string (g_strstrip (colon + 1), &driver))
        return FALSE;
      config->driver_by_type[type] = driver;
    }
  return TRUE;
}

/* "2000:1,5000:2": up to 2000 → 1 post, up to 5000 → 2; ascending. */
static gboolean
parse_steps (const char *text,
             Config     *config)
{
  g_auto(GStrv) entries = NULL;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  entries = g_strsplit (text, ",", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      char *colon = strchr (entries[i], ':');
      char *end;
      Step step;

      if (colon == NULL || config->n_steps == MAX_STEPS)
        return FALSE;
      *colon = '\0';
      step.up_to = g_ascii_strtoll (g_strstrip (entries[i]), &end, 10);
      if (*end != '\0' || step.up_to < 0 || step.up_to > PP_COUNT_MAX)
        return FALSE;
      step.posts = g_ascii_strtoll (g_strstrip (colon + 1), &end, 10);
      if (*end != '\0' || step.posts < 0 || step.posts > PP_COUNT_MAX)
        return FALSE;
      if (config->n_steps > 0 && step.up_to <= config->steps[config->n_steps - 1].up_to)
        return FALSE;
      config->steps[config->n_steps++] = step;
    }
  return TRUE;
}

static gpointer
quota_parse (const PpParams  *params,
             GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);
  const char *driver = pp_params_get (params, "driver");
  const char *steps = pp_params_get (params, "steps");

  if (!parse_driver (driver, config))
    {
      pp_params_set_error (error, "driver", driver ? driver : "",
                           _("workers, population, students or recipients, or a list such as "
                             "school:students,corrections:recipients"));
      return NULL;
    }

  if (!parse_steps (steps, config))
    {
      pp_params_set_error (error, "steps", steps,
                           _("ascending limit:posts pairs, such as 2000:1,5000:2"));
      return NULL;
    }

  if (!pp_params_get_count (params, "per", 0, &config->per, NULL, error) ||
      !pp_params_get_count (params, "minimum", 0, &config->floor_posts, NULL, error) ||
      !pp_params_get_choice (params, "rounding", roundings, ROUND_FLOOR, &config->rounding, error) ||
      !pp_params_get_choice (params, "mode", modes, MODE_AT_LEAST, &config->mode, error))
    return NULL;

  return g_steal_pointer (&config);
}

/* The posts required or allowed for a driver value, or -1 when the pack
 * leaves the table or rate unset for it. */
static gint64
required_posts (const Config *config,
                gint64        driver)
{
  gint64 posts;

  for (guint i = 0; i < config->n_steps; i++)
    if (driver <= config->steps[i].up_to)
      return config->steps[i].posts;

  if (config->per == 0)
    return -1;

  posts = config->rounding == ROUND_CEIL ? pp_div_ceil (driver, config->per)
                                         : driver / config->per;
  return MAX (posts, config->floor_posts);
}

static void
quota_check_unit (const PpCheckRule    *rule,
                  const PpCheckContext *ctx,
                  PpUnit               *unit,
                  const PpFacts        *facts,
                  PpResult             *result)
{
  const Config *config = rule->config;
  int driver = config->driver_by_type[unit->type];
  gint64 value, required;

  if (config->n_steps == 0 && config->per == 0)
    {
      pp_result_set_na (result, NA_NOT_SET);
      return;
    }

  result->group = driver < 0 ? 0 : driver;
  value = driver < 0 ? 0 : unit->drivers[driver];
  if (value == 0)
    {
      pp_result_set_na (result, NA_DRIVER_MISSING);
      return;
    }

  required = required_posts (config, value);
  if (required < 0)
    {
      pp_result_set_na (result, NA_NOT_SET);
      return;
    }

  result->a = facts->social_work;
  result->n = required;

  if (result->a < required)
    result->add = required - result->a;
  else if (result->a > required && config->mode == MODE_ALLOWANCE)
    result->remove = result->a - required;
  else
    return;

  pp_result_set_shortfall (result, rule);
}

static void
quota_format (const PpResult *result,
              PpResultText   *text)
{
  const Config *config = result->rule->config;
  int add = (int) result->add, remove = (int) result->remove;

  if (result->status == PP_STATUS_NA)
    {
      if (result->detail == NA_NOT_SET)
        text->reason = g_strdup (_("The policy does not set the ratio or table for this rule: "
                                   "set it in the policy pack or as a plan override."));
      else if (result->group == PP_DRIVER_WORKERS)
        text->reason = g_strdup (_("The worker count is missing: enter the number of workers the unit covers."));
      else if (result->group == PP_DRIVER_POPULATION)
        text->reason = g_strdup (_("The population is missing: enter the population the unit serves."));
      else if (result->group == PP_DRIVER_STUDENTS)
        text->reason = g_strdup (_("The number of students is missing: enter it for the unit."));
      else
        text->reason = g_strdup (_("The number of service recipients is missing: enter it for the unit."));
      return;
    }

  text->actual = pp_words_count (result->a);
  text->actual_words = pp_words_count (result->a);
  if (config->mode == MODE_ALLOWANCE)
    {
      text->required = g_strdup_printf ("== %" G_GINT64_FORMAT, result->n);
      text->required_words = g_strdup_printf (ngettext ("an allowance of %d post",
                                                        "an allowance of %d posts", (int) result->n),
                                              (int) result->n);
      if (add > 0)
        g_string_append_printf (text->remedy,
                                ngettext ("Allowance unused: %d more social-work post may be set up.",
                                          "Allowance unused: %d more social-work posts may be set up.", add),
                                add);
      if (remove > 0)
        g_string_append_printf (text->remedy,
                                ngettext ("Exceeds the allowance: remove %d social-work post.",
                                          "Exceeds the allowance: remove %d social-work posts.", remove),
                                remove);
    }
  else
    {
      text->required = g_strdup_printf (">= %" G_GINT64_FORMAT, result->n);
      text->required_words = g_strdup_printf (_("at least %d"), (int) result->n);
      pp_format_remedy (text->remedy, result, PP_PROPERTY_SOCIAL_WORK);
    }
}

static gboolean
quota_added_posts (const PpResult *result,
                   PpPost         *post)
{
  if (result->add <= 0)
    return FALSE;
  pp_property_post (PP_PROPERTY_SOCIAL_WORK, result->unit, result->add, post);
  return TRUE;
}

static const char * const quota_params[] = {
  "driver", "steps", "per", "minimum", "rounding", "mode", NULL
};

const PpRuleKind pp_rule_kind_quota = {
  .name = "quota",
  .params = quota_params,
  .parse = quota_parse,
  .free_config = g_free,
  .check_unit = quota_check_unit,
  .format = quota_format,
  .added_posts = quota_added_posts,
};

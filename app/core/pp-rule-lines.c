/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-lines.c: the lines kind — checks each post line of a unit on
 * its own: level within its category's range, filled within count, staff
 * records within filled, and the levels social-work posts may take. */

#define G_LOG_DOMAIN "pp-rule-lines"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

enum
{
  CHECK_LEVELS_VALID,
  CHECK_FILLED_WITHIN_COUNT,
  CHECK_STAFF_WITHIN_FILLED,
  CHECK_SOCIAL_WORK_LEVELS,
};

static const char * const checks[] = {
  "levels-valid", "filled-within-count", "staff-within-filled", "social-work-levels", NULL
};

/* detail for social-work-levels: only lines at levels that warn */
#define ONLY_WARN_LEVELS 1

typedef struct
{
  guint   check;
  guint32 allowed;
  guint32 warn;
} Config;

static gpointer
lines_parse (const PpParams  *params,
             GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);

  if (!pp_params_get_choice (params, "check", checks, 0, &config->check, error))
    return NULL;

  if (config->check == CHECK_SOCIAL_WORK_LEVELS &&
      (!pp_params_get_levels (params, "allowed-levels", &config->allowed, error) ||
       !pp_params_get_levels (params, "warn-levels", &config->warn, error)))
    return NULL;

  return g_steal_pointer (&config);
}

static gboolean
level_is_valid (const PpPost *post)
{
  int lo, hi;

  if (post->category == PP_CATEGORY_NONE)
    return TRUE;
  pp_category_get_level_range (post->category, &lo, &hi);
  return post->level >= lo && post->level <= hi;
}

/* A social-work line the level rule looks at: one with a professional
 * level. Lines without a category (allowed outside public institutions)
 * have no level to name. */
static gboolean
is_graded_social_work (const PpPost *post)
{
  return (post->flags & PP_POST_SOCIAL_WORK) && post->category == PP_CATEGORY_PROFESSIONAL &&
         post->level >= 1 && post->level <= 13;
}

static void
lines_check_unit (const PpCheckRule    *rule,
                  const PpCheckContext *ctx,
                  PpUnit               *unit,
                  const PpFacts        *facts,
                  PpResult             *result)
{
  const Config *config = rule->config;
  guint bad = 0, warn = 0;

  switch (config->check)
    {
    case CHECK_LEVELS_VALID:
      result->a = facts->bad_level_lines;
      result->n = facts->lines;
      break;

    case CHECK_FILLED_WITHIN_COUNT:
      result->a = facts->overfilled_lines;
      result->n = facts->lines;
      result->add = facts->overfilled_excess > 0 ? facts->overfilled_excess : -1;
      break;

    case CHECK_STAFF_WITHIN_FILLED:
      result->a = facts->overstaffed_lines;
      result->n = facts->lines;
      break;

    case CHECK_SOCIAL_WORK_LEVELS:
      for (guint l = 1; l < PP_N_LEVEL_SLOTS; l++)
        {
          if (config->allowed & PP_LEVEL_BIT (l))
            continue;
          if (config->warn & PP_LEVEL_BIT (l))
            warn += facts->sw_lines_by_level[l];
          else
            bad += facts->sw_lines_by_level[l];
        }
      for (guint l = 1; l < PP_N_LEVEL_SLOTS; l++)
        result->n += facts->sw_lines_by_level[l];
      result->a = bad + warn;
      if (result->n == 0)
        {
          pp_result_set_na (result, 0);
          return;
        }
      if (bad > 0)
        {
          pp_result_set_shortfall (result, rule);
        }
      else if (warn > 0)
        {
          /* Levels the policy has not defined yet: a warning even under a
           * mandatory rule (rules.md: levels 1–7 until senior levels exist). */
          result->detail = ONLY_WARN_LEVELS;
          result->status = MAX (PP_STATUS_WARN, result->status);
        }
      return;

    default:
      g_assert_not_reached ();
    }

  if (result->a > 0)
    pp_result_set_shortfall (result, rule);
}

static gboolean
line_at_fault (const Config *config,
               PpUnit       *unit,
               guint         i,
               const guint  *staff_per_line)
{
  const PpPost *post = &unit->posts[i];

  switch (config->check)
    {
    case CHECK_LEVELS_VALID:
      return !level_is_valid (post);
    case CHECK_FILLED_WITHIN_COUNT:
      return post->filled > post->count;
    case CHECK_STAFF_WITHIN_FILLED:
      return staff_per_line[i] > post->filled;
    case CHECK_SOCIAL_WORK_LEVELS:
      return is_graded_social_work (post) && !(config->allowed & PP_LEVEL_BIT (post->level));
    default:
      g_assert_not_reached ();
    }
}

static void
describe_line (const Config *config,
               PpUnit       *unit,
               guint         i,
               guint         n_staff,
               GString      *out)
{
  const PpPost *post = &unit->posts[i];
  int lo, hi;

  if (out->len > 0)
    g_string_append_c (out, '\n');

  switch (config->check)
    {
    case CHECK_LEVELS_VALID:
      pp_category_get_level_range (post->category, &lo, &hi);
      if (post->level < 0)
        /* TRANSLATORS: post id, title, category */
        g_string_append_printf (out, _("Post %s “%s”: no level is given; a %s post needs a level from %d to %d."),
                                post->id, post->title, pp_category_get_label (post->category), lo, hi);
      else
        g_string_append_printf (out, _("Post %s “%s”: level %d is outside %d–%d, the range of %s posts."),
                                post->id, post->title, post->level, lo, hi,
                                pp_category_get_label (post->category));
      break;
    case CHECK_FILLED_WITHIN_COUNT:
      g_string_append_printf (out, _("Post %s “%s”: %u filled but only %u planned."),
                              post->id, post->title, post->filled, post->count);
      break;
    case CHECK_STAFF_WITHIN_FILLED:
      g_string_append_printf (out, _("Post %s “%s”: %u staff records but %u filled."),
                              post->id, post->title, n_staff, post->filled);
      break;
    case CHECK_SOCIAL_WORK_LEVELS:
      if (config->warn & PP_LEVEL_BIT (post->level))
        g_string_append_printf (out, _("Post %s “%s”: level %d has no social-work post name yet; "
                                       "the policy defines none above the intermediate levels."),
                                post->id, post->title, post->level);
      else
        g_string_append_printf (out, _("Post %s “%s”: level %d is not a social-work post level."),
                                post->id, post->title, post->level);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
lines_format (const PpResult *result,
              PpResultText   *text)
{
  const Config *config = result->rule->config;
  PpUnit *unit = result->unit;
  g_autofree guint *staff_per_line = NULL;
  int n = (int) result->a;

  if (result->status == PP_STATUS_NA)
    {
      text->reason = g_strdup (_("The unit has no social-work posts with a professional level."));
      return;
    }

  text->actual = pp_words_count (result->a);
  text->required = g_strdup ("== 0");
  /* TRANSLATORS: e.g. "2 of 14 post lines at fault" */
  text->actual_words = g_strdup_printf (ngettext ("%d of %d post line at fault",
                                                  "%d of %d post lines at fault", (int) result->n),
                                        n, (int) result->n);
  text->required_words = g_strdup (_("none at fault"));

  if (n == 0)
    return;

  staff_per_line = g_new0 (guint, unit->n_posts);
  for (guint i = 0; i < unit->n_staff; i++)
    staff_per_line[unit->staff[i].post]++;
  for (guint i = 0; i < unit->n_posts; i++)
    if (line_at_fault (config, unit, i, staff_per_line))
      describe_line (config, unit, i, staff_per_line[i], text->details);

  switch (config->check)
    {
    case CHECK_LEVELS_VALID:
      g_string_append_printf (text->remedy,
                              ngettext ("To comply: give %d post line a level within its category’s range.",
                                        "To comply: give %d post lines a level within their category’s range.",
                                        n), n);
      break;
    case CHECK_FILLED_WITHIN_COUNT:
      g_string_append_printf (text->remedy,
                              ngettext ("To comply: add %d post to the over-filled lines, or record fewer as filled.",
                                        "To comply: add %d posts to the over-filled lines, or record fewer as filled.",
                                        (int) result->add), (int) result->add);
      break;
    case CHECK_STAFF_WITHIN_FILLED:
      g_string_append_printf (text->remedy,
                              ngettext ("To comply: correct the filled count or the staff records of %d line.",
                                        "To comply: correct the filled count or the staff records of %d lines.",
                                        n), n);
      break;
    case CHECK_SOCIAL_WORK_LEVELS:
      g_string_append_printf (text->remedy,
                              ngettext ("To comply: move %d social-work line to a social-work post level.",
                                        "To comply: move %d social-work lines to social-work post levels.",
                                        n), n);
      break;
    default:
      g_assert_not_reached ();
    }
}

static const char * const lines_params[] = { "check", "allowed-levels", "warn-levels", NULL };

const PpRuleKind pp_rule_kind_lines = {
  .name = "lines",
  .params = lines_params,
  .parse = lines_parse,
  .free_config = g_free,
  .check_unit = lines_check_unit,
  .format = lines_format,
};

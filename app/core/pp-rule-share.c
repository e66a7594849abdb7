/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-share.c: the share kind — posts with a property as a fraction of
 * posts with another, against a bound p/q; or, with "caps", the structure
 * of professional levels read as nested caps from the top. */

#define G_LOG_DOMAIN "pp-rule-share"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

typedef enum
{
  NUM_PROFESSIONAL,
  NUM_SOCIAL_WORK,
  NUM_SOCIAL_WORK_PROFESSIONAL,
  NUM_GRADUATE_RESERVED,
} Numerator;

typedef enum
{
  DEN_POSTS,
  DEN_PROFESSIONAL,
  DEN_NEW_POSTS,
} Denominator;

static const char * const numerators[] = {
  "professional", "social-work", "social-work-professional", "graduate-reserved", NULL
};
static const char * const denominators[] = { "posts", "professional", "new-posts", NULL };

/* Which numerators are a part of which denominator: a share of something
 * that is not a part of the whole would make "convert" meaningless. */
static const gboolean is_part_of[4][3] = {
  [NUM_PROFESSIONAL] = { TRUE, FALSE, FALSE },
  [NUM_SOCIAL_WORK] = { TRUE, FALSE, FALSE },
  [NUM_SOCIAL_WORK_PROFESSIONAL] = { TRUE, TRUE, FALSE },
  [NUM_GRADUATE_RESERVED] = { FALSE, FALSE, TRUE },
};

#define MAX_GROUPS 8
#define MAX_CAPS 4

typedef struct
{
  guint32    levels;
  PpFraction max;
} Cap;

typedef struct
{
  guint32 levels;
  guint   n_caps;
  Cap     caps[MAX_CAPS];
} Group;

typedef struct
{
  Numerator   numerator;
  Denominator denominator;
  PpBound     bound;
  PpFraction  threshold;

  guint       n_groups;     /* 0: a plain share */
  Group       groups[MAX_GROUPS];
} Config;

/* "1-13:1-7<=1/10,1-10<=2/5;…": groups of levels, each with caps. */
static gboolean
parse_caps (const char *text,
            Config     *config)
{
  g_auto(GStrv) groups = g_strsplit (text, ";", -1);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      Group *group;
      g_auto(GStrv) caps = NULL;
      char *colon = strchr (groups[g], ':');

      if (colon == NULL || config->n_groups == MAX_GROUPS)
        return FALSE;
      *colon = '\0';
      group = &config->groups[config->n_groups++];
      if (!pp_parse_level_range (g_strstrip (groups[g]), &group->levels) || group->levels == 0)
        return FALSE;

      caps = g_strsplit (colon + 1, ",", -1);
      for (guint c = 0; caps[c] != NULL; c++)
        {
          char *le = strstr (caps[c], "<=");
          Cap *cap;

          if (le == NULL || group->n_caps == MAX_CAPS)
            return FALSE;
          *le = '\0';
          cap = &group->caps[group->n_caps++];
          if (!pp_parse_level_range (g_strstrip (caps[c]), &cap->levels) ||
              cap->levels == 0 || (cap->levels & ~group->levels) != 0 ||
              !pp_fraction_parse (g_strstrip (le + 2), &cap->max) ||
              cap->max.p > cap->max.q)
            return FALSE;
        }
      if (group->n_caps == 0)
        return FALSE;
    }

  return config->n_groups > 0;
}

static gpointer
share_parse (const PpParams  *params,
             GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);
  const char *caps = pp_params_get (params, "caps");
  guint num, den;

  if (caps != NULL)
    {
      if (!parse_caps (caps, config))
        {
          pp_params_set_error (error, "caps", caps,
                               _("groups of levels with caps, such as 1-13:1-7<=1/10,1-10<=2/5"));
          return NULL;
        }
      return g_steal_pointer (&config);
    }

  if (!pp_params_get_choice (params, "numerator", numerators, 0, &num, error) ||
      !pp_params_get_choice (params, "denominator", denominators, 0, &den, error) ||
      !pp_params_get_bound (params, "bound", PP_BOUND_AT_LEAST, &config->bound, error) ||
      !pp_params_get_fraction (params, "threshold", &config->threshold, error))
    return NULL;

  if (!is_part_of[num][den])
    {
      pp_params_set_error (error, "numerator", numerators[num],
                           _("a part of the denominator’s posts"));
      return NULL;
    }

  config->numerator = num;
  config->denominator = den;
  return g_steal_pointer (&config);
}

static gint64
numerator_of (const Config  *config,
              const PpFacts *facts)
{
  switch (config->numerator)
    {
    case NUM_PROFESSIONAL:
      return facts->by_category[PP_CATEGORY_PROFESSIONAL];
    case NUM_SOCIAL_WORK:
      return facts->social_work;
    case NUM_SOCIAL_WORK_PROFESSIONAL:
      return facts->social_work_professional;
    case NUM_GRADUATE_RESERVED:
      return facts->new_reserved;
    default:
      g_assert_not_reached ();
    }
}

static gint64
denominator_of (const Config  *config,
                const PpFacts *facts)
{
  switch (config->denominator)
    {
    case DEN_POSTS:
      return facts->posts;
    case DEN_PROFESSIONAL:
      return facts->by_category[PP_CATEGORY_PROFESSIONAL];
    case DEN_NEW_POSTS:
      return facts->new_posts;
    default:
      g_assert_not_reached ();
    }
}

/* Sums over sets of levels from prefix sums: prefix[l] holds the posts
 * at levels 1..l, so a set of levels costs one pass over its bits. */
static gint64
sum_levels (const gint64 prefix[PP_N_LEVEL_SLOTS],
            guint32      levels)
{
  gint64 sum = 0;

  levels &= ~PP_LEVEL_BIT (0);
  while (levels != 0)
    {
      guint lo = __builtin_ctz (levels);
      guint hi = lo;

      while (hi + 1 < PP_N_LEVEL_SLOTS && (levels & PP_LEVEL_BIT (hi + 1)))
        hi++;
      sum += prefix[hi] - prefix[lo - 1];
      levels &= ~((PP_LEVEL_BIT (hi + 1) - 1) & ~(PP_LEVEL_BIT (lo) - 1));
    }
  return sum;
}

/* Nested caps: fixing the tightest cap of a group also fixes the looser
 * ones when the moved posts go to the bottom of the group, so the posts
 * a group needs are the largest any of its caps needs; groups add up. */
static void
check_caps (const Config      *config,
            const PpCheckRule *rule,
            const PpFacts     *facts,
            PpResult          *result)
{
  gboolean any_group = FALSE;
  gboolean short_somewhere = FALSE;
  gboolean add_impossible = FALSE;
  gint64 add = 0, convert = 0;
  gint64 prefix[PP_N_LEVEL_SLOTS];

  prefix[0] = 0;
  for (guint l = 1; l < PP_N_LEVEL_SLOTS; l++)
    prefix[l] = prefix[l - 1] + facts->professional_by_level[l];

  for (guint g = 0; g < config->n_groups; g++)
    {
      const Group *group = &config->groups[g];
      gint64 n = sum_levels (prefix, group->levels);
      gint64 group_add = 0, group_convert = 0;

      if (n == 0)
        continue;

      for (guint c = 0; c < group->n_caps; c++)
        {
          gint64 a = sum_levels (prefix, group->caps[c].levels);
          PpRemedy remedy;

          if (!any_group || (!short_somewhere &&
                             !pp_share_meets (PP_BOUND_AT_MOST, group->caps[c].max, a, n)))
            {
              /* Report the first cap broken, else the first cap of all. */
              result->a = a;
              result->n = n;
              result->group = g;
              result->detail = c;
              any_group = TRUE;
            }

          if (pp_share_meets (PP_BOUND_AT_MOST, group->caps[c].max, a, n))
            continue;

          short_somewhere = TRUE;
          remedy = pp_share_remedy (PP_BOUND_AT_MOST, group->caps[c].max, a, n);
          /* A cap of 0% cannot be met by adding posts below it. */
          add_impossible |= remedy.add < 0;
          group_add = MAX (group_add, remedy.add);
          group_convert = MAX (group_convert, remedy.convert);
        }

      add += group_add;
      convert += group_convert;
    }

  if (!any_group)
    {
      pp_result_set_na (result, 0);
      return;
    }

  if (short_somewhere)
    {
      result->add = add_impossible ? -1 : add;
      result->convert = convert;
      pp_result_set_shortfall (result, rule);
    }
}

static void
share_check_unit (const PpCheckRule    *rule,
                  const PpCheckContext *ctx,
                  PpUnit               *unit,
                  const PpFacts        *facts,
                  PpResult             *result)
{
  const Config *config = rule->config;
  PpRemedy remedy;

  if (config->n_groups > 0)
    {
      check_caps (config, rule, facts, result);
      return;
    }

  result->a = numerator_of (config, facts);
  result->n = denominator_of (config, facts);

  if (result->n == 0)
    {
      pp_result_set_na (result, 0);
      return;
    }

  if (pp_share_meets (config->bound, config->threshold, result->a, result->n))
    return;

  remedy = pp_share_remedy (config->bound, config->threshold, result->a, result->n);
  result->add = remedy.add;
  result->convert = remedy.convert;
  pp_result_set_shortfall (result, rule);
}

static PpProperty
property_of (const Config *config)
{
  switch (config->numerator)
    {
    case NUM_PROFESSIONAL:
      return PP_PROPERTY_PROFESSIONAL;
    case NUM_SOCIAL_WORK:
    case NUM_SOCIAL_WORK_PROFESSIONAL:
      return PP_PROPERTY_SOCIAL_WORK;
    case NUM_GRADUATE_RESERVED:
      return PP_PROPERTY_GRADUATE_RESERVED;
    default:
      g_assert_not_reached ();
    }
}

static void
share_format (const PpResult *result,
              PpResultText   *text)
{
  const Config *config = result->rule->config;
  PpBound bound = config->bound;
  PpFraction threshold = config->threshold;

  if (config->n_groups > 0)
    {
      bound = PP_BOUND_AT_MOST;
      threshold = config->groups[result->group].caps[result->detail].max;
    }

  if (result->status == PP_STATUS_NA)
    {
      if (config->n_groups > 0)
        text->reason = g_strdup (_("The unit has no professional-technical posts at the levels this rule counts."));
      else if (config->denominator == DEN_NEW_POSTS)
        text->reason = g_strdup (_("The unit has no new posts (post lines marked as new), so there is no share to check."));
      else if (config->denominator == DEN_PROFESSIONAL)
        text->reason = g_strdup (_("The unit has no professional-technical posts, so there is no share to check."));
      else
        text->reason = g_strdup (_("The unit has no posts (special posts are not counted), so there is no share to check."));
      return;
    }

  text->actual = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, result->a, result->n);
  text->required = pp_short_bound (bound, threshold);
  text->actual_words = pp_words_share (result->a, result->n);
  text->required_words = pp_words_bound (bound, threshold);

  if (config->n_groups > 0)
    {
      g_autofree char *levels = NULL;
      GString *list = g_string_new (NULL);
      guint32 mask = config->groups[result->group].caps[result->detail].levels;

      for (guint l = 0; l < PP_N_LEVEL_SLOTS; l++)
        if (mask & PP_LEVEL_BIT (l))
          g_string_append_printf (list, list->len ? ", %u" : "%u", l);
      levels = g_string_free (list, FALSE);
      /* TRANSLATORS: %s is a list of post levels, e.g. "1, 2, 3" */
      g_string_append_printf (text->details, _("Levels counted against the cap: %s."), levels);
      pp_format_remedy (text->remedy, result, PP_PROPERTY_LOWER_LEVEL);
    }
  else
    {
      pp_format_remedy (text->remedy, result, property_of (config));
    }
}

static gboolean
share_added_posts (const PpResult *result,
                   PpPost         *post)
{
  const Config *config = result->rule->config;

  if (result->add <= 0)
    return FALSE;
  pp_property_post (config->n_groups > 0 ? PP_PROPERTY_LOWER_LEVEL : property_of (config),
                    result->unit, result->add, post);
  if (config->n_groups > 0)
    {
      /* Below the capped levels: the lowest level of the group broken. */
      guint32 levels = config->groups[result->group].levels;
      post->level = 31 - __builtin_clz (levels);
    }
  return TRUE;
}

static const char * const share_params[] = {
  "numerator", "denominator", "bound", "threshold", "caps", NULL
};

/* A post converts when it counts in the whole but not in the part, or,
 * under a cap, when it sits at a capped level: it moves to the line
 * share_added_posts () gives. Special posts count in neither. */
static gboolean
share_convertible (const PpResult *result,
                   const PpPost   *post)
{
  const Config *config = result->rule->config;
  gboolean professional, social_work, in_part, in_whole;

  /* Nested caps in one group are mended by moving posts below them; with
   * several groups broken, the count to convert is their sum, which no
   * single move of one group's posts matches: adding is the remedy. */
  if (post == NULL)
    return config->n_groups <= 1 && config->numerator != NUM_GRADUATE_RESERVED &&
           config->denominator != DEN_NEW_POSTS;
  if (post->flags & PP_POST_SPECIAL)
    return FALSE;
  professional = post->category == PP_CATEGORY_PROFESSIONAL;
  social_work = (post->flags & PP_POST_SOCIAL_WORK) != 0;
  if (config->n_groups > 0)
    return professional && post->level > 0 && post->level < PP_N_LEVEL_SLOTS &&
           (config->groups[result->group].caps[result->detail].levels & PP_LEVEL_BIT (post->level)) != 0;

  switch (config->numerator)
    {
    case NUM_PROFESSIONAL:
      in_part = professional;
      break;
    case NUM_SOCIAL_WORK:
      in_part = social_work;
      break;
    case NUM_SOCIAL_WORK_PROFESSIONAL:
      in_part = social_work && professional;
      break;
    case NUM_GRADUATE_RESERVED:
    default:
      /* Reserving is a field of a line, not a line of its own. */
      return FALSE;
    }
  switch (config->denominator)
    {
    case DEN_POSTS:
      in_whole = TRUE;
      break;
    case DEN_PROFESSIONAL:
      in_whole = professional;
      break;
    case DEN_NEW_POSTS:
    default:
      return FALSE;
    }
  return in_whole && !in_part;
}

static gboolean
share_share (const PpResult *result,
             PpBound        *bound,
             PpFraction     *threshold)
{
  const Config *config = result->rule->config;

  if (config->n_groups > 0)
    {
      *bound = PP_BOUND_AT_MOST;
      *threshold = config->groups[result->group].caps[result->detail].max;
    }
  else
    {
      *bound = config->bound;
      *threshold = config->threshold;
    }
  return TRUE;
}

const PpRuleKind pp_rule_kind_share = {
  .name = "share",
  .params = share_params,
  .parse = share_parse,
  .free_config = g_free,
  .check_unit = share_check_unit,
  .format = share_format,
  .added_posts = share_added_posts,
  .convertible = share_convertible,
  .share = share_share,
};

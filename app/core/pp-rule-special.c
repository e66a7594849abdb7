/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-special.c: the special-posts kind — how many posts a unit holds
 * as special posts (特设岗位) exempt from totals and shares, and the
 * special social-work posts the exemption does not cover: at the county
 * seat, or held by staff below the certificate it asks for. */

#define G_LOG_DOMAIN "pp-rule-special"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

typedef struct
{
  PpCertificate certificate;
} Config;

static gpointer
special_parse (const PpParams  *params,
               GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);

  if (!pp_params_get_certificate (params, "certificate", PP_CERT_INTERMEDIATE,
                                  &config->certificate, error))
    return NULL;
  return g_steal_pointer (&config);
}

typedef void (*ProblemFunc) (PpUnit *unit, guint line, const PpStaff *staff, GString *out);

static guint
find_problems (const Config *config,
               PpUnit       *unit,
               ProblemFunc   func,
               GString      *out)
{
  gboolean at_seat = (unit->flags & PP_UNIT_COUNTY_SEAT) != 0;
  guint n = 0;

  for (guint i = 0; i < unit->n_posts; i++)
    {
      const PpPost *post = &unit->posts[i];

      if (!(post->flags & PP_POST_SPECIAL) || !(post->flags & PP_POST_SOCIAL_WORK))
        continue;
      if (at_seat)
        {
          n++;
          if (func)
            func (unit, i, NULL, out);
        }
    }

  for (guint s = 0; s < unit->n_staff; s++)
    {
      const PpStaff *staff = &unit->staff[s];
      const PpPost *post = &unit->posts[staff->post];

      if (!(post->flags & PP_POST_SPECIAL) || !(post->flags & PP_POST_SOCIAL_WORK))
        continue;
      if (pp_staff_get_effective_certificate (unit, staff) < config->certificate)
        {
          n++;
          if (func)
            func (unit, staff->post, staff, out);
        }
    }
  return n;
}

static void
special_check_unit (const PpCheckRule    *rule,
                    const PpCheckContext *ctx,
                    PpUnit               *unit,
                    const PpFacts        *facts,
                    PpResult             *result)
{
  result->a = facts->special_posts;
  result->n = facts->special_lines;
  result->detail = MIN (find_problems (rule->config, unit, NULL, NULL), 255);
  if (result->detail > 0)
    pp_result_set_shortfall (result, rule);
}

static void
describe_problem (PpUnit        *unit,
                  guint          line,
                  const PpStaff *staff,
                  GString       *out)
{
  const PpPost *post = &unit->posts[line];

  if (out->len > 0)
    g_string_append_c (out, '\n');
  if (staff == NULL)
    g_string_append_printf (out, _("Post %s “%s” is a special social-work post in a unit at the county seat, "
                                   "which the exemption does not cover."),
                            post->id, post->title);
  else
    g_string_append_printf (out, _("Staff %s on special post %s holds “%s”; the exemption covers "
                                   "holders of an intermediate or senior title."),
                            staff->id, post->id, pp_certificate_get_label (staff->certificate));
}

static void
special_format (const PpResult *result,
                PpResultText   *text)
{
  int problems = result->detail;

  text->actual = pp_words_count (result->a);
  text->required = g_strdup ("-");
  /* TRANSLATORS: how many posts are special posts, outside totals and shares */
  text->actual_words = g_strdup_printf (ngettext ("%d special post exempted from totals and shares",
                                                  "%d special posts exempted from totals and shares",
                                                  (int) result->a),
                                        (int) result->a);
  text->required_words = g_strdup (_("special posts only where the exemption applies"));

  if (problems > 0)
    {
      find_problems (result->rule->config, result->unit, describe_problem, text->details);
      g_string_append_printf (text->remedy,
                              ngettext ("To comply: make %d special post an ordinary post, or "
                                        "check that the exemption applies to it.",
                                        "To comply: make %d special posts ordinary posts, or "
                                        "check that the exemption applies to them.", problems),
                              problems);
    }
}

static const char * const special_params[] = { "certificate", NULL };

const PpRuleKind pp_rule_kind_special_posts = {
  .name = "special-posts",
  .params = special_params,
  .parse = special_parse,
  .free_config = g_free,
  .check_unit = special_check_unit,
  .format = special_format,
};

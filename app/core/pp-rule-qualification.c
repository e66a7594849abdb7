/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-qualification.c: the qualification kind — the certificate a
 * post's level requires of the staff holding it; a directed certificate
 * counts only in its own city. In "directed-city" mode it checks that
 * directed certificates are used in their city at all. */

#define G_LOG_DOMAIN "pp-rule-qualification"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

enum { MODE_LEVELS, MODE_DIRECTED_CITY };

typedef struct
{
  guint         mode;
  /* required certificate per level; PP_N_CERTS: no requirement */
  guint8        by_level[PP_N_LEVEL_SLOTS];
  guint8        any_level;   /* for posts without a level */
} Config;

static const char * const modes[] = { "levels", "directed-city", NULL };

/* "1-7:senior,8-10:intermediate,11-13:worker"; "any:assistant" covers
 * every post, with or without a level. */
static gboolean
parse_requirements (const char *text,
                    Config     *config)
{
  g_auto(GStrv) entries = NULL;

  memset (config->by_level, PP_N_CERTS, sizeof config->by_level);
  config->any_level = PP_N_CERTS;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  entries = g_strsplit (text, ",", -1);
  for (guint i = 0; entries[i] != NULL; i++)
    {
      char *colon = strchr (entries[i], ':');
      PpCertificate certificate;
      guint32 levels;

      if (colon == NULL)
        return FALSE;
      *colon = '\0';
      if (!pp_certificate_from_string (g_strstrip (colon + 1), &certificate))
        return FALSE;
      if (strcmp (g_strstrip (entries[i]), "any") == 0)
        {
          config->any_level = certificate;
          continue;
        }
      if (!pp_parse_level_range (entries[i], &levels) || levels == 0)
        return FALSE;
      for (guint l = 0; l < PP_N_LEVEL_SLOTS; l++)
        if (levels & PP_LEVEL_BIT (l))
          config->by_level[l] = certificate;
    }
  return TRUE;
}

static gpointer
qualification_parse (const PpParams  *params,
                     GError         **error)
{
  g_autofree Config *config = g_new0 (Config, 1);
  const char *requirements;

  if (!pp_params_get_choice (params, "mode", modes, MODE_LEVELS, &config->mode, error))
    return NULL;

  if (config->mode == MODE_DIRECTED_CITY)
    return g_steal_pointer (&config);

  requirements = pp_params_get (params, "requirements");
  if (!parse_requirements (requirements, config))
    {
      pp_params_set_error (error, "requirements", requirements ? requirements : "",
                           _("level ranges with the certificate each needs, such as "
                             "8-10:intermediate,11-12:assistant or any:worker"));
      return NULL;
    }
  return g_steal_pointer (&config);
}

static guint
required_for (const Config *config,
              const PpPost *post)
{
  if (config->any_level < PP_N_CERTS)
    return config->any_level;
  if (post->level >= 0 && post->level < PP_N_LEVEL_SLOTS)
    return config->by_level[post->level];
  return PP_N_CERTS;
}

/* Calls func for every staff record the rule evaluates; returns how many
 * fall short. */
static guint
for_each_staff (const Config  *config,
                PpUnit        *unit,
                guint         *n_evaluated,
                void         (*func) (PpUnit *, const PpStaff *, guint, gpointer),
                gpointer       data)
{
  guint n_short = 0;

  *n_evaluated = 0;
  for (guint i = 0; i < unit->n_staff; i++)
    {
      const PpStaff *staff = &unit->staff[i];
      const PpPost *post = &unit->posts[staff->post];
      gboolean ok;
      guint required = PP_N_CERTS;

      if (config->mode == MODE_DIRECTED_CITY)
        {
          if (staff->directed_city == NULL)
            continue;
          ok = g_strcmp0 (pp_unit_get_city (unit), staff->directed_city) == 0;
        }
      else
        {
          if (!(post->flags & PP_POST_SOCIAL_WORK))
            continue;
          required = required_for (config, post);
          if (required == PP_N_CERTS)
            continue;
          ok = pp_staff_get_effective_certificate (unit, staff) >= required;
        }

      (*n_evaluated)++;
      if (!ok)
        {
          n_short++;
          if (func != NULL)
            func (unit, staff, required, data);
        }
    }
  return n_short;
}

static void
qualification_check_unit (const PpCheckRule    *rule,
                          const PpCheckContext *ctx,
                          PpUnit               *unit,
                          const PpFacts        *facts,
                          PpResult             *result)
{
  guint n_evaluated;
  guint n_short = for_each_staff (rule->config, unit, &n_evaluated, NULL, NULL);

  result->a = n_evaluated - n_short;
  result->n = n_evaluated;
  if (n_evaluated == 0)
    pp_result_set_na (result, 0);
  else if (n_short > 0)
    pp_result_set_shortfall (result, rule);
}

static void
describe_short (PpUnit        *unit,
                const PpStaff *staff,
                guint          required,
                gpointer       data)
{
  PpResultText *text = data;
  const PpPost *post = &unit->posts[staff->post];

  if (text->details->len > 0)
    g_string_append_c (text->details, '\n');

  if (required == PP_N_CERTS)
    {
      /* TRANSLATORS: staff id, the city of the certificate, the unit's city */
      g_string_append_printf (text->details,
                              _("Staff %s: the certificate is directed to %s, but the unit is in %s."),
                              staff->id, staff->directed_city,
                              pp_unit_get_city (unit) ? pp_unit_get_city (unit) : _("no city"));
    }
  else if (staff->directed_city != NULL && staff->certificate >= required)
    {
      g_string_append_printf (text->details,
                              _("Staff %s on post %s: the certificate is directed to %s and does not count here."),
                              staff->id, post->id, staff->directed_city);
    }
  else
    {
      /* TRANSLATORS: staff id, post id, post level, certificate held, certificate required */
      g_string_append_printf (text->details,
                              _("Staff %s on post %s (level %d) holds “%s” but needs “%s” or higher."),
                              staff->id, post->id, post->level,
                              pp_certificate_get_label (staff->certificate),
                              pp_certificate_get_label (required));
    }
}

static void
qualification_format (const PpResult *result,
                      PpResultText   *text)
{
  const Config *config = result->rule->config;
  guint n_evaluated;
  int n_short = (int) (result->n - result->a);

  if (result->status == PP_STATUS_NA)
    {
      if (config->mode == MODE_DIRECTED_CITY)
        text->reason = g_strdup (_("No staff record of the unit holds a directed certificate."));
      else
        text->reason = g_strdup (_("No staff records are entered for the unit’s social-work posts "
                                   "at the levels this rule covers: enter who holds them."));
      return;
    }

  text->actual = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, result->a, result->n);
  text->required = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, result->n, result->n);
  /* TRANSLATORS: e.g. "3 of 4 staff records qualified" */
  text->actual_words = g_strdup_printf (ngettext ("%d of %d staff record qualified",
                                                  "%d of %d staff records qualified", (int) result->n),
                                        (int) result->a, (int) result->n);
  text->required_words = g_strdup (_("every staff record"));

  if (n_short > 0)
    {
      for_each_staff (config, result->unit, &n_evaluated, describe_short, text);
      if (config->mode == MODE_DIRECTED_CITY)
        g_string_append_printf (text->remedy,
                                ngettext ("To comply: %d staff member needs a certificate valid in this city.",
                                          "To comply: %d staff members need a certificate valid in this city.",
                                          n_short), n_short);
      else
        g_string_append_printf (text->remedy,
                                ngettext ("To comply: %d staff member needs the required certificate, "
                                          "or a post at a level the certificate allows.",
                                          "To comply: %d staff members need the required certificate, "
                                          "or posts at levels their certificates allow.", n_short),
                                n_short);
    }
}

static gboolean
qualification_required_certificate (const PpResult *result,
                                    const PpPost   *post,
                                    PpCertificate  *certificate)
{
  const Config *config = result->rule->config;
  guint required;

  if (config->mode != MODE_LEVELS || !(post->flags & PP_POST_SOCIAL_WORK))
    return FALSE;
  required = required_for (config, post);
  if (required == PP_N_CERTS)
    return FALSE;
  *certificate = required;
  return TRUE;
}

static const char * const qualification_params[] = { "mode", "requirements", NULL };

const PpRuleKind pp_rule_kind_qualification = {
  .name = "qualification",
  .params = qualification_params,
  .parse = qualification_parse,
  .free_config = g_free,
  .check_unit = qualification_check_unit,
  .format = qualification_format,
  .required_certificate = qualification_required_certificate,
};

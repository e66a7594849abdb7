/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-check-text.c: the words of a result, made only when it is shown. */

#define G_LOG_DOMAIN "pp-check-text"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"
#include "pp-date.h"

static void
text_init (PpResultText   *text,
           const PpResult *result)
{
  memset (text, 0, sizeof *text);
  text->remedy = g_string_new (NULL);
  text->details = g_string_new (NULL);
  result->rule->rule->kind->format (result, text);
}

static void
text_clear (PpResultText *text)
{
  g_free (text->actual);
  g_free (text->required);
  g_free (text->actual_words);
  g_free (text->required_words);
  g_free (text->reason);
  g_string_free (text->remedy, TRUE);
  g_string_free (text->details, TRUE);
}

/* One part of a result's text, the rest freed. */
static char *
take_part (const PpResult *result,
           gsize           offset)
{
  PpResultText text;
  char **field;
  char *part;

  text_init (&text, result);
  field = G_STRUCT_MEMBER_P (&text, offset);
  part = g_steal_pointer (field);
  text_clear (&text);
  return part;
}

char *
pp_result_format_actual (const PpResult *result)
{
  return take_part (result, G_STRUCT_OFFSET (PpResultText, actual));
}

char *
pp_result_format_actual_words (const PpResult *result)
{
  return take_part (result, G_STRUCT_OFFSET (PpResultText, actual_words));
}

char *
pp_result_format_required (const PpResult *result)
{
  return take_part (result, G_STRUCT_OFFSET (PpResultText, required));
}

/* The rule's template names its figures as {actual}, {required} and
 * {unit}; a translation may put them in any order. */
static void
expand_template (GString        *out,
                 const char     *template,
                 const PpResult *result,
                 PpResultText   *text)
{
  const char *p = template;

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close;
      const char *value = NULL;

      if (open == NULL || (close = strchr (open, '}')) == NULL)
        {
          g_string_append (out, p);
          return;
        }

      g_string_append_len (out, p, open - p);
      if (strncmp (open, "{actual}", close - open + 1) == 0)
        value = text->actual_words;
      else if (strncmp (open, "{required}", close - open + 1) == 0)
        value = text->required_words;
      else if (strncmp (open, "{unit}", close - open + 1) == 0)
        value = result->unit ? result->unit->name : _("the plan");

      if (value != NULL)
        g_string_append (out, value);
      else
        g_string_append_len (out, open, close - open + 1);
      p = close + 1;
    }
}

/* One sentence after another, as the language puts them: English with a
 * space between, Chinese with none after its full stop. */
static void
append_sentence (GString    *out,
                 const char *sentence)
{
  g_autofree char *joined = NULL;

  /* TRANSLATORS: two sentences of a result, one after the other: keep
   * the space if your language puts one between sentences, drop it if
   * not (Chinese: "%s%s") */
  joined = g_strdup_printf (C_("two sentences", "%s %s"), out->str, sentence);
  g_string_assign (out, joined);
}

char *
pp_result_format_message (const PpResult *result)
{
  const PpRule *rule = result->rule->rule;
  PpResultText text;
  GString *out = g_string_new (NULL);

  text_init (&text, result);

  if (result->status == PP_STATUS_NA)
    {
      /* TRANSLATORS: a rule's title, then why it could not be checked */
      g_string_append_printf (out, _("%s: %s"), pp_rule_get_title (rule),
                              text.reason ? text.reason : _("not evaluated."));
    }
  else
    {
      expand_template (out, g_dgettext (GETTEXT_PACKAGE, rule->message), result, &text);

      if (result->status != PP_STATUS_PASS && text.remedy->len > 0)
        append_sentence (out, text.remedy->str);

      if (result->status == PP_STATUS_WARN && rule->severity == PP_SEVERITY_TARGET &&
          g_date_valid (&rule->due) && !result->rule->expired)
        {
          g_autofree char *due = pp_date_format_display (&rule->due);
          g_autofree char *sentence = NULL;

          /* TRANSLATORS: %s is a date such as 2025-12-31 */
          sentence = g_strdup_printf (_("This target is due on %s."), due);
          append_sentence (out, sentence);
        }
    }

  text_clear (&text);
  return g_string_free (out, FALSE);
}

gboolean
pp_result_get_added_posts (const PpResult *result,
                           PpPost         *post)
{
  const PpRuleKind *kind = result->rule->rule->kind;

  if ((result->status != PP_STATUS_FAIL && result->status != PP_STATUS_WARN) || kind->added_posts == NULL)
    return FALSE;
  return kind->added_posts (result, post);
}

gboolean
pp_result_get_converted_posts (const PpResult *result,
                               PpPost         *post)
{
  const PpRuleKind *kind = result->rule->rule->kind;
  PpResult as_added;

  if ((result->status != PP_STATUS_FAIL && result->status != PP_STATUS_WARN) || result->convert <= 0 ||
      kind->convertible == NULL || kind->added_posts == NULL || !kind->convertible (result, NULL))
    return FALSE;
  /* The line converted posts go to is the line adding would add. */
  as_added = *result;
  as_added.add = result->convert;
  return kind->added_posts (&as_added, post);
}

gboolean
pp_result_post_converts (const PpResult *result,
                         const PpPost   *post)
{
  const PpRuleKind *kind = result->rule->rule->kind;

  return kind->convertible != NULL && post != NULL && kind->convertible (result, post);
}

gboolean
pp_result_get_share (const PpResult *result,
                     PpBound        *bound,
                     PpFraction     *threshold)
{
  const PpRuleKind *kind = result->rule->rule->kind;

  if (result->status == PP_STATUS_NA || result->n <= 0 || kind->share == NULL)
    return FALSE;
  return kind->share (result, bound, threshold);
}

gboolean
pp_result_get_required_certificate (const PpResult *result,
                                    const PpPost   *post,
                                    PpCertificate  *certificate)
{
  const PpRuleKind *kind = result->rule->rule->kind;

  return kind->required_certificate != NULL && kind->required_certificate (result, post, certificate);
}

char *
pp_result_format_details (const PpResult *result)
{
  PpResultText text;
  char *details = NULL;

  text_init (&text, result);
  if (text.details->len > 0)
    details = g_strdup (text.details->str);
  text_clear (&text);
  return details;
}

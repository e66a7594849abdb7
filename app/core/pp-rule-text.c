/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-text.c: the words shared by the rule kinds. Every sentence is
 * whole and translatable; counts go through ngettext. */

#define G_LOG_DOMAIN "pp-rule-text"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

/* Post counts fit in an int (they are below 2^31); remedies too. */
static int
as_int (gint64 value)
{
  return (int) CLAMP (value, G_MININT, G_MAXINT);
}

char *
pp_words_share (gint64 a,
                gint64 n)
{
  g_autofree char *percent = pp_share_format_percent (a, n);

  /* TRANSLATORS: a share, e.g. "13 of 20 (65.0%)" */
  return g_strdup_printf (_("%d of %d (%s)"), as_int (a), as_int (n), percent);
}

char *
pp_words_count (gint64 count)
{
  return g_strdup_printf ("%d", as_int (count));
}

char *
pp_words_bound (PpBound    bound,
                PpFraction threshold)
{
  g_autofree char *percent = pp_fraction_format_percent (threshold);

  switch (bound)
    {
    case PP_BOUND_AT_LEAST:
      /* TRANSLATORS: a required share, e.g. "at least 70%" */
      return g_strdup_printf (_("at least %s"), percent);
    case PP_BOUND_MORE_THAN:
      return g_strdup_printf (_("more than %s"), percent);
    case PP_BOUND_AT_MOST:
      return g_strdup_printf (_("at most %s"), percent);
    case PP_BOUND_LESS_THAN:
      return g_strdup_printf (_("less than %s"), percent);
    default:
      g_assert_not_reached ();
    }
}

char *
pp_short_bound (PpBound    bound,
                PpFraction threshold)
{
  g_autofree char *percent = pp_fraction_format_percent (threshold);

  return g_strdup_printf ("%s %s", pp_bound_to_symbol (bound), percent);
}

static char *
add_sentence (PpProperty property,
              int        n)
{
  switch (property)
    {
    case PP_PROPERTY_PROFESSIONAL:
      return g_strdup_printf (ngettext ("add %d new professional-technical post",
                                        "add %d new professional-technical posts", n), n);
    case PP_PROPERTY_SOCIAL_WORK:
      return g_strdup_printf (ngettext ("add %d new social-work post",
                                        "add %d new social-work posts", n), n);
    case PP_PROPERTY_SOCIAL_WORK_FILLED:
      return g_strdup_printf (ngettext ("fill %d more social-work post",
                                        "fill %d more social-work posts", n), n);
    case PP_PROPERTY_GRADUATE_RESERVED:
      return g_strdup_printf (ngettext ("add %d new post reserved for unemployed graduates",
                                        "add %d new posts reserved for unemployed graduates", n), n);
    case PP_PROPERTY_LOWER_LEVEL:
      return g_strdup_printf (ngettext ("add %d new post at a lower level",
                                        "add %d new posts at lower levels", n), n);
    case PP_PROPERTY_PILOT:
      return g_strdup_printf (ngettext ("designate %d more pilot unit",
                                        "designate %d more pilot units", n), n);
    case PP_PROPERTY_CERTIFIED:
      return g_strdup_printf (ngettext ("certify %d more social worker",
                                        "certify %d more social workers", n), n);
    default:
      g_assert_not_reached ();
    }
}

static char *
convert_sentence (PpProperty property,
                  int        n)
{
  switch (property)
    {
    case PP_PROPERTY_PROFESSIONAL:
      return g_strdup_printf (ngettext ("convert %d existing post into a professional-technical post",
                                        "convert %d existing posts into professional-technical posts", n), n);
    case PP_PROPERTY_SOCIAL_WORK:
      return g_strdup_printf (ngettext ("convert %d existing post into a social-work post",
                                        "convert %d existing posts into social-work posts", n), n);
    case PP_PROPERTY_SOCIAL_WORK_FILLED:
      return g_strdup_printf (ngettext ("fill %d vacant social-work post",
                                        "fill %d vacant social-work posts", n), n);
    case PP_PROPERTY_GRADUATE_RESERVED:
      return g_strdup_printf (ngettext ("reserve %d more of the new posts for unemployed graduates",
                                        "reserve %d more of the new posts for unemployed graduates", n), n);
    case PP_PROPERTY_LOWER_LEVEL:
      return g_strdup_printf (ngettext ("move %d post down to a lower level",
                                        "move %d posts down to lower levels", n), n);
    case PP_PROPERTY_PILOT:
    case PP_PROPERTY_CERTIFIED:
    default:
      g_assert_not_reached ();
    }
}

static char *
remove_sentence (PpProperty property,
                 int        n)
{
  switch (property)
    {
    case PP_PROPERTY_SOCIAL_WORK:
      return g_strdup_printf (ngettext ("remove %d social-work post",
                                        "remove %d social-work posts", n), n);
    default:
      return g_strdup_printf (ngettext ("remove %d post", "remove %d posts", n), n);
    }
}

void
pp_format_remedy (GString        *out,
                  const PpResult *result,
                  PpProperty      property)
{
  g_autoptr(GPtrArray) ways = g_ptr_array_new_with_free_func (g_free);

  if (result->add > 0)
    g_ptr_array_add (ways, add_sentence (property, as_int (result->add)));
  if (result->convert > 0)
    g_ptr_array_add (ways, convert_sentence (property, as_int (result->convert)));
  if (result->remove > 0)
    g_ptr_array_add (ways, remove_sentence (property, as_int (result->remove)));

  if (ways->len == 1)
    /* TRANSLATORS: %s is what to do, e.g. "add 4 new social-work posts" */
    g_string_append_printf (out, _("To comply: %s."), (char *) ways->pdata[0]);
  else if (ways->len == 2)
    /* TRANSLATORS: two ways to comply, either is enough */
    g_string_append_printf (out, _("To comply: %s, or %s."),
                            (char *) ways->pdata[0], (char *) ways->pdata[1]);
  else if (ways->len == 3)
    g_string_append_printf (out, _("To comply: %s, %s, or %s."),
                            (char *) ways->pdata[0], (char *) ways->pdata[1],
                            (char *) ways->pdata[2]);
}

void
pp_property_post (PpProperty  property,
                  PpUnit     *unit,
                  gint64      count,
                  PpPost     *post)
{
  gboolean graded = unit == NULL || (unit->flags & PP_UNIT_PUBLIC_INSTITUTION) ||
                    property == PP_PROPERTY_PROFESSIONAL || property == PP_PROPERTY_LOWER_LEVEL;

  *post = (PpPost) { .count = (guint32) CLAMP (count, 0, PP_COUNT_MAX), .level = -1 };

  /* A new line at the first level a holder can start on: 助理社会工作师
   * for social work (level 11), the junior band for the rest. */
  if (graded)
    {
      post->category = PP_CATEGORY_PROFESSIONAL;
      post->level = 11;
    }

  switch (property)
    {
    case PP_PROPERTY_PROFESSIONAL:
    case PP_PROPERTY_LOWER_LEVEL:
      post->title = _("Professional-technical post");
      break;
    case PP_PROPERTY_SOCIAL_WORK:
      post->title = _("Social worker");
      post->flags = PP_POST_SOCIAL_WORK;
      break;
    case PP_PROPERTY_SOCIAL_WORK_FILLED:
      post->title = _("Social worker");
      post->flags = PP_POST_SOCIAL_WORK;
      post->filled = post->count;
      break;
    case PP_PROPERTY_GRADUATE_RESERVED:
      post->title = _("Post for graduates");
      post->category = PP_CATEGORY_NONE;
      post->level = -1;
      post->flags = PP_POST_NEW;
      post->graduate_reserved = post->count;
      break;
    case PP_PROPERTY_PILOT:
    case PP_PROPERTY_CERTIFIED:
    default:
      g_assert_not_reached ();
    }
}

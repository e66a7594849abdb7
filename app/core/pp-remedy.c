/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-remedy.c: remedies as commands. */

#define G_LOG_DOMAIN "pp-remedy"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-remedy.h"

G_DEFINE_QUARK (pp-remedy-error-quark, pp_remedy_error)

/* A line for the unit, with an id nothing in the plan has yet. */
static PpCommand *
new_line (PpPlan     *plan,
          PpUnit     *unit,
          guint       index,
          const char *suffix,
          PpPost     *post)
{
  g_autofree char *prefix = g_strconcat (unit->id, suffix, NULL);
  g_autofree char *id = pp_plan_make_id (plan, prefix);

  post->id = id;
  /* The command copies the line, its strings included. */
  return pp_command_add_post (unit->id, index, post);
}

PpCommand *
pp_remedy_add (PpPlan          *plan,
               const PpResult  *result,
               PpPost          *added,
               GError         **error)
{
  PpPost post;
  PpCommand *command;

  g_return_val_if_fail (PP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  if (result->unit == NULL || !pp_result_get_added_posts (result, &post))
    {
      g_set_error_literal (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NONE,
                           _("Adding posts does not mend this result"));
      return NULL;
    }
  command = new_line (plan, result->unit, result->unit->n_posts, "-new", &post);
  if (added != NULL)
    {
      *added = post;
      added->id = NULL;
    }
  return command;
}

typedef struct
{
  guint  index;
  gint64 vacant;
} Source;

static gint
most_vacant_first (gconstpointer a,
                   gconstpointer b)
{
  const Source *sa = a, *sb = b;

  if (sa->vacant != sb->vacant)
    return sa->vacant > sb->vacant ? -1 : 1;
  return sa->index < sb->index ? -1 : sa->index > sb->index;
}

static gint
last_first (gconstpointer a,
            gconstpointer b)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  return ia > ib ? -1 : ia < ib;
}

static gboolean
staff_hold (PpUnit *unit,
            guint   index)
{
  for (guint i = 0; i < unit->n_staff; i++)
    if (unit->staff[i].post == index)
      return TRUE;
  return FALSE;
}

PpCommand *
pp_remedy_convert (PpPlan          *plan,
                   const PpResult  *result,
                   PpPost          *converted,
                   GError         **error)
{
  g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (Source));
  g_autoptr(GArray) emptied = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(PpCommand) group = NULL;
  PpUnit *unit;
  PpPost target;
  gint64 vacant = 0, left;

  g_return_val_if_fail (PP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  unit = result->unit;
  if (unit == NULL || !pp_result_get_converted_posts (result, &target))
    {
      g_set_error_literal (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NONE,
                           _("Converting posts does not mend this result"));
      return NULL;
    }

  for (guint i = 0; i < unit->n_posts; i++)
    {
      const PpPost *post = &unit->posts[i];
      /* Neither held posts nor those reserved for graduates can go. */
      Source source = { i, (gint64) post->count - MAX (post->filled, post->graduate_reserved) };

      if (source.vacant > 0 && pp_result_post_converts (result, post))
        {
          g_array_append_val (sources, source);
          vacant += source.vacant;
        }
    }
  if (vacant < (gint64) target.count)
    {
      g_set_error (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NOT_VACANT,
                   ngettext ("Only %d vacant post can be converted here, %d are needed: add posts instead",
                             "Only %d vacant posts can be converted here, %d are needed: add posts instead",
                             (int) vacant),
                   (int) vacant, (int) target.count);
      return NULL;
    }
  g_array_sort (sources, most_vacant_first);

  group = pp_command_post_group_new (unit->id);
  left = target.count;
  for (guint i = 0; i < sources->len && left > 0; i++)
    {
      const Source *source = &g_array_index (sources, Source, i);
      const PpPost *post = &unit->posts[source->index];
      gint64 take = MIN (left, source->vacant);
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) post->count - take);

      left -= take;
      if (post->count == take && !staff_hold (unit, source->index))
        g_array_append_val (emptied, source->index);
      else
        pp_command_post_group_add (group, pp_command_set_post_field (unit->id, source->index,
                                                                     PP_POST_FIELD_COUNT, count));
    }
  /* Added before any removal, so that indices still hold; removed from
   * the last, for the same reason. */
  pp_command_post_group_add (group, new_line (plan, unit, unit->n_posts, "-converted", &target));
  g_array_sort (emptied, last_first);
  for (guint i = 0; i < emptied->len; i++)
    pp_command_post_group_add (group, pp_command_remove_post (unit->id, g_array_index (emptied, guint, i)));

  if (converted != NULL)
    {
      *converted = target;
      converted->id = NULL;
    }
  return g_steal_pointer (&group);
}

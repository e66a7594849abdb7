/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-totals.c: posts counted by category and band. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pp-totals.h"

PpBand
pp_band_of_level (int level)
{
  if (level >= 1 && level <= 7)
    return PP_BAND_SENIOR;
  if (level >= 8 && level <= 10)
    return PP_BAND_INTERMEDIATE;
  if (level >= 11 && level <= 13)
    return PP_BAND_JUNIOR;
  return PP_BAND_NO_LEVEL;
}

const char *
pp_band_get_label (PpBand band)
{
  static const char * const labels[] = {
    N_("Senior (levels 1–7)"),
    N_("Intermediate (levels 8–10)"),
    N_("Junior (levels 11–13)"),
    N_("No level given"),
  };

  g_return_val_if_fail (band < PP_N_BANDS, NULL);
  return _(labels[band]);
}

void
pp_totals_add_unit (PpTotals *totals,
                    PpUnit   *unit)
{
  gint64 social_work_filled = 0;

  totals->units++;
  for (guint i = 0; i < unit->n_posts; i++)
    {
      const PpPost *post = &unit->posts[i];
      PpCategory category = post->category < PP_N_CATEGORIES ? post->category : PP_CATEGORY_NONE;
      guint level = post->level >= 0 && post->level < PP_TOTALS_NO_LEVEL ? (guint) post->level : PP_TOTALS_NO_LEVEL;

      if (post->flags & PP_POST_SPECIAL)
        {
          totals->special += post->count;
          totals->special_filled += post->filled;
          continue;
        }
      totals->posts += post->count;
      totals->filled += post->filled;
      totals->by_category[category] += post->count;
      totals->filled_by_category[category] += post->filled;
      totals->by_level[category][level] += post->count;
      totals->filled_by_level[category][level] += post->filled;
      if (post->flags & PP_POST_SOCIAL_WORK)
        {
          totals->social_work += post->count;
          social_work_filled += post->filled;
        }
      if (category == PP_CATEGORY_PROFESSIONAL)
        {
          totals->by_band[pp_band_of_level (post->level)] += post->count;
          totals->filled_by_band[pp_band_of_level (post->level)] += post->filled;
        }
    }
  totals->social_work_filled += social_work_filled;

  for (guint i = 0; i < unit->n_staff; i++)
    totals->staff_by_certificate[pp_staff_get_effective_certificate (unit, &unit->staff[i])]++;

  if (unit->type == PP_UNIT_TOWNSHIP)
    {
      totals->townships++;
      totals->townships_covered += social_work_filled > 0;
    }
}

void
pp_totals_add (PpTotals       *totals,
               const PpTotals *other)
{
  /* Every field is a gint64 count. */
  gint64 *sum = (gint64 *) totals;
  const gint64 *add = (const gint64 *) other;

  G_STATIC_ASSERT (sizeof (PpTotals) % sizeof (gint64) == 0);
  for (gsize i = 0; i < sizeof (PpTotals) / sizeof (gint64); i++)
    sum[i] += add[i];
}

gint64
pp_totals_get_certified (const PpTotals *totals)
{
  gint64 certified = 0;

  for (PpCertificate c = PP_CERTIFIED_MINIMUM; c < PP_N_CERTS; c++)
    certified += totals->staff_by_certificate[c];
  return certified;
}

void
pp_totals_add_tree (PpTotals *totals,
                    PpUnit   *unit)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_return_if_fail (totals != NULL && unit != NULL);

  /* Iterative: a tree may be deeper than the C stack is comfortable with. */
  g_ptr_array_add (stack, unit);
  while (stack->len > 0)
    {
      PpUnit *next = g_ptr_array_steal_index_fast (stack, stack->len - 1);

      pp_totals_add_unit (totals, next);
      for (guint i = 0; i < next->n_children; i++)
        g_ptr_array_add (stack, next->children[i]);
    }
}

void
pp_totals_of_plan (PpTotals *totals,
                   PpPlan   *plan)
{
  GPtrArray *units = pp_plan_get_units (plan);

  memset (totals, 0, sizeof *totals);
  for (guint i = 0; i < units->len; i++)
    pp_totals_add_unit (totals, g_ptr_array_index (units, i));
}

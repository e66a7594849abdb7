/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-totals.h: a plan's or a subtree's posts counted by category and, for
 * professional-technical posts, by band — the plan overview's figures. */

#pragma once

#include "pp-plan.h"

G_BEGIN_DECLS

/* Professional-technical levels in bands: senior 1–7 (正高 1–4 and 副高
 * 5–7), intermediate 8–10, junior 11–13. */
typedef enum
{
  PP_BAND_SENIOR,
  PP_BAND_INTERMEDIATE,
  PP_BAND_JUNIOR,
  PP_BAND_NO_LEVEL,
  PP_N_BANDS
} PpBand;

typedef struct
{
  gint64 posts;                          /* special posts left out, as the rules count */
  gint64 filled;
  gint64 by_category[PP_N_CATEGORIES];   /* PP_CATEGORY_NONE: not categorised */
  gint64 social_work;
  gint64 special;                        /* counted apart */
  gint64 by_band[PP_N_BANDS];            /* professional-technical posts */
  gint64 units;
} PpTotals;

PpBand      pp_band_of_level   (int           level);
const char *pp_band_get_label  (PpBand        band);

/* Sums the unit and every unit under it into totals (adding to it). */
void        pp_totals_add_tree (PpTotals     *totals,
                                PpUnit       *unit);
/* The whole plan, from zero. */
void        pp_totals_of_plan  (PpTotals     *totals,
                                PpPlan       *plan);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-totals.h: a plan's, a subtree's or a unit's posts counted by
 * category, band and level, filled and planned, with the certificates of
 * their staff — the figures of the plan overview and of the reports. */

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

/* Levels 0–13 by their number; a missing or out-of-range level counts in
 * PP_TOTALS_NO_LEVEL. */
#define PP_TOTALS_NO_LEVEL 14
#define PP_TOTALS_LEVEL_SLOTS 15

typedef struct
{
  gint64 posts;                          /* special posts left out, as the rules count */
  gint64 filled;
  gint64 by_category[PP_N_CATEGORIES];   /* PP_CATEGORY_NONE: not categorised */
  gint64 social_work;
  gint64 special;                        /* counted apart */
  gint64 by_band[PP_N_BANDS];            /* professional-technical posts */
  gint64 units;

  /* The same posts by level, planned and filled (special posts apart). */
  gint64 by_level[PP_N_CATEGORIES][PP_TOTALS_LEVEL_SLOTS];
  gint64 filled_by_level[PP_N_CATEGORIES][PP_TOTALS_LEVEL_SLOTS];
  gint64 filled_by_category[PP_N_CATEGORIES];
  gint64 filled_by_band[PP_N_BANDS];
  gint64 social_work_filled;
  gint64 special_filled;

  /* Staff records by the certificate that counts where they work (a
   * directed certificate outside its city counts as none). */
  gint64 staff_by_certificate[PP_N_CERTS];
  /* Townships (苏木乡镇/街道) and those with a filled social-work post of
   * their own: the coverage of Chifeng 三(一)2. */
  gint64 townships;
  gint64 townships_covered;
} PpTotals;

PpBand      pp_band_of_level   (int           level);
const char *pp_band_get_label  (PpBand        band);

/* Staff records with a certificate of at least this level are counted as
 * certified (持证社会工作者), as Jilin 三(二)3 counts them. */
#define PP_CERTIFIED_MINIMUM PP_CERT_ASSISTANT

/* Adds one unit's own posts and staff, not its children's. */
void        pp_totals_add_unit (PpTotals     *totals,
                                PpUnit       *unit);
/* Adds totals other into totals. */
void        pp_totals_add      (PpTotals       *totals,
                                const PpTotals *other);
gint64      pp_totals_get_certified (const PpTotals *totals);

/* Sums the unit and every unit under it into totals (adding to it). */
void        pp_totals_add_tree (PpTotals     *totals,
                                PpUnit       *unit);
/* The whole plan, from zero. */
void        pp_totals_of_plan  (PpTotals     *totals,
                                PpPlan       *plan);

G_END_DECLS

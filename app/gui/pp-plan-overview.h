/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-overview.h: the whole plan at a glance: posts by category and
 * by band, each share drawn against its threshold, and every problem with
 * a way to its unit (the plan.select-unit action). */

#pragma once

#include <gtk/gtk.h>

#include "pp-check.h"

G_BEGIN_DECLS

#define PP_TYPE_PLAN_OVERVIEW (pp_plan_overview_get_type ())
G_DECLARE_FINAL_TYPE (PpPlanOverview, pp_plan_overview, PP, PLAN_OVERVIEW, GtkWidget)

/* At most this many problems are listed, the worst first; the tree marks
 * every unit with one, and each unit's page lists its own. */
#define PP_PLAN_OVERVIEW_MAX_PROBLEMS 30

GtkWidget *pp_plan_overview_new  (void);
/* Shows the check as it is now; keeps no reference. */
void       pp_plan_overview_show (PpPlanOverview *self,
                                  PpCheck        *check);

G_END_DECLS

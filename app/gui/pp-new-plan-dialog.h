/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-new-plan-dialog.h: title, policy pack, plan date and a start for a
 * new plan. It hands the plan it built to its "plan-ready" handler, which
 * stores it and returns TRUE (the dialog then closes); until then nothing
 * is written anywhere. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PP_TYPE_NEW_PLAN_DIALOG (pp_new_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PpNewPlanDialog, pp_new_plan_dialog, PP, NEW_PLAN_DIALOG, AdwWindow)

/* today: the default plan date (tests pass a fixed one); NULL for today. */
PpNewPlanDialog *pp_new_plan_dialog_new      (GtkWindow  *parent,
                                              GDateTime  *today);
/* Sets the plan date, as picking a day in the calendar does. */
void             pp_new_plan_dialog_set_date (PpNewPlanDialog *self,
                                              int              year,
                                              int              month,
                                              int              day);

/* Says in the dialog why the plan could not be stored; it stays open. */
void             pp_new_plan_dialog_show_problem (PpNewPlanDialog *self,
                                                  const char      *message);

G_END_DECLS

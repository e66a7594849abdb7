/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-settings.h: the plan's title, policy, date and parameter
 * overrides. Each change is one of the editor's commands: saved at once,
 * re-checked, and undone from the plan window. */

#pragma once

#include <adwaita.h>

#include "pp-editor.h"

G_BEGIN_DECLS

#define PP_TYPE_PLAN_SETTINGS (pp_plan_settings_get_type ())
G_DECLARE_FINAL_TYPE (PpPlanSettings, pp_plan_settings, PP, PLAN_SETTINGS, AdwPreferencesWindow)

PpPlanSettings *pp_plan_settings_new      (GtkWindow      *parent,
                                           PpEditor       *editor);
/* Sets the plan date, as picking a day in the calendar does. */
gboolean        pp_plan_settings_set_date (PpPlanSettings *self,
                                           int             year,
                                           int             month,
                                           int             day);

G_END_DECLS

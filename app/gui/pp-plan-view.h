/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-view.h: a plan being edited: the unit tree, the selected unit's
 * post lines, and its compliance with the policy in force. */

#pragma once

#include <gtk/gtk.h>

#include "pp-editor.h"

G_BEGIN_DECLS

#define PP_TYPE_PLAN_VIEW (pp_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (PpPlanView, pp_plan_view, PP, PLAN_VIEW, GtkWidget)

/* Takes a reference on the editor, which must have a check. */
GtkWidget *pp_plan_view_new          (PpEditor   *editor);
PpEditor  *pp_plan_view_get_editor   (PpPlanView *self);
/* Shows a unit (by its id); FALSE when the plan has none such. */
gboolean   pp_plan_view_select_unit  (PpPlanView *self,
                                      const char *unit_id);
PpUnit    *pp_plan_view_get_unit     (PpPlanView *self);
/* Moves a unit, with its subtree, to the end of parent_id's units (NULL:
 * the top level) as one undoable edit; a refusal says why in a toast. */
gboolean   pp_plan_view_move_unit    (PpPlanView *self,
                                      const char *unit_id,
                                      const char *parent_id);
/* Writes the plan as plan XML; a toast says where it went, or why not. */
gboolean   pp_plan_view_export_file  (PpPlanView *self,
                                      GFile      *file);

/* Writes the report of the unit shown, in the form the name ends with:
 * .pdf, .xlsx, .csv, .xml (the check report), else text. */
gboolean   pp_plan_view_export_report (PpPlanView *self,
                                       GFile      *file);

/* Prints the report of the unit shown; with export_pdf, to that PDF,
 * without the print dialog. */
gboolean   pp_plan_view_print_report  (PpPlanView *self,
                                       const char *export_pdf);

G_END_DECLS

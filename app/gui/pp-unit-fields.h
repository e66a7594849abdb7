/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-unit-fields.h: a unit's name, type, flags and only the drivers that
 * matter for its type (workers for a union, population for a community,
 * students for a school, recipients for corrections and drug
 * rehabilitation, the budget for a purchased project). Every change is
 * one of the editor's commands. */

#pragma once

#include <gtk/gtk.h>

#include "pp-editor.h"

G_BEGIN_DECLS

#define PP_TYPE_UNIT_FIELDS (pp_unit_fields_get_type ())
G_DECLARE_FINAL_TYPE (PpUnitFields, pp_unit_fields, PP, UNIT_FIELDS, GtkWidget)

GtkWidget *pp_unit_fields_new     (void);
/* Shows the fields of unit as the plan has them now. Unit NULL: none,
 * the rows kept as they are (the fields are hidden by their page). */
void       pp_unit_fields_show    (PpUnitFields *self,
                                   PpEditor     *editor,
                                   PpUnit       *unit);
/* Makes the rows ahead of the first unit to show; FALSE when they were
 * made already. */
gboolean   pp_unit_fields_prepare (PpUnitFields *self);

G_END_DECLS

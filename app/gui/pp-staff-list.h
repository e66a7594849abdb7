/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-staff-list.h: the staff of a unit's post lines: each record's post,
 * certificate, directed city and training hours of the last five years,
 * and a name that is personal data, kept in the library only. Every
 * change is one of the editor's commands. */

#pragma once

#include <gtk/gtk.h>

#include "pp-editor.h"

G_BEGIN_DECLS

#define PP_TYPE_STAFF_LIST (pp_staff_list_get_type ())
G_DECLARE_FINAL_TYPE (PpStaffList, pp_staff_list, PP, STAFF_LIST, GtkWidget)

GtkWidget *pp_staff_list_new     (void);
/* Shows the staff of unit as the plan has them now. Unit NULL: none,
 * the rows kept for the next unit (the list is hidden by its page). */
void       pp_staff_list_show    (PpStaffList *self,
                                  PpEditor    *editor,
                                  PpUnit      *unit);
/* Makes closed rows for n_records records ahead of the units to show,
 * while none is shown: they show the next unit's records at the cost of
 * their headings. */
void       pp_staff_list_prepare (PpStaffList *self,
                                  guint        n_records);

G_END_DECLS

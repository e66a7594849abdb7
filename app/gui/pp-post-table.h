/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-post-table.h: a unit's post lines as a table edited in place: title,
 * category, level (within the category's range), the flags, counts, and
 * buttons to duplicate or remove a line. Every change is one of the
 * editor's commands; a value the model refuses is put back, with the
 * reason beside the cell. */

#pragma once

#include <gtk/gtk.h>

#include "pp-editor.h"

G_BEGIN_DECLS

#define PP_TYPE_POST_TABLE (pp_post_table_get_type ())
G_DECLARE_FINAL_TYPE (PpPostTable, pp_post_table, PP, POST_TABLE, GtkWidget)

GtkWidget *pp_post_table_new              (void);
/* Shows the lines of unit as the plan has them now. Unit NULL: none, the
 * rows kept for the next unit (the table is hidden by its page). */
void       pp_post_table_show             (PpPostTable *self,
                                           PpEditor    *editor,
                                           PpUnit      *unit);
/* After an edit of the unit shown: which lines staff hold may have
 * changed, and with it which lines may be removed. The cells being
 * edited are left alone. */
void       pp_post_table_refresh_holders  (PpPostTable *self);
/* Makes rows for n_rows lines ahead of the units to show, while none is
 * shown; rows already made stay. */
void       pp_post_table_prepare          (PpPostTable *self,
                                           guint        n_rows);
guint      pp_post_table_get_n_rows       (PpPostTable *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-choice-cell.h: one choice out of a few, for a cell of the post table.
 *
 * A GtkDropDown builds its popover, list view and factory up front: forty
 * of them in a table of twenty lines made turning from unit to unit slow.
 * This cell is a flat menu button showing the choice; the list of choices
 * is built only when it is opened. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PP_TYPE_CHOICE_CELL (pp_choice_cell_get_type ())
G_DECLARE_FINAL_TYPE (PpChoiceCell, pp_choice_cell, PP, CHOICE_CELL, GtkWidget)

/* accessible_label names the cell for screen readers (the column). */
GtkWidget  *pp_choice_cell_new            (const char         *accessible_label);

/* The choices, in order; the selection goes back to the first. */
void        pp_choice_cell_set_choices    (PpChoiceCell       *self,
                                           const char * const *labels);
guint       pp_choice_cell_get_n_choices  (PpChoiceCell       *self);
const char *pp_choice_cell_get_choice     (PpChoiceCell       *self,
                                           guint               position);

/* GTK_INVALID_LIST_POSITION when there are no choices. Setting it
 * notifies "selected", as the planner choosing does. */
guint       pp_choice_cell_get_selected   (PpChoiceCell       *self);
void        pp_choice_cell_set_selected   (PpChoiceCell       *self,
                                           guint               position);

/* Opens the list of choices, as a click does. */
void        pp_choice_cell_popup          (PpChoiceCell       *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-gui-util.h: small things every part of the window does alike. */

#pragma once

#include <gtk/gtk.h>

#include "pp-check.h"
#include "pp-editor.h"

G_BEGIN_DECLS

/* The application's settings, or NULL when the schema is not installed
 * (an uninstalled build run by hand). */
GSettings  *pp_settings_new     (void);
/* A dim line that says a list is empty, as a boxed list's only row. */
GtkWidget  *pp_empty_row_new    (const char *text);
/* The CSS class that colours a status (style.css): status-fail, … */
const char *pp_status_css_class (PpStatus    status);
/* An edit the model would not take: a bell, and the reason in a toast
 * (the window's win.show-message). */
void        pp_refuse           (GtkWidget  *widget,
                                 const char *reason);

/* As pp_refuse (), but a change the library could not save (locked,
 * damaged, disk full) stops the planner's work: it gets a dialog that
 * says what to do (the window's win.show-problem). */
void        pp_refuse_error     (GtkWidget    *widget,
                                 const GError *error);
/* The unit of this id in the editor's plan; NULL for none (no editor
 * yet, no id, or the unit is gone). The parts of the unit page keep the
 * unit they show by id, not by pointer: an edit may replace the unit
 * (undo of a deletion) while one of their cells still has focus. */
PpUnit     *pp_find_unit_shown  (PpEditor     *editor,
                                 const char   *unit_id);
/* Applies the command (taking it); a refusal is said from the widget
 * the planner edited, as pp_refuse_error () does. */
gboolean    pp_apply_or_refuse  (PpEditor   *editor,
                                 GtkWidget  *widget,
                                 PpCommand  *command);
/* For g_ptr_array_sort () of const PpResult *: fail → warn → na → pass,
 * and within a status the check's own order. */
gint        pp_result_compare_worst_first (gconstpointer a,
                                           gconstpointer b);

G_END_DECLS

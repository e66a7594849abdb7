/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cell-tip.h: tooltips for the cells of a table, set without asking
 * the display anything. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets the tooltip @widget shows when the pointer rests on it, and its
 * accessible description, to @text (NULL or empty: none). Unlike
 * gtk_widget_set_tooltip_text (), which asks the display where the
 * pointer is at once (an X server round trip), the text is only looked
 * at when a tooltip is wanted: cheap enough for every cell of a table.
 * Use one of the two ways on a widget, not both. */
void        pp_cell_tip_set  (GtkWidget  *widget,
                              const char *text);
/* The text pp_cell_tip_set () gave @widget, or NULL. */
const char *pp_cell_tip_get  (GtkWidget  *widget);
/* As pp_cell_tip_set (), and shows the tooltip at once when the pointer
 * is over @widget: for a message the planner should not miss. */
void        pp_cell_tip_show (GtkWidget  *widget,
                              const char *text);

G_END_DECLS

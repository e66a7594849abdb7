/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-standby-bin.h: a part of a page kept ready while it is not shown.
 *
 * A widget hidden with gtk_widget_set_visible () loses its layout and is
 * rebuilt from nothing when shown again: for the post table, twenty lines
 * of cells to make, style, measure and draw the first time a unit is
 * chosen. In standby this bin keeps its child laid out, at the width it
 * would have, but takes no room, draws nothing, and takes neither the
 * pointer, the keyboard focus nor the screen reader's attention. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PP_TYPE_STANDBY_BIN (pp_standby_bin_get_type ())
G_DECLARE_FINAL_TYPE (PpStandbyBin, pp_standby_bin, PP, STANDBY_BIN, GtkWidget)

GtkWidget *pp_standby_bin_new         (void);

void       pp_standby_bin_set_child   (PpStandbyBin *self,
                                       GtkWidget    *child);
GtkWidget *pp_standby_bin_get_child   (PpStandbyBin *self);

/* In standby the child is kept ready and not shown. */
void       pp_standby_bin_set_standby (PpStandbyBin *self,
                                       gboolean      standby);
gboolean   pp_standby_bin_get_standby (PpStandbyBin *self);

G_END_DECLS

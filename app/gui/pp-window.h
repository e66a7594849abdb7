/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window.h: the main window: the plans of the library, and a plan. */

#pragma once

#include <adwaita.h>

#include "pp-library.h"

G_BEGIN_DECLS

#define PP_TYPE_WINDOW (pp_window_get_type ())
G_DECLARE_FINAL_TYPE (PpWindow, pp_window, PP, WINDOW, AdwApplicationWindow)

/* library may be NULL when it could not be opened; error then says why. */
PpWindow  *pp_window_new         (GtkApplication *application,
                                  PpLibrary      *library,
                                  const GError   *error);
/* Opens a plan of the library; FALSE (with a toast) when it cannot. */
gboolean   pp_window_open_plan   (PpWindow       *self,
                                  gint64          plan_id);
/* Opens the plan that was open when the window last closed (GSettings
 * "last-plan"); FALSE, leaving the library shown, when there was none or
 * it has been deleted since. */
gboolean   pp_window_open_last_plan (PpWindow    *self);
/* Opens the sample plan, importing it on first use. */
gboolean   pp_window_open_sample (PpWindow       *self);
/* Reads a plan file into the library and opens it; a file that cannot
 * be read is left as it was, and a toast says where and why. */
gboolean   pp_window_import_file (PpWindow       *self,
                                  GFile          *file);
GtkWidget *pp_window_get_plan_view (PpWindow     *self);
/* The library the window shows, or NULL when it could not be opened. */
PpLibrary *pp_window_get_library   (PpWindow     *self);
/* Gives a plan a new title (trimmed; an empty one is refused with a toast). */
gboolean   pp_window_rename_plan (PpWindow       *self,
                                  gint64          plan_id,
                                  const char     *title);
/* How many plans the library page lists. */
guint      pp_window_get_n_listed_plans (PpWindow *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-gui-test-util.h: what the GUI tests share. */

#pragma once

#include <adwaita.h>

#include "pp-check.h"
#include "pp-plan-view.h"
#include "pp-window.h"

G_BEGIN_DECLS

/* Gettext from $POSTPLAN_LOCALEDIR, the test framework, GTK, libadwaita
 * and the application's style sheet. */
void            pp_test_gui_init            (int         *argc,
                                             char      ***argv);

/* Lets layout and drawing happen: asks for a frame and waits for it, a
 * few times. */
void            pp_test_wait_for_frames     (GtkWidget  *widget,
                                             guint       frames);
/* The widget drawn to NAME (a PNG) in $POSTPLAN_SCREENSHOT_DIR. */
void            pp_test_screenshot          (GtkWidget  *widget,
                                             const char *name);
/* The first widget of a type under root, depth first, whose object data
 * `key` holds `value` (and `key2` holds `value2`, when given). */
GtkWidget      *pp_test_find_tagged         (GtkWidget  *root,
                                             GType       type,
                                             const char *key,
                                             guint       value,
                                             const char *key2,
                                             guint       value2);
#define find_widget(root, type) pp_test_find_tagged (root, type, "not-a-tag", 0, NULL, 0)
/* The first widget under root whose name (the .ui's "name") is name. */
GtkWidget      *pp_test_find_named          (GtkWidget  *root,
                                             const char *name);
/* The open toplevel of a type, or NULL. */
GtkWidget      *pp_test_find_toplevel       (GType       type);
/* A window on the sample plan, with a library of its own in the test's
 * temporary directory. A width of 0 leaves the default size. */
PpWindow       *pp_test_open_sample_window  (const char *library_name,
                                             int         width,
                                             int         height);
/* The result of a rule for the unit the view shows. */
const PpResult *pp_test_result_of           (PpPlanView *view,
                                             const char *rule_id);
/* Text of every label under a widget, one per line. */
void            pp_test_collect_text        (GtkWidget  *widget,
                                             GString    *out);

G_END_DECLS

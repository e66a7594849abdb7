/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-chooser.h: the file chooser for plan files, one for import
 * (OPEN) and export (SAVE). Native, so that inside the Flatpak sandbox the
 * portal grants the file. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Modal on parent; the caller connects "response", shows it, and
 * destroys and unrefs it in the response. */
GtkFileChooserNative *pp_plan_chooser_new (GtkWindow            *parent,
                                           GtkFileChooserAction  action);

/* Saving a check report: text, or XML when the name ends in .xml. */
GtkFileChooserNative *pp_report_chooser_new (GtkWindow           *parent);

G_END_DECLS

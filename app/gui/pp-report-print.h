/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-print.h: printing a report (岗位设置方案表) with
 * GtkPrintOperation: the print dialog, with its preview, over the same
 * page layout and drawing as the PDF. */

#pragma once

#include <gtk/gtk.h>

#include "pp-report-model.h"

G_BEGIN_DECLS

/* Shows the print dialog for the report; with export_pdf, writes the
 * printed pages to that PDF instead, without a dialog (for tests). The
 * report must live until the operation is done: it is taken. */
gboolean pp_report_print (GtkWindow   *parent,
                          PpReport    *report,
                          const char  *export_pdf,
                          GError     **error);

G_END_DECLS

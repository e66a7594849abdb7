/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-print.c: a report through GtkPrintOperation. */

#include "config.h"

#include "pp-report-layout.h"
#include "pp-report-print.h"

typedef struct
{
  PpReport       *report;
  PpReportLayout *layout;
} Printing;

static void
printing_free (gpointer data)
{
  Printing *printing = data;

  g_clear_pointer (&printing->layout, pp_report_layout_free);
  g_clear_pointer (&printing->report, pp_report_free);
  g_free (printing);
}

/* The layout measures the pages once, in the printer's own units, with
 * its own margins: the page is used whole. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Printing          *printing)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  printing->layout = pp_report_layout_new (printing->report, pango, gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int) pp_report_layout_get_n_pages (printing->layout));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Printing          *printing)
{
  pp_report_layout_draw_page (printing->layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

gboolean
pp_report_print (GtkWindow   *parent,
                 PpReport    *report,
                 const char  *export_pdf,
                 GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  Printing *printing = g_new0 (Printing, 1);
  GtkPrintOperationResult result;

  printing->report = report;
  /* A4 as the 审核表 is, turned for the wide tables. */
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, pp_report_is_wide (report) ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                                    : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "printing", printing, printing_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), printing);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), printing);

  if (export_pdf != NULL)
    gtk_print_operation_set_export_filename (operation, export_pdf);
  result = gtk_print_operation_run (operation,
                                    export_pdf ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                               : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

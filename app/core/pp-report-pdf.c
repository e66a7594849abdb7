/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-pdf.c: the report as PDF — the page layout drawn on a cairo
 * PDF surface, A4, landscape when a table is wide. cairo embeds the
 * subsets of the fonts used. */

#define G_LOG_DOMAIN "pp-report-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "pp-atomic-file.h"
#include "pp-report-layout.h"
#include "pp-report-writers.h"

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  return fwrite (data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
pp_report_write_pdf (PpReport    *report,
                     const char  *filename,
                     GError     **error)
{
  g_autoptr(PpAtomicFile) file = NULL;
  g_autoptr(PpReportLayout) layout = NULL;
  PangoContext *context;
  gboolean landscape = pp_report_is_wide (report);
  double width = landscape ? PP_REPORT_PAGE_LONG : PP_REPORT_PAGE_SHORT;
  double height = landscape ? PP_REPORT_PAGE_SHORT : PP_REPORT_PAGE_LONG;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (!(file = pp_atomic_file_new (filename, error)))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, pp_atomic_file_get_stream (file), width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pp_report_get_title (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, pp_report_get_subject (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "PostPlan " PACKAGE_VERSION);
  cr = cairo_create (surface);

  /* One point of font is one unit of the page. */
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  layout = pp_report_layout_new (report, context, width, height);
  g_object_unref (context);

  for (guint page = 0; page < pp_report_layout_get_n_pages (layout); page++)
    {
      pp_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PP_REPORT_WRITE_ERROR, PP_REPORT_WRITE_ERROR_FAILED,
                   _("Cannot write %s: %s. Nothing was written; check the disk space and try again."),
                   filename, cairo_status_to_string (status));
      return FALSE;
    }
  return pp_atomic_file_commit (g_steal_pointer (&file), error);
}

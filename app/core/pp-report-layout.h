/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-layout.h: a report laid out on pages and drawn with cairo and
 * Pango, one page at a time — the same code for the PDF writer and for
 * printing.
 *
 * For a GtkPrintOperation: in "begin-print", set
 * gtk_print_operation_set_unit (op, GTK_UNIT_POINTS) and
 * gtk_print_operation_set_use_full_page (op, TRUE) (the layout keeps its
 * own margins), pick a landscape GtkPageSetup when pp_report_is_wide (),
 * then make the layout from gtk_print_context_create_pango_context () and
 * the context's width and height, and set the number of pages from
 * pp_report_layout_get_n_pages (); in "draw-page", call
 * pp_report_layout_draw_page () with gtk_print_context_get_cairo_context (). */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "pp-report-model.h"

G_BEGIN_DECLS

/* A4 in points. */
#define PP_REPORT_PAGE_SHORT 595.276
#define PP_REPORT_PAGE_LONG  841.890

typedef struct _PpReportLayout PpReportLayout;

/* Lays report out on pages of width × height cairo units, read as points
 * (the context's resolution must make 1 point of font 1 unit: 72 dpi for
 * a cairo PDF surface; GTK_UNIT_POINTS for printing). Table header rows
 * repeat at the top of each page a table runs onto; page numbers read
 * "Page N of M" in the report's language. The report must outlive the
 * layout. */
PpReportLayout *pp_report_layout_new         (PpReport       *report,
                                              PangoContext   *context,
                                              double          width,
                                              double          height);
void            pp_report_layout_free        (PpReportLayout *layout);
guint           pp_report_layout_get_n_pages (PpReportLayout *layout);
/* Draws page (0-based) with cr's origin at the page's top left corner. */
void            pp_report_layout_draw_page   (PpReportLayout *layout,
                                              cairo_t        *cr,
                                              guint           page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpReportLayout, pp_report_layout_free)

G_END_DECLS

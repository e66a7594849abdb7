/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-writers.h: a report model written as CSV, XLSX or PDF. Each
 * writer lays out the model's cells and counts nothing itself; each
 * writes through a temporary file, so a failure leaves nothing behind. */

#pragma once

#include "pp-report-model.h"

G_BEGIN_DECLS

#define PP_REPORT_WRITE_ERROR (pp_report_write_error_quark ())

typedef enum
{
  PP_REPORT_WRITE_ERROR_UNKNOWN_TABLE,
  PP_REPORT_WRITE_ERROR_ENCODING,
  PP_REPORT_WRITE_ERROR_FAILED,
} PpReportWriteError;

typedef enum
{
  PP_CSV_UTF8_BOM,   /* what WPS and Excel open correctly by double-click */
  PP_CSV_UTF8,
  PP_CSV_GB18030,    /* for older Excel on Chinese Windows */
} PpCsvEncoding;

GQuark    pp_report_write_error_quark (void);

gboolean  pp_csv_encoding_from_string (const char     *name,
                                       PpCsvEncoding  *encoding);

/* RFC 4180 text in UTF-8: with table NULL every table, each as its title
 * on a line, its header row and its rows, tables apart by a blank line,
 * after the report's header fields and before the approval boxes; with a
 * table's name ("rollup", "structure", …) that table alone, as its header
 * row and rows. */
char     *pp_report_format_csv        (PpReport       *report,
                                       const char     *table,
                                       GError        **error);
gboolean  pp_report_write_csv         (PpReport       *report,
                                       const char     *table,
                                       PpCsvEncoding   encoding,
                                       const char     *filename,
                                       GError        **error);

/* One sheet per table after a first sheet with the header fields and the
 * approval boxes; frozen header rows, numbers as numbers, shares as
 * percentages. */
gboolean  pp_report_write_xlsx        (PpReport       *report,
                                       const char     *filename,
                                       GError        **error);

/* A4, landscape when a table is wide; see pp-report-layout.h. */
gboolean  pp_report_write_pdf         (PpReport       *report,
                                       const char     *filename,
                                       GError        **error);

/* The forms a report file takes, told by its name's ending. */
typedef enum
{
  PP_REPORT_FILE_PDF,
  PP_REPORT_FILE_XLSX,
  PP_REPORT_FILE_CSV,
} PpReportFileFormat;

/* .pdf, .xlsx or .csv, in any case; FALSE for any other name. */
gboolean  pp_report_file_format_from_name (const char          *filename,
                                           PpReportFileFormat  *format);
/* The report in the form; table and encoding are for CSV alone. */
gboolean  pp_report_write_file        (PpReport           *report,
                                       PpReportFileFormat  format,
                                       const char         *table,
                                       PpCsvEncoding       encoding,
                                       const char         *filename,
                                       GError            **error);

G_END_DECLS

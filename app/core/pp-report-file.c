/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-file.c: a report file in the form its name asks for, for the
 * command line and the application alike. */

#include "config.h"

#include "pp-report-writers.h"

gboolean
pp_report_file_format_from_name (const char         *filename,
                                 PpReportFileFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (filename != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (filename, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    *format = PP_REPORT_FILE_PDF;
  else if (g_str_has_suffix (lower, ".xlsx"))
    *format = PP_REPORT_FILE_XLSX;
  else if (g_str_has_suffix (lower, ".csv"))
    *format = PP_REPORT_FILE_CSV;
  else
    return FALSE;
  return TRUE;
}

gboolean
pp_report_write_file (PpReport            *report,
                      PpReportFileFormat   format,
                      const char          *table,
                      PpCsvEncoding        encoding,
                      const char          *filename,
                      GError             **error)
{
  switch (format)
    {
    case PP_REPORT_FILE_PDF:
      return pp_report_write_pdf (report, filename, error);
    case PP_REPORT_FILE_XLSX:
      return pp_report_write_xlsx (report, filename, error);
    case PP_REPORT_FILE_CSV:
      return pp_report_write_csv (report, table, encoding, filename, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-csv.c: the report as RFC 4180 CSV — CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled. */

#define G_LOG_DOMAIN "pp-report-csv"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "pp-atomic-file.h"
#include "pp-report-writers.h"

G_DEFINE_QUARK (pp-report-write-error-quark, pp_report_write_error)

gboolean
pp_csv_encoding_from_string (const char    *name,
                             PpCsvEncoding *encoding)
{
  if (g_ascii_strcasecmp (name, "utf-8-bom") == 0 || g_ascii_strcasecmp (name, "utf8-bom") == 0)
    *encoding = PP_CSV_UTF8_BOM;
  else if (g_ascii_strcasecmp (name, "utf-8") == 0 || g_ascii_strcasecmp (name, "utf8") == 0)
    *encoding = PP_CSV_UTF8;
  else if (g_ascii_strcasecmp (name, "gb18030") == 0)
    *encoding = PP_CSV_GB18030;
  else
    return FALSE;
  return TRUE;
}

static void
append_field (GString    *out,
              const char *text)
{
  if (text[strcspn (text, ",\"\r\n")] == '\0')
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_record (GString            *out,
               const char * const *fields,
               guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

static void
append_table (GString             *out,
              const PpReportTable *table)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  append_record (out, table->columns, table->n_columns);
  g_ptr_array_set_size (texts, table->n_columns);
  for (guint r = 0; r < pp_report_table_get_n_rows (table); r++)
    {
      for (guint c = 0; c < table->n_columns; c++)
        {
          g_free (texts->pdata[c]);
          texts->pdata[c] = pp_report_cell_format (pp_report_table_get_cell (table, r, c));
        }
      append_record (out, (const char * const *) texts->pdata, table->n_columns);
    }
}

char *
pp_report_format_csv (PpReport    *report,
                      const char  *table_name,
                      GError     **error)
{
  GString *out = g_string_new (NULL);
  const PpReportField *fields;
  const char * const *approvals;
  guint n_fields, n_approvals;

  if (table_name != NULL)
    {
      PpReportTable *table = pp_report_find_table (report, table_name);

      if (table == NULL)
        {
          GString *names = g_string_new (NULL);

          for (guint i = 0; i < pp_report_get_n_tables (report); i++)
            g_string_append_printf (names, "%s%s", i ? ", " : "", pp_report_get_table (report, i)->name);
          /* TRANSLATORS: a table name, then the names this report has */
          g_set_error (error, PP_REPORT_WRITE_ERROR, PP_REPORT_WRITE_ERROR_UNKNOWN_TABLE,
                       _("This report has no table “%s”: choose one of %s."), table_name, names->str);
          g_string_free (names, TRUE);
          return g_string_free (out, TRUE);
        }
      append_table (out, table);
      return g_string_free (out, FALSE);
    }

  append_record (out, (const char *[]) { pp_report_get_title (report), pp_report_get_subject (report) }, 2);
  fields = pp_report_get_fields (report, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    append_record (out, (const char *[]) { fields[i].label, fields[i].value }, 2);

  for (guint i = 0; i < pp_report_get_n_tables (report); i++)
    {
      PpReportTable *table = pp_report_get_table (report, i);

      g_string_append (out, "\r\n");
      append_record (out, &table->title, 1);
      append_table (out, table);
    }

  g_string_append (out, "\r\n");
  approvals = pp_report_get_approvals (&n_approvals);
  for (guint i = 0; i < n_approvals; i++)
    append_record (out, (const char *[]) { approvals[i], pp_report_get_signature_line (),
                                           pp_report_get_date_line () }, 3);
  return g_string_free (out, FALSE);
}

gboolean
pp_report_write_csv (PpReport       *report,
                     const char     *table,
                     PpCsvEncoding   encoding,
                     const char     *filename,
                     GError        **error)
{
  g_autofree char *text = NULL;
  g_autofree char *converted = NULL;
  g_autoptr(PpAtomicFile) file = NULL;
  const char *data;
  gsize length;
  FILE *stream;

  if (!(text = pp_report_format_csv (report, table, error)))
    return FALSE;

  if (encoding == PP_CSV_GB18030)
    {
      g_autoptr(GError) local_error = NULL;

      converted = g_convert (text, -1, "GB18030", "UTF-8", NULL, &length, &local_error);
      if (converted == NULL)
        {
          g_set_error (error, PP_REPORT_WRITE_ERROR, PP_REPORT_WRITE_ERROR_ENCODING,
                       _("The report cannot be written in GB18030 (%s): write it as UTF-8 instead."),
                       local_error->message);
          return FALSE;
        }
      data = converted;
    }
  else
    {
      data = text;
      length = strlen (text);
    }

  if (!(file = pp_atomic_file_new (filename, error)))
    return FALSE;
  stream = pp_atomic_file_get_stream (file);
  /* A byte order mark is how WPS and Excel tell UTF-8 from the ANSI code page. */
  if (encoding == PP_CSV_UTF8_BOM)
    fputs ("\xEF\xBB\xBF", stream);
  fwrite (data, 1, length, stream);
  return pp_atomic_file_commit (g_steal_pointer (&file), error);
}

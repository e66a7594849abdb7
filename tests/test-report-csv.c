/* SPDX-License-Identifier: GPL-3.0-or-later */
/* CSV reports: read back with an RFC 4180 reader, in UTF-8 with a BOM
 * and in GB18030, and compared cell by cell with the model. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-report-writers.h"
#include "pp-test-util.h"

/* RFC 4180: records end in CRLF; a quoted field may hold commas, CRLF
 * and doubled quotes. Returns an array of GStrv. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        {
          size_t n = strcspn (p, ",\r\n\"");
          g_string_append_len (field, p, n);
          p += n;
          g_assert_true (*p != '"');
        }

      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        {
          p++;
          continue;
        }
      /* Every record ends in CRLF, never a bare LF. */
      g_assert_true (p[0] == '\r' && p[1] == '\n');
      p += 2;
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (records, g_ptr_array_steal (fields, NULL));
    }
  g_string_free (field, TRUE);
  return records;
}

static void
assert_table_matches (const PpReportTable *table,
                      GPtrArray           *records,
                      guint                first)
{
  char **header = records->pdata[first];

  g_assert_cmpuint (g_strv_length (header), ==, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    g_assert_cmpstr (header[c], ==, table->columns[c]);
  for (guint r = 0; r < pp_report_table_get_n_rows (table); r++)
    {
      char **record = records->pdata[first + 1 + r];

      g_assert_cmpuint (g_strv_length (record), ==, table->n_columns);
      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autofree char *expected = pp_report_cell_format (pp_report_table_get_cell (table, r, c));
          g_assert_cmpstr (record[c], ==, expected);
        }
    }
}

static GPtrArray *
read_back (const char    *path,
           PpCsvEncoding  encoding)
{
  g_autofree char *data = NULL;
  g_autofree char *utf8 = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  if (encoding == PP_CSV_GB18030)
    {
      g_assert_false (g_str_has_prefix (data, "\xEF\xBB\xBF"));
      utf8 = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, NULL);
      g_assert_nonnull (utf8);
      /* Chinese really is in GB18030, not UTF-8 bytes: 赤 is B3 E0. */
      g_assert_nonnull (strstr (data, "\xB3\xE0"));
      return parse_csv (utf8);
    }
  g_assert_true (g_str_has_prefix (data, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (data, length, NULL));
  return parse_csv (data + 3);
}

static void
test_rollup_both_encodings (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  g_autoptr(PpReport) report = pp_report_new (check, NULL, PP_REPORT_DEFAULT);
  const PpCsvEncoding encodings[] = { PP_CSV_UTF8_BOM, PP_CSV_GB18030 };

  for (guint e = 0; e < G_N_ELEMENTS (encodings); e++)
    {
      g_autofree char *path = pp_test_tmp_path ("rollup.csv");
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = NULL;

      g_assert_true (pp_report_write_csv (report, "rollup", encodings[e], path, &error));
      g_assert_no_error (error);
      records = read_back (path, encodings[e]);
      g_assert_cmpuint (records->len, ==, 1 + pp_report_table_get_n_rows (pp_report_find_table (report, "rollup")));
      assert_table_matches (pp_report_find_table (report, "rollup"), records, 0);
    }
}

/* Every table, each after its title and a blank line, then the boxes. */
static void
test_all_tables (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  g_autoptr(PpReport) report = pp_report_new (check, pp_plan_find_unit (pp_check_get_plan (check), "blyq-yy"),
                                              PP_REPORT_DEFAULT);
  g_autofree char *path = pp_test_tmp_path ("unit.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  guint n_fields, at, n_approvals;
  const char * const *approvals = pp_report_get_approvals (&n_approvals);

  g_assert_true (pp_report_write_csv (report, NULL, PP_CSV_UTF8_BOM, path, &error));
  records = read_back (path, PP_CSV_UTF8_BOM);
  pp_report_get_fields (report, &n_fields);
  g_assert_cmpstr (((char **) records->pdata[0])[1], ==, "巴林右旗医院");
  at = 1 + n_fields;
  for (guint t = 0; t < pp_report_get_n_tables (report); t++)
    {
      PpReportTable *table = pp_report_get_table (report, t);

      /* A blank line is a record of one empty field. */
      g_assert_cmpstr (((char **) records->pdata[at])[0], ==, "");
      g_assert_cmpstr (((char **) records->pdata[at + 1])[0], ==, table->title);
      assert_table_matches (table, records, at + 2);
      at += 3 + pp_report_table_get_n_rows (table);
    }
  g_assert_cmpstr (((char **) records->pdata[at + 1])[0], ==, approvals[0]);
  g_assert_cmpuint (records->len, ==, at + 1 + n_approvals);
}

/* Names with commas, quotes and line breaks survive quoting. */
static void
test_quoting (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *region = pp_test_region (plan, NULL, PP_REGION_CITY, "市,\"区\"");
  PpUnit *unit = pp_test_unit (plan, region, PP_UNIT_OTHER, 0);
  g_autoptr(PpCheck) check = NULL;
  g_autoptr(PpReport) report = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = NULL;

  pp_plan_set_unit_name (plan, unit, "甲,乙 \"丙\"\r\n丁\n戊");
  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 9, 2, 1, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);
  report = pp_report_new (check, NULL, PP_REPORT_DEFAULT);
  text = pp_report_format_csv (report, "rollup", NULL);
  g_assert_nonnull (strstr (text, "\"甲,乙 \"\"丙\"\"\r\n丁\n戊\""));
  records = parse_csv (text);
  g_assert_cmpstr (((char **) records->pdata[1])[0], ==, "甲,乙 \"丙\"\r\n丁\n戊");
  assert_table_matches (pp_report_find_table (report, "rollup"), records, 0);
}

/* An unknown table or an unwritable folder: an error, and no file. */
static void
test_errors_leave_nothing (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  g_autoptr(PpReport) report = pp_report_new (check, NULL, PP_REPORT_ROLLUP_ONLY);
  g_autofree char *dir = pp_test_tmp_path ("errors");
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_false (pp_report_write_csv (report, "structure", PP_CSV_UTF8_BOM, path, &error));
  g_assert_error (error, PP_REPORT_WRITE_ERROR, PP_REPORT_WRITE_ERROR_UNKNOWN_TABLE);
  g_assert_nonnull (strstr (error->message, "rollup"));
  g_clear_error (&error);
  g_assert_false (pp_report_write_csv (report, NULL, PP_CSV_UTF8_BOM, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
}

static void
test_encoding_names (void)
{
  PpCsvEncoding encoding;

  g_assert_true (pp_csv_encoding_from_string ("gb18030", &encoding));
  g_assert_cmpint (encoding, ==, PP_CSV_GB18030);
  g_assert_true (pp_csv_encoding_from_string ("UTF-8-BOM", &encoding));
  g_assert_cmpint (encoding, ==, PP_CSV_UTF8_BOM);
  g_assert_true (pp_csv_encoding_from_string ("utf-8", &encoding));
  g_assert_cmpint (encoding, ==, PP_CSV_UTF8);
  g_assert_false (pp_csv_encoding_from_string ("gbk", &encoding));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/report-csv/rollup-both-encodings", test_rollup_both_encodings);
  g_test_add_func ("/core/report-csv/all-tables", test_all_tables);
  g_test_add_func ("/core/report-csv/quoting", test_quoting);
  g_test_add_func ("/core/report-csv/errors-leave-nothing", test_errors_leave_nothing);
  g_test_add_func ("/core/report-csv/encoding-names", test_encoding_names);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* XLSX reports: the archive is opened (unzip -p) and its sheet XML read
 * with libxml2; sheet names, cell values, number formats and frozen
 * panes are compared with the model. */

#include "config.h"

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "pp-report-writers.h"
#include "pp-test-util.h"

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

typedef struct
{
  char   *text;     /* a string cell's text; NULL for a number */
  double  number;
  char   *format;   /* the number format's code; NULL for General */
} Cell;

typedef struct
{
  GHashTable *cells;   /* "row:col" (0-based) → Cell */
  int         frozen_rows;
  int         frozen_columns;
} Sheet;

typedef struct
{
  GPtrArray *names;    /* sheet names in order */
  GPtrArray *sheets;   /* Sheet */
} Workbook;

static xmlDoc *
read_member (const char *path,
             const char *member)
{
  const char *argv[] = { "unzip", "-p", path, member, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    return NULL;
  return xmlReadMemory (out, strlen (out), member, NULL, XML_PARSE_NONET);
}

static xmlXPathObject *
query (xmlDoc     *doc,
       xmlNode    *node,
       const char *xpath)
{
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject *result;

  xmlXPathRegisterNs (context, BAD_CAST "m", BAD_CAST MAIN_NS);
  context->node = node ? node : xmlDocGetRootElement (doc);
  result = xmlXPathEvalExpression (BAD_CAST xpath, context);
  xmlXPathFreeContext (context);
  return result;
}

static char *
attr (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_hash_table_unref (sheet->cells);
  g_free (sheet);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
  g_free (cell->format);
  g_free (cell);
}

/* The number format code of each cell style (cellXfs), built-in 0 and 1
 * included. */
static GPtrArray *
read_formats (const char *path)
{
  xmlDoc *doc = read_member (path, "xl/styles.xml");
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *formats = g_ptr_array_new_with_free_func (g_free);
  xmlXPathObject *found;

  g_hash_table_insert (codes, g_strdup ("1"), g_strdup ("0"));
  g_hash_table_insert (codes, g_strdup ("10"), g_strdup ("0.00%"));
  found = query (doc, NULL, "//m:numFmts/m:numFmt");
  for (int i = 0; found->nodesetval && i < found->nodesetval->nodeNr; i++)
    g_hash_table_insert (codes, attr (found->nodesetval->nodeTab[i], "numFmtId"),
                         attr (found->nodesetval->nodeTab[i], "formatCode"));
  xmlXPathFreeObject (found);

  found = query (doc, NULL, "//m:cellXfs/m:xf");
  for (int i = 0; i < found->nodesetval->nodeNr; i++)
    {
      g_autofree char *id = attr (found->nodesetval->nodeTab[i], "numFmtId");
      g_ptr_array_add (formats, g_strdup (g_hash_table_lookup (codes, id)));
    }
  xmlXPathFreeObject (found);
  xmlFreeDoc (doc);
  return formats;
}

static Sheet *
read_sheet (const char *path,
            guint       index,
            GPtrArray  *formats,
            GPtrArray  *shared)
{
  g_autofree char *member = g_strdup_printf ("xl/worksheets/sheet%u.xml", index + 1);
  xmlDoc *doc = read_member (path, member);
  Sheet *sheet = g_new0 (Sheet, 1);
  xmlXPathObject *found;

  g_assert_nonnull (doc);
  sheet->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cell_free);

  found = query (doc, NULL, "//m:sheetView/m:pane[@state='frozen']");
  if (found->nodesetval && found->nodesetval->nodeNr == 1)
    {
      g_autofree char *x = attr (found->nodesetval->nodeTab[0], "xSplit");
      g_autofree char *y = attr (found->nodesetval->nodeTab[0], "ySplit");
      sheet->frozen_columns = x ? atoi (x) : 0;
      sheet->frozen_rows = y ? atoi (y) : 0;
    }
  xmlXPathFreeObject (found);

  found = query (doc, NULL, "//m:sheetData/m:row/m:c");
  for (int i = 0; found->nodesetval && i < found->nodesetval->nodeNr; i++)
    {
      xmlNode *node = found->nodesetval->nodeTab[i];
      g_autofree char *ref = attr (node, "r");
      g_autofree char *type = attr (node, "t");
      g_autofree char *style = attr (node, "s");
      xmlXPathObject *value = query (doc, node, "m:v|m:is/m:t");
      Cell *cell = g_new0 (Cell, 1);
      g_autofree char *text = NULL;
      int col = 0, row;
      const char *p = ref;

      for (; g_ascii_isupper (*p); p++)
        col = col * 26 + (*p - 'A' + 1);
      row = atoi (p) - 1;
      if (value->nodesetval && value->nodesetval->nodeNr > 0)
        text = (char *) xmlNodeGetContent (value->nodesetval->nodeTab[0]);
      xmlXPathFreeObject (value);
      if (text == NULL)
        {
          cell_free (cell);
          continue;   /* a blank with a border */
        }
      if (g_strcmp0 (type, "inlineStr") == 0 || g_strcmp0 (type, "str") == 0)
        cell->text = g_strdup (text);
      else if (g_strcmp0 (type, "s") == 0)
        cell->text = g_strdup (shared->pdata[atoi (text)]);
      else
        cell->number = g_ascii_strtod (text, NULL);
      cell->format = g_strdup (style ? formats->pdata[atoi (style)] : NULL);
      xmlFree (text);
      text = NULL;
      g_hash_table_insert (sheet->cells, g_strdup_printf ("%d:%d", row, col - 1), cell);
    }
  xmlXPathFreeObject (found);
  xmlFreeDoc (doc);
  return sheet;
}

static Workbook *
read_workbook (const char *path)
{
  Workbook *book = g_new0 (Workbook, 1);
  xmlDoc *doc = read_member (path, "xl/workbook.xml");
  xmlDoc *strings = read_member (path, "xl/sharedStrings.xml");
  g_autoptr(GPtrArray) formats = read_formats (path);
  g_autoptr(GPtrArray) shared = g_ptr_array_new_with_free_func (xmlFree);
  xmlXPathObject *found;

  if (strings != NULL)
    {
      found = query (strings, NULL, "//m:si");
      for (int i = 0; i < found->nodesetval->nodeNr; i++)
        g_ptr_array_add (shared, xmlNodeGetContent (found->nodesetval->nodeTab[i]));
      xmlXPathFreeObject (found);
      xmlFreeDoc (strings);
    }

  book->names = g_ptr_array_new_with_free_func (g_free);
  book->sheets = g_ptr_array_new_with_free_func (sheet_free);
  found = query (doc, NULL, "//m:sheets/m:sheet");
  for (int i = 0; i < found->nodesetval->nodeNr; i++)
    {
      g_ptr_array_add (book->names, attr (found->nodesetval->nodeTab[i], "name"));
      g_ptr_array_add (book->sheets, read_sheet (path, i, formats, shared));
    }
  xmlXPathFreeObject (found);
  xmlFreeDoc (doc);
  return book;
}

static void
workbook_free (Workbook *book)
{
  g_ptr_array_unref (book->names);
  g_ptr_array_unref (book->sheets);
  g_free (book);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Workbook, workbook_free)

static const Cell *
get_cell (Sheet *sheet,
          guint  row,
          guint  col)
{
  g_autofree char *key = g_strdup_printf ("%u:%u", row, col);
  return g_hash_table_lookup (sheet->cells, key);
}

/* Each cell of the table against the model: text as text, counts as
 * numbers in format 0, shares as fractions in a percentage format. */
static void
assert_sheet_matches (Sheet               *sheet,
                      const PpReportTable *table)
{
  g_assert_cmpint (sheet->frozen_rows, ==, 1);
  for (guint c = 0; c < table->n_columns; c++)
    g_assert_cmpstr (get_cell (sheet, 0, c)->text, ==, table->columns[c]);

  for (guint r = 0; r < pp_report_table_get_n_rows (table); r++)
    for (guint c = 0; c < table->n_columns; c++)
      {
        const PpReportCell *model = pp_report_table_get_cell (table, r, c);
        const Cell *cell = get_cell (sheet, r + 1, c);
        g_autofree char *text = pp_report_cell_format (model);

        switch ((PpReportCellKind) model->kind)
          {
          case PP_REPORT_CELL_TEXT:
          case PP_REPORT_CELL_STATUS:
            g_assert_nonnull (cell);
            g_assert_cmpstr (cell->text, ==, text[0] ? text : NULL);
            break;
          case PP_REPORT_CELL_INTEGER:
            g_assert_nonnull (cell);
            g_assert_null (cell->text);
            g_assert_cmpfloat (cell->number, ==, (double) model->a);
            g_assert_cmpstr (cell->format, ==, "0");
            break;
          case PP_REPORT_CELL_SHARE:
            if (model->n == 0)
              {
                g_assert_null (cell);
                break;
              }
            g_assert_nonnull (cell);
            g_assert_cmpfloat_with_epsilon (cell->number, (double) model->a / model->n, 1e-12);
            g_assert_cmpstr (cell->format, ==, "0.0%");
            break;
          case PP_REPORT_CELL_THRESHOLD:
            g_assert_nonnull (cell);
            g_assert_cmpfloat_with_epsilon (cell->number, (double) model->a / model->n, 1e-12);
            g_assert_true (g_str_has_suffix (cell->format, "\"0.0%"));
            break;
          case PP_REPORT_CELL_EMPTY:
          default:
            g_assert_true (cell == NULL || cell->text == NULL || cell->text[0] == '\0');
            break;
          }
      }
}

/* A sheet's name is its table's title, cut to 31 characters at most and
 * with []:*?/\ made spaces. */
static void
assert_sheet_name (const char *name,
                   const char *title)
{
  g_autofree char *clean = g_strdelimit (g_strdup (title), "[]:*?/\\'", ' ');

  g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
  g_assert_true (g_str_has_prefix (clean, name));
}

static void
assert_report_matches (PpReport   *report,
                       const char *path)
{
  g_autoptr(Workbook) book = read_workbook (path);
  const PpReportField *fields;
  const char * const *approvals;
  guint n_fields, n_approvals;
  Sheet *cover;
  g_autoptr(GString) cover_text = g_string_new (NULL);
  GHashTableIter iter;
  gpointer value;

  g_assert_cmpuint (book->names->len, ==, 1 + pp_report_get_n_tables (report));
  assert_sheet_name (book->names->pdata[0], pp_report_get_title (report));
  for (guint t = 0; t < pp_report_get_n_tables (report); t++)
    {
      PpReportTable *table = pp_report_get_table (report, t);

      assert_sheet_name (book->names->pdata[1 + t], table->title);
      assert_sheet_matches (book->sheets->pdata[1 + t], table);
    }

  /* The first sheet: the fields, then the approval boxes. */
  cover = book->sheets->pdata[0];
  fields = pp_report_get_fields (report, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    g_assert_cmpstr (get_cell (cover, 1 + i, 0)->text, ==, fields[i].label);
  g_hash_table_iter_init (&iter, cover->cells);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Cell *) value)->text)
      g_string_append_printf (cover_text, "%s\n", ((Cell *) value)->text);
  approvals = pp_report_get_approvals (&n_approvals);
  for (guint i = 0; i < n_approvals; i++)
    g_assert_nonnull (strstr (cover_text->str, approvals[i]));
  g_assert_nonnull (strstr (cover_text->str, pp_report_get_signature_line ()));
}

static void
test_sample_plan (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  g_autoptr(PpReport) report = pp_report_new (check, NULL, PP_REPORT_DEFAULT);
  g_autofree char *path = pp_test_tmp_path ("plan.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(Workbook) book = NULL;

  g_assert_true (pp_report_write_xlsx (report, path, &error));
  g_assert_no_error (error);
  assert_report_matches (report, path);

  /* The roll-up keeps the unit names in view too. */
  book = read_workbook (path);
  g_assert_cmpint (((Sheet *) book->sheets->pdata[1])->frozen_columns, ==, 1);
  g_assert_cmpstr (get_cell (book->sheets->pdata[1], 12, 0)->text, ==, "巴林右旗 subtotal");
  g_assert_cmpfloat (get_cell (book->sheets->pdata[1], 12, 2)->number, ==, 157);
}

static void
test_sample_unit (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  PpUnit *unit = pp_plan_find_unit (pp_check_get_plan (check), "cf-shfly");
  g_autoptr(PpReport) report = pp_report_new (check, unit, PP_REPORT_DEFAULT);
  g_autofree char *path = pp_test_tmp_path ("unit.xlsx");
  g_autoptr(GError) error = NULL;

  g_assert_true (pp_report_write_xlsx (report, path, &error));
  g_assert_no_error (error);
  assert_report_matches (report, path);
}

/* Names that sheet names cannot hold, and an empty region. */
static void
test_boundaries (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *region = pp_test_region (plan, NULL, PP_REGION_CITY, "市[1]/区:*?");
  g_autoptr(PpCheck) check = pp_test_check (plan, "chifeng-2022", NULL);
  g_autoptr(PpReport) report = pp_report_new (check, region, PP_REPORT_DEFAULT);
  g_autofree char *path = pp_test_tmp_path ("empty.xlsx");
  g_autofree char *missing = pp_test_tmp_path ("no-such-folder/empty.xlsx");
  g_autoptr(GError) error = NULL;

  g_assert_true (pp_report_write_xlsx (report, path, &error));
  assert_report_matches (report, path);

  g_assert_false (pp_report_write_xlsx (report, missing, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/report-xlsx/sample-plan", test_sample_plan);
  g_test_add_func ("/core/report-xlsx/sample-unit", test_sample_unit);
  g_test_add_func ("/core/report-xlsx/boundaries", test_boundaries);
  return g_test_run ();
}

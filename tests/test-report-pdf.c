/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PDF reports: pdftotext finds every unit, the figures of the tables,
 * every rule that failed and the approval boxes; pdfinfo the pages
 * expected; pdffonts embedded fonts. The page layout also draws on an
 * image surface, as printing would. */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "pp-report-layout.h"
#include "pp-report-writers.h"
#include "pp-test-util.h"

static char *
run (const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("pdftotext (poppler-utils) is not installed");
  return path != NULL;
}

static guint
count_pages (const char *path)
{
  g_autofree char *info = run ("pdfinfo", path, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + 6, NULL, 10);
}

/* In the order drawn (-raw), so that a cell that wraps stays together;
 * pdftotext breaks lines where cells wrap: compare without white space. */
static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page > 0 ? page : 1);
  g_autofree char *last = g_strdup_printf ("%d", page > 0 ? page : 100000);
  g_autofree char *text = run ("pdftotext", "-raw", "-f", first, "-l", last, path, "-", NULL);
  GString *packed = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (packed, *p);
  return g_string_free (packed, FALSE);
}

static void
assert_contains (const char *text,
                 const char *what)
{
  g_autofree char *packed = g_strdup (what);
  char *out = packed;

  for (const char *p = what; *p; p++)
    if (!g_ascii_isspace (*p))
      *out++ = *p;
  *out = '\0';
  if (strstr (text, packed) == NULL)
    g_error ("the PDF's text has no “%s”", what);
}

static void
test_sample_plan (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  g_autoptr(PpReport) report = pp_report_new (check, NULL, PP_REPORT_DEFAULT);
  g_autofree char *path = pp_test_tmp_path ("plan.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  GPtrArray *units = pp_plan_get_units (pp_check_get_plan (check));
  const char * const *approvals;
  const PpResult *results;
  guint n, n_approvals;

  if (!have_poppler ())
    return;
  g_assert_true (pp_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path, 0);

  for (guint i = 0; i < units->len; i++)
    assert_contains (text, ((PpUnit *) g_ptr_array_index (units, i))->name);
  /* Figures worked by hand in test-report.c: 巴林右旗 157 posts, 12
   * social-work posts, 8 certified; the whole plan 225 posts, 206 filled;
   * professional posts 158, 70.2% of all; township coverage 50.0%. */
  assert_contains (text, "巴林右旗 subtotal Region 157 21 111 13 0 142 15 12 8 2 1 2 1 Fail");
  assert_contains (text, "Total 225 30 158 24 1 206 19 34 29 2 1 4 2 Fail");
  assert_contains (text, "Professional-technical All levels 158 143 15 70.2%");
  assert_contains (text, "50.0%");

  /* Every rule that failed, with its clause. */
  results = pp_check_get_plan_results (check, &n);
  for (guint i = 0; i < n; i++)
    if (results[i].status == PP_STATUS_FAIL)
      assert_contains (text, pp_result_get_rule (&results[i])->id);
  for (guint u = 0; u < units->len; u++)
    {
      results = pp_check_get_unit_results (check, g_ptr_array_index (units, u), &n);
      for (guint i = 0; i < n; i++)
        if (results[i].status == PP_STATUS_FAIL)
          {
            assert_contains (text, pp_result_get_rule (&results[i])->id);
            assert_contains (text, pp_result_get_rule (&results[i])->clause);
          }
    }

  approvals = pp_report_get_approvals (&n_approvals);
  for (guint i = 0; i < n_approvals; i++)
    assert_contains (text, approvals[i]);

  /* Roll-up, structure, levels, coverage and results: 5 landscape pages
   * in the test's language (English) and fonts. */
  g_assert_cmpuint (count_pages (path), ==, 5);
  assert_contains (text, "Page 5 of 5");
  fonts = run ("pdffonts", path, NULL);
  g_assert_nonnull (strstr (fonts, "NotoSansCJK"));
  g_assert_null (strstr (fonts, " no "));
}

/* A long roll-up runs over pages, its header row on each of them. */
static void
test_repeated_header (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *region = pp_test_region (plan, NULL, PP_REGION_CITY, "长表市");
  g_autoptr(PpCheck) check = NULL;
  g_autoptr(PpReport) report = NULL;
  g_autofree char *path = pp_test_tmp_path ("long.pdf");
  g_autoptr(GError) error = NULL;
  guint n_pages;

  if (!have_poppler ())
    return;
  for (guint i = 0; i < 150; i++)
    pp_test_post (plan, pp_test_unit (plan, region, PP_UNIT_OTHER, 0), PP_CATEGORY_SKILLED, 3, i + 1, i, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);
  report = pp_report_new (check, region, PP_REPORT_ROLLUP_ONLY);
  g_assert_true (pp_report_write_pdf (report, path, &error));

  n_pages = count_pages (path);
  g_assert_cmpuint (n_pages, >=, 4);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (path, page);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page, n_pages);

      assert_contains (text, number);
      /* The header's last heading, and the title again after the first page. */
      if (page < n_pages)
        assert_contains (text, "Townships covered");
      if (page > 1 && page < n_pages)
        assert_contains (text, "Units (continued)");
    }
  /* 1 + 2 + … + 150 posts. */
  {
    g_autofree char *text = pdf_text (path, n_pages);
    assert_contains (text, "Total 11325");
  }
}

/* The drawing code on another surface, as a print operation uses it. */
static void
test_layout_on_image (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  PpUnit *unit = pp_plan_find_unit (pp_check_get_plan (check), "blyq-yy");
  g_autoptr(PpReport) report = pp_report_new (check, unit, PP_REPORT_DEFAULT);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 595);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(PpReportLayout) layout = NULL;
  guint n_pages;

  pango_cairo_context_set_resolution (context, 72);
  layout = pp_report_layout_new (report, context, PP_REPORT_PAGE_LONG, PP_REPORT_PAGE_SHORT);
  g_object_unref (context);
  n_pages = pp_report_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 2);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      pp_report_layout_draw_page (layout, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_empty_and_errors (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpCheck) check = pp_test_check (plan, "chifeng-2022", NULL);
  g_autoptr(PpReport) report = pp_report_new (check, NULL, PP_REPORT_DEFAULT);
  g_autofree char *path = pp_test_tmp_path ("empty.pdf");
  g_autofree char *missing = pp_test_tmp_path ("no-such-folder/empty.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  g_assert_true (pp_report_write_pdf (report, path, &error));
  text = pdf_text (path, 0);
  assert_contains (text, "Total 0");
  g_assert_false (pp_report_write_pdf (report, missing, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/report-pdf/sample-plan", test_sample_plan);
  g_test_add_func ("/core/report-pdf/repeated-header", test_repeated_header);
  g_test_add_func ("/core/report-pdf/layout-on-image", test_layout_on_image);
  g_test_add_func ("/core/report-pdf/empty-and-errors", test_empty_and_errors);
  return g_test_run ();
}

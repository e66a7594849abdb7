/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plan dates: exactly YYYY-MM-DD in files; the language's own form on
 * screen (English is the source, and writes them as files do). */

#include "config.h"

#include "pp-date.h"
#include "pp-test-util.h"

static void
test_parse (void)
{
  GDate date;

  g_assert_true (pp_date_parse ("2026-11-22", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  g_assert_cmpint (g_date_get_month (&date), ==, 11);
  g_assert_cmpint (g_date_get_day (&date), ==, 22);
  g_assert_true (pp_date_parse (" 2024-02-29\n", &date));
  g_assert_false (pp_date_parse ("2023-02-29", &date));
  g_assert_false (pp_date_parse ("2026-13-01", &date));
  g_assert_false (pp_date_parse ("2026-1-1", &date));
  g_assert_false (pp_date_parse ("0000-01-01", &date));
  g_assert_false (pp_date_parse ("", &date));
  g_assert_false (pp_date_parse ("2026-11-22T00:00", &date));
}

static void
test_format (void)
{
  GDate date;
  GDate invalid;
  char out[11];
  g_autofree char *shown = NULL;
  g_autofree char *none = NULL;

  g_date_clear (&invalid, 1);
  g_date_set_dmy (&date, 5, 1, 2026);
  pp_date_format (&date, out);
  g_assert_cmpstr (out, ==, "2026-01-05");
  pp_date_format (&invalid, out);
  g_assert_cmpstr (out, ==, "");

  /* Untranslated (the tests run in English), the screen's form is the
   * file's. */
  shown = pp_date_format_display (&date);
  g_assert_cmpstr (shown, ==, "2026-01-05");
  none = pp_date_format_display (&invalid);
  g_assert_cmpstr (none, ==, "");
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/format", test_format);
  return g_test_run ();
}

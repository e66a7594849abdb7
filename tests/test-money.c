/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Amounts of money in words. The tests run in English, which counts in
 * yuan; the ten-thousand form is checked through its Chinese and
 * Mongolian catalogs by tests/check-formats.sh. */

#include "config.h"

#include "pp-money.h"
#include "pp-test-util.h"

static void
test_yuan (void)
{
  static const struct { gint64 yuan; const char *text; } cases[] = {
    { 0, "0 yuan" },
    { 9999, "9999 yuan" },
    { 10000, "10000 yuan" },
    { 240000, "240000 yuan" },
    { -5000, "-5000 yuan" },
    { 999999999999, "999999999999 yuan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pp_money_format (cases[i].yuan);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);
  g_test_add_func ("/money/yuan", test_yuan);
  return g_test_run ();
}

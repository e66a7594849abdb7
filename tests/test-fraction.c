/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exact shares and the remedies of rules.md §1, worked out by hand. */

#include "config.h"

#include "pp-fraction.h"

static PpFraction
f (gint64 p,
   gint64 q)
{
  return (PpFraction) { p, q };
}

static void
test_parse (void)
{
  PpFraction out;

  g_assert_true (pp_fraction_parse ("7/10", &out));
  g_assert_cmpint (out.p, ==, 7);
  g_assert_cmpint (out.q, ==, 10);
  g_assert_true (pp_fraction_parse ("70%", &out));
  g_assert_cmpint (out.p, ==, 70);
  g_assert_cmpint (out.q, ==, 100);

  g_assert_false (pp_fraction_parse ("0.7", &out));
  g_assert_false (pp_fraction_parse ("7/0", &out));
  g_assert_false (pp_fraction_parse ("", &out));
  g_assert_false (pp_fraction_parse ("7/", &out));
  g_assert_false (pp_fraction_parse ("-1/2", &out));
  g_assert_false (pp_fraction_parse ("1/2000000", &out));
  g_assert_false (pp_fraction_parse (NULL, &out));
}

static void
test_meets_at_threshold (void)
{
  /* rules.md: 7 of 10 at ">= 70%" passes, 69 of 99 fails. */
  g_assert_true (pp_share_meets (PP_BOUND_AT_LEAST, f (7, 10), 7, 10));
  g_assert_false (pp_share_meets (PP_BOUND_AT_LEAST, f (7, 10), 69, 99));
  g_assert_true (pp_share_meets (PP_BOUND_AT_LEAST, f (7, 10), 70, 100));
  g_assert_false (pp_share_meets (PP_BOUND_AT_LEAST, f (7, 10), 6, 10));
  g_assert_true (pp_share_meets (PP_BOUND_AT_LEAST, f (7, 10), 8, 10));

  /* Strict: exactly half is not more than half. */
  g_assert_false (pp_share_meets (PP_BOUND_MORE_THAN, f (1, 2), 5, 10));
  g_assert_true (pp_share_meets (PP_BOUND_MORE_THAN, f (1, 2), 6, 10));

  g_assert_true (pp_share_meets (PP_BOUND_AT_MOST, f (1, 10), 1, 10));
  g_assert_false (pp_share_meets (PP_BOUND_AT_MOST, f (1, 10), 2, 10));
  g_assert_false (pp_share_meets (PP_BOUND_LESS_THAN, f (1, 10), 1, 10));
}

static void
test_remedy_minimum (void)
{
  PpRemedy r;

  /* 6 of 10 at >= 70%: p·n − q·a = 70 − 60 = 10; convert ⌈10/10⌉ = 1,
   * add ⌈10/3⌉ = 4 (10 of 14 = 71.4%; 9 of 13 = 69.2% is not enough). */
  r = pp_share_remedy (PP_BOUND_AT_LEAST, f (7, 10), 6, 10);
  g_assert_cmpint (r.convert, ==, 1);
  g_assert_cmpint (r.add, ==, 4);

  /* 69 of 99: gap 693 − 690 = 3; convert 1, add 1 (70 of 100). */
  r = pp_share_remedy (PP_BOUND_AT_LEAST, f (7, 10), 69, 99);
  g_assert_cmpint (r.convert, ==, 1);
  g_assert_cmpint (r.add, ==, 1);

  /* Met: nothing to do. */
  r = pp_share_remedy (PP_BOUND_AT_LEAST, f (7, 10), 7, 10);
  g_assert_cmpint (r.convert, ==, 0);
  g_assert_cmpint (r.add, ==, 0);

  /* 100% required: adding never helps, converting does. */
  r = pp_share_remedy (PP_BOUND_AT_LEAST, f (1, 1), 3, 5);
  g_assert_cmpint (r.add, ==, -1);
  g_assert_cmpint (r.convert, ==, 2);
}

static void
test_remedy_strict (void)
{
  PpRemedy r;

  /* 5 of 10 at > 50%: the non-strict formula would say 0; one post of
   * either kind is needed (6 of 10, or 6 of 11). */
  r = pp_share_remedy (PP_BOUND_MORE_THAN, f (1, 2), 5, 10);
  g_assert_cmpint (r.convert, ==, 1);
  g_assert_cmpint (r.add, ==, 1);

  /* 4 of 10: convert 2 (6 of 10; 5 of 10 is not more); add 3 (7 of 13;
   * 6 of 12 is exactly half). */
  r = pp_share_remedy (PP_BOUND_MORE_THAN, f (1, 2), 4, 10);
  g_assert_cmpint (r.convert, ==, 2);
  g_assert_cmpint (r.add, ==, 3);
}

static void
test_remedy_maximum (void)
{
  PpRemedy r;

  /* 2 of 10 at <= 10%: q·a − p·n = 20 − 10 = 10; convert ⌈10/10⌉ = 1,
   * add ⌈10/1⌉ = 10 (2 of 20). */
  r = pp_share_remedy (PP_BOUND_AT_MOST, f (1, 10), 2, 10);
  g_assert_cmpint (r.convert, ==, 1);
  g_assert_cmpint (r.add, ==, 10);

  /* 5 of 10 at <= 40%: 25 − 20 = 5; convert 1, add ⌈5/2⌉ = 3 (5 of 13 = 38.5%). */
  r = pp_share_remedy (PP_BOUND_AT_MOST, f (2, 5), 5, 10);
  g_assert_cmpint (r.convert, ==, 1);
  g_assert_cmpint (r.add, ==, 3);

  /* A cap of 0%: only taking the property away helps. */
  r = pp_share_remedy (PP_BOUND_AT_MOST, f (0, 1), 2, 10);
  g_assert_cmpint (r.convert, ==, 2);
  g_assert_cmpint (r.add, ==, -1);

  /* Strict maximum: 1 of 10 at < 10% needs one less (0 of 10) or 1 more
   * post without it (1 of 11). */
  r = pp_share_remedy (PP_BOUND_LESS_THAN, f (1, 10), 1, 10);
  g_assert_cmpint (r.convert, ==, 1);
  g_assert_cmpint (r.add, ==, 1);
}

static void
test_large_counts (void)
{
  gint64 big = G_MAXINT32;

  /* Counts near 2^31 times a denominator of 10^6 stay within 64 bits. */
  g_assert_true (pp_share_meets (PP_BOUND_AT_LEAST, f (999999, 1000000), big, big));
  g_assert_false (pp_share_meets (PP_BOUND_AT_LEAST, f (999999, 1000000), big - 3000, big));
}

static void
test_format (void)
{
  g_autofree char *a = pp_fraction_format_percent (f (7, 10));
  g_autofree char *b = pp_fraction_format_percent (f (1, 3));
  g_autofree char *c = pp_share_format_percent (13, 20);
  g_autofree char *d = pp_share_format_percent (2, 3);

  g_assert_cmpstr (a, ==, "70%");
  g_assert_cmpstr (b, ==, "33.3%");
  g_assert_cmpstr (c, ==, "65.0%");
  g_assert_cmpstr (d, ==, "66.7%");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/fraction/parse", test_parse);
  g_test_add_func ("/core/fraction/meets-at-threshold", test_meets_at_threshold);
  g_test_add_func ("/core/fraction/remedy-minimum", test_remedy_minimum);
  g_test_add_func ("/core/fraction/remedy-strict", test_remedy_strict);
  g_test_add_func ("/core/fraction/remedy-maximum", test_remedy_maximum);
  g_test_add_func ("/core/fraction/large-counts", test_large_counts);
  g_test_add_func ("/core/fraction/format", test_format);

  return g_test_run ();
}

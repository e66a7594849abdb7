/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The overview's totals by category and band, counted by hand. */

#include "config.h"

#include <string.h>

#include "pp-test-util.h"
#include "pp-totals.h"

static void
test_bands (void)
{
  g_assert_cmpint (pp_band_of_level (1), ==, PP_BAND_SENIOR);
  g_assert_cmpint (pp_band_of_level (7), ==, PP_BAND_SENIOR);
  g_assert_cmpint (pp_band_of_level (8), ==, PP_BAND_INTERMEDIATE);
  g_assert_cmpint (pp_band_of_level (10), ==, PP_BAND_INTERMEDIATE);
  g_assert_cmpint (pp_band_of_level (11), ==, PP_BAND_JUNIOR);
  g_assert_cmpint (pp_band_of_level (13), ==, PP_BAND_JUNIOR);
  g_assert_cmpint (pp_band_of_level (0), ==, PP_BAND_NO_LEVEL);
  g_assert_cmpint (pp_band_of_level (-1), ==, PP_BAND_NO_LEVEL);
  g_assert_cmpint (pp_band_of_level (14), ==, PP_BAND_NO_LEVEL);
  for (PpBand b = 0; b < PP_N_BANDS; b++)
    g_assert_nonnull (pp_band_get_label (b));
}

static void
test_totals (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *city = pp_test_region (plan, NULL, PP_REGION_CITY, "赤峰市");
  PpUnit *home = pp_test_unit (plan, city, PP_UNIT_ELDERLY_WELFARE, PP_UNIT_PUBLIC_INSTITUTION);
  PpUnit *school = pp_test_unit (plan, NULL, PP_UNIT_SCHOOL, 0);
  PpTotals plan_totals, city_totals = { 0 };
  const char *special;

  pp_test_post (plan, home, PP_CATEGORY_MANAGEMENT, 6, 2, 1, 0);
  pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 5, 1, 0, 0);
  pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 9, 3, 0, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 12, 4, 0, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, home, PP_CATEGORY_SKILLED, 2, 5, 0, 0);
  special = pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 4, 7, 0, PP_POST_SPECIAL);
  pp_test_find_post (home, special)->filled = 7;
  pp_test_post (plan, school, PP_CATEGORY_NONE, -1, 2, 0, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, school, PP_CATEGORY_PROFESSIONAL, -1, 1, 0, 0);

  pp_totals_of_plan (&plan_totals, plan);
  /* 2+1+3+4+5 at the home, 2+1 at the school; the 7 special posts apart. */
  g_assert_cmpint (plan_totals.posts, ==, 18);
  g_assert_cmpint (plan_totals.special, ==, 7);
  /* Filled special posts are no filled posts of the plan either. */
  g_assert_cmpint (plan_totals.filled, ==, 1);
  g_assert_cmpint (plan_totals.by_category[PP_CATEGORY_MANAGEMENT], ==, 2);
  g_assert_cmpint (plan_totals.by_category[PP_CATEGORY_PROFESSIONAL], ==, 9);
  g_assert_cmpint (plan_totals.by_category[PP_CATEGORY_SKILLED], ==, 5);
  g_assert_cmpint (plan_totals.by_category[PP_CATEGORY_NONE], ==, 2);
  g_assert_cmpint (plan_totals.social_work, ==, 9);
  g_assert_cmpint (plan_totals.by_band[PP_BAND_SENIOR], ==, 1);
  g_assert_cmpint (plan_totals.by_band[PP_BAND_INTERMEDIATE], ==, 3);
  g_assert_cmpint (plan_totals.by_band[PP_BAND_JUNIOR], ==, 4);
  g_assert_cmpint (plan_totals.by_band[PP_BAND_NO_LEVEL], ==, 1);
  g_assert_cmpint (plan_totals.units, ==, 3);

  /* A subtree: the city and its home, not the school. */
  pp_totals_add_tree (&city_totals, city);
  g_assert_cmpint (city_totals.posts, ==, 15);
  g_assert_cmpint (city_totals.units, ==, 2);
}

static void
test_empty (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpTotals totals;

  memset (&totals, 0xff, sizeof totals);
  pp_totals_of_plan (&totals, plan);
  g_assert_cmpint (totals.posts, ==, 0);
  g_assert_cmpint (totals.units, ==, 0);
  g_assert_cmpint (totals.by_band[PP_BAND_NO_LEVEL], ==, 0);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/totals/bands", test_bands);
  g_test_add_func ("/core/totals/totals", test_totals);
  g_test_add_func ("/core/totals/empty", test_empty);
  return g_test_run ();
}

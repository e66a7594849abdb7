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

/* Levels, filled posts, certificates and township coverage, by hand:
 * a township with 2 social-work posts, 1 filled, a staff record each with
 * an intermediate and a directed assistant certificate (directed to
 * another city, so it counts as none); a second township with none filled;
 * 3 special posts, 2 filled. */
static void
test_levels_and_staff (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *city = pp_test_region (plan, NULL, PP_REGION_CITY, "赤峰市");
  PpUnit *covered = pp_test_unit (plan, city, PP_UNIT_TOWNSHIP, 0);
  PpUnit *bare = pp_test_unit (plan, city, PP_UNIT_TOWNSHIP, 0);
  PpTotals totals = { 0 }, own = { 0 }, sum = { 0 };
  const char *sw, *special;
  PpStaff *staff;

  sw = pp_test_post (plan, covered, PP_CATEGORY_PROFESSIONAL, 12, 2, 1, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, covered, PP_CATEGORY_SKILLED, 0, 4, 3, 0);
  pp_test_post (plan, covered, PP_CATEGORY_MANAGEMENT, -1, 1, 1, 0);
  special = pp_test_post (plan, covered, PP_CATEGORY_PROFESSIONAL, 7, 3, 0, PP_POST_SPECIAL);
  pp_test_find_post (covered, special)->filled = 2;
  pp_test_staff (plan, covered, sw, PP_CERT_INTERMEDIATE);
  staff = pp_test_staff (plan, covered, sw, PP_CERT_ASSISTANT);
  pp_staff_set_directed_city (plan, staff, "南宁市");
  pp_test_post (plan, bare, PP_CATEGORY_PROFESSIONAL, 10, 1, 0, PP_POST_SOCIAL_WORK);

  pp_totals_add_tree (&totals, city);
  g_assert_cmpint (totals.by_level[PP_CATEGORY_PROFESSIONAL][12], ==, 2);
  g_assert_cmpint (totals.filled_by_level[PP_CATEGORY_PROFESSIONAL][12], ==, 1);
  g_assert_cmpint (totals.by_level[PP_CATEGORY_PROFESSIONAL][10], ==, 1);
  g_assert_cmpint (totals.by_level[PP_CATEGORY_SKILLED][0], ==, 4);
  g_assert_cmpint (totals.filled_by_level[PP_CATEGORY_SKILLED][0], ==, 3);
  g_assert_cmpint (totals.by_level[PP_CATEGORY_MANAGEMENT][PP_TOTALS_NO_LEVEL], ==, 1);
  g_assert_cmpint (totals.by_level[PP_CATEGORY_PROFESSIONAL][7], ==, 0);
  g_assert_cmpint (totals.filled_by_category[PP_CATEGORY_PROFESSIONAL], ==, 1);
  g_assert_cmpint (totals.filled_by_band[PP_BAND_JUNIOR], ==, 1);
  g_assert_cmpint (totals.filled_by_band[PP_BAND_INTERMEDIATE], ==, 0);
  g_assert_cmpint (totals.special, ==, 3);
  g_assert_cmpint (totals.special_filled, ==, 2);
  g_assert_cmpint (totals.social_work, ==, 3);
  g_assert_cmpint (totals.social_work_filled, ==, 1);
  g_assert_cmpint (totals.staff_by_certificate[PP_CERT_INTERMEDIATE], ==, 1);
  g_assert_cmpint (totals.staff_by_certificate[PP_CERT_NONE], ==, 1);
  g_assert_cmpint (totals.staff_by_certificate[PP_CERT_ASSISTANT], ==, 0);
  g_assert_cmpint (pp_totals_get_certified (&totals), ==, 1);
  g_assert_cmpint (totals.townships, ==, 2);
  g_assert_cmpint (totals.townships_covered, ==, 1);

  /* A unit's own figures leave its children out; sums add every field. */
  pp_totals_add_unit (&own, city);
  g_assert_cmpint (own.units, ==, 1);
  g_assert_cmpint (own.posts, ==, 0);
  pp_totals_add (&sum, &totals);
  pp_totals_add (&sum, &totals);
  g_assert_cmpint (sum.townships_covered, ==, 2);
  g_assert_cmpint (sum.by_level[PP_CATEGORY_SKILLED][0], ==, 8);
  g_assert_cmpint (sum.units, ==, 6);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/totals/bands", test_bands);
  g_test_add_func ("/core/totals/totals", test_totals);
  g_test_add_func ("/core/totals/empty", test_empty);
  g_test_add_func ("/core/totals/levels-and-staff", test_levels_and_staff);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The presence and coverage kinds. */

#include "config.h"

#include "pp-test-util.h"

#define PUBLIC PP_UNIT_PUBLIC_INSTITUTION
#define SW PP_POST_SOCIAL_WORK

static void
test_present (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *none = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  PpUnit *one = pp_test_unit (plan, NULL, PP_UNIT_SCHOOL, PUBLIC);
  PpUnit *wrong_category = pp_test_unit (plan, NULL, PP_UNIT_FUNERAL, PUBLIC);
  PpUnit *special_only = pp_test_unit (plan, NULL, PP_UNIT_DRUG_REHAB, PUBLIC);
  PpUnit *empty_line = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  PpUnit *welfare = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PUBLIC);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, none, PP_CATEGORY_PROFESSIONAL, 9, 3, 3, 0);
  pp_test_post (plan, one, PP_CATEGORY_PROFESSIONAL, 9, 1, 0, SW);
  pp_test_post (plan, wrong_category, PP_CATEGORY_MANAGEMENT, 8, 2, 0, SW);
  pp_test_post (plan, special_only, PP_CATEGORY_PROFESSIONAL, 9, 1, 1, SW | PP_POST_SPECIAL);
  /* A line of no posts in the wrong category is still a line to correct. */
  pp_test_post (plan, empty_line, PP_CATEGORY_PROFESSIONAL, 9, 1, 1, SW);
  pp_test_post (plan, empty_line, PP_CATEGORY_MANAGEMENT, 8, 0, 0, SW);
  check = pp_test_check (plan, "chifeng-2022", NULL);

  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-posts-present", empty_line), PP_STATUS_FAIL, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-posts-present", none), PP_STATUS_FAIL, 0, 1, 1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-posts-present", one), PP_STATUS_PASS, 1, 1, -1, -1);
  /* Present, but a social-work post must be professional: convert 2. */
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-posts-present", wrong_category),
                    PP_STATUS_FAIL, 2, 1, -1, 2);
  /* A special post does not count. */
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-posts-present", special_only),
                    PP_STATUS_FAIL, 0, 1, 1, -1);
  g_assert_null (pp_test_result (check, "chifeng-2022.sw-posts-present", welfare));
}

static void
test_category_when_public (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *public_hospital = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  PpUnit *private_hospital = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, 0);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, public_hospital, PP_CATEGORY_NONE, -1, 1, 1, SW);
  pp_test_post (plan, private_hospital, PP_CATEGORY_NONE, -1, 1, 1, SW);
  check = pp_test_check (plan, "chongqing", NULL);

  pp_assert_result (pp_test_result (check, "chongqing.sw-posts-present", public_hospital),
                    PP_STATUS_FAIL, 1, 1, -1, 1);
  pp_assert_result (pp_test_result (check, "chongqing.sw-posts-present", private_hospital),
                    PP_STATUS_PASS, 1, 1, -1, -1);
}

static void
test_community_staffing (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *urban_two = pp_test_unit (plan, NULL, PP_UNIT_URBAN_COMMUNITY, 0);
  PpUnit *urban_one = pp_test_unit (plan, NULL, PP_UNIT_URBAN_COMMUNITY, 0);
  PpUnit *rural_one = pp_test_unit (plan, NULL, PP_UNIT_RURAL_COMMUNITY, 0);
  PpUnit *rural_vacant = pp_test_unit (plan, NULL, PP_UNIT_RURAL_COMMUNITY, 0);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, urban_two, PP_CATEGORY_NONE, -1, 2, 2, SW);
  pp_test_post (plan, urban_one, PP_CATEGORY_NONE, -1, 2, 1, SW);
  pp_test_post (plan, rural_one, PP_CATEGORY_NONE, -1, 1, 1, SW);
  pp_test_post (plan, rural_vacant, PP_CATEGORY_NONE, -1, 1, 0, SW);

  /* A target due 2020-12-31: on 2026-11-22 a shortfall fails. */
  check = pp_test_check (plan, "chongqing", NULL);
  pp_assert_result (pp_test_result (check, "chongqing.community-staffing", urban_two), PP_STATUS_PASS, 2, 2, -1, -1);
  pp_assert_result (pp_test_result (check, "chongqing.community-staffing", urban_one), PP_STATUS_FAIL, 1, 2, 1, -1);
  pp_assert_result (pp_test_result (check, "chongqing.community-staffing", rural_one), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "chongqing.community-staffing", rural_vacant), PP_STATUS_FAIL, 0, 1, 1, -1);
  g_clear_object (&check);

  /* The day before the due date it is a warning; on the day, a failure. */
  check = pp_test_check (plan, "chongqing", "2020-12-30");
  pp_assert_result (pp_test_result (check, "chongqing.community-staffing", urban_one), PP_STATUS_WARN, 1, 2, 1, -1);
  g_clear_object (&check);
  check = pp_test_check (plan, "chongqing", "2020-12-31");
  pp_assert_result (pp_test_result (check, "chongqing.community-staffing", urban_one), PP_STATUS_FAIL, 1, 2, 1, -1);
}

static void
test_township_coverage (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *county = pp_test_region (plan, NULL, PP_REGION_COUNTY, "县");
  PpUnit *covered = pp_test_unit (plan, county, PP_UNIT_TOWNSHIP, 0);
  PpUnit *vacant = pp_test_unit (plan, county, PP_UNIT_TOWNSHIP, 0);
  PpUnit *bare = pp_test_unit (plan, county, PP_UNIT_TOWNSHIP, 0);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, covered, PP_CATEGORY_NONE, -1, 1, 1, SW);
  pp_test_post (plan, vacant, PP_CATEGORY_NONE, -1, 2, 0, SW);

  check = pp_test_check (plan, "chifeng-2022", "2025-12-30");
  pp_assert_result (pp_test_result (check, "chifeng-2022.township-coverage", covered), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.township-coverage", vacant), PP_STATUS_WARN, 0, 1, 1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.township-coverage", bare), PP_STATUS_WARN, 0, 1, 1, -1);
  /* The roll-up: 1 of 3 townships covered. */
  pp_assert_result (pp_test_result (check, "chifeng-2022.township-coverage", NULL), PP_STATUS_WARN, 1, 3, 2, -1);
  g_assert_null (pp_test_result (check, "chifeng-2022.township-coverage", county));
  g_clear_object (&check);

  check = pp_test_check (plan, "chifeng-2022", "2025-12-31");
  pp_assert_result (pp_test_result (check, "chifeng-2022.township-coverage", vacant), PP_STATUS_FAIL, 0, 1, 1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.township-coverage", NULL), PP_STATUS_FAIL, 1, 3, 2, -1);
}

static void
test_coverage_without_townships (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpCheck) check = NULL;

  pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);
  pp_assert_result (pp_test_result (check, "chifeng-2022.township-coverage", NULL), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_pilots (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *province = pp_test_region (plan, NULL, PP_REGION_PROVINCE, "吉林省");
  PpUnit *city_a = pp_test_region (plan, province, PP_REGION_CITY, "长春市");
  PpUnit *city_b = pp_test_region (plan, province, PP_REGION_CITY, "吉林市");
  PpUnit *county = pp_test_region (plan, city_a, PP_REGION_COUNTY, "农安县");
  g_autoptr(PpCheck) check = NULL;

  /* A pilot two levels down counts for its city. */
  pp_test_unit (plan, county, PP_UNIT_ELDERLY_WELFARE, PP_UNIT_PILOT);
  /* Eleven pilots directly under the province. */
  for (guint i = 0; i < 11; i++)
    pp_test_unit (plan, province, PP_UNIT_CHILD_WELFARE, PP_UNIT_PILOT | PP_UNIT_PUBLIC_INSTITUTION);

  check = pp_test_check (plan, "jilin-2010", NULL);
  pp_assert_result (pp_test_result (check, "jilin-2010.pilot-per-city", city_a), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "jilin-2010.pilot-per-city", city_b), PP_STATUS_FAIL, 0, 1, 1, -1);
  g_assert_null (pp_test_result (check, "jilin-2010.pilot-per-city", province));
  /* 11 of 12, due 2010-12-31. */
  pp_assert_result (pp_test_result (check, "jilin-2010.civil-affairs-pilots", NULL), PP_STATUS_FAIL, 11, 12, 1, -1);
  g_clear_object (&check);

  check = pp_test_check (plan, "jilin-2010", "2010-12-30");
  pp_assert_result (pp_test_result (check, "jilin-2010.civil-affairs-pilots", NULL), PP_STATUS_WARN, 11, 12, 1, -1);
  g_clear_object (&check);

  pp_test_unit (plan, province, PP_UNIT_RESCUE_STATION, PP_UNIT_PILOT);
  check = pp_test_check (plan, "jilin-2010", NULL);
  pp_assert_result (pp_test_result (check, "jilin-2010.civil-affairs-pilots", NULL), PP_STATUS_PASS, 12, 12, -1, -1);
}

static void
test_pilots_without_province (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpCheck) check = NULL;

  pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PP_UNIT_PILOT);
  check = pp_test_check (plan, "jilin-2010", NULL);
  pp_assert_result (pp_test_result (check, "jilin-2010.civil-affairs-pilots", NULL), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_certified_total (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_ELDERLY_WELFARE, PUBLIC);
  const char *post = pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 11, 3000, 3000, SW);
  g_autofree char *post_id = g_strdup (post);
  g_autoptr(PpCheck) check = NULL;

  /* 1,999 certified (assistant or higher) and some that do not count. */
  for (guint i = 0; i < 1999; i++)
    pp_test_staff (plan, unit, post_id, i % 2 ? PP_CERT_ASSISTANT : PP_CERT_SENIOR);
  for (guint i = 0; i < 50; i++)
    pp_test_staff (plan, unit, post_id, i % 2 ? PP_CERT_WORKER : PP_CERT_NONE);

  check = pp_test_check (plan, "jilin-2010", NULL);
  pp_assert_result (pp_test_result (check, "jilin-2010.certified-total", NULL), PP_STATUS_FAIL, 1999, 2000, 1, -1);
  g_clear_object (&check);
  check = pp_test_check (plan, "jilin-2010", "2015-12-30");
  pp_assert_result (pp_test_result (check, "jilin-2010.certified-total", NULL), PP_STATUS_WARN, 1999, 2000, 1, -1);
  g_clear_object (&check);

  pp_test_staff (plan, unit, post_id, PP_CERT_INTERMEDIATE);
  check = pp_test_check (plan, "jilin-2010", NULL);
  pp_assert_result (pp_test_result (check, "jilin-2010.certified-total", NULL), PP_STATUS_PASS, 2000, 2000, -1, -1);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/rule/presence/present", test_present);
  g_test_add_func ("/core/rule/presence/category-when-public", test_category_when_public);
  g_test_add_func ("/core/rule/presence/community-staffing", test_community_staffing);
  g_test_add_func ("/core/rule/coverage/township", test_township_coverage);
  g_test_add_func ("/core/rule/coverage/no-townships", test_coverage_without_townships);
  g_test_add_func ("/core/rule/coverage/pilots", test_pilots);
  g_test_add_func ("/core/rule/coverage/pilots-without-province", test_pilots_without_province);
  g_test_add_func ("/core/rule/coverage/certified-total", test_certified_total);

  return g_test_run ();
}

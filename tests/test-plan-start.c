/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The starts of a new plan (the New Plan dialog's core). */

#include "config.h"

#include "pp-check.h"
#include "pp-plan-start.h"
#include "pp-test-util.h"

static void
test_split_names (void)
{
  g_auto(GStrv) mixed = pp_plan_start_split_names (" 红山区，松山区、元宝山区; 宁城县\n\n喀喇沁旗 ,, ");
  g_auto(GStrv) empty = pp_plan_start_split_names ("");
  g_auto(GStrv) blank = pp_plan_start_split_names (" ，、 \n");
  g_auto(GStrv) none = pp_plan_start_split_names (NULL);
  g_auto(GStrv) one = pp_plan_start_split_names ("巴林左旗");

  g_assert_cmpuint (g_strv_length (mixed), ==, 5);
  g_assert_cmpstr (mixed[0], ==, "红山区");
  g_assert_cmpstr (mixed[1], ==, "松山区");
  g_assert_cmpstr (mixed[2], ==, "元宝山区");
  g_assert_cmpstr (mixed[3], ==, "宁城县");
  g_assert_cmpstr (mixed[4], ==, "喀喇沁旗");
  g_assert_cmpuint (g_strv_length (empty), ==, 0);
  g_assert_cmpuint (g_strv_length (blank), ==, 0);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (one), ==, 1);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  GDate date;
  g_autoptr(PpPlan) plan = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 22, 11, 2026);
  plan = pp_plan_new_started ("  2027 年岗位设置  ", "chifeng-2022", &date, PP_PLAN_START_EMPTY, NULL, 0, NULL,
                              &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_plan_get_title (plan), ==, "2027 年岗位设置");
  g_assert_cmpstr (pp_plan_get_policy (plan), ==, "chifeng-2022");
  g_assert_cmpint (g_date_compare (pp_plan_get_date (plan), &date), ==, 0);
  g_assert_cmpuint (pp_plan_get_units (plan)->len, ==, 0);

  /* No date is allowed: the check then uses today. */
  g_clear_object (&plan);
  plan = pp_plan_new_started ("x", "jilin-2010", NULL, PP_PLAN_START_EMPTY, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_date_valid (pp_plan_get_date (plan)));
}

static void
test_institution (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_plan_new_started ("福利院", "chifeng-2022", NULL, PP_PLAN_START_INSTITUTION,
                                                " 赤峰市社会福利院 ", PP_UNIT_ELDERLY_WELFARE, NULL, &error);
  g_autoptr(PpCheck) check = NULL;
  PpUnit *unit;

  g_assert_no_error (error);
  g_assert_cmpuint (pp_plan_get_units (plan)->len, ==, 1);
  unit = pp_plan_get_root (plan, 0);
  g_assert_cmpstr (unit->name, ==, "赤峰市社会福利院");
  g_assert_cmpint (unit->type, ==, PP_UNIT_ELDERLY_WELFARE);
  g_assert_cmpuint (unit->n_posts, ==, 0);
  /* A plan as started checks. */
  check = pp_test_check (plan, NULL, NULL);
  g_assert_nonnull (check);
}

static void
test_city (void)
{
  g_autoptr(GError) error = NULL;
  const char * const counties[] = { "红山区", " ", "松山区", NULL };
  g_autoptr(PpPlan) plan = pp_plan_new_started ("赤峰", "chifeng-2022", NULL, PP_PLAN_START_CITY, "赤峰市", 0,
                                                counties, &error);
  g_autoptr(PpPlan) alone = NULL;
  PpUnit *city;

  g_assert_no_error (error);
  city = pp_plan_get_root (plan, 0);
  g_assert_cmpint (city->type, ==, PP_UNIT_REGION);
  g_assert_cmpint (city->level, ==, PP_REGION_CITY);
  g_assert_cmpstr (city->name, ==, "赤峰市");
  /* A blank county name is no county. */
  g_assert_cmpuint (city->n_children, ==, 2);
  g_assert_cmpstr (city->children[1]->name, ==, "松山区");
  g_assert_cmpint (city->children[1]->level, ==, PP_REGION_COUNTY);
  g_assert_cmpstr (pp_unit_get_city (city->children[0]), ==, "赤峰市");

  /* Two counties of one name are two units with ids of their own. */
  {
    const char * const twice[] = { "新区", "新区", NULL };
    g_autoptr(PpPlan) same = pp_plan_new_started ("x", "chifeng-2022", NULL, PP_PLAN_START_CITY, "市", 0, twice,
                                                  &error);
    g_assert_no_error (error);
    g_assert_cmpuint (pp_plan_get_root (same, 0)->n_children, ==, 2);
  }

  alone = pp_plan_new_started ("x", "chifeng-2022", NULL, PP_PLAN_START_CITY, "市", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pp_plan_get_root (alone, 0)->n_children, ==, 0);
}

static void
test_refused (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (pp_plan_new_started ("   ", "chifeng-2022", NULL, PP_PLAN_START_EMPTY, NULL, 0, NULL, &error));
  g_assert_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (pp_plan_new_started (NULL, "chifeng-2022", NULL, PP_PLAN_START_EMPTY, NULL, 0, NULL, &error));
  g_assert_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (pp_plan_new_started ("x", "chifeng-2022", NULL, PP_PLAN_START_INSTITUTION, " ",
                                      PP_UNIT_CHILD_WELFARE, NULL, &error));
  g_assert_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (pp_plan_new_started ("x", "chifeng-2022", NULL, PP_PLAN_START_CITY, NULL, 0, NULL, &error));
  g_assert_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (pp_plan_new_started ("x", "chifeng-2022", NULL, PP_PLAN_START_INSTITUTION, "Region",
                                      PP_UNIT_REGION, NULL, &error));
  g_assert_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/plan-start/split-names", test_split_names);
  g_test_add_func ("/core/plan-start/empty", test_empty);
  g_test_add_func ("/core/plan-start/institution", test_institution);
  g_test_add_func ("/core/plan-start/city", test_city);
  g_test_add_func ("/core/plan-start/refused", test_refused);
  return g_test_run ();
}

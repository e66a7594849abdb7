/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The quota kind: the union allowance and the recipient ratio. */

#include "config.h"

#include "pp-test-util.h"

#define QUOTA "chongqing.union-quota"

static PpUnit *
union_with (PpPlan *plan,
            guint   workers,
            guint   social_work_posts)
{
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_UNION, 0);

  unit->drivers[PP_DRIVER_WORKERS] = workers;
  if (social_work_posts > 0)
    pp_test_post (plan, unit, PP_CATEGORY_NONE, -1, social_work_posts, 0, PP_POST_SOCIAL_WORK);
  return unit;
}

static void
test_allowance_steps (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  /* workers → allowance: ≤ 2000 → 1; above, max (1, ⌊w / 3000⌋). */
  PpUnit *w2000 = union_with (plan, 2000, 1);
  PpUnit *w2001 = union_with (plan, 2001, 1);
  PpUnit *w5999 = union_with (plan, 5999, 1);
  PpUnit *w6000 = union_with (plan, 6000, 2);
  PpUnit *w7500_equal = union_with (plan, 7500, 2);
  PpUnit *w7500_under = union_with (plan, 7500, 1);
  PpUnit *w7500_over = union_with (plan, 7500, 3);
  PpUnit *w8999 = union_with (plan, 8999, 2);
  PpUnit *w9000 = union_with (plan, 9000, 3);
  PpUnit *missing = union_with (plan, 0, 1);
  g_autoptr(PpCheck) check = pp_test_check (plan, "chongqing", NULL);
  const PpResult *r;

  pp_assert_result (pp_test_result (check, QUOTA, w2000), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, QUOTA, w2001), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, QUOTA, w5999), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, QUOTA, w6000), PP_STATUS_PASS, 2, 2, -1, -1);
  pp_assert_result (pp_test_result (check, QUOTA, w7500_equal), PP_STATUS_PASS, 2, 2, -1, -1);
  pp_assert_result (pp_test_result (check, QUOTA, w8999), PP_STATUS_PASS, 2, 2, -1, -1);
  pp_assert_result (pp_test_result (check, QUOTA, w9000), PP_STATUS_PASS, 3, 3, -1, -1);

  /* Under the allowance: a warning with the allowance unused. */
  pp_assert_result (pp_test_result (check, QUOTA, w7500_under), PP_STATUS_WARN, 1, 2, 1, -1);
  /* Over it: a warning with the posts to remove. */
  r = pp_test_result (check, QUOTA, w7500_over);
  pp_assert_result (r, PP_STATUS_WARN, 3, 2, -1, -1);
  g_assert_cmpint (r->remove, ==, 1);

  pp_assert_result (pp_test_result (check, QUOTA, missing), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_allowance_ceil (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *w7500 = union_with (plan, 7500, 2);
  PpUnit *w2001 = union_with (plan, 2001, 1);
  g_autoptr(PpCheck) check = NULL;

  pp_plan_add_override (plan, QUOTA, "rounding", "ceil");
  check = pp_test_check (plan, "chongqing", NULL);
  /* ⌈7500 / 3000⌉ = 3. */
  pp_assert_result (pp_test_result (check, QUOTA, w7500), PP_STATUS_WARN, 2, 3, 1, -1);
  pp_assert_result (pp_test_result (check, QUOTA, w2001), PP_STATUS_PASS, 1, 1, -1, -1);
}

static void
test_ratio_unset (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *school = pp_test_unit (plan, NULL, PP_UNIT_SCHOOL, 0);
  PpUnit *rehab = pp_test_unit (plan, NULL, PP_UNIT_DRUG_REHAB, 0);
  PpUnit *no_students = pp_test_unit (plan, NULL, PP_UNIT_SCHOOL, 0);
  g_autoptr(PpCheck) check = NULL;
  g_autofree char *message = NULL;

  school->drivers[PP_DRIVER_STUDENTS] = 1200;
  rehab->drivers[PP_DRIVER_RECIPIENTS] = 120;
  pp_test_post (plan, rehab, PP_CATEGORY_NONE, -1, 2, 2, PP_POST_SOCIAL_WORK);

  /* The text gives no ratio: na until an office sets one. */
  check = pp_test_check (plan, "chongqing", NULL);
  pp_assert_result (pp_test_result (check, "chongqing.recipient-ratio", school), PP_STATUS_NA, -1, -1, -2, -2);
  message = pp_result_format_message (pp_test_result (check, "chongqing.recipient-ratio", school));
  g_assert_nonnull (strstr (message, "does not set the ratio"));
  g_clear_object (&check);

  pp_plan_add_override (plan, "chongqing.recipient-ratio", "per", "50");
  check = pp_test_check (plan, "chongqing", NULL);
  /* ⌈1200 / 50⌉ = 24 for the school; ⌈120 / 50⌉ = 3 for the rehab centre. */
  pp_assert_result (pp_test_result (check, "chongqing.recipient-ratio", school), PP_STATUS_FAIL, 0, 24, 24, -1);
  pp_assert_result (pp_test_result (check, "chongqing.recipient-ratio", rehab), PP_STATUS_FAIL, 2, 3, 1, -1);
  pp_assert_result (pp_test_result (check, "chongqing.recipient-ratio", no_students), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_table_unset (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *community = pp_test_unit (plan, NULL, PP_UNIT_URBAN_COMMUNITY, 0);
  g_autoptr(PpCheck) check = NULL;

  community->drivers[PP_DRIVER_POPULATION] = 12000;
  check = pp_test_check (plan, "shenzhen-2020", "2024-01-01");
  pp_assert_result (pp_test_result (check, "shenzhen-2020.community-staffing", community),
                    PP_STATUS_NA, -1, -1, -2, -2);
  g_clear_object (&check);

  /* An office fills in 附件1's table. */
  pp_plan_add_override (plan, "shenzhen-2020.community-staffing", "steps", "10000:2,20000:3");
  check = pp_test_check (plan, "shenzhen-2020", "2024-01-01");
  pp_assert_result (pp_test_result (check, "shenzhen-2020.community-staffing", community),
                    PP_STATUS_FAIL, 0, 3, 3, -1);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/rule/quota/allowance-steps", test_allowance_steps);
  g_test_add_func ("/core/rule/quota/allowance-ceil", test_allowance_ceil);
  g_test_add_func ("/core/rule/quota/ratio-unset", test_ratio_unset);
  g_test_add_func ("/core/rule/quota/table-unset", test_table_unset);

  return g_test_run ();
}

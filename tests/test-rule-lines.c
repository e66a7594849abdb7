/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The lines kind: checks of each post line on its own. */

#include "config.h"

#include "pp-test-util.h"

#define SW PP_POST_SOCIAL_WORK

static void
test_levels_valid (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *good = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *bad = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *empty = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  g_autoptr(PpCheck) check = NULL;

  /* Each category at both ends of its range; a line without a category
   * needs no level. */
  pp_test_post (plan, good, PP_CATEGORY_MANAGEMENT, 1, 1, 0, 0);
  pp_test_post (plan, good, PP_CATEGORY_MANAGEMENT, 10, 1, 0, 0);
  pp_test_post (plan, good, PP_CATEGORY_PROFESSIONAL, 13, 1, 0, 0);
  pp_test_post (plan, good, PP_CATEGORY_SKILLED, 0, 1, 0, 0);
  pp_test_post (plan, good, PP_CATEGORY_SKILLED, 5, 1, 0, 0);
  pp_test_post (plan, good, PP_CATEGORY_NONE, -1, 1, 0, SW);

  pp_test_post (plan, bad, PP_CATEGORY_MANAGEMENT, 11, 1, 0, 0);
  pp_test_post (plan, bad, PP_CATEGORY_SKILLED, 6, 1, 0, 0);
  pp_test_post (plan, bad, PP_CATEGORY_PROFESSIONAL, 0, 1, 0, 0);
  pp_test_post (plan, bad, PP_CATEGORY_PROFESSIONAL, -1, 1, 0, 0);
  /* Special lines are checked too. */
  pp_test_post (plan, bad, PP_CATEGORY_MANAGEMENT, 12, 1, 0, PP_POST_SPECIAL);

  check = pp_test_check (plan, "national", NULL);
  pp_assert_result (pp_test_result (check, "national.levels-valid", good), PP_STATUS_PASS, 0, 6, -1, -1);
  pp_assert_result (pp_test_result (check, "national.levels-valid", bad), PP_STATUS_FAIL, 5, 5, -1, -1);
  g_assert_null (pp_test_result (check, "national.levels-valid", empty));
}

static void
test_filled_within_count (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *full = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, unit, PP_CATEGORY_SKILLED, 1, 2, 3, 0);
  pp_test_post (plan, unit, PP_CATEGORY_SKILLED, 1, 0, 2, 0);
  pp_test_post (plan, full, PP_CATEGORY_SKILLED, 1, 2, 2, 0);

  check = pp_test_check (plan, "national", NULL);
  /* Two lines over; three more posts would cover them. */
  pp_assert_result (pp_test_result (check, "national.filled-within-count", unit), PP_STATUS_FAIL, 2, 2, 3, -1);
  pp_assert_result (pp_test_result (check, "national.filled-within-count", full), PP_STATUS_PASS, 0, 1, -1, -1);
}

static void
test_staff_records (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *fits = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *no_staff = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  g_autoptr(PpCheck) check = NULL;
  g_autofree char *p = g_strdup (pp_test_post (plan, unit, PP_CATEGORY_SKILLED, 1, 2, 1, 0));
  g_autofree char *q = g_strdup (pp_test_post (plan, fits, PP_CATEGORY_SKILLED, 1, 2, 2, 0));

  pp_test_staff (plan, unit, p, PP_CERT_NONE);
  pp_test_staff (plan, unit, p, PP_CERT_NONE);
  pp_test_staff (plan, fits, q, PP_CERT_NONE);
  pp_test_staff (plan, fits, q, PP_CERT_NONE);
  pp_test_post (plan, no_staff, PP_CATEGORY_SKILLED, 1, 2, 2, 0);

  check = pp_test_check (plan, "national", NULL);
  /* Advisory: two records on a line with one filled post is a warning. */
  pp_assert_result (pp_test_result (check, "national.staff-records", unit), PP_STATUS_WARN, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "national.staff-records", fits), PP_STATUS_PASS, 0, 1, -1, -1);
  g_assert_null (pp_test_result (check, "national.staff-records", no_staff));
}

static void
test_social_work_levels (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *named = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *senior = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *lowest = pp_test_unit (plan, NULL, PP_UNIT_OTHER, 0);
  PpUnit *ungraded = pp_test_unit (plan, NULL, PP_UNIT_URBAN_COMMUNITY, 0);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, named, PP_CATEGORY_PROFESSIONAL, 8, 1, 0, SW);
  pp_test_post (plan, named, PP_CATEGORY_PROFESSIONAL, 12, 1, 0, SW);
  pp_test_post (plan, senior, PP_CATEGORY_PROFESSIONAL, 7, 1, 0, SW);
  pp_test_post (plan, lowest, PP_CATEGORY_PROFESSIONAL, 13, 1, 0, SW);
  pp_test_post (plan, lowest, PP_CATEGORY_PROFESSIONAL, 5, 1, 0, SW);
  pp_test_post (plan, ungraded, PP_CATEGORY_NONE, -1, 2, 2, SW);

  check = pp_test_check (plan, "chifeng-2022", NULL);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-level-names", named), PP_STATUS_PASS, 0, 2, -1, -1);
  /* No senior social-work level is defined yet: a warning, not a failure. */
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-level-names", senior), PP_STATUS_WARN, 1, 1, -1, -1);
  /* Level 13 is not a social-work level: the mandatory rule fails. */
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-level-names", lowest), PP_STATUS_FAIL, 2, 2, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-level-names", ungraded), PP_STATUS_NA, -1, -1, -2, -2);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/rule/lines/levels-valid", test_levels_valid);
  g_test_add_func ("/core/rule/lines/filled-within-count", test_filled_within_count);
  g_test_add_func ("/core/rule/lines/staff-records", test_staff_records);
  g_test_add_func ("/core/rule/lines/social-work-levels", test_social_work_levels);

  return g_test_run ();
}

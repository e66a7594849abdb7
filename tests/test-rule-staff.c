/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The qualification, training and special-posts kinds: rules about the
 * staff on social-work posts. */

#include "config.h"

#include "pp-test-util.h"

#define PUBLIC PP_UNIT_PUBLIC_INSTITUTION
#define SW PP_POST_SOCIAL_WORK

static void
test_chifeng_qualification (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *ok = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PUBLIC);
  PpUnit *short_one = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PUBLIC);
  PpUnit *no_staff = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PUBLIC);
  PpUnit *no_sw = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PUBLIC);
  g_autoptr(PpCheck) check = NULL;
  g_autofree char *p9 = NULL, *p11 = NULL, *q9 = NULL, *q12 = NULL, *other = NULL;
  g_autofree char *details = NULL;

  p9 = g_strdup (pp_test_post (plan, ok, PP_CATEGORY_PROFESSIONAL, 9, 2, 2, SW));
  p11 = g_strdup (pp_test_post (plan, ok, PP_CATEGORY_PROFESSIONAL, 11, 2, 2, SW));
  pp_test_staff (plan, ok, p9, PP_CERT_INTERMEDIATE);
  pp_test_staff (plan, ok, p9, PP_CERT_SENIOR);
  pp_test_staff (plan, ok, p11, PP_CERT_ASSISTANT);

  q9 = g_strdup (pp_test_post (plan, short_one, PP_CATEGORY_PROFESSIONAL, 9, 1, 1, SW));
  q12 = g_strdup (pp_test_post (plan, short_one, PP_CATEGORY_PROFESSIONAL, 12, 1, 1, SW));
  pp_test_staff (plan, short_one, q9, PP_CERT_ASSISTANT);
  pp_test_staff (plan, short_one, q12, PP_CERT_WORKER);

  pp_test_post (plan, no_staff, PP_CATEGORY_PROFESSIONAL, 9, 1, 0, SW);
  other = g_strdup (pp_test_post (plan, no_sw, PP_CATEGORY_PROFESSIONAL, 9, 1, 1, 0));
  pp_test_staff (plan, no_sw, other, PP_CERT_NONE);

  check = pp_test_check (plan, "chifeng-2022", NULL);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-qualification", ok), PP_STATUS_PASS, 3, 3, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-qualification", short_one), PP_STATUS_FAIL, 0, 2, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-qualification", no_staff), PP_STATUS_NA, -1, -1, -2, -2);
  g_assert_null (pp_test_result (check, "chifeng-2022.sw-qualification", no_sw));

  details = pp_result_format_details (pp_test_result (check, "chifeng-2022.sw-qualification", short_one));
  g_assert_nonnull (strstr (details, q9));
  g_assert_nonnull (strstr (details, q12));
}

static void
test_chongqing_bands (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_ELDERLY_WELFARE, PUBLIC);
  PpUnit *senior = pp_test_unit (plan, NULL, PP_UNIT_ELDERLY_WELFARE, PUBLIC);
  g_autoptr(PpCheck) check = NULL;
  g_autofree char *p13 = NULL, *p5 = NULL;

  /* Junior levels accept a 社会工作员 (worker) certificate. */
  p13 = g_strdup (pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 13, 1, 1, SW));
  pp_test_staff (plan, unit, p13, PP_CERT_WORKER);
  /* Senior levels need a senior certificate. */
  p5 = g_strdup (pp_test_post (plan, senior, PP_CATEGORY_PROFESSIONAL, 5, 2, 2, SW));
  pp_test_staff (plan, senior, p5, PP_CERT_INTERMEDIATE);
  pp_test_staff (plan, senior, p5, PP_CERT_SENIOR);

  check = pp_test_check (plan, "chongqing", NULL);
  pp_assert_result (pp_test_result (check, "chongqing.qualification", unit), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "chongqing.qualification", senior), PP_STATUS_FAIL, 1, 2, -1, -1);
}

static void
test_directed_certificate (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *nanning = pp_test_region (plan, NULL, PP_REGION_CITY, "南宁市");
  PpUnit *liuzhou = pp_test_region (plan, NULL, PP_REGION_CITY, "柳州市");
  PpUnit *here = pp_test_unit (plan, nanning, PP_UNIT_CHILD_WELFARE, PUBLIC);
  PpUnit *there = pp_test_unit (plan, liuzhou, PP_UNIT_CHILD_WELFARE, PUBLIC);
  PpUnit *nowhere = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PUBLIC);
  PpUnit *plain = pp_test_unit (plan, liuzhou, PP_UNIT_CHILD_WELFARE, PUBLIC);
  g_autoptr(PpCheck) check = NULL;
  PpUnit *units[] = { here, there, nowhere };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *post = g_strdup (pp_test_post (plan, units[i], PP_CATEGORY_PROFESSIONAL, 9, 1, 1, SW));
      PpStaff *staff = pp_test_staff (plan, units[i], post, PP_CERT_INTERMEDIATE);
      pp_staff_set_directed_city (plan, staff, "南宁市");
    }
  {
    g_autofree char *post = g_strdup (pp_test_post (plan, plain, PP_CATEGORY_PROFESSIONAL, 9, 1, 1, SW));
    pp_test_staff (plan, plain, post, PP_CERT_INTERMEDIATE);
  }

  check = pp_test_check (plan, "guangxi-2019", NULL);
  pp_assert_result (pp_test_result (check, "guangxi-2019.directed-certificate", here), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "guangxi-2019.directed-certificate", there), PP_STATUS_FAIL, 0, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "guangxi-2019.directed-certificate", nowhere), PP_STATUS_FAIL, 0, 1, -1, -1);
  g_assert_null (pp_test_result (check, "guangxi-2019.directed-certificate", plain));

  /* Outside its city the certificate does not count for qualification. */
  pp_assert_result (pp_test_result (check, "guangxi-2019.qualification", here), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "guangxi-2019.qualification", there), PP_STATUS_FAIL, 0, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "guangxi-2019.qualification", plain), PP_STATUS_PASS, 1, 1, -1, -1);
}

static PpStaff *
trained (PpPlan     *plan,
         PpUnit     *unit,
         const char *post,
         int         year,
         int         hours)
{
  PpStaff *staff = pp_test_staff (plan, unit, post, PP_CERT_INTERMEDIATE);

  g_assert_true (pp_staff_add_training (staff, year, hours, NULL));
  return staff;
}

static void
test_training_window (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *enough = pp_test_unit (plan, NULL, PP_UNIT_PRIVATE_SW_ORG, 0);
  PpUnit *short_unit = pp_test_unit (plan, NULL, PP_UNIT_PRIVATE_SW_ORG, 0);
  PpUnit *old = pp_test_unit (plan, NULL, PP_UNIT_PRIVATE_SW_ORG, 0);
  PpUnit *none = pp_test_unit (plan, NULL, PP_UNIT_PRIVATE_SW_ORG, 0);
  g_autoptr(PpCheck) check = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
  PpStaff *staff;

  a = g_strdup (pp_test_post (plan, enough, PP_CATEGORY_PROFESSIONAL, 11, 1, 1, SW));
  /* 2022–2026 is the window for a plan dated 2026: 60 + 60 = 120. */
  staff = trained (plan, enough, a, 2022, 60);
  g_assert_true (pp_staff_add_training (staff, 2026, 60, NULL));

  b = g_strdup (pp_test_post (plan, short_unit, PP_CATEGORY_PROFESSIONAL, 11, 1, 1, SW));
  staff = trained (plan, short_unit, b, 2023, 60);
  g_assert_true (pp_staff_add_training (staff, 2025, 59, NULL));

  /* Hours in 2021 fall outside the window. */
  c = g_strdup (pp_test_post (plan, old, PP_CATEGORY_PROFESSIONAL, 11, 1, 1, SW));
  staff = trained (plan, old, c, 2021, 100);
  g_assert_true (pp_staff_add_training (staff, 2024, 100, NULL));

  d = g_strdup (pp_test_post (plan, none, PP_CATEGORY_PROFESSIONAL, 11, 1, 1, SW));
  pp_test_staff (plan, none, d, PP_CERT_ASSISTANT);

  check = pp_test_check (plan, "chifeng-2022", NULL);
  pp_assert_result (pp_test_result (check, "chifeng-2022.training-hours", enough), PP_STATUS_PASS, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.training-hours", short_unit), PP_STATUS_FAIL, 0, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.training-hours", old), PP_STATUS_FAIL, 0, 1, -1, -1);
  /* A staff record without training has none: it falls short. */
  pp_assert_result (pp_test_result (check, "chifeng-2022.training-hours", none), PP_STATUS_FAIL, 0, 1, -1, -1);
  g_clear_object (&check);

  /* Checked for 2027 the window is 2023–2027: 60 hours left. */
  check = pp_test_check (plan, "chifeng-2022", "2027-01-01");
  pp_assert_result (pp_test_result (check, "chifeng-2022.training-hours", enough), PP_STATUS_FAIL, 0, 1, -1, -1);
}

static void
test_cpd_hours (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_PURCHASED_PROJECT, 0);
  g_autoptr(PpCheck) check = NULL;
  g_autofree char *post = g_strdup (pp_test_post (plan, unit, PP_CATEGORY_NONE, -1, 3, 3, SW));

  trained (plan, unit, post, 2024, 80);
  trained (plan, unit, post, 2024, 79);

  /* In 2024, within the pack's window: 80 passes, 79 fails. */
  check = pp_test_check (plan, "shenzhen-2020", "2024-06-30");
  pp_assert_result (pp_test_result (check, "shenzhen-2020.cpd-hours", unit), PP_STATUS_FAIL, 1, 2, -1, -1);
}

static void
test_special_posts (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *township = pp_test_unit (plan, NULL, PP_UNIT_OTHER, PUBLIC);
  PpUnit *seat = pp_test_unit (plan, NULL, PP_UNIT_OTHER, PUBLIC | PP_UNIT_COUNTY_SEAT);
  PpUnit *junior_holder = pp_test_unit (plan, NULL, PP_UNIT_OTHER, PUBLIC);
  PpUnit *seat_plain = pp_test_unit (plan, NULL, PP_UNIT_OTHER, PUBLIC | PP_UNIT_COUNTY_SEAT);
  PpUnit *elsewhere = pp_test_unit (plan, NULL, PP_UNIT_OTHER, PUBLIC);
  g_autoptr(PpCheck) check = NULL;
  g_autofree char *post = NULL;

  pp_test_post (plan, township, PP_CATEGORY_PROFESSIONAL, 7, 2, 1, SW | PP_POST_SPECIAL);
  pp_test_post (plan, seat, PP_CATEGORY_PROFESSIONAL, 7, 1, 1, SW | PP_POST_SPECIAL);
  post = g_strdup (pp_test_post (plan, junior_holder, PP_CATEGORY_PROFESSIONAL, 7, 1, 1, SW | PP_POST_SPECIAL));
  pp_test_staff (plan, junior_holder, post, PP_CERT_ASSISTANT);
  pp_test_post (plan, seat_plain, PP_CATEGORY_PROFESSIONAL, 9, 1, 1, 0);
  /* An intermediate certificate directed to another city does not count. */
  {
    g_autofree char *p = g_strdup (pp_test_post (plan, elsewhere, PP_CATEGORY_PROFESSIONAL, 7, 1, 1,
                                                 SW | PP_POST_SPECIAL));
    pp_staff_set_directed_city (plan, pp_test_staff (plan, elsewhere, p, PP_CERT_INTERMEDIATE), "南宁市");
  }

  check = pp_test_check (plan, "guangxi-2019", NULL);
  /* Informational: two posts exempted. */
  pp_assert_result (pp_test_result (check, "guangxi-2019.township-special-posts", township),
                    PP_STATUS_PASS, 2, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "guangxi-2019.township-special-posts", seat),
                    PP_STATUS_WARN, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "guangxi-2019.township-special-posts", junior_holder),
                    PP_STATUS_WARN, 1, 1, -1, -1);
  pp_assert_result (pp_test_result (check, "guangxi-2019.township-special-posts", elsewhere),
                    PP_STATUS_WARN, 1, 1, -1, -1);
  /* At the county seat and without special posts: out of scope. */
  g_assert_null (pp_test_result (check, "guangxi-2019.township-special-posts", seat_plain));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/rule/qualification/chifeng", test_chifeng_qualification);
  g_test_add_func ("/core/rule/qualification/chongqing-bands", test_chongqing_bands);
  g_test_add_func ("/core/rule/qualification/directed", test_directed_certificate);
  g_test_add_func ("/core/rule/training/window", test_training_window);
  g_test_add_func ("/core/rule/training/cpd-hours", test_cpd_hours);
  g_test_add_func ("/core/rule/special-posts/exemption", test_special_posts);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The budget kind, on Shenzhen's purchased projects (checked within the
 * pack's in-force window). */

#include "config.h"

#include "pp-test-util.h"

#define DATE "2024-06-30"
#define SW PP_POST_SOCIAL_WORK

static PpUnit *
project (PpPlan  *plan,
         gint64   funds,
         gint64   labour,
         gint64   overhead,
         gint64   supervision,
         PpField  field,
         guint    headcount)
{
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_PURCHASED_PROJECT, 0);
  PpProject *p = pp_unit_ensure_project (unit);

  p->funds = funds;
  p->labour = labour;
  p->overhead = overhead;
  p->supervision = supervision;
  p->field = field;
  p->cycle_years = 3;
  if (headcount > 0)
    pp_test_post (plan, unit, PP_CATEGORY_NONE, -1, headcount, headcount, SW);
  return unit;
}

static void
test_labour_share (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *exactly = project (plan, 200000, 170000, 20000, 10000, PP_FIELD_COMMUNITY, 1);
  PpUnit *below = project (plan, 200000, 169999, 20001, 10000, PP_FIELD_COMMUNITY, 1);
  PpUnit *no_funds = project (plan, 0, 0, 0, 0, PP_FIELD_COMMUNITY, 1);
  PpUnit *no_budget = pp_test_unit (plan, NULL, PP_UNIT_PURCHASED_PROJECT, 0);
  g_autoptr(PpCheck) check = pp_test_check (plan, "shenzhen-2020", DATE);
  g_autofree char *message = NULL;

  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-labour-share", exactly),
                    PP_STATUS_PASS, 170000, 200000, -1, -1);
  /* Money is said in words; the post remedies stay empty. */
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-labour-share", below),
                    PP_STATUS_FAIL, 169999, 200000, -1, -1);
  message = pp_result_format_message (pp_test_result (check, "shenzhen-2020.project-labour-share", below));
  g_assert_nonnull (strstr (message, "move 1 yuan"));
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-labour-share", no_funds),
                    PP_STATUS_NA, -1, -1, -2, -2);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-labour-share", no_budget),
                    PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_overhead_share (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  /* Supervision counts inside the 15%. */
  PpUnit *exactly = project (plan, 200000, 170000, 20000, 10000, PP_FIELD_COMMUNITY, 1);
  PpUnit *over = project (plan, 200000, 169999, 20000, 10001, PP_FIELD_COMMUNITY, 1);
  g_autoptr(PpCheck) check = pp_test_check (plan, "shenzhen-2020", DATE);

  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-overhead-share", exactly),
                    PP_STATUS_PASS, 30000, 200000, -1, -1);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-overhead-share", over),
                    PP_STATUS_FAIL, 30001, 200000, -1, -1);
}

static void
test_package (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *exactly = project (plan, 326000, 0, 0, 0, PP_FIELD_COMMUNITY, 2);
  PpUnit *below = project (plan, 325999, 0, 0, 0, PP_FIELD_COMMUNITY, 2);
  PpUnit *risky = project (plan, 338000, 0, 0, 0, PP_FIELD_MENTAL_HEALTH, 2);
  PpUnit *risky_below = project (plan, 337999, 0, 0, 0, PP_FIELD_MENTAL_HEALTH, 2);
  PpUnit *no_posts = project (plan, 100000, 0, 0, 0, PP_FIELD_COMMUNITY, 0);
  g_autoptr(PpCheck) check = pp_test_check (plan, "shenzhen-2020", DATE);
  const PpResult *r;

  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-package", exactly),
                    PP_STATUS_PASS, 326000, 326000, -1, -1);
  /* 163,000 per person-year: one post fewer would fit the funds. */
  r = pp_test_result (check, "shenzhen-2020.project-package", below);
  pp_assert_result (r, PP_STATUS_FAIL, 325999, 326000, -1, -1);
  g_assert_cmpint (r->remove, ==, 1);
  /* High-risk fields: 169,000. */
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-package", risky),
                    PP_STATUS_PASS, 338000, 338000, -1, -1);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-package", risky_below),
                    PP_STATUS_FAIL, 337999, 338000, -1, -1);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-package", no_posts),
                    PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_supervision (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *enough = project (plan, 1000000, 850000, 137400, 12600, PP_FIELD_COMMUNITY, 3);
  PpUnit *short_unit = project (plan, 1000000, 850000, 137401, 12599, PP_FIELD_COMMUNITY, 3);
  PpUnit *no_staff = project (plan, 1000000, 850000, 137400, 12600, PP_FIELD_COMMUNITY, 3);
  g_autoptr(PpCheck) check = NULL;

  /* 350 yuan × 3 supervised staff × 12 months = 12,600. */
  for (guint i = 0; i < 3; i++)
    {
      pp_test_staff (plan, enough, enough->posts[0].id, PP_CERT_ASSISTANT);
      pp_test_staff (plan, short_unit, short_unit->posts[0].id, PP_CERT_ASSISTANT);
    }

  check = pp_test_check (plan, "shenzhen-2020", DATE);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.supervision-budget", enough),
                    PP_STATUS_PASS, 12600, 12600, -1, -1);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.supervision-budget", short_unit),
                    PP_STATUS_FAIL, 12599, 12600, -1, -1);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.supervision-budget", no_staff),
                    PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_huge_overrides (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = project (plan, 1000000, 850000, 100000, 50000, PP_FIELD_COMMUNITY, 3);
  g_autoptr(PpCheck) check = NULL;

  for (guint i = 0; i < 3; i++)
    pp_test_staff (plan, unit, unit->posts[0].id, PP_CERT_ASSISTANT);
  /* The product overflows 64 bits: it must read as "far too little", not wrap. */
  pp_plan_add_override (plan, "shenzhen-2020.supervision-budget", "per-month", "2147483647");
  pp_plan_add_override (plan, "shenzhen-2020.supervision-budget", "months", "2147483647");
  check = pp_test_check (plan, "shenzhen-2020", DATE);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.supervision-budget", unit),
                    PP_STATUS_FAIL, 50000, G_MAXINT64, -1, -1);
}

static void
test_cycle (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *three = project (plan, 1, 1, 0, 0, PP_FIELD_COMMUNITY, 1);
  PpUnit *two = project (plan, 1, 1, 0, 0, PP_FIELD_COMMUNITY, 1);
  PpUnit *unknown = project (plan, 1, 1, 0, 0, PP_FIELD_COMMUNITY, 1);
  g_autoptr(PpCheck) check = NULL;

  two->project->cycle_years = 2;
  unknown->project->cycle_years = 0;
  check = pp_test_check (plan, "shenzhen-2020", DATE);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.purchase-cycle", three), PP_STATUS_PASS, 3, 3, -1, -1);
  /* Advisory. */
  pp_assert_result (pp_test_result (check, "shenzhen-2020.purchase-cycle", two), PP_STATUS_WARN, 2, 3, -1, -1);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.purchase-cycle", unknown), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_certified_target (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = project (plan, 326000, 277100, 40000, 8900, PP_FIELD_COMMUNITY, 2);
  g_autoptr(PpCheck) check = NULL;

  pp_test_staff (plan, unit, unit->posts[0].id, PP_CERT_WORKER);
  pp_test_staff (plan, unit, unit->posts[0].id, PP_CERT_NONE);

  check = pp_test_check (plan, "shenzhen-2020", "2023-12-30");
  pp_assert_result (pp_test_result (check, "shenzhen-2020.certified", unit), PP_STATUS_WARN, 1, 2, -1, -1);
  g_clear_object (&check);
  check = pp_test_check (plan, "shenzhen-2020", "2023-12-31");
  pp_assert_result (pp_test_result (check, "shenzhen-2020.certified", unit), PP_STATUS_FAIL, 1, 2, -1, -1);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/rule/budget/labour-share", test_labour_share);
  g_test_add_func ("/core/rule/budget/overhead-share", test_overhead_share);
  g_test_add_func ("/core/rule/budget/package", test_package);
  g_test_add_func ("/core/rule/budget/supervision", test_supervision);
  g_test_add_func ("/core/rule/budget/cycle", test_cycle);
  g_test_add_func ("/core/rule/budget/huge-overrides", test_huge_overrides);
  g_test_add_func ("/core/rule/budget/certified-target", test_certified_target);

  return g_test_run ();
}

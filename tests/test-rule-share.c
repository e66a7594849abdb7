/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The share kind, through the shipped packs: every expected figure is
 * worked out by hand from rules.md. */

#include "config.h"

#include "pp-test-util.h"

#define PUBLIC PP_UNIT_PUBLIC_INSTITUTION
#define WELFARE_SHARE "chifeng-2022.welfare-professional-share"

/* A welfare home with `professional` professional posts and `other`
 * skilled posts. */
static PpUnit *
welfare_home (PpPlan *plan,
              guint   professional,
              guint   other)
{
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PUBLIC);

  if (professional > 0)
    pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 11, professional, 0, 0);
  if (other > 0)
    pp_test_post (plan, unit, PP_CATEGORY_SKILLED, 3, other, 0, 0);
  return unit;
}

static void
test_at_threshold (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *exactly = welfare_home (plan, 7, 3);
  PpUnit *below = welfare_home (plan, 6, 4);
  PpUnit *above = welfare_home (plan, 8, 2);
  PpUnit *close = welfare_home (plan, 69, 30);
  g_autoptr(PpCheck) check = pp_test_check (plan, "chifeng-2022", NULL);

  pp_assert_result (pp_test_result (check, WELFARE_SHARE, exactly), PP_STATUS_PASS, 7, 10, -1, -1);
  pp_assert_result (pp_test_result (check, WELFARE_SHARE, above), PP_STATUS_PASS, 8, 10, -1, -1);
  /* 6 of 10: convert 1, or add 4 (10 of 14). */
  pp_assert_result (pp_test_result (check, WELFARE_SHARE, below), PP_STATUS_FAIL, 6, 10, 4, 1);
  /* 69 of 99: convert 1, or add 1 (70 of 100). */
  pp_assert_result (pp_test_result (check, WELFARE_SHARE, close), PP_STATUS_FAIL, 69, 99, 1, 1);
}

static void
test_zero_denominator (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *empty = welfare_home (plan, 0, 0);
  PpUnit *only_special = pp_test_unit (plan, NULL, PP_UNIT_ELDERLY_WELFARE, PUBLIC);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, only_special, PP_CATEGORY_PROFESSIONAL, 7, 2, 2, PP_POST_SPECIAL);
  check = pp_test_check (plan, "chifeng-2022", NULL);

  pp_assert_result (pp_test_result (check, WELFARE_SHARE, empty), PP_STATUS_NA, -1, -1, -2, -2);
  pp_assert_result (pp_test_result (check, WELFARE_SHARE, only_special), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_special_excluded (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = welfare_home (plan, 7, 3);
  g_autoptr(PpCheck) check = NULL;

  /* Five special skilled posts would make it 7 of 15 if they counted. */
  pp_test_post (plan, unit, PP_CATEGORY_SKILLED, 2, 5, 5, PP_POST_SPECIAL);
  check = pp_test_check (plan, "chifeng-2022", NULL);
  pp_assert_result (pp_test_result (check, WELFARE_SHARE, unit), PP_STATUS_PASS, 7, 10, -1, -1);
}

static void
test_out_of_scope (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *private_home = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, 0);
  PpUnit *hospital = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, private_home, PP_CATEGORY_SKILLED, 1, 10, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_SKILLED, 1, 10, 0, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);

  g_assert_null (pp_test_result (check, WELFARE_SHARE, private_home));
  g_assert_null (pp_test_result (check, WELFARE_SHARE, hospital));
  /* The national advisory rule applies to the public hospital only. */
  g_assert_null (pp_test_result (check, "national.professional-share", private_home));
  pp_assert_result (pp_test_result (check, "national.professional-share", hospital),
                    PP_STATUS_WARN, 0, 10, -2, -2);
}

static void
test_strict_principal (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *half = pp_test_unit (plan, NULL, PP_UNIT_WORKER_ASSISTANCE, 0);
  PpUnit *more = pp_test_unit (plan, NULL, PP_UNIT_WORKER_ASSISTANCE, 0);
  PpUnit *less = pp_test_unit (plan, NULL, PP_UNIT_WORKER_ASSISTANCE, 0);
  PpUnit *none = pp_test_unit (plan, NULL, PP_UNIT_WORKER_ASSISTANCE, 0);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, half, PP_CATEGORY_PROFESSIONAL, 9, 5, 0, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, half, PP_CATEGORY_PROFESSIONAL, 9, 5, 0, 0);
  pp_test_post (plan, more, PP_CATEGORY_PROFESSIONAL, 9, 6, 0, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, more, PP_CATEGORY_PROFESSIONAL, 9, 4, 0, 0);
  pp_test_post (plan, less, PP_CATEGORY_PROFESSIONAL, 9, 4, 0, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, less, PP_CATEGORY_PROFESSIONAL, 9, 6, 0, 0);
  pp_test_post (plan, none, PP_CATEGORY_MANAGEMENT, 5, 3, 0, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);

  /* Advisory: a shortfall is a warning. Exactly half is not "more than". */
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-principal", half), PP_STATUS_WARN, 5, 10, 1, 1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-principal", more), PP_STATUS_PASS, 6, 10, -1, -1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-principal", less), PP_STATUS_WARN, 4, 10, 3, 2);
  pp_assert_result (pp_test_result (check, "chifeng-2022.sw-principal", none), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_graduates (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *exactly = pp_test_unit (plan, NULL, PP_UNIT_URBAN_COMMUNITY, 0);
  PpUnit *below = pp_test_unit (plan, NULL, PP_UNIT_RURAL_COMMUNITY, 0);
  PpUnit *no_new = pp_test_unit (plan, NULL, PP_UNIT_TOWNSHIP, 0);
  g_autoptr(PpCheck) check = NULL;
  const char *id;

  id = pp_test_post (plan, exactly, PP_CATEGORY_NONE, -1, 4, 0, PP_POST_NEW);
  pp_test_find_post (exactly, id)->graduate_reserved = 2;
  id = pp_test_post (plan, below, PP_CATEGORY_NONE, -1, 4, 0, PP_POST_NEW);
  pp_test_find_post (below, id)->graduate_reserved = 1;
  pp_test_post (plan, below, PP_CATEGORY_NONE, -1, 9, 9, 0);
  pp_test_post (plan, no_new, PP_CATEGORY_NONE, -1, 3, 3, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);

  pp_assert_result (pp_test_result (check, "chifeng-2022.community-graduates", exactly),
                    PP_STATUS_PASS, 2, 4, -1, -1);
  /* 1 of 4: reserve 1 more of them, or add 2 reserved new posts (3 of 6);
   * the old posts do not count. */
  pp_assert_result (pp_test_result (check, "chifeng-2022.community-graduates", below),
                    PP_STATUS_FAIL, 1, 4, 2, 1);
  pp_assert_result (pp_test_result (check, "chifeng-2022.community-graduates", no_new),
                    PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_band_caps (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *fits = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  PpUnit *top_heavy = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  PpUnit *middle = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  g_autoptr(PpCheck) check = NULL;

  /* 1 : 3 : 6 exactly: senior 10%, senior + intermediate 40%. */
  pp_test_post (plan, fits, PP_CATEGORY_PROFESSIONAL, 5, 1, 0, 0);
  pp_test_post (plan, fits, PP_CATEGORY_PROFESSIONAL, 8, 3, 0, 0);
  pp_test_post (plan, fits, PP_CATEGORY_PROFESSIONAL, 11, 6, 0, 0);

  /* 2 : 3 : 5: senior 2 of 10 (convert 1 or add 10); senior + intermediate
   * 5 of 10 (convert 1 or add 3). One conversion from senior to junior
   * fixes both; ten new junior posts are needed for the tighter cap. */
  pp_test_post (plan, top_heavy, PP_CATEGORY_PROFESSIONAL, 5, 2, 0, 0);
  pp_test_post (plan, top_heavy, PP_CATEGORY_PROFESSIONAL, 8, 3, 0, 0);
  pp_test_post (plan, top_heavy, PP_CATEGORY_PROFESSIONAL, 11, 5, 0, 0);

  /* 0 : 5 : 5: only the second cap breaks: convert 1, add ⌈(50−40)/4⌉ = 3. */
  pp_test_post (plan, middle, PP_CATEGORY_PROFESSIONAL, 9, 5, 0, 0);
  pp_test_post (plan, middle, PP_CATEGORY_PROFESSIONAL, 12, 5, 0, 0);

  check = pp_test_check (plan, "chifeng-2022", NULL);

  pp_assert_result (pp_test_result (check, "national.band-structure", fits), PP_STATUS_PASS, -1, -1, -1, -1);
  pp_assert_result (pp_test_result (check, "national.band-structure", top_heavy), PP_STATUS_WARN, 2, 10, 10, 1);
  pp_assert_result (pp_test_result (check, "national.band-structure", middle), PP_STATUS_WARN, 5, 10, 3, 1);
}

static void
test_level_caps (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  PpUnit *no_bands = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  g_autoptr(PpCheck) check = NULL;

  /* Intermediate band 8 : 9 : 10 = 4 : 3 : 3. Level 8 is 4 of 10, over 30%:
   * convert 1 or add ⌈(40−30)/3⌉ = 4. Levels 8+9 are 7 of 10, at 70%. */
  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 8, 4, 0, 0);
  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 9, 3, 0, 0);
  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 10, 3, 0, 0);
  /* Junior band 11 : 12 = 1 : 1, at its cap. */
  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 11, 2, 0, 0);
  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 12, 2, 0, 0);
  /* Level 1 and 13 lie in no capped band. */
  pp_test_post (plan, no_bands, PP_CATEGORY_PROFESSIONAL, 13, 4, 0, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);

  pp_assert_result (pp_test_result (check, "national.level-structure", unit), PP_STATUS_WARN, 4, 10, 4, 1);
  pp_assert_result (pp_test_result (check, "national.level-structure", no_bands), PP_STATUS_NA, -1, -1, -2, -2);
}

static void
test_zero_cap (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PUBLIC);
  g_autoptr(PpCheck) check = NULL;

  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 5, 1, 0, 0);
  pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 11, 9, 0, 0);
  /* An office allows no senior posts: adding junior posts cannot help. */
  pp_plan_add_override (plan, "national.band-structure", "caps", "1-13:1-7<=0/1");
  check = pp_test_check (plan, "chifeng-2022", NULL);
  pp_assert_result (pp_test_result (check, "national.band-structure", unit), PP_STATUS_WARN, 1, 10, -1, 1);
}

static void
test_override_threshold (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = welfare_home (plan, 7, 3);
  g_autoptr(PpCheck) check = NULL;

  pp_plan_add_override (plan, WELFARE_SHARE, "threshold", "3/4");
  check = pp_test_check (plan, "chifeng-2022", NULL);
  /* 7 of 10 under 75%: convert ⌈(30−28)/4⌉ = 1, add ⌈2/1⌉ = 2 (9 of 12). */
  pp_assert_result (pp_test_result (check, WELFARE_SHARE, unit), PP_STATUS_FAIL, 7, 10, 2, 1);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/rule/share/at-threshold", test_at_threshold);
  g_test_add_func ("/core/rule/share/zero-denominator", test_zero_denominator);
  g_test_add_func ("/core/rule/share/special-excluded", test_special_excluded);
  g_test_add_func ("/core/rule/share/out-of-scope", test_out_of_scope);
  g_test_add_func ("/core/rule/share/strict-principal", test_strict_principal);
  g_test_add_func ("/core/rule/share/graduates", test_graduates);
  g_test_add_func ("/core/rule/share/band-caps", test_band_caps);
  g_test_add_func ("/core/rule/share/level-caps", test_level_caps);
  g_test_add_func ("/core/rule/share/override-threshold", test_override_threshold);
  g_test_add_func ("/core/rule/share/zero-cap", test_zero_cap);

  return g_test_run ();
}

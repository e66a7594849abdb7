/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checker semantics: plan dates, expired packs, overrides, notices, and
 * the one-unit re-check matching a full check. */

#include "config.h"

#include "pp-generate.h"
#include "pp-pack.h"
#include "pp-test-util.h"

static PpUnit *
short_project (PpPlan *plan)
{
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_PURCHASED_PROJECT, 0);

  /* 1 social-work post of 2: below Shenzhen's 80%. */
  pp_test_post (plan, unit, PP_CATEGORY_NONE, -1, 1, 1, PP_POST_SOCIAL_WORK);
  pp_test_post (plan, unit, PP_CATEGORY_NONE, -1, 1, 1, 0);
  return unit;
}

static guint
count_notices (PpCheck      *check,
               PpNoticeKind  kind)
{
  const PpNotice *notices;
  guint n, count = 0;

  notices = pp_check_get_notices (check, &n);
  for (guint i = 0; i < n; i++)
    count += notices[i].kind == kind;
  return count;
}

static void
test_expired_pack (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = short_project (plan);
  g_autoptr(PpCheck) last_day = pp_test_check (plan, "shenzhen-2020", "2025-11-11");
  g_autoptr(PpCheck) day_after = pp_test_check (plan, "shenzhen-2020", "2025-11-12");
  const PpNotice *notices;
  guint n;
  char date[16];

  /* On its last day the pack is in force: a shortfall fails. */
  pp_assert_result (pp_test_result (last_day, "shenzhen-2020.project-sw-share", unit),
                    PP_STATUS_FAIL, 1, 2, 3, 1);
  g_assert_cmpuint (count_notices (last_day, PP_NOTICE_POLICY_EXPIRED), ==, 0);

  /* The day after, it is still checked, the failure reported as a warning
   * with its remedy, and one notice names the last day. */
  pp_assert_result (pp_test_result (day_after, "shenzhen-2020.project-sw-share", unit),
                    PP_STATUS_WARN, 1, 2, 3, 1);
  g_assert_cmpuint (count_notices (day_after, PP_NOTICE_POLICY_EXPIRED), ==, 1);
  notices = pp_check_get_notices (day_after, &n);
  for (guint i = 0; i < n; i++)
    if (notices[i].kind == PP_NOTICE_POLICY_EXPIRED)
      {
        g_date_strftime (date, sizeof date, "%Y-%m-%d", &notices[i].date);
        g_assert_cmpstr (date, ==, "2025-11-11");
        g_assert_cmpstr (notices[i].pack, ==, "shenzhen-2020");
      }

  /* National rules are not part of the expired pack: still failures. */
  g_assert_cmpuint (pp_check_get_count (day_after, PP_STATUS_FAIL), ==, 0);
}

/* A pack of one presence rule with the given severity. */
static PpPack *
pack_with_severity (const char *severity)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("severity-%s.xml", severity);
  g_autofree char *path = pp_test_tmp_path (name);
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<pack xmlns=\"urn:postplan:pack:1\" id=\"t\" version=\"1\">\n"
    "  <title>t</title><source document=\"d\"/><in-force/>\n"
    "  <rule id=\"t.present\" clause=\"1\" severity=\"%s\" kind=\"presence\" due=\"2025-12-31\">\n"
    "    <title>t</title><scope types=\"school\"/>\n"
    "    <param name=\"minimum\" value=\"1\"/>\n"
    "    <message>{actual} of {required}</message>\n"
    "  </rule>\n"
    "</pack>\n", severity);
  PpPack *pack;

  g_assert_true (g_file_set_contents (path, xml, -1, NULL));
  pack = pp_pack_load (path, &error);
  g_assert_no_error (error);
  return pack;
}

static void
test_severities (void)
{
  static const struct
  {
    const char *severity;
    PpStatus    shortfall;
  } cases[] = {
    { "mandatory", PP_STATUS_FAIL },
    { "advisory", PP_STATUS_WARN },
    { "allowance", PP_STATUS_WARN },
    { "target", PP_STATUS_FAIL },          /* due 2025-12-31, plan 2026-11-22 */
    { "informational", PP_STATUS_PASS },   /* states the figure, never fails */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PpPlan) plan = pp_test_plan_new ();
      g_autoptr(PpPack) pack = pack_with_severity (cases[i].severity);
      PpUnit *school = pp_test_unit (plan, NULL, PP_UNIT_SCHOOL, 0);
      g_autoptr(PpCheck) check = pp_check_new (plan, pack, NULL, NULL, &error);

      g_assert_no_error (error);
      pp_check_run (check);
      pp_assert_result (pp_test_result (check, "t.present", school), cases[i].shortfall, 0, 1, 1, -1);
    }
}

static void
test_plan_date (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *unit = short_project (plan);
  g_autoptr(PpCheck) check = NULL;
  GDate date;

  /* The plan's own date decides when no date is given. */
  g_date_set_dmy (&date, 1, 6, 2024);
  pp_plan_set_date (plan, &date);
  check = pp_test_check (plan, "shenzhen-2020", NULL);
  pp_assert_result (pp_test_result (check, "shenzhen-2020.project-sw-share", unit), PP_STATUS_FAIL, 1, 2, -2, -2);
  g_assert_cmpint (g_date_compare (pp_check_get_date (check), &date), ==, 0);
}

static void
test_bad_overrides (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpPlan) plan2 = pp_test_plan_new ();
  g_autoptr(PpPlan) plan3 = pp_test_plan_new ();
  g_autoptr(PpCheck) check = NULL;

  pp_plan_add_override (plan, "chifeng-2022.no-such-rule", "threshold", "1/2");
  check = pp_check_new_for_plan (plan, "chifeng-2022", NULL, &error);
  g_assert_null (check);
  g_assert_error (error, PP_CHECK_ERROR, PP_CHECK_ERROR_BAD_OVERRIDE);
  g_assert_nonnull (strstr (error->message, "chifeng-2022.no-such-rule"));
  g_clear_error (&error);

  pp_plan_add_override (plan2, "chifeng-2022.welfare-professional-share", "no-such-param", "1");
  check = pp_check_new_for_plan (plan2, "chifeng-2022", NULL, &error);
  g_assert_null (check);
  g_assert_nonnull (strstr (error->message, "no-such-param"));
  g_clear_error (&error);

  pp_plan_add_override (plan3, "chifeng-2022.welfare-professional-share", "threshold", "seventy");
  check = pp_check_new_for_plan (plan3, "chifeng-2022", NULL, &error);
  g_assert_null (check);
  g_assert_nonnull (strstr (error->message, "seventy"));
}

static void
test_unknown_policy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpCheck) check = NULL;

  check = pp_check_new_for_plan (plan, "atlantis-2030", NULL, &error);
  g_assert_null (check);
  g_assert_error (error, PP_PACK_ERROR, PP_PACK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A path is never taken for a pack id. */
  check = pp_check_new_for_plan (plan, "../policies/national", NULL, &error);
  g_assert_null (check);
  g_assert_error (error, PP_PACK_ERROR, PP_PACK_ERROR_NOT_FOUND);
}

static void
test_notices (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpCheck) check = NULL;

  pp_plan_add_override (plan, "chongqing.union-quota", "rounding", "ceil");
  check = pp_test_check (plan, "chongqing", NULL);
  g_assert_cmpuint (count_notices (check, PP_NOTICE_OVERRIDE), ==, 1);
  /* The packs mark their readings of ambiguous text; the report names them. */
  g_assert_cmpuint (count_notices (check, PP_NOTICE_READING), >, 0);
}

/* Compares every result of two checks of the same plan. */
static void
assert_same_results (PpCheck *a,
                     PpCheck *b)
{
  GPtrArray *units = pp_plan_get_units (pp_check_get_plan (a));
  const PpResult *ra, *rb;
  guint na, nb;

  for (guint u = 0; u <= units->len; u++)
    {
      if (u < units->len)
        {
          ra = pp_check_get_unit_results (a, g_ptr_array_index (units, u), &na);
          rb = pp_check_get_unit_results (b, g_ptr_array_index (units, u), &nb);
        }
      else
        {
          ra = pp_check_get_plan_results (a, &na);
          rb = pp_check_get_plan_results (b, &nb);
        }

      g_assert_cmpuint (na, ==, nb);
      for (guint i = 0; i < na; i++)
        {
          guint j;

          /* Roll-up results may sit at another place in the unit's list. */
          for (j = 0; j < nb; j++)
            if (strcmp (pp_result_get_rule (&ra[i])->id, pp_result_get_rule (&rb[j])->id) == 0)
              break;
          g_assert_cmpuint (j, <, nb);
          g_assert_cmpint (ra[i].status, ==, rb[j].status);
          g_assert_cmpint (ra[i].a, ==, rb[j].a);
          g_assert_cmpint (ra[i].n, ==, rb[j].n);
          g_assert_cmpint (ra[i].add, ==, rb[j].add);
          g_assert_cmpint (ra[i].convert, ==, rb[j].convert);
          g_assert_cmpint (ra[i].remove, ==, rb[j].remove);
        }
    }

  for (PpStatus s = 0; s < PP_N_STATUSES; s++)
    g_assert_cmpuint (pp_check_get_count (a, s), ==, pp_check_get_count (b, s));
}

static void
test_incremental (gconstpointer data)
{
  const char *pack = data;
  g_autoptr(PpPlan) plan = pp_generate_plan (400, 6000, 7);
  g_autoptr(PpCheck) live = pp_test_check (plan, pack, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  GPtrArray *units = pp_plan_get_units (plan);

  for (guint step = 0; step < 300; step++)
    {
      PpUnit *unit = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));

      switch (g_rand_int_range (rand, 0, 8))
        {
        case 6:
          /* Regions: a city renamed or a region moved to another level. */
          if (unit->type == PP_UNIT_REGION)
            unit->level = g_rand_int_range (rand, PP_REGION_PROVINCE, PP_N_REGION_LEVELS);
          break;
        case 7:
          {
            static const char * const names[] = { "南宁市", "柳州市", "合成省" };
            unit->name = names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))];
            for (guint i = 0; i < unit->n_staff; i++)
              pp_staff_set_directed_city (plan, &unit->staff[i], names[g_rand_int_range (rand, 0, 2)]);
          }
          break;
        case 0:
          unit->flags ^= PP_UNIT_PILOT;
          break;
        case 1:
          unit->flags ^= PP_UNIT_PUBLIC_INSTITUTION;
          break;
        case 2:
          unit->type = g_rand_int_range (rand, 0, PP_N_UNIT_TYPES - 2);
          break;
        case 3:
          if (unit->n_posts > 0)
            {
              PpPost *post = &unit->posts[g_rand_int_range (rand, 0, unit->n_posts)];
              post->count = g_rand_int_range (rand, 0, 6);
              post->filled = g_rand_int_range (rand, 0, 6);
              post->flags ^= PP_POST_SOCIAL_WORK;
            }
          break;
        case 4:
          for (guint i = 0; i < unit->n_staff; i++)
            unit->staff[i].certificate = g_rand_int_range (rand, 0, PP_N_CERTS);
          break;
        default:
          {
            char id[32];
            PpUnit *added;

            if (unit->type == PP_UNIT_REGION)
              break;
            g_snprintf (id, sizeof id, "added%u", step);
            added = pp_plan_add_unit (plan, unit, id, PP_UNIT_TOWNSHIP, id, NULL);
            added->flags = PP_UNIT_PILOT;
            g_snprintf (id, sizeof id, "added-post%u", step);
            pp_plan_add_post (plan, added, id, "社会工作师", NULL)->flags = PP_POST_SOCIAL_WORK;
            pp_check_update_unit (live, added);
          }
          break;
        }

      pp_check_update_unit (live, unit);

      if (step % 50 == 49)
        {
          g_autoptr(PpCheck) full = pp_test_check (plan, pack, NULL);
          assert_same_results (live, full);
        }
    }
}

/* Adding the line a result's "add" remedy describes makes it pass. */
static void
assert_added_posts_mend (PpPlan     *plan,
                         const char *pack,
                         const char *rule_id,
                         PpUnit     *unit)
{
  g_autoptr(PpCheck) before = pp_test_check (plan, pack, NULL);
  g_autoptr(PpCheck) after = NULL;
  g_autofree char *id = pp_plan_make_id (plan, "remedy");
  PpPost post, *added;

  g_assert_true (pp_test_result (before, rule_id, unit)->status >= PP_STATUS_WARN);
  g_assert_true (pp_result_get_added_posts (pp_test_result (before, rule_id, unit), &post));
  post.id = id;
  added = pp_unit_insert_post (plan, unit, unit->n_posts, &post, NULL);
  g_assert_nonnull (added);

  after = pp_test_check (plan, pack, NULL);
  g_assert_cmpint (pp_test_result (after, rule_id, unit)->status, ==, PP_STATUS_PASS);
}

static void
test_added_posts (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *home = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PP_UNIT_PUBLIC_INSTITUTION);
  PpUnit *hospital = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PP_UNIT_PUBLIC_INSTITUTION);
  PpUnit *community = pp_test_unit (plan, NULL, PP_UNIT_URBAN_COMMUNITY, 0);
  PpUnit *township = pp_test_unit (plan, NULL, PP_UNIT_TOWNSHIP, 0);
  PpUnit *workers = pp_test_unit (plan, NULL, PP_UNIT_UNION, 0);
  const char *line;

  pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 11, 6, 0, 0);
  pp_test_post (plan, home, PP_CATEGORY_SKILLED, 2, 4, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 5, 2, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 8, 3, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 11, 5, 0, 0);
  line = pp_test_post (plan, community, PP_CATEGORY_NONE, -1, 4, 0, PP_POST_NEW);
  pp_test_find_post (community, line)->graduate_reserved = 1;
  workers->drivers[PP_DRIVER_WORKERS] = 7500;

  assert_added_posts_mend (plan, "chifeng-2022", "chifeng-2022.welfare-professional-share", home);
  assert_added_posts_mend (plan, "chifeng-2022", "national.band-structure", hospital);
  assert_added_posts_mend (plan, "chifeng-2022", "chifeng-2022.sw-posts-present", hospital);
  assert_added_posts_mend (plan, "chifeng-2022", "chifeng-2022.community-graduates", community);
  assert_added_posts_mend (plan, "chifeng-2022", "chifeng-2022.township-coverage", township);
  assert_added_posts_mend (plan, "chongqing", "chongqing.community-staffing", community);
  assert_added_posts_mend (plan, "chongqing", "chongqing.union-quota", workers);
}

/* What the overview draws: each share against its threshold. */
static void
test_shares (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *home = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PP_UNIT_PUBLIC_INSTITUTION);
  PpUnit *hospital = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PP_UNIT_PUBLIC_INSTITUTION);
  PpUnit *empty = pp_test_unit (plan, NULL, PP_UNIT_ELDERLY_WELFARE, PP_UNIT_PUBLIC_INSTITUTION);
  g_autoptr(PpCheck) check = NULL;
  const PpResult *r;
  PpBound bound;
  PpFraction threshold;

  pp_test_unit (plan, NULL, PP_UNIT_TOWNSHIP, 0);
  pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 11, 6, 0, 0);
  pp_test_post (plan, home, PP_CATEGORY_SKILLED, 2, 4, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 5, 2, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 11, 8, 0, 0);
  check = pp_test_check (plan, "chifeng-2022", NULL);

  /* 6 of 10 held to at least 7/10. */
  r = pp_test_result (check, "chifeng-2022.welfare-professional-share", home);
  g_assert_true (pp_result_get_share (r, &bound, &threshold));
  g_assert_cmpint (r->a, ==, 6);
  g_assert_cmpint (r->n, ==, 10);
  g_assert_cmpint (bound, ==, PP_BOUND_AT_LEAST);
  g_assert_cmpint (threshold.p * 10, ==, threshold.q * 7);

  /* A band cap: levels 1–7 at most 1/10 of the professional posts. */
  r = pp_test_result (check, "national.band-structure", hospital);
  g_assert_true (pp_result_get_share (r, &bound, &threshold));
  g_assert_cmpint (r->a, ==, 2);
  g_assert_cmpint (r->n, ==, 10);
  g_assert_cmpint (bound, ==, PP_BOUND_AT_MOST);
  g_assert_cmpint (threshold.p * 10, ==, threshold.q * 1);

  /* Every township covered: 0 of 1, held to all of them. */
  r = pp_test_result (check, "chifeng-2022.township-coverage", NULL);
  g_assert_true (pp_result_get_share (r, &bound, &threshold));
  g_assert_cmpint (r->a, ==, 0);
  g_assert_cmpint (r->n, ==, 1);
  g_assert_cmpint (threshold.p, ==, threshold.q);

  /* No share: a presence rule, and a share with nothing to divide by. */
  r = pp_test_result (check, "chifeng-2022.sw-posts-present", hospital);
  g_assert_false (pp_result_get_share (r, &bound, &threshold));
  r = pp_test_result (check, "chifeng-2022.welfare-professional-share", empty);
  g_assert_cmpint (r->status, ==, PP_STATUS_NA);
  g_assert_false (pp_result_get_share (r, &bound, &threshold));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/check/expired-pack", test_expired_pack);
  g_test_add_func ("/core/check/plan-date", test_plan_date);
  g_test_add_func ("/core/check/severities", test_severities);
  g_test_add_func ("/core/check/added-posts", test_added_posts);
  g_test_add_func ("/core/check/shares", test_shares);
  g_test_add_func ("/core/check/bad-overrides", test_bad_overrides);
  g_test_add_func ("/core/check/unknown-policy", test_unknown_policy);
  g_test_add_func ("/core/check/notices", test_notices);
  g_test_add_data_func ("/core/check/incremental/chifeng", "chifeng-2022", test_incremental);
  g_test_add_data_func ("/core/check/incremental/jilin", "jilin-2010", test_incremental);
  g_test_add_data_func ("/core/check/incremental/guangxi", "guangxi-2019", test_incremental);

  return g_test_run ();
}

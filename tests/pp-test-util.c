/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "pp-pack.h"
#include "pp-plan-io.h"
#include "pp-test-util.h"

static guint next_id;
static char *tmp_dir;

char *
pp_test_tmp_path (const char *name)
{
  if (tmp_dir == NULL)
    {
      tmp_dir = g_dir_make_tmp ("postplan-test-XXXXXX", NULL);
      g_assert_nonnull (tmp_dir);
    }
  return g_build_filename (tmp_dir, name, NULL);
}

void
pp_test_init (int    *argc,
              char ***argv)
{
  setlocale (LC_ALL, "");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_assert_nonnull (g_getenv ("POSTPLAN_DATADIR"));
}

PpPlan *
pp_test_plan_new (void)
{
  PpPlan *plan = pp_plan_new ();
  GDate date;

  g_date_set_dmy (&date, 22, 11, 2026);
  pp_plan_set_date (plan, &date);
  pp_plan_set_title (plan, "test");
  return plan;
}

PpUnit *
pp_test_unit (PpPlan     *plan,
              PpUnit     *parent,
              PpUnitType  type,
              guint       flags)
{
  char id[32];
  PpUnit *unit;

  g_snprintf (id, sizeof id, "u%u", next_id++);
  unit = pp_plan_add_unit (plan, parent, id, type, id, NULL);
  g_assert_nonnull (unit);
  unit->flags = flags;
  return unit;
}

PpUnit *
pp_test_region (PpPlan        *plan,
                PpUnit        *parent,
                PpRegionLevel  level,
                const char    *name)
{
  char id[32];
  PpUnit *unit;

  g_snprintf (id, sizeof id, "r%u", next_id++);
  unit = pp_plan_add_unit (plan, parent, id, PP_UNIT_REGION, name, NULL);
  g_assert_nonnull (unit);
  unit->level = level;
  return unit;
}

const char *
pp_test_post (PpPlan     *plan,
              PpUnit     *unit,
              PpCategory  category,
              int         level,
              guint       count,
              guint       filled,
              guint       flags)
{
  char id[32];
  PpPost *post;

  g_snprintf (id, sizeof id, "p%u", next_id++);
  post = pp_plan_add_post (plan, unit, id, "post", NULL);
  g_assert_nonnull (post);
  post->category = category;
  post->level = level;
  post->count = count;
  post->filled = filled;
  post->flags = flags;
  return post->id;
}

PpPost *
pp_test_find_post (PpUnit     *unit,
                   const char *post_id)
{
  return pp_unit_find_post (unit, post_id);
}

PpStaff *
pp_test_staff (PpPlan        *plan,
               PpUnit        *unit,
               const char    *post_id,
               PpCertificate  certificate)
{
  char id[32];
  PpStaff *staff;

  g_snprintf (id, sizeof id, "s%u", next_id++);
  staff = pp_plan_add_staff (plan, unit, id, post_id, NULL);
  g_assert_nonnull (staff);
  staff->certificate = certificate;
  return staff;
}

PpCheck *
pp_test_check (PpPlan     *plan,
               const char *pack_id,
               const char *date)
{
  g_autoptr(GError) error = NULL;
  PpCheck *check;
  GDate d;

  g_date_clear (&d, 1);
  if (date != NULL)
    {
      int y, m, dd;
      g_assert_cmpint (sscanf (date, "%d-%d-%d", &y, &m, &dd), ==, 3);
      g_date_set_dmy (&d, dd, m, y);
    }

  check = pp_check_new_for_plan (plan, pack_id, &d, &error);
  g_assert_no_error (error);
  pp_check_run (check);
  return check;
}

const PpResult *
pp_test_result (PpCheck    *check,
                const char *rule_id,
                PpUnit     *unit)
{
  const PpResult *results;
  guint n;

  if (unit != NULL)
    results = pp_check_get_unit_results (check, unit, &n);
  else
    results = pp_check_get_plan_results (check, &n);

  for (guint i = 0; i < n; i++)
    if (strcmp (pp_result_get_rule (&results[i])->id, rule_id) == 0)
      return &results[i];
  return NULL;
}

PpCheck *
pp_test_sample_check (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("POSTPLAN_DATADIR"), "samples", "chifeng-sample.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_plan_read_file (path, &error);
  PpCheck *check;

  g_assert_no_error (error);
  check = pp_check_new_for_plan (plan, NULL, NULL, &error);
  g_assert_no_error (error);
  pp_check_run (check);
  return check;
}

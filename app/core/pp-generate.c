/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-generate"

#include "config.h"

#include "pp-generate.h"

static const PpUnitType institution_types[] = {
  PP_UNIT_ELDERLY_WELFARE, PP_UNIT_CHILD_WELFARE, PP_UNIT_RESCUE_STATION, PP_UNIT_HOSPITAL,
  PP_UNIT_SCHOOL, PP_UNIT_TOWNSHIP, PP_UNIT_URBAN_COMMUNITY, PP_UNIT_RURAL_COMMUNITY,
  PP_UNIT_UNION, PP_UNIT_PRIVATE_SW_ORG, PP_UNIT_PURCHASED_PROJECT, PP_UNIT_MENTAL_HEALTH,
  PP_UNIT_WORKER_ASSISTANCE, PP_UNIT_FUNERAL, PP_UNIT_DISABILITY_SERVICE, PP_UNIT_OTHER,
};

static const char * const titles[] = {
  "院长", "副院长", "办公室主任", "社会工作师", "助理社会工作师", "高级社会工作师", "护理员",
  "医师", "主治医师", "护士", "康复治疗师", "心理咨询师", "会计", "出纳", "厨师", "司机",
  "保育员", "教师", "档案管理员", "后勤管理员",
};

static void
random_post (GRand  *rand,
             PpPost *post)
{
  guint roll = g_rand_int_range (rand, 0, 100);
  int lo, hi;

  post->category = roll < 15 ? PP_CATEGORY_MANAGEMENT
                 : roll < 80 ? PP_CATEGORY_PROFESSIONAL
                 : PP_CATEGORY_SKILLED;
  pp_category_get_level_range (post->category, &lo, &hi);
  post->level = g_rand_int_range (rand, lo, hi + 1);
  post->count = g_rand_int_range (rand, 1, 5);
  post->filled = g_rand_int_range (rand, 0, post->count + 1);

  if (post->category == PP_CATEGORY_PROFESSIONAL && g_rand_int_range (rand, 0, 4) == 0)
    {
      post->flags |= PP_POST_SOCIAL_WORK;
      post->level = g_rand_int_range (rand, 8, 13);
    }
  if (g_rand_int_range (rand, 0, 50) == 0)
    post->flags |= PP_POST_SPECIAL;
  if (g_rand_int_range (rand, 0, 20) == 0)
    {
      post->flags |= PP_POST_NEW;
      post->graduate_reserved = g_rand_int_range (rand, 0, post->count + 1);
    }
}

PpPlan *
pp_generate_plan (guint   n_units,
                  guint   n_posts,
                  guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) counties = g_ptr_array_new ();
  PpPlan *plan = pp_plan_new ();
  PpUnit *province;
  GDate date;
  guint n_cities, n_counties, n_institutions, next_post = 0, next_staff = 0;
  char id[32], name[64];

  n_units = MAX (n_units, 3);
  n_cities = MAX (1, n_units / 500);
  n_counties = MAX (1, n_units / 50);
  if (1 + n_cities + n_counties >= n_units)
    n_cities = n_counties = 1;
  n_institutions = n_units - 1 - n_cities - n_counties;

  pp_plan_set_title (plan, "合成岗位规划");
  pp_plan_set_policy (plan, "chifeng-2022");
  g_date_set_dmy (&date, 22, 11, 2026);
  pp_plan_set_date (plan, &date);

  province = pp_plan_add_unit (plan, NULL, "u0", PP_UNIT_REGION, "合成省", NULL);
  province->level = PP_REGION_PROVINCE;

  for (guint c = 0; c < n_cities; c++)
    {
      PpUnit *city;

      g_snprintf (id, sizeof id, "c%u", c);
      g_snprintf (name, sizeof name, "第%u市", c + 1);
      city = pp_plan_add_unit (plan, province, id, PP_UNIT_REGION, name, NULL);
      city->level = PP_REGION_CITY;

      for (guint k = c; k < n_counties; k += n_cities)
        {
          PpUnit *county;

          g_snprintf (id, sizeof id, "k%u", k);
          g_snprintf (name, sizeof name, "第%u县", k + 1);
          county = pp_plan_add_unit (plan, city, id, PP_UNIT_REGION, name, NULL);
          county->level = PP_REGION_COUNTY;
          g_ptr_array_add (counties, county);
        }
    }

  for (guint i = 0; i < n_institutions; i++)
    {
      PpUnit *county = g_ptr_array_index (counties, i % counties->len);
      PpUnitType type = institution_types[g_rand_int_range (rand, 0, G_N_ELEMENTS (institution_types))];
      guint posts_here = n_posts / n_institutions + (i < n_posts % n_institutions ? 1 : 0);
      PpUnit *unit;

      g_snprintf (id, sizeof id, "u%u", i + 1);
      g_snprintf (name, sizeof name, "单位%u", i + 1);
      unit = pp_plan_add_unit (plan, county, id, type, name, NULL);
      if (g_rand_boolean (rand))
        unit->flags |= PP_UNIT_PUBLIC_INSTITUTION;
      if (g_rand_int_range (rand, 0, 40) == 0)
        unit->flags |= PP_UNIT_PILOT;
      if (type == PP_UNIT_UNION)
        unit->drivers[PP_DRIVER_WORKERS] = g_rand_int_range (rand, 500, 20000);
      if (type == PP_UNIT_PURCHASED_PROJECT)
        {
          PpProject *project = pp_unit_ensure_project (unit);
          project->funds = 163000 * (gint64) MAX (posts_here, 1) * 3;
          project->labour = project->funds * 86 / 100;
          project->overhead = project->funds * 10 / 100;
          project->supervision = project->funds - project->labour - project->overhead;
          project->field = g_rand_int_range (rand, 1, PP_N_FIELDS);
          project->cycle_years = 3;
        }

      for (guint p = 0; p < posts_here; p++)
        {
          PpPost *post;

          g_snprintf (id, sizeof id, "p%u", next_post++);
          post = pp_plan_add_post (plan, unit, id, titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))],
                                   NULL);
          random_post (rand, post);
        }

      for (guint p = 0; p < unit->n_posts; p++)
        {
          char post_id[32];
          PpStaff *staff;

          if (!(unit->posts[p].flags & PP_POST_SOCIAL_WORK) || unit->posts[p].filled == 0)
            continue;
          g_snprintf (id, sizeof id, "s%u", next_staff++);
          g_strlcpy (post_id, unit->posts[p].id, sizeof post_id);
          staff = pp_plan_add_staff (plan, unit, id, post_id, NULL);
          staff->certificate = g_rand_int_range (rand, 0, PP_N_CERTS);
          pp_staff_add_training (staff, 2025, g_rand_int_range (rand, 0, 80), NULL);
          pp_staff_add_training (staff, 2026, g_rand_int_range (rand, 0, 80), NULL);
        }
      pp_unit_trim (unit);
    }

  return plan;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report model against figures worked out by hand from the sample
 * plan, and at its boundaries: an empty plan, a unit without posts, a
 * region without units. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pp-report-model.h"
#include "pp-test-util.h"

/* A cell of the row whose first cell reads first (the n-th such row), as
 * the writers show it. */
static char *
cell_of (PpReportTable *table,
         const char    *first,
         guint          nth,
         guint          column)
{
  for (guint r = 0; r < pp_report_table_get_n_rows (table); r++)
    {
      g_autofree char *text = pp_report_cell_format (pp_report_table_get_cell (table, r, 0));

      if (g_strcmp0 (text, first) == 0 && nth-- == 0)
        return pp_report_cell_format (pp_report_table_get_cell (table, r, column));
    }
  g_error ("no row “%s” in table %s", first, table->name);
}

#define assert_cell(table, first, nth, column, expected)              \
  G_STMT_START {                                                      \
    g_autofree char *text__ = cell_of (table, first, nth, column);    \
    g_assert_cmpstr (text__, ==, expected);                           \
  } G_STMT_END

static void
dump (PpReport *report)
{
  guint n_fields;
  const PpReportField *fields = pp_report_get_fields (report, &n_fields);

  if (!g_test_verbose ())
    return;
  printf ("# %s — %s\n", pp_report_get_title (report), pp_report_get_subject (report));
  for (guint i = 0; i < n_fields; i++)
    printf ("#   %s: %s\n", fields[i].label, fields[i].value);
  for (guint t = 0; t < pp_report_get_n_tables (report); t++)
    {
      PpReportTable *table = pp_report_get_table (report, t);

      printf ("# [%s] %s\n#  ", table->name, table->title);
      for (guint c = 0; c < table->n_columns; c++)
        printf (" | %s", table->columns[c]);
      printf ("\n");
      for (guint r = 0; r < pp_report_table_get_n_rows (table); r++)
        {
          printf ("# %u%*s", pp_report_table_get_row (table, r)->kind, pp_report_table_get_row (table, r)->depth * 2, "");
          for (guint c = 0; c < table->n_columns; c++)
            {
              g_autofree char *text = pp_report_cell_format (pp_report_table_get_cell (table, r, c));
              printf (" | %s", text);
            }
          printf ("\n");
        }
    }
}

/* 赤峰市儿童福利院 (cf-etfly), by hand from the sample:
 * management 7 ×1 and 8 ×2 (3, all filled); skilled 4 ×3 (filled 3);
 * professional 7 ×1, 9 ×1+1, 10 ×1+1, 11 ×1+2, 12 ×1+5 = 14, filled
 * 1+2+2+3+4 = 12 (one level-12 social-work post and one nurse vacant);
 * total 20, filled 18, vacant 2; professional 14 of 20 = 70.0%; bands:
 * senior 1 (7.1% of 14), intermediate 4 (28.6%), junior 9 (64.3%); the
 * special level-7 post apart, 1 filled. */
static void
test_unit_structure (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  PpUnit *unit = pp_plan_find_unit (pp_check_get_plan (check), "cf-etfly");
  g_autoptr(PpReport) report = pp_report_new (check, unit, PP_REPORT_DEFAULT);
  PpReportTable *structure = pp_report_find_table (report, "structure");
  PpReportTable *levels = pp_report_find_table (report, "levels");

  dump (report);
  g_assert_cmpstr (pp_report_get_subject (report), ==, "赤峰市儿童福利院");
  g_assert_null (pp_report_find_table (report, "rollup"));
  g_assert_true (pp_report_is_wide (report));

  assert_cell (structure, "Management", 0, 2, "3");
  assert_cell (structure, "Management", 0, 3, "3");
  assert_cell (structure, "Management", 0, 5, "15.0%");
  assert_cell (structure, "Professional-technical", 0, 2, "14");
  assert_cell (structure, "Professional-technical", 0, 3, "12");
  assert_cell (structure, "Professional-technical", 0, 4, "2");
  assert_cell (structure, "Professional-technical", 0, 5, "70.0%");
  /* Beside it, the threshold of the rule that measured it: Chifeng's and
   * the national 70%, both met. */
  assert_cell (structure, "Professional-technical", 0, 6, "≥ 70%");
  assert_cell (structure, "Professional-technical", 0, 7, "Pass");
  assert_cell (structure, "Management", 0, 6, "");
  assert_cell (structure, "Senior (levels 1–7)", 0, 2, "1");
  assert_cell (structure, "Senior (levels 1–7)", 0, 5, "7.1%");
  assert_cell (structure, "Intermediate (levels 8–10)", 0, 5, "28.6%");
  assert_cell (structure, "Junior (levels 11–13)", 0, 2, "9");
  assert_cell (structure, "Junior (levels 11–13)", 0, 3, "7");
  assert_cell (structure, "Junior (levels 11–13)", 0, 5, "64.3%");
  assert_cell (structure, "Skilled worker", 0, 2, "3");
  assert_cell (structure, "Total", 0, 2, "20");
  assert_cell (structure, "Total", 0, 3, "18");
  assert_cell (structure, "Total", 0, 4, "2");
  assert_cell (structure, "Special posts (not counted in the total)", 0, 2, "1");
  assert_cell (structure, "Special posts (not counted in the total)", 0, 3, "1");

  /* The wide table: posts, then filled, per category, levels 1–13. */
  assert_cell (levels, "Professional-technical", 0, 1 + 12, "6");
  assert_cell (levels, "Professional-technical", 1, 1 + 12, "4");
  assert_cell (levels, "Professional-technical", 0, 15, "14");
  assert_cell (levels, "Management", 0, 1 + 8, "2");
  /* Levels beyond a category's range are left empty: skilled run 1–5. */
  assert_cell (levels, "Skilled worker", 0, 1 + 6, "");
}

/* Social-work lines of cf-etfly: levels 9 and 10 held by intermediate
 * certificates, 11 by an assistant, 12 vacant; 4 posts, 3 filled. Chifeng
 * 三(二) asks 社会工作师 (intermediate) of levels 8–10 and 助理社会工作师 of
 * 11–12: all 3 holders qualify. At 巴林右旗医院 the level-9 line is held
 * by an assistant: 0 of 1 qualified.
 * 赤峰市社会福利院 (cf-shfly): professional 1+1+1+3+2+1+2+7 = 18 of
 * 1+3+3+5+18 = 30 = 60.0% fails ≥ 70% with (rules.md §1) add =
 * ceil((7·30 − 10·18)/3) = 10 and convert = ceil((210 − 180)/10) = 3. */
static void
test_unit_social_work_and_results (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  PpPlan *plan = pp_check_get_plan (check);
  g_autoptr(PpReport) report = pp_report_new (check, pp_plan_find_unit (plan, "cf-etfly"), PP_REPORT_DEFAULT);
  g_autoptr(PpReport) failing = pp_report_new (check, pp_plan_find_unit (plan, "cf-shfly"), PP_REPORT_DEFAULT);
  PpReportTable *sw = pp_report_find_table (report, "social-work");
  PpReportTable *results = pp_report_find_table (failing, "results");
  PpReportTable *shares = pp_report_find_table (failing, "shares");
  const PpReportCell *first;

  assert_cell (sw, "Total", 0, 2, "4");
  assert_cell (sw, "Total", 0, 3, "3");
  assert_cell (sw, "Total", 0, 4, "3");
  assert_cell (sw, "Total", 0, 7 + PP_CERT_INTERMEDIATE, "2");
  assert_cell (sw, "Total", 0, 7 + PP_CERT_ASSISTANT, "1");
  assert_cell (sw, "Total", 0, 6, "3");
  assert_cell (sw, "社会工作师二级岗位", 0, 1, "Level 9");
  assert_cell (sw, "社会工作师二级岗位", 0, 5, "Social worker");
  assert_cell (sw, "社会工作师二级岗位", 0, 6, "1");
  assert_cell (sw, "助理社会工作师二级岗位", 0, 3, "0");
  assert_cell (sw, "助理社会工作师二级岗位", 0, 5, "Assistant social worker");
  assert_cell (sw, "助理社会工作师二级岗位", 0, 6, "0");
  {
    g_autoptr(PpReport) hospital = pp_report_new (check, pp_plan_find_unit (plan, "blyq-yy"), PP_REPORT_DEFAULT);
    PpReportTable *table = pp_report_find_table (hospital, "social-work");

    assert_cell (table, "社会工作师二级岗位(医务社工)", 0, 5, "Social worker");
    assert_cell (table, "社会工作师二级岗位(医务社工)", 0, 6, "0");
    assert_cell (table, "社会工作师二级岗位(医务社工)", 0, 7 + PP_CERT_ASSISTANT, "1");
  }

  /* Worst first. */
  first = pp_report_table_get_cell (results, 0, 0);
  g_assert_cmpint (first->kind, ==, PP_REPORT_CELL_STATUS);
  g_assert_cmpint (first->status, ==, PP_STATUS_FAIL);
  /* A unit's own report has no unit column. */
  g_assert_cmpuint (results->n_columns, ==, 7);
  g_assert_cmpstr (pp_report_table_get_cell (results, 0, 1)->text, ==,
                   "chifeng-2022.welfare-professional-share");
  g_assert_cmpstr (pp_report_table_get_cell (results, 0, 2)->text, ==, "三(一)1 第二段");
  g_assert_nonnull (strstr (pp_report_table_get_cell (results, 0, 3)->text, "add 10"));
  g_assert_cmpint (pp_report_table_get_cell (results, 0, 4)->a, ==, 10);
  g_assert_cmpint (pp_report_table_get_cell (results, 0, 5)->a, ==, 3);
  g_assert_cmpint (pp_report_table_get_cell (results, 0, 6)->kind, ==, PP_REPORT_CELL_EMPTY);
  for (guint r = 1; r < pp_report_table_get_n_rows (results); r++)
    g_assert_cmpint (pp_report_table_get_cell (results, r - 1, 0)->status, >=,
                     pp_report_table_get_cell (results, r, 0)->status);

  /* The worst of the two rules that measured the professional share:
   * Chifeng's mandatory fail before the national advisory warning. */
  assert_cell (pp_report_find_table (failing, "structure"), "Professional-technical", 0, 7, "Fail");

  /* The share next to its threshold. */
  g_assert_cmpstr (pp_report_table_get_cell (shares, 0, 1)->text, ==, "三(一)1 第二段");
  assert_cell (shares, "Professional-technical posts in welfare institutions", 0, 2, "60.0%");
  assert_cell (shares, "Professional-technical posts in welfare institutions", 0, 3, "≥ 70%");
  assert_cell (shares, "Professional-technical posts in welfare institutions", 0, 4, "Fail");
}

/* The whole sample: 11 units under 赤峰市, 巴林右旗's 6 with a subtotal.
 * 巴林右旗 by hand: 医院 123 posts (10 management, 100 professional, 13
 * skilled), 查干沐沦苏木 5+1, 查干诺尔嘎查 3 (no category), 大板镇 9,
 * 胜利社区 13, 总工会 3: 123+6+3+9+13+3 = 157 posts; social-work
 * 1+1+0+3+5+2 = 12; townships 2, covered 1 (大板镇: 查干沐沦's only
 * social-work post is vacant). Certified (assistant or higher): 医院 1,
 * 大板镇 2, 胜利社区 3, 总工会 2 = 8. */
static void
test_rollup (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  g_autoptr(PpReport) report = pp_report_new (check, NULL, PP_REPORT_DEFAULT);
  PpReportTable *rollup = pp_report_find_table (report, "rollup");
  PpReportTable *coverage = pp_report_find_table (report, "coverage");
  PpReportTable *results = pp_report_find_table (report, "results");
  guint n_fields, n_fail = 0;
  const PpReportField *fields = pp_report_get_fields (report, &n_fields);

  dump (report);
  g_assert_cmpstr (fields[2].value, ==, "11");
  /* 11 units, 1 subtotal, 1 total; no subtotal for 赤峰市, the total. */
  g_assert_cmpuint (pp_report_table_get_n_rows (rollup), ==, 13);
  assert_cell (rollup, "巴林右旗 subtotal", 0, 2, "157");
  assert_cell (rollup, "巴林右旗 subtotal", 0, 9, "12");
  assert_cell (rollup, "巴林右旗 subtotal", 0, 10, "8");
  assert_cell (rollup, "巴林右旗 subtotal", 0, 11, "2");
  assert_cell (rollup, "巴林右旗 subtotal", 0, 12, "1");
  assert_cell (rollup, "巴林右旗 subtotal", 0, 15, "Fail");
  assert_cell (rollup, "巴林右旗医院", 0, 3, "10");
  assert_cell (rollup, "巴林右旗医院", 0, 4, "100");
  assert_cell (rollup, "巴林右旗医院", 0, 5, "13");
  assert_cell (rollup, "赤峰市儿童福利院", 0, 6, "1");
  g_assert_cmpuint (pp_report_table_get_row (rollup, 4)->depth, ==, 2);
  /* The total is the sum of every row that is no subtotal. */
  for (guint c = 2; c < 15; c++)
    {
      gint64 sum = 0;
      guint last = pp_report_table_get_n_rows (rollup) - 1;

      for (guint r = 0; r < last; r++)
        if (pp_report_table_get_row (rollup, r)->kind == PP_REPORT_ROW_PLAIN)
          sum += pp_report_table_get_cell (rollup, r, c)->a;
      g_assert_cmpint (pp_report_table_get_cell (rollup, last, c)->a, ==, sum);
    }
  assert_cell (coverage, "Townships with a filled social-work post", 0, 1, "1");
  assert_cell (coverage, "Townships with a filled social-work post", 0, 2, "2");
  assert_cell (coverage, "Townships with a filled social-work post", 0, 3, "50.0%");

  /* Every fail of the check is in the results. */
  for (guint r = 0; r < pp_report_table_get_n_rows (results); r++)
    n_fail += pp_report_table_get_cell (results, r, 0)->status == PP_STATUS_FAIL;
  g_assert_cmpuint (n_fail, ==, pp_check_get_count (check, PP_STATUS_FAIL));
}

static void
test_rollup_only (void)
{
  g_autoptr(PpCheck) check = pp_test_sample_check ();
  PpUnit *county = pp_plan_find_unit (pp_check_get_plan (check), "blyq");
  g_autoptr(PpReport) report = pp_report_new (check, county, PP_REPORT_ROLLUP_ONLY);
  PpReportTable *rollup;

  g_assert_cmpuint (pp_report_get_n_tables (report), ==, 1);
  rollup = pp_report_get_table (report, 0);
  /* 6 units and the total; the subject's own subtotal is the total. */
  g_assert_cmpuint (pp_report_table_get_n_rows (rollup), ==, 7);
  assert_cell (rollup, "Total", 0, 2, "157");
}

static void
test_empty (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *region = pp_test_region (plan, NULL, PP_REGION_CITY, "空市");
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_SCHOOL, 0);
  g_autoptr(PpCheck) check = pp_test_check (plan, "chifeng-2022", NULL);
  g_autoptr(PpReport) whole = pp_report_new (check, NULL, PP_REPORT_DEFAULT);
  g_autoptr(PpReport) empty_region = pp_report_new (check, region, PP_REPORT_DEFAULT);
  g_autoptr(PpReport) no_posts = pp_report_new (check, unit, PP_REPORT_DEFAULT);
  PpReportTable *table;

  /* Two roots: the region's subtotal, the school, the total. */
  table = pp_report_find_table (whole, "rollup");
  g_assert_cmpuint (pp_report_table_get_n_rows (table), ==, 3);
  assert_cell (table, "Total", 0, 2, "0");

  table = pp_report_find_table (empty_region, "rollup");
  g_assert_cmpuint (pp_report_table_get_n_rows (table), ==, 1);
  /* No townships: no share, never 0% or a division by zero. */
  assert_cell (pp_report_find_table (empty_region, "coverage"), "Townships with a filled social-work post", 0, 3, "");

  table = pp_report_find_table (no_posts, "structure");
  assert_cell (table, "Total", 0, 2, "0");
  assert_cell (table, "Total", 0, 5, "");
  table = pp_report_find_table (no_posts, "social-work");
  g_assert_cmpuint (pp_report_table_get_n_rows (table), ==, 1);
}

/* Counts near 2^31 on several units: sums are 64-bit, 3 × (2^31 − 2). */
static void
test_huge (void)
{
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *region = pp_test_region (plan, NULL, PP_REGION_PROVINCE, "省");
  g_autoptr(PpCheck) check = NULL;
  g_autoptr(PpReport) report = NULL;

  for (int i = 0; i < 3; i++)
    {
      PpUnit *unit = pp_test_unit (plan, region, PP_UNIT_OTHER, 0);
      pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 9, G_MAXINT32 - 1, 0, 0);
    }
  check = pp_test_check (plan, "chifeng-2022", NULL);
  report = pp_report_new (check, region, PP_REPORT_DEFAULT);
  assert_cell (pp_report_find_table (report, "rollup"), "Total", 0, 2, "6442450938");
  assert_cell (pp_report_find_table (report, "structure"), "Professional-technical", 0, 5, "100.0%");
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/report/unit-structure", test_unit_structure);
  g_test_add_func ("/core/report/unit-social-work-and-results", test_unit_social_work_and_results);
  g_test_add_func ("/core/report/rollup", test_rollup);
  g_test_add_func ("/core/report/rollup-only", test_rollup_only);
  g_test_add_func ("/core/report/empty", test_empty);
  g_test_add_func ("/core/report/huge", test_huge);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Remedies as commands: "Add" and "Convert" applied through the editor
 * mend the result they came from, as one undoable step. Figures by hand. */

#include "config.h"

#include "pp-remedy.h"
#include "pp-test-util.h"

typedef struct
{
  PpLibrary *library;
  PpEditor  *editor;
  PpCheck   *check;
} Fixture;

/* The plan stored, opened for editing, and checked against Chifeng. */
static void
fixture_open (Fixture *f,
              PpPlan  *plan,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path (name);
  gint64 id;

  f->library = pp_library_open (path, &error);
  g_assert_no_error (error);
  id = pp_library_add_plan (f->library, plan, &error);
  g_assert_no_error (error);
  f->editor = pp_editor_new (f->library, id, &error);
  g_assert_no_error (error);
  f->check = pp_check_new_for_plan (pp_editor_get_plan (f->editor), NULL, NULL, &error);
  g_assert_no_error (error);
  pp_check_run (f->check);
  pp_editor_set_check (f->editor, f->check);
}

static void
fixture_close (Fixture *f)
{
  g_clear_object (&f->check);
  g_clear_object (&f->editor);
  g_clear_object (&f->library);
}

static const PpResult *
result (Fixture    *f,
        const char *rule,
        const char *unit_id)
{
  return pp_test_result (pp_editor_get_check (f->editor), rule,
                         pp_plan_find_unit (pp_editor_get_plan (f->editor), unit_id));
}

static PpPlan *
welfare_home (guint professional_filled,
              guint skilled,
              guint skilled_filled)
{
  PpPlan *plan = pp_test_plan_new ();
  PpUnit *home = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PP_UNIT_PUBLIC_INSTITUTION);

  pp_plan_set_policy (plan, "chifeng-2022");
  pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 11, 6, professional_filled, 0);
  pp_test_post (plan, home, PP_CATEGORY_SKILLED, 2, skilled, skilled_filled, 0);
  return plan;
}

#define SHARE "chifeng-2022.welfare-professional-share"

static void
test_convert_share (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = welfare_home (6, 4, 1);
  Fixture f = { 0 };
  const char *home;
  PpCommand *command;
  PpPost converted;
  PpUnit *unit;

  fixture_open (&f, plan, "convert.sqlite");
  home = pp_plan_get_root (pp_editor_get_plan (f.editor), 0)->id;

  /* 6 of 10 against at least 70%: converting 1 makes 7 of 10. */
  g_assert_cmpint (result (&f, SHARE, home)->status, ==, PP_STATUS_FAIL);
  g_assert_cmpint (result (&f, SHARE, home)->convert, ==, 1);
  command = pp_remedy_convert (pp_editor_get_plan (f.editor), result (&f, SHARE, home), &converted, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (converted.count, ==, 1);
  g_assert_cmpint (converted.category, ==, PP_CATEGORY_PROFESSIONAL);
  g_assert_true (pp_editor_apply (f.editor, command, &error));
  g_assert_cmpint (result (&f, SHARE, home)->status, ==, PP_STATUS_PASS);
  unit = pp_plan_find_unit (pp_editor_get_plan (f.editor), home);
  g_assert_cmpuint (unit->n_posts, ==, 3);
  g_assert_cmpuint (unit->posts[1].count, ==, 3);   /* the skilled line gave one */
  g_assert_cmpuint (unit->posts[2].count, ==, 1);

  /* One undo takes the whole conversion back. */
  g_assert_true (pp_editor_undo (f.editor, &error));
  g_assert_cmpint (result (&f, SHARE, home)->status, ==, PP_STATUS_FAIL);
  g_assert_cmpuint (pp_plan_find_unit (pp_editor_get_plan (f.editor), home)->n_posts, ==, 2);
  fixture_close (&f);
}

static void
test_convert_empties_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *home = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, PP_UNIT_PUBLIC_INSTITUTION);
  Fixture f = { 0 };
  PpUnit *unit;

  /* 2 of 3 is 66.7%: the one vacant skilled post converts, and its line,
   * empty and held by no one, goes. */
  pp_plan_set_policy (plan, "chifeng-2022");
  pp_test_post (plan, home, PP_CATEGORY_PROFESSIONAL, 11, 2, 2, 0);
  pp_test_post (plan, home, PP_CATEGORY_SKILLED, 2, 1, 0, 0);
  fixture_open (&f, plan, "convert-empty.sqlite");
  g_assert_true (pp_editor_apply (f.editor, pp_remedy_convert (pp_editor_get_plan (f.editor),
                                                               result (&f, SHARE, home->id), NULL, &error),
                                  &error));
  g_assert_no_error (error);
  unit = pp_plan_find_unit (pp_editor_get_plan (f.editor), home->id);
  g_assert_cmpuint (unit->n_posts, ==, 2);
  g_assert_cmpint (unit->posts[1].category, ==, PP_CATEGORY_PROFESSIONAL);
  g_assert_cmpint (result (&f, SHARE, home->id)->status, ==, PP_STATUS_PASS);
  fixture_close (&f);
}

static void
test_convert_needs_vacant (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = welfare_home (6, 4, 4);
  Fixture f = { 0 };
  const char *home;

  /* Every skilled post is filled: nothing converts. */
  fixture_open (&f, plan, "convert-filled.sqlite");
  home = pp_plan_get_root (pp_editor_get_plan (f.editor), 0)->id;
  g_assert_null (pp_remedy_convert (pp_editor_get_plan (f.editor), result (&f, SHARE, home), NULL, &error));
  g_assert_error (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NOT_VACANT);
  fixture_close (&f);
}

/* Posts reserved for graduates are not free to convert. */
static void
test_convert_keeps_reserved (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = welfare_home (6, 4, 1);
  Fixture f = { 0 };
  PpUnit *unit;

  /* The skilled line: 4 posts, 1 filled, all 4 reserved for graduates. */
  unit = pp_plan_get_root (plan, 0);
  unit->posts[1].graduate_reserved = 4;
  fixture_open (&f, plan, "convert-reserved.sqlite");
  unit = pp_plan_get_root (pp_editor_get_plan (f.editor), 0);
  g_assert_null (pp_remedy_convert (pp_editor_get_plan (f.editor), result (&f, SHARE, unit->id), NULL, &error));
  g_assert_error (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NOT_VACANT);
  fixture_close (&f);
}

/* Several groups of caps broken at once: the count to convert is their
 * sum, so no conversion is offered; adding still is. */
static void
test_convert_several_groups (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *hospital = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PP_UNIT_PUBLIC_INSTITUTION);
  Fixture f = { 0 };
  const PpResult *r;

  pp_plan_set_policy (plan, "chifeng-2022");
  /* Levels 2, 5, 8 and 11 all over the level-structure caps of their
   * bands, with a vacant post each. */
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 2, 3, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 5, 3, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 8, 3, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 11, 3, 0, 0);
  fixture_open (&f, plan, "convert-groups.sqlite");
  r = result (&f, "national.level-structure", hospital->id);
  g_assert_true (r->status == PP_STATUS_FAIL || r->status == PP_STATUS_WARN);
  g_assert_null (pp_remedy_convert (pp_editor_get_plan (f.editor), r, NULL, &error));
  g_assert_error (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NONE);
  fixture_close (&f);
}

static void
test_convert_cap (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  PpUnit *hospital = pp_test_unit (plan, NULL, PP_UNIT_HOSPITAL, PP_UNIT_PUBLIC_INSTITUTION);
  Fixture f = { 0 };
  PpPost converted;

  /* Levels 1–7 hold 2 of 10 against at most 1/10: one moves down. */
  pp_plan_set_policy (plan, "chifeng-2022");
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 5, 2, 0, 0);
  pp_test_post (plan, hospital, PP_CATEGORY_PROFESSIONAL, 11, 8, 8, 0);
  fixture_open (&f, plan, "convert-cap.sqlite");
  g_assert_true (pp_editor_apply (f.editor, pp_remedy_convert (pp_editor_get_plan (f.editor),
                                                               result (&f, "national.band-structure",
                                                                       hospital->id),
                                                               &converted, &error),
                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (converted.level, >, 7);
  g_assert_cmpint (result (&f, "national.band-structure", hospital->id)->status, !=, PP_STATUS_FAIL);
  g_assert_cmpint (result (&f, "national.band-structure", hospital->id)->status, !=, PP_STATUS_WARN);
  fixture_close (&f);
}

static void
test_add (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = welfare_home (6, 4, 4);
  Fixture f = { 0 };
  const char *home;
  PpPost added;

  fixture_open (&f, plan, "add.sqlite");
  home = pp_plan_get_root (pp_editor_get_plan (f.editor), 0)->id;
  /* (7·10 − 10·6) / (10 − 7) = 3.33…: 4 more posts. */
  g_assert_true (pp_editor_apply (f.editor, pp_remedy_add (pp_editor_get_plan (f.editor),
                                                           result (&f, SHARE, home), &added, &error),
                                  &error));
  g_assert_cmpuint (added.count, ==, 4);
  g_assert_cmpint (result (&f, SHARE, home)->status, ==, PP_STATUS_PASS);

  /* A result that passes has no remedy. */
  g_assert_null (pp_remedy_add (pp_editor_get_plan (f.editor), result (&f, SHARE, home), NULL, &error));
  g_assert_error (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NONE);
  g_clear_error (&error);
  g_assert_null (pp_remedy_convert (pp_editor_get_plan (f.editor), result (&f, SHARE, home), NULL, &error));
  g_assert_error (error, PP_REMEDY_ERROR, PP_REMEDY_ERROR_NONE);
  fixture_close (&f);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/remedy/convert-share", test_convert_share);
  g_test_add_func ("/core/remedy/convert-empties-line", test_convert_empties_line);
  g_test_add_func ("/core/remedy/convert-needs-vacant", test_convert_needs_vacant);
  g_test_add_func ("/core/remedy/convert-cap", test_convert_cap);
  g_test_add_func ("/core/remedy/convert-keeps-reserved", test_convert_keeps_reserved);
  g_test_add_func ("/core/remedy/convert-several-groups", test_convert_several_groups);
  g_test_add_func ("/core/remedy/add", test_add);
  return g_test_run ();
}

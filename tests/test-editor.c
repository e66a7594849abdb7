/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Edits as commands: every command reaches the model and the library
 * together, and undo and redo of any sequence restore each state exactly. */

#include "config.h"

#include "pp-editor.h"
#include "pp-generate.h"
#include "pp-plan-io.h"
#include "pp-test-util.h"

static char *
export_text (PpPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("editor-export.xml");
  char *text = NULL;

  g_assert_true (pp_plan_write_file (plan, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The library's copy of the plan, exported. */
static char *
library_text (PpEditor  *editor,
              PpLibrary *library)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) loaded = pp_library_load_plan (library, pp_editor_get_plan_id (editor), &error);

  g_assert_no_error (error);
  return export_text (loaded);
}

static void
assert_in_step (PpEditor  *editor,
                PpLibrary *library)
{
  g_autofree char *model = export_text (pp_editor_get_plan (editor));
  g_autofree char *stored = library_text (editor, library);

  g_assert_cmpstr (model, ==, stored);
}

static PpEditor *
new_editor (PpLibrary *library,
            PpPlan    *plan)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pp_library_add_plan (library, plan, &error);
  PpEditor *editor;

  g_assert_no_error (error);
  editor = pp_editor_new (library, id, &error);
  g_assert_no_error (error);
  return editor;
}

static void
test_commands (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("editor.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) start = pp_generate_plan (30, 200, 4);
  g_autoptr(PpEditor) editor = new_editor (library, start);
  PpPlan *plan = pp_editor_get_plan (editor);
  PpPost post = { .id = "new-post", .title = "社会工作师", .count = 2, .filled = 1, .level = 9,
                  .category = PP_CATEGORY_PROFESSIONAL, .flags = PP_POST_SOCIAL_WORK };
  PpUnit *unit;

  g_assert_no_error (error);
  unit = pp_plan_find_unit (plan, "u5");
  g_assert_nonnull (unit);

  g_assert_true (pp_editor_apply (editor, pp_command_set_unit_field ("u5", PP_UNIT_FIELD_NAME, "新名称"), &error));
  g_assert_cmpstr (pp_plan_find_unit (plan, "u5")->name, ==, "新名称");
  g_assert_true (pp_editor_apply (editor, pp_command_set_unit_field ("u5", PP_UNIT_FIELD_WORKERS, "7500"), &error));
  g_assert_true (pp_editor_apply (editor, pp_command_set_post_field ("u5", 0, PP_POST_FIELD_COUNT, "9"), &error));
  g_assert_true (pp_editor_apply (editor, pp_command_add_post ("u5", 1, &post), &error));
  g_assert_cmpstr (pp_plan_find_unit (plan, "u5")->posts[1].id, ==, "new-post");
  g_assert_true (pp_editor_apply (editor, pp_command_add_unit ("k0", 0, "added", PP_UNIT_TOWNSHIP,
                                                               PP_REGION_NONE, "新镇"), &error));
  g_assert_true (pp_editor_apply (editor, pp_command_move_unit ("u5", "added", 0), &error));
  g_assert_true (pp_plan_find_unit (plan, "u5")->parent == pp_plan_find_unit (plan, "added"));
  g_assert_true (pp_editor_apply (editor, pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "新的规划"), &error));
  g_assert_no_error (error);
  assert_in_step (editor, library);

  /* Deleting a subtree, then undoing it, restores it exactly. */
  {
    g_autofree char *before = export_text (plan);
    g_autofree char *after = NULL;

    g_assert_true (pp_editor_apply (editor, pp_command_delete_unit ("k0"), &error));
    g_assert_null (pp_plan_find_unit (plan, "u5"));
    assert_in_step (editor, library);
    g_assert_true (pp_editor_undo (editor, &error));
    after = export_text (plan);
    g_assert_cmpstr (before, ==, after);
    assert_in_step (editor, library);
  }

  /* Bad values are refused, and nothing changes. */
  {
    g_autofree char *before = export_text (plan);
    g_autofree char *after = NULL;

    g_assert_false (pp_editor_apply (editor, pp_command_set_post_field ("u5", 0, PP_POST_FIELD_COUNT, "-1"), &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (pp_editor_apply (editor, pp_command_move_unit ("k0", "u5", 0), &error));
    g_clear_error (&error);
    g_assert_false (pp_editor_apply (editor, pp_command_add_unit (NULL, 0, "u6", PP_UNIT_OTHER,
                                                                  PP_REGION_NONE, "x"), &error));
    g_clear_error (&error);
    after = export_text (plan);
    g_assert_cmpstr (before, ==, after);
    assert_in_step (editor, library);
  }
}

static PpCommand *
random_command (GRand  *rand,
                PpPlan *plan,
                guint   step)
{
  GPtrArray *units = pp_plan_get_units (plan);
  PpUnit *unit = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));
  char value[32], id[32];

  switch (g_rand_int_range (rand, 0, 17))
    {
    case 9:
      if (g_rand_boolean (rand))
        return pp_command_set_plan_field (PP_PLAN_FIELD_DATE, "");
      g_snprintf (value, sizeof value, "2025-%02d-%02d", g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      return pp_command_set_plan_field (PP_PLAN_FIELD_DATE, value);
    case 10:
      return pp_command_add_override (g_rand_int_range (rand, 0, pp_plan_get_overrides (plan)->len + 1),
                                      "national.band-structure", "caps", "1-13:1-7<=1/5");
    case 11:
      if (pp_plan_get_overrides (plan)->len == 0)
        return pp_command_set_plan_field (PP_PLAN_FIELD_POLICY, g_rand_boolean (rand) ? "chongqing" : "chifeng-2022");
      return pp_command_remove_override (g_rand_int_range (rand, 0, pp_plan_get_overrides (plan)->len));
    case 12:
      if (unit->n_posts == 0)
        return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "no posts");
      g_snprintf (id, sizeof id, "rs%u", step);
      return pp_command_add_staff (unit->id, g_rand_int_range (rand, 0, unit->n_staff + 1), id,
                                   unit->posts[g_rand_int_range (rand, 0, unit->n_posts)].id);
    case 13:
      if (unit->n_staff == 0)
        return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "no staff");
      return pp_command_remove_staff (unit->id, g_rand_int_range (rand, 0, unit->n_staff));
    case 14:
      if (unit->n_staff == 0)
        return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "no staff");
      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:
          return pp_command_set_staff_field (unit->id, g_rand_int_range (rand, 0, unit->n_staff),
                                             PP_STAFF_FIELD_CERTIFICATE, g_rand_boolean (rand) ? "senior" : "none");
        case 1:
          return pp_command_set_staff_field (unit->id, g_rand_int_range (rand, 0, unit->n_staff),
                                             PP_STAFF_FIELD_DIRECTED_CITY, g_rand_boolean (rand) ? "第1市" : "");
        default:
          return pp_command_set_staff_field (unit->id, g_rand_int_range (rand, 0, unit->n_staff),
                                             PP_STAFF_FIELD_NAME, g_rand_boolean (rand) ? "李华" : "");
        }
    case 15:
      if (unit->n_staff == 0)
        return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "no staff");
      if (g_rand_boolean (rand))
        g_snprintf (value, sizeof value, "%u", g_rand_int_range (rand, 0, 100));
      else
        value[0] = '\0';
      return pp_command_set_training (unit->id, g_rand_int_range (rand, 0, unit->n_staff),
                                      g_rand_int_range (rand, 2020, 2027), value);
    case 16:
      for (guint u = 0; u < units->len; u++)
        {
          PpUnit *project = g_ptr_array_index (units, u);
          if (project->type != PP_UNIT_PURCHASED_PROJECT)
            continue;
          g_snprintf (value, sizeof value, "%u", g_rand_int_range (rand, 0, 1000000));
          return pp_command_set_project_field (project->id, PP_PROJECT_FIELD_FUNDS + g_rand_int_range (rand, 0, 4),
                                               value);
        }
      return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "no project");
    case 0:
      g_snprintf (value, sizeof value, "名称%u", step);
      return pp_command_set_unit_field (unit->id, PP_UNIT_FIELD_NAME, value);
    case 1:
      g_snprintf (value, sizeof value, "%u", g_rand_int_range (rand, 0, 10000));
      return pp_command_set_unit_field (unit->id, PP_UNIT_FIELD_WORKERS + g_rand_int_range (rand, 0, 4), value);
    case 2:
      return pp_command_set_unit_field (unit->id, PP_UNIT_FIELD_PILOT + g_rand_int_range (rand, 0, 2),
                                        g_rand_boolean (rand) ? "true" : "false");
    case 3:
      if (unit->n_posts == 0)
        return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, unit->name);
      g_snprintf (value, sizeof value, "%u", g_rand_int_range (rand, 0, 8));
      return pp_command_set_post_field (unit->id, g_rand_int_range (rand, 0, unit->n_posts),
                                        PP_POST_FIELD_COUNT + g_rand_int_range (rand, 0, 2), value);
    case 4:
      {
        PpPost post = { .title = "护理员", .count = 1, .level = 3, .category = PP_CATEGORY_SKILLED };
        g_snprintf (id, sizeof id, "rp%u", step);
        post.id = id;
        return pp_command_add_post (unit->id, g_rand_int_range (rand, 0, unit->n_posts + 1), &post);
      }
    case 5:
      for (guint i = 0; i < unit->n_posts; i++)
        {
          gboolean held = FALSE;
          for (guint s = 0; s < unit->n_staff; s++)
            held |= unit->staff[s].post == i;
          if (!held)
            return pp_command_remove_post (unit->id, i);
        }
      return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "—");
    case 6:
      g_snprintf (id, sizeof id, "ru%u", step);
      return pp_command_add_unit (unit->id, g_rand_int_range (rand, 0, unit->n_children + 1), id,
                                  PP_UNIT_URBAN_COMMUNITY, PP_REGION_NONE, "社区");
    case 7:
      if (unit->parent == NULL)
        return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "root");
      return pp_command_delete_unit (unit->id);
    default:
      {
        PpUnit *target = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));

        for (PpUnit *a = target; a != NULL; a = a->parent)
          if (a == unit)
            return pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "no move");
        return pp_command_move_unit (unit->id, target->id, g_rand_int_range (rand, 0, target->n_children + 1));
      }
    }
}

static void
test_undo_redo_random (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("random.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) start = pp_generate_plan (40, 300, 6);
  g_autoptr(PpEditor) editor = new_editor (library, start);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func (g_free);
  const guint steps = 1200;

  g_ptr_array_add (snapshots, export_text (pp_editor_get_plan (editor)));
  for (guint step = 0; step < steps; step++)
    {
      g_assert_true (pp_editor_apply (editor, random_command (rand, pp_editor_get_plan (editor), step), &error));
      g_assert_no_error (error);
      g_ptr_array_add (snapshots, export_text (pp_editor_get_plan (editor)));
      if (step % 100 == 0)
        assert_in_step (editor, library);
    }
  assert_in_step (editor, library);

  /* All the way back, each state exactly as it was … */
  for (guint k = steps; k-- > 0;)
    {
      g_autofree char *now = NULL;

      g_assert_true (pp_editor_undo (editor, &error));
      g_assert_no_error (error);
      now = export_text (pp_editor_get_plan (editor));
      g_assert_cmpstr (now, ==, snapshots->pdata[k]);
      if (k % 100 == 0)
        assert_in_step (editor, library);
    }
  g_assert_false (pp_editor_can_undo (editor));

  /* … and forward again. */
  for (guint k = 1; k <= steps; k++)
    {
      g_autofree char *now = NULL;

      g_assert_true (pp_editor_redo (editor, &error));
      now = export_text (pp_editor_get_plan (editor));
      g_assert_cmpstr (now, ==, snapshots->pdata[k]);
    }
  g_assert_false (pp_editor_can_redo (editor));
  assert_in_step (editor, library);
}

static void
test_check_follows (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("check.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) start = pp_generate_plan (60, 600, 8);
  g_autoptr(PpEditor) editor = new_editor (library, start);
  g_autoptr(PpCheck) live = pp_test_check (pp_editor_get_plan (editor), "chifeng-2022", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  pp_editor_set_check (editor, live);
  for (guint step = 0; step < 200; step++)
    {
      g_assert_true (pp_editor_apply (editor, random_command (rand, pp_editor_get_plan (editor), step), &error));
      if (step % 3 == 0)
        g_assert_true (pp_editor_undo (editor, &error));
    }

  {
    PpPlan *plan = pp_editor_get_plan (editor);
    g_autoptr(PpCheck) full = pp_test_check (plan, pp_plan_get_policy (plan), NULL);
    PpCheck *current = pp_editor_get_check (editor);

    g_autoptr(PpPlanInfo) info = NULL;

    for (PpStatus s = 0; s < PP_N_STATUSES; s++)
      g_assert_cmpuint (pp_check_get_count (current, s), ==, pp_check_get_count (full, s));

    /* The library keeps the counts of the last check for its list. */
    info = pp_library_get_plan_info (library, pp_editor_get_plan_id (editor), &error);
    g_assert_no_error (error);
    g_assert_true (info->checked);
    g_assert_cmpint (info->n_fail, ==, pp_check_get_count (full, PP_STATUS_FAIL));
    g_assert_cmpint (info->n_warn, ==, pp_check_get_count (full, PP_STATUS_WARN));
  }

  /* An override of a rule no pack has is refused, and changes nothing. */
  g_assert_false (pp_editor_apply (editor, pp_command_add_override (0, "nowhere.rule", "x", "1"), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (pp_editor_apply (editor, pp_command_set_plan_field (PP_PLAN_FIELD_POLICY, "atlantis"), &error));
  g_assert_nonnull (error);
}

static void
test_post_group (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("group.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) start = pp_generate_plan (10, 100, 5);
  g_autoptr(PpEditor) editor = new_editor (library, start);
  PpPlan *plan = pp_editor_get_plan (editor);
  PpPost post = { .id = "grouped", .title = "社会工作者", .count = 3, .level = 12,
                  .category = PP_CATEGORY_PROFESSIONAL, .flags = PP_POST_SOCIAL_WORK };
  g_autofree char *before = export_text (plan);
  g_autofree char *after = NULL;
  PpCommand *group;
  PpUnit *unit = pp_plan_find_unit (plan, "u3");
  guint n_posts, last_count;

  g_assert_nonnull (unit);
  g_assert_cmpuint (unit->n_posts, >=, 3);
  n_posts = unit->n_posts;
  last_count = unit->posts[n_posts - 1].count;

  /* A line lowered, one added at the end, the second removed: one step. */
  group = pp_command_post_group_new ("u3");
  g_assert_true (pp_command_post_group_add (group, pp_command_set_post_field ("u3", 0, PP_POST_FIELD_COUNT,
                                                                             "900")));
  g_assert_true (pp_command_post_group_add (group, pp_command_add_post ("u3", n_posts, &post)));
  g_assert_true (pp_command_post_group_add (group, pp_command_remove_post ("u3", 1)));
  g_assert_cmpuint (pp_command_post_group_get_size (group), ==, 3);
  g_assert_true (pp_editor_apply (editor, group, &error));
  g_assert_no_error (error);
  unit = pp_plan_find_unit (plan, "u3");
  g_assert_cmpuint (unit->n_posts, ==, n_posts);
  g_assert_cmpuint (unit->posts[0].count, ==, 900);
  g_assert_cmpstr (unit->posts[n_posts - 1].id, ==, "grouped");
  g_assert_cmpuint (unit->posts[n_posts - 2].count, ==, last_count);
  assert_in_step (editor, library);

  /* One undo takes it all back; one redo brings it all again. */
  g_assert_true (pp_editor_undo (editor, &error));
  after = export_text (plan);
  g_assert_cmpstr (before, ==, after);
  assert_in_step (editor, library);
  g_assert_true (pp_editor_redo (editor, &error));
  assert_in_step (editor, library);

  /* An edit the model refuses in the middle: nothing changes at all. */
  g_clear_pointer (&before, g_free);
  before = export_text (plan);
  group = pp_command_post_group_new ("u3");
  pp_command_post_group_add (group, pp_command_set_post_field ("u3", 0, PP_POST_FIELD_COUNT, "5"));
  pp_command_post_group_add (group, pp_command_set_post_field ("u3", 1, PP_POST_FIELD_LEVEL, "99"));
  g_assert_false (pp_editor_apply (editor, group, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = export_text (plan);
  g_assert_cmpstr (before, ==, after);
  assert_in_step (editor, library);

}

/* Only post lines of its own unit belong in a group: anything else is a
 * programming error, said loudly. */
static void
test_post_group_foreign (void)
{
  if (g_test_subprocess ())
    {
      PpCommand *group = pp_command_post_group_new ("u3");

      pp_command_post_group_add (group, pp_command_set_post_field ("u4", 0, PP_POST_FIELD_COUNT, "1"));
      pp_command_free (group);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*post group holds edits of its own unit*");
}

static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("editor-locked.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpLibrary) second = NULL;
  g_autoptr(PpPlan) start = pp_generate_plan (10, 50, 1);
  g_autoptr(PpEditor) editor = new_editor (library, start);
  g_autoptr(PpEditor) reader = NULL;
  g_autofree char *before = NULL, *after = NULL;

  g_setenv ("POSTPLAN_BUSY_TIMEOUT_MS", "50", TRUE);
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library), "BEGIN EXCLUSIVE", &error));
  second = pp_library_open (path, &error);
  g_assert_true (pp_library_is_read_only (second));
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library), "COMMIT", &error));

  reader = pp_editor_new (second, pp_editor_get_plan_id (editor), &error);
  g_assert_no_error (error);
  before = export_text (pp_editor_get_plan (reader));
  g_assert_false (pp_editor_apply (reader, pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, "x"), &error));
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY);
  after = export_text (pp_editor_get_plan (reader));
  g_assert_cmpstr (before, ==, after);
  g_unsetenv ("POSTPLAN_BUSY_TIMEOUT_MS");
}

static void
test_disk_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("editor-full.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) start = pp_generate_plan (10, 40, 3);
  g_autoptr(PpEditor) editor = new_editor (library, start);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *before = export_text (pp_editor_get_plan (editor));
  g_autofree char *after = NULL;
  g_autofree char *limit = NULL;
  PpPost post = { .id = "big", .count = 1 };
  gint64 pages;

  for (guint i = 0; i < 20000; i++)
    g_string_append (title, "岗");
  post.title = title->str;

  g_assert_true (pp_sqlite_connection_query_int64 (pp_library_get_connection (library), "PRAGMA page_count",
                                                   &pages, &error));
  limit = g_strdup_printf ("PRAGMA max_page_count=%" G_GINT64_FORMAT, pages);
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library), limit, &error));

  g_assert_false (pp_editor_apply (editor, pp_command_add_post ("u1", 0, &post), &error));
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_IO);
  g_assert_false (pp_editor_can_undo (editor));

  /* The model is as it was, and as the library has it. */
  after = export_text (pp_editor_get_plan (editor));
  g_assert_cmpstr (before, ==, after);
  assert_in_step (editor, library);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/editor/commands", test_commands);
  g_test_add_func ("/core/editor/undo-redo-random", test_undo_redo_random);
  g_test_add_func ("/core/editor/check-follows", test_check_follows);
  g_test_add_func ("/core/editor/post-group", test_post_group);
  g_test_add_func ("/core/editor/post-group-foreign", test_post_group_foreign);
  g_test_add_func ("/core/editor/read-only", test_read_only);
  g_test_add_func ("/core/editor/disk-full", test_disk_full);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application's window driven for real under Xvfb: open the sample,
 * select a unit, edit a count in the post table, see the compliance panel
 * follow, undo. Screenshots go to the build directory. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "pp-cell-tip.h"
#include "pp-choice-cell.h"
#include "pp-language.h"
#include "pp-new-plan-dialog.h"
#include "pp-plan-io.h"
#include "pp-plan-overview.h"
#include "pp-plan-settings.h"
#include "pp-plan-view.h"
#include "pp-preferences.h"
#include "pp-result-list.h"
#include "pp-staff-list.h"
#include "pp-standby-bin.h"
#include "pp-gui-test-util.h"
#include "pp-test-util.h"
#include "pp-window.h"

static GtkWidget *
shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_is_visible (widget) ? widget : NULL;
}

#define find_count_spin(root, index) \
  ((GtkSpinButton *) pp_test_find_tagged (root, GTK_TYPE_SPIN_BUTTON, "post-index", index, "post-field", PP_POST_FIELD_COUNT))
/* The unit page keeps a row for every field and shows those the unit's
 * type asks for: a hidden one is as good as none. */
#define find_spin_for_field(root, field) \
  ((GtkSpinButton *) shown (pp_test_find_tagged (root, GTK_TYPE_SPIN_BUTTON, "unit-field", field, NULL, 0)))
#define find_budget_spin(root, field) \
  ((GtkSpinButton *) shown (pp_test_find_tagged (root, GTK_TYPE_SPIN_BUTTON, "project-field", (field) + 1, NULL, 0)))
#define find_post_cell(view, type, index, field) \
  ((gpointer) pp_test_find_tagged (GTK_WIDGET (view), type, "post-index", index, "post-field", field))
#define find_remove_button(root, index) \
  ((GtkButton *) pp_test_find_tagged (root, GTK_TYPE_BUTTON, "post-index", index, "post-remove", 1))
#define find_duplicate_button(root, index) \
  ((GtkButton *) pp_test_find_tagged (root, GTK_TYPE_BUTTON, "post-index", index, "post-duplicate", 1))

static void
test_edit_and_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("gui.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  PpWindow *window;
  PpPlanView *view;
  GtkSpinButton *spin;
  PpUnit *unit;
  guint line = G_MAXUINT;

  g_assert_no_error (error);
  window = pp_window_new (NULL, library, NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  pp_test_screenshot (GTK_WIDGET (window), "library-empty.png");

  g_assert_true (pp_window_open_sample (window));
  view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  pp_test_screenshot (GTK_WIDGET (window), "plan-overview.png");

  /* The social welfare home fails the 70% professional share. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  pp_test_screenshot (GTK_WIDGET (window), "unit-failing.png");
  /* Every line of the table is on the page: 12 lines, each taller than
   * a line of text. */
  {
    GtkWidget *table = pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, "none", 0, NULL, 0);
    g_assert_nonnull (table);
    g_assert_cmpint (gtk_widget_get_height (table), >, 12 * 24);
  }
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_FAIL);
  {
    g_autoptr(GString) text = g_string_new (NULL);
    GtkExpander *source = (GtkExpander *) pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_EXPANDER, "none", 0, NULL, 0);

    pp_test_collect_text (GTK_WIDGET (view), text);
    g_assert_nonnull (strstr (text->str, "Professional-technical posts are 18 of 30 (60.0%)"));
    /* The clause's own words, on demand: the failing rule comes first. */
    g_assert_nonnull (source);
    gtk_expander_set_expanded (source, TRUE);
    g_string_truncate (text, 0);
    pp_test_collect_text (GTK_WIDGET (source), text);
    g_assert_nonnull (strstr (text->str, "一般不低于单位岗位数量的70%"));
    pp_test_wait_for_frames (GTK_WIDGET (window), 2);
    pp_test_screenshot (GTK_WIDGET (window), "unit-source-text.png");
  }

  /* Ten more posts on a professional line, typed into its Count cell:
   * 28 of 40 is exactly 70%. */
  unit = pp_plan_view_get_unit (view);
  for (guint i = 0; i < unit->n_posts && line == G_MAXUINT; i++)
    if (unit->posts[i].category == PP_CATEGORY_PROFESSIONAL && !(unit->posts[i].flags & PP_POST_SPECIAL))
      line = i;
  g_assert_cmpuint (line, !=, G_MAXUINT);
  spin = find_count_spin (GTK_WIDGET (view), line);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (spin, unit->posts[line].count + 10);
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_PASS);
  g_assert_true (pp_editor_can_undo (pp_plan_view_get_editor (view)));
  pp_test_screenshot (GTK_WIDGET (window), "unit-fixed.png");

  /* Undo from the keyboard's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_FAIL);

  /* Redo, then restart on the same library: the edit was saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.redo", NULL));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; window != NULL && i < 1000; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (window);

  {
    g_autoptr(PpLibrary) again = pp_library_open (path, &error);
    g_autoptr(GPtrArray) plans = pp_library_list_plans (again, FALSE, &error);
    g_autoptr(PpPlan) plan = pp_library_load_plan (again, ((PpPlanInfo *) plans->pdata[0])->id, &error);
    g_autoptr(PpCheck) check = pp_test_check (plan, NULL, NULL);

    g_assert_cmpint (pp_test_result (check, "chifeng-2022.welfare-professional-share",
                                     pp_plan_find_unit (plan, "cf-shfly"))->status, ==, PP_STATUS_PASS);
  }
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found;

      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) &&
          g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (child)), prefix))
        return GTK_BUTTON (child);
      if ((found = find_button (child, prefix)))
        return found;
    }
  return NULL;
}

/* Asserts that every label under root ends inside frame (is not cut off
 * at its edge); returns how many labels it saw. */
static guint
assert_labels_within (GtkWidget *root,
                      GtkWidget *frame)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      graphene_point_t end;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        {
          g_assert_true (gtk_widget_compute_point (child, frame,
                                                   &GRAPHENE_POINT_INIT (gtk_widget_get_width (child), 0), &end));
          if (end.x > gtk_widget_get_width (frame))
            g_error ("“%s” ends at %.0f, past the edge at %d", gtk_label_get_label (GTK_LABEL (child)), end.x,
                     gtk_widget_get_width (frame));
          n++;
        }
      n += assert_labels_within (child, frame);
    }
  return n;
}

static void
test_remedy_button (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-remedy.sqlite", 1200, 800);
  PpPlanView *view;
  GtkButton *button;
  guint lines;

  view = PP_PLAN_VIEW (pp_window_get_plan_view (window));

  /* The township without a staffed station: one click staffs it. */
  g_assert_true (pp_plan_view_select_unit (view, "blyq-cgml"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.township-coverage")->status, ==, PP_STATUS_FAIL);
  lines = pp_plan_view_get_unit (view)->n_posts;
  button = find_button (GTK_WIDGET (view), "Add 1 post");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_screenshot (GTK_WIDGET (window), "unit-remedied.png");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, lines + 1);
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.township-coverage")->status, ==, PP_STATUS_PASS);
  /* The tree's row follows: no failure icon left on the township. */
  {
    PpCheck *check = pp_editor_get_check (pp_plan_view_get_editor (view));
    g_assert_cmpint (pp_check_get_unit_status (check, pp_plan_view_get_unit (view)), <, PP_STATUS_FAIL);
  }

  /* One undo takes it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, lines);
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.township-coverage")->status, ==, PP_STATUS_FAIL);

  /* The welfare home needs 3 more professional posts of 30, and has 1
   * vacant post elsewhere: converting is not offered, adding is. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  g_assert_null (find_button (GTK_WIDGET (view), "Convert"));
  g_assert_nonnull (find_button (GTK_WIDGET (view), "Add 10 posts"));
  /* Its results, a warning among them, fit the panel at its narrowest:
   * no text runs past its edge. */
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  {
    GtkWidget *results = find_widget (GTK_WIDGET (view), PP_TYPE_RESULT_LIST);

    g_assert_cmpuint (assert_labels_within (results, gtk_widget_get_ancestor (results, GTK_TYPE_SCROLLED_WINDOW)),
                      >, 10);
  }
  /* With 12 deputy directors (10 vacant), 18 of 39: converting 10 of
   * them makes 28 of 39 (71.8%). */
  gtk_spin_button_set_value (find_count_spin (GTK_WIDGET (view), 1), 12);
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  button = find_button (GTK_WIDGET (view), "Convert 10 posts");
  g_assert_nonnull (button);
  pp_test_screenshot (GTK_WIDGET (window), "unit-convert-offered.png");
  g_signal_emit_by_name (button, "clicked");
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_PASS);
  g_assert_cmpuint (pp_plan_view_get_unit (view)->posts[1].count, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  g_assert_cmpuint (pp_plan_view_get_unit (view)->posts[1].count, ==, 12);
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_FAIL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_union_workers (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-union.sqlite", 1200, 800);
  PpPlanView *view;
  GtkSpinButton *workers;

  view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  g_assert_true (pp_plan_view_select_unit (view, "blyq-db-zgh"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* A union's page asks for its workers, and only that driver. */
  workers = find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS);
  g_assert_nonnull (workers);
  g_assert_null (find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_POPULATION));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (workers), ==, 7500);

  /* 9,000 workers allow 3 social-work posts; the union plans 2. */
  gtk_spin_button_set_value (workers, 9000);
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_cmpuint (pp_plan_view_get_unit (view)->drivers[PP_DRIVER_WORKERS], ==, 9000);
  pp_test_screenshot (GTK_WIDGET (window), "unit-union.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  g_assert_cmpuint (pp_plan_view_get_unit (view)->drivers[PP_DRIVER_WORKERS], ==, 7500);
  workers = find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (workers), ==, 7500);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_project_budget (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-project.sqlite", 1200, 900);
  PpPlanView *view;
  GtkSpinButton *supervision;

  view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  g_assert_true (pp_plan_view_select_unit (view, "cf-qhsg-xm"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);

  supervision = find_budget_spin (GTK_WIDGET (view), PP_PROJECT_FIELD_SUPERVISION);
  g_assert_nonnull (supervision);
  g_assert_cmpint ((gint64) gtk_spin_button_get_value (supervision), ==,
                   pp_plan_view_get_unit (view)->project->supervision);
  gtk_spin_button_set_value (supervision, 12345);
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_cmpint (pp_plan_view_get_unit (view)->project->supervision, ==, 12345);
  pp_test_screenshot (GTK_WIDGET (window), "unit-project.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_library_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("gui-library.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  PpWindow *window = pp_window_new (NULL, library, NULL);
  g_autoptr(GPtrArray) plans = NULL;
  gint64 id;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (pp_window_open_sample (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 1);
  plans = pp_library_list_plans (library, FALSE, &error);
  id = ((PpPlanInfo *) plans->pdata[0])->id;

  /* The list shows the counts of the check the window made on opening. */
  {
    g_autoptr(PpPlan) plan = pp_library_load_plan (library, id, &error);
    g_autoptr(PpCheck) check = pp_test_check (plan, NULL, NULL);
    g_autofree char *expected = g_strdup_printf ("%u fail · %u warn", pp_check_get_count (check, PP_STATUS_FAIL),
                                                 pp_check_get_count (check, PP_STATUS_WARN));
    g_autoptr(GString) text = g_string_new (NULL);

    g_assert_cmpuint (pp_check_get_count (check, PP_STATUS_FAIL), >, 0);
    pp_test_collect_text (GTK_WIDGET (window), text);
    g_assert_nonnull (strstr (text->str, expected));
  }

  /* Rename, through the dialog as a user would; an empty title is refused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-plan", "x", id));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */
    AdwMessageDialog *dialog = NULL;
    g_autoptr(PpPlanInfo) info = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
        if (ADW_IS_MESSAGE_DIALOG (toplevel))
          dialog = ADW_MESSAGE_DIALOG (toplevel);
      }
    g_assert_nonnull (dialog);
    pp_test_screenshot (GTK_WIDGET (dialog), "rename-plan.png");
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), " 2027年规划 ");
    adw_message_dialog_response (dialog, "rename");
    gtk_window_destroy (GTK_WINDOW (dialog));
    info = pp_library_get_plan_info (library, id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (info->title, ==, "2027年规划");
  }
  g_assert_false (pp_window_rename_plan (window, id, "   "));
  {
    g_autoptr(PpPlanInfo) info = pp_library_get_plan_info (library, id, &error);
    g_assert_cmpstr (info->title, ==, "2027年规划");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-plan", "x", id));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 2);
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_screenshot (GTK_WIDGET (window), "library.png");

  /* Delete, and the toast's Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-plan", "x", id));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-plan", "x", id));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_structure_edits (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-structure.sqlite", 1400, 900);
  PpPlanView *view;
  PpUnit *unit;
  GtkButton *remove;
  guint lines, children;

  view = PP_PLAN_VIEW (pp_window_get_plan_view (window));

  /* A new line goes to the end of the table, and its trash button takes it away. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
  lines = pp_plan_view_get_unit (view)->n_posts;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.add-post", NULL));
  unit = pp_plan_view_get_unit (view);
  g_assert_cmpuint (unit->n_posts, ==, lines + 1);
  g_assert_cmpint (unit->posts[lines].count, ==, 1);
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  pp_test_screenshot (GTK_WIDGET (window), "unit-line-added.png");
  remove = find_remove_button (GTK_WIDGET (view), lines);
  g_assert_nonnull (remove);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (remove)));
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, lines);

  /* A line that staff hold (p05, held by s01) cannot be removed. */
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  remove = find_remove_button (GTK_WIDGET (view), 4);
  g_assert_nonnull (remove);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (remove)));
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, lines);

  /* Duplicating a line puts its copy right below, vacant; staff stay on
   * the original, and one undo takes the copy away. */
  {
    GtkButton *duplicate = find_duplicate_button (GTK_WIDGET (view), 4);
    PpPost original;

    g_assert_nonnull (duplicate);
    unit = pp_plan_view_get_unit (view);
    original = unit->posts[4];
    g_assert_cmpuint (original.filled, >, 0);
    g_signal_emit_by_name (duplicate, "clicked");
    unit = pp_plan_view_get_unit (view);
    g_assert_cmpuint (unit->n_posts, ==, lines + 1);
    g_assert_cmpstr (unit->posts[5].title, ==, unit->posts[4].title);
    g_assert_cmpstr (unit->posts[5].id, !=, unit->posts[4].id);
    g_assert_cmpuint (unit->posts[5].count, ==, original.count);
    g_assert_cmpuint (unit->posts[5].category, ==, original.category);
    g_assert_cmpint (unit->posts[5].level, ==, original.level);
    g_assert_cmpuint (unit->posts[5].filled, ==, 0);
    for (guint i = 0; i < unit->n_staff; i++)
      g_assert_cmpuint (unit->staff[i].post, !=, 5);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
    g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, lines);
  }

  /* A new unit under the region, shown at once; deleting it returns to the region. */
  g_assert_true (pp_plan_view_select_unit (view, "cf"));
  children = pp_plan_view_get_unit (view)->n_children;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.add-unit", NULL));
  unit = pp_plan_view_get_unit (view);
  g_assert_nonnull (unit->parent);
  g_assert_cmpstr (unit->parent->id, ==, "cf");
  g_assert_cmpuint (unit->parent->n_children, ==, children + 1);
  /* A new unit is of type "other" until the planner says what it is; a
   * union then asks for its workers. */
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  {
    AdwComboRow *type = (AdwComboRow *) pp_test_find_tagged (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, "unit-field",
                                                     PP_UNIT_FIELD_TYPE, NULL, 0);
    GListModel *types;
    guint union_position = GTK_INVALID_LIST_POSITION;

    g_assert_nonnull (type);
    g_assert_cmpint (unit->type, ==, PP_UNIT_OTHER);
    g_assert_null (find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS));
    types = adw_combo_row_get_model (type);
    for (guint i = 0; i < g_list_model_get_n_items (types); i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (types), i),
                     pp_unit_type_get_label (PP_UNIT_UNION)) == 0)
        union_position = i;
    g_assert_cmpuint (union_position, !=, GTK_INVALID_LIST_POSITION);
    adw_combo_row_set_selected (type, union_position);
    g_assert_cmpint (pp_plan_view_get_unit (view)->type, ==, PP_UNIT_UNION);
    pp_test_wait_for_frames (GTK_WIDGET (window), 2);
    g_assert_nonnull (find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS));
    pp_test_screenshot (GTK_WIDGET (window), "unit-new-union.png");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
    g_assert_cmpint (pp_plan_view_get_unit (view)->type, ==, PP_UNIT_OTHER);
    g_assert_null (find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.delete-unit", NULL));
  g_assert_cmpstr (pp_plan_view_get_unit (view)->id, ==, "cf");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_children, ==, children);

  /* Deleting a whole welfare home, then undo: it comes back with its lines and staff. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.delete-unit", NULL));
  g_assert_false (pp_plan_view_select_unit (view, "cf-etfly"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, lines);
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_staff, ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_post_line_cells (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-cells.sqlite", 1400, 900);
  PpPlanView *view;
  GtkEntry *title;
  PpChoiceCell *category, *level;
  GtkCheckButton *social_work;
  GtkSpinButton *reserved;
  const PpPost *post;

  view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* Line 2 is 育婴员, a skilled worker at level 4. */
  title = find_post_cell (view, GTK_TYPE_ENTRY, 2, PP_POST_FIELD_TITLE);
  category = find_post_cell (view, PP_TYPE_CHOICE_CELL, 2, PP_POST_FIELD_CATEGORY);
  level = find_post_cell (view, PP_TYPE_CHOICE_CELL, 2, PP_POST_FIELD_LEVEL);
  social_work = find_post_cell (view, GTK_TYPE_CHECK_BUTTON, 2, PP_POST_FIELD_SOCIAL_WORK);
  g_assert_nonnull (title);
  g_assert_nonnull (category);
  g_assert_nonnull (level);
  g_assert_nonnull (social_work);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "育婴员");
  g_assert_cmpuint (pp_choice_cell_get_selected (category), ==, PP_CATEGORY_SKILLED);
  g_assert_cmpuint (pp_choice_cell_get_selected (level), ==, 4 + 1);
  g_assert_false (gtk_check_button_get_active (social_work));

  /* A new title, committed as the user presses Enter; leaving the cell
   * commits too. */
  gtk_editable_set_text (GTK_EDITABLE (title), "  保育员 ");
  g_signal_emit_by_name (title, "activate");
  post = &pp_plan_view_get_unit (view)->posts[2];
  g_assert_cmpstr (post->title, ==, "保育员");

  /* An empty title is refused, and the old one comes back. */
  gtk_editable_set_text (GTK_EDITABLE (title), "   ");
  g_signal_emit_by_name (title, "activate");
  g_assert_cmpstr (pp_plan_view_get_unit (view)->posts[2].title, ==, "保育员");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "保育员");
  {
    g_autoptr(GString) text = g_string_new (NULL);

    pp_test_wait_for_frames (GTK_WIDGET (window), 2);
    pp_test_collect_text (GTK_WIDGET (window), text);
    g_assert_nonnull (strstr (text->str, "needs a title"));
  }
  /* The reason stays beside the cell too, until the cell takes a value. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (title), "error"));
  g_assert_nonnull (strstr (pp_cell_tip_get (GTK_WIDGET (title)), "needs a title"));

  /* Typing, then moving on to the next cell, commits as well. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (title)));
  gtk_editable_set_text (GTK_EDITABLE (title), "保育员(夜班)");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (social_work)));
  g_assert_cmpstr (pp_plan_view_get_unit (view)->posts[2].title, ==, "保育员(夜班)");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (title), "error"));

  /* Text typed but not committed when the page turns to another unit
   * never lands in that unit's line. */
  {
    g_autofree char *other_title = NULL;

    g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
    other_title = g_strdup (pp_plan_view_get_unit (view)->posts[2].title);
    g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
    pp_test_wait_for_frames (GTK_WIDGET (window), 1);
    title = find_post_cell (view, GTK_TYPE_ENTRY, 2, PP_POST_FIELD_TITLE);
    g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (title)));
    gtk_editable_set_text (GTK_EDITABLE (title), "stray text");
    g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
    gtk_window_set_focus (GTK_WINDOW (window), NULL);
    pp_test_wait_for_frames (GTK_WIDGET (window), 1);
    g_assert_cmpstr (pp_plan_view_get_unit (view)->posts[2].title, ==, other_title);
    g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
    g_assert_cmpstr (pp_plan_view_get_unit (view)->posts[2].title, !=, "stray text");
    pp_test_wait_for_frames (GTK_WIDGET (window), 1);
    title = find_post_cell (view, GTK_TYPE_ENTRY, 2, PP_POST_FIELD_TITLE);
    category = find_post_cell (view, PP_TYPE_CHOICE_CELL, 2, PP_POST_FIELD_CATEGORY);
    level = find_post_cell (view, PP_TYPE_CHOICE_CELL, 2, PP_POST_FIELD_LEVEL);
    social_work = find_post_cell (view, GTK_TYPE_CHECK_BUTTON, 2, PP_POST_FIELD_SOCIAL_WORK);
  }

  /* Levels limited to the category's: a skilled worker's are “—”, 0–5
   * (0 is a level, “—” is none). */
  g_assert_cmpuint (pp_choice_cell_get_n_choices (level), ==, 1 + 6);
  pp_choice_cell_set_selected (level, 1);
  g_assert_cmpint (pp_plan_view_get_unit (view)->posts[2].level, ==, 0);
  pp_choice_cell_set_selected (level, 0);
  g_assert_cmpint (pp_plan_view_get_unit (view)->posts[2].level, ==, -1);

  /* Professional-technical: levels 1–13, offered as soon as it is chosen. */
  pp_choice_cell_set_selected (category, PP_CATEGORY_PROFESSIONAL);
  g_assert_cmpint (pp_plan_view_get_unit (view)->posts[2].category, ==, PP_CATEGORY_PROFESSIONAL);
  g_assert_cmpuint (pp_choice_cell_get_n_choices (level), ==, 1 + 13);
  pp_choice_cell_set_selected (level, 13);
  g_assert_cmpint (pp_plan_view_get_unit (view)->posts[2].level, ==, 13);

  /* Back to skilled: level 13 is no skilled level, and goes with the
   * category in one step. */
  pp_choice_cell_set_selected (category, PP_CATEGORY_SKILLED);
  g_assert_cmpint (pp_plan_view_get_unit (view)->posts[2].category, ==, PP_CATEGORY_SKILLED);
  g_assert_cmpint (pp_plan_view_get_unit (view)->posts[2].level, ==, -1);
  g_assert_cmpuint (pp_choice_cell_get_selected (level), ==, 0);
  gtk_check_button_set_active (social_work, TRUE);
  g_assert_true (pp_plan_view_get_unit (view)->posts[2].flags & PP_POST_SOCIAL_WORK);

  /* The special and new flags; graduates' reservations at most the count (3). */
  gtk_check_button_set_active (find_post_cell (view, GTK_TYPE_CHECK_BUTTON, 2, PP_POST_FIELD_SPECIAL), TRUE);
  g_assert_true (pp_plan_view_get_unit (view)->posts[2].flags & PP_POST_SPECIAL);
  gtk_check_button_set_active (find_post_cell (view, GTK_TYPE_CHECK_BUTTON, 2, PP_POST_FIELD_NEW), TRUE);
  g_assert_true (pp_plan_view_get_unit (view)->posts[2].flags & PP_POST_NEW);
  reserved = find_post_cell (view, GTK_TYPE_SPIN_BUTTON, 2, PP_POST_FIELD_GRADUATE_RESERVED);
  g_assert_nonnull (reserved);
  gtk_spin_button_set_value (reserved, 4);
  g_assert_cmpuint (pp_plan_view_get_unit (view)->posts[2].graduate_reserved, ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (reserved), ==, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (reserved), "error"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_screenshot (GTK_WIDGET (window), "unit-line-refused.png");
  gtk_spin_button_set_value (reserved, 3);
  g_assert_cmpuint (pp_plan_view_get_unit (view)->posts[2].graduate_reserved, ==, 3);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (reserved), "error"));

  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_screenshot (GTK_WIDGET (window), "unit-line-edited.png");

  /* Each was one step: eleven undos bring back the line as it was. */
  for (guint i = 0; i < 11; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  post = &pp_plan_view_get_unit (view)->posts[2];
  g_assert_cmpstr (post->title, ==, "育婴员");
  g_assert_cmpint (post->category, ==, PP_CATEGORY_SKILLED);
  g_assert_cmpint (post->level, ==, 4);
  g_assert_false (post->flags & (PP_POST_SOCIAL_WORK | PP_POST_SPECIAL | PP_POST_NEW));
  g_assert_cmpuint (post->graduate_reserved, ==, 0);

  /* A level outside the category's, as an imported file may hold: the
   * cell shows it, marked, and says why. */
  g_assert_true (pp_editor_apply (pp_plan_view_get_editor (view),
                                  pp_command_set_post_field ("cf-etfly", 2, PP_POST_FIELD_LEVEL, "9"), NULL));
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  level = find_post_cell (view, PP_TYPE_CHOICE_CELL, 2, PP_POST_FIELD_LEVEL);
  g_assert_cmpuint (pp_choice_cell_get_selected (level), ==, 1 + 6);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (level), "error"));
  g_assert_nonnull (strstr (pp_cell_tip_get (GTK_WIDGET (level)), "outside"));
  /* Shown again with the same choices, it keeps its mark. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (level), "error"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* The table's choice cell: its list is made when opened, marks the
 * choice shown, and a row taken from it is the new choice. */
static void
test_choice_cell (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *cell = pp_choice_cell_new ("Level");
  PpChoiceCell *choice = PP_CHOICE_CELL (cell);
  const char *labels[] = { "—", "1", "2", NULL };
  guint notified = 0;
  GtkWidget *popover, *list;

  g_signal_connect_swapped (cell, "notify::selected", G_CALLBACK (count_notify), &notified);
  g_assert_cmpuint (pp_choice_cell_get_selected (choice), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (pp_choice_cell_get_n_choices (choice), ==, 0);
  g_assert_null (pp_choice_cell_get_choice (choice, 0));

  pp_choice_cell_set_choices (choice, labels);
  g_assert_cmpuint (pp_choice_cell_get_n_choices (choice), ==, 3);
  g_assert_cmpuint (pp_choice_cell_get_selected (choice), ==, 0);
  pp_choice_cell_set_selected (choice, 2);
  g_assert_cmpuint (pp_choice_cell_get_selected (choice), ==, 2);
  g_assert_cmpuint (notified, ==, 2);
  /* The same again is no change; past the end is none. */
  pp_choice_cell_set_selected (choice, 2);
  g_assert_cmpuint (notified, ==, 2);
  pp_choice_cell_set_selected (choice, 3);
  g_assert_cmpuint (pp_choice_cell_get_selected (choice), ==, GTK_INVALID_LIST_POSITION);
  pp_choice_cell_set_selected (choice, 2);

  gtk_window_set_child (GTK_WINDOW (window), cell);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_frames (window, 1);
  {
    g_autoptr(GString) text = g_string_new (NULL);

    pp_test_collect_text (window, text);
    g_assert_nonnull (strstr (text->str, "2"));
  }

  /* Opened: one row per choice, the one shown marked. */
  g_assert_null (find_widget (cell, GTK_TYPE_POPOVER));
  pp_choice_cell_popup (choice);
  pp_test_wait_for_frames (window, 1);
  popover = find_widget (cell, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  list = find_widget (popover, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  for (guint i = 0; i < 3; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      GtkWidget *check = find_widget (GTK_WIDGET (row), GTK_TYPE_IMAGE);

      g_assert_cmpfloat (gtk_widget_get_opacity (check), ==, i == 2 ? 1 : 0);
    }
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2))));

  /* A row taken: the choice, and the list closes. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_cmpuint (pp_choice_cell_get_selected (choice), ==, 1);
  pp_test_wait_for_frames (window, 1);
  g_assert_false (gtk_widget_get_visible (find_widget (cell, GTK_TYPE_POPOVER)));

  /* Opened again, it marks the new choice. */
  pp_choice_cell_popup (choice);
  pp_test_wait_for_frames (window, 1);
  popover = find_widget (cell, GTK_TYPE_POPOVER);
  list = find_widget (popover, GTK_TYPE_LIST_BOX);
  g_assert_cmpfloat (gtk_widget_get_opacity (find_widget (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1)),
                                                          GTK_TYPE_IMAGE)), ==, 1);
  g_assert_cmpfloat (gtk_widget_get_opacity (find_widget (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2)),
                                                          GTK_TYPE_IMAGE)), ==, 0);
  gtk_popover_popdown (GTK_POPOVER (popover));

  g_object_add_weak_pointer (G_OBJECT (cell), (gpointer *) &cell);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (cell);
}

/* In standby the bin keeps its child laid out and mapped, at the width
 * it would have, but takes no room, draws nothing and cannot be reached
 * by pointer or keyboard; out of standby it is a plain bin. */
static void
test_standby_bin (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bin = pp_standby_bin_new ();
  GtkWidget *button = gtk_button_new_with_label ("Inside");
  GtkWidget *after = gtk_label_new ("After");
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  graphene_point_t at;
  int shown_width, shown_height;

  gtk_widget_set_size_request (button, -1, 80);
  pp_standby_bin_set_child (PP_STANDBY_BIN (bin), button);
  g_assert_true (pp_standby_bin_get_child (PP_STANDBY_BIN (bin)) == button);
  gtk_box_append (GTK_BOX (box), bin);
  gtk_box_append (GTK_BOX (box), after);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 200);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_frames (window, 2);

  /* Shown: the child's room, and the child takes the focus. */
  g_assert_false (pp_standby_bin_get_standby (PP_STANDBY_BIN (bin)));
  g_assert_cmpint (gtk_widget_get_height (bin), ==, 80);
  shown_width = gtk_widget_get_width (button);
  shown_height = gtk_widget_get_height (button);
  g_assert_true (gtk_widget_grab_focus (button));

  /* In standby: no room, the focus gone from what cannot be seen. */
  pp_standby_bin_set_standby (PP_STANDBY_BIN (bin), TRUE);
  g_assert_true (pp_standby_bin_get_standby (PP_STANDBY_BIN (bin)));
  g_assert_false (gtk_widget_has_focus (button));
  pp_test_wait_for_frames (window, 2);
  g_assert_cmpint (gtk_widget_get_height (bin), ==, 0);
  g_assert_true (gtk_widget_compute_point (after, box, &GRAPHENE_POINT_INIT (0, 0), &at));
  g_assert_cmpfloat (at.y, ==, 0);
  /* … but the child ready: mapped, at its own height and the bin's width. */
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpint (gtk_widget_get_height (button), ==, shown_height);
  g_assert_cmpint (gtk_widget_get_width (button), ==, shown_width);
  /* Neither keyboard nor pointer reach it, and it draws nothing. */
  g_assert_false (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_compute_point (bin, window, &GRAPHENE_POINT_INIT (10, 10), &at));
  g_assert_true (gtk_widget_pick (window, at.x, at.y, GTK_PICK_DEFAULT) != button);
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (bin)->snapshot (bin, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_null (node);

  /* Shown again: its room back, the same child. */
  pp_standby_bin_set_standby (PP_STANDBY_BIN (bin), FALSE);
  pp_test_wait_for_frames (window, 2);
  g_assert_cmpint (gtk_widget_get_height (bin), ==, 80);
  g_assert_true (gtk_widget_grab_focus (button));
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (bin)->snapshot (bin, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_unref (node);

  pp_standby_bin_set_child (PP_STANDBY_BIN (bin), NULL);
  g_assert_null (pp_standby_bin_get_child (PP_STANDBY_BIN (bin)));
  g_object_add_weak_pointer (G_OBJECT (bin), (gpointer *) &bin);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (bin);
}

/* The cells of the post table's rows, as many as the table has. */
static guint
count_title_cells (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ENTRY (child) && g_object_get_data (G_OBJECT (child), "post-cell") != NULL)
        n++;
      else
        n += count_title_cells (child);
    }
  return n;
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  return (int) *(const guint *) a - (int) *(const guint *) b;
}

/* The median of the units' line (or staff) counts, of those that have
 * any. */
static guint
median_count (GPtrArray *units,
              gboolean   staff)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < units->len; i++)
    {
      PpUnit *unit = g_ptr_array_index (units, i);
      guint n = staff ? unit->n_staff : unit->n_posts;

      if (n > 0)
        g_array_append_val (counts, n);
    }
  g_array_sort (counts, compare_uints);
  return g_array_index (counts, guint, counts->len / 2);
}

/* While the plan's page is shown, the unit page gets ready in standby:
 * its fields, and rows for the staff and the post lines of a typical
 * unit (the median of the units that have any). The first unit chosen
 * shows its values in those widgets, and makes only the rows it needs
 * beyond them; back on the plan's page they wait again, out of reach. */
static void
test_post_table_ready (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-post-table-ready.sqlite", 1400, 900);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpPlan *plan = pp_editor_get_plan (pp_plan_view_get_editor (view));
  GPtrArray *units = pp_plan_get_units (plan);
  PpStandbyBin *section = PP_STANDBY_BIN (find_widget (GTK_WIDGET (view), PP_TYPE_STANDBY_BIN));
  PpUnit *unit = pp_plan_find_unit (plan, "cf-shfly");
  GtkWidget *title, *name, *staff, *first_record;
  guint typical = median_count (units, FALSE), records = 0;

  /* The sample's typical unit has fewer lines and staff than this one. */
  g_assert_cmpuint (typical, >, 0);
  g_assert_cmpuint (typical, <, unit->n_posts);
  g_assert_cmpuint (median_count (units, TRUE), <, unit->n_staff);
  g_assert_true (pp_standby_bin_get_standby (section));
  for (guint i = 0; i < 200 && count_title_cells (GTK_WIDGET (view)) < typical; i++)
    pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (count_title_cells (GTK_WIDGET (view)), ==, typical);
  title = find_post_cell (view, GTK_TYPE_ENTRY, 0, PP_POST_FIELD_TITLE);
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_get_mapped (title));
  /* The staff list's rows, and the unit's fields, every type's. */
  staff = find_widget (find_widget (GTK_WIDGET (section), PP_TYPE_STAFF_LIST), GTK_TYPE_LIST_BOX);
  first_record = gtk_widget_get_first_child (staff);
  g_assert_true (ADW_IS_EXPANDER_ROW (first_record));
  for (GtkWidget *row = first_record; row; row = gtk_widget_get_next_sibling (row))
    records++;
  g_assert_cmpuint (records, ==, median_count (units, TRUE));
  name = find_widget (GTK_WIDGET (section), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (name);
  g_assert_nonnull (pp_test_find_tagged (GTK_WIDGET (section), GTK_TYPE_SPIN_BUTTON, "unit-field",
                                         PP_UNIT_FIELD_WORKERS, NULL, 0));
  g_assert_false (gtk_widget_grab_focus (title));
  /* Making cells ready is no edit. */
  g_assert_false (pp_editor_can_undo (pp_plan_view_get_editor (view)));

  /* The first unit: its lines in the cells made ahead, rows it lacks gone. */
  g_object_add_weak_pointer (G_OBJECT (title), (gpointer *) &title);
  g_assert_true (pp_plan_view_select_unit (view, unit->id));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_false (pp_standby_bin_get_standby (section));
  g_assert_true (title == find_post_cell (view, GTK_TYPE_ENTRY, 0, PP_POST_FIELD_TITLE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, unit->posts[0].title);
  g_assert_true (name == find_widget (GTK_WIDGET (section), ADW_TYPE_ENTRY_ROW));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, unit->name);
  g_assert_true (first_record == gtk_widget_get_first_child (staff));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (first_record)), !=, "");
  g_assert_cmpuint (count_title_cells (GTK_WIDGET (view)), ==, unit->n_posts);
  g_assert_true (gtk_widget_grab_focus (title));

  /* Back to the plan: the cells stay, in standby, the focus let go. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.show-overview", NULL));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_true (pp_standby_bin_get_standby (section));
  g_assert_false (gtk_widget_has_focus (title));
  g_assert_true (title == find_post_cell (view, GTK_TYPE_ENTRY, 0, PP_POST_FIELD_TITLE));
  g_assert_false (pp_editor_can_undo (pp_plan_view_get_editor (view)));

  g_object_remove_weak_pointer (G_OBJECT (title), (gpointer *) &title);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The compliance panel keeps the rows of results an edit leaves as they
 * were, and makes new ones only for what changed. */
static void
test_result_rows_kept (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-result-rows.sqlite", 1400, 900);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpEditor *editor = pp_plan_view_get_editor (view);
  GtkWidget *panel, *list;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  guint kept = 0, replaced = 0, n;

  panel = find_widget (GTK_WIDGET (view), PP_TYPE_RESULT_LIST);
  list = find_widget (panel, GTK_TYPE_LIST_BOX);
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  {
    guint n_results;

    g_autoptr(GString) first = g_string_new (NULL);

    /* The worst result at once, no other unit's below it; the rest once
     * the page is drawn. */
    pp_check_get_unit_results (pp_editor_get_check (editor), pp_plan_view_get_unit (view), &n_results);
    g_assert_cmpuint (n_results, >, 1);
    g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
    g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
    pp_test_collect_text (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)), first);
    g_assert_nonnull (strstr (first->str, "Fail"));
    pp_test_wait_for_frames (GTK_WIDGET (window), 1);
    g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n_results - 1));
    g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n_results));
  }
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    g_ptr_array_add (before, g_object_ref (row));
  n = before->len;
  g_assert_cmpuint (n, >=, 3);

  /* A new title changes no result: every row stays. */
  g_assert_true (pp_editor_apply (editor, pp_command_set_post_field ("cf-shfly", 0, PP_POST_FIELD_TITLE, "院长(新)"),
                                  NULL));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  {
    guint i = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row), i++)
      g_assert_true (i < n && row == before->pdata[i]);
    g_assert_cmpuint (i, ==, n);
  }

  /* More professional posts change the share's result, not the others. */
  {
    const PpPost *post = NULL;
    guint index = 0;
    g_autofree char *count = NULL;

    for (guint i = 0; i < pp_plan_view_get_unit (view)->n_posts && post == NULL; i++)
      if (pp_plan_view_get_unit (view)->posts[i].category == PP_CATEGORY_PROFESSIONAL)
        post = &pp_plan_view_get_unit (view)->posts[index = i];
    g_assert_nonnull (post);
    count = g_strdup_printf ("%u", post->count + 5);
    g_assert_true (pp_editor_apply (editor, pp_command_set_post_field ("cf-shfly", index, PP_POST_FIELD_COUNT, count),
                                    NULL));
  }
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (g_ptr_array_find (before, row, NULL))
      kept++;
    else
      replaced++;
  g_assert_cmpuint (kept, >, 0);
  g_assert_cmpuint (replaced, >, 0);
  /* What the panel shows is still what the check says. */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    const PpResult *share = pp_test_result_of (view, "chifeng-2022.welfare-professional-share");

    pp_test_collect_text (panel, text);
    g_assert_nonnull (share);
    {
      g_autofree char *message = pp_result_format_message (share);
      g_assert_nonnull (strstr (text->str, message));
    }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Units of one type share the page's field rows: the next one's values
 * come into them, and an edit there is that unit's. */
static void
test_fields_follow_unit (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-fields.sqlite", 1400, 900);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpPlan *plan = pp_editor_get_plan (pp_plan_view_get_editor (view));
  GtkWidget *seat, *name;

  g_assert_true (pp_plan_view_select_unit (view, "blyq-cgml"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  seat = pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_SWITCH, "unit-field", PP_UNIT_FIELD_COUNTY_SEAT, NULL, 0);
  name = find_widget (GTK_WIDGET (view), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (seat);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (seat)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "查干沐沦苏木");

  /* Another township: the same rows, its values. */
  g_assert_true (pp_plan_view_select_unit (view, "blyq-db"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_true (seat == pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_SWITCH, "unit-field", PP_UNIT_FIELD_COUNTY_SEAT,
                                      NULL, 0));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (seat)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "大板镇");
  /* Showing it was no edit. */
  g_assert_false (pp_editor_can_undo (pp_plan_view_get_editor (view)));

  gtk_switch_set_active (GTK_SWITCH (seat), FALSE);
  g_assert_false (pp_plan_find_unit (plan, "blyq-db")->flags & PP_UNIT_COUNTY_SEAT);
  g_assert_false (pp_plan_find_unit (plan, "blyq-cgml")->flags & PP_UNIT_COUNTY_SEAT);
  g_assert_true (pp_plan_find_unit (plan, "cf-etfly")->flags & PP_UNIT_COUNTY_SEAT);

  /* Another type, other rows; and back, the township's own values. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-etfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_SWITCH, "unit-field",
                                                                 PP_UNIT_FIELD_PUBLIC_INSTITUTION, NULL, 0))));
  g_assert_true (pp_plan_view_select_unit (view, "blyq-cgml"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_SWITCH, "unit-field",
                                                                  PP_UNIT_FIELD_PUBLIC_INSTITUTION, NULL, 0))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (GTK_WIDGET (view), ADW_TYPE_ENTRY_ROW))), ==,
                   "查干沐沦苏木");

  /* Each type shows its own rows, made once: a union's workers, then a
   * project's budget (the yearly funds, its field number 0, included). */
  {
    PpUnit *union_unit = pp_plan_find_unit (plan, "blyq-db-zgh");
    PpUnit *project = pp_plan_find_unit (plan, "cf-qhsg-xm");
    GtkSpinButton *workers, *funds;

    g_assert_true (pp_plan_view_select_unit (view, union_unit->id));
    workers = find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS);
    g_assert_nonnull (workers);
    g_assert_cmpfloat (gtk_spin_button_get_value (workers), ==, union_unit->drivers[PP_DRIVER_WORKERS]);
    g_assert_null (find_budget_spin (GTK_WIDGET (view), PP_PROJECT_FIELD_FUNDS));

    g_assert_true (pp_plan_view_select_unit (view, project->id));
    funds = find_budget_spin (GTK_WIDGET (view), PP_PROJECT_FIELD_FUNDS);
    g_assert_nonnull (funds);
    g_assert_cmpfloat (gtk_spin_button_get_value (funds), ==, (double) project->project->funds);
    g_assert_null (find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS));
    g_assert_false (gtk_widget_is_visible (GTK_WIDGET (workers)));

    g_assert_true (pp_plan_view_select_unit (view, union_unit->id));
    g_assert_true (find_spin_for_field (GTK_WIDGET (view), PP_UNIT_FIELD_WORKERS) == workers);
    g_assert_false (gtk_widget_is_visible (GTK_WIDGET (funds)));
    /* Showing them changed nothing. */
    union_unit = pp_plan_find_unit (plan, "blyq-db-zgh");
    project = pp_plan_find_unit (plan, "cf-qhsg-xm");
    g_assert_cmpfloat (gtk_spin_button_get_value (workers), ==, union_unit->drivers[PP_DRIVER_WORKERS]);
    g_assert_cmpfloat (gtk_spin_button_get_value (funds), ==, (double) project->project->funds);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("gui-import.sqlite");
  g_autofree char *bad_path = pp_test_tmp_path ("bad-level.xml");
  g_autofree char *sample_path = g_build_filename (g_getenv ("POSTPLAN_DATADIR"), "samples",
                                                   "chifeng-sample.xml", NULL);
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(GFile) sample = g_file_new_for_path (sample_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GString) text = g_string_new (NULL);
  PpWindow *window = pp_window_new (NULL, library, NULL);
  const char *bad_plan =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"t\" policy=\"chifeng-2022\" date=\"2026-11-22\">\n"
    "  <unit id=\"u\" type=\"school\" name=\"n\" students=\"900\">\n"
    "    <post id=\"p\" title=\"x\" category=\"professional\" level=\"14\" count=\"1\"/>\n"
    "  </unit>\n"
    "</plan>\n";

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 0);

  /* A bad file stores nothing, and the toast names the line. */
  g_assert_true (g_file_set_contents (bad_path, bad_plan, -1, NULL));
  g_assert_false (pp_window_import_file (window, bad));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 0);
  g_assert_null (pp_window_get_plan_view (window));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_screenshot (GTK_WIDGET (window), "import-refused.png");
  pp_test_collect_text (GTK_WIDGET (window), text);
  g_assert_nonnull (strstr (text->str, "bad-level.xml"));
  g_assert_nonnull (strstr (text->str, ":4"));

  /* A good one is listed and opened at once. */
  g_assert_true (pp_window_import_file (window, sample));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 1);
  g_assert_nonnull (pp_window_get_plan_view (window));

  /* Back on the library page, the search narrows the list by title or
   * policy, regardless of case; a miss says so instead of an empty box. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  {
    /* The page's only search entry: untagged data reads as 0. */
    GtkEditable *search = (GtkEditable *) pp_test_find_tagged (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search", 0,
                                                       NULL, 0);
    const struct { const char *query; guint shown; } searches[] = {
      { "赤峰", 1 }, { "CHIFENG-2022", 1 }, { "no such plan", 0 }, { "", 1 },
    };

    g_assert_nonnull (search);
    for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
      {
        gtk_editable_set_text (search, searches[i].query);
        g_signal_emit_by_name (search, "search-changed");
        g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, searches[i].shown);
        if (searches[i].shown == 0)
          {
            g_autoptr(GString) shown = g_string_new (NULL);

            pp_test_wait_for_frames (GTK_WIDGET (window), 2);
            pp_test_screenshot (GTK_WIDGET (window), "library-no-match.png");
            pp_test_collect_text (GTK_WIDGET (window), shown);
            g_assert_nonnull (strstr (shown->str, "No plan matches the search"));
          }
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_file (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-export.sqlite", 1000, 700);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpPlan *plan = pp_editor_get_plan (pp_plan_view_get_editor (view));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("exported.xml");
  g_autofree char *nowhere = pp_test_tmp_path ("no-such-folder/exported.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (nowhere);
  g_autoptr(PpPlan) again = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  /* A folder that is not there: nothing written, and a toast says so.
   * Toasts queue, one on show at a time: this one goes first. */
  g_assert_false (pp_plan_view_export_file (view, bad));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_collect_text (GTK_WIDGET (window), text);
  g_assert_nonnull (strstr (text->str, "no-such-folder"));

  /* What is exported reads back as the same plan. */
  g_assert_true (pp_plan_view_export_file (view, file));
  again = pp_plan_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_plan_get_title (again), ==, pp_plan_get_title (plan));
  g_assert_cmpuint (pp_plan_get_n_roots (again), ==, pp_plan_get_n_roots (plan));
  g_assert_cmpuint (pp_plan_get_n_posts (again), ==, pp_plan_get_n_posts (plan));
  g_assert_nonnull (pp_plan_find_unit (again, "cf-etfly"));

  /* Ctrl+E asks where, suggesting the plan's title as the file's name;
   * Cancel writes nothing. (Without a portal, GTK shows its own dialog.) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.export", NULL));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */
    GtkWidget *dialog = NULL;
    g_autofree char *expected = g_strconcat (pp_plan_get_title (plan), ".xml", NULL);
    g_autofree char *name = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
        if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel))
          dialog = toplevel;
      }
    g_assert_nonnull (dialog);
    name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
    g_assert_cmpstr (name, ==, expected);
    gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
    pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  }

  /* The check report: text, or the XML of interfaces.md §2 by its name. */
  {
    g_autofree char *txt_path = pp_test_tmp_path ("report.txt");
    g_autofree char *xml_path = pp_test_tmp_path ("report.xml");
    g_autoptr(GFile) txt = g_file_new_for_path (txt_path);
    g_autoptr(GFile) xml = g_file_new_for_path (xml_path);
    g_autofree char *txt_text = NULL, *xml_text = NULL;

    g_assert_true (pp_plan_view_export_report (view, txt));
    g_assert_true (g_file_get_contents (txt_path, &txt_text, NULL, NULL));
    g_assert_nonnull (strstr (txt_text, "赤峰市社会福利院"));
    g_assert_nonnull (strstr (txt_text, "三(一)1"));
    g_assert_null (strstr (txt_text, "\033["));   /* no terminal colours in a file */
    g_assert_true (pp_plan_view_export_report (view, xml));
    g_assert_true (g_file_get_contents (xml_path, &xml_text, NULL, NULL));
    g_assert_nonnull (strstr (xml_text, "urn:postplan:report:1"));
    g_assert_false (pp_plan_view_export_report (view, bad));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_file_starts (const char *path,
                    const char *magic,
                    gsize       length)
{
  g_autofree char *contents = NULL;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
  g_assert_cmpuint (size, >, length);
  g_assert_cmpmem (contents, length, magic, length);
}

/* Export Report writes the 岗位设置方案表 as PDF, its tables as XLSX or
 * CSV, of the unit shown or, on the plan's page, of the whole plan;
 * printing draws the same pages (here into a PDF, as the print dialog's
 * "Print to File" does). */
static void
test_report_forms (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-report-forms.sqlite", 1280, 860);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  g_autofree char *pdf = pp_test_tmp_path ("unit-report.pdf");
  g_autofree char *xlsx = pp_test_tmp_path ("unit-report.XLSX");
  g_autofree char *unit_csv = pp_test_tmp_path ("unit-report.csv");
  g_autofree char *plan_csv = pp_test_tmp_path ("plan-report.csv");
  g_autofree char *printed = pp_test_tmp_path ("printed.pdf");
  g_autofree char *text = NULL;

  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  {
    g_autoptr(GFile) file = g_file_new_for_path (pdf);
    g_assert_true (pp_plan_view_export_report (view, file));
  }
  assert_file_starts (pdf, "%PDF-", 5);
  {
    /* The ending decides, whatever its case. */
    g_autoptr(GFile) file = g_file_new_for_path (xlsx);
    g_assert_true (pp_plan_view_export_report (view, file));
  }
  assert_file_starts (xlsx, "PK\x03\x04", 4);
  {
    g_autoptr(GFile) file = g_file_new_for_path (unit_csv);
    g_assert_true (pp_plan_view_export_report (view, file));
  }
  assert_file_starts (unit_csv, "\xef\xbb\xbf", 3);
  g_assert_true (g_file_get_contents (unit_csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "赤峰市社会福利院"));
  g_assert_null (strstr (text, "巴林右旗医院"));
  g_clear_pointer (&text, g_free);

  /* The unit's pages, printed. */
  g_assert_true (pp_plan_view_print_report (view, printed));
  assert_file_starts (printed, "%PDF-", 5);

  /* On the plan's page, the roll-up of every unit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.show-overview", NULL));
  g_assert_null (pp_plan_view_get_unit (view));
  {
    g_autoptr(GFile) file = g_file_new_for_path (plan_csv);
    g_assert_true (pp_plan_view_export_report (view, file));
  }
  g_assert_true (g_file_get_contents (plan_csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "赤峰市社会福利院"));
  g_assert_nonnull (strstr (text, "巴林右旗医院"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_cell_refused (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-bad.sqlite", 0, 0);
  PpPlanView *view;
  GtkSpinButton *spin;

  view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);

  /* Letters and negative numbers never reach the plan. */
  spin = find_count_spin (GTK_WIDGET (view), 0);
  g_assert_nonnull (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), "abc");
  gtk_spin_button_update (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), "-5");
  gtk_spin_button_update (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), >=, 0);
  g_assert_cmpuint (pp_plan_view_get_unit (view)->posts[0].count, <, G_MAXINT32);
  g_assert_true ((gint) pp_plan_view_get_unit (view)->posts[0].count >= 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every label a combo row offers, one per line. */
static char *
combo_labels (GtkWidget *row)
{
  GListModel *labels = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    g_string_append_printf (text, "%s\n", gtk_string_list_get_string (GTK_STRING_LIST (labels), i));
  return g_string_free (text, FALSE);
}

static void
test_new_plan_dialog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("gui-new-plan.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  PpWindow *window = pp_window_new (NULL, library, NULL);
  PpNewPlanDialog *dialog;
  GtkWidget *create, *policy;
  g_autoptr(GPtrArray) plans = NULL;
  PpPlan *plan;
  PpUnit *city;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL));
  dialog = PP_NEW_PLAN_DIALOG (pp_test_find_toplevel (PP_TYPE_NEW_PLAN_DIALOG));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  create = pp_test_find_named (GTK_WIDGET (dialog), "create");
  policy = pp_test_find_named (GTK_WIDGET (dialog), "policy");

  /* No title, no plan. */
  pp_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  g_assert_false (gtk_widget_is_sensitive (create));

  /* Shenzhen's pack was in force until 2025-11-11: on that day it is
   * offered as is, a day later marked expired. */
  pp_new_plan_dialog_set_date (dialog, 2025, 11, 11);
  {
    g_autofree char *text = combo_labels (policy);
    g_assert_null (strstr (text, "(expired)"));
  }
  pp_new_plan_dialog_set_date (dialog, 2026, 11, 22);
  {
    g_autofree char *text = combo_labels (policy);
    GListModel *labels = adw_combo_row_get_model (ADW_COMBO_ROW (policy));

    g_assert_nonnull (strstr (text, "(expired)"));
    /* Offered first: a pack in force, never an expired one. */
    g_assert_null (strstr (gtk_string_list_get_string (GTK_STRING_LIST (labels),
                                                       adw_combo_row_get_selected (ADW_COMBO_ROW (policy))),
                           "(expired)"));
  }

  /* A city needs its name before it can be created. */
  gtk_editable_set_text (GTK_EDITABLE (pp_test_find_named (GTK_WIDGET (dialog), "title")), "赤峰市 2027 年岗位设置");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (pp_test_find_named (GTK_WIDGET (dialog), "start-city")), TRUE);
  g_assert_false (gtk_widget_is_sensitive (create));
  gtk_editable_set_text (GTK_EDITABLE (pp_test_find_named (GTK_WIDGET (dialog), "place-name")), "赤峰市");
  gtk_editable_set_text (GTK_EDITABLE (pp_test_find_named (GTK_WIDGET (dialog), "counties")), "红山区、松山区，宁城县");
  g_assert_true (gtk_widget_is_sensitive (create));
  {
    /* chifeng-2022 is the first pack by id. */
    GListModel *labels = adw_combo_row_get_model (ADW_COMBO_ROW (policy));
    for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
      if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "赤峰"))
        adw_combo_row_set_selected (ADW_COMBO_ROW (policy), i);
  }
  pp_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  pp_test_screenshot (GTK_WIDGET (dialog), "new-plan-dialog.png");

  /* A library that cannot store it: the dialog stays, with all that was
   * typed, and says why. */
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library), "PRAGMA query_only=1", &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (pp_test_find_named (GTK_WIDGET (dialog), "problem")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pp_test_find_named (GTK_WIDGET (dialog), "counties"))), ==,
                   "红山区、松山区，宁城县");
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library), "PRAGMA query_only=0", &error));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  for (guint i = 0; dialog != NULL && i < 1000; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (dialog);

  /* Stored, and open in the window. */
  plans = pp_library_list_plans (library, FALSE, &error);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpstr (((PpPlanInfo *) plans->pdata[0])->title, ==, "赤峰市 2027 年岗位设置");
  g_assert_cmpstr (((PpPlanInfo *) plans->pdata[0])->date, ==, "2026-11-22");
  plan = pp_editor_get_plan (pp_plan_view_get_editor (PP_PLAN_VIEW (pp_window_get_plan_view (window))));
  g_assert_cmpstr (pp_plan_get_policy (plan), ==, "chifeng-2022");
  city = pp_plan_get_root (plan, 0);
  g_assert_cmpstr (city->name, ==, "赤峰市");
  g_assert_cmpuint (city->n_children, ==, 3);
  g_assert_cmpstr (city->children[2]->name, ==, "宁城县");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An action row under root whose title is title. */
static GtkWidget *
find_action_row (GtkWidget  *root,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)),
                                                  title) == 0)
        return child;
      if ((found = find_action_row (child, title)))
        return found;
    }
  return NULL;
}

static void
test_plan_overview (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-overview.sqlite", 1280, 1600);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *row;

  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  /* The overview alone, all of it, bars and thresholds included. */
  pp_test_screenshot (pp_test_find_tagged (GTK_WIDGET (view), PP_TYPE_PLAN_OVERVIEW, "none", 0, NULL, 0), "plan-overview-bars.png");
  pp_test_collect_text (GTK_WIDGET (view), text);
  /* The sample's posts, counted by hand from chifeng-sample.xml: 30
   * management of 225 counted posts. */
  g_assert_nonnull (strstr (text->str, "Posts by Category"));
  g_assert_nonnull (strstr (text->str, "30 · 13.3%"));
  g_assert_nonnull (strstr (text->str, "Professional-Technical Posts by Band"));
  g_assert_nonnull (strstr (text->str, "Shares Against Their Thresholds"));
  /* The welfare home's 60% against 70%: one unit of the two short. */
  g_assert_nonnull (strstr (text->str, "Professional-technical posts in welfare institutions · 三(一)1 第二段"));

  /* Every problem leads to its unit; a row keeps to one line each for the
   * unit and the rule, the rule whole in its tooltip. */
  row = find_action_row (GTK_WIDGET (view), "赤峰市社会福利院");
  g_assert_nonnull (row);
  g_assert_cmpint (adw_action_row_get_title_lines (ADW_ACTION_ROW (row)), ==, 1);
  g_assert_cmpint (adw_action_row_get_subtitle_lines (ADW_ACTION_ROW (row)), ==, 1);
  g_assert_cmpstr (pp_cell_tip_get (row), ==, adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  gtk_widget_activate (row);
  g_assert_nonnull (pp_plan_view_get_unit (view));
  g_assert_cmpstr (pp_plan_view_get_unit (view)->id, ==, "cf-shfly");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* From 800×600 up: the side panes fold away and come back over the page. */
static void
test_narrow_window (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-narrow.sqlite", 800, 600);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  AdwFlap *tree_flap, *panel_flap;

  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  tree_flap = ADW_FLAP (pp_test_find_tagged (GTK_WIDGET (view), ADW_TYPE_FLAP, "none", 0, NULL, 0));
  panel_flap = ADW_FLAP (pp_test_find_tagged (GTK_WIDGET (tree_flap), ADW_TYPE_FLAP, "none", 0, NULL, 0));
  g_assert_true (adw_flap_get_folded (panel_flap));
  g_assert_false (adw_flap_get_reveal_flap (panel_flap));
  pp_test_screenshot (GTK_WIDGET (window), "narrow-unit.png");

  /* Shift+F9's action brings the compliance panel over the page, and back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.toggle-compliance", NULL));
  g_assert_true (adw_flap_get_reveal_flap (panel_flap));
  pp_test_wait_for_frames (GTK_WIDGET (window), 20);
  pp_test_screenshot (GTK_WIDGET (window), "narrow-compliance.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.toggle-compliance", NULL));
  g_assert_false (adw_flap_get_reveal_flap (panel_flap));

  /* Wide again: everything side by side. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  pp_test_wait_for_frames (GTK_WIDGET (window), 5);
  g_assert_false (adw_flap_get_folded (tree_flap));
  g_assert_false (adw_flap_get_folded (panel_flap));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_plan_settings (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-settings.sqlite", 1200, 800);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpEditor *editor = pp_plan_view_get_editor (view);
  PpPlanSettings *settings;
  GtkWidget *policy;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.settings", NULL));
  settings = PP_PLAN_SETTINGS (pp_test_find_toplevel (PP_TYPE_PLAN_SETTINGS));
  g_assert_nonnull (settings);
  g_object_add_weak_pointer (G_OBJECT (settings), (gpointer *) &settings);
  pp_test_wait_for_frames (GTK_WIDGET (settings), 3);
  pp_test_screenshot (GTK_WIDGET (settings), "plan-settings.png");

  /* An override of the welfare share's threshold: 18 of 30 is 60%. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_FAIL);
  {
    GtkWidget *rule = pp_test_find_named (GTK_WIDGET (settings), "override-rule");
    GtkWidget *param = pp_test_find_named (GTK_WIDGET (settings), "override-param");
    GListModel *params;
    g_autofree char *rules = combo_labels (rule);
    g_auto(GStrv) lines = g_strsplit (rules, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "Professional-technical posts in welfare institutions"))
        adw_combo_row_set_selected (ADW_COMBO_ROW (rule), i);
    params = adw_combo_row_get_model (ADW_COMBO_ROW (param));
    for (guint i = 0; i < g_list_model_get_n_items (params); i++)
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (params), i), "threshold"))
        adw_combo_row_set_selected (ADW_COMBO_ROW (param), i);

    /* A value the rule cannot read is refused. */
    gtk_editable_set_text (GTK_EDITABLE (pp_test_find_named (GTK_WIDGET (settings), "override-value")), "sixty");
    g_signal_emit_by_name (pp_test_find_named (GTK_WIDGET (settings), "add-override"), "clicked");
    g_assert_cmpuint (pp_plan_get_overrides (pp_editor_get_plan (editor))->len, ==, 0);

    gtk_editable_set_text (GTK_EDITABLE (pp_test_find_named (GTK_WIDGET (settings), "override-value")), "3/5");
    g_signal_emit_by_name (pp_test_find_named (GTK_WIDGET (settings), "add-override"), "clicked");
    g_assert_cmpuint (pp_plan_get_overrides (pp_editor_get_plan (editor))->len, ==, 1);
    pp_test_wait_for_frames (GTK_WIDGET (settings), 2);
    pp_test_screenshot (GTK_WIDGET (settings), "plan-settings-override.png");
  }
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_PASS);

  /* The date: Shenzhen's pack is offered as expired a day after its end. */
  g_assert_true (pp_plan_settings_set_date (settings, 2025, 11, 12));
  policy = pp_test_find_named (GTK_WIDGET (settings), "policy");
  {
    g_autofree char *labels = combo_labels (policy);
    g_assert_nonnull (strstr (labels, "(expired)"));
  }
  g_assert_cmpint (g_date_get_year (pp_plan_get_date (pp_editor_get_plan (editor))), ==, 2025);

  /* Both undo from the plan window, and the settings follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  g_assert_cmpint (g_date_get_year (pp_plan_get_date (pp_editor_get_plan (editor))), ==, 2026);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  g_assert_cmpuint (pp_plan_get_overrides (pp_editor_get_plan (editor))->len, ==, 0);
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  g_assert_cmpint (pp_test_result_of (view, "chifeng-2022.welfare-professional-share")->status, ==, PP_STATUS_FAIL);

  gtk_window_destroy (GTK_WINDOW (settings));
  g_assert_null (settings);
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
tree_rows (PpPlanView *view)
{
  GtkListView *tree = (GtkListView *) pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW, "unit-tree", 1, NULL, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (tree)));
}

static void
test_tree_edits (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-tree.sqlite", 1200, 800);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpPlan *plan = pp_editor_get_plan (pp_plan_view_get_editor (view));
  GtkEditable *search = (GtkEditable *) pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, "unit-tree", 1,
                                                    NULL, 0);
  GtkStack *stack = (GtkStack *) pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_STACK, "unit-tree", 1, NULL, 0);
  guint rows = tree_rows (view);
  PpUnit *unit;

  /* Finding units by name: the two welfare homes, then nothing. */
  g_assert_nonnull (search);
  gtk_editable_set_text (search, "福利院");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (tree_rows (view), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "tree");
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_screenshot (GTK_WIDGET (window), "tree-search.png");
  gtk_editable_set_text (search, "no such unit");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-match");
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (tree_rows (view), ==, rows);

  /* A sibling goes right after the unit shown, under the same parent. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  {
    PpUnit *home = pp_plan_view_get_unit (view);
    guint place = pp_unit_get_place (plan, home);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.add-sibling", NULL));
    unit = pp_plan_view_get_unit (view);
    g_assert_true (unit->parent == pp_plan_find_unit (plan, "cf-shfly")->parent);
    g_assert_cmpuint (pp_unit_get_place (plan, unit), ==, place + 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  }

  /* Moving the township union under the city, through the dialog. */
  g_assert_true (pp_plan_view_select_unit (view, "blyq-db-zgh"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.move-unit", NULL));
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    GtkDropDown *choice;
    GListModel *labels;

    g_assert_nonnull (dialog);
    choice = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
    labels = gtk_drop_down_get_model (choice);
    for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
      {
        const char *label = gtk_string_list_get_string (GTK_STRING_LIST (labels), i);
        /* Never under itself, nor where it already is. */
        g_assert_false (g_str_has_suffix (label, "大板镇总工会"));
        g_assert_false (g_str_has_suffix (label, "› 大板镇"));
        if (g_str_equal (label, "赤峰市"))
          gtk_drop_down_set_selected (choice, i);
      }
    pp_test_wait_for_frames (GTK_WIDGET (dialog), 2);
    pp_test_screenshot (GTK_WIDGET (dialog), "move-unit.png");
    adw_message_dialog_response (dialog, "move");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  unit = pp_plan_find_unit (plan, "blyq-db-zgh");
  g_assert_cmpstr (unit->parent->id, ==, "cf");
  g_assert_true (pp_plan_view_get_unit (view) == unit);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  g_assert_cmpstr (pp_plan_find_unit (plan, "blyq-db-zgh")->parent->id, ==, "blyq-db");

  /* A unit cannot go under one of its own. */
  g_assert_false (pp_plan_view_move_unit (view, "cf", "cf-shfly"));
  g_assert_null (pp_plan_find_unit (plan, "cf")->parent);

  gtk_window_destroy (GTK_WINDOW (window));
}

#define find_staff_row(root, type, index, field) \
  ((gpointer) pp_test_find_tagged (GTK_WIDGET (root), type, "staff-index", index, "staff-field", (field) + 1))

static void
test_staff (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-staff.sqlite", 1200, 900);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpUnit *unit;
  guint before, added;
  GtkWidget *add;
  GtkSpinButton *hours;

  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  before = pp_plan_view_get_unit (view)->n_staff;
  g_assert_cmpuint (before, >, 0);

  /* A new record, on the first line, open for its details. */
  add = GTK_WIDGET (find_button (GTK_WIDGET (view), "Add _Staff Record"));
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  unit = pp_plan_view_get_unit (view);
  added = unit->n_staff - 1;
  g_assert_cmpuint (unit->n_staff, ==, before + 1);
  g_assert_cmpuint (unit->staff[added].post, ==, 0);

  /* Its name (personal), certificate, directed city and post line. */
  {
    GtkEditable *name = find_staff_row (view, ADW_TYPE_ENTRY_ROW, added, PP_STAFF_FIELD_NAME);
    GtkEditable *city = find_staff_row (view, ADW_TYPE_ENTRY_ROW, added, PP_STAFF_FIELD_DIRECTED_CITY);
    AdwComboRow *certificate = find_staff_row (view, ADW_TYPE_COMBO_ROW, added, PP_STAFF_FIELD_CERTIFICATE);
    AdwComboRow *post = find_staff_row (view, ADW_TYPE_COMBO_ROW, added, PP_STAFF_FIELD_POST);

    g_assert_nonnull (name);
    gtk_editable_set_text (name, " 王芳 ");
    g_signal_emit_by_name (name, "apply");
    g_assert_cmpstr (pp_plan_view_get_unit (view)->staff[added].name, ==, "王芳");
    adw_combo_row_set_selected (certificate, PP_CERT_INTERMEDIATE);
    g_assert_cmpint (pp_plan_view_get_unit (view)->staff[added].certificate, ==, PP_CERT_INTERMEDIATE);
    gtk_editable_set_text (city, "赤峰市");
    g_signal_emit_by_name (city, "apply");
    g_assert_cmpstr (pp_plan_view_get_unit (view)->staff[added].directed_city, ==, "赤峰市");
    /* The line a record sits on cannot be removed; once the record
     * moves on, it can, and the line it moved to cannot. */
    adw_combo_row_set_selected (post, 1);
    g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_remove_button (GTK_WIDGET (view), 1))));
    adw_combo_row_set_selected (post, 5);
    g_assert_cmpuint (pp_plan_view_get_unit (view)->staff[added].post, ==, 5);
    g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (find_remove_button (GTK_WIDGET (view), 1))));
    g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_remove_button (GTK_WIDGET (view), 5))));
  }

  /* Training hours by year: the plan's year and the four before it. */
  hours = (GtkSpinButton *) pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_SPIN_BUTTON, "staff-index", added, NULL, 0);
  g_assert_nonnull (hours);
  g_assert_cmpint (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (hours), "training-year")), ==, 2022);
  gtk_spin_button_set_value (hours, 24);
  unit = pp_plan_view_get_unit (view);
  g_assert_cmpuint (unit->staff[added].n_training, ==, 1);
  g_assert_cmpint (unit->staff[added].training[0].year, ==, 2022);
  g_assert_cmpint (unit->staff[added].training[0].hours, ==, 24);
  gtk_spin_button_set_value (hours, 0);
  g_assert_cmpuint (pp_plan_view_get_unit (view)->staff[added].n_training, ==, 0);
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  pp_test_screenshot (pp_test_find_tagged (GTK_WIDGET (view), PP_TYPE_STAFF_LIST, "none", 0, NULL, 0), "unit-staff.png");

  /* Names never leave the library: the exported plan has none. */
  {
    g_autofree char *path = pp_test_tmp_path ("staff-export.xml");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *text = NULL;

    g_assert_true (pp_plan_view_export_file (view, file));
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_null (strstr (text, "王芳"));
  }

  /* Removing it, then one undo brings it back, name and all. */
  g_signal_emit_by_name (pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_BUTTON, "staff-index", added, NULL, 0), "clicked");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_staff, ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
  unit = pp_plan_view_get_unit (view);
  g_assert_cmpuint (unit->n_staff, ==, before + 1);
  g_assert_cmpstr (unit->staff[added].name, ==, "王芳");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The staff list's rows, in order. */
static GPtrArray *
staff_rows (PpPlanView *view)
{
  GtkWidget *list = find_widget (find_widget (GTK_WIDGET (view), PP_TYPE_STAFF_LIST), GTK_TYPE_LIST_BOX);
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    g_ptr_array_add (rows, row);
  return rows;
}

/* A line added or removed from the table's own buttons changes what the
 * staff list offers: the lines a record may sit on, and whether a record
 * may be added at all. */
static void
test_staff_follow_lines (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-staff-lines.sqlite", 1200, 900);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  GtkWidget *add_staff;
  AdwComboRow *post;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_true (pp_plan_view_select_unit (view, "cf"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.add-unit", NULL));
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, 0);
  add_staff = GTK_WIDGET (find_button (GTK_WIDGET (view), "Add _Staff Record"));
  g_assert_nonnull (add_staff);
  g_assert_false (gtk_widget_get_sensitive (add_staff));

  /* One line; a record on it, opened: its line is the only one offered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.add-post", NULL));
  g_assert_true (gtk_widget_get_sensitive (add_staff));
  g_signal_emit_by_name (add_staff, "clicked");
  post = find_staff_row (view, ADW_TYPE_COMBO_ROW, 0, PP_STAFF_FIELD_POST);
  g_assert_nonnull (post);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (post)), ==, 1);

  /* The line duplicated from its row: the record, opened again, offers both. */
  g_signal_emit_by_name (find_duplicate_button (GTK_WIDGET (view), 0), "clicked");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, 2);
  rows = staff_rows (view);
  g_assert_cmpuint (rows->len, ==, 1);
  adw_expander_row_set_expanded (g_ptr_array_index (rows, 0), TRUE);
  post = find_staff_row (view, ADW_TYPE_COMBO_ROW, 0, PP_STAFF_FIELD_POST);
  g_assert_nonnull (post);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (post)), ==, 2);

  /* The record goes, then the copy and the line from their rows: with no
   * line left, no record can be added. */
  g_signal_emit_by_name (g_object_get_data (g_ptr_array_index (rows, 0), "staff-remove"), "clicked");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_staff, ==, 0);
  g_signal_emit_by_name (find_remove_button (GTK_WIDGET (view), 1), "clicked");
  g_assert_true (gtk_widget_get_sensitive (add_staff));
  g_signal_emit_by_name (find_remove_button (GTK_WIDGET (view), 0), "clicked");
  g_assert_cmpuint (pp_plan_view_get_unit (view)->n_posts, ==, 0);
  g_assert_false (gtk_widget_get_sensitive (add_staff));
  g_assert_null (find_remove_button (GTK_WIDGET (view), 0));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Going from unit to unit, a closed record's row shows the next unit's
 * record in its place; an opened one (its details made) is replaced, so
 * that no detail of one record shows under another's heading. */
static void
test_staff_rows_follow_unit (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-staff-rows.sqlite", 1200, 900);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  PpPlan *plan = pp_editor_get_plan (pp_plan_view_get_editor (view));
  PpUnit *next = pp_plan_find_unit (plan, "cf-bfzx");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkEditable *name;

  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  before = staff_rows (view);
  g_assert_cmpuint (before->len, ==, 5);
  adw_expander_row_set_expanded (g_ptr_array_index (before, 0), TRUE);
  g_assert_nonnull (find_staff_row (view, ADW_TYPE_ENTRY_ROW, 0, PP_STAFF_FIELD_NAME));

  g_assert_true (pp_plan_view_select_unit (view, next->id));
  pp_test_wait_for_frames (GTK_WIDGET (window), 1);
  after = staff_rows (view);
  g_assert_cmpuint (after->len, ==, next->n_staff);
  g_assert_true (g_ptr_array_index (after, 0) != g_ptr_array_index (before, 0));
  g_assert_false (adw_expander_row_get_expanded (g_ptr_array_index (after, 0)));
  for (guint i = 1; i < next->n_staff; i++)
    {
      g_autofree char *title = g_strdup_printf ("Staff record %s", next->staff[i].id);

      g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (before, i));
      g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (after, i)), ==, title);
      g_assert_nonnull (strstr (adw_expander_row_get_subtitle (g_ptr_array_index (after, i)),
                                next->posts[next->staff[i].post].title));
    }
  /* A reused row's details, once opened, and its remove button, are the
   * new record's. */
  adw_expander_row_set_expanded (g_ptr_array_index (after, 2), TRUE);
  name = find_staff_row (view, ADW_TYPE_ENTRY_ROW, 2, PP_STAFF_FIELD_NAME);
  g_assert_nonnull (name);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (name), g_ptr_array_index (after, 2)));
  g_assert_cmpstr (gtk_editable_get_text (name), ==, next->staff[2].name ? next->staff[2].name : "");
  g_signal_emit_by_name (pp_test_find_tagged (g_ptr_array_index (after, 3), GTK_TYPE_BUTTON, "staff-index", 3, NULL, 0),
                         "clicked");
  next = pp_plan_find_unit (plan, "cf-bfzx");
  g_assert_cmpuint (next->n_staff, ==, 3);
  for (guint i = 0; i < next->n_staff; i++)
    g_assert_cmpstr (next->staff[i].id, !=, "cf-bfzx-s04");
  /* Showing was no edit; only the removal was. */
  g_assert_true (pp_editor_undo (pp_plan_view_get_editor (view), NULL));
  g_assert_false (pp_editor_can_undo (pp_plan_view_get_editor (view)));

  /* A unit without staff: the empty row alone. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-qhsg-xm"));
  g_assert_true (pp_plan_view_select_unit (view, "blyq-cgml"));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = staff_rows (view);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_false (ADW_IS_EXPANDER_ROW (g_ptr_array_index (after, 0)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window opens at the size it had when it was last closed. */
static void
test_window_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("gui-size.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  PpWindow *window = pp_window_new (NULL, library, NULL);
  int width, height;

  g_assert_nonnull (g_getenv ("GSETTINGS_SCHEMA_DIR"));
  gtk_window_set_default_size (GTK_WINDOW (window), 913, 677);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  for (guint i = 0; window != NULL && i < 1000; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (window);

  window = pp_window_new (NULL, library, NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 913);
  g_assert_cmpint (height, ==, 677);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged or newer library stops work: a dialog says what to do. */
static void
test_blocking_dialogs (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("gui-newer.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(GError) corrupt = g_error_new_literal (PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
                                                   "The plan library x.sqlite is damaged: restore it from a backup");
  PpWindow *window;
  AdwMessageDialog *dialog;

  /* Damaged: the dialog, and the library page says it too. */
  window = pp_window_new (NULL, NULL, corrupt);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  dialog = ADW_MESSAGE_DIALOG (pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Plan Library Is Damaged");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "restore it from a backup"));
  pp_test_screenshot (GTK_WIDGET (dialog), "library-damaged.png");
  /* The dialog goes with its window. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; dialog != NULL && i < 1000; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (dialog);

  /* Written by a newer PostPlan: open read-only, and told why. */
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library),
                                               "PRAGMA user_version=99; PRAGMA journal_mode=DELETE", &error));
  g_clear_object (&library);
  library = pp_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pp_library_is_read_only (library));
  window = pp_window_new (NULL, library, NULL);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  dialog = ADW_MESSAGE_DIALOG (pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newer"));
  adw_message_dialog_response (dialog, "close");
  /* Nothing can be stored in it: no new plan, no import. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-plan", NULL);
  pp_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_null (pp_test_find_toplevel (PP_TYPE_NEW_PLAN_DIALOG));
  g_assert_null (pp_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL && i < 1000; i++)
    g_main_context_iteration (NULL, FALSE);

  /* A change the library cannot take in the middle of work (here, a
   * library turned read-only under the window): a dialog too, and the
   * plan stays as it was. */
  {
    PpPlanView *view;
    PpLibrary *shared;
    GtkSpinButton *spin;
    guint count;

    window = pp_test_open_sample_window ("gui-midway.sqlite", 1200, 800);
    view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
    g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
    pp_test_wait_for_frames (GTK_WIDGET (window), 2);
    count = pp_plan_view_get_unit (view)->posts[1].count;
    shared = pp_window_get_library (window);
    g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (shared), "PRAGMA query_only=1", &error));
    spin = find_count_spin (GTK_WIDGET (view), 1);
    gtk_spin_button_set_value (spin, count + 5);
    pp_test_wait_for_frames (GTK_WIDGET (window), 3);
    dialog = ADW_MESSAGE_DIALOG (pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Change Was Not Saved");
    g_assert_cmpuint (pp_plan_view_get_unit (view)->posts[1].count, ==, count);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, (int) count);
    adw_message_dialog_response (dialog, "close");
    g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (shared), "PRAGMA query_only=0", &error));
    for (guint i = 0; pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL && i < 1000; i++)
      g_main_context_iteration (NULL, FALSE);

    /* Undoing the creation of the unit on screen, refused: the model
     * puts a new unit in its place, and the view shows that one. */
    {
      g_autofree char *added = NULL;
      PpPlan *plan = pp_editor_get_plan (pp_plan_view_get_editor (view));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.add-unit", NULL));
      added = g_strdup (pp_plan_view_get_unit (view)->id);
      g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (shared), "PRAGMA query_only=1",
                                                   &error));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
      pp_test_wait_for_frames (GTK_WIDGET (window), 2);
      g_assert_nonnull (pp_plan_find_unit (plan, added));
      g_assert_true (pp_plan_view_get_unit (view) == pp_plan_find_unit (plan, added));
      g_assert_cmpstr (pp_plan_view_get_unit (view)->name, ==, pp_plan_find_unit (plan, added)->name);
      g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (shared), "PRAGMA query_only=0",
                                                   &error));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.undo", NULL));
      g_assert_null (pp_plan_find_unit (plan, added));
    }
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

/* The interface language: chosen in Preferences, applied at the next start
 * through LANGUAGE; Mongolian falls back to Chinese, never to Cyrillic. */
static void
test_preferences (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("gui-preferences.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  PpWindow *window = pp_window_new (NULL, library, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PpPreferences *preferences;
  AdwComboRow *row;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = PP_PREFERENCES (pp_test_find_toplevel (PP_TYPE_PREFERENCES));
  g_assert_nonnull (preferences);
  row = ADW_COMBO_ROW (pp_test_find_named (GTK_WIDGET (preferences), "language"));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_combo_row_set_selected (row, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "language"), ==, "mn_CN");
  pp_test_wait_for_frames (GTK_WIDGET (preferences), 2);
  pp_test_screenshot (GTK_WIDGET (preferences), "preferences.png");

  g_assert_cmpstr (pp_language_search_list ("mn_CN"), ==, "mn_CN:zh_CN");
  g_assert_cmpstr (pp_language_search_list ("zh_CN"), ==, "zh_CN");
  g_assert_cmpstr (pp_language_search_list ("en"), ==, "en");
  g_assert_null (pp_language_search_list (""));
  g_assert_null (pp_language_search_list (NULL));

  adw_combo_row_set_selected (row, 0);
  g_assert_cmpstr (g_settings_get_string (settings, "language"), ==, "");
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  pp_test_gui_init (&argc, &argv);

  g_test_add_func ("/gui/edit-and-undo", test_edit_and_undo);
  g_test_add_func ("/gui/bad-cell-refused", test_bad_cell_refused);
  g_test_add_func ("/gui/remedy-button", test_remedy_button);
  g_test_add_func ("/gui/library-page", test_library_page);
  g_test_add_func ("/gui/new-plan-dialog", test_new_plan_dialog);
  g_test_add_func ("/gui/plan-overview", test_plan_overview);
  g_test_add_func ("/gui/narrow-window", test_narrow_window);
  g_test_add_func ("/gui/plan-settings", test_plan_settings);
  g_test_add_func ("/gui/tree-edits", test_tree_edits);
  g_test_add_func ("/gui/staff", test_staff);
  g_test_add_func ("/gui/window-size", test_window_size);
  g_test_add_func ("/gui/blocking-dialogs", test_blocking_dialogs);
  g_test_add_func ("/gui/preferences", test_preferences);
  g_test_add_func ("/gui/union-workers", test_union_workers);
  g_test_add_func ("/gui/project-budget", test_project_budget);
  g_test_add_func ("/gui/structure-edits", test_structure_edits);
  g_test_add_func ("/gui/post-line-cells", test_post_line_cells);
  g_test_add_func ("/gui/choice-cell", test_choice_cell);
  g_test_add_func ("/gui/result-rows-kept", test_result_rows_kept);
  g_test_add_func ("/gui/fields-follow-unit", test_fields_follow_unit);
  g_test_add_func ("/gui/standby-bin", test_standby_bin);
  g_test_add_func ("/gui/staff-rows-follow-unit", test_staff_rows_follow_unit);
  g_test_add_func ("/gui/staff-follow-lines", test_staff_follow_lines);
  g_test_add_func ("/gui/post-table-ready", test_post_table_ready);
  g_test_add_func ("/gui/import-file", test_import_file);
  g_test_add_func ("/gui/export-file", test_export_file);
  g_test_add_func ("/gui/report-forms", test_report_forms);

  return g_test_run ();
}

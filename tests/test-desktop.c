/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application as the desktop meets it, under Xvfb: the About window,
 * the settings it keeps between starts (the last plan, the default
 * policy), and a plan file handed over by the file manager, imported only
 * once the planner agrees. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pp-about.h"
#include "pp-application.h"
#include "pp-gui-util.h"
#include "pp-import-prompt.h"
#include "pp-new-plan-dialog.h"
#include "pp-plan-start.h"
#include "pp-gui-test-util.h"
#include "pp-test-util.h"
#include "pp-window.h"

static gboolean
stop_waiting (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for a while, so that windows map and draw and
 * dialogs answer. */
static void
run_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, stop_waiting, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Whether some label at or under widget contains text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

/* The open message dialog, or NULL. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static PpWindow *
window_on (PpLibrary *library)
{
  PpWindow *window = pp_window_new (NULL, library, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
test_about (void)
{
  AdwAboutWindow *about = pp_about_window_new (NULL);

  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_true (g_str_has_prefix (adw_about_window_get_website (about), "https://"));
  g_assert_true (g_str_has_prefix (adw_about_window_get_issue_url (about), "https://"));
  /* The icon is in the resources, as it is for the running application,
   * so the About window shows it installed or not. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/postplan/PostPlan/icons");
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()), APP_ID));
  gtk_window_present (GTK_WINDOW (about));
  pp_test_screenshot (GTK_WIDGET (about), "about.png");
  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_last_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("desktop-last-plan.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(GSettings) settings = pp_settings_new ();
  PpWindow *window;
  gint64 id;

  g_assert_no_error (error);
  g_assert_nonnull (settings);
  g_settings_set_int64 (settings, "last-plan", 0);

  /* Nothing remembered: the library. */
  window = window_on (library);
  g_assert_false (pp_window_open_last_plan (window));
  g_assert_null (pp_window_get_plan_view (window));

  /* A plan open at closing is open at the next start. */
  g_assert_true (pp_window_open_sample (window));
  id = g_settings_get_int64 (settings, "last-plan");
  g_assert_cmpint (id, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  window = window_on (library);
  g_assert_true (pp_window_open_last_plan (window));
  g_assert_nonnull (pp_window_get_plan_view (window));

  /* Back on the library when closed: the library next time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  g_assert_cmpint (g_settings_get_int64 (settings, "last-plan"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));

  /* A plan deleted since is not reopened, nor remembered any longer. */
  g_settings_set_int64 (settings, "last-plan", id);
  g_assert_true (pp_library_delete_plan (library, id, &error));
  window = window_on (library);
  g_assert_false (pp_window_open_last_plan (window));
  g_assert_null (pp_window_get_plan_view (window));
  g_assert_cmpint (g_settings_get_int64 (settings, "last-plan"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
selected_policy (PpNewPlanDialog *dialog)
{
  AdwComboRow *row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog), PP_TYPE_NEW_PLAN_DIALOG,
                                                                   "policy_row"));
  GtkStringObject *label = adw_combo_row_get_selected_item (row);

  return gtk_string_object_get_string (label);
}

static void
select_policy (PpNewPlanDialog *dialog,
               const char      *title_prefix)
{
  AdwComboRow *row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog), PP_TYPE_NEW_PLAN_DIALOG,
                                                                   "policy_row"));
  GListModel *labels = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), title_prefix))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_assert_not_reached ();
}

static gboolean
accept_plan (PpNewPlanDialog *dialog,
             PpPlan          *plan,
             gpointer         data)
{
  return TRUE;
}

static void
test_default_policy (void)
{
  g_autoptr(GSettings) settings = pp_settings_new ();
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 11, 22, 0, 0, 0);
  g_autofree char *remembered = NULL;
  PpNewPlanDialog *dialog;
  GtkEditable *title;

  /* Unknown (a pack no longer installed): the first pack in force. */
  g_settings_set_string (settings, "default-policy", "no-such-pack");
  dialog = pp_new_plan_dialog_new (NULL, today);
  g_assert_true (g_str_has_prefix (selected_policy (dialog), "Chifeng"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The remembered pack is preselected. */
  g_settings_set_string (settings, "default-policy", "chongqing");
  dialog = pp_new_plan_dialog_new (NULL, today);
  g_assert_true (g_str_has_prefix (selected_policy (dialog), "Chongqing"));

  /* Creating a plan under another pack remembers that one. */
  select_policy (dialog, "Guangxi");
  g_signal_connect (dialog, "plan-ready", G_CALLBACK (accept_plan), NULL);
  title = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), PP_TYPE_NEW_PLAN_DIALOG, "title_row"));
  gtk_editable_set_text (title, "南宁市 2027 年岗位设置");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  g_assert_null (dialog);
  remembered = g_settings_get_string (settings, "default-policy");
  g_assert_cmpstr (remembered, ==, "guangxi-2019");
}

/* A file the reader refuses: it stays out of the library, and the window
 * says where the fault is. */
static void
test_open_bad_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("desktop-bad-file.sqlite");
  g_autofree char *plan_path = pp_test_tmp_path ("broken.xml");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(GFile) file = g_file_new_for_path (plan_path);
  g_autofree char *where = g_strdup_printf ("%s:3:", plan_path);
  PpWindow *window;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (plan_path,
                                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                      "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"T\" policy=\"national\">\n"
                                      "  <unit id=\"a\" type=\"no-such-type\" name=\"A\"/>\n"
                                      "</plan>\n", -1, NULL));
  window = window_on (library);
  adw_message_dialog_response (pp_import_prompt_present (window, file), "import");
  run_for (200);
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 0);
  g_assert_null (pp_window_get_plan_view (window));
  g_assert_true (shows_text (GTK_WIDGET (window), where));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A library of a few plans, each opened once so that it shows the
 * counts of its check: the software centre's first screenshot. */
static void
test_library_picture (void)
{
  static const char * const counties[] = { "红山区", "松山区", "宁城县", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("desktop-library.sqlite");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) city = NULL;
  g_autoptr(PpPlan) home = NULL;
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GDate date;
  PpWindow *window;

  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 22, 11, 2026);
  city = pp_plan_new_started ("赤峰市 2027 年岗位设置", "chifeng-2022", &date, PP_PLAN_START_CITY, "赤峰市",
                              PP_UNIT_REGION, counties, &error);
  g_assert_no_error (error);
  home = pp_plan_new_started ("重庆市儿童福利院岗位设置", "chongqing", &date, PP_PLAN_START_INSTITUTION,
                              "重庆市儿童福利院", PP_UNIT_CHILD_WELFARE, NULL, &error);
  g_assert_no_error (error);

  /* Coloured as users see it: AdwApplication loads the style sheet by
   * itself, but this test has no application. */
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_css_provider_load_from_resource (css, "/io/github/postplan/PostPlan/style.css");
  window = window_on (library);
  g_assert_true (pp_window_open_plan (window, pp_library_add_plan (library, home, &error)));
  g_assert_true (pp_window_open_plan (window, pp_library_add_plan (library, city, &error)));
  g_assert_true (pp_window_open_sample (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 3);
  pp_test_screenshot (GTK_WIDGET (window), "library-plans.png");
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
}

typedef struct
{
  GFile    *file;
  gboolean  asked;
  gboolean  opened;
} OpenRun;

/* The steps of a run of the real application, once it is up: the
 * prompt names the file; Cancel leaves the library as it was; asked
 * again and answered Import, the plan is stored and shown. */
static gboolean
drive_open (gpointer data)
{
  OpenRun *run = data;
  GApplication *application = g_application_get_default ();
  PpWindow *window = PP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  AdwMessageDialog *prompt = find_message_dialog ();
  g_autoptr(GPtrArray) plans = NULL;

  if (prompt == NULL || !gtk_widget_get_mapped (GTK_WIDGET (prompt)))
    return G_SOURCE_CONTINUE;

  g_assert_nonnull (strstr (adw_message_dialog_get_heading (prompt), "chifeng-sample.xml"));
  run->asked = TRUE;
  pp_test_screenshot (GTK_WIDGET (prompt), "import-prompt.png");
  /* The icon comes from the application's resources, installed or not. */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()), APP_ID));
  adw_message_dialog_response (prompt, "cancel");
  run_for (100);
  g_assert_cmpuint (pp_window_get_n_listed_plans (window), ==, 0);

  adw_message_dialog_response (pp_import_prompt_present (window, run->file), "import");
  run_for (300);
  g_assert_nonnull (pp_window_get_plan_view (window));
  plans = pp_library_list_plans (pp_window_get_library (window), FALSE, NULL);
  g_assert_cmpuint (plans->len, ==, 1);
  run->opened = TRUE;
  g_application_quit (application);
  return G_SOURCE_REMOVE;
}

static void
test_open_file (void)
{
  g_autofree char *library = pp_test_tmp_path ("desktop-open.sqlite");
  g_autofree char *sample = g_build_filename (g_getenv ("POSTPLAN_DATADIR"), "samples", "chifeng-sample.xml", NULL);
  g_autoptr(PpApplication) application = pp_application_new ();
  char *argv[] = { (char *) "postplan", (char *) "--library", library, sample, NULL };
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  OpenRun run = { .file = file };

  g_timeout_add (50, drive_open, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), 4, argv), ==, 0);
  g_assert_true (run.asked);
  g_assert_true (run.opened);
}

int
main (int    argc,
      char **argv)
{
  pp_test_gui_init (&argc, &argv);

  g_test_add_func ("/desktop/about", test_about);
  g_test_add_func ("/desktop/last-plan", test_last_plan);
  g_test_add_func ("/desktop/default-policy", test_default_policy);
  g_test_add_func ("/desktop/library-picture", test_library_picture);
  g_test_add_func ("/desktop/open-bad-file", test_open_bad_file);
  g_test_add_func ("/desktop/open-file", test_open_file);
  return g_test_run ();
}

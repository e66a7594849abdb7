/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pp-check-summary.h"
#include "pp-data.h"
#include "pp-date.h"
#include "pp-gui-util.h"
#include "pp-new-plan-dialog.h"
#include "pp-plan-chooser.h"
#include "pp-plan-io.h"
#include "pp-plan-view.h"
#include "pp-preferences.h"
#include "pp-window.h"

struct _PpWindow
{
  AdwApplicationWindow parent_instance;

  PpLibrary          *library;
  GSettings          *settings;     /* NULL without the schema */

  AdwToastOverlay    *toasts;
  GtkStack           *pages;
  GtkStack           *library_stack;
  AdwStatusPage      *empty_page;
  GtkListBox         *plan_list;
  GtkSearchEntry     *plan_search;
  char               *query;        /* casefolded search text, NULL for none */
  AdwBin             *plan_bin;
};

G_DEFINE_FINAL_TYPE (PpWindow, pp_window, ADW_TYPE_APPLICATION_WINDOW)

static void
toast (PpWindow   *self,
       const char *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

/* Pages say why the model refused an edit through this action. */
static void
show_message_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  toast (PP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void block (PpWindow   *self,
                   const char *heading,
                   const char *body);

static void
show_problem_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  const char *heading, *body;

  g_variant_get (parameter, "(&s&s)", &heading, &body);
  block (PP_WINDOW (widget), heading, body);
}

static void
on_plan_activated (AdwActionRow *row,
                   PpWindow     *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "plan-id"));

  pp_window_open_plan (self, id);
}

static GtkWidget *
plan_menu_button (const PpPlanInfo *info)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
  g_autoptr(GMenuItem) duplicate = g_menu_item_new (_("_Duplicate"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_item_set_action_and_target_value (rename, "win.rename-plan", g_variant_new_int64 (info->id));
  g_menu_item_set_action_and_target_value (duplicate, "win.duplicate-plan", g_variant_new_int64 (info->id));
  g_menu_item_set_action_and_target_value (delete, "win.delete-plan", g_variant_new_int64 (info->id));
  g_menu_append_item (menu, rename);
  g_menu_append_item (menu, duplicate);
  g_menu_append_item (menu, delete);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Plan Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan Menu"), -1);
  return button;
}

static void refresh_library (PpWindow *self);

/* The counts of the plan's last check, coloured by the worst. */
static GtkWidget *
summary_label (PpPlanInfo *info)
{
  GtkWidget *label;

  if (!info->checked)
    {
      label = gtk_label_new (_("Not checked yet"));
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    {
      g_autofree char *text = pp_check_summary_text (info->n_fail, info->n_warn);
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, pp_check_summary_class (info->n_fail, info->n_warn));
    }
  gtk_widget_add_css_class (label, "check-badge");
  gtk_widget_set_name (label, "check-summary");
  return label;
}

static gboolean
plan_matches (GtkListBoxRow *row,
              gpointer       data)
{
  PpWindow *self = data;
  const char *text = g_object_get_data (G_OBJECT (row), "search-text");

  return self->query == NULL || (text != NULL && strstr (text, self->query) != NULL);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   PpWindow       *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_pointer (&self->query, g_free);
  if (text[0] != '\0')
    self->query = g_utf8_casefold (text, -1);
  gtk_list_box_invalidate_filter (self->plan_list);
}

static void
delete_plan_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PpWindow *self = PP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlanInfo) info = NULL;
  g_autofree char *message = NULL;
  gint64 id = g_variant_get_int64 (parameter);
  AdwToast *undo;

  if (self->library == NULL || !(info = pp_library_get_plan_info (self->library, id, &error)) ||
      !pp_library_delete_plan (self->library, id, &error))
    {
      toast (self, error->message);
      return;
    }
  refresh_library (self);

  /* TRANSLATORS: %s is a plan's title */
  message = g_strdup_printf (_("“%s” moved to the trash"), info->title);
  undo = adw_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "win.restore-plan");
  adw_toast_set_action_target_value (undo, g_variant_new_int64 (id));
  adw_toast_overlay_add_toast (self->toasts, undo);
}

static void
restore_plan_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PpWindow *self = PP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->library == NULL || !pp_library_restore_plan (self->library, g_variant_get_int64 (parameter), &error))
    {
      toast (self, error ? error->message : _("The plan library could not be opened"));
      return;
    }
  refresh_library (self);
}

static void
duplicate_plan_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PpWindow *self = PP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->library == NULL || !pp_library_duplicate_plan (self->library, g_variant_get_int64 (parameter), &error))
    {
      toast (self, error ? error->message : _("The plan library could not be opened"));
      return;
    }
  refresh_library (self);
}

static void
refresh_library (PpWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  GtkWidget *child;

  /* The rows only: the placeholder is a child too, and stays. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_list)); child != NULL;)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (self->plan_list, child);
      child = next;
    }

  if (self->library == NULL || !(plans = pp_library_list_plans (self->library, FALSE, &error)) ||
      plans->len == 0)
    {
      if (error != NULL)
        adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->library_stack, "empty");
      return;
    }

  for (guint i = 0; i < plans->len; i++)
    {
      PpPlanInfo *info = g_ptr_array_index (plans, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;
      g_autofree char *changed = NULL;
      g_autofree char *haystack = NULL;
      g_autoptr(GDateTime) modified = g_date_time_new_from_iso8601 (info->modified, NULL);
      g_autoptr(GDateTime) local = modified ? g_date_time_to_local (modified) : NULL;

      GDate date;
      g_autofree char *shown_date = NULL;

      /* TRANSLATORS: when a plan was last changed, for g_date_time_format ():
       * reorder and reword as your language writes a day and a time, e.g.
       * "%Y年%-m月%-d日 %H:%M" */
      /* xgettext:no-c-format */
      changed = local ? g_date_time_format (local, _("%Y-%m-%d %H:%M")) : g_strdup (info->modified);
      shown_date = pp_date_parse (info->date, &date) ? pp_date_format_display (&date) : g_strdup (info->date);
      /* TRANSLATORS: policy pack id, plan date, time of the last change */
      subtitle = g_strdup_printf (_("%s · %s · changed %s"), info->policy, shown_date, changed);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), summary_label (info));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), plan_menu_button (info));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "plan-id", GSIZE_TO_POINTER ((gsize) info->id));
      /* A search looks in the title and the policy pack's id. */
      haystack = g_strdup_printf ("%s\n%s", info->title, info->policy);
      g_object_set_data_full (G_OBJECT (row), "search-text", g_utf8_casefold (haystack, -1), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_plan_activated), self);
      gtk_list_box_append (self->plan_list, row);
    }
  gtk_stack_set_visible_child_name (self->library_stack, "plans");
}

gboolean
pp_window_open_plan (PpWindow *self,
                     gint64    plan_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpEditor) editor = NULL;
  g_autoptr(PpCheck) check = NULL;

  g_return_val_if_fail (PP_IS_WINDOW (self), FALSE);

  if (self->library == NULL ||
      !(editor = pp_editor_new (self->library, plan_id, &error)) ||
      !(check = pp_check_new_for_plan (pp_editor_get_plan (editor), NULL, NULL, &error)))
    {
      toast (self, error ? error->message : _("The plan library could not be opened"));
      return FALSE;
    }

  pp_check_run (check);
  pp_editor_set_check (editor, check);
  /* Packs change with updates: the list shows the counts of this check.
   * A read-only library keeps its old counts, which is all it can do. */
  if (!pp_library_is_read_only (self->library))
    pp_library_set_plan_summary (self->library, plan_id, pp_check_get_count (check, PP_STATUS_FAIL),
                                 pp_check_get_count (check, PP_STATUS_WARN), NULL);
  adw_bin_set_child (self->plan_bin, pp_plan_view_new (editor));
  gtk_stack_set_visible_child_name (self->pages, "plan");
  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "last-plan", plan_id);
  if (pp_library_is_read_only (self->library))
    toast (self, pp_library_get_read_only_reason (self->library));
  return TRUE;
}

gboolean
pp_window_open_last_plan (PpWindow *self)
{
  g_autoptr(PpPlanInfo) info = NULL;
  gint64 id;

  g_return_val_if_fail (PP_IS_WINDOW (self), FALSE);

  if (self->settings == NULL || self->library == NULL ||
      (id = g_settings_get_int64 (self->settings, "last-plan")) <= 0)
    return FALSE;
  /* Deleted (or in the trash) since: start on the library, and say
   * nothing, since nothing went wrong. */
  info = pp_library_get_plan_info (self->library, id, NULL);
  if (info == NULL || info->deleted != NULL)
    {
      g_settings_set_int64 (self->settings, "last-plan", 0);
      return FALSE;
    }
  return pp_window_open_plan (self, id);
}

gboolean
pp_window_open_sample (PpWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(PpPlan) sample = NULL;
  g_autofree char *path = pp_data_get_path ("samples", "chifeng-sample.xml", NULL);
  gint64 id;

  if (self->library == NULL)
    return FALSE;

  if (!(sample = pp_plan_read_file (path, &error)))
    {
      toast (self, error->message);
      return FALSE;
    }

  /* Once imported, the sample is the planner's to change: open that. */
  plans = pp_library_list_plans (self->library, FALSE, NULL);
  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      PpPlanInfo *info = g_ptr_array_index (plans, i);
      if (g_strcmp0 (info->title, pp_plan_get_title (sample)) == 0)
        return pp_window_open_plan (self, info->id);
    }

  if (!(id = pp_library_add_plan (self->library, sample, &error)))
    {
      toast (self, error->message);
      return FALSE;
    }
  refresh_library (self);
  return pp_window_open_plan (self, id);
}

gboolean
pp_window_import_file (PpWindow *self,
                       GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_autofree char *path = g_file_get_path (file);
  gint64 id;

  g_return_val_if_fail (PP_IS_WINDOW (self), FALSE);

  if (self->library == NULL)
    return FALSE;
  if (path == NULL)
    {
      /* TRANSLATORS: %s is a file's URI */
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("%s is not a local file: copy it to this computer first"), uri);
      toast (self, message);
      return FALSE;
    }
  /* The reader's messages name the file, line and field. */
  if (!(plan = pp_plan_read_file (path, &error)) || !(id = pp_library_add_plan (self->library, plan, &error)))
    {
      toast (self, error->message);
      return FALSE;
    }
  refresh_library (self);
  return pp_window_open_plan (self, id);
}

guint
pp_window_get_n_listed_plans (PpWindow *self)
{
  guint n = 0;

  g_return_val_if_fail (PP_IS_WINDOW (self), 0);
  /* Rows the search hides are not listed; the placeholder is no row. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->plan_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      n++;
  return n;
}

PpLibrary *
pp_window_get_library (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);
  return self->library;
}

GtkWidget *
pp_window_get_plan_view (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);
  return adw_bin_get_child (self->plan_bin);
}

static void
show_library_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PpWindow *self = PP_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->pages, "library");
  adw_bin_set_child (self->plan_bin, NULL);
  refresh_library (self);
  /* Closed from the library, the window starts on the library. */
  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "last-plan", 0);
}

static void
open_sample_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  pp_window_open_sample (PP_WINDOW (widget));
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    PpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      pp_window_import_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_plan_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PpWindow *self = PP_WINDOW (widget);
  GtkFileChooserNative *chooser = pp_plan_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN);

  /* The window may close while the chooser is up; the chooser keeps it. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
pp_window_rename_plan (PpWindow   *self,
                       gint64      plan_id,
                       const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (title));

  g_return_val_if_fail (PP_IS_WINDOW (self), FALSE);

  if (trimmed[0] == '\0')
    {
      toast (self, _("A plan needs a title: the old one is kept"));
      return FALSE;
    }
  if (self->library == NULL || !pp_library_rename_plan (self->library, plan_id, trimmed, &error))
    {
      toast (self, error ? error->message : _("The plan library could not be opened"));
      return FALSE;
    }
  refresh_library (self);
  return TRUE;
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    PpWindow         *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "plan-id"));

  if (g_strcmp0 (response, "rename") == 0)
    pp_window_rename_plan (self, id, gtk_editable_get_text (entry));
}

static void
rename_plan_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PpWindow *self = PP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlanInfo) info = NULL;
  gint64 id = g_variant_get_int64 (parameter);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->library == NULL || !(info = pp_library_get_plan_info (self->library, id, &error)))
    {
      toast (self, error ? error->message : _("The plan library could not be opened"));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Plan"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), info->title);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "plan-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_plan_ready (PpNewPlanDialog *dialog,
               PpPlan          *plan,
               PpWindow        *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->library == NULL || !(id = pp_library_add_plan (self->library, plan, &error)))
    {
      pp_new_plan_dialog_show_problem (dialog, error ? error->message : _("The plan library could not be opened"));
      return FALSE;
    }
  refresh_library (self);
  pp_window_open_plan (self, id);
  return TRUE;
}

static void
preferences_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (pp_preferences_new (GTK_WINDOW (widget))));
}

static void
new_plan_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PpWindow *self = PP_WINDOW (widget);
  PpNewPlanDialog *dialog = pp_new_plan_dialog_new (GTK_WINDOW (self), NULL);

  g_signal_connect_object (dialog, "plan-ready", G_CALLBACK (on_plan_ready), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The size the window had when closed, for the next start. Without the
 * schema (an uninstalled build run by hand) there is nothing to keep. */
static gboolean
pp_window_close_request (GtkWindow *window)
{
  PpWindow *self = PP_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_apply (self->settings);
    }
  return GTK_WINDOW_CLASS (pp_window_parent_class)->close_request (window);
}

static void
restore_size (PpWindow *self)
{
  self->settings = pp_settings_new ();
  if (self->settings == NULL)
    {
      g_debug ("No settings schema %s: the window size is not remembered", APP_ID);
      return;
    }
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
pp_window_dispose (GObject *object)
{
  PpWindow *self = (PpWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_WINDOW);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (pp_window_parent_class)->dispose (object);
}

static void
pp_window_class_init (PpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = pp_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/postplan/PostPlan/pp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PpWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, library_stack);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, plan_list);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, plan_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, plan_bin);

  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_activated);
  gtk_widget_class_install_action (widget_class, "win.show-message", "s", show_message_activated);
  gtk_widget_class_install_action (widget_class, "win.show-problem", "(ss)", show_problem_activated);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_activated);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_activated);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-plan", NULL);
  gtk_widget_class_install_action (widget_class, "win.import-plan", NULL, import_plan_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import-plan", NULL);
  gtk_widget_class_install_action (widget_class, "win.delete-plan", "x", delete_plan_activated);
  gtk_widget_class_install_action (widget_class, "win.restore-plan", "x", restore_plan_activated);
  gtk_widget_class_install_action (widget_class, "win.duplicate-plan", "x", duplicate_plan_activated);
  gtk_widget_class_install_action (widget_class, "win.rename-plan", "x", rename_plan_activated);
}

static void
pp_window_init (PpWindow *self)
{
  GtkWidget *nothing;

  gtk_widget_init_template (GTK_WIDGET (self));
  restore_size (self);
  gtk_list_box_set_filter_func (self->plan_list, plan_matches, self, NULL);
  nothing = gtk_label_new (_("No plan matches the search"));
  gtk_widget_add_css_class (nothing, "dim-label");
  gtk_widget_set_margin_top (nothing, 24);
  gtk_widget_set_margin_bottom (nothing, 24);
  gtk_list_box_set_placeholder (self->plan_list, nothing);
}

static void
present_blocking_dialog (GtkWidget *widget,
                         gpointer   dialog)
{
  g_signal_handlers_disconnect_by_func (widget, present_blocking_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A problem that stops the planner's work (a damaged, locked or newer
 * library) is said in a dialog, not a passing toast; the library's
 * message says what to do. Shown once the window is. */
static void
block (PpWindow   *self,
       const char *heading,
       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (dialog));
  else
    g_signal_connect_object (self, "map", G_CALLBACK (present_blocking_dialog), dialog, 0);
}

PpWindow *
pp_window_new (GtkApplication *application,
               PpLibrary      *library,
               const GError   *error)
{
  PpWindow *self = g_object_new (PP_TYPE_WINDOW, "application", application, NULL);

  self->library = library ? g_object_ref (library) : NULL;
  if (library == NULL && error != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("The Plan Library Cannot Be Opened"));
      adw_status_page_set_description (self->empty_page, error->message);
      block (self, g_error_matches (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT)
                     ? _("The Plan Library Is Damaged") : _("The Plan Library Cannot Be Opened"),
             error->message);
    }
  refresh_library (self);
  /* Nothing can be stored: no new plans, no imports. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-plan",
                                 library != NULL && !pp_library_is_read_only (library));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-plan",
                                 library != NULL && !pp_library_is_read_only (library));
  if (library != NULL && pp_library_is_read_only (library))
    block (self, _("Plans Can Be Read, Not Changed"), pp_library_get_read_only_reason (library));
  return self;
}

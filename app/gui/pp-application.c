/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-application.h"
#include "pp-language.h"
#include "pp-library.h"
#include "pp-window.h"

struct _PpApplication
{
  AdwApplication parent_instance;
  gboolean       open_sample;
  char          *library_path;
};

G_DEFINE_FINAL_TYPE (PpApplication, pp_application, ADW_TYPE_APPLICATION)

static void
pp_application_activate (GApplication *application)
{
  PpApplication *self = PP_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autoptr(GError) error = NULL;
  g_autoptr(PpLibrary) library = NULL;
  g_autofree char *path = NULL;

  if (window == NULL)
    {
      path = self->library_path ? g_strdup (self->library_path) : pp_library_get_default_path ();
      library = pp_library_open (path, &error);
      window = GTK_WINDOW (pp_window_new (GTK_APPLICATION (application), library, error));
      if (self->open_sample)
        pp_window_open_sample (PP_WINDOW (window));
    }
  gtk_window_present (window);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = user_data;
  const char *developers[] = { "PostPlan contributors", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("PostPlan"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan social-work posts and check them against the policy in force"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_activated },
  { "quit", quit_activated },
};

static void
pp_application_startup (GApplication *application)
{
  const char *quit_accels[] = { "<Primary>q", NULL };

  G_APPLICATION_CLASS (pp_application_parent_class)->startup (application);
  pp_language_apply_style ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static int
pp_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  PpApplication *self = PP_APPLICATION (application);

  g_variant_dict_lookup (options, "sample", "b", &self->open_sample);
  g_variant_dict_lookup (options, "library", "^ay", &self->library_path);
  return -1;
}

static void
pp_application_finalize (GObject *object)
{
  PpApplication *self = (PpApplication *) object;

  g_free (self->library_path);
  G_OBJECT_CLASS (pp_application_parent_class)->finalize (object);
}

static void
pp_application_class_init (PpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pp_application_finalize;
  app_class->activate = pp_application_activate;
  app_class->startup = pp_application_startup;
  app_class->handle_local_options = pp_application_handle_local_options;
}

static void
pp_application_init (PpApplication *self)
{
  const GOptionEntry entries[] = {
    { "sample", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the sample plan (importing it on first use)"), NULL },
    { "library", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use this plan library"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

PpApplication *
pp_application_new (void)
{
  return g_object_new (PP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/postplan/PostPlan",
                       NULL);
}

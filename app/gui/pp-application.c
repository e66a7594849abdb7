/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-about.h"
#include "pp-application.h"
#include "pp-import-prompt.h"
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

/* The window, made the first time; with the plan library it could open. */
static PpWindow *
ensure_window (PpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(PpLibrary) library = NULL;
  g_autofree char *path = NULL;

  if (window != NULL)
    return PP_WINDOW (window);
  path = self->library_path ? g_strdup (self->library_path) : pp_library_get_default_path ();
  library = pp_library_open (path, &error);
  return pp_window_new (GTK_APPLICATION (self), library, error);
}

static void
pp_application_activate (GApplication *application)
{
  PpApplication *self = PP_APPLICATION (application);
  gboolean fresh = gtk_application_get_active_window (GTK_APPLICATION (application)) == NULL;
  PpWindow *window = ensure_window (self);

  if (fresh && self->open_sample)
    pp_window_open_sample (window);
  else if (fresh)
    pp_window_open_last_plan (window);
  gtk_window_present (GTK_WINDOW (window));
}

/* Files from the desktop (a double click on a plan file) or the command
 * line: each is imported once the planner agrees. */
static void
pp_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PpWindow *window = ensure_window (PP_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    pp_import_prompt_present (window, files[i]);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (pp_about_window_new (parent)));
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
  app_class->open = pp_application_open;
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
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/postplan/PostPlan",
                       NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-language.c: the interface language chosen in Preferences. */

#include "config.h"

#include "pp-gui-util.h"
#include "pp-language.h"

const char *
pp_language_search_list (const char *choice)
{
  /* Mongolian falls back to Chinese, never to a catalog named plain
   * "mn", which on Debian is Mongolian in Cyrillic. */
  if (g_strcmp0 (choice, "mn_CN") == 0)
    return "mn_CN:zh_CN";
  if (g_strcmp0 (choice, "zh_CN") == 0)
    return "zh_CN";
  if (g_strcmp0 (choice, "en") == 0)
    return "en";
  return NULL;
}

void
pp_language_apply_saved (void)
{
  g_autoptr(GSettings) settings = pp_settings_new ();
  g_autofree char *choice = settings ? g_settings_get_string (settings, "language") : NULL;
  const char *list = pp_language_search_list (choice);

  if (list != NULL)
    g_setenv ("LANGUAGE", list, TRUE);
}

gboolean
pp_language_is_mongolian (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "mn");
}

void
pp_language_apply_style (void)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (!pp_language_is_mongolian ())
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/postplan/PostPlan/mongolian.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

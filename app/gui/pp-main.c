/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "postplan"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pp-application.h"
#include "pp-data.h"
#include "pp-language.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(PpApplication) application = NULL;

  /* Before anything reads LANGUAGE: the language chosen in Preferences. */
  pp_language_apply_saved ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, pp_data_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = pp_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}

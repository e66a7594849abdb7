/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-about.c: the About window. */

#define G_LOG_DOMAIN "pp-about"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-about.h"

#define PP_HOMEPAGE "https://github.com/postplan/postplan"

AdwAboutWindow *
pp_about_window_new (GtkWindow *parent)
{
  const char *developers[] = { "PostPlan contributors", NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("PostPlan"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Plan social-work posts and check them against the policy in force"),
                        "developer-name", "PostPlan contributors",
                        "developers", developers,
                        "copyright", "© 2026 PostPlan contributors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", PP_HOMEPAGE,
                        "issue-url", PP_HOMEPAGE "/issues",
                        NULL);
  /* The user guide is the README: installing, a first plan, backups. */
  adw_about_window_add_link (about, _("_User Guide"), PP_HOMEPAGE "#readme");
  return about;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-check-summary.c: a check's counts in words. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-summary.h"

char *
pp_check_summary_text (guint n_fail,
                       guint n_warn)
{
  if (n_fail == 0 && n_warn == 0)
    return g_strdup (_("All rules pass"));
  /* TRANSLATORS: counts of failing and warning results, e.g. "2 fail · 5 warn";
   * the plural follows the first count */
  return g_strdup_printf (ngettext ("%u fail · %u warn", "%u fail · %u warn", n_fail), n_fail, n_warn);
}

const char *
pp_check_summary_class (guint n_fail,
                        guint n_warn)
{
  return n_fail > 0 ? "status-fail" : n_warn > 0 ? "status-warn" : "status-pass";
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-check-summary.h: a check's counts in words, as the plan's badge and
 * the library list show them. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "2 fail · 5 warn", or "All rules pass" when both are zero. */
char       *pp_check_summary_text  (guint n_fail,
                                    guint n_warn);
/* The CSS class of the worst of the counts: status-fail, -warn or -pass. */
const char *pp_check_summary_class (guint n_fail,
                                    guint n_warn);

G_END_DECLS

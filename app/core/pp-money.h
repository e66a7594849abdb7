/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-money.h: amounts of money in words, as the interface language
 * writes them: "240000 yuan" in English, "24 万元" in Chinese, where
 * budgets are counted in ten thousands of yuan. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exact: ten thousands keep every digit they need ("12.3456 万元"). */
char *pp_money_format (gint64 yuan);

G_END_DECLS

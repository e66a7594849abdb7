/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-money.c: amounts of money in words. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pp-money.h"

#define WAN 10000

/* Whether the language counts money in ten thousands of yuan (万元). A
 * translator answers with a keyword, as GTK's "calendar:week_start:0". */
static gboolean
counts_in_wan (void)
{
  /* TRANSLATORS: answer "money-unit:wan" if amounts of money of ten
   * thousand yuan and more are given in ten thousands of yuan in your
   * language (万元, as Chinese budgets are); otherwise leave it
   * "money-unit:yuan". Do not translate the words. */
  return g_str_equal (C_("money unit", "money-unit:yuan"), "money-unit:wan");
}

char *
pp_money_format (gint64 yuan)
{
  if (counts_in_wan () && (yuan >= WAN || yuan <= -WAN))
    {
      /* Four decimals hold every yuan; the zeros after the last digit
       * that counts go. */
      g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT ".%04d", yuan / WAN,
                                                 (int) ABS (yuan % WAN));
      char *end = digits + strlen (digits) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
      /* TRANSLATORS: an amount of money in ten thousands of yuan, e.g. "24.5 万元" */
      return g_strdup_printf (_("%s ten thousand yuan"), digits);
    }
  {
    char digits[32];

    g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, yuan);
    /* TRANSLATORS: an amount of money in yuan, e.g. "240000 yuan" */
    return g_strdup_printf (_("%s yuan"), digits);
  }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-date"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

gboolean
pp_date_parse (const char *text,
               GDate      *date)
{
  const char *s = text;
  int y, m, d;

  if (text == NULL)
    return FALSE;

  while (is_xml_space (*s))
    s++;

  for (int i = 0; i < 10; i++)
    {
      gboolean dash = (i == 4 || i == 7);
      if (dash ? s[i] != '-' : !g_ascii_isdigit (s[i]))
        return FALSE;
    }

  for (const char *rest = s + 10; *rest; rest++)
    if (!is_xml_space (*rest))
      return FALSE;

  y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  m = (s[5] - '0') * 10 + (s[6] - '0');
  d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

void
pp_date_format (const GDate *date,
                char         out[11])
{
  if (date == NULL || !g_date_valid (date))
    {
      out[0] = '\0';
      return;
    }
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

char *
pp_date_format_display (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: a date shown to the user: %1$d is the year, %2$02d the
   * month and %3$02d the day; reorder and reword them as your language
   * writes dates, e.g. "%1$d年%2$d月%3$d日" */
  return g_strdup_printf (_("%1$d-%2$02d-%3$02d"), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

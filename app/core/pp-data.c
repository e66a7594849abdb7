/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-data"

#include "config.h"

#include <stdarg.h>

#include "pp-data.h"

const char *
pp_data_get_dir (void)
{
  const char *dir = g_getenv ("POSTPLAN_DATADIR");

  return (dir != NULL && dir[0] != '\0') ? dir : PKGDATADIR;
}

char *
pp_data_get_path (const char *first_element,
                  ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) pp_data_get_dir ());
  va_start (args, first_element);
  for (const char *e = first_element; e != NULL; e = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) e);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

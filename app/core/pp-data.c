/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-data"

#include "config.h"

#include <stdarg.h>

#include "pp-data.h"

/* The folder `relative` (from config.h: bindir to it) beside the running
 * program, when it exists. An installed tree then reads its own data even
 * when it is not at the configured prefix — a DESTDIR, a copied bundle —
 * and a build tree, which has no such folder, falls through to the
 * configured one. */
static char *
beside_program (const char *relative)
{
  g_autofree char *program = NULL;
  g_autofree char *bindir = NULL;
  g_autofree char *joined = NULL;
  char *resolved;

  if (relative[0] == '\0' || !(program = g_file_read_link ("/proc/self/exe", NULL)))
    return NULL;
  bindir = g_path_get_dirname (program);
  joined = g_build_filename (bindir, relative, NULL);
  resolved = g_canonicalize_filename (joined, NULL);
  if (!g_file_test (resolved, G_FILE_TEST_IS_DIR))
    g_clear_pointer (&resolved, g_free);
  return resolved;
}

/* $variable when set, else the folder beside the program, else the
 * configured one; found once. */
static const char *
find_dir (const char  *variable,
          const char  *relative,
          const char  *configured,
          char       **cache)
{
  const char *dir = g_getenv (variable);

  if (dir != NULL && dir[0] != '\0')
    return dir;
  if (g_once_init_enter (cache))
    {
      char *found = beside_program (relative);
      g_once_init_leave (cache, found ? found : g_strdup (configured));
    }
  return *cache;
}

const char *
pp_data_get_dir (void)
{
  static char *dir;

  return find_dir ("POSTPLAN_DATADIR", BIN_TO_PKGDATADIR, PKGDATADIR, &dir);
}

const char *
pp_data_get_locale_dir (void)
{
  static char *dir;

  return find_dir ("POSTPLAN_LOCALEDIR", BIN_TO_LOCALEDIR, LOCALEDIR, &dir);
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

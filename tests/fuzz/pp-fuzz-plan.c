/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes through the plan reader. A document it
 * accepts must export, and the export must read back and export to the
 * same bytes. */

#include "config.h"

#include <stdlib.h>

#include "pp-plan-io.h"

static void
silence (const char     *log_domain,
         GLogLevelFlags  log_level,
         const char     *message,
         gpointer        user_data)
{
}

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *directory;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_autoptr(PpPlan) again = NULL;
  g_autofree char *first = NULL, *second = NULL;
  g_autofree char *a = NULL, *b = NULL;

  if (directory == NULL)
    {
      g_log_set_default_handler (silence, NULL);
      directory = g_dir_make_tmp ("pp-fuzz-XXXXXX", NULL);
      g_setenv ("POSTPLAN_DATADIR", POSTPLAN_SOURCE_DATADIR, FALSE);
    }

  plan = pp_plan_read_memory ((const char *) data, size, "fuzz.xml", &error);
  if (plan == NULL)
    {
      /* Every refusal says where. */
      if (error == NULL || strncmp (error->message, "fuzz.xml:", 9) != 0)
        abort ();
      return 0;
    }

  first = g_build_filename (directory, "first.xml", NULL);
  second = g_build_filename (directory, "second.xml", NULL);
  if (!pp_plan_write_file (plan, first, &error))
    return 0;   /* text the model holds but XML cannot (refused on export) */
  if (!(again = pp_plan_read_file (first, &error)) || !pp_plan_write_file (again, second, &error))
    abort ();
  if (!g_file_get_contents (first, &a, NULL, NULL) || !g_file_get_contents (second, &b, NULL, NULL) ||
      strcmp (a, b) != 0)
    abort ();
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-bench: the speed and memory figures of issue #2, side by side in one
 * run. Not a test: it measures and reports; ./dev bench runs it. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>

#include "pp-check.h"
#include "pp-plan-io.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* Resident set size now, from /proc, in bytes. */
static gint64
current_rss (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmRSS:")))
    return 0;
  return g_ascii_strtoll (line + 6, NULL, 10) * 1024;
}

static gint64
peak_rss (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (gint64) usage.ru_maxrss * 1024;
}

static double
time_xmllint (const char *path)
{
  const char *argv[] = { "xmllint", "--stream", "--noout", path, NULL };
  double best = G_MAXDOUBLE;

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;
      int status;
      double start = now ();

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error))
        g_error ("xmllint: %s", error->message);
      best = MIN (best, now () - start);
    }
  return best;
}

/* The floor for a full check: touch every post once. */
static guint64
bare_scan (PpPlan *plan)
{
  GPtrArray *units = pp_plan_get_units (plan);
  guint64 sum = 0;

  for (guint u = 0; u < units->len; u++)
    {
      PpUnit *unit = g_ptr_array_index (units, u);
      for (guint i = 0; i < unit->n_posts; i++)
        sum += unit->posts[i].count + unit->posts[i].flags;
    }
  return sum;
}

static void
row (const char *what,
     double      seconds,
     const char *target,
     gboolean    met)
{
  printf ("  %-34s %10.4f s   %-28s %s\n", what, seconds, target, met ? "met" : "NOT MET");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_autoptr(PpCheck) check = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree char *export_path = NULL;
  const char *path;
  double t_lint, t_import = G_MAXDOUBLE, t_scan = G_MAXDOUBLE, t_check = G_MAXDOUBLE, t_export = G_MAXDOUBLE;
  double t_recheck, start;
  gint64 empty_rss, peak;
  guint64 n_posts, sink = 0;
  GPtrArray *units;
  const int recheck_rounds = 2000;

  if (argc != 2)
    {
      fprintf (stderr, "usage: pp-bench PLAN.xml\n");
      return 2;
    }
  path = argv[1];
  export_path = g_strconcat (path, ".export.xml", NULL);

  /* Load the schema and packs once so that the empty size includes them. */
  {
    g_autoptr(PpPlan) tiny = pp_plan_new ();
    g_autoptr(PpCheck) warm = pp_check_new_for_plan (tiny, "chifeng-2022", NULL, &error);
    g_assert_no_error (error);
  }
  empty_rss = current_rss ();

  t_lint = time_xmllint (path);

  for (int i = 0; i < 3; i++)
    {
      g_clear_object (&check);
      g_clear_object (&plan);
      start = now ();
      plan = pp_plan_read_file (path, &error);
      if (plan == NULL)
        g_error ("%s", error->message);
      t_import = MIN (t_import, now () - start);
    }

  n_posts = pp_plan_get_n_posts (plan);
  units = pp_plan_get_units (plan);

  for (int i = 0; i < 5; i++)
    {
      start = now ();
      sink += bare_scan (plan);
      t_scan = MIN (t_scan, now () - start);
    }

  check = pp_check_new_for_plan (plan, NULL, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 3; i++)
    {
      start = now ();
      pp_check_run (check);
      t_check = MIN (t_check, now () - start);
    }

  start = now ();
  for (int i = 0; i < recheck_rounds; i++)
    {
      PpUnit *unit = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));
      if (unit->n_posts > 0)
        unit->posts[0].count ^= 1;
      pp_check_update_unit (check, unit);
    }
  t_recheck = (now () - start) / recheck_rounds;

  for (int i = 0; i < 3; i++)
    {
      start = now ();
      if (!pp_plan_write_file (plan, export_path, &error))
        g_error ("%s", error->message);
      t_export = MIN (t_export, now () - start);
    }
  g_unlink (export_path);

  peak = peak_rss ();

  printf ("PostPlan benchmark: %s\n", path);
  printf ("  %u units, %" G_GUINT64_FORMAT " posts; results: %u fail, %u warn, %u na, %u pass\n\n",
          units->len, n_posts,
          pp_check_get_count (check, PP_STATUS_FAIL), pp_check_get_count (check, PP_STATUS_WARN),
          pp_check_get_count (check, PP_STATUS_NA), pp_check_get_count (check, PP_STATUS_PASS));
  printf ("  %-34s %12s   %-28s %s\n", "measure", "time", "target", "");
  row ("xmllint --stream --noout (baseline)", t_lint, "", TRUE);
  {
    g_autofree char *target = g_strdup_printf ("<= 2.0x baseline (%.2fx)", t_import / t_lint);
    row ("import (parse, validate, build)", t_import, target, t_import <= 2.0 * t_lint);
  }
  row ("bare scan of all posts (floor)", t_scan, "", TRUE);
  {
    g_autofree char *target = g_strdup_printf ("<= 10x scan, < 0.25 s (%.1fx)", t_check / t_scan);
    row ("full check", t_check, target, t_check <= 10 * t_scan && t_check < 0.25);
  }
  printf ("  %-34s %10.1f µs  %-28s %s\n", "one-unit re-check (mean)", t_recheck * 1e6, "<= 1 ms",
          t_recheck <= 0.001 ? "met" : "NOT MET");
  {
    g_autofree char *target = g_strdup_printf ("<= 1.2x baseline (%.2fx)", t_export / t_lint);
    row ("export", t_export, target, t_export <= 1.2 * t_lint);
  }
  printf ("  %-34s %10.1f MB   %-28s %s\n", "peak RSS above empty size", (peak - empty_rss) / 1e6,
          "", "");
  printf ("  %-34s %10.1f B    %-28s %s\n", "  per post", (double) (peak - empty_rss) / n_posts,
          "<= 250 B per post", (peak - empty_rss) <= 250 * (gint64) n_posts ? "met" : "NOT MET");

  return sink == 42 ? 1 : 0;
}

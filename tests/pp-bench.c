/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-bench: the speed and memory figures of issue #2, side by side in one
 * run. Not a test: it measures and reports; ./dev bench runs it. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>

#include "pp-check.h"
#include "pp-editor.h"
#include "pp-library.h"
#include "pp-plan-io.h"
#include "pp-report-writers.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* A size from /proc/self/status ("VmRSS:", "VmHWM:"), in bytes. */
static gint64
proc_status_size (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, field)))
    return 0;
  return g_ascii_strtoll (line + strlen (field), NULL, 10) * 1024;
}

/* Resident set size now. */
static gint64
current_rss (void)
{
  return proc_status_size ("VmRSS:");
}

static gint64
peak_rss (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (gint64) usage.ru_maxrss * 1024;
}

/* Makes the kernel's peak RSS (VmHWM) start again from the current RSS,
 * so that a peak can be measured over the loaded plan. */
static gboolean
reset_peak_rss (void)
{
  return g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

static gint64
peak_rss_since_reset (void)
{
  return proc_status_size ("VmHWM:");
}

typedef struct
{
  double model;
  double csv;
  double xlsx;
  double pdf;
  guint  rows;
  guint  pages;
  gint64 peak;   /* above the loaded and checked plan */
} ReportFigures;

static gboolean
write_csv (PpReport    *report,
           const char  *filename,
           GError     **error)
{
  return pp_report_write_csv (report, NULL, PP_CSV_UTF8_BOM, filename, error);
}

/* The page objects, without a PDF reader (the file holds NULs). */
static guint
count_pdf_pages (const char *filename)
{
  g_autofree char *data = NULL;
  gsize length;
  guint pages = 0;

  if (g_file_get_contents (filename, &data, &length, NULL))
    for (const char *p = data; p + 12 <= data + length; p++)
      pages += memcmp (p, "/Type /Page\n", 12) == 0 || memcmp (p, "/Type /Page ", 12) == 0;
  return pages;
}

/* A report of the top region, roll-up rows only, in every format: the
 * model, then each writer on it. */
static ReportFigures
bench_report (PpCheck    *check,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpReport) report = NULL;
  ReportFigures figures = { 0 };
  const struct
  {
    const char *suffix;
    gboolean  (*write) (PpReport *, const char *, GError **);
    gsize       offset;
  } writers[] = {
    { ".report.csv", write_csv, G_STRUCT_OFFSET (ReportFigures, csv) },
    { ".report.xlsx", pp_report_write_xlsx, G_STRUCT_OFFSET (ReportFigures, xlsx) },
    { ".report.pdf", pp_report_write_pdf, G_STRUCT_OFFSET (ReportFigures, pdf) },
  };
  gint64 base;
  double start;

  base = current_rss ();
  reset_peak_rss ();

  start = now ();
  report = pp_report_new (check, pp_plan_get_root (pp_check_get_plan (check), 0), PP_REPORT_ROLLUP_ONLY);
  figures.model = now () - start;
  figures.rows = pp_report_table_get_n_rows (pp_report_get_table (report, 0));

  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      g_autofree char *out = g_strconcat (path, writers[i].suffix, NULL);
      double *seconds = G_STRUCT_MEMBER_P (&figures, writers[i].offset);

      start = now ();
      if (!writers[i].write (report, out, &error))
        g_error ("%s", error->message);
      *seconds = now () - start;
      if (seconds == &figures.pdf)
        figures.pages = count_pdf_pages (out);
      g_unlink (out);
    }

  figures.peak = peak_rss_since_reset () - base;
  return figures;
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

/* The floor for saving: as many rows as the library stores for the plan
 * (units, posts, staff, training, budgets), with as many columns as a post
 * line, inserted in one transaction through one prepared statement, under
 * the library's journal settings. */
static double
bare_insert (const char *path,
             guint64     n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpSqliteConnection) db = NULL;
  g_autoptr(PpSqliteStatement) stmt = NULL;
  double start;

  g_unlink (path);
  db = pp_sqlite_connection_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pp_sqlite_connection_execute (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                                    "CREATE TABLE bare (unit INTEGER, position INTEGER, xml_id TEXT, title TEXT,"
                                    " category TEXT, level INTEGER, flags INTEGER, count INTEGER, filled INTEGER,"
                                    " graduate_reserved INTEGER)", &error);
  g_assert_no_error (error);

  start = now ();
  pp_sqlite_connection_begin (db, &error);
  stmt = pp_sqlite_connection_prepare (db, "INSERT INTO bare VALUES (?,?,?,?,?,?,?,?,?,?)", &error);
  for (guint64 i = 0; i < n_rows; i++)
    {
      char id[24];

      g_snprintf (id, sizeof id, "p%" G_GUINT64_FORMAT, i);
      pp_sqlite_statement_bind_int64 (stmt, 1, i / 20, NULL);
      pp_sqlite_statement_bind_int64 (stmt, 2, i % 20, NULL);
      pp_sqlite_statement_bind_text (stmt, 3, id, NULL);
      pp_sqlite_statement_bind_text (stmt, 4, "社会工作师", NULL);
      pp_sqlite_statement_bind_text (stmt, 5, "professional", NULL);
      pp_sqlite_statement_bind_int64 (stmt, 6, 9, NULL);
      pp_sqlite_statement_bind_int64 (stmt, 7, 1, NULL);
      pp_sqlite_statement_bind_int64 (stmt, 8, 3, NULL);
      pp_sqlite_statement_bind_int64 (stmt, 9, 2, NULL);
      pp_sqlite_statement_bind_int64 (stmt, 10, 0, NULL);
      pp_sqlite_statement_run (stmt, &error);
      g_assert_no_error (error);
    }
  pp_sqlite_connection_commit (db, &error);
  g_assert_no_error (error);
  return now () - start;
}

/* The floor for loading: read every column of every row of that table. */
static double
bare_sqlite_scan (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpSqliteConnection) db = pp_sqlite_connection_open (path, SQLITE_OPEN_READONLY, &error);
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gboolean more;
  gint64 sum = 0;
  double start = now ();

  stmt = pp_sqlite_connection_prepare (db, "SELECT * FROM bare", &error);
  while (pp_sqlite_statement_step (stmt, &more, &error) && more)
    {
      sum += pp_sqlite_statement_get_int64 (stmt, 0) + pp_sqlite_statement_get_int64 (stmt, 8);
      sum += strlen (pp_sqlite_statement_get_text (stmt, 2)) + strlen (pp_sqlite_statement_get_text (stmt, 3));
      sum += strlen (pp_sqlite_statement_get_text (stmt, 4));
      sum += pp_sqlite_statement_get_int64 (stmt, 5) + pp_sqlite_statement_get_int64 (stmt, 6);
      sum += pp_sqlite_statement_get_int64 (stmt, 7) + pp_sqlite_statement_get_int64 (stmt, 9);
    }
  g_assert_no_error (error);
  return sum == 42 ? 0 : now () - start;
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
  double t_bare_insert, t_bare_scan, t_save, t_load, t_edit, t_undo;
  ReportFigures report;
  guint64 n_library_rows;
  guint n_units;
  guint counts[PP_N_STATUSES];
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

  n_units = units->len;
  for (PpStatus s = 0; s < PP_N_STATUSES; s++)
    counts[s] = pp_check_get_count (check, s);

  report = bench_report (check, path);

  /* The library: save into a fresh one, load back. */
  {
    g_autofree char *bare_path = g_strconcat (path, ".bare.sqlite", NULL);
    g_autofree char *library_path = g_strconcat (path, ".library.sqlite", NULL);
    g_autoptr(PpLibrary) library = NULL;
    g_autoptr(PpPlan) loaded = NULL;
    gint64 id;

    guint64 n_rows = 1;

    for (guint u = 0; u < units->len; u++)
      {
        PpUnit *unit = g_ptr_array_index (units, u);

        n_rows += 1 + unit->n_posts + unit->n_staff + (unit->project != NULL);
        for (guint i = 0; i < unit->n_staff; i++)
          n_rows += unit->staff[i].n_training;
      }

    t_bare_insert = bare_insert (bare_path, n_rows);
    n_library_rows = n_rows;
    t_bare_scan = bare_sqlite_scan (bare_path);

    g_unlink (library_path);
    library = pp_library_open (library_path, &error);
    g_assert_no_error (error);
    start = now ();
    id = pp_library_add_plan (library, plan, &error);
    g_assert_no_error (error);
    t_save = now () - start;

    g_clear_object (&check);
    g_clear_object (&plan);
    start = now ();
    loaded = pp_library_load_plan (library, id, &error);
    g_assert_no_error (error);
    t_load = now () - start;

    /* Edits and their undo, each its own committed transaction. */
    g_clear_object (&loaded);
    {
      g_autoptr(PpEditor) editor = pp_editor_new (library, id, &error);
      GPtrArray *edited_units;
      const int rounds = 200;

      g_assert_no_error (error);
      edited_units = pp_plan_get_units (pp_editor_get_plan (editor));
      start = now ();
      for (int i = 0; i < rounds; i++)
        {
          PpUnit *unit = g_ptr_array_index (edited_units, g_rand_int_range (rand, 0, edited_units->len));
          g_autofree char *value = g_strdup_printf ("%d", i % 7);

          if (!pp_editor_apply (editor, pp_command_set_unit_field (unit->id, PP_UNIT_FIELD_WORKERS, value), &error))
            g_error ("%s", error->message);
        }
      t_edit = (now () - start) / rounds;

      start = now ();
      for (int i = 0; i < rounds; i++)
        if (!pp_editor_undo (editor, &error))
          g_error ("%s", error->message);
      t_undo = (now () - start) / rounds;
    }

    g_clear_object (&library);
    for (const char * const *p = (const char * const[]) { bare_path, library_path, NULL }; *p; p++)
      {
        g_autofree char *wal = g_strconcat (*p, "-wal", NULL);
        g_autofree char *shm = g_strconcat (*p, "-shm", NULL);
        g_unlink (*p);
        g_unlink (wal);
        g_unlink (shm);
      }
  }

  peak = peak_rss ();

  printf ("PostPlan benchmark: %s\n", path);
  printf ("  %u units, %" G_GUINT64_FORMAT " posts; results: %u fail, %u warn, %u na, %u pass\n\n",
          n_units, n_posts, counts[PP_STATUS_FAIL], counts[PP_STATUS_WARN], counts[PP_STATUS_NA],
          counts[PP_STATUS_PASS]);
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
  printf ("  (the library holds %" G_GUINT64_FORMAT " rows for this plan)\n", n_library_rows);
  row ("bare SQLite insert (floor)", t_bare_insert, "", TRUE);
  {
    g_autofree char *target = g_strdup_printf ("<= 1.5x bare insert (%.2fx)", t_save / t_bare_insert);
    row ("save into a fresh library", t_save, target, t_save <= 1.5 * t_bare_insert);
  }
  row ("bare SQLite scan (floor)", t_bare_scan, "", TRUE);
  {
    g_autofree char *target = g_strdup_printf ("<= 3x bare scan (%.2fx)", t_load / t_bare_scan);
    row ("load from the library", t_load, target, t_load <= 3 * t_bare_scan);
  }
  printf ("  %-34s %10.2f ms  %-28s %s\n", "one committed edit (mean)", t_edit * 1e3, "<= 2 ms",
          t_edit <= 0.002 ? "met" : "NOT MET");
  printf ("  %-34s %10.2f ms  %-28s %s\n", "undo of one edit (mean)", t_undo * 1e3, "<= 2 ms",
          t_undo <= 0.002 ? "met" : "NOT MET");
  printf ("  report of the top region, roll-up rows only (%u rows, %u PDF pages):\n", report.rows,
          report.pages);
  row ("  report model", report.model, "<= 0.5 s", report.model <= 0.5);
  row ("  CSV", report.csv, "<= 1 s", report.csv <= 1.0);
  row ("  XLSX", report.xlsx, "<= 5 s", report.xlsx <= 5.0);
  row ("  PDF (layout and drawing)", report.pdf, "<= 30 s", report.pdf <= 30.0);
  printf ("  %-34s %10.1f MB   %-28s %s\n", "  peak RSS above the checked plan", report.peak / 1e6,
          "<= 200 MB", report.peak <= 200 * 1000 * 1000 ? "met" : "NOT MET");
  printf ("  %-34s %10.1f MB   %-28s %s\n", "peak RSS above empty size", (peak - empty_rss) / 1e6,
          "", "");
  printf ("  %-34s %10.1f B    %-28s %s\n", "  per post", (double) (peak - empty_rss) / n_posts,
          "<= 250 B per post", (peak - empty_rss) <= 250 * (gint64) n_posts ? "met" : "NOT MET");

  return sink == 42 ? 1 : 0;
}

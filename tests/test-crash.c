/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety: a child process edits a plan in a loop and reports each
 * commit; the parent kills it with SIGKILL at random moments, then checks
 * that the library is intact and holds exactly the committed edits. */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pp-editor.h"
#include "pp-generate.h"
#include "pp-test-util.h"

#define N_UNITS 20
#define ROUNDS 200

/* Edit i sets the workers of unit u(i mod N) to i. */
static char *
unit_of (guint64 i)
{
  return g_strdup_printf ("u%" G_GUINT64_FORMAT, 1 + i % (N_UNITS - 3));
}

static int
run_child (const char *library_path,
           gint64      plan_id,
           guint64     first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpLibrary) library = pp_library_open (library_path, &error);
  g_autoptr(PpEditor) editor = library ? pp_editor_new (library, plan_id, &error) : NULL;

  if (editor == NULL)
    {
      fprintf (stderr, "child: %s\n", error->message);
      return 1;
    }

  /* Starting up takes a while under sanitizers: the parent waits for this
   * before its clock runs. */
  printf ("ready\n");
  fflush (stdout);

  for (guint64 i = first;; i++)
    {
      g_autofree char *unit = unit_of (i);
      g_autofree char *value = g_strdup_printf ("%" G_GUINT64_FORMAT, i);

      if (!pp_editor_apply (editor, pp_command_set_unit_field (unit, PP_UNIT_FIELD_WORKERS, value), &error))
        {
          fprintf (stderr, "child: %s\n", error->message);
          return 1;
        }
      printf ("%" G_GUINT64_FORMAT "\n", i);
      fflush (stdout);
    }
}

/* The workers each unit has once edits first..last are applied on top of
 * the state before (kept in expected). */
static void
apply_expected (guint64  *expected,
                guint64   first,
                guint64   last)
{
  for (guint64 i = first; i <= last; i++)
    expected[1 + i % (N_UNITS - 3)] = i;
}

static gboolean
library_matches (const char *path,
                 gint64      plan_id,
                 guint64    *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) plan = NULL;
  g_autofree char *integrity = NULL;

  g_assert_no_error (error);
  g_assert_false (pp_library_is_read_only (library));
  integrity = pp_sqlite_connection_query_text (pp_library_get_connection (library), "PRAGMA integrity_check",
                                               &error);
  g_assert_cmpstr (integrity, ==, "ok");
  plan = pp_library_load_plan (library, plan_id, &error);
  g_assert_no_error (error);

  for (guint u = 1; u < N_UNITS - 2; u++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", u);
      PpUnit *unit = pp_plan_find_unit (plan, id);

      g_assert_nonnull (unit);
      if (unit->drivers[PP_DRIVER_WORKERS] != expected[u])
        return FALSE;
    }
  return TRUE;
}

static void
test_sigkill (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("crash.sqlite");
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  guint64 expected[N_UNITS] = { 0 };
  guint64 next = 1;
  gint64 plan_id;
  guint64 total_commits = 0;

  {
    g_autoptr(PpLibrary) library = pp_library_open (path, &error);
    g_autoptr(PpPlan) plan = pp_generate_plan (N_UNITS, 100, 1);

    g_assert_no_error (error);
    /* Edits start from zero workers everywhere. */
    for (guint u = 0; u < pp_plan_get_units (plan)->len; u++)
      ((PpUnit *) g_ptr_array_index (pp_plan_get_units (plan), u))->drivers[PP_DRIVER_WORKERS] = 0;
    plan_id = pp_library_add_plan (library, plan, &error);
    g_assert_no_error (error);
  }

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *plan_arg = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
      g_autofree char *first_arg = g_strdup_printf ("%" G_GUINT64_FORMAT, next);
      g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
      const char *child_argv[] = { self_path, "--child", path, plan_arg, first_arg, NULL };
      g_autoptr(GString) output = g_string_new (NULL);
      GPid pid;
      int out_fd, status;
      guint64 reported = next - 1;
      char buffer[4096];
      gssize n;
      guint64 base[N_UNITS];

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) child_argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      while (strstr (output->str, "ready\n") == NULL && (n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      g_assert_nonnull (strstr (output->str, "ready\n"));

      g_usleep (g_rand_int_range (rand, 0, 30000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      close (out_fd);

      {
        g_auto(GStrv) lines = g_strsplit (output->str, "\n", -1);
        guint n_lines = g_strv_length (lines);

        /* The last piece follows the last newline: empty, or cut short. */
        for (guint i = 0; i + 1 < n_lines; i++)
          if (g_ascii_isdigit (lines[i][0]))
            reported = g_ascii_strtoull (lines[i], NULL, 10);
      }

      /* Every reported edit is there; the one in flight may or may not
       * be, but never half. */
      memcpy (base, expected, sizeof base);
      apply_expected (expected, next, reported);
      if (library_matches (path, plan_id, expected))
        {
          next = reported + 1;
        }
      else
        {
          apply_expected (expected, reported + 1, reported + 1);
          g_assert_true (library_matches (path, plan_id, expected));
          next = reported + 2;
        }
      total_commits = next - 1;
    }

  g_test_message ("%u kills, %" G_GUINT64_FORMAT " commits", ROUNDS, total_commits);
  g_assert_cmpuint (total_commits, >, ROUNDS);
}

/* Two processes edit one library at once: neither fails for the other's
 * lock, both make progress, and the library stays intact. */
static void
test_two_processes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("two-processes.sqlite");
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *plan_arg = NULL;
  const char *starts[] = { "1", "1000000" };
  GPid pids[2];
  GString *seen[2];
  int outs[2], errs[2];
  gint64 plan_id;

  {
    g_autoptr(PpLibrary) library = pp_library_open (path, &error);
    g_autoptr(PpPlan) plan = pp_generate_plan (N_UNITS, 100, 1);

    g_assert_no_error (error);
    plan_id = pp_library_add_plan (library, plan, &error);
    g_assert_no_error (error);
  }
  plan_arg = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);

  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { self_path, "--child", path, plan_arg, starts[i], NULL };
      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                               &pids[i], NULL, &outs[i], &errs[i], &error));
      g_assert_no_error (error);
    }

  /* Both running, and each has committed at least once while the other
   * edits. Waiting for that, not for a fixed time: a loaded machine (CI
   * builds beside the tests) can outlast any sleep. */
  for (guint i = 0; i < 2; i++)
    {
      char c;

      seen[i] = g_string_new (NULL);
      while (!g_regex_match_simple ("ready\n[0-9]+\n", seen[i]->str, 0, 0) && read (outs[i], &c, 1) == 1)
        g_string_append_c (seen[i], c);
      g_assert_true (g_regex_match_simple ("ready\n[0-9]+\n", seen[i]->str, 0, 0));
    }

  /* Then a little longer, so both are in the middle of editing. */
  g_usleep (G_USEC_PER_SEC / 5);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GString) out = seen[i];
      g_autoptr(GString) err = g_string_new (NULL);
      char buffer[4096];
      gssize n;
      int status;

      kill (pids[i], SIGKILL);
      waitpid (pids[i], &status, 0);
      g_spawn_close_pid (pids[i]);
      while ((n = read (outs[i], buffer, sizeof buffer)) > 0)
        g_string_append_len (out, buffer, n);
      while ((n = read (errs[i], buffer, sizeof buffer)) > 0)
        g_string_append_len (err, buffer, n);
      close (outs[i]);
      close (errs[i]);

      /* Killed while still editing, never stopped by an error. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpstr (err->str, ==, "");
      g_assert_nonnull (strstr (out->str, "ready\n"));
      g_test_message ("process %u wrote %" G_GSIZE_FORMAT " bytes of commits", i, out->len);
      g_assert_true (g_regex_match_simple ("ready\n[0-9]+\n", out->str, 0, 0));
    }

  {
    g_autoptr(PpLibrary) library = pp_library_open (path, &error);
    g_autofree char *integrity = NULL;
    g_autoptr(PpPlan) plan = NULL;

    g_assert_no_error (error);
    integrity = pp_sqlite_connection_query_text (pp_library_get_connection (library), "PRAGMA integrity_check",
                                                 &error);
    g_assert_cmpstr (integrity, ==, "ok");
    plan = pp_library_load_plan (library, plan_id, &error);
    g_assert_no_error (error);
  }
}

int
main (int    argc,
      char **argv)
{
  if (argc == 5 && strcmp (argv[1], "--child") == 0)
    return run_child (argv[2], g_ascii_strtoll (argv[3], NULL, 10), g_ascii_strtoull (argv[4], NULL, 10));

  pp_test_init (&argc, &argv);
  g_test_add_func ("/core/library/crash/sigkill", test_sigkill);
  g_test_add_func ("/core/library/crash/two-processes", test_two_processes);
  return g_test_run ();
}

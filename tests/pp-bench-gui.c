/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-bench-gui.c: the application's speed on a big plan, under Xvfb
 * (./dev bench). Times run from the call that starts the work to the
 * frame that shows its result ("after-paint" of the window's frame clock).
 *
 *   open: the plan from the library to the first drawn frame, against the
 *         library load alone measured just before it (target <= 1.5x;
 *         three of each, as this machine's speed wavers: the median of
 *         the three ratios);
 *   select: one unit chosen in the tree, drawn (<= 50 ms); first the
 *         first unit chosen after the plan opened (each of the three
 *         times), once the window has done what it keeps for idle time
 *         (the post table made ready in standby: a planner reads the
 *         plan's page before clicking), then nine other units in turn
 *         (their median, and the slowest); the
 *         unit's worst result comes with its page, the others a frame
 *         later: when all are drawn is reported too;
 *   edit: a count typed into the post table, compliance panel redrawn
 *         (<= 50 ms; nine edits, their median and the slowest);
 *   scroll: the whole unit tree, expanded, end to end a page at a time;
 *         the slowest frame (<= 32 ms). */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp-gui-test-util.h"
#include "pp-library.h"
#include "pp-plan-io.h"
#include "pp-plan-view.h"
#include "pp-result-list.h"
#include "pp-window.h"

#define N_TRIALS 9
/* The plan is opened, and its first unit chosen, this many times. */
#define N_OPENS 3

static guint64 painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  painted++;
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the loop until the window has drawn a frame after this call. */
static void
wait_painted (void)
{
  guint64 before = painted;
  guint timer = g_timeout_add (5, tick, NULL);

  while (painted == before)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timer);
}

/* Runs the loop until it has had nothing to do for quiet_ms, and
 * returns when that began (monotonic µs): the window's idle-time work
 * is done. */
static gint64
wait_quiet (guint quiet_ms)
{
  gint64 last_work = g_get_monotonic_time ();

  while (g_get_monotonic_time () - last_work < quiet_ms * G_TIME_SPAN_MILLISECOND)
    {
      if (g_main_context_iteration (NULL, FALSE))
        last_work = g_get_monotonic_time ();
      else
        g_usleep (G_TIME_SPAN_MILLISECOND);
    }
  return last_work;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The rows of the compliance panel. */
static guint
panel_rows (PpPlanView *view)
{
  GtkWidget *panel = find_widget (GTK_WIDGET (view), PP_TYPE_RESULT_LIST);
  GtkWidget *list = find_widget (panel, GTK_TYPE_LIST_BOX);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static guint
unit_n_results (PpPlanView *view,
                             PpUnit     *unit)
{
  guint n = 0;

  pp_check_get_unit_results (pp_editor_get_check (pp_plan_view_get_editor (view)), unit, &n);
  return n;
}

static void
report (const char *what,
        double      value,
        const char *unit,
        const char *target,
        gboolean    met)
{
  printf ("  %-34s %10.1f %-3s %-40s %s\n", what, value, unit, target, met ? "met" : "NOT MET");
}

/* The median of n times (odd n), and the slowest. */
static double
median_of (const double *times,
           guint         n,
           double       *slowest)
{
  g_autofree double *sorted = g_memdup2 (times, n * sizeof (double));

  qsort (sorted, n, sizeof (double), compare_doubles);
  *slowest = sorted[n - 1];
  return sorted[n / 2];
}

/* The time within which a share of the trials (0.99: 99 %) finished. */
static double
share_within (GArray *times,
              double  share)
{
  g_autofree double *sorted = g_memdup2 (times->data, times->len * sizeof (double));

  qsort (sorted, times->len, sizeof (double), compare_doubles);
  return sorted[(guint) ((times->len - 1) * share)];
}

/* Several trials of a step held to 50 ms: the median is what a planner
 * feels; the slowest is shown beside it, for the machine's hiccups. */
static void
report_trials (const char   *what,
               const double *times,
               guint         n,
               gboolean      held)
{
  g_autofree char *figure = NULL;
  double slowest, median = median_of (times, n, &slowest);

  if (!held)
    {
      /* Shown for what it is, held to nothing. */
      figure = g_strdup_printf ("(median of %u; slowest %.1f)", n, slowest);
      printf ("  %-34s %10.1f %-3s %-40s\n", what, median, "ms", figure);
      return;
    }
  figure = g_strdup_printf ("<= 50 ms (median of %u; slowest %.1f)", n, slowest);
  report (what, median, "ms", figure, median <= 50);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_autoptr(PpLibrary) library = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *library_path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *figure = NULL;
  PpWindow *window;
  PpPlanView *view;
  PpUnit *unit = NULL;
  GPtrArray *units;
  GtkListView *tree;
  GtkAdjustment *scroll;
  GtkSpinButton *count;
  double t_load[N_OPENS], t_open[N_OPENS], ratio[N_OPENS], t_ready[N_OPENS], t_select[N_OPENS];
  double t_switch[N_TRIALS], t_complete[N_TRIALS], t_edit[N_TRIALS], worst_frame = 0;
  g_autoptr(GArray) t_frames = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start, id;
  guint frames = 0;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      fprintf (stderr, "usage: pp-bench-gui PLAN.xml\n");
      return 2;
    }
  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("postplan-bench-gui-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (dir, "library.sqlite", NULL);
  plan = pp_plan_read_file (argv[1], &error);
  g_assert_no_error (error);
  library = pp_library_open (library_path, &error);
  g_assert_no_error (error);
  id = pp_library_add_plan (library, plan, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);

  window = pp_window_new (NULL, library, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (on_after_paint),
                    NULL);
  wait_painted ();

  /* Opened, and its first unit chosen, a few times over: back to the
   * library in between, so that each time starts afresh. */
  for (int k = 0; k < N_OPENS; k++)
    {
      if (k > 0)
        {
          g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
          wait_painted ();
          wait_quiet (200);
          /* The plan closed is gone, not left to slow the next. */
          g_assert_null (view);
        }
      /* The baseline, the library load alone, just before each open:
       * the machine's speed wavers, so each open has its own. */
      {
        g_autoptr(PpPlan) loaded = NULL;

        start = g_get_monotonic_time ();
        loaded = pp_library_load_plan (library, id, &error);
        t_load[k] = (g_get_monotonic_time () - start) / 1e6;
        g_assert_no_error (error);
      }
      wait_quiet (200);
      start = g_get_monotonic_time ();
      g_assert_true (pp_window_open_plan (window, id));
      wait_painted ();
      t_open[k] = (g_get_monotonic_time () - start) / 1e6;
      ratio[k] = t_open[k] / t_load[k];
      view = PP_PLAN_VIEW (pp_window_get_plan_view (window));

      /* A unit deep in the tree, with post lines: the last such one. */
      units = pp_plan_get_units (pp_editor_get_plan (pp_plan_view_get_editor (view)));
      unit = NULL;
      for (guint i = units->len; i-- > 0 && unit == NULL;)
        if (((PpUnit *) g_ptr_array_index (units, i))->n_posts > 0)
          unit = g_ptr_array_index (units, i);
      g_assert_nonnull (unit);
      /* The planner reads the plan's page first: the click comes after
       * the window's idle-time work, however short. */
      t_ready[k] = (wait_quiet (200) - start) / 1e6;
      start = g_get_monotonic_time ();
      g_assert_true (pp_plan_view_select_unit (view, unit->id));
      wait_painted ();
      t_select[k] = (g_get_monotonic_time () - start) / 1e3;
    }

  /* Then to other units, one after another: the table's cells are made
   * now, and only show other lines (what a planner going from unit to
   * unit sees). The median of several, and the slowest. */
  {
    guint n = 0;

    for (guint i = units->len; i-- > 0 && n < N_TRIALS;)
      {
        PpUnit *candidate = g_ptr_array_index (units, i);

        if (candidate == unit || candidate->n_posts == 0 || candidate->n_posts > unit->n_posts)
          continue;
        start = g_get_monotonic_time ();
        g_assert_true (pp_plan_view_select_unit (view, candidate->id));
        wait_painted ();
        t_switch[n] = (g_get_monotonic_time () - start) / 1e3;
        /* The rest of the unit's results follow the page: drawn when a
         * frame shows them all. */
        while (panel_rows (view) < MAX (unit_n_results (view, candidate), 1))
          wait_painted ();
        t_complete[n++] = (g_get_monotonic_time () - start) / 1e3;
      }
    g_assert_cmpuint (n, ==, N_TRIALS);
  }

  count = (GtkSpinButton *) pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_SPIN_BUTTON, "post-field",
                                                 4 /* count */, NULL, 0);
  g_assert_nonnull (count);
  for (guint i = 0; i < N_TRIALS; i++)
    {
      start = g_get_monotonic_time ();
      gtk_spin_button_set_value (count, gtk_spin_button_get_value (count) + (i % 2 ? -1 : 1));
      wait_painted ();
      t_edit[i] = (g_get_monotonic_time () - start) / 1e3;
    }

  /* Every unit of the tree expanded, then scrolled through. */
  tree = GTK_LIST_VIEW (pp_test_find_tagged (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW, "unit-tree", 1, NULL, 0));
  {
    GtkSelectionModel *selection = gtk_list_view_get_model (tree);
    GtkTreeListModel *rows = GTK_TREE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection)));

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
      {
        g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (rows, i);
        gtk_tree_list_row_set_expanded (row, TRUE);
      }
    printf ("  (the tree shows %u rows expanded)\n", g_list_model_get_n_items (G_LIST_MODEL (rows)));
  }
  scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (tree));
  wait_painted ();
  gtk_adjustment_set_value (scroll, 0);
  wait_painted ();
  while (gtk_adjustment_get_value (scroll) + gtk_adjustment_get_page_size (scroll) < gtk_adjustment_get_upper (scroll))
    {
      double t;

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (scroll, gtk_adjustment_get_value (scroll) + gtk_adjustment_get_page_size (scroll));
      wait_painted ();
      t = (g_get_monotonic_time () - start) / 1e3;
      worst_frame = MAX (worst_frame, t);
      g_array_append_val (t_frames, t);
      frames++;
    }

  printf ("PostPlan GUI benchmark: %s\n", argv[1]);
  {
    double slowest, load = median_of (t_load, N_OPENS, &slowest), open = median_of (t_open, N_OPENS, &slowest);
    double ready = median_of (t_ready, N_OPENS, &slowest), times = median_of (ratio, N_OPENS, &slowest);

    figure = g_strdup_printf ("(median of %d)", N_OPENS);
    printf ("  %-34s %10.3f s   %-40s\n", "library load (baseline)", load, figure);
    /* Each open against the load just before it: the median of those. */
    target = g_strdup_printf ("<= 1.5x load (%.2fx; median of %d)", times, N_OPENS);
    printf ("  %-34s %10.3f s   %-40s %s\n", "open plan to first frame", open, target,
            times <= 1.5 ? "met" : "NOT MET");
    printf ("  %-34s %10.3f s   %-40s\n", "  ... its idle-time work done", ready, figure);
  }
  report_trials ("select a unit first, drawn", t_select, N_OPENS, TRUE);
  report_trials ("select another unit, drawn", t_switch, N_TRIALS, TRUE);
  report_trials ("  ... all its results drawn", t_complete, N_TRIALS, FALSE);
  report_trials ("edit a count, panel drawn", t_edit, N_TRIALS, TRUE);
  report ("tree scroll, slowest frame", worst_frame, "ms", "<= 32 ms", worst_frame <= 32);
  /* The slowest frame is one in thousands: the typical ones beside it
   * tell a slow program from a machine's hiccup. */
  if (frames > 0)
    {
      g_autofree char *share = g_strdup_printf ("(99%% of %u pages; median %.1f)", frames,
                                                share_within (t_frames, 0.5));

      printf ("  %-34s %10.1f %-3s %-40s\n", "  ... frames within", share_within (t_frames, 0.99), "ms", share);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&library);
  {
    g_autofree char *wal = g_strconcat (library_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (library_path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
    g_unlink (library_path);
    g_rmdir (dir);
  }
  return 0;
}

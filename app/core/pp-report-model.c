/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-model.c: the report's tables, counted once from the plan and
 * its check. Figures come from pp-totals and the check's results; words
 * from the results' own messages. */

#define G_LOG_DOMAIN "pp-report-model"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-report-model.h"

struct _PpReport
{
  PpCheck      *check;
  GStringChunk *strings;
  const char   *title;
  const char   *subject;
  GArray       *fields;   /* PpReportField */
  GPtrArray    *tables;   /* PpReportTable */
  const char   *level_labels[PP_TOTALS_LEVEL_SLOTS];
  PpStatus      status;
};

static const char * const approvals[] = {
  /* TRANSLATORS: the approval boxes of the post-setting form (岗位设置审核表) */
  N_("Opinion of the unit"),
  N_("Opinion of the supervising department"),
  N_("Opinion of the human resources and social security department"),
};

/* Building tables ---------------------------------------------------- */

/* columns: the headings, NULL-terminated. */
static PpReportTable *
table_new (PpReport           *report,
           PpReportTableKind   kind,
           const char         *name,
           const char         *title,
           gboolean            wide,
           const char * const *columns)
{
  PpReportTable *table = g_new0 (PpReportTable, 1);

  table->kind = kind;
  table->name = name;
  table->title = title;
  table->wide = wide;
  table->columns = (const char **) g_strdupv ((char **) columns);
  table->n_columns = g_strv_length ((char **) columns);
  table->rows = g_array_new (FALSE, FALSE, sizeof (PpReportRow));
  table->cells = g_array_new (FALSE, TRUE, sizeof (PpReportCell));
  g_ptr_array_add (report->tables, table);
  return table;
}

static void
table_free (gpointer data)
{
  PpReportTable *table = data;

  g_strfreev ((char **) table->columns);
  g_array_unref (table->rows);
  g_array_unref (table->cells);
  g_free (table);
}

/* Starts a row; its cells are empty until set. */
static PpReportCell *
add_row (PpReportTable   *table,
         PpReportRowKind  kind,
         guint            depth)
{
  PpReportRow row = { kind, MIN (depth, G_MAXUINT8) };
  guint first = table->cells->len;

  g_array_append_val (table->rows, row);
  g_array_set_size (table->cells, first + table->n_columns);
  return &g_array_index (table->cells, PpReportCell, first);
}

static void
set_text (PpReportCell *cell,
          const char   *text)
{
  cell->kind = PP_REPORT_CELL_TEXT;
  cell->text = text;
}

static void
set_integer (PpReportCell *cell,
             gint64        value)
{
  cell->kind = PP_REPORT_CELL_INTEGER;
  cell->a = value;
}

static void
set_share (PpReportCell *cell,
           gint64        a,
           gint64        n)
{
  cell->kind = PP_REPORT_CELL_SHARE;
  cell->a = a;
  cell->n = n;
}

static void
set_status (PpReportCell *cell,
            PpStatus      status)
{
  cell->kind = PP_REPORT_CELL_STATUS;
  cell->status = status;
}

static const char *
keep (PpReport   *report,
      const char *text)
{
  return g_string_chunk_insert_const (report->strings, text);
}

static const char *
take (PpReport *report,
      char     *text)
{
  const char *kept = g_string_chunk_insert (report->strings, text);

  g_free (text);
  return kept;
}

static void
add_field (PpReport   *report,
           const char *label,
           const char *value)
{
  PpReportField field = { label, value ? value : "" };

  g_array_append_val (report->fields, field);
}

/* Levels ---------------------------------------------------------------- */

static const char *
level_label (PpReport *report,
             guint     level)
{
  if (level == PP_TOTALS_NO_LEVEL)
    return _("No level given");
  if (report->level_labels[level] == NULL)
    /* TRANSLATORS: a post level, 1 to 13 */
    report->level_labels[level] = level == 0 ? _("Ordinary worker")
                                             : take (report, g_strdup_printf (_("Level %u"), level));
  return report->level_labels[level];
}

/* The structure table: categories, professional bands, and each level
 * that has posts, with planned, filled and vacant posts and the share of
 * each category in all posts and of each band in professional posts. */
static void
add_figures (PpReportCell *cells,
             gint64        count,
             gint64        filled)
{
  set_integer (&cells[2], count);
  set_integer (&cells[3], filled);
  set_integer (&cells[4], count - filled);
}

static void
add_level_rows (PpReport       *report,
                PpReportTable  *table,
                const PpTotals *totals,
                PpCategory      category,
                int             first,
                int             last,
                guint           depth)
{
  for (int level = first; level <= last; level++)
    {
      PpReportCell *cells;

      if (totals->by_level[category][level] == 0 && totals->filled_by_level[category][level] == 0)
        continue;
      cells = add_row (table, PP_REPORT_ROW_PLAIN, depth);
      set_text (&cells[1], level_label (report, level));
      add_figures (cells, totals->by_level[category][level], totals->filled_by_level[category][level]);
    }
}

static void
set_threshold (PpReportCell *cell,
               PpBound       bound,
               PpFraction    threshold)
{
  cell->kind = PP_REPORT_CELL_THRESHOLD;
  cell->bound = bound;
  cell->a = threshold.p;
  cell->n = threshold.q;
}

/* The threshold of the professional-technical share of all posts (Chifeng
 * 三(一)1, the national 70%), from the result that measured it, the worst
 * when several did; FALSE when no rule measured it for the unit. */
static gboolean
professional_share (const PpResult  *results,
                    guint            n_results,
                    const PpResult **found)
{
  *found = NULL;
  for (guint i = 0; i < n_results; i++)
    {
      const PpRule *rule = pp_result_get_rule (&results[i]);
      PpFraction threshold;
      PpBound bound;

      if (g_strcmp0 (pp_rule_get_param (rule, "numerator"), "professional") == 0 &&
          g_strcmp0 (pp_rule_get_param (rule, "denominator"), "posts") == 0 &&
          pp_result_get_share (&results[i], &bound, &threshold) &&
          (*found == NULL || results[i].status > (*found)->status))
        *found = &results[i];
    }
  return *found != NULL;
}

/* results: the unit's own, whose professional share goes beside its
 * threshold; NULL for the sum of a plan or region, held to none. */
static void
add_structure_table (PpReport       *report,
                     const PpTotals *totals,
                     const PpResult *results,
                     guint           n_results)
{
  static const struct { PpBand band; int first, last; } bands[] = {
    { PP_BAND_SENIOR, 1, 7 },
    { PP_BAND_INTERMEDIATE, 8, 10 },
    { PP_BAND_JUNIOR, 11, 13 },
  };
  const char *columns[] = { _("Category"), _("Level"), _("Posts"), _("Filled"), _("Vacant"), _("Share"),
                            _("Threshold"), _("Status"), NULL };
  const PpResult *measured;
  PpReportTable *table;
  PpReportCell *cells;

  if (results == NULL)
    columns[6] = NULL;
  table = table_new (report, PP_REPORT_TABLE_STRUCTURE, "structure", _("Post structure"), FALSE, columns);

  for (PpCategory category = PP_CATEGORY_MANAGEMENT; category <= PP_N_CATEGORIES; category++)
    {
      /* Posts without a category last, and only when there are some. */
      PpCategory c = category == PP_N_CATEGORIES ? PP_CATEGORY_NONE : category;

      if (c == PP_CATEGORY_NONE && totals->by_category[c] == 0 && totals->filled_by_category[c] == 0)
        continue;
      cells = add_row (table, PP_REPORT_ROW_GROUP, 0);
      set_text (&cells[0], pp_category_get_label (c));
      set_text (&cells[1], _("All levels"));
      add_figures (cells, totals->by_category[c], totals->filled_by_category[c]);
      set_share (&cells[5], totals->by_category[c], totals->posts);
      if (c == PP_CATEGORY_PROFESSIONAL && professional_share (results, n_results, &measured))
        {
          PpFraction threshold;
          PpBound bound;

          pp_result_get_share (measured, &bound, &threshold);
          set_threshold (&cells[6], bound, threshold);
          set_status (&cells[7], measured->status);
        }

      if (c == PP_CATEGORY_PROFESSIONAL)
        {
          for (guint b = 0; b < G_N_ELEMENTS (bands); b++)
            {
              cells = add_row (table, PP_REPORT_ROW_GROUP, 1);
              set_text (&cells[0], pp_band_get_label (bands[b].band));
              add_figures (cells, totals->by_band[bands[b].band], totals->filled_by_band[bands[b].band]);
              set_share (&cells[5], totals->by_band[bands[b].band], totals->by_category[c]);
              add_level_rows (report, table, totals, c, bands[b].first, bands[b].last, 2);
            }
          add_level_rows (report, table, totals, c, 0, 0, 1);
        }
      else if (c == PP_CATEGORY_SKILLED)
        {
          add_level_rows (report, table, totals, c, 1, 5, 1);
          add_level_rows (report, table, totals, c, 0, 0, 1);
          add_level_rows (report, table, totals, c, 6, 13, 1);
        }
      else
        {
          add_level_rows (report, table, totals, c, 0, 13, 1);
        }
      add_level_rows (report, table, totals, c, PP_TOTALS_NO_LEVEL, PP_TOTALS_NO_LEVEL, 1);
    }

  cells = add_row (table, PP_REPORT_ROW_TOTAL, 0);
  set_text (&cells[0], _("Total"));
  add_figures (cells, totals->posts, totals->filled);
  set_share (&cells[5], totals->posts, totals->posts);

  cells = add_row (table, PP_REPORT_ROW_PLAIN, 0);
  set_text (&cells[0], _("Special posts (not counted in the total)"));
  add_figures (cells, totals->special, totals->special_filled);
}

/* The same posts across the levels, as the form lays them out: one
 * column per level, rows of planned and filled posts per category. */
static void
add_levels_table (PpReport       *report,
                  const PpTotals *totals)
{
  PpReportTable *table;
  const char *columns[2 + 13 + 2];

  columns[0] = _("Category");
  columns[1] = _("Posts or filled");
  for (guint level = 1; level <= 13; level++)
    columns[1 + level] = level_label (report, level);
  columns[15] = _("Total");
  columns[16] = NULL;
  table = table_new (report, PP_REPORT_TABLE_LEVELS, "levels", _("Posts by level"), TRUE, columns);

  for (PpCategory c = PP_CATEGORY_MANAGEMENT; c < PP_N_CATEGORIES; c++)
    {
      int min_level, max_level;

      pp_category_get_level_range (c, &min_level, &max_level);
      for (guint filled = 0; filled <= 1; filled++)
        {
          const gint64 *by_level = filled ? totals->filled_by_level[c] : totals->by_level[c];
          PpReportCell *cells = add_row (table, filled ? PP_REPORT_ROW_PLAIN : PP_REPORT_ROW_GROUP, 0);

          set_text (&cells[0], pp_category_get_label (c));
          set_text (&cells[1], filled ? _("Filled") : _("Posts"));
          for (int level = MAX (min_level, 1); level <= max_level; level++)
            set_integer (&cells[1 + level], by_level[level]);
          set_integer (&cells[15], filled ? totals->filled_by_category[c] : totals->by_category[c]);
        }
    }
}

/* Results ---------------------------------------------------------------- */

static gint
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const PpResult *ra = *(const PpResult **) a;
  const PpResult *rb = *(const PpResult **) b;
  guint ia = ra->unit ? ra->unit->index + 1 : 0;
  guint ib = rb->unit ? rb->unit->index + 1 : 0;

  if (ra->status != rb->status)
    return ra->status > rb->status ? -1 : 1;
  if (ia != ib)
    return ia < ib ? -1 : 1;
  return ra < rb ? -1 : ra > rb;
}

/* Each share a rule measured for the unit, next to its threshold. */
static void
add_shares_table (PpReport        *report,
                  const PpResult  *results,
                  guint            n_results)
{
  PpReportTable *table;

  table = table_new (report, PP_REPORT_TABLE_SHARES, "shares", _("Shares and their thresholds"), FALSE,
                     (const char *[]) { _("Rule"), _("Clause"), _("Share"), _("Threshold"), _("Status"), NULL });
  for (guint i = 0; i < n_results; i++)
    {
      const PpRule *rule = pp_result_get_rule (&results[i]);
      PpFraction threshold;
      PpBound bound;
      PpReportCell *cells;

      if (!pp_result_get_share (&results[i], &bound, &threshold))
        continue;
      cells = add_row (table, PP_REPORT_ROW_PLAIN, 0);
      set_text (&cells[0], pp_rule_get_title (rule));
      set_text (&cells[1], rule->clause);
      set_share (&cells[2], results[i].a, results[i].n);
      set_threshold (&cells[3], bound, threshold);
      set_status (&cells[4], results[i].status);
    }
}

/* The words of a result: its message, the remedy in it, and the lines or
 * staff at fault; for a pass, the rule's title and the figure. */
static char *
result_words (const PpResult *result)
{
  g_autofree char *details = NULL;
  g_autofree char *message = NULL;

  if (result->status == PP_STATUS_PASS)
    {
      g_autofree char *actual = pp_result_format_actual_words (result);

      if (actual == NULL || actual[0] == '\0')
        return g_strdup (pp_rule_get_title (pp_result_get_rule (result)));
      /* TRANSLATORS: a rule's title and the figure it measured */
      return g_strdup_printf (_("%s: %s"), pp_rule_get_title (pp_result_get_rule (result)), actual);
    }

  message = pp_result_format_message (result);
  details = pp_result_format_details (result);
  if (details == NULL)
    return g_steal_pointer (&message);
  return g_strdup_printf ("%s\n%s", message, details);
}

static void
set_remedy (PpReportCell   *cell,
            const PpResult *result,
            gint64          value)
{
  if ((result->status == PP_STATUS_FAIL || result->status == PP_STATUS_WARN) && value > 0)
    set_integer (cell, value);
}

/* results: PpResult pointers, sorted here. A unit's own report names
 * the unit once, in its header, not on every row. */
static void
add_results_table (PpReport  *report,
                   GPtrArray *results,
                   gboolean   with_unit)
{
  const char *columns[] = { _("Status"), _("Unit"), _("Rule"), _("Clause"), _("Finding and remedy"),
                            _("Posts to add"), _("Posts to convert"), _("Posts to remove"), NULL };
  guint u = with_unit ? 1 : 0;
  PpReportTable *table;

  if (!with_unit)
    memmove (&columns[1], &columns[2], sizeof columns - 2 * sizeof columns[0]);
  table = table_new (report, PP_REPORT_TABLE_RESULTS, "results", _("Compliance results"), FALSE, columns);
  g_ptr_array_sort (results, compare_results);
  for (guint i = 0; i < results->len; i++)
    {
      const PpResult *result = results->pdata[i];
      const PpRule *rule = pp_result_get_rule (result);
      PpReportCell *cells = add_row (table, PP_REPORT_ROW_PLAIN, 0);

      set_status (&cells[0], result->status);
      if (with_unit)
        set_text (&cells[1], result->unit ? result->unit->name : _("Whole plan"));
      set_text (&cells[u + 1], rule->id);
      set_text (&cells[u + 2], rule->clause);
      set_text (&cells[u + 3], take (report, result_words (result)));
      set_remedy (&cells[u + 4], result, result->add);
      set_remedy (&cells[u + 5], result, result->convert);
      set_remedy (&cells[u + 6], result, result->remove);
    }
}

/* Social work ------------------------------------------------------------ */

/* The certificate the qualification rules ask of a post's holders: the
 * highest any of the unit's results asks; FALSE when none asks one. */
static gboolean
required_certificate (const PpResult *results,
                      guint           n_results,
                      const PpPost   *post,
                      PpCertificate  *required)
{
  gboolean any = FALSE;

  for (guint i = 0; i < n_results; i++)
    {
      PpCertificate certificate;

      if (pp_result_get_required_certificate (&results[i], post, &certificate) && (!any || certificate > *required))
        {
          *required = certificate;
          any = TRUE;
        }
    }
  return any;
}

enum
{
  SW_POST, SW_LEVEL, SW_POSTS, SW_FILLED, SW_STAFF, SW_REQUIRED, SW_QUALIFIED, SW_CERTIFICATES,
  N_SW_COLUMNS = SW_CERTIFICATES + PP_N_CERTS
};

/* Each social-work post line, the certificate its level requires, how
 * many of its holders have it, and the holders by certificate. */
static void
add_social_work_table (PpReport       *report,
                       PpUnit         *unit,
                       const PpResult *results,
                       guint           n_results)
{
  PpReportTable *table;
  PpReportCell *cells;
  gint64 sums[N_SW_COLUMNS] = { 0 };

  table = table_new (report, PP_REPORT_TABLE_SOCIAL_WORK, "social-work",
                     _("Social-work posts and their holders’ certificates"), TRUE,
                     (const char *[]) { _("Post"), _("Level"), _("Posts"), _("Filled"), _("Staff records"),
                                        _("Certificate required"), _("Holders qualified"),
                                        pp_certificate_get_label (PP_CERT_NONE),
                                        pp_certificate_get_label (PP_CERT_WORKER),
                                        pp_certificate_get_label (PP_CERT_ASSISTANT),
                                        pp_certificate_get_label (PP_CERT_INTERMEDIATE),
                                        pp_certificate_get_label (PP_CERT_SENIOR), NULL });

  for (guint i = 0; i < unit->n_posts; i++)
    {
      const PpPost *post = &unit->posts[i];
      gint64 figures[N_SW_COLUMNS] = { 0 };
      PpCertificate required = PP_CERT_NONE;
      gboolean requires;

      if (!(post->flags & PP_POST_SOCIAL_WORK))
        continue;
      requires = required_certificate (results, n_results, post, &required);
      figures[SW_POSTS] = post->count;
      figures[SW_FILLED] = post->filled;
      for (guint s = 0; s < unit->n_staff; s++)
        if (unit->staff[s].post == i)
          {
            PpCertificate held = pp_staff_get_effective_certificate (unit, &unit->staff[s]);

            figures[SW_CERTIFICATES + held]++;
            figures[SW_STAFF]++;
            figures[SW_QUALIFIED] += requires && held >= required;
          }

      cells = add_row (table, PP_REPORT_ROW_PLAIN, 0);
      set_text (&cells[SW_POST], post->title);
      if (post->level >= 0 && post->level < PP_TOTALS_NO_LEVEL)
        set_text (&cells[SW_LEVEL], level_label (report, post->level));
      if (requires)
        set_text (&cells[SW_REQUIRED], pp_certificate_get_label (required));
      for (guint c = SW_POSTS; c < N_SW_COLUMNS; c++)
        {
          if (c == SW_REQUIRED || (c == SW_QUALIFIED && !requires))
            continue;
          set_integer (&cells[c], figures[c]);
          sums[c] += figures[c];
        }
    }

  cells = add_row (table, PP_REPORT_ROW_TOTAL, 0);
  set_text (&cells[SW_POST], _("Total"));
  for (guint c = SW_POSTS; c < N_SW_COLUMNS; c++)
    if (c != SW_REQUIRED)
      set_integer (&cells[c], sums[c]);
}

/* Roll-up ---------------------------------------------------------------- */

enum
{
  ROLLUP_NAME, ROLLUP_TYPE, ROLLUP_POSTS, ROLLUP_MANAGEMENT, ROLLUP_PROFESSIONAL, ROLLUP_SKILLED,
  ROLLUP_SPECIAL, ROLLUP_FILLED, ROLLUP_VACANT, ROLLUP_SOCIAL_WORK, ROLLUP_CERTIFIED,
  ROLLUP_TOWNSHIPS, ROLLUP_COVERED, ROLLUP_FAILS, ROLLUP_WARNS, ROLLUP_STATUS, N_ROLLUP_COLUMNS
};

typedef struct
{
  PpTotals totals;
  guint    fails;
  guint    warns;
  PpStatus worst;
} Tally;

static void
tally_results (PpCheck *check,
               PpUnit  *unit,
               Tally   *tally)
{
  const PpResult *results;
  guint n;

  results = pp_check_get_unit_results (check, unit, &n);
  for (guint i = 0; i < n; i++)
    {
      tally->fails += results[i].status == PP_STATUS_FAIL;
      tally->warns += results[i].status == PP_STATUS_WARN;
      tally->worst = MAX (tally->worst, (PpStatus) results[i].status);
    }
}

static void
tally_add (Tally       *sum,
           const Tally *tally)
{
  pp_totals_add (&sum->totals, &tally->totals);
  sum->fails += tally->fails;
  sum->warns += tally->warns;
  sum->worst = MAX (sum->worst, tally->worst);
}

static void
set_rollup_cells (PpReportCell *cells,
                  const Tally  *tally)
{
  const PpTotals *t = &tally->totals;

  set_integer (&cells[ROLLUP_POSTS], t->posts);
  set_integer (&cells[ROLLUP_MANAGEMENT], t->by_category[PP_CATEGORY_MANAGEMENT]);
  set_integer (&cells[ROLLUP_PROFESSIONAL], t->by_category[PP_CATEGORY_PROFESSIONAL]);
  set_integer (&cells[ROLLUP_SKILLED], t->by_category[PP_CATEGORY_SKILLED]);
  set_integer (&cells[ROLLUP_SPECIAL], t->special);
  set_integer (&cells[ROLLUP_FILLED], t->filled);
  set_integer (&cells[ROLLUP_VACANT], t->posts - t->filled);
  set_integer (&cells[ROLLUP_SOCIAL_WORK], t->social_work);
  set_integer (&cells[ROLLUP_CERTIFIED], pp_totals_get_certified (t));
  set_integer (&cells[ROLLUP_TOWNSHIPS], t->townships);
  set_integer (&cells[ROLLUP_COVERED], t->townships_covered);
  set_integer (&cells[ROLLUP_FAILS], tally->fails);
  set_integer (&cells[ROLLUP_WARNS], tally->warns);
  set_status (&cells[ROLLUP_STATUS], tally->worst);
}

typedef struct
{
  PpUnit *unit;
  guint   next_child;
  Tally   sum;
} Frame;

/* One row per unit under the roots, in document order, each with its own
 * posts; after a region's units, its subtotal (not for the report's own
 * subject, whose sum is the total). Iterative: trees may be deep. */
static void
add_rollup_table (PpReport  *report,
                  PpUnit   **roots,
                  guint      n_roots,
                  gboolean   subject_is_root,
                  Tally     *total)
{
  PpReportTable *table;
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  PpReportCell *cells;

  table = table_new (report, PP_REPORT_TABLE_ROLLUP, "rollup", _("Units"), TRUE,
                     (const char *[]) { _("Unit"), _("Type"), _("Posts"),
                                        pp_category_get_label (PP_CATEGORY_MANAGEMENT),
                                        pp_category_get_label (PP_CATEGORY_PROFESSIONAL),
                                        pp_category_get_label (PP_CATEGORY_SKILLED), _("Special posts"),
                                        _("Filled"), _("Vacant"), _("Social-work posts"), _("Certified staff"),
                                        _("Townships"), _("Townships covered"), _("Fail"), _("Warning"),
                                        _("Status"), NULL });
  g_assert (table->n_columns == N_ROLLUP_COLUMNS);

  for (guint r = 0; r < n_roots; r++)
    {
      Frame root = { roots[r], 0, { { 0 } } };

      g_array_set_size (stack, 0);
      g_array_append_val (stack, root);
      while (stack->len > 0)
        {
          Frame *top = &g_array_index (stack, Frame, stack->len - 1);
          Tally own = { { 0 } };

          if (top->next_child == 0 && top->unit->type != PP_UNIT_REGION)
            {
              pp_totals_add_unit (&own.totals, top->unit);
              tally_results (report->check, top->unit, &own);
              tally_add (&top->sum, &own);
              cells = add_row (table, PP_REPORT_ROW_PLAIN, stack->len - 1);
              set_text (&cells[ROLLUP_NAME], top->unit->name);
              set_text (&cells[ROLLUP_TYPE], pp_unit_type_get_label (top->unit->type));
              set_rollup_cells (cells, &own);
            }
          else if (top->next_child == 0)
            {
              /* A region's own posts and results count in its subtotal. */
              pp_totals_add_unit (&top->sum.totals, top->unit);
              tally_results (report->check, top->unit, &top->sum);
              top->sum.totals.units--;
            }

          if (top->next_child < top->unit->n_children)
            {
              Frame child = { top->unit->children[top->next_child++], 0, { { 0 } } };

              g_array_append_val (stack, child);
              continue;
            }

          {
            Frame done = *top;

            g_array_set_size (stack, stack->len - 1);
            if (done.unit->type == PP_UNIT_REGION && !(subject_is_root && stack->len == 0))
              {
                cells = add_row (table, PP_REPORT_ROW_SUBTOTAL, stack->len);
                /* TRANSLATORS: the subtotal row of a region, e.g. "巴林右旗 小计" */
                set_text (&cells[ROLLUP_NAME], take (report, g_strdup_printf (_("%s subtotal"), done.unit->name)));
                set_text (&cells[ROLLUP_TYPE], pp_unit_type_get_label (PP_UNIT_REGION));
                set_rollup_cells (cells, &done.sum);
              }
            if (stack->len > 0)
              tally_add (&g_array_index (stack, Frame, stack->len - 1).sum, &done.sum);
            else
              tally_add (total, &done.sum);
          }
        }
    }

  cells = add_row (table, PP_REPORT_ROW_TOTAL, 0);
  set_text (&cells[ROLLUP_NAME], _("Total"));
  set_rollup_cells (cells, total);
}

/* Township coverage and certified staff over the units reported on. */
static void
add_coverage_table (PpReport       *report,
                    const PpTotals *totals)
{
  PpReportTable *table;
  PpReportCell *cells;
  gint64 staff = 0;

  table = table_new (report, PP_REPORT_TABLE_COVERAGE, "coverage", _("Township coverage and certified staff"),
                     FALSE, (const char *[]) { _("Measure"), _("Count"), _("Of"), _("Share"), NULL });

  cells = add_row (table, PP_REPORT_ROW_PLAIN, 0);
  set_text (&cells[0], _("Townships with a filled social-work post"));
  set_integer (&cells[1], totals->townships_covered);
  set_integer (&cells[2], totals->townships);
  set_share (&cells[3], totals->townships_covered, totals->townships);

  for (PpCertificate c = 0; c < PP_N_CERTS; c++)
    staff += totals->staff_by_certificate[c];
  for (PpCertificate c = 0; c < PP_N_CERTS; c++)
    {
      cells = add_row (table, PP_REPORT_ROW_PLAIN, 0);
      set_text (&cells[0], pp_certificate_get_label (c));
      set_integer (&cells[1], totals->staff_by_certificate[c]);
      set_integer (&cells[2], staff);
      set_share (&cells[3], totals->staff_by_certificate[c], staff);
    }

  cells = add_row (table, PP_REPORT_ROW_TOTAL, 0);
  set_text (&cells[0], _("Certified staff (assistant social worker or higher)"));
  set_integer (&cells[1], pp_totals_get_certified (totals));
  set_integer (&cells[2], staff);
  set_share (&cells[3], pp_totals_get_certified (totals), staff);
}

/* The report ---------------------------------------------------------- */

static void
add_common_fields (PpReport *report)
{
  PpPack *pack = pp_check_get_pack (report->check);
  g_autofree char *date = pp_date_format_display (pp_check_get_date (report->check));

  add_field (report, _("Policy"), pack ? pp_pack_get_title (pack) : "");
  add_field (report, _("Policy document"), pack && pack->document ? pack->document : "");
  add_field (report, _("Document number"), pack && pack->number ? pack->number : "");
  add_field (report, _("Plan date"), keep (report, date));
}

static void
add_hand_fields (PpReport *report)
{
  add_field (report, _("Prepared by"), "");
  add_field (report, _("Date prepared"), "");
}

static void
collect_results (PpCheck   *check,
                 PpUnit    *unit,
                 GPtrArray *out,
                 gboolean   problems_only)
{
  const PpResult *results;
  guint n;

  results = pp_check_get_unit_results (check, unit, &n);
  for (guint i = 0; i < n; i++)
    if (!problems_only || results[i].status != PP_STATUS_PASS)
      g_ptr_array_add (out, (gpointer) &results[i]);
}

static void
build_unit_report (PpReport *report,
                   PpUnit   *unit)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  const PpResult *unit_results;
  PpTotals totals = { 0 };
  guint n;

  /* TRANSLATORS: the title of a unit's report (岗位设置方案表) */
  report->title = _("Post-setting plan");
  report->subject = unit->name;
  add_field (report, _("Unit"), unit->name);
  add_field (report, _("Type"), pp_unit_type_get_label (unit->type));
  add_field (report, _("Public institution"),
             unit->flags & PP_UNIT_PUBLIC_INSTITUTION ? _("Yes") : _("No"));
  add_common_fields (report);
  add_hand_fields (report);

  pp_totals_add_unit (&totals, unit);
  report->status = pp_check_get_unit_status (report->check, unit);
  unit_results = pp_check_get_unit_results (report->check, unit, &n);
  /* Each share the rules measure right after the structure it is a share
   * of, with its threshold and status. */
  add_structure_table (report, &totals, unit_results, n);
  add_shares_table (report, unit_results, n);
  add_levels_table (report, &totals);
  add_social_work_table (report, unit, unit_results, n);
  collect_results (report->check, unit, results, FALSE);
  add_results_table (report, results, FALSE);
}

static void
build_rollup_report (PpReport      *report,
                     PpUnit        *region,
                     PpReportFlags  flags)
{
  PpPlan *plan = pp_check_get_plan (report->check);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  Tally total = { { 0 } };

  /* TRANSLATORS: the title of the report over a plan or region */
  report->title = _("Post-setting plan: summary of units");
  report->subject = region ? region->name
                           : pp_plan_get_title (plan)[0] ? pp_plan_get_title (plan) : _("Untitled plan");
  add_field (report, _("Plan"), pp_plan_get_title (plan));
  add_field (report, _("Region"), region ? region->name : _("Whole plan"));
  add_common_fields (report);

  if (region != NULL)
    g_ptr_array_add (roots, region);
  else
    for (guint i = 0; i < pp_plan_get_n_roots (plan); i++)
      g_ptr_array_add (roots, pp_plan_get_root (plan, i));

  add_rollup_table (report, (PpUnit **) roots->pdata, roots->len, region != NULL || roots->len == 1, &total);
  report->status = total.worst;
  /* The plan's own results (township coverage, certified totals) belong
   * to a report of the whole plan. */
  if (region == NULL)
    {
      const PpResult *plan_results;
      guint n;

      plan_results = pp_check_get_plan_results (report->check, &n);
      for (guint i = 0; i < n; i++)
        {
          report->status = MAX (report->status, (PpStatus) plan_results[i].status);
          g_ptr_array_add (results, (gpointer) &plan_results[i]);
        }
    }
  {
    char *units = g_strdup_printf ("%" G_GINT64_FORMAT, total.totals.units);
    /* Inserted after the fact: the count is known once the roll-up ran. */
    PpReportField field = { _("Units"), take (report, units) };

    g_array_insert_val (report->fields, 2, field);
  }
  add_hand_fields (report);

  if (flags & PP_REPORT_ROLLUP_ONLY)
    return;

  /* The roll-up first, then the structure and coverage of the sum. */
  add_structure_table (report, &total.totals, NULL, 0);
  add_levels_table (report, &total.totals);
  add_coverage_table (report, &total.totals);

  for (guint r = 0; r < roots->len; r++)
    {
      PpUnit *root = roots->pdata[r];
      GPtrArray *units = pp_plan_get_units (plan);

      /* A subtree is a run of units in document order. */
      for (guint i = root->index; i < units->len; i++)
        {
          PpUnit *unit = g_ptr_array_index (units, i);

          if (i > root->index && unit->depth <= root->depth)
            break;
          collect_results (report->check, unit, results, TRUE);
        }
    }
  add_results_table (report, results, TRUE);
}

PpReport *
pp_report_new (PpCheck       *check,
               PpUnit        *unit,
               PpReportFlags  flags)
{
  PpReport *report;

  g_return_val_if_fail (PP_IS_CHECK (check), NULL);

  report = g_new0 (PpReport, 1);
  report->check = g_object_ref (check);
  report->strings = g_string_chunk_new (4096);
  report->fields = g_array_new (FALSE, FALSE, sizeof (PpReportField));
  report->tables = g_ptr_array_new_with_free_func (table_free);

  if (unit != NULL && unit->type != PP_UNIT_REGION)
    build_unit_report (report, unit);
  else
    build_rollup_report (report, unit, flags);
  return report;
}

void
pp_report_free (PpReport *report)
{
  if (report == NULL)
    return;
  g_object_unref (report->check);
  g_string_chunk_free (report->strings);
  g_array_unref (report->fields);
  g_ptr_array_unref (report->tables);
  g_free (report);
}

const char *
pp_report_get_title (PpReport *report)
{
  return report->title;
}

const char *
pp_report_get_subject (PpReport *report)
{
  return report->subject;
}

const PpReportField *
pp_report_get_fields (PpReport *report,
                      guint    *n_fields)
{
  *n_fields = report->fields->len;
  return (const PpReportField *) report->fields->data;
}

guint
pp_report_get_n_tables (PpReport *report)
{
  return report->tables->len;
}

PpReportTable *
pp_report_get_table (PpReport *report,
                     guint     i)
{
  g_return_val_if_fail (i < report->tables->len, NULL);
  return report->tables->pdata[i];
}

PpReportTable *
pp_report_find_table (PpReport   *report,
                      const char *name)
{
  for (guint i = 0; i < report->tables->len; i++)
    {
      PpReportTable *table = report->tables->pdata[i];

      if (strcmp (table->name, name) == 0)
        return table;
    }
  return NULL;
}

PpStatus
pp_report_get_status (PpReport *report)
{
  return report->status;
}

gboolean
pp_report_is_wide (PpReport *report)
{
  for (guint i = 0; i < report->tables->len; i++)
    if (((PpReportTable *) report->tables->pdata[i])->wide)
      return TRUE;
  return FALSE;
}

const char * const *
pp_report_get_approvals (guint *n_approvals)
{
  static const char *translated[G_N_ELEMENTS (approvals) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (approvals); i++)
    translated[i] = _(approvals[i]);
  *n_approvals = G_N_ELEMENTS (approvals);
  return translated;
}

const char *
pp_report_get_signature_line (void)
{
  /* TRANSLATORS: a line to sign by hand in an approval box */
  return _("Signature (seal):");
}

const char *
pp_report_get_date_line (void)
{
  /* TRANSLATORS: a date to write by hand: year, month, day (年 月 日) */
  return _("Date:        year      month      day");
}

guint
pp_report_table_get_n_rows (const PpReportTable *table)
{
  return table->rows->len;
}

const PpReportRow *
pp_report_table_get_row (const PpReportTable *table,
                         guint                row)
{
  g_return_val_if_fail (row < table->rows->len, NULL);
  return &g_array_index (table->rows, PpReportRow, row);
}

const PpReportCell *
pp_report_table_get_cell (const PpReportTable *table,
                          guint                row,
                          guint                column)
{
  g_return_val_if_fail (row < table->rows->len && column < table->n_columns, NULL);
  return &g_array_index (table->cells, PpReportCell, row * table->n_columns + column);
}

char *
pp_report_cell_format (const PpReportCell *cell)
{
  static const char * const symbols[] = {
    [PP_BOUND_AT_LEAST] = "≥", [PP_BOUND_MORE_THAN] = ">",
    [PP_BOUND_AT_MOST] = "≤", [PP_BOUND_LESS_THAN] = "<",
  };

  switch ((PpReportCellKind) cell->kind)
    {
    case PP_REPORT_CELL_TEXT:
      return g_strdup (cell->text);
    case PP_REPORT_CELL_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->a);
    case PP_REPORT_CELL_SHARE:
      return cell->n > 0 ? pp_share_format_percent (cell->a, cell->n) : g_strdup ("");
    case PP_REPORT_CELL_THRESHOLD:
      {
        g_autofree char *percent = pp_fraction_format_percent ((PpFraction) { cell->a, cell->n });
        return g_strdup_printf ("%s %s", symbols[cell->bound], percent);
      }
    case PP_REPORT_CELL_STATUS:
      return g_strdup (pp_status_get_label (cell->status));
    case PP_REPORT_CELL_EMPTY:
    default:
      return g_strdup ("");
    }
}

double
pp_report_cell_get_ratio (const PpReportCell *cell)
{
  if ((cell->kind == PP_REPORT_CELL_SHARE || cell->kind == PP_REPORT_CELL_THRESHOLD) && cell->n > 0)
    return (double) cell->a / (double) cell->n;
  return 0;
}
